"""``kiosk lobby``: the calling display for the TV above the counters (fullscreen).

Another process on the same store as the kiosks and staff consoles; it only
reads. Qt is imported only when the command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

COMMANDS = ("lobby",)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lobby = sub.add_parser("lobby", help="the lobby display: numbers being called, fullscreen")
    lobby.add_argument(
        "--window",
        action="store_true",
        help="a resizable window instead of fullscreen (to try it on a laptop)",
    )


def run(args: argparse.Namespace, config: Mapping[str, Any], data_dir: Path) -> int:
    from kiosk.app.lobby import run_lobby

    return run_lobby(config, data_dir, fullscreen=not args.window)
