"""``kiosk check``: the technician's self-check (exit 0 only when every check passes)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.cli.dispatch import Context

COMMAND = "check"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``check`` to the ``kiosk`` sub-command parser."""
    check = sub.add_parser(COMMAND, help="self-check for technicians; exit 0 only when all pass")
    check.add_argument("--json", action="store_true", help="one JSON object (packaging)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Check the data directory as it is: neither made nor repaired first, settings read by it."""
    from kiosk.diagnostics import run_checks

    return run_checks(ctx.data_dir, as_json=args.json)
