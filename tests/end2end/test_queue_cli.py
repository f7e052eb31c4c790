"""`kiosk queue …` and `kiosk staff …`, run as the real program (the CLI contract)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import add_staff, fails, kiosk, ok_json

from kiosk.cli import main
from kiosk.store import SqliteQueueStore, open_database
from kiosk.store.schema import SCHEMA_VERSION


@pytest.fixture(params=["sqlite", "postgresql"])
def either_store(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The CLI contract on both stores: PostgreSQL through KIOSK_DATABASE_URL."""
    if request.param == "postgresql":
        monkeypatch.setenv("KIOSK_DATABASE_URL", str(request.getfixturevalue("pg_url")))
    return str(request.param)


def test_a_day_at_the_branch(data_dir: Path, either_store: str) -> None:
    add_staff(data_dir, "Ann", "Bob")
    assert kiosk(data_dir, "queue", "list").stdout.strip() == "nobody is waiting"
    first = ok_json(data_dir, "queue", "take", "--service", "cash")
    assert (first["number"], first["service"], first["status"]) == ("A001", "cash", "waiting")
    assert set(first) >= {"id", "kind", "number", "service", "status", "created_at", "notes"}
    human = kiosk(data_dir, "queue", "take", "--service", "cash", "--priority")
    assert human.returncode == 0 and human.stdout.count("\n") == 1
    assert human.stdout.startswith("A002") and "priority" in human.stdout

    context = {"screen": "journey.fraud_check.start", "said": ["4111 1111 1111 1111"], "pin": "9"}
    helped = ok_json(
        data_dir,
        "queue",
        "help",
        "--kiosk",
        "kiosk-2",
        "--reason",
        "fraud",
        "--location",
        "by the door",
        "--context-json",
        json.dumps(context),
    )
    assert (helped["number"], helped["priority"], helped["location"]) == (
        "H001",
        True,
        "by the door",
    )
    assert helped["context"] == {"screen": "journey.fraud_check.start", "said": ["•••• 1111"]}

    listed = ok_json(data_dir, "queue", "list")
    assert [i["number"] for i in listed] == ["H001", "A002", "A001"]
    lines = kiosk(data_dir, "queue", "list").stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["H001", "A002", "A001"]

    claimed = ok_json(data_dir, "queue", "claim", str(helped["id"]), "--staff", "Ann")
    assert (claimed["status"], claimed["claimed_by"]) == ("called", "Ann")
    again = ok_json(data_dir, "queue", "claim", str(helped["id"]), "--staff", "Ann")
    assert again["claimed_by"] == "Ann"
    fails(
        kiosk(data_dir, "queue", "claim", str(helped["id"]), "--staff", "Bob"),
        "H001 is already being handled by Ann",
    )
    assert ok_json(data_dir, "queue", "serve", str(helped["id"]), "--staff", "Ann")["serving_at"]
    finished = ok_json(data_dir, "queue", "done", str(helped["id"]), "--staff", "Ann")
    assert finished["status"] == "done" and finished["closed_at"]
    fails(
        kiosk(data_dir, "queue", "done", str(first["id"]), "--staff", "Ann"),
        "A001 is waiting",
        "cannot become done",
    )
    cancelled = ok_json(data_dir, "queue", "cancel", str(first["id"]), "--staff", "Bob")
    assert cancelled["status"] == "cancelled"
    assert [i["number"] for i in ok_json(data_dir, "queue", "list")] == ["A002"]
    # The PostgreSQL run really used the server: no SQLite file was made.
    assert (data_dir / "kiosk.sqlite3").exists() == (either_store == "sqlite")


MISTAKES = [
    (("queue", "take", "--service", "stamps"), ("unknown service 'stamps'", "cash")),
    (("queue", "claim", "-3", "--staff", "Ann"), ("id must be a positive whole number",)),
    (("queue", "claim", "abc", "--staff", "Ann"), ("id must be a positive whole number",)),
    (("queue", "serve", "0", "--staff", "Ann"), ("id must be a positive whole number",)),
    (("queue", "done", "999", "--staff", "Ann"), ("no ticket or help request with id 999",)),
    (("queue", "help", "--kiosk", "k", "--reason", "bored"), ("unknown reason 'bored'",)),
    (
        ("queue", "help", "--kiosk", "k", "--reason", "fraud", "--context-json", "[1]"),
        ("--context-json must be a JSON object",),
    ),
    (("queue", "take"), ("required", "--service")),
    (("queue",), ("queue needs an action", "take")),
]


@pytest.mark.parametrize(("args", "words"), MISTAKES[:3])
def test_mistakes_get_one_clear_line(data_dir: Path, args: tuple[str, ...], words: str) -> None:
    fails(kiosk(data_dir, *args), *words)


@pytest.mark.parametrize(("args", "words"), MISTAKES[3:])
def test_more_mistakes_in_process(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    """The same main() as above, without a new interpreter each time (faster)."""
    add_staff(data_dir, "Ann")
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    fails(subprocess.CompletedProcess(args, code, captured.out, captured.err), *words)


def test_a_damaged_database_is_named(data_dir: Path) -> None:
    (data_dir / "kiosk.sqlite3").write_bytes(b"not sqlite at all\n" * 100)
    fails(
        kiosk(data_dir, "queue", "list"),
        str(data_dir / "kiosk.sqlite3"),
        "is not a kiosk database or is damaged",
    )


def test_a_newer_database_asks_for_an_upgrade(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / "kiosk.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    fails(kiosk(data_dir, "queue", "take", "--service", "cash"), "upgrade the kiosk")


def test_an_unusable_data_dir_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    fails(kiosk(blocker / "data", "queue", "list"), "is a file, not a folder")


def test_the_database_file_follows_the_setting(data_dir: Path) -> None:
    (data_dir / "kiosk.toml").write_text('[store]\nfile = "branch/queue.db"\n')
    ok_json(data_dir, "queue", "take", "--service", "loan")
    assert (data_dir / "branch" / "queue.db").exists()
    assert not (data_dir / "kiosk.sqlite3").exists()


def test_staff_accounts(data_dir: Path, either_store: str) -> None:
    added = kiosk(data_dir, "staff", "add", "Ann Lee", "--pin-stdin", stdin="246813\n")
    assert added.returncode == 0, added.stderr
    assert "246813" not in added.stdout + added.stderr
    fails(kiosk(data_dir, "staff", "add", "Bob", "--pin-stdin", stdin="135792\n"), "--staff")
    bob = kiosk(
        data_dir, "staff", "add", "Bob", "--pin-stdin", "--staff", "ann lee", stdin="135792\n"
    )
    assert bob.returncode == 0, bob.stderr
    by_ann = ("--staff", "Ann Lee")
    fails(
        kiosk(data_dir, "staff", "add", "ann lee", "--pin-stdin", *by_ann, stdin="975318\n"),
        "exists",
    )
    fails(
        kiosk(data_dir, "staff", "add", "Cy", "--pin-stdin", *by_ann, stdin="2468\n"),
        "6 to 8 digits",
    )
    fails(kiosk(data_dir, "staff", "add", "Cy", *by_ann, stdin=""), "--pin-stdin")
    assert kiosk(data_dir, "staff", "list").stdout.splitlines() == ["Ann Lee", "Bob"]


def test_purge_wipes_earlier_days(data_dir: Path) -> None:
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    db = open_database(data_dir / "kiosk.sqlite3")
    store = SqliteQueueStore(db, now=lambda: yesterday)
    old = store.request_help(kiosk_id="k", context={"said": ["my son's phone number"]})
    db.close()
    add_staff(data_dir, "Ann")
    result = kiosk(data_dir, "queue", "purge", "--staff", "Ann")
    assert result.returncode == 0, result.stderr
    assert "closed 1 item(s)" in result.stdout and "from 1 day(s)" in result.stdout
    db = open_database(data_dir / "kiosk.sqlite3")
    assert SqliteQueueStore(db).get(old.id).context == {}
    db.close()


def test_help_lists_the_queue_actions(data_dir: Path) -> None:
    result = kiosk(data_dir, "queue", "--help")
    assert result.returncode == 0
    for action in ("take", "help", "list", "claim", "serve", "done", "cancel", "purge"):
        assert action in result.stdout
