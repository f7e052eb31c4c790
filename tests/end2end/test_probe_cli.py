"""Issue 16, from the command line: damaged or vanished data, private files, and one
clear line (exit 2) instead of a traceback for hostile input."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import fails, kiosk, ok_json

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit" / "store"))
from damage import busy_database, damage_a_middle_page


def test_a_damaged_page_stops_take_with_one_line(data_dir: Path) -> None:
    db = data_dir / "kiosk.sqlite3"
    busy_database(db)
    damage_a_middle_page(db)
    fails(kiosk(data_dir, "queue", "take", "--service", "cash"), "damaged", "restore the backup")
    check = kiosk(data_dir, "check")
    assert check.returncode != 0
    assert "damaged" in check.stdout and "restore the backup" in check.stdout


def test_an_emptied_database_is_reported_not_restarted(data_dir: Path) -> None:
    assert ok_json(data_dir, "queue", "take", "--service", "cash")["number"] == "A001"
    db = data_dir / "kiosk.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"")
    fails(kiosk(data_dir, "queue", "take", "--service", "cash"), "is empty", "backup")
    assert db.stat().st_size == 0
    assert "is empty" in kiosk(data_dir, "check").stdout


def test_a_missing_column_is_reported_as_damage(data_dir: Path) -> None:
    ok_json(data_dir, "queue", "take", "--service", "cash")
    conn = sqlite3.connect(data_dir / "kiosk.sqlite3")
    conn.execute("ALTER TABLE items DROP COLUMN thanked_staff")
    conn.commit()
    conn.close()
    fails(kiosk(data_dir, "queue", "list"), "items lacks column thanked_staff")


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_data_dir_is_an_error(tmp_path: Path, value: str) -> None:
    here = tmp_path / "cwd"
    here.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", value, "queue", "take", "--service", "cash"],
        capture_output=True,
        text=True,
        cwd=here,
        timeout=60,
    )
    fails(result, "--data-dir is empty")
    assert list(here.iterdir()) == []


def test_the_data_dir_and_its_files_are_private(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    ok_json(data, "queue", "take", "--service", "cash")
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in data.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    os.chmod(data, 0o755)
    os.chmod(data / "kiosk.sqlite3", 0o644)
    result = kiosk(data, "queue", "list")
    assert result.returncode == 0 and result.stderr == ""
    assert "repaired permissions" in (data / "logs" / "kiosk.log").read_text()
    assert stat.S_IMODE((data / "logs" / "kiosk.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "kiosk.sqlite3").stat().st_mode) == 0o600
