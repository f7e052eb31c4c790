"""Opening, migrating and refusing database files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.core.errors import KioskError
from kiosk.diagnostics import check_database
from kiosk.store import SqliteQueueStore, StoreError, database_path, open_database
from kiosk.store.schema import KIOSK_TABLES, MIGRATION_NAMES, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fresh_database_gets_the_schema_and_the_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    conn = db.conn
    assert set(db.table_names()) >= KIOSK_TABLES
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
    applied = [r["name"] for r in db["_sqlite_migrations"].rows]
    assert applied == MIGRATION_NAMES
    unique = [i for i in db.table("items").indexes if i.unique]
    assert any(i.columns == ["day", "series", "number"] for i in unique)
    db.close()


def test_reopening_an_up_to_date_database_writes_nothing(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    assert db.conn.total_changes == 0
    assert db["_sqlite_migrations"].count == len(MIGRATION_NAMES)
    db.close()


def test_the_database_lives_in_the_data_dir_unless_absolute(tmp_path: Path) -> None:
    assert database_path(Config(), tmp_path) == tmp_path / "kiosk.sqlite3"
    elsewhere = tmp_path / "other" / "q.db"
    assert database_path(Config({"store.file": str(elsewhere)}), tmp_path) == elsewhere


def test_a_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert f"schema version {SCHEMA_VERSION + 1}" in message
    assert f"knows up to {SCHEMA_VERSION}" in message
    assert "upgrade the kiosk" in message
    assert isinstance(caught.value, KioskError)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()  # never even switched to WAL


@pytest.mark.parametrize(
    "content",
    [b"this is a text file, not a database\n" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "damaged-header"],
)
def test_a_file_that_is_not_a_database_names_the_file(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert "is not a kiosk database or is damaged" in message
    assert "restore the backup" in message
    assert db_path.read_bytes() == content


def test_another_programs_sqlite_file_is_not_taken_over(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a kiosk database"):
        open_database(db_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_file_says_which_permission_is_needed(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.chmod(0o444)
    try:
        with pytest.raises(StoreError) as caught:
            open_database(db_path)
    finally:
        db_path.chmod(0o644)
    assert str(db_path) in str(caught.value)
    assert "read and write permission" in str(caught.value)


def test_a_folder_that_is_a_file_fails_clearly_even_as_root(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    path = blocker / "kiosk.sqlite3"
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert "is a file, not a folder" in str(caught.value)


def test_writing_to_a_read_only_database_names_the_file_and_the_permission(
    db_path: Path,
) -> None:
    # mode=ro behaves like a read-only mount, and refuses writes even for root.
    open_database(db_path).close()
    db = open_database(db_path, read_only=True)
    store = SqliteQueueStore(db)
    assert store.list_open() == []
    with pytest.raises(StoreError) as caught:
        store.take_ticket("cash")
    assert str(db_path) in str(caught.value)
    assert "read and write permission" in str(caught.value)
    assert store.list_open() == []  # nothing half-written
    db.close()


def test_a_read_only_database_that_needs_upgrading_says_so(db_path: Path) -> None:
    sqlite3.connect(db_path).close()  # an empty, version-0 file
    with pytest.raises(StoreError, match="with write permission so it can upgrade"):
        open_database(db_path, read_only=True)
    with pytest.raises(StoreError, match="does not exist"):
        open_database(db_path.with_name("missing.sqlite3"), read_only=True)


def test_kiosk_processes_starting_together_migrate_once(db_path: Path) -> None:
    start_at = time.time() + 1.0
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from kiosk.store import open_database\n"
        f"time.sleep(max(0, {start_at} - time.time()))\n"
        "db = open_database(Path(sys.argv[1]))\n"
        "print(db.conn.execute('PRAGMA user_version').fetchone()[0])\n"
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for child in children:
        out, err = child.communicate(timeout=30)
        assert child.returncode == 0, err
        assert out.strip() == str(SCHEMA_VERSION)
    db = open_database(db_path)
    assert db["_sqlite_migrations"].count == len(MIGRATION_NAMES)
    db.close()


def test_kiosk_check_reports_the_database(data_dir: Path, db_path: Path) -> None:
    assert check_database(data_dir).ok  # not created yet: fine
    open_database(db_path).close()
    result = check_database(data_dir)
    assert result.ok and "0 open item(s)" in result.detail
    db_path.write_bytes(b"garbage" * 1000)
    result = check_database(data_dir)
    assert not result.ok
    assert "is not a kiosk database or is damaged" in result.detail
