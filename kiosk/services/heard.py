"""One sentence as heard or typed, read once: normalised once, understood once (no Qt).

:class:`Heard` holds the sentence and makes each reading of it when first
asked (the intent, the keypad keys, the correction key, the words as a
button's are compared), all from one normalised form;
:func:`button_said` says which of the screen's buttons the words name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first used: hassil would slow the first paint
    from kiosk.speech.intents.matcher import Matcher
    from kiosk.speech.intents.vocabulary import Understanding


class Match(StrEnum):
    """How closely the words name a button."""

    EXACT = "exact"  # its very words
    CLOSE = "close"  # nearly
    LOOSE = "loose"  # most of its words: ask, never act


class Heard:
    """One sentence as heard (or typed): normalised once, each reading made once.

    Args:
        text: The words.
        locale: The customer's language.
        matcher: Gives the language's matcher (built when first understood).
        hearing: The recogniser's confidence (1 for typed words).
        others: The recogniser's other readings of the same sound.
    """

    def __init__(
        self,
        text: str,
        locale: str,
        matcher: Callable[[], Matcher],
        hearing: float = 1.0,
        others: Sequence[str] = (),
    ) -> None:
        from kiosk.speech.intents.normalise import normalise

        self.text = text
        self.locale = locale
        self.hearing = hearing
        self.others = tuple(others)
        self.said = normalise(text, locale)  # the one normalised form every reading uses
        self._matcher = matcher

    @cached_property
    def understood(self) -> Understanding:
        """The intent the words mean (the matcher's reading)."""
        return self._matcher().understand(self.text, normalised=self.said)

    @cached_property
    def as_label(self) -> str:
        """The words as a button's are compared: amounts as said ("70" → seventy)."""
        from kiosk.speech.intents.normalise import normalise
        from kiosk.speech.intents.spoken_numbers import read_numbers

        spoken = read_numbers(self.said, self.locale)
        return self.said if spoken == self.said else normalise(spoken, self.locale)

    @cached_property
    def correction(self) -> str | None:
        """The keypad key the words name alone: ``delete``, ``clear`` or None."""
        from kiosk.speech.intents.spoken_numbers import correction_in

        return correction_in(self.said, self.locale)

    @cached_property
    def keys(self) -> list[str]:
        """The keypad keys the words say: their digits, or one correction key; [] if neither."""
        from kiosk.speech.intents.spoken_numbers import digits_in

        digits = digits_in(self.said, self.locale)
        if digits is not None:
            return list(digits)
        return [self.correction] if self.correction is not None else []

    def button(self, labels: Sequence[str]) -> tuple[int, Match] | None:
        """Which of ``labels`` (buttons' words, as shown) the words name, and how."""
        return button_said(self.as_label, labels, self.locale) if self.said else None


def button_said(said: str, labels: Sequence[str], locale: str) -> tuple[int, Match] | None:
    """Which button ``said`` (:attr:`Heard.as_label`) names among ``labels``, and how;
    None when it names none."""
    from kiosk.speech.intents.fuzzy import closest_label, nearly_label
    from kiosk.speech.intents.screen_grammar import label_forms

    per_label = [label_forms(label, locale) for label in labels]
    # A heading two buttons share ("Cash: take out", "Cash: put in") names neither.
    headings = Counter(form for forms in per_label for form in forms[1:])
    forms = [
        (i, form)
        for i, label_said in enumerate(per_label)
        for k, form in enumerate(label_said)
        if k == 0 or headings[form] == 1
    ]
    texts = [form for _index, form in forms]
    hit = closest_label(said, texts)
    if hit is not None:
        index, form = forms[hit]
        return index, Match.EXACT if said == form else Match.CLOSE
    hit = nearly_label(said, texts)
    return (forms[hit][0], Match.LOOSE) if hit is not None else None
