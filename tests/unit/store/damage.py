"""Damaging a real database file on purpose (a module: shared with the CLI tests)."""

from __future__ import annotations

import random
from pathlib import Path

from kiosk.store import SqliteQueueStore, open_database

PAGE = 4096


def busy_database(path: Path, tickets: int = 300) -> None:
    """A database of many pages, fully checkpointed into the main file."""
    db = open_database(path)
    store = SqliteQueueStore(db)
    for n in range(tickets):
        store.request_help(kiosk_id=f"kiosk-{n}", context={"screen": "home", "said": ["x" * 150]})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def damage_a_middle_page(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    assert pages > 6, pages
    with path.open("r+b") as handle:
        handle.seek((pages // 2) * PAGE)
        handle.write(random.Random(16).randbytes(PAGE))  # the same garbage each run
