"""Speech-to-text port: the :class:`Recognizer` protocol and its null implementation.

Pure Python, no Qt and no speech library: the adapters (``vosk_recognizer``)
implement the protocol, services and the command line only see this module.
Audio is always 16 kHz, mono, signed 16-bit little-endian PCM.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from kiosk.core.errors import KioskError

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
"""Every recogniser and audio source in the kiosk works at this rate."""

# Han ideographs (with extension A and compatibility ideographs) and CJK
# punctuation. Hangul is deliberately absent: Korean writes spaces between words.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


def join_cjk(text: str) -> str:
    """Remove the spaces a recogniser puts between Chinese words.

    Vosk returns ``"我 要 取钱"``; people and intent matchers expect ``"我要取钱"``.
    Spaces between Latin words, or between Chinese and Latin text, are kept.

    Args:
        text: Recognised text.

    Returns:
        The text with whitespace between two CJK characters removed.
    """
    return _SPACE_BETWEEN_CJK.sub("", text.strip())


class SpeechUnavailable(KioskError):
    """Speech input cannot work for a locale; the message says why in words."""


def intent_phrases(locale: str) -> list[str] | None:
    """Every intent sentence for ``locale`` (the grammar to listen for).

    Returns:
        ``kiosk.speech.intents.phrases(locale)``, or None (free recognition)
        when that module or its content is not there.
    """
    try:
        from kiosk.speech import intents
    except ImportError:
        return None
    phrases = getattr(intents, "phrases", None)  # absent while the package is being built
    if phrases is None:
        return None
    try:
        return list(phrases(locale))
    except Exception as exc:  # broken content must not stop listening: fall back to free mode
        log.warning("no intent phrases for %s: %s", locale, exc)
        return None


@dataclass(frozen=True)
class Word:
    """One recognised word with its timing (seconds) and confidence (0..1)."""

    text: str
    start: float
    end: float
    conf: float


@dataclass(frozen=True)
class Partial:
    """What the recogniser has heard so far.

    Attributes:
        text: The running transcript of this listening turn.
        endpoint: True when the recogniser heard the end of an utterance
            (a pause after speech); a live listener may stop here.
    """

    text: str
    endpoint: bool = False


@dataclass(frozen=True)
class Result:
    """The final transcript of one listening turn.

    Attributes:
        text: What was said ("" when nothing was recognised).
        confidence: 0..1, the mean of the word confidences (0 without words).
        words: The words with timings, when the recogniser provides them.
        alternatives: Other readings of the same sound, most likely first
            (without ``text``), when the recogniser offers them: a name heard
            as 김민숙 may have been 김민수.
    """

    text: str
    confidence: float
    words: tuple[Word, ...] = field(default_factory=tuple)
    alternatives: tuple[str, ...] = ()


@runtime_checkable
class Recognizer(Protocol):
    """Turns 16 kHz mono PCM into text, one listening turn at a time.

    A recogniser instance keeps per-thread state: a turn (``start`` →
    ``accept``… → ``finish``) must run on one thread.
    """

    @property
    def available(self) -> bool:
        """False when this recogniser cannot recognise anything (see ``reason``)."""
        ...

    @property
    def reason(self) -> str:
        """Why the recogniser is unavailable, in words ("" when available)."""
        ...

    def start(self, grammar: list[str] | None) -> None:
        """Begin a turn.

        Args:
            grammar: The phrases to listen for (grammar mode), or None for
                free recognition.
        """
        ...

    def accept(self, pcm16: bytes) -> Partial | None:
        """Feed audio; returns the running transcript when it changed."""
        ...

    def finish(self) -> Result:
        """End the turn and return the final transcript."""
        ...


class NullRecognizer:
    """Hears nothing, and says why: the kiosk then works by touch only.

    Args:
        reason: Why there is no real recogniser, e.g. "no speech model for en".
    """

    def __init__(self, reason: str) -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        """Always False."""
        return False

    @property
    def reason(self) -> str:
        """Why speech input is off."""
        return self._reason

    def start(self, grammar: list[str] | None) -> None:
        """Accept and ignore the grammar."""

    def accept(self, pcm16: bytes) -> Partial | None:
        """Ignore audio."""
        return None

    def finish(self) -> Result:
        """An empty result with zero confidence."""
        return Result("", 0.0)


@runtime_checkable
class SpeechEngine(Protocol):
    """Gives out recognisers per locale; the model behind them loads once.

    ``load`` blocks (seconds for a real model): call it off the GUI thread.
    """

    def available(self, locale: str) -> tuple[bool, str]:
        """(True, "") when ``locale`` has a model (loaded or not), else (False, why)."""
        ...

    def load(self, locale: str) -> None:
        """Load ``locale``'s model now; raises :class:`SpeechUnavailable` with why."""
        ...

    def is_loaded(self, locale: str) -> bool:
        """True once ``load`` has succeeded for ``locale``."""
        ...

    def recognizer(self, locale: str) -> Recognizer:
        """A recogniser for ``locale`` (loading the model first if needed).

        Never raises: without a model it is a :class:`NullRecognizer` with the reason.
        """
        ...


class NullEngine:
    """No speech input at all (speech turned off, or no recogniser library).

    Args:
        reason: Why, e.g. "speech input is turned off".
        off: Speech input is turned off by a setting (rather than missing).
    """

    def __init__(self, reason: str, off: bool = False) -> None:
        self.reason = reason
        self.off = off

    def available(self, locale: str) -> tuple[bool, str]:
        """Never available."""
        return False, self.reason

    def load(self, locale: str) -> None:
        """Always fails with the reason."""
        raise SpeechUnavailable(self.reason)

    def is_loaded(self, locale: str) -> bool:
        """Never loaded."""
        return False

    def recognizer(self, locale: str) -> Recognizer:
        """A :class:`NullRecognizer` with the reason."""
        return NullRecognizer(self.reason)
