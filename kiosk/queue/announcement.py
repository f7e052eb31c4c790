"""What the lobby says when a number is called, and in what order (pure, no Qt).

A call is announced as a chime, then one sentence per language: first the
language the customer used at the kiosk, then the branch's main language if
it differs ("Number A, zero, one, two, please go to counter 3." /
"请A零一二号顾客到3号窗口办理。" / "에이 공일이 번 고객님, 3번 창구로
오십시오."), the whole round said ``lobby.announce_repeats`` times. The
number is read one character at a time by :mod:`kiosk.speech.aloud`, with the
words of each locale's ``[read_aloud]`` table; the sentences are the
``[lobby.announce]`` table of ``messages.toml``.

Ordering (:class:`AnnouncementQueue`): announcements play one at a time in
arrival order and are never cut off; a call arriving while one plays waits.
A recall of the number being announced, or already announced, is announced
again. Only one announcement per number waits at a time: a newer call for a
number that is still waiting takes its place in the line (the counter may
have changed), so the hall never hears a number twice in a row for one event.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.core.text import printable
from kiosk.queue.counters import Call
from kiosk.speech.aloud import say_number

PREFIX = "lobby.announce."
# The chime before each call, under assets/ (made by packaging/tools/make_chime.py).
CHIME_FILE = Path("sounds") / "chime.wav"
# Under the data dir: the lobby's synthesised sentences, apart from the kiosk's
# prompts (cache/speech) so thousands of number × counter sentences never evict them.
CACHE_SUBDIR = Path("cache") / "lobby"
# The longest ticket label the lobby reads (A012, H003; a branch may use longer series).
MAX_NUMBER_LENGTH = 12
CHIME: Literal["chime"] = "chime"
SPEECH: Literal["speech"] = "speech"
# Korean's "to" particle depends on the sound before it: 창구로, 상담실로, 접수석으로.
# Korean sentences write it as the standard "(으)로"; it is resolved here.
_EURO = "(으)로"
# How each digit is read in Sino-Korean (공 일 이 삼 …): True when it ends in a
# consonant that takes 으로 (not ㄹ: 일로, 칠로, 팔로).
_KOREAN_DIGIT_TAKES_EU = {
    "0": True,
    "1": False,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": False,
    "8": False,
    "9": False,
}
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL_FINAL = 8  # ㄹ's index among the 28 finals


class BadAnnouncement(KioskError, ValueError):
    """A call cannot be announced as given; the message says what to correct."""


@dataclass(frozen=True)
class AnnouncementSettings:
    """How the lobby announces: the ``lobby.*`` settings, and the voice's ``speech.*`` ones.

    Attributes:
        speak: Say the call after the chime (``lobby.speak``); False: chime only.
        repeats: Rounds of sentences per call (``lobby.announce_repeats``).
        rate_wpm: Speaking rate (``speech.rate_wpm``).
        volume: 0.0 … 1.0 (``speech.volume``).
    """

    speak: bool = True
    repeats: int = 2
    rate_wpm: int = 150
    volume: float = 0.9

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> AnnouncementSettings:
        """Read the settings from a :class:`kiosk.config.Config` (defaults where absent)."""
        default = cls()
        return cls(
            speak=bool(config.get("lobby.speak", default.speak)),
            repeats=int(config.get("lobby.announce_repeats", default.repeats)),
            rate_wpm=int(config.get("speech.rate_wpm", default.rate_wpm)),
            volume=float(config.get("speech.volume", default.volume)),
        )


def _frozen(mapping: Mapping[str, str] | None, what: str) -> Mapping[str, str] | None:
    if mapping is None:
        return None
    words = {}
    for locale, text in mapping.items():
        if not isinstance(text, str) or not text.strip() or not printable(text):
            raise BadAnnouncement(f"{what} for {locale} must be plain text, not {text!r}")
        words[str(locale)] = text.strip()
    return MappingProxyType(words)


@dataclass(frozen=True)
class CallAnnouncement:
    """One call (or recall) of a number to a counter, as the lobby announces it.

    Attributes:
        number: The ticket as printed, e.g. ``A012``; never a customer's name.
        counter_names: The counter's name per locale, as said in a sentence:
            ``{"en": "counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"}``. A
            locale without one uses the English name, else any name given.
        direction: Where the counter is, per locale, as a place phrase that
            fits before the counter: ``{"en": "upstairs", "zh_CN": "二楼",
            "ko": "2층"}`` ("counter 3, upstairs" / "二楼的3号窗口" / "2층 3번
            창구"). None when the counter is in plain sight.
        locales: The languages to announce in, in order: the ticket's kiosk
            language first, then the branch's main language if different
            (see :func:`announcement_locales`).
        recall: True when staff call the number again ("Calling again …").

    Raises:
        BadAnnouncement: An empty or overlong number, no counter name, an
            unknown locale, or text with control characters.
    """

    number: str
    counter_names: Mapping[str, str]
    direction: Mapping[str, str] | None = None
    locales: tuple[str, ...] = ("en",)
    recall: bool = field(default=False)

    def __post_init__(self) -> None:
        number = str(self.number).strip().upper()
        if not number or len(number) > MAX_NUMBER_LENGTH or not number.isalnum():
            raise BadAnnouncement(
                f"a called number must be letters and digits like A012, not {self.number!r}"
            )
        names = _frozen(self.counter_names, "the counter name")
        if not names:
            raise BadAnnouncement(f"{number}: the counter has no name to announce")
        locales = tuple(dict.fromkeys(self.locales))
        unknown = [loc for loc in locales if loc not in ids.LOCALES]
        if not locales or unknown:
            raise BadAnnouncement(
                f"{number}: announce in one or more of {', '.join(ids.LOCALES)}, "
                f"not {list(self.locales)!r}"
            )
        # Frozen: set the normalised values once, here.
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "counter_names", names)
        object.__setattr__(self, "direction", _frozen(self.direction, "the direction") or None)
        object.__setattr__(self, "locales", locales)
        object.__setattr__(self, "recall", bool(self.recall))

    def counter_name(self, locale: str) -> str:
        """The counter's name in ``locale``, else in English, else the first one given."""
        names = self.counter_names
        return names.get(locale) or names.get("en") or next(iter(names.values()))

    def direction_in(self, locale: str) -> str:
        """The direction phrase in ``locale`` ("" when there is none in that language).

        No English fallback here: a direction said in another language would
        make the voice switch language mid-sentence; the screen still shows it.
        """
        return (self.direction or {}).get(locale, "")


def announcement_locales(ticket_locale: str | None, main_locale: str) -> tuple[str, ...]:
    """The languages to announce in: the ticket's, then the branch's main one if different.

    Args:
        ticket_locale: The language the customer used at the kiosk (None or
            unknown when the ticket did not keep one, e.g. taken by staff).
        main_locale: The branch's main language (``ui.default_locale``).
    """
    first = ticket_locale if ticket_locale in ids.LOCALES else main_locale
    return tuple(dict.fromkeys((first, main_locale)))


def announcement_for(call: Call, main_locale: str) -> CallAnnouncement:
    """What the lobby says for a call it shows: the ticket's language, then the branch's."""
    return CallAnnouncement(
        number=call.number,
        counter_names=dict(call.counter_names),
        direction=dict(call.places) or None,
        locales=announcement_locales(call.locale, main_locale),
        recall=call.recall,
    )


def _speakable(text: str) -> str:
    """Shown words as they can be said: arrows and other symbols dropped ("← left" → "left")."""
    kept = "".join(" " if unicodedata.category(ch).startswith("S") else ch for ch in text)
    return " ".join(kept.split())


def _takes_eu(before: str) -> bool:
    """Whether Korean "(으)로" after ``before`` is 으로 (a final consonant other than ㄹ)."""
    word = before.rstrip()
    if not word:
        return False
    last = word[-1]
    if last in _KOREAN_DIGIT_TAKES_EU:
        return _KOREAN_DIGIT_TAKES_EU[last]
    code = ord(last)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        final = (code - _HANGUL_FIRST) % 28
        return final not in (0, _RIEUL_FINAL)
    return False  # a Latin letter or anything else: 로 reads naturally after a vowel sound


def resolve_particles(text: str) -> str:
    """Korean "(으)로" written in a sentence, chosen for the word before it.

    "3번 창구(으)로" → "3번 창구로", "상담실(으)로" → "상담실로", "접수석(으)로"
    → "접수석으로". Text without the marker (every other language) is unchanged.
    """
    if _EURO not in text:
        return text
    parts = text.split(_EURO)
    said = parts[0]
    for part in parts[1:]:
        said += ("으로" if _takes_eu(said) else "로") + part
    return said


def sentence(call: CallAnnouncement, locale: str, catalog: Catalog) -> str:
    """What the lobby says for ``call`` in ``locale``, number read character by character.

    Raises:
        KeyError: The catalogue (and its fallback) lacks the ``[lobby.announce]`` words.
    """
    direction = _speakable(call.direction_in(locale))
    key = ("recall" if call.recall else "call") + ("_with_direction" if direction else "")
    values = {
        "number": say_number(call.number, catalog),
        "counter": _speakable(call.counter_name(locale)),
    }
    if direction:
        values["direction"] = direction
    return resolve_particles(catalog.spoken(PREFIX + key, **values))


def announcement_sentences(
    call: CallAnnouncement, catalogs: Mapping[str, Catalog]
) -> dict[str, str]:
    """Locale → sentence, in the order the call is announced.

    Raises:
        BadAnnouncement: A locale of the call has no catalogue loaded.
    """
    said = {}
    for locale in call.locales:
        catalog = catalogs.get(locale)
        if catalog is None:
            raise BadAnnouncement(f"{call.number}: no words are loaded for {locale}")
        said[locale] = sentence(call, locale, catalog)
    return said


@dataclass(frozen=True)
class Clip:
    """One sound of an announcement: the chime, or one sentence in one language."""

    kind: Literal["chime", "speech"]
    number: str
    locale: str = ""
    text: str = ""


def plan_clips(
    call: CallAnnouncement, sentences: Mapping[str, str], repeats: int, speak: bool = True
) -> tuple[Clip, ...]:
    """The sounds of one announcement, in order.

    The chime, then each language's sentence; the round of languages is said
    ``repeats`` times (A, B, A, B: each listener hears theirs again after a
    pause, instead of two languages' listeners waiting through a double).
    With ``speak`` False (``lobby.speak``) only the chime.
    """
    clips = [Clip(CHIME, call.number)]
    if speak:
        for _ in range(max(1, repeats)):
            clips += [Clip(SPEECH, call.number, loc, sentences[loc]) for loc in call.locales]
    return tuple(clips)


Planner = Callable[[CallAnnouncement], Sequence[Clip]]


class AnnouncementQueue:
    """The lobby's line of announcements: one at a time, in arrival order, never cut off.

    The player asks for the next clip only when the last one has ended, so
    nothing here ever interrupts a sound.

    Args:
        plan: The clips of a call (:func:`plan_clips` with the lobby's words).
    """

    def __init__(self, plan: Planner) -> None:
        self._plan = plan
        self._pending: list[CallAnnouncement] = []
        self._current: CallAnnouncement | None = None
        self._clips: list[Clip] = []

    @property
    def current(self) -> CallAnnouncement | None:
        """The call being announced now."""
        return self._current

    @property
    def pending(self) -> tuple[CallAnnouncement, ...]:
        """Calls waiting for their turn, first first."""
        return tuple(self._pending)

    @property
    def busy(self) -> bool:
        """True while a call is being announced or waiting."""
        return self._current is not None or bool(self._pending)

    def push(self, call: CallAnnouncement) -> CallAnnouncement:
        """Line up ``call``; return it as it will be announced.

        A call for a number already waiting replaces that one where it stands
        (newest counter and languages). It stays a first call if either was
        one: the customer has not heard their number yet.
        """
        for i, waiting in enumerate(self._pending):
            if waiting.number == call.number:
                merged = replace(call, recall=waiting.recall and call.recall)
                self._pending[i] = merged
                return merged
        self._pending.append(call)
        return call

    def begin(self) -> CallAnnouncement | None:
        """Start the next waiting call when nothing is being announced; return it."""
        if self._current is not None or not self._pending:
            return None
        self._current = self._pending.pop(0)
        self._clips = list(self._plan(self._current))
        return self._current

    def next_clip(self) -> Clip | None:
        """The current call's next sound; None when it has no more (then :meth:`finish`)."""
        if self._current is None or not self._clips:
            return None
        return self._clips.pop(0)

    def finish(self) -> CallAnnouncement | None:
        """End the current call (its last sound has ended); return it."""
        done, self._current, self._clips = self._current, None, []
        return done

    def clear(self) -> None:
        """Forget every waiting call (shutting down); the current one ends too."""
        self._pending.clear()
        self.finish()
