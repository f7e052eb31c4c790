"""Speech out: how soon the kiosk starts talking, and how fast it stops on a touch.

``run()`` returns rows for ``benchmarks/run.py``'s table; ``python
benchmarks/tts_bench.py`` prints them alone. Measured through the real
:class:`SpeechService` (worker thread, pyttsx3/espeak-ng, prompt cache), with a
simulated output because benchmark machines have no sound card; the time to
"first audio sample" is the time until the WAV is ready and ``play()`` is
called (``speech_will_start``). Baselines come from the same run: a plain
``espeak-ng -w`` process for the same text, and a bare ``output.stop()``.
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

from kiosk.services.speech_service import SpeechService
from kiosk.speech.audio_out import SimulatedOutput
from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
from kiosk.speech.speaker import SpeechSettings
from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

PROMPTS = {
    "en": "Please take a seat. A member of staff will call number {n} soon.",
    "zh_CN": "请您稍坐，工作人员很快会叫到{n}号。",
    "ko": "잠시 앉아 계세요. 곧 {n}번 고객님을 부르겠습니다.",
}
SAMPLES_PER_LOCALE = 8
STOP_SAMPLES = 30
START_P95_MAX_MS = 300.0
CACHED_P95_MAX_MS = 50.0
STOP_P95_MAX_MS = 50.0


def _wait(loop: QEventLoop, timeout_ms: int = 10_000) -> None:
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _say_to_sound_ms(service: SpeechService, texts: list[tuple[str, str]]) -> list[float]:
    """ms from ``say()`` until the WAV is ready and playing starts, one text at a time."""
    samples: list[float] = []
    heard: list[float] = []
    loop = QEventLoop()

    def started(_: str) -> None:
        heard.append(time.perf_counter())
        loop.quit()

    service.speech_will_start.connect(started)
    try:
        for text, locale in texts:
            heard.clear()
            began = time.perf_counter()
            service.say(text, locale)
            _wait(loop)
            if not heard:
                raise RuntimeError(f"no speech for {text!r}: {service.unavailable_reason}")
            samples.append((heard[0] - began) * 1000)
            service.stop()
    finally:
        service.speech_will_start.disconnect(started)
    return samples


def _stop_ms(service: SpeechService, output: SimulatedOutput, text: str) -> list[float]:
    """ms from ``stop()`` until the output is silent and ``speech_did_stop`` was sent."""
    samples: list[float] = []
    loop = QEventLoop()
    service.speech_will_start.connect(lambda _: loop.quit())
    stopped: list[float] = []
    service.speech_did_stop.connect(lambda: stopped.append(time.perf_counter()))
    for _ in range(STOP_SAMPLES):
        service.say(text, "en")
        _wait(loop)
        stopped.clear()
        began = time.perf_counter()
        service.stop()
        silent = time.perf_counter() if not output.is_playing else float("inf")
        if not stopped:
            raise RuntimeError("stop() did not report speech_did_stop")
        samples.append((max(silent, stopped[0]) - began) * 1000)
    return samples


def _bare_stop_ms(output: SimulatedOutput, wav: Path) -> list[float]:
    samples = []
    for _ in range(STOP_SAMPLES):
        output.play(wav)
        began = time.perf_counter()
        output.stop()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def _espeak_cli_ms(texts: list[tuple[str, str]], rate: int, out_dir: Path) -> list[float]:
    """The baseline: a plain ``espeak-ng -w`` process per text, same voice and rate."""
    voices = {locale: Pyttsx3Synthesiser().voice_for(locale).id for locale in PROMPTS}
    samples = []
    for i, (text, locale) in enumerate(texts):
        command = ["espeak-ng", "-v", voices[locale], "-s", str(rate)]
        command += ["-w", str(out_dir / f"cli-{i}.wav"), text]
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def run() -> list[Row]:
    """Measure speech start (uncached, cached) and stop latency; rows for the table."""
    if shutil.which("espeak-ng") is None:
        print("tts bench skipped: espeak-ng is not installed (apt-get install espeak-ng)")
        return []
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    settings = SpeechSettings()
    texts = [
        (template.format(n=100 + i), locale)
        for i in range(SAMPLES_PER_LOCALE)
        for locale, template in PROMPTS.items()
    ]
    with tempfile.TemporaryDirectory(prefix="kiosk-tts-bench-") as tmp:
        cache = PromptCache(Path(tmp) / "cache", 50 * 1024 * 1024)
        tts = Pyttsx3Synthesiser(work_dir=cache.tmp_dir)
        synthesiser = CachingSynthesiser(tts, cache)
        output = SimulatedOutput(speed=1.0)
        service = SpeechService(synthesiser, output, settings)
        try:
            _say_to_sound_ms(service, [("Warming up.", "en")])  # engine start-up, not counted
            uncached = _say_to_sound_ms(service, texts)
            cached = _say_to_sound_ms(service, texts)
            stop = _stop_ms(service, output, "Warming up.")
        finally:
            service.shutdown()
        cli = _espeak_cli_ms(texts, settings.rate_wpm, Path(tmp))
        # The cache keys on the voice too (a locale's voice can change).
        voice = tts.voice_for("en").id
        warm = cache.get("Warming up.", "en", settings.rate_wpm, settings.volume, voice)
        if warm is None:
            raise RuntimeError("the warm-up prompt is not in the cache")
        bare_stop = _bare_stop_ms(output, warm)
        if synthesiser.misses != len(texts) + 1 or synthesiser.hits < len(texts):
            raise RuntimeError(f"cache misbehaved: {synthesiser.misses} misses")

    cli50, cli95 = percentile(cli, 50), percentile(cli, 95)
    start95, cached95, stop95 = (
        percentile(uncached, 95),
        percentile(cached, 95),
        percentile(stop, 95),
    )
    return [
        Row("speech: say to sound, uncached (p50)", percentile(uncached, 50), cli50),
        Row(
            "speech: say to sound, uncached (p95)",
            start95,
            cli95,
            f"<= {START_P95_MAX_MS:g} ms",
            start95 <= START_P95_MAX_MS,
        ),
        Row(
            "speech: say to sound, cached (p95)",
            cached95,
            cli95,
            f"<= {CACHED_P95_MAX_MS:g} ms",
            cached95 <= CACHED_P95_MAX_MS,
        ),
        Row(
            "speech: stop to silence (p95)",
            stop95,
            percentile(bare_stop, 95),
            f"<= {STOP_P95_MAX_MS:g} ms",
            stop95 <= STOP_P95_MAX_MS,
        ),
    ]


def main() -> int:
    began = time.perf_counter()
    rows = run()
    line = "{:<36} {:>9} {:>9} {:>8}   {:<10} {}"
    print(line.format("benchmark", "value", "baseline", "ratio", "target", "ok"))
    for r in rows:
        ok = "-" if r.met is None else "yes" if r.met else "MISSED"
        value, base = f"{r.value:.2f} ms", f"{r.baseline:.3f} ms"
        print(line.format(r.name, value, base, r.ratio_text(1), r.target, ok))
    print(
        f"\n{SAMPLES_PER_LOCALE} texts x {len(PROMPTS)} locales; baseline: `espeak-ng -w` "
        "process (start rows), bare output.stop() (stop row)"
    )
    print(f"(measured in {time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
