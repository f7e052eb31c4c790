"""``kiosk run`` (the default): the customer kiosk's window, fullscreen and locked."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

COMMANDS = ("run",)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``run`` to the ``kiosk`` sub-command parser (``kiosk demo``: kiosk/cli/demo.py)."""
    sub.add_parser("run", help="the customer kiosk, fullscreen and locked (default)")


def run(args: argparse.Namespace, config: Any, data_dir: Path) -> int:
    """Open the kiosk (``kiosk`` alone means ``kiosk run``); Qt loads only here."""
    from kiosk.app import run_gui

    return run_gui(config, data_dir)
