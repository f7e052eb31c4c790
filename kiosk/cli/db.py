"""``kiosk db``: the store's schema and moving a branch to PostgreSQL.

    kiosk [--database URL] db migrate     create or upgrade the chosen store's schema
    kiosk [--database URL] db check       connect and compare schema versions (writes nothing)
    kiosk db copy --to URL                copy this machine's SQLite data into an empty
                                          PostgreSQL database, in one transaction

The store is chosen as everywhere: ``--database``, else ``KIOSK_DATABASE_URL``,
else ``[store] url`` in kiosk.toml, else the SQLite file in the data dir.
Errors (bad URL, wrong password, unreachable or too old server, newer schema,
a target that already holds data) are one line and exit 2; nothing is written.
Passwords are never printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.errors import KioskError

if TYPE_CHECKING:  # the store (sqlite-utils, numpy: 200 ms) loads only for `kiosk db`
    from kiosk.store.dialect import Database

COMMAND = "db"


class DbCommandError(KioskError):
    """A ``kiosk db`` command was refused."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``db`` to the ``kiosk`` sub-command parser."""
    db = subparsers.add_parser(COMMAND, help="the store's schema; move a branch to PostgreSQL")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION")
    actions.add_parser("migrate", help="create or upgrade the chosen store's schema")
    actions.add_parser("check", help="connect and check the schema version (writes nothing)")
    copy = actions.add_parser("copy", help="copy the SQLite data into an empty PostgreSQL db")
    copy.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/db")


def run(args: argparse.Namespace, config: Mapping[str, Any], data_dir: Path) -> int:
    """Run ``kiosk db …``; KioskErrors propagate to the caller (one line, exit 2)."""
    action = getattr(args, "db_command", None)
    if action == "migrate":
        return _migrate(config, data_dir)
    if action == "check":
        return _check(config, data_dir)
    if action == "copy":
        return _copy(config, data_dir, args.to)
    raise DbCommandError("db needs an action: migrate, check, copy")


def _describe(db: Any) -> str:
    return str(db.path)


def _migrate(config: Mapping[str, Any], data_dir: Path) -> int:
    from kiosk.store import open_store_database
    from kiosk.store.schema import SCHEMA_VERSION

    db = open_store_database(config, data_dir, migrate=True)
    db.close()
    print(f"{_describe(db)}: schema version {SCHEMA_VERSION}, up to date")
    return 0


def _check(config: Mapping[str, Any], data_dir: Path) -> int:
    from kiosk.store import open_store_database, store_url
    from kiosk.store.schema import SCHEMA_VERSION

    db: Database
    if not store_url(config):
        from kiosk.store import database_path, open_database

        path = database_path(config, data_dir)
        db = open_database(path, read_only=True)  # refuses an older file without writing
    else:
        db = open_store_database(config, data_dir, migrate=False)
    try:
        with db.read() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM items WHERE status IN ('waiting', 'called', 'serving')"
            ).fetchone()
    finally:
        db.close()
    print(f"{_describe(db)}: schema version {SCHEMA_VERSION}, ok, {int(row[0])} open item(s)")
    return 0


def _copy(config: Mapping[str, Any], data_dir: Path, url: str) -> int:
    from kiosk.store import database_path, open_database
    from kiosk.store.pg_database import check_url, open_pg_database

    check_url(url)
    source_path = database_path(config, data_dir)
    source = open_database(source_path, read_only=True)
    try:
        target = open_pg_database(url, migrate=True)
        try:
            counts = copy_all(source, target)
        finally:
            target.close()
    finally:
        source.close()
    total = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    print(f"copied {source_path} to {target.path}: {total or 'no rows'}")
    return 0


def copy_tables() -> tuple[str, ...]:
    """The tables ``db copy`` takes: parents before children (foreign keys)."""
    from kiosk.store.schema import TABLES

    return tuple(TABLES)


def copy_all(source: Any, target: Any) -> dict[str, int]:
    """Every kiosk table from ``source`` (SQLite) into ``target`` (empty PostgreSQL).

    One transaction: a failure leaves the target exactly as it was.

    Raises:
        DbCommandError: the target already holds kiosk data.
    """
    counts: dict[str, int] = {}
    tables = copy_tables()
    with source.read() as src, target.write() as dst:
        for table in tables:
            if dst.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                raise DbCommandError(
                    f"{target.path} already holds kiosk data (table {table}); copy only into "
                    "an empty database. Nothing was copied"
                )
        for table in tables:
            cursor = src.execute(f"SELECT * FROM {table} ORDER BY 1")
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            counts[table] = len(rows)
            if not rows:
                continue
            marks = ", ".join("?" for _ in names)
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
            dst.executemany(sql, [tuple(row) for row in rows])
            if "id" in names:  # new rows continue after the copied ids
                dst.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT MAX(id) FROM {table}))"
                )
    return counts
