"""Ticket issue latency and throughput, against a bare INSERT with the same pragmas.

``take_ticket`` does real work per ticket: ``BEGIN IMMEDIATE``, the day's next
number, the INSERT, reading the row back, ``COMMIT`` with an fsync
(``synchronous=FULL``). The baseline is the least any durable write can cost
here: one autocommit ``INSERT`` into a one-column table, WAL and
``synchronous=FULL`` too. Both run in this same invocation, with one writer
in-process and with 8 writer processes at once, so the ratios hold on any disk.

Run alone: ``.venv/bin/python benchmarks/queue_bench.py``; ``run.py`` adds the
rows to the ``make bench`` table.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from table import percentile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SINGLE_SAMPLES = 300
WARM_UP = 20
WRITERS = 8
PER_WRITER = 40
CONCURRENT_ROUNDS = 2


def _bare_writer(path: Path) -> Callable[[], None]:
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    return lambda: conn.execute("INSERT INTO t (x) VALUES (1)").close()


def _kiosk_writer(path: Path) -> Callable[[], None]:
    from kiosk.store import SqliteQueueStore, open_database

    store = SqliteQueueStore(open_database(path))

    def write() -> None:
        store.take_ticket("cash")

    return write


WRITER_KINDS = {"kiosk": _kiosk_writer, "bare": _bare_writer}


def _timed(write: Callable[[], None], count: int) -> list[float]:
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        write()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


@dataclass(frozen=True)
class Measured:
    """Latencies (ms) of every write, and writes per second over the whole run."""

    latencies: list[float]
    per_second: float

    @property
    def p50(self) -> float:
        return percentile(self.latencies, 50)

    @property
    def p95(self) -> float:
        return percentile(self.latencies, 95)


def single_writer(folder: Path) -> dict[str, Measured]:
    """Kiosk and bare writes take turns in one loop, so machine noise hits both alike."""
    writers = {kind: make(folder / f"{kind}-single.sqlite3") for kind, make in WRITER_KINDS.items()}
    samples: dict[str, list[float]] = {kind: [] for kind in writers}
    for write in writers.values():
        _timed(write, WARM_UP)
    for _ in range(SINGLE_SAMPLES):
        for kind, write in writers.items():
            samples[kind] += _timed(write, 1)
    # One writer alone: its rate is the inverse of its mean latency.
    return {k: Measured(v, 1000 / statistics.mean(v)) for k, v in samples.items()}


def concurrent_writers(kind: str, path: Path) -> Measured:
    """WRITERS processes, released at the same moment once all have imported."""
    with tempfile.TemporaryFile(mode="w+") as errors:

        def failed(what: str) -> RuntimeError:
            errors.seek(0)
            return RuntimeError(f"{kind} writer {what}:\n{errors.read()}")

        children = [
            subprocess.Popen(
                [sys.executable, __file__, "child", kind, str(path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
            for _ in range(WRITERS)
        ]
        for child in children:
            if child.stdout is None or child.stdout.readline().strip() != "ready":
                raise failed("did not start")
        start_at = time.time() + 0.05
        for child in children:
            if child.stdin is not None:
                child.stdin.write(f"{start_at}\n")
                child.stdin.close()
        latencies: list[float] = []
        finished: list[float] = []
        for child in children:
            # The same buffered reader as readline() above (communicate() would bypass it).
            out = child.stdout.read() if child.stdout is not None else ""
            if child.wait(timeout=300) != 0:
                raise failed("failed")
            report = json.loads(out)
            latencies += report["latencies"]
            finished.append(report["finished"])
    return Measured(latencies, len(latencies) / (max(finished) - start_at))


def _child(kind: str, path: str) -> None:
    write = WRITER_KINDS[kind](Path(path))
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())
    time.sleep(max(0.0, start_at - time.time()))
    samples = _timed(write, PER_WRITER)
    print(json.dumps({"latencies": samples, "finished": time.time()}))


@dataclass(frozen=True)
class QueueBench:
    single: dict[str, Measured]
    concurrent: dict[str, Measured]


def measure() -> QueueBench:
    """Kiosk and bare, one writer and WRITERS writers, each kind in its own file."""
    with tempfile.TemporaryDirectory(prefix="queue-bench-") as folder:
        where = Path(folder)
        single = single_writer(where)
        runs: dict[str, list[Measured]] = {"bare": [], "kiosk": []}
        for _ in range(CONCURRENT_ROUNDS):  # rounds alternate, so drift hits both alike
            for kind in runs:
                path = where / f"{kind}-concurrent.sqlite3"
                WRITER_KINDS[kind](path)  # created and migrated before timing starts
                runs[kind].append(concurrent_writers(kind, path))
    concurrent = {
        kind: Measured(
            [x for m in measured for x in m.latencies],
            statistics.median(m.per_second for m in measured),
        )
        for kind, measured in runs.items()
    }
    return QueueBench(single, concurrent)


def main() -> int:
    result = measure()
    line = "{:<36} {:>10} {:>10} {:>7}"
    print(line.format("queue benchmark", "kiosk", "bare", "ratio"))
    for label, runs in (("1 writer", result.single), (f"{WRITERS} writers", result.concurrent)):
        kiosk, bare = runs["kiosk"], runs["bare"]
        for name, k, b, unit in (
            ("p50", kiosk.p50, bare.p50, "ms"),
            ("p95", kiosk.p95, bare.p95, "ms"),
            ("per second", kiosk.per_second, bare.per_second, "/s"),
        ):
            print(
                line.format(
                    f"ticket issue, {label} ({name})",
                    f"{k:.1f}{unit}",
                    f"{b:.1f}{unit}",
                    f"{k / b:.1f}x",
                )
            )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        _child(*sys.argv[2:4])
        sys.exit(0)
    sys.exit(main())
