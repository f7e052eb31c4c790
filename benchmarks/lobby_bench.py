"""Call next (a CLI process) → the lobby display's state in a second process shows it.

A watcher process runs the real :class:`kiosk.services.lobby_feed.LobbyFeed`
(its worker thread polling the change token every ``POLL_MS``, then reading
the lobby state) and prints the wall-clock time at which each new call
reaches the GUI thread. The parent runs ``kiosk queue call-next`` as a real
command; latency is from the call's own timestamp (written in the command's
transaction, just before its COMMIT) to that moment, so the command's Python
start-up does not count. Between calls the parent waits a random part of a
poll interval, so calls land at every phase of the poll.

Baseline, in the same run: a bare watcher process that sleeps ``POLL_MS``,
checks ``PRAGMA data_version`` and reads the newest row, against a bare
durable INSERT (WAL, ``synchronous=FULL``) stamped with its time. That is
the least any poll at that interval can do.

Run alone: ``.venv/bin/python benchmarks/lobby_bench.py``; ``run.py`` adds the
rows from :func:`run` to the ``make bench`` table.
"""

from __future__ import annotations

import os
import random
import select
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from table import Row, percentile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

POLL_MS = 250  # kiosk.services.lobby_feed.POLL_MS
SAMPLES = 30
SEEN_P95_MAX_MS = 300.0  # issue 12: call next → chime on the lobby display


def _watch_kiosk(data_dir: Path) -> None:
    """The lobby's feed, as `kiosk lobby` runs it; one line per new call."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from kiosk.config import load_config
    from kiosk.services.lobby_feed import LobbyFeed
    from kiosk.store import open_stores

    app = QCoreApplication([])
    config = load_config(data_dir)
    feed = LobbyFeed(lambda: open_stores(config, data_dir), poll_ms=POLL_MS)
    last: list[int | None] = [None]

    def on_state(state: object) -> None:
        seen = time.time()
        call_id = getattr(state, "last_call_id", 0)
        if last[0] is None:
            print("ready", flush=True)
        elif call_id != last[0]:
            print(f"{call_id} {seen:.4f}", flush=True)
        last[0] = call_id

    feed.state_did_change.connect(on_state)
    feed.start()
    app.exec()


def _watch_bare(path: Path) -> None:
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    version, newest = None, None
    print("ready", flush=True)
    while True:
        time.sleep(POLL_MS / 1000)
        now = conn.execute("PRAGMA data_version").fetchone()[0]
        if now != version:
            version = now
            row = conn.execute("SELECT MAX(id) FROM t").fetchone()[0]
            if row != newest:
                newest = row
                print(f"{row} {time.time():.4f}", flush=True)


def _watcher(*args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    if _line(child, 60) != "ready":
        raise RuntimeError(f"lobby watcher {args} did not start")
    return child


def _line(child: subprocess.Popen[str], timeout: float) -> str:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        raise RuntimeError("the watcher saw nothing in time")
    return child.stdout.readline().strip()


def _seen_at(child: subprocess.Popen[str]) -> float:
    return float(_line(child, 30).split()[1])


def _kiosk(data_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=True,
    )
    return done.stdout


def measure_kiosk(samples: int = SAMPLES) -> list[float]:
    """ms from each `queue call-next` call's timestamp to the lobby feed delivering it."""
    import json

    from kiosk.config import Config
    from kiosk.store import open_stores

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        (data_dir / "kiosk.toml").write_text(
            '[[counters]]\nid = "1"\nservices = ["cash"]\n', "utf-8"
        )
        stores = open_stores(Config(), data_dir)
        stores.staff.add("Bench", "246813")
        for _ in range(samples):
            stores.queue.take_ticket("cash")
        stores.close()
        watcher = _watcher("kiosk", str(data_dir))
        latencies = []
        try:
            for _ in range(samples):
                time.sleep(random.uniform(0, POLL_MS / 1000))
                out = _kiosk(
                    data_dir, "queue", "call-next", "--counter", "1", "--staff", "Bench", "--json"
                )
                called = datetime.fromisoformat(json.loads(out)["called_at"]).timestamp()
                latencies.append((_seen_at(watcher) - called) * 1000)
        finally:
            watcher.kill()
            watcher.wait()
    return latencies


def measure_bare(samples: int = SAMPLES) -> list[float]:
    """ms from a bare durable INSERT to a bare poller at the same interval seeing it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bare.sqlite3"
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, at REAL)")
        watcher = _watcher("bare", str(path))
        latencies = []
        try:
            for _ in range(samples):
                time.sleep(random.uniform(0, POLL_MS / 1000) + 0.05)
                at = time.time()
                conn.execute("INSERT INTO t (at) VALUES (?)", (at,))
                latencies.append((_seen_at(watcher) - at) * 1000)
        finally:
            watcher.kill()
            watcher.wait()
            conn.close()
    return latencies


def run() -> list[Row]:
    kiosk, bare = measure_kiosk(), measure_bare()
    p95 = percentile(kiosk, 95)
    return [
        Row("call next → lobby sees it (p50)", percentile(kiosk, 50), percentile(bare, 50)),
        Row(
            "call next → lobby sees it (p95)",
            p95,
            percentile(bare, 95),
            f"<= {SEEN_P95_MAX_MS:g} ms",
            p95 <= SEEN_P95_MAX_MS,
        ),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "kiosk":
        _watch_kiosk(Path(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "bare":
        _watch_bare(Path(sys.argv[2]))
    else:
        for row in run():
            print(f"{row.name:<36} {row.value:8.1f} ms  bare {row.baseline:8.1f} ms  {row.target}")
