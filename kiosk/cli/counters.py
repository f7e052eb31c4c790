"""``kiosk counters add|list|remove``: the branch's counters (desks, windows).

Counters declared in kiosk.toml (``[[counters]]``) are listed too, and changed
only there. No Qt; errors exit 2 with one line (kiosk/cli.py).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core import ids
from kiosk.core.text import one_line
from kiosk.queue.counters import DIRECTIONS, Counter, parse_name_options

if TYPE_CHECKING:
    from kiosk.store import Stores

COMMANDS = ("counters",)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``kiosk counters ACTION``."""
    from kiosk.cli.args import OneLineParser

    group = sub.add_parser("counters", help="the branch's counters: add, list, remove")
    actions = group.add_subparsers(
        dest="counters_command", metavar="ACTION", parser_class=OneLineParser
    )
    add = actions.add_parser("add", help="add a counter and the services it calls")
    add.add_argument("id", metavar="ID", help="what the counter's sign says, e.g. 3")
    add.add_argument(
        "--services",
        required=True,
        metavar="S[,S]",
        help=f"the services it serves, from {', '.join(ids.QUEUE_SERVICES)}",
    )
    add.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="LANG=NAME",
        help="its name in one language where 'Counter 3' does not fit, e.g. zh_CN=贵宾窗口 "
        "(repeat for each language)",
    )
    add.add_argument(
        "--direction",
        metavar="D",
        help=f"where it is, seen from the lobby: {', '.join(DIRECTIONS)}",
    )
    _staff(add)
    _json(add)
    _json(actions.add_parser("list", help="every counter, kiosk.toml's and the database's"))
    remove = actions.add_parser("remove", help="remove a counter added with `counters add`")
    remove.add_argument("id", metavar="ID")
    _staff(remove)


def _staff(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--staff",
        required=True,
        metavar="NAME",
        help="who does it: an existing, unlocked staff account (recorded in the audit)",
    )


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def line(counter: Counter) -> str:
    """One line per counter for a terminal."""
    parts = [f"{counter.id:<4}", ",".join(counter.services) or "(no service)"]
    if counter.direction:
        parts.append(counter.direction)
    parts += [f"{lang}={name}" for lang, name in counter.names.items()]
    parts.append("(kiosk.toml)" if counter.declared else "")
    return one_line("  ".join(parts).rstrip())


def run(args: argparse.Namespace, config: Mapping[str, Any], data_dir: Path) -> int:
    """Run ``kiosk counters ACTION``; KioskErrors propagate to kiosk/cli.py (exit 2)."""
    from kiosk.cli.queue import CliError

    action = getattr(args, "counters_command", None)
    if action is None:
        raise CliError("counters needs an action: add, list, remove")
    from kiosk.store import open_stores

    stores = open_stores(config, data_dir)
    try:
        return _ACTIONS[action](stores, args)
    finally:
        stores.close()


def _add(stores: Stores, args: argparse.Namespace) -> int:
    who = stores.staff.require_active(args.staff, "counter_add")
    services = [part.strip() for part in args.services.split(",") if part.strip()]
    counter = stores.counters.add(
        args.id,
        services,
        names=parse_name_options(args.name, args.id.strip()),
        direction=args.direction,
        by=who,
    )
    print(
        json.dumps(counter.to_json(), ensure_ascii=False) if args.json else f"added {line(counter)}"
    )
    return 0


def _list(stores: Stores, args: argparse.Namespace) -> int:
    found = stores.counters.list_all()
    if args.json:
        print(json.dumps([c.to_json() for c in found], ensure_ascii=False))
    else:
        print("\n".join(map(line, found)) or "no counters yet; add one with `kiosk counters add`")
    return 0


def _remove(stores: Stores, args: argparse.Namespace) -> int:
    who = stores.staff.require_active(args.staff, "counter_remove")
    print(f"removed counter {one_line(stores.counters.remove(args.id, by=who).id)}")
    return 0


_ACTIONS = {"add": _add, "list": _list, "remove": _remove}
