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

from kiosk.paths import secure_files
from kiosk.store.errors import (
    StoreDamaged,
    StoreError,
    damaged,
    is_busy,
    not_writable,
    translate,
)
from kiosk.store.schema import KIOSK_TABLES, SCHEMA_VERSION, expected_columns, migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10
HEALTH_CHECK_SECONDS = 300
MARKER_SUFFIX = ".created"

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
        self.damage: StoreDamaged | None = None
        self.health_interval = HEALTH_CHECK_SECONDS
        self._checked_at = time.monotonic()

    def _noted(self, error: StoreError) -> StoreError:
        """Remember damage seen by any read or write: issuing stops from then on."""
        if isinstance(error, StoreDamaged):
            self.damage = error
        return error

    def require_healthy(self) -> None:
        """Refuse to go on once the file is known damaged; re-check it now and then.

        ``PRAGMA quick_check`` runs at most every :attr:`health_interval`
        seconds (it reads every page, so not on each call). Damage is never
        forgotten by this connection: a ticket must not be handed out from a
        file staff may not be able to read.

        Raises:
            StoreDamaged: the file failed a read or the check.
        """
        self.check_health()
        if self.damage is not None:
            raise self.damage

    def check_health(self) -> None:
        """Run the regular integrity check when it is due; records (never raises) damage."""
        with self.lock:
            if self.damage is None and time.monotonic() - self._checked_at >= self.health_interval:
                self._checked_at = time.monotonic()
                verdict = self._fresh_check()
                if verdict != "ok":
                    self.damage = damaged(self.path, verdict)
                    log.error("numbers are no longer issued: %s", self.damage)

    def _fresh_check(self) -> str:
        """quick_check on a new connection: this one's page cache could hide damage."""
        try:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
            )
        except sqlite3.Error as exc:
            return str(exc)
        try:
            return quick_check(conn)
        except sqlite3.Error as exc:
            return str(exc)
        finally:
            conn.close()

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
                raise self._noted(translate(exc, self.path)) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._noted(translate(exc, self.path)) from exc
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
                raise self._noted(translate(exc, self.path)) from exc
            try:
                yield conn
            except sqlite3.Error as exc:
                raise self._noted(translate(exc, self.path)) from exc
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


def quick_check(conn: sqlite3.Connection) -> str:
    """SQLite's ``PRAGMA quick_check``: ``"ok"``, or what it found, on one line."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
    return "; ".join(rows) if rows else "no answer from quick_check"


def marker_path(path: Path) -> Path:
    """The small file beside the database that says "a database was created here"."""
    return path.with_name(path.name + MARKER_SUFFIX)


def database_path(config: Mapping[str, Any], data_dir: Path) -> Path:
    """Where the database lives: ``store.file``, relative to the data dir unless absolute."""
    name = Path(str(config["store.file"])).expanduser()
    return name if name.is_absolute() else data_dir / name


def open_database(
    path: Path, *, read_only: bool = False, check_pages: bool = True
) -> KioskDatabase:
    """Open (creating and migrating when needed) the kiosk database.

    Args:
        path: The SQLite file; its folder is created when missing.
        read_only: Open with ``mode=ro``; nothing is migrated or written.
        check_pages: ``PRAGMA quick_check`` every page first; only a read-only
            reader may skip it (the report: seconds on a year of events).

    Returns:
        The database, in WAL mode with ``synchronous=FULL`` and foreign keys on.

    Raises:
        StoreError: the file is damaged or not a kiosk database, was written by
            a newer kiosk, or cannot be written. The message names the file.
    """
    path = Path(path)
    _check_location(path, read_only)
    _check_marker(path)
    if not read_only and not path.exists():
        _create_private(path)
    conn = _connect(path, read_only)
    try:
        # Read and judge the file before anything can write to it: a newer or
        # foreign database must be left exactly as it was.
        version = _when_free(lambda: _inspect(conn, path, check_pages or not read_only))
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
        _when_free(lambda: _check_schema(conn, path))
        if not read_only:
            _mark(path)
            secure_files(path)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to ``path`` (``mode=ro`` when read-only); errors name the file."""
    target: str | Path = f"{path.resolve().as_uri()}?mode=ro" if read_only else path
    try:
        return sqlite3.connect(
            target,
            uri=read_only,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc


def _check_marker(path: Path) -> None:
    """A database that existed must never be silently replaced by an empty one."""
    marker = marker_path(path)
    if not marker.exists():
        return
    if not path.exists():
        problem = "has disappeared"
    elif path.is_file() and path.stat().st_size == 0:
        problem = "is empty (0 bytes)"
    else:
        return
    raise StoreError(
        path,
        f"{problem}, but a kiosk database was created here before ({marker} says so); put the "
        f"latest backup in its place and run `kiosk check`. Only to start again with no "
        f"tickets and no staff accounts on purpose, delete {marker}",
    )


def _create_private(path: Path) -> None:
    """Create the file as 0600 first: SQLite gives its -wal and -shm the same mode."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass  # another kiosk process created it a moment ago
    except OSError as exc:
        raise StoreError(path, f"cannot be created ({exc.strerror})") from None


def _mark(path: Path) -> None:
    marker = marker_path(path)
    if marker.exists():
        return
    words = (
        "A kiosk database was created beside this file. While this file exists the kiosk\n"
        "refuses to start with a missing or empty database instead of starting afresh.\n"
    )
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(words)
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("cannot write %s: %s", marker, exc.strerror)


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Every table and column this kiosk uses is there (else: damaged, not a KeyError)."""
    for table, wanted in expected_columns().items():
        found = {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}
        if not found:
            raise damaged(path, f"table {table} is missing")
        missing = sorted(wanted - found)
        if missing:
            raise damaged(path, f"table {table} lacks column {', '.join(missing)}")


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
        parent.mkdir(mode=0o700, parents=True, exist_ok=True)
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


def _inspect(conn: sqlite3.Connection, path: Path, check_pages: bool = True) -> int:
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
    # Every page, at start-up: a damaged page must stop the kiosk before it hands
    # out a number that staff cannot see.
    verdict = quick_check(conn) if check_pages else "ok"
    if verdict != "ok":
        raise damaged(path, verdict)
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
