"""RecognitionService: models load and recognition runs off the GUI thread; signals back."""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from kiosk.services.recognition_service import ModelState, RecognitionService
from kiosk.speech.audio_in import NullSource, WavFileSource
from kiosk.speech.recognizer import NullEngine, Partial, Result, SpeechUnavailable
from kiosk.speech.vosk_recognizer import VoskEngine


class FakeRecognizer:
    """Hears "직원 불러 주세요" a word per block; records the thread and grammar."""

    available = True
    reason = ""

    def __init__(self, engine: FakeEngine) -> None:
        self.engine = engine
        self.blocks = 0

    def start(self, grammar: list[str] | None) -> None:
        self.engine.grammars.append(grammar)
        self.engine.threads.add(threading.get_ident())
        self.blocks = 0

    def accept(self, pcm16: bytes) -> Partial | None:
        if self.engine.explode:
            raise SpeechUnavailable("the recogniser broke")
        self.blocks += 1
        return Partial(" ".join(["직원", "불러", "주세요"][: self.blocks]))

    def finish(self) -> Result:
        return Result("직원 불러 주세요", 0.875)


class FakeEngine:
    def __init__(self, models: dict[str, str], load_seconds: float = 0.05) -> None:
        self.models = models  # locale -> "" (has a model) or the reason it has none
        self.load_seconds = load_seconds
        self.loaded: set[str] = set()
        self.threads: set[int] = set()
        self.grammars: list[list[str] | None] = []
        self.explode = False

    def available(self, locale: str) -> tuple[bool, str]:
        reason = self.models.get(locale, f"no speech model for {locale}")
        return (not reason, reason)

    def load(self, locale: str) -> None:
        self.threads.add(threading.get_ident())
        time.sleep(self.load_seconds)
        self.loaded.add(locale)

    def is_loaded(self, locale: str) -> bool:
        return locale in self.loaded

    def recognizer(self, locale: str) -> FakeRecognizer:
        return FakeRecognizer(self)


def tone_wav(path: Path, seconds: float = 0.5) -> Path:
    samples = (0.3 * np.sin(np.arange(int(16_000 * seconds)) / 5) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16_000)
        wav.writeframes(samples.tobytes())
    return path


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine({"ko": "", "en": ""})


@pytest.fixture
def service(qtbot, engine: FakeEngine):  # type: ignore[no-untyped-def]
    svc = RecognitionService(engine, phrases=lambda locale: [f"phrases for {locale}"])
    yield svc
    svc.shutdown()


def load(qtbot, service: RecognitionService, locale: str = "ko") -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(service.model_did_load, timeout=5000) as blocker:
        service.load_later([locale])
    assert blocker.args == [locale]


def test_models_load_on_a_worker_thread_after_the_event_loop_starts(
    qtbot, service: RecognitionService, engine: FakeEngine
) -> None:  # type: ignore[no-untyped-def]
    service.load_later(["ko"])
    assert engine.loaded == set()  # nothing happens until the event loop runs
    assert service.available("ko") == (False, "the ko speech model has not been loaded")
    load(qtbot, service)
    assert service.available("ko") == (True, "")
    assert threading.get_ident() not in engine.threads


def test_a_locale_without_a_model_fails_with_its_reason(qtbot, service: RecognitionService) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(service.model_did_fail, timeout=5000) as blocker:
        service.load(["zh_CN"])
    assert blocker.args == ["zh_CN", "no speech model for zh_CN"]
    assert service.available("zh_CN") == (False, "no speech model for zh_CN")


@pytest.mark.parametrize(("off", "state"), [(True, ModelState.OFF), (False, ModelState.FAILED)])
def test_a_model_state_says_turned_off_apart_from_missing(qtbot, off: bool, state) -> None:  # type: ignore[no-untyped-def]
    """Whether speech input is off by a setting is known, not read from the reason's words."""
    service = RecognitionService(NullEngine("no speech input here", off=off))
    try:
        assert service.model_state("en") == ModelState.NOT_LOADED
        with qtbot.waitSignal(service.model_did_fail, timeout=5000):
            service.load(["en"])
            assert service.model_state("en") == ModelState.LOADING
        assert service.model_state("en") == state
        assert service.model_ready("en") == (False, "no speech input here")
    finally:
        service.shutdown()


def test_listen_delivers_levels_partials_and_the_result(
    qtbot, service: RecognitionService, engine: FakeEngine, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, service)
    levels: list[float] = []
    partials: list[str] = []
    events: list[tuple[object, ...]] = []
    service.level_did_change.connect(levels.append)
    service.partial_did_arrive.connect(partials.append)
    service.result_did_arrive.connect(lambda text, conf: events.append((text, conf)))
    service.listening_did_stop.connect(lambda: events.append(("stop",)))
    with qtbot.waitSignal(service.listening_did_stop, timeout=5000):
        assert service.listen("ko", WavFileSource(tone_wav(tmp_path / "a.wav")))
        assert service.listening
    assert events == [("직원 불러 주세요", 0.875), ("stop",)]
    assert len(levels) == 5 and all(0.2 < level < 0.22 for level in levels)
    assert partials[:3] == ["직원", "직원 불러", "직원 불러 주세요"]
    assert not service.listening
    assert engine.grammars[-1] == ["phrases for ko"]
    assert threading.get_ident() not in engine.threads


def test_free_mode_and_explicit_grammar(
    qtbot, service: RecognitionService, engine: FakeEngine, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, service)
    wav = WavFileSource(tone_wav(tmp_path / "a.wav"))
    yes_no = ["예", "아니요"]
    for kwargs, expected in (({"free": True}, None), ({"grammar": yes_no}, yes_no)):
        with qtbot.waitSignal(service.listening_did_stop, timeout=5000):
            service.listen("ko", wav, **kwargs)
        assert engine.grammars[-1] == expected


def test_listen_is_refused_until_the_model_is_loaded(
    service: RecognitionService, tmp_path: Path
) -> None:
    assert not service.listen("ko", WavFileSource(tone_wav(tmp_path / "a.wav")))


def test_listen_is_refused_without_a_microphone(qtbot, service: RecognitionService) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, service)
    assert not service.listen("ko", NullSource("no microphone found"))
    assert not service.listening


def test_pause_closes_the_turn_and_refuses_until_resume(
    qtbot, service: RecognitionService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, service)
    results: list[str] = []
    service.result_did_arrive.connect(lambda text, conf: results.append(text))
    live = WavFileSource(tone_wav(tmp_path / "long.wav", seconds=5), realtime=True)
    with qtbot.waitSignal(service.listening_did_stop, timeout=2000):
        assert service.listen("ko", live)
        qtbot.waitSignal(service.level_did_change, timeout=2000).wait()
        service.pause()  # the kiosk starts speaking
    assert results == []  # a cancelled turn delivers nothing
    assert service.paused
    assert service.available("ko") == (False, "the kiosk is speaking")
    assert not service.listen("ko", live)
    service.resume()
    with qtbot.waitSignal(service.listening_did_stop, timeout=10_000):
        assert service.listen("ko", WavFileSource(tone_wav(tmp_path / "a.wav")))
    assert results == ["직원 불러 주세요"]


def test_a_failing_recognizer_reports_and_stops(
    qtbot, service: RecognitionService, engine: FakeEngine, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, service)
    engine.explode = True
    events: list[str] = []
    service.listening_did_fail.connect(events.append)
    service.listening_did_stop.connect(lambda: events.append("stop"))
    with qtbot.waitSignal(service.listening_did_stop, timeout=5000):
        service.listen("ko", WavFileSource(tone_wav(tmp_path / "a.wav")))
    assert events == ["the recogniser broke", "stop"]


def test_a_new_turn_replaces_a_running_one(
    qtbot, service: RecognitionService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, service)
    stops: list[bool] = []
    results: list[str] = []
    service.listening_did_stop.connect(lambda: stops.append(True))
    service.result_did_arrive.connect(lambda text, conf: results.append(text))
    live = WavFileSource(tone_wav(tmp_path / "long.wav", seconds=5), realtime=True)
    assert service.listen("ko", live)
    with qtbot.waitSignal(service.result_did_arrive, timeout=5000):
        assert service.listen("ko", WavFileSource(tone_wav(tmp_path / "a.wav")))
    qtbot.waitUntil(lambda: not service.listening)
    assert results == ["직원 불러 주세요"]  # only the second turn's
    assert stops == [True]  # the replaced turn's end is not news


def longest_stall_ms(qtbot, until, timeout_ms: int = 60_000) -> float:  # type: ignore[no-untyped-def]
    """Longest gap between 5 ms heartbeats on the GUI thread until ``until()`` holds."""
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    clock.start()
    timer.start()
    qtbot.waitUntil(until, timeout=timeout_ms)
    timer.stop()
    return max(gaps[1:], default=0.0)


def test_loading_the_real_korean_model_never_stalls_the_gui(qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = VoskEngine()
    if not engine.available("ko")[0]:
        pytest.skip(engine.available("ko")[1])
    service = RecognitionService(engine, phrases=lambda locale: ["직원 불러 주세요", "다시"])
    loaded: list[str] = []
    service.model_did_load.connect(loaded.append)
    try:
        service.load(["ko"])
        stall = longest_stall_ms(qtbot, lambda: bool(loaded))
    finally:
        service.shutdown()
    print(f"longest GUI stall while loading: {stall:.1f} ms")
    assert loaded == ["ko"]
    load_ms = engine.load_seconds["ko"] * 1000
    assert load_ms > 200  # it really loaded, and it took a while
    # Loaded on the GUI thread, the heartbeat would stop for the whole load. The
    # 50 ms target itself is a timing, measured by `make bench` (ASR GUI stall
    # while model loads), not asserted here where a busy machine decides it.
    assert stall < load_ms / 2
