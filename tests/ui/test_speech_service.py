"""SpeechService with pytest-qt: queued signals, stop on touch, repeat slower and simpler.

There is no sound card here: a fake output "plays" each WAV for a set time.
The real SounddeviceOutput is chosen by make_audio_output() where a device exists.
"""

from __future__ import annotations

import ctypes.util
import threading
import time
import wave
from pathlib import Path

import pytest

from kiosk.services.speech_service import SpeechService, create_speech_service
from kiosk.speech.audio_out import SimulatedOutput
from kiosk.speech.speaker import NullAudioOutput, NullSynthesiser, SpeechSettings

SETTINGS = SpeechSettings(rate_wpm=150, rate_step_wpm=20, min_rate_wpm=90, volume=0.9)


class FakeSynthesiser:
    """Writes a short silent WAV per request, optionally slowly; records what it was asked."""

    def __init__(self, work_dir: Path, delay_s: float = 0.0) -> None:
        self.work_dir = work_dir
        self.delay_s = delay_s
        self.calls: list[tuple[str, str, int, float]] = []
        self.threads: set[int] = set()
        self._lock = threading.Lock()

    def check(self) -> str:
        return "fake voice"

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        time.sleep(self.delay_s)
        with self._lock:
            self.calls.append((text, locale, rate, volume))
            self.threads.add(threading.get_ident())
            path = self.work_dir / f"{len(self.calls)}.wav"
        self.work_dir.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(8000)
            wav.writeframes(b"\x00\x00" * 800)  # 0.1 s
        return path

    def texts(self) -> list[str]:
        return [call[0] for call in self.calls]


class FakeOutput:
    """Plays every file for ``play_s`` seconds; records plays and when it was stopped."""

    def __init__(self, play_s: float = 0.15) -> None:
        self.play_s = play_s
        self.played: list[Path] = []
        self.stopped_at: float | None = None
        self._ends = 0.0

    @property
    def available(self) -> bool:
        return True

    @property
    def reason(self) -> str:
        return ""

    @property
    def is_playing(self) -> bool:
        return time.monotonic() < self._ends

    def play(self, path: Path) -> None:
        self.played.append(path)
        self._ends = time.monotonic() + self.play_s

    def stop(self) -> None:
        self._ends = 0.0
        self.stopped_at = time.perf_counter()


@pytest.fixture
def synth(tmp_path: Path) -> FakeSynthesiser:
    return FakeSynthesiser(tmp_path / "wav")


@pytest.fixture
def output() -> FakeOutput:
    return FakeOutput()


@pytest.fixture
def service(qtbot, synth: FakeSynthesiser, output: FakeOutput):  # type: ignore[no-untyped-def]
    built = SpeechService(synth, output, SETTINGS)
    yield built
    built.shutdown()


def record(service: SpeechService) -> list[tuple[str, object]]:
    events: list[tuple[str, object]] = []
    service.speech_will_start.connect(lambda text: events.append(("start", text)))
    service.speech_did_finish.connect(lambda: events.append(("finish", None)))
    service.speech_did_stop.connect(lambda: events.append(("stop", time.perf_counter())))
    service.voice_did_fail.connect(lambda reason: events.append(("fail", reason)))
    return events


def test_say_starts_then_finishes_with_synthesis_off_the_gui_thread(
    qtbot, service: SpeechService, synth: FakeSynthesiser, output: FakeOutput
) -> None:
    events = record(service)
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Welcome to the bank.", "en")
    assert events == [("start", "Welcome to the bank."), ("finish", None)]
    assert synth.calls == [("Welcome to the bank.", "en", 150, 0.9)]
    assert len(output.played) == 1
    assert synth.threads and threading.main_thread().ident not in synth.threads
    assert service.available and not service.is_speaking


class CountingSynthesiser(FakeSynthesiser):
    """Counts its voice checks (the engine's start-up)."""

    def __init__(self, work_dir: Path) -> None:
        super().__init__(work_dir)
        self.checks = 0

    def check(self) -> str:
        self.checks += 1
        return "fake voice"


def test_a_service_held_back_checks_its_voice_only_when_started_and_then_speaks(
    qtbot, tmp_path: Path, output: FakeOutput
) -> None:
    # `kiosk run` starts it after the first paint (kiosk/app/gui.py): what is asked
    # before then waits, and is said once the worker runs.
    synth = CountingSynthesiser(tmp_path / "wav")
    service = SpeechService(synth, output, SETTINGS, start=False)
    try:
        service.say("Welcome to the bank.", "en")
        qtbot.wait(100)
        assert synth.checks == 0 and synth.calls == []
        with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
            service.start()
        assert synth.checks == 1 and synth.texts() == ["Welcome to the bank."]
        service.start()  # once only
        qtbot.wait(50)
        assert synth.checks == 1
    finally:
        service.shutdown()


def test_a_service_never_started_shuts_down(qtbot, tmp_path: Path, output: FakeOutput) -> None:
    service = SpeechService(FakeSynthesiser(tmp_path / "wav"), output, SETTINGS, start=False)
    service.shutdown()
    assert not service.is_speaking


def test_a_held_back_output_is_opened_only_when_started(
    qtbot, tmp_path: Path, output: FakeOutput
) -> None:
    # `kiosk run` probes PortAudio after the first paint too: until then the service
    # counts as available, and what is said waits for the output.
    opened: list[FakeOutput] = []

    def open_output() -> FakeOutput:
        opened.append(output)
        return output

    synth = FakeSynthesiser(tmp_path / "wav")
    service = SpeechService(synth, None, SETTINGS, start=False, open_output=open_output)
    try:
        service.say("Welcome to the bank.", "en")
        service.stop()  # a touch before the start silences nothing, and does not fail
        service.say("Welcome to the bank.", "en")
        assert opened == [] and service.available
        with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
            service.start()
        assert opened == [output] and output.played
        service.start()
        assert opened == [output]  # once only
    finally:
        service.shutdown()


def test_no_output_found_at_the_start_drops_what_waits_and_says_why(qtbot, tmp_path: Path) -> None:
    synth = FakeSynthesiser(tmp_path / "wav")
    nothing = NullAudioOutput("no audio output device")
    service = SpeechService(synth, None, SETTINGS, start=False, open_output=lambda: nothing)
    try:
        events = record(service)
        service.say("Welcome to the bank.", "en")
        service.start()
        qtbot.wait(300)  # the worker may still synthesise it: nothing is played
        assert not service.available
        assert service.unavailable_reason == "no audio output device"
        assert events == [("fail", "no audio output device")]
        assert nothing.skipped == []
        service.say("Anything else?", "en")
        assert events[-1] == ("fail", "no audio output device")
    finally:
        service.shutdown()


def test_a_service_needs_an_output_or_a_way_to_open_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="open_output"):
        SpeechService(FakeSynthesiser(tmp_path / "wav"), None, SETTINGS)


def test_utterances_play_in_order_one_after_another(qtbot, service: SpeechService) -> None:
    events = record(service)
    service.say("One.", "en")
    service.say("Two.", "zh_CN")
    service.say("Three.", "ko")
    qtbot.waitUntil(lambda: len([e for e in events if e[0] == "finish"]) == 3, timeout=10_000)
    assert [e[1] for e in events if e[0] == "start"] == ["One.", "Two.", "Three."]
    assert [e[0] for e in events] == ["start", "finish"] * 3


def test_stop_silences_within_50_ms_and_drops_the_queue(
    qtbot, tmp_path: Path, output: FakeOutput
) -> None:
    synth = FakeSynthesiser(tmp_path / "slow", delay_s=0.25)
    output.play_s = 2.0
    service = SpeechService(synth, output, SETTINGS)
    try:
        events = record(service)
        with qtbot.waitSignal(service.speech_will_start, timeout=3000):
            service.say("First.", "en")
            service.say("Second.", "en")
            service.say("Third.", "en")
            service.say("Fourth.", "en")
        began = time.perf_counter()
        service.stop()
        stopped = [e for e in events if e[0] == "stop"]
        assert len(stopped) == 1
        assert float(stopped[0][1]) - began < 0.05  # type: ignore[arg-type]
        assert output.stopped_at is not None and output.stopped_at - began < 0.05
        assert not output.is_playing and not service.is_speaking

        qtbot.wait(1000)  # long enough for every queued request to have been synthesised
        assert [e[1] for e in events if e[0] == "start"] == ["First."]
        assert not [e for e in events if e[0] == "finish"]
        assert "Fourth." not in synth.texts()  # skipped by the worker, not synthesised
        assert len(output.played) == 1
    finally:
        service.shutdown()


def test_repeat_is_one_step_slower_and_uses_the_simpler_words(
    qtbot, service: SpeechService, synth: FakeSynthesiser
) -> None:
    events = record(service)
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Please authenticate.", "en", simpler="Please show your card.")
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.repeat()
    assert events[-2] == ("start", "Please show your card.")
    assert synth.calls[-1] == ("Please show your card.", "en", 130, 0.9)
    assert service.rate_step == -1 and service.rate_wpm == 130
    for _ in range(4):  # never slower than speech.min_rate_wpm
        with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
            service.repeat()
    assert synth.calls[-1][2] == 90


def test_repeat_without_simpler_words_says_the_same_again_slower(
    qtbot, service: SpeechService, synth: FakeSynthesiser
) -> None:
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Your number is A12.", "en")
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.repeat()
    assert synth.calls[-1] == ("Your number is A12.", "en", 130, 0.9)


def test_amended_words_are_repeated_only_when_they_were_the_last_said(
    qtbot, service: SpeechService, synth: FakeSynthesiser
) -> None:
    # A screen's words changed with its layout: Repeat says the new ones, unless
    # something else (the assistant's question) was said after them.
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Page 1 of 3.", "en")
    service.amend_last("Page 1 of 3.", "One page.", "en")
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.repeat()
    assert synth.calls[-1][0] == "One page."
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Did you mean a queue number?", "en")
    service.amend_last("One page.", "Page 1 of 2.", "en")
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.repeat()
    assert synth.calls[-1][0] == "Did you mean a queue number?"
    assert synth.calls.count(("One page.", "en", 130, 0.9)) == 1  # amending says nothing


def test_repeat_while_speaking_cuts_the_current_utterance(
    qtbot, service: SpeechService, output: FakeOutput
) -> None:
    output.play_s = 2.0
    events = record(service)
    with qtbot.waitSignal(service.speech_will_start, timeout=3000):
        service.say("A long explanation.", "en", simpler="Short one.")
    with qtbot.waitSignal(service.speech_will_start, timeout=3000):
        service.repeat()
    assert [e[0] for e in events] == ["start", "stop", "start"]
    assert events[-1] == ("start", "Short one.")


def test_rate_and_volume_apply_to_the_next_utterance_and_reset_restores_them(
    qtbot, service: SpeechService, synth: FakeSynthesiser
) -> None:
    service.set_rate_step(-2)
    service.set_volume(1.7)
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Louder and slower.", "ko")
    assert synth.calls[-1] == ("Louder and slower.", "ko", 110, 1.0)
    service.reset()
    assert (service.rate_step, service.volume) == (0, 0.9)
    service.repeat()  # nothing to repeat after a session ends
    with qtbot.waitSignal(service.speech_did_finish, timeout=3000):
        service.say("Next customer.", "en")
    assert synth.calls[-1] == ("Next customer.", "en", 150, 0.9)


def test_no_audio_output_means_unavailable_and_nothing_is_synthesised(
    qtbot, synth: FakeSynthesiser
) -> None:
    service = SpeechService(synth, NullAudioOutput("no audio output device"), SETTINGS)
    try:
        assert not service.available
        assert service.unavailable_reason == "no audio output device"
        with qtbot.waitSignal(service.voice_did_fail, timeout=1000) as failed:
            service.say("Hello.", "en")
        assert failed.args == ["no audio output device"]
        qtbot.wait(50)
        assert synth.calls == []
    finally:
        service.shutdown()


def test_no_voice_is_reported_at_start_up(qtbot) -> None:
    reason = "espeak-ng is not installed: apt-get install espeak-ng"
    service = SpeechService(NullSynthesiser(reason), FakeOutput(), SETTINGS)
    try:
        qtbot.waitUntil(lambda: not service.available, timeout=10_000)
        assert service.unavailable_reason == reason
    finally:
        service.shutdown()


@pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)
def test_the_real_voice_speaks_through_the_service_and_fills_the_cache(
    qtbot, data_dir: Path, config, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.speech import audio_out

    # No sound card here: simulate one so the real pyttsx3 path runs end to end.
    monkeypatch.setattr(audio_out, "make_audio_output", lambda: SimulatedOutput(speed=0.05))
    service = create_speech_service(config, data_dir)
    try:
        events = record(service)
        with qtbot.waitSignal(service.speech_did_finish, timeout=10_000):
            service.say("안녕하세요. 무엇을 도와드릴까요?", "ko")
        assert events == [("start", "안녕하세요. 무엇을 도와드릴까요?"), ("finish", None)]
        cached = list((data_dir / "cache" / "speech").glob("ko-150-90-*.wav"))
        assert len(cached) == 1
    finally:
        service.shutdown()


def test_a_held_back_service_loads_no_audio_library_before_it_starts(tmp_path: Path) -> None:
    # `kiosk run` builds it before the welcome screen's first paint: PortAudio's
    # import and device probe, and pyttsx3's, wait for start() (after the paint).
    import subprocess
    import sys

    code = (
        "import sys\nfrom pathlib import Path\nfrom kiosk.config import Config\n"
        "from kiosk.services.speech_service import create_speech_service\n"
        f"create_speech_service(Config(), Path({str(tmp_path)!r}), start=False)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sounddevice', '_sounddevice', 'pyttsx3')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
