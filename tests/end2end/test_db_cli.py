"""`kiosk db …` and the queue CLI on PostgreSQL, run as the real program; bad input and
a server that goes away."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import STAFF_PIN, add_staff, fails, kiosk, ok_json
from pg_server import PASSWORD, PgServer

from kiosk.cli import main
from kiosk.config import Config
from kiosk.store import SqliteQueueStore, StaffStore
from kiosk.store.pg_database import open_pg_database
from kiosk.store.schema import SCHEMA_VERSION


def tables(server: PgServer, url: str) -> str:
    return server.sql(
        "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
        "WHERE table_schema = 'public'",
        url.rsplit("/", 1)[1],
    )


def test_the_queue_cli_runs_on_postgresql(data_dir: Path, pg_url: str) -> None:
    taken = ok_json(data_dir, "--database", pg_url, "queue", "take", "--service", "cash")
    again = ok_json(data_dir, "--database", pg_url, "queue", "take", "--service", "cash")
    assert (taken["number"], again["number"]) == ("A001", "A002")
    listed = kiosk(data_dir, "--database", pg_url, "queue", "list")
    assert listed.returncode == 0 and "A001" in listed.stdout and "A002" in listed.stdout
    # Nothing went to the SQLite file: the store was the server.
    assert not (data_dir / "kiosk.sqlite3").exists()


def test_the_url_can_come_from_the_environment_or_kiosk_toml(
    data_dir: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "kiosk.toml").write_text(f'[store]\nurl = "{pg_url}"\n')
    assert ok_json(data_dir, "queue", "take", "--service", "loan")["number"] == "D001"
    (data_dir / "kiosk.toml").write_text("")
    monkeypatch.setenv("KIOSK_DATABASE_URL", pg_url)
    assert ok_json(data_dir, "queue", "take", "--service", "loan")["number"] == "D002"
    assert not (data_dir / "kiosk.sqlite3").exists()


def test_migrate_then_check(data_dir: Path, pg_url: str, pg_server: PgServer) -> None:
    unready = kiosk(data_dir, "--database", pg_url, "db", "check")
    fails(unready, "schema version 0", "kiosk db migrate")
    assert tables(pg_server, pg_url) == ""  # check wrote nothing
    done = kiosk(data_dir, "--database", pg_url, "db", "migrate")
    assert done.returncode == 0, done.stderr
    assert f"schema version {SCHEMA_VERSION}" in done.stdout
    checked = kiosk(data_dir, "--database", pg_url, "db", "check")
    assert checked.returncode == 0 and "0 open item(s)" in checked.stdout
    assert PASSWORD not in done.stdout + checked.stdout


def test_a_wrong_password_is_one_line_and_writes_nothing(
    data_dir: Path, pg_url: str, pg_server: PgServer
) -> None:
    wrong = pg_url.replace(f":{PASSWORD}@", ":not-the-password@")
    result = kiosk(data_dir, "--database", wrong, "db", "migrate")
    fails(result, "refused the user name or password")
    assert "not-the-password" not in result.stderr
    assert tables(pg_server, pg_url) == ""


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://kiosk@db/branch", "not a PostgreSQL URL"),
        ("postgresql://kiosk@127.0.0.1:1/branch", "cannot reach the database server"),
        ("postgresql://kiosk@[::1/branch", "not a valid URL"),
    ],
)
def test_a_wrong_url_is_one_line(data_dir: Path, url: str, words: str) -> None:
    fails(kiosk(data_dir, "--database", url, "queue", "list"), words)


def test_a_newer_schema_is_refused_and_left_alone(
    data_dir: Path, pg_url: str, pg_server: PgServer
) -> None:
    open_pg_database(pg_url).close()
    name = pg_url.rsplit("/", 1)[1]
    pg_server.sql(f"UPDATE kiosk_schema SET version = {SCHEMA_VERSION + 1}", name)
    for command in (("db", "migrate"), ("queue", "take", "--service", "cash")):
        fails(kiosk(data_dir, "--database", pg_url, *command), "newer kiosk")
    assert pg_server.sql("SELECT version FROM kiosk_schema", name) == str(SCHEMA_VERSION + 1)
    assert pg_server.sql("SELECT COUNT(*) FROM items", name) == "0"


def test_an_unsupported_server_version_is_refused(
    data_dir: Path,
    pg_url: str,
    pg_server: PgServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # One server version is installed; pretend the kiosk needs a newer one.
    monkeypatch.setattr("kiosk.store.pg_database.MIN_SERVER_VERSION", 990000)
    monkeypatch.setenv("KIOSK_DATABASE_URL", "")  # main() sets it: undone after the test
    assert main(["--data-dir", str(data_dir), "--database", pg_url, "db", "migrate"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "needs PostgreSQL 99 or newer" in err[0], err
    assert tables(pg_server, pg_url) == ""


def test_a_database_with_other_tables_is_refused(
    data_dir: Path, pg_url: str, pg_server: PgServer
) -> None:
    pg_server.sql("CREATE TABLE invoices (id int)", pg_url.rsplit("/", 1)[1])
    fails(kiosk(data_dir, "--database", pg_url, "db", "migrate"), "not a kiosk database")
    assert tables(pg_server, pg_url) == "invoices"


def test_copy_moves_a_branch_to_postgresql(
    data_dir: Path, pg_url: str, pg_server: PgServer
) -> None:
    add_staff(data_dir, "Ann")
    ok_json(data_dir, "queue", "take", "--service", "cash")
    ok_json(data_dir, "queue", "take", "--service", "cash")
    ok_json(data_dir, "queue", "claim", "1", "--staff", "Ann")
    copied = kiosk(data_dir, "db", "copy", "--to", pg_url)
    assert copied.returncode == 0, copied.stderr
    assert "2 items" in copied.stdout and PASSWORD not in copied.stdout
    listed = ok_json(data_dir, "--database", pg_url, "queue", "list")
    assert [(i["number"], i["status"]) for i in listed] == [("A001", "called"), ("A002", "waiting")]
    # Numbers and ids go on after the copied ones; the staff account and its PIN came too.
    third = ok_json(data_dir, "--database", pg_url, "queue", "take", "--service", "cash")
    assert third["number"] == "A003" and third["id"] == 3
    db = open_pg_database(pg_url)
    try:
        assert StaffStore(db).verify("ann", STAFF_PIN)  # citext: names ignore case, as on SQLite
    finally:
        db.close()
    again = kiosk(data_dir, "db", "copy", "--to", pg_url)
    fails(again, "already holds kiosk data", "Nothing was copied")
    assert pg_server.sql("SELECT COUNT(*) FROM items", pg_url.rsplit("/", 1)[1]) == "3"


def test_a_stopped_server_is_a_clear_message_and_nothing_acknowledged_is_lost(
    data_dir: Path, pg_url: str, pg_server: PgServer
) -> None:
    db = open_pg_database(pg_url)
    store = SqliteQueueStore(db)
    acknowledged = [store.take_ticket("cash").label]
    pg_server.stop()
    try:
        refused = kiosk(data_dir, "--database", pg_url, "queue", "take", "--service", "cash")
        fails(refused, "cannot reach the database server")
        with pytest.raises(Exception, match="cannot reach the database server"):
            store.take_ticket("cash")
    finally:
        pg_server.start()
    # The long-running process reconnects by itself on its next call.
    acknowledged.append(store.take_ticket("cash").label)
    assert acknowledged == ["A001", "A002"]
    assert [i.label for i in store.list_open()] == ["A001", "A002"]
    db.close()


def test_a_server_restart_mid_run_is_survived(pg_url: str, pg_server: PgServer) -> None:
    db = open_pg_database(pg_url)
    store = SqliteQueueStore(db)
    first = store.take_ticket("card")
    pg_server.restart()
    second = store.take_ticket("card")  # reconnects: no error, no gap, no duplicate
    assert (first.label, second.label) == ("C001", "C002")
    db.close()


def test_check_names_the_server_never_the_password(data_dir: Path, pg_url: str) -> None:
    open_pg_database(pg_url).close()
    (data_dir / "kiosk.toml").write_text(f'[store]\nurl = "{pg_url}"\n')
    Config()  # the setting exists
    result = kiosk(data_dir, "check")
    assert "postgresql://kiosk_test@127.0.0.1" in result.stdout, result.stdout
    assert PASSWORD not in result.stdout + result.stderr


def test_the_password_can_come_from_a_password_file(
    data_dir: Path,
    tmp_path: Path,
    pg_url: str,
    pg_server: PgServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    bare = pg_url.replace(f":{PASSWORD}@", "@")
    database = pg_url.rsplit("/", 1)[1]
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{database}:kiosk_test:{PASSWORD}\n")
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    env_kiosk = kiosk(data_dir, "--database", bare, "db", "migrate")
    fails(env_kiosk, "refused the user name or password")  # no file yet: no password
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    done = kiosk(data_dir, "--database", bare, "db", "migrate")
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr


def test_the_copy_takes_every_kiosk_table() -> None:
    from kiosk.cli.db import copy_tables
    from kiosk.store.schema import KIOSK_TABLES

    assert set(copy_tables()) == set(KIOSK_TABLES)
