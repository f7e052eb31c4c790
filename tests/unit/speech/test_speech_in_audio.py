"""Audio in: WAV conversion to 16 kHz mono 16-bit, clear refusals, microphone null paths."""

from __future__ import annotations

import struct
import threading
import wave
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from kiosk.core.errors import KioskError
from kiosk.speech import audio_in
from kiosk.speech.audio_in import (
    AudioFormatError,
    AudioSource,
    MicrophoneSource,
    NullSource,
    WavFileSource,
    make_microphone,
    read_wav,
    resample,
    rms_level,
)


def write_wav(path: Path, samples: np.ndarray, rate: int, width: int = 2) -> Path:
    """Write float samples (-1..1, shape frames or frames×channels) as integer PCM."""
    frames = samples if samples.ndim == 2 else samples[:, None]
    scaled = np.round(frames * (2 ** (8 * width - 1) - 1)).astype(np.int64)
    if width == 1:
        raw = (scaled + 128).astype(np.uint8).tobytes()
    elif width == 3:
        raw = b"".join(struct.pack("<i", int(v))[:3] for v in scaled.ravel())
    else:
        raw = scaled.astype({2: "<i2", 4: "<i4"}[width]).tobytes()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(frames.shape[1])
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(raw)
    return path


def tone(rate: int, seconds: float, hz: float = 440.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return amplitude * np.sin(2 * np.pi * hz * t)


def dominant_hz(pcm: bytes, rate: int = 16_000) -> float:
    samples = np.frombuffer(pcm, "<i2").astype(float)
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(samples.size)))
    return float(np.argmax(spectrum) * rate / samples.size)


def test_16k_mono_16bit_passes_through_unchanged(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", tone(16_000, 0.5), 16_000)
    with wave.open(str(path)) as wav:
        original = wav.readframes(wav.getnframes())
    pcm, seconds = read_wav(path)
    assert pcm == original
    assert seconds == pytest.approx(0.5)


def test_espeak_rate_22050_is_resampled_keeping_pitch_and_length(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", tone(22_050, 1.0, hz=1000), 22_050)
    pcm, seconds = read_wav(path)
    assert seconds == pytest.approx(1.0, abs=0.001)
    assert dominant_hz(pcm) == pytest.approx(1000, abs=5)


def test_downsampling_removes_what_16k_cannot_hold() -> None:
    # 10 kHz is above the new Nyquist (8 kHz): it must vanish, not fold back to 6 kHz.
    high = resample(tone(44_100, 0.5, hz=10_000), 44_100, 16_000)
    assert np.sqrt(np.mean(high[200:-200] ** 2)) < 0.01 * 0.5 / np.sqrt(2)


def test_stereo_is_mixed_to_mono(tmp_path: Path) -> None:
    left, right = tone(16_000, 0.2, amplitude=0.4), np.zeros(3200)
    pcm, _ = read_wav(write_wav(tmp_path / "s.wav", np.stack([left, right], axis=1), 16_000))
    mono = np.frombuffer(pcm, "<i2")
    assert mono.size == 3200
    assert np.abs(mono).max() == pytest.approx(0.2 * 32767, rel=0.01)


@pytest.mark.parametrize("width", [1, 3, 4])
def test_8_24_and_32_bit_samples_are_converted(tmp_path: Path, width: int) -> None:
    pcm, _ = read_wav(write_wav(tmp_path / "w.wav", tone(8_000, 0.25), 8_000, width))
    samples = np.frombuffer(pcm, "<i2")
    assert samples.size == 4000
    assert np.abs(samples).max() == pytest.approx(0.5 * 32767, rel=0.03)
    assert dominant_hz(pcm) == pytest.approx(440, abs=5)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(AudioFormatError, match=r"missing\.wav: no such audio file"):
        WavFileSource(tmp_path / "missing.wav")


def test_not_a_wav_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "a.wav").write_bytes(b"ID3 this is an mp3")
    with pytest.raises(AudioFormatError, match=r"a\.wav: not a PCM WAV file"):
        read_wav(tmp_path / "a.wav")


def test_float_wav_is_refused_clearly(tmp_path: Path) -> None:
    data = np.zeros(160, "<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, 16_000, 64_000, 4, 32)  # WAVE_FORMAT_IEEE_FLOAT
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", 640)
    (tmp_path / "f.wav").write_bytes(b"RIFF" + struct.pack("<I", len(body) + 640) + body + data)
    with pytest.raises(AudioFormatError, match=r"not a PCM WAV file.*16 kHz mono 16-bit"):
        read_wav(tmp_path / "f.wav")


def test_a_folder_is_not_an_audio_file(tmp_path: Path) -> None:
    with pytest.raises(AudioFormatError, match="no such audio file"):
        read_wav(tmp_path)


def test_wav_source_gives_100ms_blocks_with_levels(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", np.concatenate([tone(16_000, 0.3), np.zeros(800)]), 16_000)
    source = WavFileSource(path, pad_ms=100)
    assert isinstance(source, AudioSource)
    assert source.seconds == pytest.approx(0.35 + 0.2)
    blocks = list(source.blocks())
    assert [len(b.pcm16) for b in blocks] == [3200] * 5 + [1600]
    assert blocks[0].level == 0.0
    assert blocks[1].level == pytest.approx(0.5 / np.sqrt(2), rel=0.02)
    assert blocks[-1].level == 0.0
    assert list(source.blocks()) == blocks  # a source can be listened to again


def test_wav_source_stops_when_closed(tmp_path: Path) -> None:
    source = WavFileSource(write_wav(tmp_path / "a.wav", tone(16_000, 1.0), 16_000))
    seen = []
    for block in source.blocks():
        seen.append(block)
        source.close()
    assert len(seen) == 1


def test_rms_level_is_between_0_and_1() -> None:
    assert rms_level(np.zeros(10, np.int16)) == 0.0
    assert rms_level(np.full(10, -32768, np.int16)) == 1.0
    assert rms_level(np.array([], np.int16)) == 0.0


def test_no_microphone_here_gives_a_reason() -> None:
    # This machine (and CI) has no input device: a null source, never an exception.
    source = make_microphone()
    if source.available:
        pytest.skip("this machine has a microphone")
    assert isinstance(source, NullSource)
    assert "no microphone" in source.reason
    assert list(source.blocks()) == []


def test_missing_portaudio_is_a_reason_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_portaudio() -> Any:
        raise KioskError("PortAudio is missing (x); apt-get install libportaudio2")

    monkeypatch.setattr(audio_in, "_sounddevice", no_portaudio)
    source = make_microphone()
    assert not source.available
    assert "libportaudio2" in source.reason


class FakeStream:
    """RawInputStream stand-in: a thread calls back with 100 ms of a tone."""

    def __init__(self, callback: Any, blocksize: int, **kwargs: Any) -> None:
        self.callback, self.blocksize, self.kwargs = callback, blocksize, kwargs
        self.running = threading.Event()
        self.closed = False

    def start(self) -> None:
        self.running.set()
        block = (tone(16_000, 0.1, amplitude=0.25) * 32767).astype("<i2").tobytes()

        def feed() -> None:
            while self.running.is_set():
                self.callback(block, self.blocksize, None, None)
                self.running.wait(0.01)

        threading.Thread(target=feed, daemon=True).start()

    def stop(self) -> None:
        self.running.clear()

    def close(self) -> None:
        self.closed = True


def test_microphone_records_16k_mono_blocks_until_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    streams: list[FakeStream] = []

    def stream(**kwargs: Any) -> FakeStream:
        streams.append(FakeStream(**kwargs))
        return streams[-1]

    fake = SimpleNamespace(
        RawInputStream=stream,
        query_devices=lambda device=None, kind=None: {"name": "usb", "max_input_channels": 1},
        check_input_settings=lambda device=None, **settings: None,
    )
    monkeypatch.setattr(audio_in, "_sounddevice", lambda: fake)
    mic = make_microphone()
    assert isinstance(mic, MicrophoneSource)
    assert mic.live
    for turn in range(2):  # one source serves every listening turn
        levels = []
        for block in mic.blocks():
            assert len(block.pcm16) == 3200
            levels.append(block.level)
            if len(levels) == 3:
                mic.close()
        assert levels == pytest.approx([0.25 / np.sqrt(2)] * 3, rel=0.02)
        assert streams[turn].closed
    assert streams[0].kwargs == {
        "samplerate": 16_000,
        "device": None,
        "channels": 1,
        "dtype": "int16",
    }


def test_microphone_without_16k_mono_is_refused_at_start_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(device: Any = None, **settings: Any) -> None:
        raise ValueError("Invalid sample rate")

    queried: list[Any] = []
    fake = SimpleNamespace(
        query_devices=lambda device=None, kind=None: (
            queried.append(device) or {"name": "usb", "max_input_channels": 2}
        ),
        check_input_settings=refuse,
    )
    monkeypatch.setattr(audio_in, "_sounddevice", lambda: fake)
    source = make_microphone("3")
    assert queried == [3]  # a number in the settings file means a device index
    assert not source.available
    assert source.reason == "the microphone cannot record 16 kHz mono: Invalid sample rate"


def test_microphone_that_cannot_open_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**kwargs: Any) -> None:
        raise ValueError("Invalid sample rate")

    monkeypatch.setattr(audio_in, "_sounddevice", lambda: SimpleNamespace(RawInputStream=refuse))
    with pytest.raises(KioskError, match="cannot record 16 kHz mono: Invalid sample rate"):
        next(MicrophoneSource().blocks())
