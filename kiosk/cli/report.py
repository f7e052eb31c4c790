"""``kiosk report``: the branch manager's one-page report, as PDF or HTML.

    kiosk report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang L] --out FILE.pdf|FILE.html

Reads the anonymous event record (read-only), computes the figures
(:mod:`kiosk.insight.figures`) and draws them (:mod:`kiosk.insight.render`,
matplotlib). Without dates: the last 30 days up to today. Bad input (an
impossible date range, an unknown language, an output that cannot be
written) is one line on stderr and exit 2. Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kiosk.core import ids

COMMAND = "report"
COMMANDS = frozenset({COMMAND})
DEFAULT_DAYS = 30
FORMATS = (".pdf", ".html")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` to the ``kiosk`` sub-command parser."""
    report = subparsers.add_parser(COMMAND, help="the branch manager's report (PDF or HTML)")
    report.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")
    report.add_argument("--lang", default="en", metavar="L", help="en, zh_CN or ko")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.html")


class BadInput(ValueError):
    """A one-line message for the person who typed the command."""


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{option} must be a date like 2026-03-31, not {text!r}") from None


def checked(args: argparse.Namespace, today: date) -> tuple[date, date, str, Path]:
    """The period, language and output file, or :class:`BadInput` saying what is wrong."""
    if args.lang not in ids.LOCALES:
        raise BadInput(f"--lang must be one of {', '.join(ids.LOCALES)}, not {args.lang!r}")
    end = _day(args.end, "--to") or today
    start = _day(args.start, "--from") or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise BadInput(f"--from {start} is after --to {end}: the period would be empty")
    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        raise BadInput(f"--out must end in .pdf or .html, not {out.name!r}")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(f"cannot write {out}: the folder {folder} does not exist")
    if out.exists() and not out.is_file():
        raise BadInput(f"cannot write {out}: it is not a regular file")
    return start, end, args.lang, out


def run(args: argparse.Namespace, config: Any, data_dir: Path) -> int:
    """Make the report; one line on stderr and exit 2 on any problem."""
    try:
        start, end, lang, out = checked(args, date.today())
    except BadInput as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    from kiosk.services.insight_report import make_report

    path = make_report(config, data_dir, start, end, lang, out)
    print(f"report for {start} to {end} written to {path}")
    return 0
