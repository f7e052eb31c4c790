"""``kiosk tour``: render every screen offscreen to PNG files and ``tour.json``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.args import csv_list, resolution
from kiosk.core import ids

COMMAND = "tour"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tour`` to the ``kiosk`` sub-command parser."""
    tour = sub.add_parser(COMMAND, help="render every screen offscreen to PNG + tour.json")
    tour.add_argument("--out", required=True, type=Path, metavar="DIR")
    locales = (*ids.LOCALES, ids.PSEUDO_LOCALE)
    tour.add_argument("--locales", type=csv_list(locales), default=list(ids.LOCALES))
    tour.add_argument("--themes", type=csv_list(ids.THEMES), default=list(ids.THEMES))
    tour.add_argument(
        "--text-sizes",
        type=csv_list([str(s) for s in ids.TEXT_SIZES], int),
        default=list(ids.TEXT_SIZES),
    )
    tour.add_argument("--resolution", type=resolution, default=(1920, 1080))
    tour.add_argument("--screens", type=csv_list(), default=None, help="only these screen ids")


def run(args: argparse.Namespace, config: Any) -> int:
    """Render the tour; logs go to the terminal (the data directory is not touched)."""
    from kiosk.logging_setup import setup_logging
    from kiosk.tools.tour import run_tour

    setup_logging(None)
    return run_tour(
        config,
        args.out,
        locales=args.locales,
        themes=args.themes,
        text_sizes=args.text_sizes,
        resolution=args.resolution,
        only=args.screens,
    )
