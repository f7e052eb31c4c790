"""The PostgreSQL store's connection (the only importer of psycopg).

:class:`PgDatabase` offers what the queue, staff, draft and booking stores use
of :class:`~kiosk.store.database.KioskDatabase` (``write()``, ``read()``,
``lock``, ``commits``, health, ``conn.execute`` with ``?`` placeholders), so the
same store code runs on both. Writers run side by side (READ COMMITTED); the
store code locks the rows it changes (:mod:`kiosk.store.dialect`).

Every committed change sends ``NOTIFY kiosk_changes`` with the tables and ids
it changed (:mod:`kiosk.store.changes`: ids only, never customer text), and
bumps the ``kiosk_changes`` sequence that screens poll as a change token.

Credentials come from the URL, ``PGPASSFILE`` (~/.pgpass) or ``PGPASSWORD``;
they are never logged or shown: messages name ``user@host:port/database`` only.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import conninfo, errors

from kiosk.store.changes import ChangeSet, written_table
from kiosk.store.errors import StoreError
from kiosk.store.pg_schema import BOOKKEEPING, PG_MIGRATIONS
from kiosk.store.schema import MIGRATION_NAMES, SCHEMA_VERSION, expected_columns

log = logging.getLogger(__name__)

MIN_SERVER_VERSION = 130000  # 13: citext is a trusted extension; all we use is there
CONNECT_TIMEOUT_SECONDS = 5
NOTIFY_CHANNEL = "kiosk_changes"
URL_SCHEMES = ("postgresql://", "postgres://")

Params = Sequence[Any] | Mapping[str, Any]


def is_postgres_url(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().startswith(URL_SCHEMES)


def describe_url(url: str) -> str:
    """``postgresql://user@host:port/database``: the URL without any password."""
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "postgresql://(unreadable URL)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname', '')}"


@lru_cache(maxsize=512)
def to_postgres(sql: str) -> str:
    """The shared SQL in PostgreSQL's spelling (placeholders, a JSON list, NOCASE)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    sql = sql.replace("json_each(%s)", "json_array_elements_text(CAST(%s AS json))")
    return re.sub(r"\s+COLLATE NOCASE", "", sql)


class PgConnection:
    """``execute(sql, params)`` like ``sqlite3.Connection``, on a psycopg connection.

    Attributes:
        postgres_writing: Inside :meth:`PgDatabase.write` (rows read are locked).
        changes: Rows changed by this write transaction.
        changed: The tables and ids it changed (the NOTIFY payload).
    """

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        self.postgres_writing = False
        self.changes = 0
        self.changed = ChangeSet()

    def execute(self, sql: str, params: Params = ()) -> psycopg.Cursor[Any]:
        cursor = self.raw.execute(to_postgres(sql), params)
        if self.postgres_writing and cursor.rowcount > 0 and not sql.lstrip().startswith("SELECT"):
            self._count(sql, cursor.rowcount)
        return cursor

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Many rows through one statement (the event record's batches)."""
        with self.raw.cursor() as cursor:
            cursor.executemany(to_postgres(sql), rows)
            if self.postgres_writing and cursor.rowcount > 0:
                self._count(sql, cursor.rowcount)

    def note_change(self, kind: str, key: object) -> None:
        """Name a changed row in this transaction's notification (:func:`dialect.note_change`)."""
        if self.postgres_writing:
            self.changed.note(kind, key)

    def _count(self, sql: str, rows: int) -> None:
        self.changes += rows
        table = written_table(sql)
        if table is not None:
            self.changed.tables.add(table)


class PgDatabase:
    """A kiosk database on a PostgreSQL server, one connection, reconnecting.

    Attributes:
        path: ``postgresql://user@host:port/db`` (no password), for messages.
        dialect: ``"postgresql"``.
        lock: Held for each transaction (the connection is shared by threads).
        commits: Write transactions committed that changed something.
    """

    dialect = "postgresql"

    def __init__(self, url: str, raw: psycopg.Connection[Any], *, read_only: bool = False) -> None:
        self.url = url
        self.path = describe_url(url)
        self.read_only = read_only
        self.lock = threading.RLock()
        self.commits = 0
        self.damage: StoreError | None = None
        self.health_interval = 300
        self._conn = PgConnection(raw)

    # -- the connection ----------------------------------------------------------

    @property
    def conn(self) -> PgConnection:
        """The connection, reconnected first when the server went away and came back."""
        with self.lock:
            if self._conn.raw.closed or self._conn.raw.broken:
                self._conn = PgConnection(_connect(self.url))
                log.info("reconnected to %s", self.path)
            return self._conn

    def execute(self, sql: str, params: Params = ()) -> psycopg.Cursor[Any]:
        with self.lock:
            try:
                return self.conn.execute(sql, params)
            except psycopg.Error as exc:
                raise translate(exc, self.path) from exc

    def close(self) -> None:
        with self.lock:
            self._conn.raw.close()

    def require_healthy(self) -> None:
        """Nothing to re-check: the server guards its own pages (checksums, WAL)."""

    def check_health(self) -> None:
        """See :meth:`require_healthy`."""

    # -- transactions --------------------------------------------------------------

    def _begin(self, statement: str) -> PgConnection:
        """Start a transaction, reconnecting once if the server restarted meanwhile.

        An idle connection learns that its server went away only when it next
        speaks; a failed BEGIN has done nothing yet, so one fresh try is safe.
        """
        for attempt in (1, 2):
            try:
                conn = self.conn
                conn.raw.execute(statement)
                return conn
            except psycopg.OperationalError as exc:
                if attempt == 2 or not (self._conn.raw.closed or self._conn.raw.broken):
                    raise translate(exc, self.path) from exc
            except psycopg.Error as exc:
                raise translate(exc, self.path) from exc
        raise AssertionError("unreachable")

    @contextmanager
    def write(self) -> Iterator[PgConnection]:
        """``BEGIN`` … ``COMMIT`` (with NOTIFY); on any exception ``ROLLBACK``.

        When the block returns normally the change is committed on the server
        before the caller sees the result.

        Raises:
            StoreError: the server cannot be reached or refused the change.
        """
        if self.read_only:
            raise StoreError(self.path, "was opened read-only; nothing can be changed")
        with self.lock:
            conn = self._begin("BEGIN")
            conn.postgres_writing = True
            conn.changes = 0
            conn.changed.clear()
            try:
                yield conn
                if conn.changes:  # delivered at COMMIT, to every listener, with the ids
                    conn.raw.execute(
                        "SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, conn.changed.payload())
                    )
                conn.raw.execute("COMMIT")
            except BaseException as exc:
                conn.postgres_writing = False
                _rollback(conn)
                if isinstance(exc, psycopg.Error):
                    raise translate(exc, self.path) from exc
                raise
            conn.postgres_writing = False
            if conn.changes:
                self.commits += 1
                # After COMMIT: a screen that sees the token move finds the change. If
                # this fails the change is still committed; the slow safety poll sees it.
                with suppress(psycopg.Error):
                    conn.raw.execute("SELECT nextval('kiosk_changes')")

    @contextmanager
    def read(self) -> Iterator[PgConnection]:
        """A consistent snapshot for several SELECTs (REPEATABLE READ, read only)."""
        with self.lock:
            conn = self._begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield conn
            except psycopg.Error as exc:
                raise translate(exc, self.path) from exc
            finally:
                _rollback(conn)

    def change_token(self, previous: int) -> int:
        """Moves when any process commits a change; never blocks a busy connection."""
        if not self.lock.acquire(blocking=False):
            return previous
        try:
            if self._conn.raw.closed or self._conn.raw.broken:
                return previous
            row = self._conn.raw.execute(
                "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM kiosk_changes"
            ).fetchone()
            return int(row[0]) if row else previous
        except psycopg.Error:
            return previous
        finally:
            self.lock.release()


def _rollback(conn: PgConnection) -> None:
    if conn.raw.closed or conn.raw.broken:
        return
    with suppress(psycopg.Error):
        conn.raw.execute("ROLLBACK")


# -- errors ------------------------------------------------------------------------


def translate(exc: psycopg.Error, where: str) -> StoreError:
    """A psycopg error as one line a technician can act on (never the password)."""
    if isinstance(exc, errors.UniqueViolation):
        return StoreError(where, f"refused a duplicate ({exc.diag.constraint_name}); try again")
    if isinstance(exc, errors.InsufficientPrivilege):
        return StoreError(
            where, f"the database user lacks a permission ({exc.diag.message_primary})"
        )
    if isinstance(exc, psycopg.OperationalError):
        return unreachable(where, exc)
    return StoreError(where, f"unexpected database error: {exc.diag.message_primary or exc}")


def unreachable(where: str, exc: BaseException) -> StoreError:
    text = " ".join(str(exc).split())
    if "password authentication failed" in text or "no password supplied" in text:
        return StoreError(
            where,
            "the server refused the user name or password; check the URL, the password file "
            "(PGPASSFILE) or PGPASSWORD",
        )
    if re.search(r'database "[^"]*" does not exist', text):
        return StoreError(where, "the database does not exist; create it on the server first")
    return StoreError(
        where,
        "cannot reach the database server (it is stopped, or the network is down); "
        "nothing was saved",
    )


# -- opening, migrating ------------------------------------------------------------------


def _connect(url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(
        url,
        autocommit=True,
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        application_name="kiosk",
        # A dropped network shows within seconds instead of a TCP timeout's minutes.
        keepalives=1,
        keepalives_idle=5,
        keepalives_interval=2,
        keepalives_count=2,
    )


def check_url(url: str) -> str:
    """The URL, or StoreError when it is not one psycopg can read."""
    label = describe_url(url)
    if not is_postgres_url(url):
        scheme = str(url).split(":", 1)[0][:20] if ":" in str(url) else "(no scheme)"
        raise StoreError(f"URL {scheme}:…", "is not a PostgreSQL URL; it starts with postgresql://")
    try:
        conninfo.conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise StoreError(label, f"is not a valid URL ({exc})") from None
    return url


def open_pg_database(url: str, *, migrate: bool = True, read_only: bool = False) -> PgDatabase:
    """Connect, check the server and the schema, migrate when needed.

    Args:
        url: ``postgresql://user[:password]@host[:port]/database``.
        migrate: Bring an older (or empty) database up to this kiosk's schema.
            ``False``: refuse an older one, write nothing.
        read_only: Refuse every later write.

    Raises:
        StoreError: bad URL, unreachable server, wrong password, unsupported
            server version, a newer or foreign schema. Nothing is written then.
    """
    check_url(url)
    label = describe_url(url)
    try:
        raw = _connect(url)
    except psycopg.Error as exc:
        raise unreachable(label, exc) from None
    try:
        if raw.info.server_version < MIN_SERVER_VERSION:
            shown = f"{raw.info.server_version // 10000}"
            raise StoreError(
                label,
                f"is PostgreSQL {shown}; the kiosk needs PostgreSQL "
                f"{MIN_SERVER_VERSION // 10000} or newer. Nothing was changed",
            )
        db = PgDatabase(url, raw, read_only=read_only)
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            raise newer_version(label, version)
        if version < SCHEMA_VERSION:
            if not migrate or read_only:
                raise StoreError(
                    label,
                    f"has schema version {version} but this kiosk needs {SCHEMA_VERSION}; "
                    "run `kiosk db migrate` first",
                )
            _migrate(db)
        check_schema(db)
    except psycopg.Error as exc:
        raw.close()
        raise translate(exc, label) from exc
    except BaseException:
        raw.close()
        raise
    return db


def newer_version(label: str, version: int) -> StoreError:
    return StoreError(
        label,
        f"was written by a newer kiosk (schema version {version}; this kiosk knows up to "
        f"{SCHEMA_VERSION}); upgrade the kiosk software. Nothing was changed",
    )


def _tables(db: PgDatabase) -> set[str]:
    rows = db.conn.raw.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {str(r[0]) for r in rows}


def schema_version(db: PgDatabase) -> int:
    """0 for an empty database; refuses a database that holds someone else's tables."""
    tables = _tables(db)
    if "kiosk_schema" not in tables:
        if tables:
            raise StoreError(
                db.path,
                f"is not empty and is not a kiosk database (it has {', '.join(sorted(tables)[:3])}"
                "…); use an empty database",
            )
        return 0
    row = db.conn.raw.execute("SELECT max(version) FROM kiosk_schema").fetchone()
    return int(row[0] or 0) if row else 0


def _migrate(db: PgDatabase) -> None:
    """All pending migrations in one transaction (PostgreSQL DDL is transactional).

    An advisory lock makes a second kiosk starting at the same moment wait and
    then find nothing to do, as ``BEGIN IMMEDIATE`` does on SQLite.
    """
    missing = [name for name in MIGRATION_NAMES if name not in PG_MIGRATIONS]
    if missing:  # a programming error: caught by the tests, never by a branch
        raise StoreError(db.path, f"has no PostgreSQL migration for {', '.join(missing)}")
    raw = db.conn.raw
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(hashtext('kiosk:migrate'))")
        for statement in BOOKKEEPING:
            raw.execute(statement)
        row = raw.execute("SELECT max(version) FROM kiosk_schema").fetchone()
        version = int(row[0] or 0) if row else 0
        if version > SCHEMA_VERSION:
            raise newer_version(db.path, version)
        for name in MIGRATION_NAMES[version:]:
            for statement in PG_MIGRATIONS[name]:
                raw.execute(statement)
        raw.execute("DELETE FROM kiosk_schema")
        raw.execute("INSERT INTO kiosk_schema (version) VALUES (%s)", (SCHEMA_VERSION,))
    if version < SCHEMA_VERSION:
        log.info("database %s upgraded from schema %d to %d", db.path, version, SCHEMA_VERSION)


def check_schema(db: PgDatabase) -> None:
    """Every table and column the kiosk uses is there (the same as on SQLite)."""
    rows = db.conn.raw.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(str(table), set()).add(str(column))
    for table, wanted in expected_columns().items():
        if table not in found:
            raise StoreError(db.path, f"table {table} is missing; run `kiosk db migrate`")
        missing = sorted(wanted - found[table])
        if missing:
            raise StoreError(db.path, f"table {table} lacks column {', '.join(missing)}")
