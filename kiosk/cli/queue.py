"""``kiosk queue|staff|drafts|bookings …``: the branch's store from a terminal or script.

Contract (README): JSON per item is ``QueueItem``/``Draft``/``Booking.to_json()`` (``bookings
add`` adds ``qr``, the confirmation QR's text);
``list --json`` prints a JSON array; errors exit 2 with one line on stderr. Never imports Qt
(but ``kiosk staff`` alone opens the staff console window), and imports the store only
when a command runs, so ``kiosk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kiosk.cli.args import OneLineParser
from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.core.text import one_line

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.queue.models import QueueItem
    from kiosk.store import Booking, Stores

COMMANDS = ("queue", "staff", "drafts", "bookings")
_ID = re.compile(r"[0-9]+")
Subparsers = argparse._SubParsersAction  # argparse's own (private) name for it


class CliError(KioskError):
    """A command-line value is wrong; shown as one line."""


def register(sub: Subparsers) -> None:
    """Register ``queue``, ``staff``, ``drafts`` and ``bookings`` on ``kiosk``'s parser."""
    services = ", ".join(ids.QUEUE_SERVICES)
    actions = _group(sub, "queue", "the branch queue: take, help, list, claim, serve …")
    take = actions.add_parser("take", help="take a numbered ticket")
    take.add_argument("--service", required=True, metavar="S", help=f"one of {services}")
    take.add_argument("--priority", action="store_true", help="priority customer")
    take.add_argument(
        "--locale", metavar="L", help=f"the customer's language, one of {', '.join(ids.LOCALES)}"
    )
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
        _staff_flag(step)
        _json_flag(step)
    _add_calling(actions)
    cancel = actions.add_parser("cancel", help="cancel an open item")
    cancel.add_argument("id", metavar="ID")
    _staff_flag(cancel)
    _json_flag(cancel)
    purge = actions.add_parser(
        "purge", help="close earlier days' leftovers; wipe old context cards and notes"
    )
    _staff_flag(purge)

    staff_actions = _group(
        sub, "staff", "the staff console (no ACTION), or staff accounts: add, list, unlock, remove"
    )
    add = staff_actions.add_parser("add", help="add a staff member (asks for a 6-8 digit PIN)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin")
    add.add_argument(
        "--staff",
        metavar="WHO",
        help="who adds the account: an existing, unlocked staff account (needed once there is one)",
    )
    staff_actions.add_parser("list", help="staff names")
    for name, words in (
        ("unlock", "end an account's lockout after too many wrong PINs"),
        ("remove", "delete a staff account (a leaver); the audit keeps their actions"),
    ):
        admin = staff_actions.add_parser(name, help=words)
        admin.add_argument("name", metavar="NAME")
        _staff_flag(admin)
    _register_drafts_and_bookings(sub)


def _register_drafts_and_bookings(sub: Subparsers) -> None:
    services = ", ".join(ids.QUEUE_SERVICES)
    draft_actions = _group(sub, "drafts", "form drafts the kiosk prepared: show")
    show = draft_actions.add_parser("show", help="look up today's draft by its code")
    show.add_argument("code", metavar="CODE", help="the code or the scanned QR text")
    _staff_flag(show)
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
    _staff_flag(add)
    add.add_argument(
        "--qr",
        metavar="FILE.png",
        type=Path,
        help="also write the confirmation's QR code (scanned at the kiosk to check in)",
    )
    _json_flag(add)
    load = booking_actions.add_parser("import", help="import code,day,time,name,service,topic")
    load.add_argument("file", metavar="FILE.csv", type=Path)
    _staff_flag(load)
    listing = booking_actions.add_parser("list", help="bookings by day and time")
    listing.add_argument("--day", metavar="YYYY-MM-DD", help="only this day")
    _json_flag(listing)


def _add_calling(actions: Subparsers) -> None:
    """``queue call-next|recall|transfer``: calling tickets to counters (kiosk counters)."""
    call = actions.add_parser("call-next", help="call the next ticket a counter serves")
    call.add_argument("--counter", required=True, metavar="C", help="the counter's id")
    _staff_flag(call)
    _json_flag(call)
    recall = actions.add_parser("recall", help="call a called ticket again (counted)")
    recall.add_argument("id", metavar="ID")
    _staff_flag(recall)
    _json_flag(recall)
    move = actions.add_parser(
        "transfer", help="move an item to another service or counter; it keeps its arrival time"
    )
    move.add_argument("id", metavar="ID")
    move.add_argument(
        "--service", required=True, metavar="S", help=f"one of {', '.join(ids.QUEUE_SERVICES)}"
    )
    move.add_argument("--counter", metavar="C", help="only this counter calls it")
    _staff_flag(move)
    _json_flag(move)


def _group(sub: Subparsers, name: str, words: str) -> Subparsers:
    """``kiosk NAME ACTION``: the group's parser and its ACTION sub-parsers."""
    group = sub.add_parser(name, help=words)
    return group.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", parser_class=OneLineParser
    )


def _staff_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--staff",
        required=True,
        metavar="NAME",
        help="who does it: an existing, unlocked staff account (recorded in the audit)",
    )


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (QueueItem.to_json())")


def run(args: argparse.Namespace, config: Mapping[str, Any], data_dir: Path) -> int:
    """Run ``kiosk queue|staff|drafts|bookings …``; KioskErrors propagate to the caller.

    ``kiosk staff`` without an action opens the staff console window.
    """
    group = args.command
    if group == "staff" and getattr(args, "staff_command", None) is None:
        from kiosk.app import run_console

        return run_console(cast("Config", config), data_dir)
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


MAX_ID = 2**63 - 1  # SQLite's largest integer


def item_id(text: str) -> int:
    """Parse an item id; ids are positive whole numbers SQLite can hold."""
    shown = one_line(text if len(text) <= 30 else text[:29] + "…")
    # Length first: int() of a 5,000-digit string is refused by Python itself.
    if not _ID.fullmatch(text) or len(text) > 19 or not 0 < int(text) <= MAX_ID:
        raise CliError(f"id must be a positive whole number up to {MAX_ID}, not {shown!r}")
    return int(text)


MAX_CONTEXT_DEPTH = 8  # a context card is a flat object with a few lists


def context_object(text: str) -> dict[str, Any]:
    """``--context-json``: a JSON object, not deeply nested, with storable text.

    Raises:
        CliError: not a JSON object, nested deeper than a context card ever is,
            or holding text that is not valid Unicode (a lone surrogate).
    """
    try:
        value = json.loads(text)
    except RecursionError:
        raise CliError(
            f"--context-json is nested more than {MAX_CONTEXT_DEPTH} levels deep"
        ) from None
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise CliError('--context-json must be a JSON object, like {"screen": "home"}')
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:  # iterative: a 100,000-deep value must not exhaust Python's stack
        node, depth = stack.pop()
        if depth > MAX_CONTEXT_DEPTH:
            raise CliError(f"--context-json is nested more than {MAX_CONTEXT_DEPTH} levels deep")
        if isinstance(node, dict):
            stack += [(k, depth) for k in node] + [(v, depth + 1) for v in node.values()]
        elif isinstance(node, list):
            stack += [(v, depth + 1) for v in node]
        elif isinstance(node, str) and any("\ud800" <= c <= "\udfff" for c in node):
            raise CliError(
                "--context-json has text that is not valid Unicode (a lone surrogate such as "
                "\\ud800); send real characters"
            )
    return value


def _actor(stores: Stores, args: argparse.Namespace, action: str) -> str:
    """The acting staff account's name: it must exist and not be locked."""
    return stores.staff.require_active(args.staff, action)


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
    if item.counter:
        parts.append(f"counter {item.counter}" + (f" (called {item.calls}x)" if item.calls else ""))
    # Whatever is stored (an older database, another program), one item stays one line.
    return one_line("  ".join(parts).rstrip())


def _show(item: QueueItem, as_json: bool) -> int:
    print(json.dumps(item.to_json(), ensure_ascii=False) if as_json else human(item))
    return 0


def _take(stores: Stores, args: argparse.Namespace, config: Mapping[str, Any]) -> int:
    item = stores.queue.take_ticket(
        args.service, priority=args.priority, kiosk_id=config["kiosk.id"], locale=args.locale
    )
    return _show(item, args.json)


def _help(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    context: Any = {}
    if args.context_json is not None:
        context = context_object(args.context_json)
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
    number = item_id(args.id)
    return _show(stores.queue.claim(number, _actor(stores, args, "claim")), args.json)


def _serve(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    number = item_id(args.id)
    return _show(stores.queue.serve(number, _actor(stores, args, "serve")), args.json)


def _done(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    number = item_id(args.id)
    return _show(stores.queue.done(number, _actor(stores, args, "done")), args.json)


def _call_next(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    who = _actor(stores, args, "call_next")
    item = stores.counters.call_next(args.counter, who)
    if item is None:
        # Nobody to call is an answer, not an error: JSON null, exit 0.
        return _out(args.json, None, f"nobody is waiting for counter {one_line(args.counter)}")
    return _show(item, args.json)


def _recall(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    number = item_id(args.id)
    return _show(stores.counters.recall(number, _actor(stores, args, "recall")), args.json)


def _transfer(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    number = item_id(args.id)
    who = _actor(stores, args, "transfer")
    return _show(stores.counters.transfer(number, args.service, who, args.counter), args.json)


def _cancel(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    number = item_id(args.id)
    return _show(stores.queue.cancel(number, by=_actor(stores, args, "cancel")), args.json)


def _purge(stores: Stores, args: argparse.Namespace, config: Mapping[str, Any]) -> int:
    who = _actor(stores, args, "purge")
    result = stores.queue.housekeep(config["retention.keep_days"])
    stores.staff.audit(
        who,
        "purge",
        detail=f"{result.expired} closed, {result.items} wiped, {len(result.days)} days",
    )
    print(
        f"closed {result.expired} item(s) left open from earlier days; wiped context cards "
        f"and notes of {result.items} item(s) from {len(result.days)} day(s); counts kept"
    )
    return 0


def _staff_add(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    # The first account needs nobody's say-so; every later one is added by a colleague.
    if stores.staff.names() or args.staff is not None:
        if args.staff is None:
            raise CliError("staff accounts exist: say who adds this one with --staff NAME")
        who = stores.staff.require_active(args.staff, "staff_add")
    else:
        who = None
    stores.staff.add(args.name, _read_pin(args.name, args.pin_stdin), by=who)
    print(f"added {args.name.strip()}")
    return 0


def _staff_unlock(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    print(f"unlocked {one_line(stores.staff.unlock(args.name, by=args.staff))}")
    return 0


def _staff_remove(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    print(f"removed {one_line(stores.staff.remove(args.name, by=args.staff))}")
    return 0


def _read_pin(name: str, from_stdin: bool) -> str:
    import getpass

    if from_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the PIN; pipe it in and add --pin-stdin")
    pin = getpass.getpass(f"PIN for {one_line(name)} (6 to 8 digits): ")
    if getpass.getpass("The same PIN again: ") != pin:
        raise CliError("the two PINs differ; nothing was saved")
    return pin


def _staff_list(stores: Stores, _: argparse.Namespace, __: Mapping[str, Any]) -> int:
    for name in stores.staff.names():
        print(one_line(name))
    return 0


def _out(as_json: bool, data: Any, text: str) -> int:
    print(json.dumps(data, ensure_ascii=False) if as_json else text)
    return 0


def _draft_show(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    draft = stores.drafts.lookup(args.code, _actor(stores, args, "draft_lookup"))
    head = f"{draft.code}  form {draft.form} (journey {draft.journey})"
    lines = [one_line(head + (f"  from {draft.kiosk_id}" if draft.kiosk_id else ""))]
    lines += [one_line(f"  {key}: {value}") for key, value in draft.fields.items()] or [
        "  (no answers)"
    ]
    return _out(args.json, draft.to_json(), "\n".join(lines))


def _booking_line(b: Booking) -> str:
    done = "checked in" if b.checked_in else "expected"
    return one_line(f"{b.day} {b.time}  {b.code:<10}  {b.name}  {b.service}  {b.topic}  {done}")


def _booking_add(stores: Stores, args: argparse.Namespace, _: Mapping[str, Any]) -> int:
    """Add a booking; print its confirmation QR's text (``qr`` in JSON) and maybe write it."""
    from kiosk.journeys.booking_code import payload_for

    image: Path | None = args.qr
    if image is not None and not image.parent.is_dir():
        raise CliError(f"--qr {image}: folder {image.parent} does not exist; nothing was added")
    who = _actor(stores, args, "booking_add")
    b = stores.bookings.add(args.code, args.day, args.time, args.name, args.service, args.topic)
    stores.staff.audit(who, "booking_add", detail=b.code)
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
    who = _actor(stores, args, "booking_import")
    count = stores.bookings.import_csv(args.file)
    stores.staff.audit(who, "booking_import", detail=f"{count} from {one_line(args.file.name)}")
    print(f"imported {count} booking(s) from {one_line(args.file)}")
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
    "call-next": _call_next,
    "recall": _recall,
    "transfer": _transfer,
}
_GROUPS: dict[str, dict[str, Handler]] = {
    "queue": _QUEUE,
    "staff": {
        "add": _staff_add,
        "list": _staff_list,
        "unlock": _staff_unlock,
        "remove": _staff_remove,
    },
    "drafts": {"show": _draft_show},
    "bookings": {"add": _booking_add, "import": _booking_import, "list": _booking_list},
}
