"""Data that must never be wrong: damage stops issuing, a vanished database is
reported (never recreated), the day closes while a process runs, files are private."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from damage import busy_database, damage_a_middle_page
from fake_clock import BRANCH_TZ, FakeClock

from kiosk.config import Config
from kiosk.diagnostics import check_database
from kiosk.queue.models import QueueError, Status
from kiosk.store import SqliteQueueStore, StoreDamaged, StoreError, open_database, open_stores
from kiosk.store.database import marker_path


def test_a_damaged_middle_page_stops_issuing_at_start_up(db_path: Path) -> None:
    busy_database(db_path)
    damage_a_middle_page(db_path)
    with pytest.raises(StoreDamaged) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert "damaged" in message and "restore the backup" in message and "kiosk check" in message
    assert not check_database(db_path.parent).ok


def test_damage_found_while_running_stops_issuing(db_path: Path) -> None:
    busy_database(db_path)
    db = open_database(db_path)
    store = SqliteQueueStore(db)
    assert store.take_ticket("cash").label == "A001"
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_a_middle_page(db_path)
    db.health_interval = 0  # the regular check is due now
    with pytest.raises(StoreDamaged):
        store.take_ticket("cash")
    with pytest.raises(StoreDamaged):  # and it stays stopped
        store.request_help(kiosk_id="k1")
    db.close()


def test_a_failed_read_stops_issuing(db_path: Path) -> None:
    db = open_database(db_path)
    store = SqliteQueueStore(db)
    db.damage = None
    # What a read of a damaged page raises, as SQLite reports it.
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11  # type: ignore[attr-defined]
    with pytest.raises(StoreError), db.read():
        raise error
    with pytest.raises(StoreDamaged):
        store.take_ticket("cash")
    db.close()


@pytest.mark.parametrize("how", ["emptied", "deleted"])
def test_a_database_that_existed_is_never_silently_recreated(db_path: Path, how: str) -> None:
    db = open_database(db_path)
    SqliteQueueStore(db).take_ticket("cash")
    db.close()
    assert marker_path(db_path).exists()
    if how == "emptied":
        db_path.write_bytes(b"")
    else:
        db_path.unlink()
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    assert str(marker_path(db_path)) in str(caught.value)
    assert not db_path.exists() or db_path.stat().st_size == 0  # left as it was
    result = check_database(db_path.parent)
    assert not result.ok and "backup" in result.detail


@pytest.mark.parametrize(
    ("ddl", "words"),
    [
        ("ALTER TABLE items DROP COLUMN claimed_by", "items lacks column claimed_by"),
        ("DROP TABLE staff", "table staff is missing"),
    ],
)
def test_a_missing_column_or_table_is_damage(db_path: Path, ddl: str, words: str) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(ddl)
    conn.commit()
    conn.close()
    with pytest.raises(StoreDamaged, match=words):
        open_database(db_path)
    result = check_database(db_path.parent)
    assert not result.ok and words in result.detail


def test_the_day_rolls_over_at_midnight_while_running(db_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 16, 0, tzinfo=BRANCH_TZ))
    db = open_database(db_path)
    kiosk = SqliteQueueStore(db, now=clock)
    console = SqliteQueueStore(open_database(db_path), now=clock)  # another process
    old = kiosk.take_ticket("cash")
    assert [i.label for i in console.list_open()] == ["A001"]
    clock.advance(hours=9)  # 01:00 next day; neither process restarted
    new = kiosk.take_ticket("cash")
    assert new.label == "A001" and new.day == "2025-03-04"
    assert [i.id for i in console.list_open()] == [new.id]
    assert console.call_next("ann").id == new.id  # never yesterday's first
    assert kiosk.get(old.id).status is Status.CANCELLED
    console.db.close()
    db.close()


def test_open_items_close_at_the_configured_closing_time(db_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 17, 0, tzinfo=BRANCH_TZ))
    config = Config({"queue.closing_time": "18:00"})
    stores = open_stores(config, db_path.parent, now=clock)
    console = open_stores(config, db_path.parent, now=clock)
    before = stores.queue.take_ticket("cash")
    clock.advance(minutes=45)
    assert [i.id for i in console.queue.list_open()] == [before.id]
    clock.advance(minutes=30)  # 18:15: closed
    console.queue.tick()  # the console's regular poll
    assert stores.queue.get(before.id).status is Status.CANCELLED
    late = stores.queue.take_ticket("cash")  # taken after closing: waits until midnight
    assert [i.id for i in console.queue.list_open()] == [late.id]
    console.close()
    stores.close()


def test_the_closing_time_setting_is_checked() -> None:
    for bad in ("6pm", "24:00", "18:0", "１８:００"):
        with pytest.raises(Exception, match=r"queue\.closing_time"):
            Config({"queue.closing_time": bad})
    assert Config({"queue.closing_time": "17:30"})["queue.closing_time"] == "17:30"


def test_database_files_are_private_and_looser_modes_are_repaired(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    old = os.umask(0o022)
    try:
        db = open_database(db_path)
        SqliteQueueStore(db).take_ticket("cash")
        for suffix in ("", "-wal", "-shm"):
            mode = stat.S_IMODE(Path(f"{db_path}{suffix}").stat().st_mode)
            assert mode == 0o600, (suffix, oct(mode))
        db.close()
        os.chmod(db_path, 0o644)
        open_database(db_path).close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert any("repaired permissions" in r.getMessage() for r in caplog.records)


def test_notes_mask_pins_and_numbers_split_across_two_notes(store: SqliteQueueStore) -> None:
    item = store.request_help(kiosk_id="k1")
    store.add_note(item.id, "ann", "she said pin 2468")
    store.add_note(item.id, "ann", "card 4111")  # four digits: nothing to hide alone
    store.add_note(item.id, "ann", "1111.1111  1111 blocked")
    store.add_note(item.id, "bob", "密码是 二四六八一三")
    store.add_note(item.id, "bob", "비밀번호 2468 라고 함")
    texts = [n["text"] for n in store.get(item.id).notes]
    assert texts == [
        "she said pin ••••",
        "card ••••",
        "•••• 1111 blocked",
        "密码 ••••",
        "비밀번호 ••••",
    ]
    raw = store.db.conn.execute("SELECT group_concat(text) FROM notes").fetchone()[0]
    assert "2468" not in raw and "4111" not in raw


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kiosk_id", "kiosk-1\nA999  id 1  ticket"),
        ("location", "hall\x1b[2J"),
        ("kiosk_id", "k\u202e1"),
    ],
)
def test_control_characters_in_kiosk_ids_and_locations_are_refused(
    store: SqliteQueueStore, field: str, value: str
) -> None:
    values = {"kiosk_id": "k1", "location": "hall", field: value}
    with pytest.raises(QueueError, match="control characters"):
        store.request_help(**values)
    with pytest.raises(QueueError, match="control characters"):
        store.claim(1, "Ann\nBob")
    assert store.list_open() == []


def test_kiosk_check_reports_a_data_dir_others_can_read(data_dir: Path) -> None:
    from kiosk.diagnostics import check_data_dir

    assert check_data_dir(data_dir).ok
    os.chmod(data_dir, 0o755)
    result = check_data_dir(data_dir)
    assert not result.ok and "755" in result.detail and "chmod 700" in result.fix
