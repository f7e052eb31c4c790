"""``kiosk demo-data --days N``: fill the data dir with a clearly marked demo history.

    kiosk demo-data --days 90 [--seed S]

Writes anonymous events from kiosks named ``demo-…`` (see
:mod:`kiosk.insight.demo_history`) so that ``kiosk report`` and the staff
console's Today view have something real-looking to show. It replaces an
earlier demo history and refuses a database that holds a real branch's events.
Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

COMMAND = "demo-data"
COMMANDS = frozenset({COMMAND})
MAX_DAYS = 3660


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``demo-data`` to the ``kiosk`` sub-command parser."""
    demo = subparsers.add_parser(
        COMMAND, help="fill the data dir with a clearly marked demo history for the report"
    )
    demo.add_argument("--days", type=int, required=True, metavar="N", help="days of history")
    demo.add_argument("--seed", type=int, default=14, help="the same seed gives the same history")


def run(args: argparse.Namespace, config: Any, data_dir: Path) -> int:
    """Write the history; one line on stderr and exit 2 on any problem."""
    if not 1 <= args.days <= MAX_DAYS:
        print(f"kiosk: --days must be between 1 and {MAX_DAYS}, not {args.days}", file=sys.stderr)
        return 2
    from kiosk.insight.demo_history import DEMO_PREFIX, demo_rows, shapes_of
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir
    from kiosk.store.database import database_path, open_database
    from kiosk.store.event_log import append_rows

    db = open_database(database_path(config, data_dir))
    try:
        with db.read() as conn:
            real = conn.execute(
                "SELECT COUNT(*) FROM events WHERE kiosk IS NULL OR kiosk NOT LIKE ?",
                (f"{DEMO_PREFIX}%",),
            ).fetchone()[0]
        if real:
            print(
                f"kiosk: this data dir holds {real} events of a real kiosk; "
                "demo data goes in a data dir of its own (--data-dir)",
                file=sys.stderr,
            )
            return 2
        now = datetime.now().astimezone()
        shapes = shapes_of(load_journeys(assets_dir() / "journeys"))
        written = 0
        with db.write() as conn:
            conn.execute("DELETE FROM events WHERE kiosk LIKE ?", (f"{DEMO_PREFIX}%",))
            conn.execute("DELETE FROM event_counts")  # only demo events were counted
            for rows in demo_rows(
                args.days, now.date(), now.astimezone().tzinfo or UTC, shapes, args.seed
            ):
                append_rows(conn, rows)
                written += len(rows)
    finally:
        db.close()
    print(f"{written} demo events for {args.days} days written to {db.path}")
    return 0
