"""The queue on PostgreSQL beside SQLite, in the same run: ticket issue p50/p95 with
1 and 8 writers, and change → seen by another process's lobby display.

A throwaway server is started for the run (tests/pg_server.py: ``initdb`` in a
temp dir, as the ``postgres`` user when run as root), with the server's default
durability except ``fsync=off`` — so the PostgreSQL numbers are the server's
work plus the network round trips, not this machine's disk; the SQLite column
is the shipped ``synchronous=FULL`` (an fsync per ticket). Compare the two
with that in mind. Notification latency: a second process runs the lobby
display's feed (:class:`kiosk.services.lobby_feed.LobbyFeed`: LISTEN on its
worker's event loop, then the lobby state read and handed to the GUI thread);
the writer notes the time before ``take_ticket`` and the lobby process the
time the new state reaches its GUI thread; the baseline is a bare LISTEN
woken by the same kind of change. Both on one machine, one clock.

Run alone: ``.venv/bin/python benchmarks/pg_bench.py``.
"""

from __future__ import annotations

import glob
import json
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from table import Row, percentile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SINGLE_SAMPLES = 300
WARM_UP = 20
WRITERS = 8
PER_WRITER = 40
NOTIFY_SAMPLES = 100
NOTIFY_GAP_S = 0.1  # one change at a time: each new lobby state belongs to one change
NOTIFY_P95_MAX_MS = 100.0


def _writer(target: str) -> Callable[[], None]:
    from kiosk.store import SqliteQueueStore, open_database

    if target.startswith("postgresql://"):
        from kiosk.store.pg_database import open_pg_database

        store = SqliteQueueStore(open_pg_database(target))
    else:
        store = SqliteQueueStore(open_database(Path(target)))

    def write() -> None:
        store.take_ticket("cash")

    return write


def _timed(write: Callable[[], None], count: int) -> list[float]:
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        write()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def single(targets: dict[str, str]) -> dict[str, list[float]]:
    """Both stores take turns in one loop, so machine noise hits both alike."""
    writers = {kind: _writer(t) for kind, t in targets.items()}
    for write in writers.values():
        _timed(write, WARM_UP)
    samples: dict[str, list[float]] = {kind: [] for kind in writers}
    for _ in range(SINGLE_SAMPLES):
        for kind, write in writers.items():
            samples[kind] += _timed(write, 1)
    return samples


def concurrent(target: str) -> list[float]:
    """WRITERS processes released together; every latency."""
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "writer", target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(WRITERS)
    ]
    for child in children:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError("a writer did not start")
    start_at = time.time() + 0.05
    for child in children:
        assert child.stdin is not None
        child.stdin.write(f"{start_at}\n")
        child.stdin.close()
    latencies: list[float] = []
    for child in children:
        assert child.stdout is not None
        out = child.stdout.read()
        if child.wait(timeout=300) != 0:
            raise RuntimeError("a writer failed")
        latencies += json.loads(out)
    return latencies


def _writer_child(target: str) -> None:
    write = _writer(target)
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    time.sleep(max(0.0, start_at - time.time()))
    print(json.dumps(_timed(write, PER_WRITER)))


def _listener_child(url: str, count: str) -> None:
    """LISTEN; print the wall-clock time of each notification, until ``count``."""
    from kiosk.store.pg_listen import ChangeFeed

    feed = ChangeFeed(url)
    socket = feed.open()
    print("ready", flush=True)
    seen: list[float] = []
    while len(seen) < int(count):
        select.select([socket], [], [], 10)
        seen += [time.time()] * len(feed.drain())
    print(json.dumps(seen))


def _lobby_child(url: str, count: str) -> None:
    """The lobby display's feed; print when each new ticket reaches its GUI thread."""
    import os

    os.environ["KIOSK_DATABASE_URL"] = url
    from PySide6.QtCore import QCoreApplication, QTimer

    from kiosk.config import Config
    from kiosk.services.lobby_feed import LobbyFeed
    from kiosk.store import open_stores

    app = QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="kiosk-lobby-bench-"))
    feed = LobbyFeed(lambda: open_stores(Config(), folder), refresh_seconds=600)
    seen: list[float] = []
    waiting: list[int] = []

    def on_state(state: object) -> None:
        now, total = time.time(), sum(state.waiting.values())  # type: ignore[attr-defined]
        if waiting:
            seen.extend([now] * max(0, total - waiting[-1]))
        waiting.append(total)
        if len(seen) >= int(count):
            app.quit()

    def ready() -> None:
        if feed.listener is not None and feed.listener.listening and waiting:
            print("ready", flush=True)
        else:
            QTimer.singleShot(50, ready)

    feed.state_did_change.connect(on_state)
    feed.start()
    ready()
    app.exec()
    feed.shutdown()
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(seen[: int(count)]))


def notification_ms(url: str, kind: str) -> list[float]:
    """Change committed by this process → seen in another (``kind``: listener or lobby)."""
    listener = subprocess.Popen(
        [sys.executable, __file__, kind, url, str(NOTIFY_SAMPLES)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert listener.stdout is not None
    if listener.stdout.readline().strip() != "ready":
        raise RuntimeError(f"the {kind} did not start")
    write = _writer(url)
    started: list[float] = []
    for _ in range(NOTIFY_SAMPLES):
        started.append(time.time())
        write()
        time.sleep(NOTIFY_GAP_S)
    seen = json.loads(listener.stdout.read())
    listener.wait(timeout=60)
    return [(s - t) * 1000 for t, s in zip(started, seen, strict=True)]


def run() -> list[Row]:
    """Rows for ``make bench``: PostgreSQL (value) beside SQLite (baseline)."""
    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"):
        print("pg bench skipped: PostgreSQL is not installed (apt-get install postgresql)")
        return []
    from pg_server import PgServer

    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-bench-"))
    server = PgServer(root)
    try:
        server.init()
        with tempfile.TemporaryDirectory(prefix="kiosk-pg-bench-sqlite-") as folder:
            one = single(
                {"pg": server.fresh_database(), "sqlite": str(Path(folder) / "one.sqlite3")}
            )
            many_pg_url = server.fresh_database()
            _writer(many_pg_url)  # migrated before timing
            many_sqlite = str(Path(folder) / "many.sqlite3")
            _writer(many_sqlite)
            many = {"pg": concurrent(many_pg_url), "sqlite": concurrent(many_sqlite)}
        bare = notification_ms(server.fresh_database(), "listener")
        notify = notification_ms(server.fresh_database(), "lobby")
    finally:
        server._run(str(server.bin / "pg_ctl"), "stop", "-m", "immediate", "-D", str(server.data))
        shutil.rmtree(root, ignore_errors=True)
    notify_p95 = percentile(notify, 95)
    print(
        f"pg bench: {SINGLE_SAMPLES} single-writer samples per store, {WRITERS} writer "
        f"processes x {PER_WRITER}; notify {NOTIFY_SAMPLES} changes, median "
        f"{statistics.median(notify):.1f} ms to another process's lobby display, "
        f"{statistics.median(bare):.1f} ms to a bare LISTEN (value: PostgreSQL, baseline: SQLite)"
    )
    return [
        Row(
            "PostgreSQL ticket, 1 writer (p50)",
            percentile(one["pg"], 50),
            percentile(one["sqlite"], 50),
        ),
        Row(
            "PostgreSQL ticket, 1 writer (p95)",
            percentile(one["pg"], 95),
            percentile(one["sqlite"], 95),
        ),
        Row(
            f"PostgreSQL ticket, {WRITERS} writers (p50)",
            percentile(many["pg"], 50),
            percentile(many["sqlite"], 50),
        ),
        Row(
            f"PostgreSQL ticket, {WRITERS} writers (p95)",
            percentile(many["pg"], 95),
            percentile(many["sqlite"], 95),
        ),
        Row(
            "change -> other process's lobby (p95)",
            notify_p95,
            percentile(bare, 95),  # baseline: a bare LISTEN woken
            f"<= {NOTIFY_P95_MAX_MS:g} ms",
            notify_p95 <= NOTIFY_P95_MAX_MS,
        ),
    ]


def main() -> int:
    line = "{:<44} {:>10} {:>10}"
    print(line.format("pg benchmark", "postgres", "sqlite"))
    for row in run():
        print(line.format(row.name, f"{row.value:.1f}ms", f"{row.baseline:.1f}ms"))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "writer":
        _writer_child(sys.argv[2])
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "listener":
        _listener_child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "lobby":
        _lobby_child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(main())
