"""Lobby announcements: how soon a call is heard, for a number never said and one said before.

``run()`` returns rows for ``benchmarks/run.py``'s table; ``python
benchmarks/announce_bench.py`` prints them alone. Measured through the real
:class:`Announcer` (worker thread, pyttsx3/espeak-ng, the disk cache) with a
simulated output (benchmark machines have no sound card) whose clips end at
once, and without the chime, so each sample is ``announce()`` →
``announcement_did_start``: the time the voice itself needs. Baselines from the
same run: a plain ``espeak-ng -w`` process per sentence for a first synthesis;
the first synthesis itself for the cached rows (their ratio is the saving).
One more row plays the real chime at its real length and times the silence
between its end and the first sentence of a number never said.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from table import Row, percentile

from kiosk.content.catalog import load_catalogs
from kiosk.paths import assets_dir, locales_dir
from kiosk.queue.announcement import (
    CHIME_FILE,
    AnnouncementSettings,
    CallAnnouncement,
    announcement_sentences,
)
from kiosk.services.announcer import Announcer
from kiosk.speech.audio_out import SimulatedOutput, read_wav
from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

COUNTERS = {"en": "counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"}
LOCALES = ("en", "zh_CN", "ko")
NUMBERS_PER_LOCALE = 8
CACHED_P95_MAX_MS = 50.0
SETTINGS = AnnouncementSettings(speak=True, repeats=1)
CHIME_SAMPLES = 6  # each waits through the real 1.4 s chime
GAP_P95_MAX_MS = 50.0
POLL_MS = 10.0  # the Announcer's default poll interval: the least a gap can be


def _calls() -> list[CallAnnouncement]:
    return [
        CallAnnouncement(f"A{100 + i:03d}", COUNTERS, locales=(locale,))
        for i in range(NUMBERS_PER_LOCALE)
        for locale in LOCALES
    ]


def _start_ms(announcer: Announcer, calls: list[CallAnnouncement]) -> list[float]:
    """ms from ``announce()`` until the call's first sentence plays, one call at a time."""
    samples: list[float] = []
    loop = QEventLoop()
    started: list[float] = []
    done: list[str] = []

    def on_start(_number: str, _locale: str) -> None:
        started.append(time.perf_counter())

    def on_finish(number: str) -> None:
        done.append(number)
        loop.quit()

    announcer.announcement_did_start.connect(on_start)
    announcer.announcement_did_finish.connect(on_finish)
    try:
        for call in calls:
            started.clear()
            done.clear()
            began = time.perf_counter()
            announcer.announce(call)
            if not done:
                QTimer.singleShot(30_000, loop.quit)
                loop.exec()
            if not started:
                raise RuntimeError(f"{call.number} was not said: {announcer.unavailable_reason}")
            samples.append((started[0] - began) * 1000)
    finally:
        announcer.announcement_did_start.disconnect(on_start)
        announcer.announcement_did_finish.disconnect(on_finish)
    return samples


def _espeak_cli_ms(sentences: list[tuple[str, str]], out_dir: Path) -> list[float]:
    """The baseline: a plain ``espeak-ng -w`` process per sentence, same voice and rate."""
    synth = Pyttsx3Synthesiser()
    voices = {locale: synth.voice_for(locale).id for locale in LOCALES}
    samples = []
    for i, (locale, text) in enumerate(sentences):
        command = ["espeak-ng", "-v", voices[locale], "-s", str(SETTINGS.rate_wpm)]
        command += ["-w", str(out_dir / f"cli-{i}.wav"), text]
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append((time.perf_counter() - began) * 1000)
    return samples


class _ChimeOutput(SimulatedOutput):
    """The chime lasts its real length; speech ends at once. Records when the chime ends."""

    def __init__(self, chime: Path) -> None:
        super().__init__(speed=0.0)
        self.chime = chime
        self.chime_ends = 0.0

    def play(self, path: Path) -> None:
        self.speed = 1.0 if Path(path) == self.chime else 0.0
        super().play(path)
        if Path(path) == self.chime:
            self.chime_ends = time.perf_counter() + read_wav(self.chime).duration


def _silence_after_chime_ms(catalogs: dict, cache: PromptCache) -> list[float]:
    """ms of silence between the chime's end and the first sentence, numbers never said."""
    chime = assets_dir() / CHIME_FILE
    output = _ChimeOutput(chime)
    synth = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    announcer = Announcer(synth, output, catalogs, chime, SETTINGS)
    gaps: list[float] = []
    loop = QEventLoop()
    announcer.announcement_did_start.connect(
        lambda *_: gaps.append((time.perf_counter() - output.chime_ends) * 1000)
    )
    announcer.announcement_did_finish.connect(lambda _: loop.quit())
    try:
        for i in range(CHIME_SAMPLES):
            locale = LOCALES[i % len(LOCALES)]
            announcer.announce(CallAnnouncement(f"C{200 + i:03d}", COUNTERS, locales=(locale,)))
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()
    finally:
        announcer.shutdown()
    if len(gaps) != CHIME_SAMPLES or synth.hits:
        raise RuntimeError(f"{len(gaps)} of {CHIME_SAMPLES} calls said, {synth.hits} cache hits")
    return gaps


def _announcer(cache: PromptCache, catalogs: dict) -> tuple[Announcer, CachingSynthesiser]:
    synth = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    return Announcer(synth, SimulatedOutput(speed=0.0), catalogs, None, SETTINGS), synth


def run() -> list[Row]:
    """Measure call → voice for first synthesis, memory hit and disk hit; rows for the table."""
    if shutil.which("espeak-ng") is None:
        print("announce bench skipped: espeak-ng is not installed (apt-get install espeak-ng)")
        return []
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    catalogs = load_catalogs(locales_dir())
    calls = _calls()
    with tempfile.TemporaryDirectory(prefix="kiosk-announce-bench-") as tmp:
        cache = PromptCache(Path(tmp) / "lobby", 50 * 1024 * 1024)
        announcer, synth = _announcer(cache, catalogs)
        try:
            # Engine start-up and voice choice, not counted.
            _start_ms(announcer, [CallAnnouncement("Z999", COUNTERS, locales=LOCALES)])
            first = _start_ms(announcer, calls)
            memory = _start_ms(announcer, calls)
        finally:
            announcer.shutdown()
        if synth.misses != len(calls) + len(LOCALES) or synth.hits:
            raise RuntimeError(f"cache misbehaved: {synth.misses} misses, {synth.hits} hits")
        # A restarted lobby: empty memory, the same disk cache.
        restarted, disk_synth = _announcer(cache, catalogs)
        try:
            _start_ms(restarted, [CallAnnouncement("Z999", COUNTERS, locales=LOCALES)])
            disk = _start_ms(restarted, calls)
        finally:
            restarted.shutdown()
        if disk_synth.misses:
            raise RuntimeError(f"the disk cache missed {disk_synth.misses} sentences")
        gaps = _silence_after_chime_ms(catalogs, cache)
        sentences = [
            (loc, text) for c in calls for loc, text in announcement_sentences(c, catalogs).items()
        ]
        cli = _espeak_cli_ms(sentences, Path(tmp))

    first50, first95 = percentile(first, 50), percentile(first, 95)
    memory95, disk95 = percentile(memory, 95), percentile(disk, 95)
    return [
        Row("announcement start, new (p50)", first50, percentile(cli, 50)),
        Row("announcement start, new (p95)", first95, percentile(cli, 95)),
        Row(
            "announcement start, cached (p95)",
            memory95,
            first95,
            f"<= {CACHED_P95_MAX_MS:g} ms",
            memory95 <= CACHED_P95_MAX_MS,
        ),
        Row(
            "announcement start, restarted (p95)",
            disk95,
            first95,
            f"<= {CACHED_P95_MAX_MS:g} ms",
            disk95 <= CACHED_P95_MAX_MS,
        ),
        Row(
            "silence after the chime, new (p95)",
            percentile(gaps, 95),
            POLL_MS,
            f"<= {GAP_P95_MAX_MS:g} ms",
            percentile(gaps, 95) <= GAP_P95_MAX_MS,
        ),
    ]


def main() -> int:
    began = time.perf_counter()
    rows = run()
    line = "{:<36} {:>9} {:>9} {:>8}   {:<10} {}"
    print(line.format("benchmark", "value", "baseline", "ratio", "target", "ok"))
    for r in rows:
        ok = "-" if r.met is None else "yes" if r.met else "MISSED"
        value, base = f"{r.value:.2f} ms", f"{r.baseline:.2f} ms"
        print(line.format(r.name, value, base, r.ratio_text(2), r.target, ok))
    print(
        f"\n{NUMBERS_PER_LOCALE} numbers x {len(LOCALES)} locales, one sentence each, "
        f"no chime (the silence row: {CHIME_SAMPLES} calls after the real chime); "
        "baseline: `espeak-ng -w` process (new rows), a first synthesis (cached, restarted)"
    )
    print(f"(measured in {time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
