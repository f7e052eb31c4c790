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
from cli_helpers import add_staff, fails, kiosk, ok_json

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit" / "store"))
from damage import busy_database, damage_a_middle_page

from kiosk.cli import main
from kiosk.config import Config
from kiosk.diagnostics import check_config
from kiosk.store import open_stores


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


# -- clear errors, not tracebacks (in-process: the same main(), faster) ------------


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


DEEP_JSON = '{"said": ' + "[" * 1000 + "]" * 1000 + "}"
HOSTILE = [
    (("queue", "claim", "99999999999999999999", "--staff", "Ann"), "id must be a positive"),
    (("queue", "claim", str(2**63), "--staff", "Ann"), "id must be a positive"),
    (("queue", "claim", "7" * 5000, "--staff", "Ann"), "id must be a positive"),
    (("queue", "help", "--kiosk", "k", "--reason", "fraud", "--context-json", DEEP_JSON), "nested"),
    (
        (
            "queue",
            "help",
            "--kiosk",
            "k",
            "--reason",
            "fraud",
            "--context-json",
            '{"s": "\\ud800"}',
        ),
        "not valid Unicode",
    ),
    (("queue", "help", "--kiosk", "k\udcff", "--reason", "fraud"), "control characters"),
    (("queue", "help", "--kiosk", "k1\nA999  id 1", "--reason", "other"), "control characters"),
    (("queue", "help", "--kiosk", "k1", "--location", "\x1b[2J", "--reason", "other"), "control"),
    (("queue", "cancel", "1", "--staff", "Nobody"), "no staff account called 'Nobody'"),
    (("queue", "cancel", "1"), "required: --staff"),
    (("queue", "purge"), "required: --staff"),
    (("bookings", "list", "--day", "garbage"), "is not a date like"),
    (("staff", "unlock", "Ann", "--staff", "Nobody"), "no staff account"),
    (("tour", "--out", "/tmp/never", "--resolution", "0x0"), "resolution must be between"),
]


@pytest.mark.parametrize(("args", "words"), HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_gets_one_clear_line_and_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    add_staff(data_dir, "Ann")
    item = ok_json(data_dir, "queue", "take", "--service", "cash")
    fails(run_main(capsys, "--data-dir", str(data_dir), *args), words)
    assert [i["id"] for i in ok_json(data_dir, "queue", "list")] == [item["id"]]
    assert ok_json(data_dir, "queue", "list")[0]["status"] == "waiting"


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ("[speech]\nvolume = nan\n", "speech.volume"),
        ("[speech]\nvolume = inf\n", "speech.volume"),
        ("a = " + "[" * 3000 + "]" * 3000 + "\n", "nested"),
        ("[" + ".".join(["t"] * 3000) + "]\nx = 1\n", "nested deeper"),
        ('[kiosk]\nid = "k1\\nA999"\n', "control characters"),
    ],
    ids=["nan", "inf", "deep-array", "deep-table", "newline-id"],
)
def test_bad_settings_are_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], toml: str, words: str
) -> None:
    (data_dir / "kiosk.toml").write_text(toml, encoding="utf-8")
    fails(run_main(capsys, "--data-dir", str(data_dir), "queue", "list"), words)


def test_a_kiosk_toml_with_a_byte_order_mark_is_read(data_dir: Path) -> None:
    (data_dir / "kiosk.toml").write_bytes(b'\xef\xbb\xbf[kiosk]\nid = "door-2"\n')
    assert ok_json(data_dir, "queue", "take", "--service", "cash")["kiosk_id"] == "door-2"


def test_nan_volume_fails_kiosk_check(data_dir: Path) -> None:
    (data_dir / "kiosk.toml").write_text("[speech]\nvolume = nan\n", encoding="utf-8")
    assert not check_config(data_dir).ok


def test_understand_refuses_invalid_utf8(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "understand", "--lang", "en"],
        input=b"call \xff\xfe staff\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().strip().count("\n") == 0 and b"not UTF-8" in result.stderr


def test_every_cli_table_prints_one_line_per_item(data_dir: Path) -> None:
    add_staff(data_dir, "Ann")
    ok_json(data_dir, "queue", "take", "--service", "cash")
    conn = sqlite3.connect(data_dir / "kiosk.sqlite3")  # stored raw by an older kiosk
    conn.execute("UPDATE items SET kiosk_id = 'k1\nA999  id 9  ticket', location = '\x1b[2J'")
    conn.execute("UPDATE staff SET name = 'Ann\nMallory'")
    conn.commit()
    conn.close()
    listed = kiosk(data_dir, "queue", "list").stdout
    assert listed.count("\n") == 1 and "\x1b" not in listed and "\\n" in listed
    names = kiosk(data_dir, "staff", "list").stdout
    assert names == "Ann\\nMallory\n"


def test_cli_staff_actions_need_an_account_and_are_audited(data_dir: Path) -> None:
    add_staff(data_dir, "Ann", "Bob")
    item = ok_json(data_dir, "queue", "take", "--service", "cash")
    ok_json(data_dir, "queue", "cancel", str(item["id"]), "--staff", "bob")
    stores = open_stores(Config(), data_dir)
    for _ in range(5):
        stores.staff.verify("Ann", "000000")
    stores.close()
    other = ok_json(data_dir, "queue", "take", "--service", "cash")
    fails(kiosk(data_dir, "queue", "claim", str(other["id"]), "--staff", "Ann"), "locked")
    assert kiosk(data_dir, "staff", "unlock", "Ann", "--staff", "Bob").returncode == 0
    assert ok_json(data_dir, "queue", "claim", str(other["id"]), "--staff", "Ann")["claimed_by"]
    assert kiosk(data_dir, "staff", "remove", "Bob", "--staff", "Ann").returncode == 0
    assert kiosk(data_dir, "staff", "list").stdout.splitlines() == ["Ann"]
    stores = open_stores(Config(), data_dir)
    log = [(e.action, e.staff) for e in reversed(stores.staff.audit_log(100))]
    stores.close()
    for entry in [
        ("cancel", "Bob"),
        ("refused_locked", "Ann"),
        ("staff_unlock", "Bob"),
        ("claim", "Ann"),
        ("staff_remove", "Ann"),
    ]:
        assert entry in log, (entry, log)
