"""Audio outputs that stop the moment the customer touches the screen.

:class:`SounddeviceOutput` plays through PortAudio with a stream callback, so
``stop()`` is one ``abort()`` of the stream. sounddevice needs the
``libportaudio2`` library and opens the audio system on import, so it is
imported only when an output is built (DESIGN.md "Known traps").
:func:`make_audio_output` falls back to :class:`NullAudioOutput` with a reason
when there is no library or no device: the kiosk then runs touch-only.
"""

from __future__ import annotations

import logging
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.speech.speaker import AudioOutput, NullAudioOutput, SpeechError

log = logging.getLogger(__name__)

NO_DEVICE = "no audio output device"
NO_PORTAUDIO = "PortAudio is not installed: apt-get install libportaudio2"
NO_SOUNDDEVICE = "sounddevice is not installed: pip install sounddevice"
_DTYPES = {1: "uint8", 2: "int16", 3: "int24", 4: "int32"}


@dataclass(frozen=True)
class WavData:
    """A whole WAV file's samples in memory (prompts are seconds long, a few 100 kB)."""

    frames: bytes
    rate: int
    channels: int
    sample_width: int

    @property
    def duration(self) -> float:
        frame_bytes = self.channels * self.sample_width
        return len(self.frames) / frame_bytes / self.rate if frame_bytes and self.rate else 0.0


def read_wav(path: Path) -> WavData:
    """Read a PCM WAV into memory.

    Reading it whole means the file may be evicted from the cache while it plays.

    Raises:
        SpeechError: The file is missing or not a PCM WAV.
    """
    try:
        with wave.open(str(path), "rb") as wav:
            return WavData(
                wav.readframes(wav.getnframes()),
                wav.getframerate(),
                wav.getnchannels(),
                wav.getsampwidth(),
            )
    except (OSError, EOFError, wave.Error) as exc:
        raise SpeechError(f"cannot play {path}: {exc}") from exc


def _load_sounddevice() -> Any:
    """Import sounddevice now (it loads PortAudio); raise OSError/ImportError as-is."""
    import sounddevice

    return sounddevice


class SounddeviceOutput:
    """Plays WAVs on a PortAudio output device; ``stop()`` aborts the stream at once.

    Args:
        sd: The ``sounddevice`` module (tests pass a stand-in).
        device: PortAudio device index or name; None for the system default.
    """

    def __init__(self, sd: Any | None = None, device: int | str | None = None) -> None:
        self._sd = sd if sd is not None else _load_sounddevice()
        self._device = device
        self._lock = threading.Lock()
        self._stream: Any | None = None
        self._finished = threading.Event()
        self._finished.set()

    @property
    def available(self) -> bool:
        return True

    @property
    def reason(self) -> str:
        return ""

    @property
    def is_playing(self) -> bool:
        with self._lock:
            stream = self._stream
            if stream is None:
                return False
            if not self._finished.is_set():
                return True
            self._stream = None
        # Finished by itself: close it now so the device is free between prompts.
        self._close(stream)
        return False

    def play(self, path: Path) -> None:
        """Start playing ``path`` (stopping anything already playing) and return.

        Raises:
            SpeechError: The file cannot be read or the device refuses the stream.
        """
        data = read_wav(path)
        self.stop()
        dtype = _DTYPES.get(data.sample_width)
        if dtype is None:
            raise SpeechError(f"cannot play {path}: {8 * data.sample_width}-bit samples")
        buffer = memoryview(data.frames)
        position = 0
        finished = threading.Event()
        sd = self._sd

        def callback(outdata: Any, _frames: int, _time: Any, _status: Any) -> None:
            # Runs on PortAudio's thread: copy the next slice, pad the last one.
            nonlocal position
            wanted = len(outdata)
            chunk = buffer[position : position + wanted]
            position += len(chunk)
            outdata[: len(chunk)] = chunk
            if len(chunk) < wanted:
                outdata[len(chunk) :] = bytes(wanted - len(chunk))
                raise sd.CallbackStop

        try:
            stream = sd.RawOutputStream(
                samplerate=data.rate,
                channels=data.channels,
                dtype=dtype,
                device=self._device,
                callback=callback,
                finished_callback=finished.set,
            )
            stream.start()
        except Exception as exc:  # PortAudioError and friends: the device went away
            raise SpeechError(f"the audio device refused to play: {exc}") from exc
        with self._lock:
            self._stream = stream
            self._finished = finished

    def stop(self) -> None:
        """Abort the stream: PortAudio drops its buffers instead of draining them."""
        with self._lock:
            stream, self._stream = self._stream, None
            self._finished.set()
        if stream is not None:
            self._close(stream)

    @staticmethod
    def _close(stream: Any) -> None:
        try:
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)
        except Exception as exc:  # stopping must never raise into a touch handler
            log.warning("audio stream did not close cleanly: %s", exc)


class SimulatedOutput:
    """Plays nothing but takes as long as the WAV lasts; for tests and benchmarks.

    Never chosen by :func:`make_audio_output`: a kiosk without speakers must
    say "voice unavailable", not pretend to talk.

    Args:
        speed: Wall-clock seconds per second of audio (0.1 = ten times faster).
    """

    def __init__(self, speed: float = 1.0) -> None:
        self.speed = speed
        self.played: list[Path] = []
        self._ends_at = 0.0
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return True

    @property
    def reason(self) -> str:
        return ""

    @property
    def is_playing(self) -> bool:
        with self._lock:
            return time.monotonic() < self._ends_at

    def play(self, path: Path) -> None:
        duration = read_wav(path).duration * self.speed
        with self._lock:
            self.played.append(Path(path))
            self._ends_at = time.monotonic() + duration

    def stop(self) -> None:
        with self._lock:
            self._ends_at = 0.0


def make_audio_output(device: int | str | None = None) -> AudioOutput:
    """The real output when this machine has one, else a null output saying why.

    Never raises: a missing PortAudio library, a missing package or no sound
    card all give :class:`NullAudioOutput` with a reason the technician can act on.
    """
    try:
        sd = _load_sounddevice()
    except OSError as exc:  # sounddevice raises OSError when libportaudio is absent
        log.warning("no audio output: %s (%s)", NO_PORTAUDIO, exc)
        return NullAudioOutput(NO_PORTAUDIO)
    except ImportError:
        log.warning("no audio output: %s", NO_SOUNDDEVICE)
        return NullAudioOutput(NO_SOUNDDEVICE)
    try:
        info = sd.query_devices(device, kind="output")
        channels = int(info["max_output_channels"])
    except Exception as exc:  # PortAudioError "Error querying device -1": no device
        log.info("no audio output device: %s", exc)
        return NullAudioOutput(NO_DEVICE)
    if channels < 1:
        return NullAudioOutput(NO_DEVICE)
    return SounddeviceOutput(sd, device)
