"""``make bench``: kiosk cold start and tap latency, each against a bare PySide6 baseline;
queue ticket issue against a bare SQLite INSERT with the same durability settings.

Kiosk and baseline are measured in this same run, on this machine, so the
ratios mean something even where the absolute numbers do not travel.
Always exits 0: it is a report; missed targets are printed as MISSED.
See benchmarks/README.md for what each number means.
"""

from __future__ import annotations

import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
import queue_bench
import taps
from table import Row, percentile

FIRST_PAINT = Path(__file__).resolve().parent / "first_paint.py"
PACKAGE = Path(__file__).resolve().parents[1] / "kiosk"


def compile_bytecode() -> None:
    """Compile the kiosk's modules first, as installing a wheel does.

    A development checkout (and a machine with PYTHONDONTWRITEBYTECODE) would
    otherwise compile every module on every start: about 170 ms of a cold
    start that no installed kiosk pays. Python still checks each .pyc against
    its source, so an edited module is compiled afresh.
    """
    import compileall

    if not compileall.compile_dir(str(PACKAGE), quiet=1):
        raise RuntimeError(f"{PACKAGE} does not compile")


COLD_RUNS = 5
TAP_CYCLES = 60  # four taps each: 240 samples
OTHER_LANGUAGE_TAPS = 20  # per non-English locale
COLD_START_MAX_RATIO = 3.0
TAP_P95_MAX_MS = 50.0
TICKET_P50_MAX_RATIO = 3.0  # one writer: at most 3x a bare durable INSERT
TICKET_P95_MAX_MS = 100.0  # 8 writers at once: the customer still sees the number at once


def cold_start_ms(kind: str) -> float:
    """Wall-clock ms from spawning ``first_paint.py kind`` until it reports its first paint."""
    with tempfile.TemporaryFile(mode="w+") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(FIRST_PAINT), kind],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = (time.perf_counter() - start) * 1000
        child.communicate(timeout=60)
        if line.strip() != "painted" or child.returncode != 0:
            errors.seek(0)
            raise RuntimeError(
                f"cold start of {kind} failed (exit {child.returncode}, printed {line!r}):\n"
                + errors.read()
            )
    return elapsed


def cold_starts(runs: int) -> dict[str, list[float]]:
    """Kiosk and bare alternate after one discarded warm-up each, so drift hits both alike."""
    times: dict[str, list[float]] = {"kiosk": [], "run": [], "bare": []}
    for kind in times:
        cold_start_ms(kind)
    for _ in range(runs):
        for kind, samples in times.items():
            samples.append(cold_start_ms(kind))
    return times


def ms(value: float) -> str:
    return f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms"


def amount(value: float, unit: str) -> str:
    return ms(value) if unit == "ms" else f"{value:.0f} {unit}"


def verdict(met: bool | None) -> str:
    return "-" if met is None else "yes" if met else "MISSED"


def print_table(rows: list[Row]) -> None:
    line = "{:<36} {:>9} {:>9} {:>7}   {:<10} {}"
    print(line.format("benchmark", "value", "baseline", "ratio", "target", "ok"))
    for r in rows:
        ratio = r.ratio_text(1)
        value, baseline = amount(r.value, r.unit), amount(r.baseline, r.unit)
        print(line.format(r.name, value, baseline, ratio, r.target, verdict(r.met)))


def print_breakdown(kiosk: taps.Samples, bare: list[float]) -> None:
    """Per transition, so a slow p95 can be traced to the screen that causes it."""
    line = "{:<36} {:>5} {:>9} {:>9} {:>9}"
    print(line.format("tap breakdown", "n", "p50", "p95", "max"))
    for name, samples in [*kiosk.items(), (taps.BARE_SWITCH, bare)]:
        p50, p95 = percentile(samples, 50), percentile(samples, 95)
        print(line.format(name, len(samples), ms(p50), ms(p95), ms(max(samples))))


def queue_rows(bench: queue_bench.QueueBench) -> list[Row]:
    """Ticket issue (``take_ticket``) against a bare INSERT, WAL + synchronous=FULL both."""
    one, many = bench.single, bench.concurrent
    n = queue_bench.WRITERS
    single_ratio = one["kiosk"].p50 / one["bare"].p50
    return [
        Row(
            "ticket issue, 1 writer (p50)",
            one["kiosk"].p50,
            one["bare"].p50,
            f"<= {TICKET_P50_MAX_RATIO:g}x",
            single_ratio <= TICKET_P50_MAX_RATIO,
        ),
        Row("ticket issue, 1 writer (p95)", one["kiosk"].p95, one["bare"].p95),
        Row(f"ticket issue, {n} writers (p50)", many["kiosk"].p50, many["bare"].p50),
        Row(
            f"ticket issue, {n} writers (p95)",
            many["kiosk"].p95,
            many["bare"].p95,
            f"<= {TICKET_P95_MAX_MS:g} ms",
            many["kiosk"].p95 <= TICKET_P95_MAX_MS,
        ),
        Row(
            f"tickets per second, {n} writers",
            many["kiosk"].per_second,
            many["bare"].per_second,
            unit="/s",
        ),
    ]


def main() -> int:
    began = time.perf_counter()
    compile_bytecode()
    cold = cold_starts(COLD_RUNS)
    kiosk_taps, bare_taps = taps.measure(TAP_CYCLES, OTHER_LANGUAGE_TAPS)
    queue = queue_bench.measure()

    other_rows = [taps.choose_language_row(loc) for loc in taps.OTHER_LOCALES]
    journey = [t for name, s in kiosk_taps.items() if name not in other_rows for t in s]
    other = [t for name in other_rows for t in kiosk_taps[name]]
    cold_kiosk, cold_bare = statistics.median(cold["kiosk"]), statistics.median(cold["bare"])
    tap_p95 = percentile(journey, 95)
    other_p95 = percentile(other, 95)
    bare_p95 = percentile(bare_taps, 95)
    target = f"<= {TAP_P95_MAX_MS:g} ms"
    rows = [
        Row(
            "cold start to welcome (median)",
            cold_kiosk,
            cold_bare,
            f"<= {COLD_START_MAX_RATIO:g}x",
            cold_kiosk / cold_bare <= COLD_START_MAX_RATIO,
        ),
        Row(
            "cold start to welcome (p95)",
            percentile(cold["kiosk"], 95),
            percentile(cold["bare"], 95),
        ),
        Row(
            "cold start, `kiosk run` (median)",
            statistics.median(cold["run"]),
            cold_bare,
            f"<= {COLD_START_MAX_RATIO:g}x",
            statistics.median(cold["run"]) / cold_bare <= COLD_START_MAX_RATIO,
        ),
        Row("tap to next screen (p50)", percentile(journey, 50), percentile(bare_taps, 50)),
        Row("tap to next screen (p95)", tap_p95, bare_p95, target, tap_p95 <= TAP_P95_MAX_MS),
        Row(
            f"tap: choose {' or '.join(taps.OTHER_LOCALES)} (p95)",
            other_p95,
            bare_p95,
            target,
            other_p95 <= TAP_P95_MAX_MS,
        ),
        *queue_rows(queue),
    ]
    # Speech: intent matching, voice out, lobby announcements, recognition; calling
    # (call next → the lobby display's feed in another process); the queue on
    # PostgreSQL beside SQLite; the report over a year of events (own baselines).
    names = (
        "intent_bench",
        "tts_bench",
        "announce_bench",
        "asr_bench",
        "lobby_bench",
        "pg_bench",
        "insight_bench",
    )
    failed: list[str] = []
    for name in names:
        try:
            rows += importlib.import_module(name).run()
        except Exception as exc:  # one broken bench must not hide the others' figures
            traceback.print_exc()
            failed.append(f"{name} failed ({exc})")

    print(
        f"kiosk benchmarks: Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, "
        f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, window {taps.SIZE[0]}x{taps.SIZE[1]}"
    )
    print(
        f"cold start: {COLD_RUNS} fresh processes each for the kiosk window, `kiosk run` "
        "and bare, the kiosk's bytecode compiled first; "
        f"taps: {len(journey)} journey + {len(other)} other-language kiosk samples, "
        f"{len(bare_taps)} bare samples;\nqueue: baseline is a bare INSERT with the same "
        f"pragmas (WAL, synchronous=FULL), {queue_bench.SINGLE_SAMPLES} single-writer samples "
        f"each, {queue_bench.WRITERS} writer processes x {queue_bench.PER_WRITER} x "
        f"{queue_bench.CONCURRENT_ROUNDS} rounds\n"
    )
    print_table(rows)
    print()
    print_breakdown(kiosk_taps, bare_taps)
    print()
    missed = [r.name for r in rows if r.met is False] + failed
    print(f"MISSED: {'; '.join(missed)}" if missed else "all targets met")
    print(f"(measured in {time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
