"""Opening the kiosk's SQLite file: our own connection, pragmas, migrations.

Why our own ``sqlite3`` connection instead of letting sqlite-utils open the
file: sqlite-utils' ``atomic()`` issues a plain ``BEGIN``, and two processes
that both read and then write inside deferred transactions get "database is
locked" without waiting. We open in autocommit mode and start every write with
``BEGIN IMMEDIATE``, which takes the write lock up front and waits (busy
timeout) for it; sqlite-utils calls made inside nest as SAVEPOINTs.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from kiosk.store.errors import StoreError, damaged, is_busy, not_writable, translate
from kiosk.store.schema import KIOSK_TABLES, SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10

Params = Sequence[Any] | Mapping[str, Any]
T = TypeVar("T")


class KioskDatabase(sqlite_utils.Database):
    """A ``sqlite_utils.Database`` on our own connection, with transaction helpers.

    One connection may be shared by several threads (the UI runs database work
    off the GUI thread); :attr:`lock` serialises them. Use :meth:`write` for
    every change and :meth:`read` for multi-statement reads.

    Attributes:
        path: The database file.
        read_only: Opened with ``mode=ro`` (reports, or a read-only mount).
        lock: Held for the duration of each transaction.
        commits: How many write transactions this connection has committed.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        # Plugins are arbitrary installed code; a locked-down kiosk loads none.
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.read_only = read_only
        self.lock = threading.RLock()
        self.commits = 0

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; on any exception ``ROLLBACK``.

        When the block returns normally the data is committed, and with
        ``synchronous=FULL`` on disk, before the caller sees the result.

        Raises:
            StoreError: for SQLite failures (locked too long, disk full, read-only…).
        """
        with self.lock:
            conn = self.conn
            changes_before = conn.total_changes
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self.path) from exc
                raise
            # Only real changes move change tokens: an empty call_next must
            # not make every screen refresh.
            if conn.total_changes != changes_before:
                self.commits += 1

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several SELECTs (deferred ``BEGIN``)."""
        with self.lock:
            conn = self.conn
            try:
                conn.execute("BEGIN")
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc
            try:
                yield conn
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")


def fetch_all(conn: sqlite3.Connection, sql: str, params: Params = ()) -> list[dict[str, Any]]:
    """Rows as dicts keyed by column name."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def fetch_value(conn: sqlite3.Connection, sql: str, params: Params = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def database_path(config: Mapping[str, Any], data_dir: Path) -> Path:
    """Where the database lives: ``store.file``, relative to the data dir unless absolute."""
    name = Path(str(config["store.file"])).expanduser()
    return name if name.is_absolute() else data_dir / name


def open_database(path: Path, *, read_only: bool = False) -> KioskDatabase:
    """Open (creating and migrating when needed) the kiosk database.

    Args:
        path: The SQLite file; its folder is created when missing.
        read_only: Open with ``mode=ro``; nothing is migrated or written.

    Returns:
        The database, in WAL mode with ``synchronous=FULL`` and foreign keys on.

    Raises:
        StoreError: the file is damaged or not a kiosk database, was written by
            a newer kiosk, or cannot be written. The message names the file.
    """
    path = Path(path)
    _check_location(path, read_only)
    try:
        if read_only:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            conn = sqlite3.connect(
                path,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,
            )
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        # Read and judge the file before anything can write to it: a newer or
        # foreign database must be left exactly as it was.
        version = _when_free(lambda: _inspect(conn, path))
        _when_free(lambda: _set_pragmas(conn, path, read_only))
        db = KioskDatabase(conn, path, read_only=read_only)
        if version < SCHEMA_VERSION:
            if read_only:
                raise StoreError(
                    path,
                    f"has schema version {version} but this kiosk needs {SCHEMA_VERSION}; "
                    "start the kiosk once with write permission so it can upgrade the file",
                )
            _migrate(db)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _when_free(action: Callable[[], T]) -> T:
    """Run ``action``, retrying while another process holds a lock.

    The busy timeout covers ordinary statements, but SQLite answers "database is
    locked" at once in a few places, e.g. while another process is switching a
    new file to WAL or recovering a WAL after a crash: exactly when several
    kiosk processes start together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() > deadline:
                raise
        time.sleep(random.uniform(0.005, 0.05))  # jitter: starters must not retry in step


def _check_location(path: Path, read_only: bool) -> None:
    """Clear messages for the mistakes SQLite reports only as "unable to open"."""
    parent = path.parent
    nearest = next((p for p in (parent, *parent.parents) if p.exists()), None)
    if nearest is not None and not nearest.is_dir():
        raise StoreError(
            path, f"{nearest} is a file, not a folder; choose another --data-dir or store.file"
        )
    if path.is_dir():
        raise StoreError(path, "is a folder, not a database file; choose another store.file")
    if read_only:
        if not path.exists():
            raise StoreError(path, "does not exist (it is created the first time the kiosk runs)")
        return
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            path,
            f"cannot create its folder {parent} ({exc.strerror}); the kiosk user needs "
            "write permission there",
        ) from None
    # os.access answers as the kernel would: for root it is (rightly) True.
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise not_writable(path)
    if not os.access(parent, os.W_OK):
        raise not_writable(path)


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; refuses newer and foreign databases (reads only)."""
    version = int(fetch_value(conn, "PRAGMA user_version"))
    if version > SCHEMA_VERSION:
        raise newer_version(path, version)
    # Reading the schema also parses it, so a damaged header or schema shows here.
    tables = {
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if version == 0 and tables - KIOSK_TABLES - {migrations.migrations_table}:
        raise damaged(path)
    return version


def newer_version(path: Path, version: int) -> StoreError:
    return StoreError(
        path,
        f"was written by a newer kiosk (schema version {version}; this kiosk knows up to "
        f"{SCHEMA_VERSION}); upgrade the kiosk software. Nothing was changed",
    )


def _set_pragmas(conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a commit reaches the disk before it returns, so a ticket number the
    # customer was shown survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    if read_only:
        return
    mode = str(fetch_value(conn, "PRAGMA journal_mode = WAL")).lower()
    if mode != "wal":
        raise StoreError(
            path,
            f"cannot use write-ahead logging (journal mode stays {mode!r}); keep the "
            "database on a local disk, never on a network share",
        )


def _migrate(db: KioskDatabase) -> None:
    """Apply pending migrations under one ``BEGIN IMMEDIATE``.

    Two kiosk processes starting together both see an old version; the write
    lock makes the second wait, and it then re-reads the version and finds
    nothing to do. sqlite-utils' per-migration ``atomic()`` becomes a SAVEPOINT.
    """
    with db.write() as conn:
        version = int(fetch_value(conn, "PRAGMA user_version"))
        if version > SCHEMA_VERSION:
            raise newer_version(db.path, version)
        if version == SCHEMA_VERSION:
            return
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    log.info("database %s upgraded from schema %d to %d", db.path, version, SCHEMA_VERSION)
