"""``kiosk run`` (the default) and ``kiosk demo``: the customer kiosk's window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

COMMANDS = ("run", "demo")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``run`` and ``demo`` to the ``kiosk`` sub-command parser."""
    sub.add_parser("run", help="the customer kiosk, fullscreen and locked (default)")
    sub.add_parser("demo", help="the kiosk in a resizable laptop window")


def run(args: argparse.Namespace, config: Any, data_dir: Path) -> int:
    """Open the kiosk (``kiosk`` alone means ``kiosk run``); Qt loads only here."""
    from kiosk.app import run_gui

    return run_gui(config, data_dir, demo=args.command == "demo")
