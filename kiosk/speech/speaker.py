"""Speech out, the ports: a synthesiser makes a WAV, an audio output plays it.

No Qt and no speech library here. pyttsx3 cannot be interrupted while it plays
(DESIGN.md "Known traps"), so the kiosk splits speaking in two: synthesise to
a WAV file (:class:`Synthesiser`), then play that file through an output that
stops the moment the customer touches the screen (:class:`AudioOutput`).
Every port has a null implementation, so a kiosk without a voice or without
speakers runs touch-only and says why.
"""

from __future__ import annotations

import struct
import time
import wave
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from kiosk.core.errors import KioskError

# espeak-ng accepts 80..450 words/min; above this, elderly customers cannot follow.
MAX_RATE_WPM = 300
_WAV_HEADER = struct.Struct("<4sI4s")


class SpeechError(KioskError):
    """Speaking failed; the message says why in words."""


class VoiceUnavailable(SpeechError):
    """No voice can be used at all (library or speech engine missing).

    Args:
        reason: What is missing and how to fix it, e.g.
            ``"espeak-ng is not installed: apt-get install espeak-ng"``.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class SynthesisFailed(SpeechError):
    """One utterance could not be synthesised; the next one may work."""


class LocaleVoiceMissing(SynthesisFailed):
    """No installed voice speaks one locale's language; the others still speak.

    Not a :class:`VoiceUnavailable`: a kiosk whose Mandarin voice is missing
    (or reads Chinese as English) still talks to English and Korean customers.

    Args:
        reason: Which voices were tried, what they did, and what to install.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@runtime_checkable
class Synthesiser(Protocol):
    """Turns text into a WAV file. Blocking: never call it on the GUI thread."""

    def check(self) -> str:
        """Describe the voice per locale, or raise :class:`VoiceUnavailable`."""
        ...

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        """Write ``text`` spoken in ``locale`` to a complete WAV file and return its path.

        Args:
            text: What to say (never PIN or card digits: callers mask them).
            locale: One of ``kiosk.core.ids.LOCALES``.
            rate: Words per minute.
            volume: 0.0 (silent) … 1.0 (full).

        Raises:
            VoiceUnavailable: No voice exists on this machine.
            SynthesisFailed: This utterance failed.
        """
        ...


@runtime_checkable
class AudioOutput(Protocol):
    """Plays WAV files; ``stop()`` must silence it within a few milliseconds."""

    @property
    def available(self) -> bool:
        """False when nothing will be heard (see :attr:`reason`)."""
        ...

    @property
    def reason(self) -> str:
        """Why the output is unavailable; empty when it is available."""
        ...

    @property
    def is_playing(self) -> bool:
        """True from ``play()`` until the last sample has been played or ``stop()``."""
        ...

    def play(self, path: Path) -> None:
        """Start playing ``path`` and return at once (stops anything playing)."""
        ...

    def stop(self) -> None:
        """Silence the output now; safe to call when nothing plays."""
        ...


class NullAudioOutput:
    """The output when there are no speakers: plays nothing and says why.

    Args:
        reason: Shown to the technician and behind "voice unavailable",
            e.g. ``"no audio output device"``.
    """

    def __init__(self, reason: str) -> None:
        self._reason = reason
        # Kept so tests and logs can see what would have been said.
        self.skipped: list[Path] = []

    @property
    def available(self) -> bool:
        return False

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def is_playing(self) -> bool:
        return False

    def play(self, path: Path) -> None:
        self.skipped.append(Path(path))

    def stop(self) -> None:
        return None


class NullSynthesiser:
    """The synthesiser when no voice exists: every call raises :class:`VoiceUnavailable`.

    Args:
        reason: What is missing and how to fix it.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def check(self) -> str:
        raise VoiceUnavailable(self.reason)

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        raise VoiceUnavailable(self.reason)


@dataclass(frozen=True)
class SpeechSettings:
    """The ``speech.*`` settings, with the customer's rate steps.

    Step 0 is the configured rate; each step down ("Slower", "Repeat") takes
    ``rate_step_wpm`` off, never below ``min_rate_wpm``.
    """

    rate_wpm: int = 150
    rate_step_wpm: int = 20
    min_rate_wpm: int = 90
    volume: float = 0.9
    cache_mb: int = 50

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> SpeechSettings:
        """Read ``speech.*`` from a :class:`kiosk.config.Config` (defaults where absent)."""
        default = cls()
        return cls(
            rate_wpm=int(config.get("speech.rate_wpm", default.rate_wpm)),
            rate_step_wpm=int(config.get("speech.rate_step_wpm", default.rate_step_wpm)),
            min_rate_wpm=int(config.get("speech.min_rate_wpm", default.min_rate_wpm)),
            volume=float(config.get("speech.volume", default.volume)),
            cache_mb=int(config.get("speech.cache_mb", default.cache_mb)),
        )

    def clamp_step(self, step: int) -> int:
        """The nearest step whose rate lies within ``min_rate_wpm`` … ``MAX_RATE_WPM``."""
        if self.rate_step_wpm <= 0:
            return 0
        lowest = -max(0, (self.rate_wpm - self.min_rate_wpm) // self.rate_step_wpm)
        highest = max(0, (MAX_RATE_WPM - self.rate_wpm) // self.rate_step_wpm)
        return min(max(step, lowest), highest)

    def rate_for_step(self, step: int) -> int:
        """Words per minute at ``step`` (negative = slower), clamped to the limits."""
        rate = self.rate_wpm + self.clamp_step(step) * self.rate_step_wpm
        return min(max(rate, self.min_rate_wpm), MAX_RATE_WPM)


def clamp_volume(volume: float) -> float:
    """Volume limited to 0.0 … 1.0."""
    return min(max(float(volume), 0.0), 1.0)


def wav_duration(path: Path) -> float:
    """Length of a WAV file in seconds.

    Raises:
        SynthesisFailed: The file is not a readable WAV.
    """
    try:
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            return wav.getnframes() / rate if rate else 0.0
    except (OSError, EOFError, wave.Error) as exc:
        raise SynthesisFailed(f"{path} is not a readable WAV file: {exc}") from exc


def wav_is_complete(path: Path) -> bool:
    """True when ``path`` is a RIFF/WAVE file whose header length matches its size."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_WAV_HEADER.size)
    except OSError:
        return False
    if len(head) < _WAV_HEADER.size:
        return False
    riff, riff_size, wave_tag = _WAV_HEADER.unpack(head)
    # 44 bytes is the smallest PCM WAV header; the RIFF size excludes its first 8.
    return riff == b"RIFF" and wave_tag == b"WAVE" and size >= 44 and riff_size + 8 == size


def wait_for_complete_wav(path: Path, timeout_s: float = 5.0, poll_s: float = 0.005) -> None:
    """Wait until the WAV at ``path`` is completely written.

    Raises:
        SynthesisFailed: It is still missing or short after ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while not wav_is_complete(path):
        if time.monotonic() > deadline:
            raise SynthesisFailed(f"the voice did not finish writing {path} in {timeout_s:g} s")
        time.sleep(poll_s)
