"""A real SQLite file per test, and a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from fake_clock import BRANCH_TZ, FakeClock

from kiosk.store import KioskDatabase, SqliteQueueStore, StaffStore, open_database


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 3, 9, 0, tzinfo=BRANCH_TZ))


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "kiosk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[KioskDatabase]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def store(db: KioskDatabase, clock: FakeClock) -> SqliteQueueStore:
    return SqliteQueueStore(db, now=clock, counters=1)


@pytest.fixture
def staff(db: KioskDatabase, clock: FakeClock) -> StaffStore:
    return StaffStore(db, now=clock, max_attempts=5, lockout_seconds=300)
