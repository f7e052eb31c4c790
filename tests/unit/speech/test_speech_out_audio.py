"""Audio outputs: null without a device, sounddevice stops at once, rate steps."""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path
from typing import Any

import pytest

from kiosk.speech import audio_out
from kiosk.speech.audio_out import (
    NO_DEVICE,
    NO_PORTAUDIO,
    SimulatedOutput,
    SounddeviceOutput,
    make_audio_output,
    read_wav,
)
from kiosk.speech.speaker import (
    AudioOutput,
    NullAudioOutput,
    NullSynthesiser,
    SpeechError,
    SpeechSettings,
    VoiceUnavailable,
    wav_duration,
)


def write_wav(path: Path, seconds: float, rate: int = 22050) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\x10\x00" * int(seconds * rate))
    return path


class FakeStream:
    """Stands in for sounddevice.RawOutputStream: a thread pulls blocks in real time."""

    def __init__(self, sd: FakeSounddevice, **kwargs: Any) -> None:
        self.sd = sd
        self.kwargs = kwargs
        self.block = 512
        self.pulled = 0
        self.aborted = threading.Event()
        self.closed = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        sd.streams.append(self)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        frame_bytes = self.kwargs["channels"] * 2
        block_s = self.block / self.kwargs["samplerate"]
        while not self.aborted.wait(block_s):
            out = bytearray(self.block * frame_bytes)
            try:
                self.kwargs["callback"](memoryview(out), self.block, None, None)
            except self.sd.CallbackStop:
                break
            finally:
                self.pulled += len(out)
        self.kwargs["finished_callback"]()

    def abort(self, ignore_errors: bool = True) -> None:
        self.aborted.set()
        self._thread.join(1)

    def close(self, ignore_errors: bool = True) -> None:
        self.closed = True


class FakeSounddevice:
    class CallbackStop(Exception):
        pass

    def __init__(self) -> None:
        self.streams: list[FakeStream] = []

    def RawOutputStream(self, **kwargs: Any) -> FakeStream:  # sounddevice's own name
        return FakeStream(self, **kwargs)

    def query_devices(self, device: Any = None, kind: str | None = None) -> dict[str, Any]:
        return {"name": "fake", "max_output_channels": 2}


def test_this_machine_without_a_sound_card_gets_the_null_output() -> None:
    output = make_audio_output()
    if output.available:
        pytest.skip("this machine has an audio output device")
    assert isinstance(output, NullAudioOutput)
    assert output.reason in (NO_DEVICE, NO_PORTAUDIO)


def test_null_output_plays_nothing_and_says_why(tmp_path: Path) -> None:
    output = NullAudioOutput(NO_DEVICE)
    assert isinstance(output, AudioOutput)
    wav = write_wav(tmp_path / "a.wav", 1.0)
    output.play(wav)
    assert not output.is_playing and not output.available
    assert output.reason == "no audio output device"
    assert output.skipped == [wav]
    output.stop()  # harmless


def test_missing_portaudio_degrades_instead_of_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_library() -> None:
        raise OSError("PortAudio library not found")

    monkeypatch.setattr(audio_out, "_load_sounddevice", no_library)
    output = make_audio_output()
    assert not output.available and "apt-get install libportaudio2" in output.reason


def test_a_device_is_used_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audio_out, "_load_sounddevice", FakeSounddevice)
    assert isinstance(make_audio_output(), SounddeviceOutput)


def test_sounddevice_output_plays_to_the_end(tmp_path: Path) -> None:
    sd = FakeSounddevice()
    output = SounddeviceOutput(sd)
    wav = write_wav(tmp_path / "a.wav", 0.15)
    output.play(wav)
    assert output.is_playing
    stream = sd.streams[0]
    assert stream.kwargs["samplerate"] == 22050 and stream.kwargs["dtype"] == "int16"
    deadline = time.monotonic() + 2
    while output.is_playing and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not output.is_playing
    assert stream.pulled >= len(read_wav(wav).frames)
    assert stream.closed  # the device is released between prompts


def test_sounddevice_output_stops_within_50_ms(tmp_path: Path) -> None:
    sd = FakeSounddevice()
    output = SounddeviceOutput(sd)
    output.play(write_wav(tmp_path / "long.wav", 5.0))
    time.sleep(0.1)
    began = time.perf_counter()
    output.stop()
    elapsed = time.perf_counter() - began
    assert not output.is_playing
    assert elapsed < 0.05
    assert sd.streams[0].aborted.is_set() and sd.streams[0].closed


def test_playing_again_replaces_the_current_sound(tmp_path: Path) -> None:
    sd = FakeSounddevice()
    output = SounddeviceOutput(sd)
    output.play(write_wav(tmp_path / "a.wav", 5.0))
    output.play(write_wav(tmp_path / "b.wav", 5.0))
    assert sd.streams[0].aborted.is_set() and output.is_playing
    output.stop()


def test_unreadable_files_are_refused_with_words(tmp_path: Path) -> None:
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not a wav")
    with pytest.raises(SpeechError, match="cannot play"):
        SounddeviceOutput(FakeSounddevice()).play(bad)
    with pytest.raises(SpeechError):
        wav_duration(bad)


def test_simulated_output_lasts_as_long_as_the_audio_and_stops_at_once(tmp_path: Path) -> None:
    output = SimulatedOutput(speed=0.5)
    output.play(write_wav(tmp_path / "a.wav", 1.0))
    assert output.is_playing
    time.sleep(0.7)
    assert not output.is_playing
    output.play(write_wav(tmp_path / "b.wav", 2.0))
    output.stop()
    assert not output.is_playing


def test_null_synthesiser_reports_the_reason() -> None:
    synth = NullSynthesiser("espeak-ng is not installed: apt-get install espeak-ng")
    with pytest.raises(VoiceUnavailable, match="apt-get install espeak-ng"):
        synth.synthesise("Hello", "en", 150, 0.9)
    with pytest.raises(VoiceUnavailable):
        synth.check()


def test_rate_steps_go_down_by_the_step_and_stop_at_the_minimum() -> None:
    settings = SpeechSettings(rate_wpm=150, rate_step_wpm=20, min_rate_wpm=90)
    assert [settings.rate_for_step(s) for s in (0, -1, -2, -3, -4)] == [150, 130, 110, 90, 90]
    assert settings.clamp_step(-10) == -3
    assert settings.rate_for_step(1) == 170


def test_speech_settings_come_from_the_config(config: Any) -> None:
    settings = SpeechSettings.from_config(config.with_overrides(speech__rate_wpm=140))
    assert settings.rate_wpm == 140
    assert settings.rate_step_wpm == config["speech.rate_step_wpm"] == 20
    assert settings.min_rate_wpm == 90 and settings.volume == 0.9 and settings.cache_mb == 50
