"""Insight (issue 14): the manager's report over a year of a busy branch, and the
cost of recording events on the kiosk's GUI thread.

- report: ``kiosk report`` (SQL figures + matplotlib PDF) in a fresh process on
  a year of demo history at five times a small branch's traffic (about two
  million events); baseline: the same figures computed row by row in plain
  Python (:mod:`kiosk.insight.baseline`), also in a fresh process. Wall time,
  CPU time (the child's user + system: what the report costs, whatever the
  other work on this shared machine) and peak memory (its own VmHWM) of each.
- event write per tap: what a tap costs the GUI thread (the visit tracker plus
  keeping the event for the next batch); baseline: appending a tuple to a list.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from table import Row, percentile

DAYS = 365
SCALE = 5.0
REPORT_MAX_S = 10.0
REPORT_MAX_MB = 500.0
TAP_P95_MAX_MS = 1.0
TAP_SAMPLES = 5000

_BASELINE = """
import sys, time, sqlite3
from datetime import date
from kiosk.insight.baseline import compute_plain
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
start = time.perf_counter()
figures = compute_plain(conn, date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3]))
print(figures.events, time.perf_counter() - start)
"""


def build_year(folder: Path) -> tuple[int, date, date]:
    """A year of busy-branch demo events in ``folder/kiosk.sqlite3``; (events, first, last)."""
    from kiosk.insight.demo_history import demo_rows, shapes_of
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir
    from kiosk.store import open_database
    from kiosk.store.event_log import append_rows

    end = date.today()
    db = open_database(folder / "kiosk.sqlite3")
    shapes = shapes_of(load_journeys(assets_dir() / "journeys"))
    zone = datetime.now().astimezone().tzinfo
    count = 0
    with db.write() as conn:
        for rows in demo_rows(DAYS, end, zone, shapes, scale=SCALE):  # type: ignore[arg-type]
            append_rows(conn, rows)
            count += len(rows)
    db.close()
    return count, end - timedelta(days=DAYS - 1), end


# The child reports its own peak (VmHWM: this address space only). Its ru_maxrss
# would not do: Linux carries the parent's size at the fork into it, and the bench
# runs after the others, with speech models loaded (it read 831 MB for both rows).
_OWN_PEAK = """
import atexit, runpy, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("\\npeak-kb", line.split()[1], file=sys.stderr)
atexit.register(peak)
kind, what = sys.argv[1], sys.argv[2]
if kind == "-m":
    sys.argv = [what, *sys.argv[3:]]
    runpy.run_module(what, run_name="__main__", alter_sys=True)
else:
    sys.argv = ["-c", *sys.argv[3:]]
    exec(compile(what, "<bench>", "exec"), {"__name__": "__main__"})
"""


def _child(target: list[str]) -> tuple[float, float, str, float]:
    """Run ``python -m M …`` or ``python -c CODE …`` in a child process.

    Returns:
        Wall seconds, its own peak memory in MB, its output, CPU seconds.
    """
    args = [sys.executable, "-c", _OWN_PEAK, *target]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        out.seek(0)
        text = out.read().decode(errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"{target[:3]} failed: {text[-500:]}")
    text, marker, peak_kb = text.rpartition("peak-kb ")
    if not marker:
        raise RuntimeError(f"{target[:3]} did not report its peak memory")
    return elapsed, int(peak_kb) / 1024, text.strip(), usage.ru_utime + usage.ru_stime


def tap_costs() -> tuple[list[float], list[float]]:
    """ms per tap for the recorder path, and for a bare list append."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.core import ids
    from kiosk.services.event_recorder import EventRecorder

    QCoreApplication.instance() or QCoreApplication([])
    recorder = EventRecorder("kiosk-1", None, lambda j, s: s == "ticket", flush_ms=3_600_000)
    screens = [
        ids.HOME,
        ids.journey_screen("take_ticket", "service"),
        ids.journey_screen("take_ticket", "priority"),
        ids.journey_screen("take_ticket", "ticket"),
    ]
    kiosk, bare = [], []
    sink: list[tuple[str, float]] = []
    for i in range(TAP_SAMPLES):
        screen = screens[i % len(screens)]
        start = time.perf_counter()
        recorder.record(recorder.visit.action("back" if i % 7 == 0 else "go"))
        recorder.record(recorder.visit.screen_changed(screen))
        kiosk.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        sink.append((screen, start))
        bare.append((time.perf_counter() - start) * 1000)
        if len(recorder.pending) > 1000:  # the timer would have sent them by now
            recorder.pending.clear()
    return kiosk, bare


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        events, first, last = build_year(folder)
        with sqlite3.connect(folder / "kiosk.sqlite3") as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        report_s, report_mb, _, report_cpu = _child(
            ["-m", "kiosk", "--data-dir", str(folder), "report", "--from",
             first.isoformat(), "--to", last.isoformat(), "--out", str(folder / "year.pdf")]
        )  # fmt: skip
        plain_s, plain_mb, printed, plain_cpu = _child(
            ["-c", _BASELINE, str(folder / "kiosk.sqlite3"), first.isoformat(),
             last.isoformat()]
        )  # fmt: skip
    print(f"insight: {events} events over {DAYS} days (demo history x{SCALE:g}); "
          f"plain-Python figures alone: {printed.split()[-1][:5]} s")  # fmt: skip
    kiosk, bare = tap_costs()
    p95 = percentile(kiosk, 95)
    return [
        Row(
            f"report, {events / 1e6:.1f} M events (s)",
            report_s,
            plain_s,
            f"<= {REPORT_MAX_S:g} s",
            report_s <= REPORT_MAX_S,
            unit="s",
        ),
        Row(f"report, {events / 1e6:.1f} M events (CPU s)", report_cpu, plain_cpu, unit="s"),
        Row(
            "report peak memory (MB)",
            report_mb,
            plain_mb,
            f"<= {REPORT_MAX_MB:g} MB",
            report_mb <= REPORT_MAX_MB,
            unit="MB",
        ),
        Row("event write per tap (p50)", percentile(kiosk, 50), percentile(bare, 50)),
        Row(
            "event write per tap (p95)",
            p95,
            percentile(bare, 95),
            f"<= {TAP_P95_MAX_MS:g} ms",
            p95 <= TAP_P95_MAX_MS,
        ),
    ]


if __name__ == "__main__":
    from run import print_table

    print_table(run())
