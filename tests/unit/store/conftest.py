"""A real SQLite file per test (or a fresh PostgreSQL database), and a clock the test
moves by hand.

The contract modules (those that run on both stores) set ``BOTH_STORES = True``:
every test there that uses ``db`` (or a store built on it) runs on each store in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if getattr(metafunc.module, "BOTH_STORES", False) and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", ["sqlite", "postgresql"])


@pytest.fixture
def backend() -> str:
    """Which store ``db`` is: SQLite unless a test is parametrised with BOTH_STORES."""
    return "sqlite"


@pytest.fixture
def db(db_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[KioskDatabase]:
    if backend == "postgresql":
        from kiosk.store.pg_database import open_pg_database

        database = open_pg_database(request.getfixturevalue("pg_url"))
    else:
        database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def reopen(db: KioskDatabase) -> Callable[[], KioskDatabase]:
    """Opens another connection to the same store, as another process would."""
    if getattr(db, "dialect", "") == "postgresql":
        from kiosk.store.pg_database import open_pg_database

        return lambda: open_pg_database(db.url)  # type: ignore[attr-defined]
    return lambda: open_database(db.path)


@pytest.fixture
def store(db: KioskDatabase, clock: FakeClock) -> SqliteQueueStore:
    return SqliteQueueStore(db, now=clock, counters=1)


@pytest.fixture
def staff(db: KioskDatabase, clock: FakeClock) -> StaffStore:
    return StaffStore(db, now=clock, max_attempts=5, lockout_seconds=300)
