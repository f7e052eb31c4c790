"""The few places where SQLite and PostgreSQL SQL differ, behind tiny helpers.

Every query is written once, in the SQL both accept (``?`` placeholders,
``INSERT … ON CONFLICT … DO UPDATE … RETURNING``, ``json_each(?)`` for a list
parameter): the PostgreSQL connection translates the spelling
(:func:`kiosk.store.pg_database.to_postgres`). What cannot be translated is
locking. SQLite's ``BEGIN IMMEDIATE`` already makes each write transaction the
only one, so there these helpers add nothing; PostgreSQL runs writers side by
side under READ COMMITTED, so a row read in order to change it must be locked.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol


class Database(Protocol):
    """What the stores use of a database; ``KioskDatabase`` (SQLite) and
    ``PgDatabase`` (PostgreSQL) both provide it.

    ``write()`` yields a connection whose ``execute(sql, params)`` takes the
    shared SQL (``?`` placeholders); the block commits when it returns and rolls
    back when it raises. ``read()`` is a consistent snapshot. ``path`` names the
    file or the server (never a password) in messages.
    """

    path: Any
    read_only: bool
    lock: Any  # held for each transaction: threads share the connection
    commits: int
    damage: Any  # a StoreError once the store is known damaged (SQLite), else None
    health_interval: int

    def write(self) -> AbstractContextManager[Any]: ...

    def read(self) -> AbstractContextManager[Any]: ...

    def require_healthy(self) -> None: ...

    def check_health(self) -> None: ...

    def close(self) -> None: ...


def _writing_postgres(conn: Any) -> bool:
    return bool(getattr(conn, "postgres_writing", False))


def for_update(conn: Any) -> str:
    """`` FOR UPDATE`` to append to a SELECT of rows this write transaction changes."""
    return " FOR UPDATE" if _writing_postgres(conn) else ""


def skip_locked(conn: Any) -> str:
    """`` FOR UPDATE SKIP LOCKED``: "call next" takes the first row nobody else is taking."""
    return " FOR UPDATE SKIP LOCKED" if _writing_postgres(conn) else ""


def serialize(conn: Any, name: str) -> None:
    """Make this write transaction the only one doing ``name`` (e.g. a purge) at a time.

    SQLite: already so. PostgreSQL: a transaction-level advisory lock, released
    at COMMIT or ROLLBACK.
    """
    if _writing_postgres(conn):
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (f"kiosk:{name}",))


def note_change(conn: Any, kind: str, key: object) -> None:
    """Name a changed row for the PostgreSQL ``NOTIFY`` payload (``kind``: items, calls,
    counters). SQLite has no notifications: nothing to do."""
    note = getattr(conn, "note_change", None)
    if note is not None:
        note(kind, key)
