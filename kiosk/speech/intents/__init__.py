"""Understanding: what a customer's words mean, as an intent and slots (no Qt).

Sentence templates live in ``locales/<lang>/intents.yaml`` (hassil's format),
the second stage's word lists in ``locales/<lang>/cues.yaml`` and
``concepts.yaml`` (:mod:`.cues`);
the intents and slot values are DESIGN.md's contract (:mod:`.vocabulary`).

>>> from kiosk.speech.intents import understand
>>> understand("um, I'd like to take out some money", "en").intent
'take_ticket'

Matchers are built once per locale and cached; building one takes a few
tenths of a second, so a caller on a GUI thread should warm them up in the
background with :func:`load_all`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.speech.intents.cues import cues_path, load_cues
from kiosk.speech.intents.learned import learned_path, load_learned
from kiosk.speech.intents.loader import intents_path, load_intent_file
from kiosk.speech.intents.matcher import Matcher
from kiosk.speech.intents.vocabulary import (
    INTENT_SLOTS,
    INTENTS,
    SLOT_VALUES,
    UNKNOWN,
    Alternative,
    Understanding,
)

__all__ = [
    "INTENTS",
    "INTENT_SLOTS",
    "SLOT_VALUES",
    "UNKNOWN",
    "Alternative",
    "ContentError",
    "Matcher",
    "Understanding",
    "clear_cache",
    "load_all",
    "matcher_for",
    "phrases",
    "understand",
]

_lock = threading.Lock()
_cache: dict[tuple[str, Path], Matcher] = {}


def _locales_dir(locales_dir: Path | None) -> Path:
    if locales_dir is not None:
        return locales_dir.resolve()
    from kiosk.paths import locales_dir as default

    return default()


def matcher_for(locale: str, locales_dir: Path | None = None) -> Matcher:
    """The (cached) matcher of ``locale``, built from ``locales/<locale>/intents.yaml``
    (templates), ``locales/<locale>/cues.yaml`` and ``concepts.yaml`` (the second
    stage's word lists) and ``learned.json`` where there is one (the learned
    second opinion, docs/design/0089; none: that stage is off).

    Raises:
        ContentError: The file is missing or broken (names the file and field),
            or ``locale`` is not one of ``en``, ``zh_CN``, ``ko``.
    """
    folder = _locales_dir(locales_dir)
    key = (locale, folder)
    with _lock:  # one build per locale, even when two threads ask at once
        if key not in _cache:
            with _collector_paused():
                path = intents_path(folder, locale)
                source = load_intent_file(path, locale)
                cues = load_cues(cues_path(folder, locale), locale)
                weights = learned_path(folder, locale)
                learned = load_learned(weights, locale) if weights.is_file() else None
                _cache[key] = Matcher(source, cues, learned)
        return _cache[key]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building a matcher makes some 10^5 small, long-lived objects and no garbage
    cycles; the cycle collector's passes over them were a third of the load time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def understand(text: str, locale: str, locales_dir: Path | None = None) -> Understanding:
    """What ``text`` (typed, or as the recogniser heard it) means in ``locale``."""
    return matcher_for(locale, locales_dir).understand(text)


def phrases(locale: str, locales_dir: Path | None = None) -> list[str]:
    """Every expanded template sentence of ``locale``, for the recogniser's grammar.

    Deduplicated, at most 3,000, together using every word of every template;
    Chinese without spaces; the same list on every run.
    """
    return matcher_for(locale, locales_dir).phrases()


def load_all(locales_dir: Path | None = None) -> dict[str, Matcher]:
    """Build every locale's matcher (start-up check and warm-up)."""
    return {locale: matcher_for(locale, locales_dir) for locale in ids.LOCALES}


def clear_cache() -> None:
    """Forget built matchers (after the template files changed; for tests)."""
    with _lock:
        _cache.clear()
