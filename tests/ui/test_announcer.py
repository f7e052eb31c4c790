"""The lobby's Announcer with pytest-qt: chime then speech, in order, never cut off.

There is no sound card here: a recording output "plays" each WAV for a
fraction of its real length and records when each clip started and would
end, and whether anything was played over (or stopped) before its end.
"""

from __future__ import annotations

import ctypes.util
import shutil
import threading
import time
import wave
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.content.catalog import load_catalogs
from kiosk.paths import assets_dir, locales_dir
from kiosk.queue.announcement import (
    CHIME_FILE,
    AnnouncementSettings,
    BadAnnouncement,
    CallAnnouncement,
)
from kiosk.services.announcer import CACHE_SUBDIR, Announcer, create_announcer
from kiosk.speech.audio_out import NO_DEVICE, SimulatedOutput, make_audio_output, read_wav
from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
from kiosk.speech.speaker import LocaleVoiceMissing, NullAudioOutput, VoiceUnavailable

CHIME = assets_dir() / CHIME_FILE
COUNTER_3 = {"en": "counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"}
WAIT_MS = 20_000  # generous: a loaded 2-core machine


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs(locales_dir())


def call(number: str, *locales: str, recall: bool = False) -> CallAnnouncement:
    return CallAnnouncement(number, COUNTER_3, locales=locales or ("en",), recall=recall)


class FakeSynthesiser:
    """Writes a 0.5 s WAV per request; records what it was asked and on which thread."""

    def __init__(self, work_dir: Path, fail: dict[str, Exception] | None = None) -> None:
        self.work_dir = work_dir
        self.fail = fail or {}
        self.calls: list[tuple[str, str]] = []
        self.threads: set[int] = set()
        self._lock = threading.Lock()

    def check(self) -> str:
        return "fake voice"

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        with self._lock:
            self.calls.append((locale, text))
            self.threads.add(threading.get_ident())
            path = self.work_dir / f"{len(self.calls)}.wav"
        if locale in self.fail:
            raise self.fail[locale]
        self.work_dir.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(8000)
            wav.writeframes(b"\x00\x00" * 4000)
        return path


class RecordingOutput:
    """Plays each WAV for ``speed`` × its length; records (path, start, end) and cut-offs."""

    def __init__(self, speed: float = 0.1) -> None:
        self.speed = speed
        self.clips: list[tuple[Path, float, float]] = []
        self.cut_off: list[Path] = []
        self.stops = 0
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
        now = time.monotonic()
        if now < self._ends:
            self.cut_off.append(self.clips[-1][0])
        ends = now + read_wav(Path(path)).duration * self.speed
        self.clips.append((Path(path), now, ends))
        self._ends = ends

    def stop(self) -> None:
        if self.is_playing:
            self.cut_off.append(self.clips[-1][0])
        self.stops += 1
        self._ends = 0.0


class Events:
    """Every signal of an announcer, in order, with when it came."""

    def __init__(self, announcer: Announcer) -> None:
        self.seen: list[tuple[str, tuple[str, ...], float]] = []
        for name in ("chime_did_start", "announcement_did_start", "announcement_did_finish"):
            getattr(announcer, name).connect(
                lambda *args, name=name: self.seen.append((name, args, time.monotonic()))
            )
        self.failures: list[str] = []
        announcer.voice_did_fail.connect(self.failures.append)

    def names(self) -> list[tuple[str, ...]]:
        short = {"chime_did_start": "chime", "announcement_did_start": "say"}
        return [(short.get(n, "done"), *args) for n, args, _ in self.seen]

    def finished(self) -> list[str]:
        return [args[0] for n, args, _ in self.seen if n == "announcement_did_finish"]

    def when(self, name: str, *args: str) -> float:
        return next(t for n, a, t in self.seen if n == name and a == args)


@pytest.fixture
def make(qtbot, catalogs, tmp_path: Path):
    """Build announcers (shut down after the test)."""
    built: list[Announcer] = []

    def build(synth=None, output=None, chime: Path | None = CHIME, **settings) -> Announcer:
        announcer = Announcer(
            synth or FakeSynthesiser(tmp_path / "tts"),
            output or RecordingOutput(),
            catalogs,
            chime,
            AnnouncementSettings(**settings),
            poll_ms=5,
        )
        built.append(announcer)
        return announcer

    yield build
    for announcer in built:
        announcer.shutdown()


def assert_never_cut_off(output: RecordingOutput) -> None:
    assert output.cut_off == [] and output.stops == 0
    for (_, _, ended), (path, started, _) in zip(output.clips, output.clips[1:], strict=False):
        assert started >= ended, f"{path} started before the clip before it ended"


def test_calls_play_in_arrival_order_chime_first_and_never_cut_off(qtbot, make, tmp_path) -> None:
    synth = FakeSynthesiser(tmp_path / "tts")
    output = RecordingOutput()
    announcer = make(synth, output)
    events = Events(announcer)

    announcer.announce(call("A012", "ko", "en"))
    announcer.announce(call("B003", "zh_CN"))
    qtbot.waitUntil(lambda: ("say", "A012", "ko") in events.names(), timeout=WAIT_MS)
    announcer.announce(call("A012", "ko", "en", recall=True))  # staff press "Call again"
    qtbot.waitUntil(lambda: len(events.finished()) == 3, timeout=WAIT_MS)

    a012 = [("chime", "A012"), *[("say", "A012", loc) for loc in ("ko", "en", "ko", "en")]]
    b003 = [("chime", "B003"), ("say", "B003", "zh_CN"), ("say", "B003", "zh_CN")]
    assert events.names() == [
        *a012, ("done", "A012"), *b003, ("done", "B003"), *a012, ("done", "A012")
    ]  # fmt: skip
    assert len(output.clips) == 5 + 3 + 5
    assert_never_cut_off(output)
    assert output.clips[0][0] == CHIME
    # The recall is said with its own words, and synthesis never ran on the GUI thread.
    assert any(text.startswith("다시 한 번") for _, text in synth.calls)
    assert threading.main_thread().ident not in synth.threads
    assert not announcer.busy


def test_a_call_arriving_while_one_is_said_waits_for_its_end(qtbot, make) -> None:
    output = RecordingOutput(speed=0.3)
    announcer = make(output=output, repeats=1)
    events = Events(announcer)

    announcer.announce(call("A012", "en"))
    qtbot.waitUntil(lambda: ("say", "A012", "en") in events.names(), timeout=WAIT_MS)
    announcer.announce(call("B003", "en"))
    assert [c.number for c in announcer.pending] == ["B003"]
    qtbot.waitUntil(lambda: events.finished() == ["A012", "B003"], timeout=WAIT_MS)

    assert events.when("chime_did_start", "B003") >= events.when("announcement_did_finish", "A012")
    assert_never_cut_off(output)


def test_with_speech_off_only_the_chime_plays(qtbot, make, tmp_path) -> None:
    synth = FakeSynthesiser(tmp_path / "tts")
    output = RecordingOutput()
    announcer = make(synth, output, speak=False)
    events = Events(announcer)

    announcer.announce(call("A012", "en", "ko"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)

    assert events.names() == [("chime", "A012"), ("done", "A012")]
    assert [path for path, _, _ in output.clips] == [CHIME]
    assert synth.calls == [] and not announcer.speaks


def test_without_an_audio_device_calls_are_done_at_once_and_nothing_is_made(
    qtbot, make, tmp_path
) -> None:
    synth = FakeSynthesiser(tmp_path / "tts")
    silent = NullAudioOutput(NO_DEVICE)
    announcer = make(synth, silent)
    events = Events(announcer)

    announcer.announce(call("A012", "en", "zh_CN"))
    announcer.announce(call("B003", "ko", recall=True))

    assert events.names() == [("done", "A012"), ("done", "B003")]  # the display flashes them
    assert not announcer.audible and announcer.unavailable_reason == NO_DEVICE
    assert silent.skipped == [] and synth.calls == []
    qtbot.wait(50)
    assert synth.calls == [] and not announcer.busy


def test_the_real_factory_without_an_audio_device_shows_calls_only(
    qtbot, data_dir: Path, catalogs
) -> None:
    if make_audio_output().available:
        pytest.skip("this machine has an audio output device")
    announcer = create_announcer(Config(), data_dir, catalogs)
    try:
        events = Events(announcer)
        announcer.announce(call("A012", "en"))
        assert events.names() == [("done", "A012")]
        assert announcer.unavailable_reason == NO_DEVICE
    finally:
        announcer.shutdown()


def test_a_number_heard_before_is_said_from_memory_without_synthesis(qtbot, make, tmp_path) -> None:
    synth = FakeSynthesiser(tmp_path / "tts")
    announcer = make(synth, chime=None)
    events = Events(announcer)

    announcer.announce(call("A012", "en", "zh_CN"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)
    assert len(synth.calls) == 2  # one per sentence, though each is said twice
    events.seen.clear()

    announcer.announce(call("A012", "en", "zh_CN"))
    # Ready in memory: the first sentence starts inside announce() itself.
    assert events.names() == [("say", "A012", "en")]
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)
    assert len(synth.calls) == 2


def test_a_number_heard_before_a_restart_comes_from_the_disk_cache(
    qtbot, make, tmp_path, data_dir: Path
) -> None:
    cache = PromptCache(data_dir / CACHE_SUBDIR, 10 * 1024 * 1024)
    inner = FakeSynthesiser(cache.tmp_dir)
    first = make(CachingSynthesiser(inner, cache), chime=None)
    events = Events(first)
    first.announce(call("B105", "ko"))
    qtbot.waitUntil(lambda: events.finished() == ["B105"], timeout=WAIT_MS)
    first.shutdown()
    assert len(inner.calls) == 1 and len(cache.files()) == 1

    # A new lobby process: empty memory, same data dir.
    again = CachingSynthesiser(inner, cache)
    second = make(again)
    events = Events(second)
    second.announce(call("B105", "ko"))
    qtbot.waitUntil(lambda: events.finished() == ["B105"], timeout=WAIT_MS)
    assert len(inner.calls) == 1 and again.hits == 1
    assert ("say", "B105", "ko") in events.names()


def test_a_sentence_gone_from_the_disk_is_made_again(qtbot, make, tmp_path) -> None:
    synth = FakeSynthesiser(tmp_path / "tts")
    output = RecordingOutput()
    announcer = make(synth, output, chime=None, repeats=1)
    events = Events(announcer)
    announcer.announce(call("A012", "en"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)
    for wav in (tmp_path / "tts").glob("*.wav"):
        wav.unlink()  # evicted by the cache's size limit, say

    announcer.announce(call("A012", "en"))
    qtbot.waitUntil(lambda: events.finished() == ["A012", "A012"], timeout=WAIT_MS)
    assert len(synth.calls) == 2
    assert events.names().count(("say", "A012", "en")) == 2
    assert_never_cut_off(output)


def test_a_language_without_a_voice_leaves_the_others_speaking(qtbot, make, tmp_path) -> None:
    missing = LocaleVoiceMissing("no voice speaks zh_CN")
    synth = FakeSynthesiser(tmp_path / "tts", fail={"zh_CN": missing})
    announcer = make(synth)
    events = Events(announcer)

    announcer.announce(call("A012", "zh_CN", "en"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)

    assert events.names() == [
        ("chime", "A012"), ("say", "A012", "en"), ("say", "A012", "en"), ("done", "A012")
    ]  # fmt: skip
    assert events.failures and "zh_CN" in events.failures[0]
    assert announcer.speaks  # only that language is missing


def test_with_no_voice_at_all_the_lobby_goes_on_with_the_chime(qtbot, make, tmp_path) -> None:
    gone = VoiceUnavailable("espeak-ng is not installed: apt-get install espeak-ng")
    synth = FakeSynthesiser(tmp_path / "tts", fail={loc: gone for loc in ("en", "ko")})
    announcer = make(synth)
    events = Events(announcer)

    announcer.announce(call("A012", "en"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)
    asked = len(synth.calls)
    announcer.announce(call("B003", "ko"))
    qtbot.waitUntil(lambda: events.finished() == ["A012", "B003"], timeout=WAIT_MS)

    assert events.names() == [
        ("chime", "A012"), ("done", "A012"), ("chime", "B003"), ("done", "B003")
    ]  # fmt: skip
    assert not announcer.speaks and len(synth.calls) == asked  # not asked again
    assert events.failures[0].startswith("espeak-ng is not installed")


def test_bad_calls_are_refused_and_the_line_goes_on(qtbot, make, catalogs, tmp_path) -> None:
    only_english = {"en": catalogs["en"]}
    announcer = Announcer(
        FakeSynthesiser(tmp_path / "tts"), RecordingOutput(), only_english, CHIME, poll_ms=5
    )
    try:
        events = Events(announcer)
        with pytest.raises(BadAnnouncement, match="no words are loaded for ko"):
            announcer.announce(call("A012", "ko"))
        with pytest.raises(BadAnnouncement, match="not a call to announce"):
            announcer.announce("A012")  # type: ignore[arg-type]
        announcer.announce(call("B003", "en"))
        qtbot.waitUntil(lambda: events.finished() == ["B003"], timeout=WAIT_MS)
    finally:
        announcer.shutdown()


def test_a_missing_chime_file_starts_with_the_voice(qtbot, make, tmp_path) -> None:
    announcer = make(chime=tmp_path / "no-chime.wav", repeats=1)
    events = Events(announcer)
    announcer.announce(call("A012", "en"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=WAIT_MS)
    assert events.names() == [("say", "A012", "en"), ("done", "A012")]


@pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None or shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)
def test_real_espeak_announces_in_three_languages_and_keeps_the_wavs(
    qtbot, make, data_dir: Path
) -> None:
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    cache = PromptCache(data_dir / CACHE_SUBDIR, 10 * 1024 * 1024)
    synth = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    output = SimulatedOutput(speed=0.02)
    announcer = make(synth, output, repeats=1)
    events = Events(announcer)

    announcer.announce(call("A012", "zh_CN", "en", "ko"))
    qtbot.waitUntil(lambda: events.finished() == ["A012"], timeout=60_000)

    assert [n for n in events.names() if n[0] == "say"] == [
        ("say", "A012", loc) for loc in ("zh_CN", "en", "ko")
    ]
    wavs = cache.files()
    assert len(wavs) == 3 and all(read_wav(w).duration > 2.0 for w in wavs)
    assert output.played[0] == CHIME and output.played[1:] == [
        w for w in output.played[1:] if w.parent == cache.directory
    ]
