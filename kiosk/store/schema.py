"""Numbered schema migrations (``sqlite_utils.migrations``) and the schema version.

Rules for adding a migration: append a new function ``mNNN_what`` at the end,
never edit or reorder an applied one. ``SCHEMA_VERSION`` (kept in
``PRAGMA user_version``) is the number of migrations, so an older kiosk can
tell that a database was written by a newer one and refuse it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("kiosk")
MIGRATION_NAMES: list[str] = []
_STEPS: list[Callable[[Database], None]] = []


def _migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a numbered migration and count it towards SCHEMA_VERSION."""
    MIGRATION_NAMES.append(fn.__name__)
    _STEPS.append(fn)
    return migrations()(fn)


# Raw DDL rather than Table.create(): we need CHECK constraints, a composite
# UNIQUE, COLLATE NOCASE and partial indexes, which sqlite-utils cannot express.
_INITIAL = (
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ticket', 'help')),
        day TEXT NOT NULL,
        series TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number > 0),
        service TEXT,
        status TEXT NOT NULL CHECK (status IN
            ('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled')),
        priority INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
        priority_reason TEXT,
        kiosk_id TEXT,
        location TEXT,
        reason TEXT,
        context TEXT NOT NULL DEFAULT '{}',
        claimed_by TEXT,
        created_at TEXT NOT NULL,
        called_at TEXT,
        serving_at TEXT,
        closed_at TEXT,
        updated_at TEXT,
        rating INTEGER CHECK (rating BETWEEN 1 AND 3),
        thanked_staff TEXT,
        purged INTEGER NOT NULL DEFAULT 0,
        UNIQUE (day, series, number)
    )
    """,
    # The open queue is small; a partial index keeps list_open/call_next cheap
    # however many closed items accumulate.
    """
    CREATE INDEX idx_items_open ON items (status, kind, service)
        WHERE status IN ('waiting', 'called', 'serving')
    """,
    "CREATE INDEX idx_items_done ON items (service, closed_at) WHERE status = 'done'",
    "CREATE INDEX idx_items_unpurged ON items (day) WHERE purged = 0",
    """
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (id),
        at TEXT NOT NULL,
        staff TEXT NOT NULL,
        text TEXT NOT NULL
    )
    """,
    "CREATE INDEX idx_notes_item ON notes (item_id)",
    """
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        pin_hash BLOB NOT NULL,
        salt BLOB NOT NULL,
        kdf TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff TEXT,
        action TEXT NOT NULL,
        item_id INTEGER,
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX idx_audit_item ON audit (item_id)",
    """
    CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        service TEXT NOT NULL,
        status TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, kind, service, status)
    )
    """,
)


@_migration
def m001_initial(db: Database) -> None:
    """Items (tickets and help requests), notes, staff, audit, daily counts."""
    for statement in _INITIAL:
        db.execute(statement)


_DRAFTS_AND_BOOKINGS = (
    # Form drafts live for one day; code is UNIQUE across days so a code a teller
    # types can never match yesterday's leftover (housekeeping deletes them anyway).
    """
    CREATE TABLE form_drafts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        journey TEXT NOT NULL,
        form TEXT NOT NULL,
        kiosk_id TEXT,
        fields TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        looked_up_at TEXT,
        looked_up_by TEXT
    )
    """,
    "CREATE INDEX idx_form_drafts_day ON form_drafts (day)",
    """
    CREATE TABLE bookings (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        time TEXT NOT NULL,
        name TEXT NOT NULL,
        service TEXT NOT NULL,
        topic TEXT NOT NULL,
        checked_in_at TEXT,
        ticket_id INTEGER REFERENCES items (id)
    )
    """,
    "CREATE INDEX idx_bookings_day ON bookings (day, time)",
)


@_migration
def m002_drafts_and_bookings(db: Database) -> None:
    """Form drafts (teller look-up codes) and appointment bookings (check-in)."""
    for statement in _DRAFTS_AND_BOOKINGS:
        db.execute(statement)


@_migration
def m003_draft_tickets(db: Database) -> None:
    """A form draft's queue ticket, and the kiosk's request key that makes a retry safe.

    ``request_key`` is unique: a second write of the same journey visit (Back and
    on again, a retry after an error) finds the first draft and its ticket
    instead of making new ones.
    """
    db.execute("ALTER TABLE form_drafts ADD COLUMN ticket_id INTEGER REFERENCES items (id)")
    db.execute("ALTER TABLE form_drafts ADD COLUMN request_key TEXT")
    db.execute(
        "CREATE UNIQUE INDEX idx_form_drafts_request ON form_drafts (request_key) "
        "WHERE request_key IS NOT NULL"
    )


@_migration
def m004_day_numbers(db: Database) -> None:
    """PostgreSQL store: one counter row per day and series, taken with
    ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (no gaps, unlike a sequence).

    Both stores number this way so the query is written once; the row starts
    from the numbers already issued.
    """
    db.execute(
        "CREATE TABLE day_numbers (day TEXT NOT NULL, series TEXT NOT NULL, "
        "last INTEGER NOT NULL CHECK (last > 0), PRIMARY KEY (day, series))"
    )
    db.execute(
        "INSERT INTO day_numbers (day, series, last) "
        "SELECT day, series, MAX(number) FROM items GROUP BY day, series"
    )


_COUNTERS_AND_CALLS = (
    # The kiosk language the customer used (announcements start in it), the
    # counter an item was called or sent to, and how often it was called.
    "ALTER TABLE items ADD COLUMN locale TEXT",
    "ALTER TABLE items ADD COLUMN counter TEXT",
    "ALTER TABLE items ADD COLUMN calls INTEGER NOT NULL DEFAULT 0",
    # When the item joined the queue it waits in now (NULL: at created_at); a
    # transfer starts a new segment but keeps created_at, its place by arrival.
    "ALTER TABLE items ADD COLUMN segment_at TEXT",
    """
    CREATE TABLE counters (
        id TEXT PRIMARY KEY,
        services TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}',
        direction TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT
    )
    """,
    """
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (id),
        at TEXT NOT NULL,
        counter TEXT NOT NULL,
        staff TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('call', 'recall'))
    )
    """,
    "CREATE INDEX idx_calls_item ON calls (item_id)",
    # One row per queue an item went through: waited and served times per segment.
    """
    CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (id),
        service TEXT,
        counter TEXT,
        joined_at TEXT NOT NULL,
        called_at TEXT,
        serving_at TEXT,
        ended_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        staff TEXT
    )
    """,
    "CREATE INDEX idx_segments_item ON segments (item_id)",
)


@_migration
def m005_counters_and_calls(db: Database) -> None:
    """Counters, each call and recall, segments of a transferred visit, the ticket's locale."""
    for statement in _COUNTERS_AND_CALLS:
        db.execute(statement)


_EVENTS = (
    # Append-only: what happened where, never who. day and minute are the branch's
    # local date and minute of the day, so the report groups without time zones.
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        minute INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 1439),
        kind TEXT NOT NULL,
        kiosk TEXT,
        service TEXT,
        journey TEXT,
        step TEXT,
        screen TEXT,
        detail TEXT,
        value REAL,
        staff TEXT
    )
    """,
    "CREATE INDEX idx_events_kind_day ON events (kind, day)",
    # What the report reads: the events counted per day and per what it groups
    # by (kept with every insert), so a year is a few hundred thousand rows, not
    # millions. '' and -1 stand for "none" (NULLs would never match in the key).
    """
    CREATE TABLE event_counts (
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        service TEXT NOT NULL,
        journey TEXT NOT NULL,
        step TEXT NOT NULL,
        detail TEXT NOT NULL,
        staff TEXT NOT NULL,
        slot INTEGER NOT NULL,
        value REAL NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, kind, service, journey, step, detail, staff, slot, value)
    ) WITHOUT ROWID
    """,
)


@_migration
def m006_events(db: Database) -> None:
    """The insight event record (journeys, help, voice, queue, ratings, faults) and its counts."""
    for statement in _EVENTS:
        db.execute(statement)


# One migration, one version: user_version tells an old kiosk the file is newer.
SCHEMA_VERSION = len(MIGRATION_NAMES)

# Tables this code creates, parents before children (foreign keys): used to
# recognise someone else's SQLite file and, in this order, by `kiosk db copy`.
TABLES = (
    "items",
    "notes",
    "staff",
    "audit",
    "daily_counts",
    "form_drafts",
    "bookings",
    "day_numbers",
    "counters",
    "calls",
    "segments",
    "events",
    "event_counts",
)
KIOSK_TABLES = frozenset(TABLES)


@functools.cache
def expected_columns() -> dict[str, frozenset[str]]:
    """Each kiosk table's columns, as the migrations create them (run in memory).

    The steps are called directly: ``Migrations.apply`` introspects a lot and
    would add tens of milliseconds to every command.
    """
    import sqlite3

    memory = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    for step in _STEPS:
        step(memory)
    found = {
        name: frozenset(str(row[1]) for row in memory.execute(f"PRAGMA table_info({name})"))
        for name in KIOSK_TABLES
    }
    memory.close()
    return found
