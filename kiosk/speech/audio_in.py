"""Audio in: WAV files (tests, the command line) and the microphone.

Every source delivers 16 kHz mono signed 16-bit PCM in blocks of about
100 ms, each with its loudness (RMS, 0..1) for the on-screen level meter.
``sounddevice`` (PortAudio) is imported only when a microphone is opened,
and a missing PortAudio library means "no microphone", never a crash.
"""

from __future__ import annotations

import contextlib
import logging
import math
import queue
import threading
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from kiosk.core.errors import KioskError
from kiosk.speech.recognizer import SAMPLE_RATE

if TYPE_CHECKING:
    import numpy as np  # imported where used: not needed before the first paint

log = logging.getLogger(__name__)

BLOCK_MS = 100
MAX_WAV_SECONDS = 600  # longer files are not voice commands; refuse rather than eat memory
_FULL_SCALE = 32768.0


class AudioFormatError(KioskError):
    """An audio file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class AudioBlock:
    """About 100 ms of 16 kHz mono 16-bit PCM and its level (RMS, 0..1)."""

    pcm16: bytes
    level: float


@runtime_checkable
class AudioSource(Protocol):
    """Where listening gets its audio from.

    ``blocks()`` yields until the audio ends or ``close()`` is called (from
    any thread); a live source yields until closed.
    """

    @property
    def available(self) -> bool:
        """False when there is nothing to listen to (see ``reason``)."""
        ...

    @property
    def reason(self) -> str:
        """Why the source is unavailable ("" when it is available)."""
        ...

    @property
    def live(self) -> bool:
        """True for a microphone (listening should stop after an utterance)."""
        ...

    def blocks(self) -> Iterator[AudioBlock]:
        """The audio, block by block."""
        ...

    def close(self) -> None:
        """Stop delivering audio and release the device."""
        ...


def rms_level(samples: np.ndarray) -> float:
    """Loudness of int16 samples as RMS relative to full scale (0..1)."""
    import numpy as np

    if samples.size == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(samples.astype(np.float64))))) / _FULL_SCALE
    return min(1.0, rms)


def resample(samples: np.ndarray, rate_in: int, rate_out: int, half_width: int = 16) -> np.ndarray:
    """Band-limited resampling (Kaiser-windowed sinc), float in, float out.

    Lowering the rate filters out what the new rate cannot hold first, so
    22.05 kHz speech from espeak-ng does not alias into the 16 kHz band.

    Args:
        samples: Mono samples.
        rate_in: Their rate in Hz.
        rate_out: The wanted rate in Hz.
        half_width: Sinc zero crossings on each side of the filter; 16 is plenty for speech.

    Returns:
        The resampled mono samples.
    """
    import numpy as np

    if rate_in == rate_out or samples.size == 0:
        return samples.astype(np.float64)
    step = math.gcd(rate_in, rate_out)
    up, down = rate_out // step, rate_in // step
    cutoff = min(1.0, up / down) * 0.95  # a little below Nyquist: the window's roll-off
    # The filter spans `half_width` zero crossings of the (stretched) sinc on each side.
    span = math.ceil(half_width / cutoff)
    taps = np.arange(-span + 1, span + 1)
    # Output n sits at input position n*down/up: its fraction repeats every `up`
    # outputs, so the weights are a small table (polyphase), computed once.
    offsets = (np.arange(up) / up)[:, None] - taps[None, :]
    edge = np.clip(1.0 - (offsets / span) ** 2, 0.0, None)
    weights = cutoff * np.sinc(cutoff * offsets) * np.i0(8.0 * np.sqrt(edge)) / np.i0(8.0)
    n = np.arange(samples.size * up // down, dtype=np.int64)
    base, phase = np.divmod(n * down, up)
    padded = np.pad(samples.astype(np.float64), (span, span + 1))
    out = np.zeros(n.size)
    for column, k in enumerate(taps):
        out += padded[base + k + span] * weights[phase, column]
    return out


def _to_float(raw: bytes, width: int, path: Path) -> np.ndarray:
    import numpy as np

    if width == 1:  # 8-bit WAV is unsigned
        return (np.frombuffer(raw, np.uint8).astype(np.float64) - 128.0) * 256.0
    if width == 2:
        return np.frombuffer(raw, "<i2").astype(np.float64)
    if width == 3:
        b = np.frombuffer(raw, np.uint8).reshape(-1, 3).astype(np.int32)
        value = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        return np.where(value >= 1 << 23, value - (1 << 24), value).astype(np.float64) / 256.0
    if width == 4:
        return np.frombuffer(raw, "<i4").astype(np.float64) / 65536.0
    raise AudioFormatError(f"{path}: {8 * width}-bit samples are not supported")


def read_wav(path: Path | str) -> tuple[bytes, float]:
    """Read a PCM WAV file as 16 kHz mono 16-bit.

    Other rates are resampled, channels averaged, 8/24/32-bit integer
    samples converted. Compressed and floating-point WAVs are refused.

    Args:
        path: The file.

    Returns:
        (pcm16, seconds).

    Raises:
        AudioFormatError: The file is missing, unreadable or not PCM WAV.
    """
    import numpy as np

    path = Path(path)
    if not path.is_file():
        raise AudioFormatError(f"{path}: no such audio file")
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width = wav.getnchannels(), wav.getsampwidth()
            rate, frames = wav.getframerate(), wav.getnframes()
            if frames > rate * MAX_WAV_SECONDS:
                raise AudioFormatError(
                    f"{path}: {frames / rate:.0f} s is too long (at most {MAX_WAV_SECONDS} s)"
                )
            raw = wav.readframes(frames)
    except (wave.Error, EOFError) as exc:
        raise AudioFormatError(
            f"{path}: not a PCM WAV file ({exc}); convert it to 16 kHz mono 16-bit WAV"
        ) from None
    except OSError as exc:
        raise AudioFormatError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if channels < 1 or rate < 1000:
        raise AudioFormatError(f"{path}: {channels} channel(s) at {rate} Hz is not audio")
    samples = _to_float(raw[: len(raw) - len(raw) % (width * channels)], width, path)
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    if rate != SAMPLE_RATE:
        samples = resample(samples, rate, SAMPLE_RATE)
    pcm = np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes()
    return pcm, len(pcm) / 2 / SAMPLE_RATE


class WavFileSource:
    """A WAV file as an :class:`AudioSource`, converted to 16 kHz mono 16-bit.

    Args:
        path: The file (read and converted now, so format errors show at once).
        realtime: Deliver blocks at the pace of speech, as a microphone would.
        pad_ms: Silence added before and after: a tightly cut recording lacks
            the quiet a microphone hears around a command, which the
            recogniser uses to adapt and to hear the end.

    Raises:
        AudioFormatError: The file is missing or not usable.
    """

    available = True
    reason = ""
    live = False

    def __init__(self, path: Path | str, realtime: bool = False, pad_ms: int = 0) -> None:
        self.path = Path(path)
        pcm, seconds = read_wav(self.path)
        pad = b"\0\0" * (SAMPLE_RATE * pad_ms // 1000)
        self.pcm16 = pad + pcm + pad
        self.seconds = seconds + 2 * pad_ms / 1000
        self.realtime = realtime
        self._closed = threading.Event()

    def blocks(self) -> Iterator[AudioBlock]:
        """The file in ~100 ms blocks (paced in real time when asked); may be repeated."""
        import numpy as np

        self._closed.clear()
        step = SAMPLE_RATE * BLOCK_MS // 1000 * 2
        began = time.perf_counter()
        for n, offset in enumerate(range(0, len(self.pcm16), step)):
            if self._closed.is_set():
                return
            if self.realtime:
                self._closed.wait(max(0.0, began + n * BLOCK_MS / 1000 - time.perf_counter()))
            chunk = self.pcm16[offset : offset + step]
            yield AudioBlock(chunk, rms_level(np.frombuffer(chunk, "<i2")))

    def close(self) -> None:
        """Stop :meth:`blocks` early."""
        self._closed.set()


class NullSource:
    """No audio at all, and why (no microphone, PortAudio missing, …).

    Args:
        reason: Shown to staff and in ``kiosk check``.
    """

    available = False
    live = False

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def blocks(self) -> Iterator[AudioBlock]:
        """Nothing."""
        return iter(())

    def close(self) -> None:
        """Nothing to release."""


def _sounddevice() -> Any:
    """Import sounddevice, or raise :class:`KioskError` saying what is missing."""
    try:
        import sounddevice
    except OSError as exc:  # the module imports, but libportaudio2 is not installed
        raise KioskError(f"PortAudio is missing ({exc}); apt-get install libportaudio2") from None
    except ImportError:
        raise KioskError("the sounddevice package is not installed") from None
    return sounddevice


class MicrophoneSource:
    """The microphone at 16 kHz mono, in ~100 ms blocks, until :meth:`close`.

    Args:
        device: PortAudio input device (index or name); None for the default.
        block_ms: Block length.
    """

    available = True
    reason = ""
    live = True

    def __init__(self, device: int | str | None = None, block_ms: int = BLOCK_MS) -> None:
        self.device = device
        self.block_ms = block_ms
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=100)
        self._closed = threading.Event()
        self._stream: Any = None

    def _on_audio(self, data: Any, frames: int, _time: Any, status: Any) -> None:
        # PortAudio's thread: copy and hand over, never block here.
        if status:
            log.debug("microphone status: %s", status)
        try:
            self._queue.put_nowait(bytes(data))
        except queue.Full:
            log.warning("microphone blocks dropped: recognition is too slow")

    def blocks(self) -> Iterator[AudioBlock]:
        """Open the device and yield blocks until closed.

        Raises:
            KioskError: The device could not be opened (says why).
        """
        import numpy as np

        sd = _sounddevice()
        self._closed.clear()  # one source serves every listening turn
        while not self._queue.empty():
            self._queue.get_nowait()
        try:
            self._stream = sd.RawInputStream(
                samplerate=SAMPLE_RATE,
                blocksize=SAMPLE_RATE * self.block_ms // 1000,
                device=self.device,
                channels=1,
                dtype="int16",
                callback=self._on_audio,
            )
            self._stream.start()
        except Exception as exc:  # PortAudioError, ValueError for a bad device
            self._stream = None
            raise KioskError(f"the microphone cannot record 16 kHz mono: {exc}") from None
        try:
            while not self._closed.is_set():
                try:
                    chunk = self._queue.get(timeout=0.5)
                except queue.Empty:
                    continue
                if chunk is None:
                    break
                yield AudioBlock(chunk, rms_level(np.frombuffer(chunk, "<i2")))
        finally:
            self._stop()

    def _stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception as exc:  # a vanished USB microphone must not crash the kiosk
                log.warning("closing the microphone failed: %s", exc)

    def close(self) -> None:
        """Stop listening (from any thread); the device closes on the reading thread."""
        self._closed.set()
        with contextlib.suppress(queue.Full):  # a full queue wakes the reader anyway
            self._queue.put_nowait(None)


def make_microphone(device: int | str | None = None) -> AudioSource:
    """The microphone when an input device exists, else a :class:`NullSource` saying why.

    Called once at start-up; the source then serves every listening turn.

    Args:
        device: PortAudio device index or name (``"2"`` means index 2); None or
            "" for the system's default input.
    """
    if isinstance(device, str):
        device = int(device) if device.strip().isdigit() else device.strip() or None
    try:
        sd = _sounddevice()
        info = sd.query_devices(device, kind="input")
    except KioskError as exc:
        return NullSource(f"no microphone: {exc}")
    except Exception as exc:  # PortAudioError / ValueError: no (such) input device
        log.info("no microphone: %s", exc)
        return NullSource("no microphone found")
    if not info or int(info.get("max_input_channels", 0)) < 1:
        return NullSource("no microphone found")
    try:  # refuse now, at start-up, rather than on the customer's first word
        sd.check_input_settings(device, channels=1, dtype="int16", samplerate=SAMPLE_RATE)
    except Exception as exc:
        return NullSource(f"the microphone cannot record 16 kHz mono: {exc}")
    return MicrophoneSource(device)
