"""Storage: queue, staff, audit, form drafts, bookings, on SQLite (sqlite-utils, the
default) or on a PostgreSQL server (psycopg, :mod:`kiosk.store.pg_database`).

Typical use, from the composition root::

    stores = open_stores(config, data_dir)   # opens, migrates, tidies yesterday
    ticket = stores.queue.take_ticket("cash")
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.store import event_log
from kiosk.store.audit import AuditEntry
from kiosk.store.bookings import (
    Booking,
    BookingError,
    BookingNotFound,
    BookingNotToday,
    BookingStore,
)
from kiosk.store.clock import Clock, local_now
from kiosk.store.counters import CounterStore
from kiosk.store.database import KioskDatabase, database_path, open_database
from kiosk.store.dialect import Database
from kiosk.store.drafts import Draft, DraftError, DraftNotFound, DraftStore, draft_reference
from kiosk.store.errors import StaffError, StaffLocked, StoreDamaged, StoreError
from kiosk.store.housekeeping import PurgeResult
from kiosk.store.queue_store import SqliteQueueStore
from kiosk.store.staff_store import StaffStore

__all__ = [
    "AuditEntry",
    "Booking",
    "BookingError",
    "BookingNotFound",
    "BookingNotToday",
    "BookingStore",
    "CounterStore",
    "Draft",
    "DraftError",
    "DraftNotFound",
    "DraftStore",
    "KioskDatabase",
    "PurgeResult",
    "SqliteQueueStore",
    "StaffError",
    "StaffLocked",
    "StaffStore",
    "StoreDamaged",
    "StoreError",
    "Stores",
    "database_path",
    "draft_reference",
    "open_database",
    "open_store_database",
    "open_stores",
    "store_url",
]

DATABASE_URL_ENV = "KIOSK_DATABASE_URL"


@dataclass(frozen=True)
class Stores:
    """The opened database and the stores built on it (one connection)."""

    db: Database  # KioskDatabase (SQLite) or kiosk.store.pg_database.PgDatabase
    queue: SqliteQueueStore
    staff: StaffStore
    drafts: DraftStore
    bookings: BookingStore
    counters: CounterStore  # counters and calling (kiosk.store.counters)

    def close(self) -> None:
        self.db.close()


def open_stores(
    config: Mapping[str, Any],
    data_dir: Path,
    *,
    now: Clock = local_now,
    housekeep: bool = False,
) -> Stores:
    """Open the database named by ``store.file`` and build the stores from settings.

    Args:
        config: The validated settings.
        data_dir: Where a relative ``store.file`` lives.
        now: The clock.
        housekeep: Also close yesterday's leftovers and purge past
            ``retention.keep_days`` (do this once at kiosk start-up).

    Raises:
        StoreError: the database cannot be used (the message says why and what to do).
    """
    db = open_store_database(config, data_dir)
    try:
        db.health_interval = config["queue.health_check_seconds"]
        queue = SqliteQueueStore(
            db,
            now=now,
            counters=config["queue.counters"],
            closing_time=config["queue.closing_time"],
        )
        staff = StaffStore(
            db,
            now=now,
            max_attempts=config["staff.max_attempts"],
            lockout_seconds=config["staff.lockout_seconds"],
        )
        if housekeep:
            queue.housekeep(config["retention.keep_days"])
            # Insight: the anonymous event record has its own retention.
            event_log.keep_days(db, config["insight.keep_days"], now())
    except BaseException:
        db.close()
        raise
    # Counters declared in kiosk.toml (Config.counters) join the database's own.
    counters = CounterStore(db, queue, getattr(config, "counters", ()), now=now)
    return Stores(db, queue, staff, DraftStore(db, now=now), BookingStore(db, now=now), counters)


def store_url(config: Mapping[str, Any]) -> str:
    """The PostgreSQL URL chosen (``KIOSK_DATABASE_URL``, else ``store.url``), or ""."""
    return (os.environ.get(DATABASE_URL_ENV) or str(config.get("store.url", ""))).strip()


def open_store_database(
    config: Mapping[str, Any], data_dir: Path, *, migrate: bool = True
) -> Database:
    """The chosen store's database: PostgreSQL when a URL is set, else the SQLite file.

    Raises:
        StoreError: it cannot be used; the message says why (never a password).
    """
    url = store_url(config)
    if url:
        from kiosk.store.pg_database import open_pg_database  # psycopg only when asked for

        return open_pg_database(url, migrate=migrate)
    return open_database(database_path(config, data_dir))
