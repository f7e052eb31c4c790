"""``kiosk queue|staff|drafts|bookings …``: the branch's store from a terminal or script.

Contract (README): JSON per item is ``QueueItem``/``Draft``/``Booking.to_json()`` (``bookings
add`` adds ``qr``, the confirmation QR's text);
``list --json`` prints a JSON array; errors exit 2 with one line on stderr. Never imports Qt,
and imports the store only when a command runs, so ``kiosk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from kiosk.core import ids
from kiosk.core.errors import KioskError

if TYPE_CHECKING:
    from kiosk.queue.models import QueueItem
    from kiosk.store import Booking, Stores

COMMANDS = ("queue", "staff", "drafts", "bookings")
_ID = re.compile(r"[0-9]+")
Subparsers = argparse._SubParsersAction  # argparse's own (private) name for it


class CliError(KioskError):
    """A command-line value is wrong; shown as one line."""


class OneLineParser(argparse.ArgumentParser):
    """Argument mistakes as one line (scripts read stderr), not usage + message."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def add_commands(sub: Subparsers) -> None:
    """Register ``queue``, ``staff``, ``drafts`` and ``bookings`` on ``kiosk``'s parser."""
    services = ", ".join(ids.QUEUE_SERVICES)
    actions = _group(sub, "queue", "the branch queue: take, help, list, claim, serve …")
    take = actions.add_parser("take", help="take a numbered ticket")
    take.add_argument("--service", required=True, metavar="S", help=f"one of {services}")
    take.add_argument("--priority", action="store_true", help="priority customer")
    _json_flag(take)
    ask = actions.add_parser("help", help="ask for a member of staff at a kiosk")
    ask.add_argument("--kiosk", required=True, metavar="ID", help="the kiosk's id")
    ask.add_argument(
        "--reason", required=True, metavar="R", help=f"one of {', '.join(ids.HELP_REASONS)}"
    )
    ask.add_argument("--location", metavar="L", help="where the kiosk stands")
    ask.add_argument("--context-json", metavar="J", help="context card, a JSON object")
    _json_flag(ask)
    _json_flag(actions.add_parser("list", help="open tickets and help requests, in order"))
    claim = actions.add_parser("claim", help="a member of staff takes an item")
    claim.add_argument("id", metavar="ID")
    claim.add_argument("--staff", required=True, metavar="NAME")
    _json_flag(claim)
    for name, words in (("serve", "the customer is being served"), ("done", "finished")):
        step = actions.add_parser(name, help=words)
        step.add_argument("id", metavar="ID")
        step.add_argument("--staff", metavar="NAME")
        _json_flag(step)
    cancel = actions.add_parser("cancel", help="cancel an open item")
    cancel.add_argument("id", metavar="ID")
    cancel.add_argument("--staff", metavar="NAME", help="who cancels (recorded in the audit)")
    _json_flag(cancel)
    actions.add_parser(
        "purge", help="close earlier days' leftovers; wipe old context cards and notes"
    )

    staff_actions = _group(
        sub, "staff", "the staff console (no ACTION), or staff accounts: add, list"
    )
    add = staff_actions.add_parser("add", help="add a staff member (asks for a 4-8 digit PIN)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin")
    staff_actions.add_parser("list", help="staff names")
    draft_actions = _group(sub, "drafts", "form drafts the kiosk prepared: show")
    show = draft_actions.add_parser("show", help="look up today's draft by its code")
    show.add_argument("code", metavar="CODE", help="the code or the scanned QR text")
    show.add_argument("--staff", metavar="NAME", help="who looks it up (recorded)")
    _json_flag(show)
    booking_actions = _group(sub, "bookings", "appointments for check-in: add, import, list")
    add = booking_actions.add_parser("add", help="add one booking")
    for flag, metavar, words in (
        ("--code", "C", "the booking code the customer has"),
        ("--day", "YYYY-MM-DD", "the day of the appointment"),
        ("--time", "HH:MM", "the time of the appointment"),
        ("--name", "N", "how to greet the customer, e.g. 'Mrs Wang'"),
        ("--service", "S", f"one of {services}"),
        ("--topic", "T", f"what it is about, one of {', '.join(ids.BOOKING_TOPICS)}"),
    ):
        add.add_argument(flag, required=True, metavar=metavar, help=words)
    add.add_argument(
        "--qr",
        metavar="FILE.png",
        type=Path,
        help="also write the confirmation's QR code (scanned at the kiosk to check in)",
    )
    _json_flag(add)
    load = booking_actions.add_parser("import", help="import code,day,time,name,service,topic")
    load.add_argument("file", metavar="FILE.csv", type=Path)
    listing = booking_actions.add_parser("list", help="bookings by day and time")
    listing.add_argument("--day", metavar="YYYY-MM-DD", help="only this day")
    _json_flag(listing)


def _group(sub: Subparsers, name: str, words: str) -> Subparsers:
    """``kiosk NAME ACTION``: the group's parser and its ACTION sub-parsers."""
    group = sub.add_parser(name, help=words)
    return group.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", parser_class=OneLineParser
    )


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (QueueItem.to_json())")


def run(args: argparse.Namespace, config: Mapping[str, Any], data_dir: Path) -> int:
    """Run ``kiosk queue|staff|drafts|bookings …``; KioskErrors propagate to the caller."""
    group = args.command
    action = getattr(args, f"{group}_command", None)
    handlers = _GROUPS[group]
    if action is None:
        raise CliError(f"{group} needs an action: {', '.join(handlers)}")
    from kiosk.store import open_stores

    stores = open_stores(config, data_dir)
    try:
        return handlers[action](stores, args, config)
    finally:
        stores.close()


def item_id(text: str) -> int:
    """Parse an item id; ids are positive whole numbers."""
    if not _ID.fullmatch(text) or int(text) == 0:
        raise CliError(f"id must be a positive whole number, not {text!r}")
    return int(text)


def human(item: QueueItem) -> str:
    """One line per item for people reading a terminal."""
    parts = [
        f"{item.label:<5}",
        f"id {item.id:<5}",
        f"{item.kind.value:<6}",
        f"{item.service or '-':<8}",
        f"{item.status.value:<9}",
    ]
    if item.priority:
        parts.append(f"priority ({item.priority_reason or 'yes'})")
    if item.reason and not item.priority:
        parts.append(f"reason {item.reason}")
    if item.kiosk_id:
        parts.append(f"at {item.kiosk_id}" + (f", {item.location}" if item.location else ""))
    if item.claimed_by:
        parts.append(f"with {item.claimed_by}")
    return "  ".join(parts).rstrip()


def _show(item: QueueItem, as_json: bool) -> int:
    print(json.dumps(item.to_json(), ensure_ascii=False) if as_json else human(item))
    return 0


def _take(stores: Stores, args: argparse.Namespace, config: Mapping[str, Any]) -> int:
    item = stores.queue.take_ticket(
        args.service, priority=args.priority, kiosk_id=config["kiosk.id"]
    )
    return _show(item, args.json)


def _help(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    context: Any = {}
    if args.context_json is not None:
        try:
            context = json.loads(args.context_json)
        except ValueError:
            context = None
        if not isinstance(context, dict):
            raise CliError('--context-json must be a JSON object, like {"screen": "home"}')
    item = stores.queue.request_help(
        kiosk_id=args.kiosk, location=args.location, reason=args.reason, context=context
    )
    return _show(item, args.json)


def _list(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    items = stores.queue.list_open()
    if args.json:
        print(json.dumps([i.to_json() for i in items], ensure_ascii=False))
    elif not items:
        print("nobody is waiting")
    else:
        for item in items:
            print(human(item))
    return 0


def _claim(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    return _show(stores.queue.claim(item_id(args.id), args.staff), args.json)


def _serve(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    return _show(stores.queue.serve(item_id(args.id), args.staff), args.json)


def _done(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    return _show(stores.queue.done(item_id(args.id), args.staff), args.json)


def _cancel(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    return _show(stores.queue.cancel(item_id(args.id), by=args.staff), args.json)


def _purge(stores: Stores, _: argparse.Namespace, config: Mapping[str, Any]) -> int:
    result = stores.queue.housekeep(config["retention.keep_days"])
    print(
        f"closed {result.expired} item(s) left open from earlier days; wiped context cards "
        f"and notes of {result.items} item(s) from {len(result.days)} day(s); counts kept"
    )
    return 0


def _staff_add(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    stores.staff.add(args.name, _read_pin(args.name, args.pin_stdin))
    print(f"added {args.name.strip()}")
    return 0


def _read_pin(name: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the PIN; pipe it in and add --pin-stdin")
    pin = getpass.getpass(f"PIN for {name} (4 to 8 digits): ")
    if getpass.getpass("The same PIN again: ") != pin:
        raise CliError("the two PINs differ; nothing was saved")
    return pin


def _staff_list(stores: Stores, _: argparse.Namespace, __: Mapping[str, Any]) -> int:
    for name in stores.staff.names():
        print(name)
    return 0


def _out(as_json: bool, data: Any, text: str) -> int:
    print(json.dumps(data, ensure_ascii=False) if as_json else text)
    return 0


def _draft_show(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    draft = stores.drafts.lookup(args.code, args.staff)
    head = f"{draft.code}  form {draft.form} (journey {draft.journey})"
    lines = [head + (f"  from {draft.kiosk_id}" if draft.kiosk_id else "")]
    lines += [f"  {key}: {value}" for key, value in draft.fields.items()] or ["  (no answers)"]
    return _out(args.json, draft.to_json(), "\n".join(lines))


def _booking_line(b: Booking) -> str:
    done = "checked in" if b.checked_in else "expected"
    return f"{b.day} {b.time}  {b.code:<10}  {b.name}  {b.service}  {b.topic}  {done}"


def _booking_add(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    """Add a booking; print its confirmation QR's text (``qr`` in JSON) and maybe write it."""
    from kiosk.journeys.booking_code import payload_for

    image: Path | None = args.qr
    if image is not None and not image.parent.is_dir():
        raise CliError(f"--qr {image}: folder {image.parent} does not exist; nothing was added")
    b = stores.bookings.add(args.code, args.day, args.time, args.name, args.service, args.topic)
    payload = payload_for(b.code)
    lines = [_booking_line(b), f"QR: {payload}"]
    if image is not None:
        from kiosk.qr import write_qr_png

        try:
            write_qr_png(payload, image)
        except OSError as exc:
            raise CliError(
                f"booking {b.code} was added, but the QR image {image} could not be written "
                f"({exc.strerror or exc})"
            ) from None
        lines.append(f"QR image: {image}")
    return _out(args.json, {**b.to_json(), "qr": payload}, "\n".join(lines))


def _booking_import(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    print(f"imported {stores.bookings.import_csv(args.file)} booking(s) from {args.file}")
    return 0


def _booking_list(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    found = stores.bookings.list(args.day)
    text = "\n".join(map(_booking_line, found)) or "no bookings"
    return _out(args.json, [b.to_json() for b in found], text)


Handler = Callable[["Stores", argparse.Namespace, Mapping[str, Any]], int]
_QUEUE: dict[str, Handler] = {
    "take": _take,
    "help": _help,
    "list": _list,
    "claim": _claim,
    "serve": _serve,
    "done": _done,
    "cancel": _cancel,
    "purge": _purge,
}
_GROUPS: dict[str, dict[str, Handler]] = {
    "queue": _QUEUE,
    "staff": {"add": _staff_add, "list": _staff_list},
    "drafts": {"show": _draft_show},
    "bookings": {"add": _booking_add, "import": _booking_import, "list": _booking_list},
}
