"""Many processes on one database: no duplicates, nothing acknowledged lost, no double claims.

The workers are this file run as a script (``python test_queue_concurrency.py MODE …``),
so the test starts real, separate processes that share nothing but the SQLite file, or
(each test runs twice) a database on the throwaway PostgreSQL server.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

WRITERS = 8
ITEMS_PER_WRITER = 50
STAFF = 2
CRASH_WAVES = 2
CRASHERS_PER_WAVE = 3
SERVICES = ("cash", "account", "card", "loan", "wealth", "general")


# -- workers (run in child processes) ------------------------------------------


def _store(path: str):  # type: ignore[no-untyped-def]
    from kiosk.store import SqliteQueueStore

    return SqliteQueueStore(open_db(path))


def _ready_then_wait(folder: str) -> None:
    """Say "imported and connected", then wait for the common start signal."""
    Path(folder, f"ready-{os.getpid()}").touch()
    while not Path(folder, "go").exists():
        time.sleep(0.005)


def writer(path: str, count: str, folder: str) -> None:
    """Take tickets and help requests; print each id once the store acknowledged it."""
    store = _store(path)
    _ready_then_wait(folder)
    for i in range(int(count)):
        if i % 4 == 3:
            item = store.request_help(kiosk_id=f"kiosk-{os.getpid()}", reason="confused")
        else:
            item = store.take_ticket(SERVICES[i % len(SERVICES)], priority=i % 7 == 0)
        print(item.id, item.series, item.number, flush=True)


def staff(path: str, name: str, stop_file: str, folder: str) -> None:
    """Call next and claim whatever is waiting, racing the other member of staff."""
    from kiosk.queue.models import AlreadyClaimed, InvalidTransition, Status

    store = _store(path)
    rng = random.Random(name)
    mine: set[int] = set()
    _ready_then_wait(folder)
    while not os.path.exists(stop_file):
        if rng.random() < 0.5:
            item = store.call_next(name)
        else:
            waiting = [i for i in store.list_open() if i.status is Status.WAITING]
            item = None
            if waiting:
                try:
                    item = store.claim(rng.choice(waiting).id, name)
                except (AlreadyClaimed, InvalidTransition):
                    item = None
        if item is not None and item.id not in mine:
            mine.add(item.id)
            print(item.id, flush=True)
            if rng.random() < 0.3:
                store.serve(item.id, name)
                store.done(item.id, name)
        time.sleep(0.002)


def crasher(path: str) -> None:
    """Take tickets as fast as possible until killed."""
    store = _store(path)
    for i in range(10**9):
        item = store.take_ticket(SERVICES[i % 2])
        print(item.id, item.series, item.number, flush=True)


# -- the tests ------------------------------------------------------------------


def spawn(*args: str, stderr: Any = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )


def acknowledged(stdout: str) -> list[tuple[int, str, int]]:
    """Complete lines only: a line cut by SIGKILL was never acknowledged."""
    lines = stdout.split("\n")[:-1]  # the part after the last newline is incomplete
    return [(int(i), s, int(n)) for i, s, n in (line.split() for line in lines)]


def open_db(path: Path | str):  # type: ignore[no-untyped-def]
    """The SQLite file, or the PostgreSQL database when ``path`` is a URL."""
    if str(path).startswith("postgresql://"):
        from kiosk.store.pg_database import open_pg_database

        return open_pg_database(str(path))
    from kiosk.store import open_database

    return open_database(Path(path))


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the processes meet: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "kiosk.sqlite3")


def claimer(path: str, item_id: str, name: str, folder: str) -> None:
    """Claim one item at the common start signal; print what happened."""
    from kiosk.queue.models import AlreadyClaimed

    store = _store(path)
    _ready_then_wait(folder)
    try:
        print("won" if store.claim(int(item_id), name).claimed_by == name else "lost")
    except AlreadyClaimed:
        print("lost")


def start_together(procs: list[subprocess.Popen[str]], signals: Path) -> None:
    deadline = time.monotonic() + 60
    while len(list(signals.glob("ready-*"))) < len(procs):
        assert time.monotonic() < deadline, "workers did not start"
        time.sleep(0.01)
    (signals / "go").touch()


def assert_numbers_are_contiguous(db, day_series_numbers: list[tuple[str, str, int]]) -> None:  # type: ignore[no-untyped-def]
    per_series: dict[tuple[str, str], list[int]] = defaultdict(list)
    for day, series, number in day_series_numbers:
        per_series[(day, series)].append(number)
    for key, numbers in per_series.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), key


def test_many_kiosks_and_staff_at_once(tmp_path: Path, target: str) -> None:
    path = target
    open_db(path).close()  # migrated up front; racing migrations have their own test
    stop = tmp_path / "stop"
    signals = tmp_path / "signals"
    signals.mkdir()
    staff_procs = [
        spawn("staff", path, f"staff-{n}", str(stop), str(signals)) for n in range(STAFF)
    ]
    writers = [spawn("writer", path, str(ITEMS_PER_WRITER), str(signals)) for _ in range(WRITERS)]

    start_together(staff_procs + writers, signals)  # everyone starts together

    acks: list[tuple[int, str, int]] = []
    for proc in writers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        acks.extend(acknowledged(out))
    time.sleep(0.3)  # let staff race over the last items too
    stop.touch()
    claimed_by: dict[str, set[int]] = {}
    for n, proc in enumerate(staff_procs):
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        claimed_by[f"staff-{n}"] = {int(line) for line in out.split()}

    assert len(acks) == WRITERS * ITEMS_PER_WRITER
    db = open_db(path)
    rows = {r[0]: r[1:] for r in db.conn.execute("SELECT id, day, series, number FROM items")}
    assert len(rows) == len(acks)
    for item_id, series, number in acks:  # every acknowledged item is there, as told
        assert rows[item_id][1:] == (series, number)
    assert_numbers_are_contiguous(db, list(rows.values()))
    by_age = db.conn.execute(
        "SELECT day, series, number FROM items ORDER BY day, series, created_at, id"
    ).fetchall()
    assert by_age == sorted(by_age)  # oldest first == lowest number first, in every series

    claims = Counter(
        r[0]
        for r in db.conn.execute("SELECT item_id FROM audit WHERE action IN ('claim', 'call_next')")
    )
    assert claims and max(claims.values()) == 1  # nobody was claimed twice
    ours, theirs = claimed_by.values()
    assert not ours & theirs
    assert ours | theirs == set(claims)
    holders = dict(db.conn.execute("SELECT id, claimed_by FROM items WHERE claimed_by IS NOT NULL"))
    for name, ids in claimed_by.items():
        assert all(holders[i] == name for i in ids)
    db.close()


def test_killed_writers_lose_nothing_they_acknowledged(tmp_path: Path, target: str) -> None:
    path = target
    open_db(path).close()
    rng = random.Random(7)
    acks: list[tuple[int, str, int]] = []
    # Waves of writers that start together and are killed one by one while the
    # others keep writing: each kill lands mid-transaction or mid-fsync, and the
    # survivors (then the next wave) must carry on past the dead process's locks.
    errors = tmp_path / "crasher-errors.txt"
    for _ in range(CRASH_WAVES):
        with errors.open("a") as stderr:
            procs = [spawn("crasher", path, stderr=stderr) for _ in range(CRASHERS_PER_WAVE)]
        outputs = {proc: "" for proc in procs}
        for proc in procs:  # wait until each one is writing
            assert proc.stdout is not None
            outputs[proc] = proc.stdout.readline()
            assert outputs[proc], errors.read_text()
        for proc in procs:
            time.sleep(rng.uniform(0.05, 0.25))
            proc.send_signal(signal.SIGKILL)
        for proc in procs:
            # Read through the same buffered pipe as readline() above: communicate()
            # would read the raw descriptor and skip what readline() had buffered.
            assert proc.stdout is not None
            outputs[proc] += proc.stdout.read()
            assert proc.wait(timeout=30) == -signal.SIGKILL
            acks.extend(acknowledged(outputs[proc]))

    db = open_db(path)
    if not target.startswith("postgresql://"):
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = {r[0]: r[1:] for r in db.conn.execute("SELECT id, day, series, number FROM items")}
    assert len(acks) >= CRASH_WAVES * CRASHERS_PER_WAVE
    for item_id, series, number in acks:
        assert rows[item_id][1:] == (series, number)
    assert len({(d, s, n) for d, s, n in rows.values()}) == len(rows)
    assert_numbers_are_contiguous(db, list(rows.values()))
    db.close()


def test_six_staff_claim_the_same_customer_and_one_gets_them(tmp_path: Path, target: str) -> None:
    from kiosk.store import SqliteQueueStore

    db = open_db(target)
    item = SqliteQueueStore(db).take_ticket("cash")
    signals = tmp_path / "claim-signals"
    signals.mkdir()
    procs = [spawn("claimer", target, str(item.id), f"staff-{n}", str(signals)) for n in range(6)]
    start_together(procs, signals)
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        results.append(out.strip())
    assert sorted(results) == ["lost"] * 5 + ["won"]
    winner = f"staff-{results.index('won')}"
    assert SqliteQueueStore(db).get(item.id).claimed_by == winner
    claims = db.conn.execute("SELECT staff FROM audit WHERE action = 'claim'").fetchall()
    assert [tuple(r) for r in claims] == [(winner,)]
    db.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    mode, *arguments = sys.argv[1:]
    workers: dict[str, Callable[..., None]] = {
        "writer": writer,
        "staff": staff,
        "crasher": crasher,
        "claimer": claimer,
    }
    workers[mode](*arguments)
