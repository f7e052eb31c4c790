"""What the recogniser listens for on one screen: a short phrase list (no Qt).

Vosk's grammar mode does not enforce a large phrase list (docs/design/0006):
with every intent sentence it returns word salad. So each turn listens for
about 10–25 phrases: the screen's own button words ("say what you see"), the
intents that make sense there, and the commands that work everywhere. On a
keypad field (a phone number, a date, a code) the digit words and the
keypad's correction words come next, one phrase each, so the recogniser can
string them into a number of any length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiosk.core import ids
from kiosk.speech.intents.matcher import Matcher
from kiosk.speech.intents.normalise import normalise
from kiosk.speech.intents.spoken_numbers import SPOKEN_CORRECTIONS, keypad_words, read_numbers

Reading = tuple[str, dict[str, str]]

# Work on every screen (DESIGN.md): one phrase each keeps the list short.
EVERYWHERE: tuple[Reading, ...] = tuple(
    (intent, {})
    for intent in (
        "call_staff",
        "repeat",
        "back",
        "home",
        "stop",
        "louder",
        "slower",
        "bigger_text",
    )
)
TASKS: tuple[Reading, ...] = tuple(
    (intent, {})
    for intent in ("take_ticket", "check_in", "lost_card", "explain_product", "update_details",
                   "open_account", "mobile_banking_help", "fraud_check")
)  # fmt: skip
MAX_PHRASES = 40


# A button's heading ends at a colon or an opening bracket: "현금(출금·입금)" is "현금".
_HEADING = re.compile(r"\s*[:：(（]")


def label_forms(label: str, locale: str) -> list[str]:
    """A button's words as a customer may say them, normalised.

    All of it, and its heading when it has one ("현금(출금·입금)" or
    "현금: 출금" is called "현금"), with amounts read out as words ("70세" is said 칠십세).
    """
    forms = [label, _HEADING.split(label, maxsplit=1)[0]]
    said = (normalise(read_numbers(form, locale), locale) for form in forms)
    return [form for form in dict.fromkeys(said) if form]


def readings_for(screen_id: str) -> list[Reading]:
    """The intents worth listening for on ``screen_id``, the screen's own first."""
    if screen_id == ids.TICKET_SERVICE:
        own = [("take_ticket", {"service": s}) for s in ids.QUEUE_SERVICES]
    elif screen_id == ids.PRODUCTS or screen_id.startswith("product."):
        own = [("explain_product", {"product": p}) for p in ids.PRODUCTS_IDS]
    elif screen_id.startswith("journey.") or screen_id == ids.LEAVE_FORM:
        own = [("yes", {}), ("no", {})]
    elif screen_id == ids.LANGUAGE:
        own = [("change_language", {"lang": lang}) for lang in ids.LOCALES]
    else:
        own = list(TASKS)
    return [*own, *EVERYWHERE]


def grammar_for(
    screen_id: str,
    matcher: Matcher,
    labels: Sequence[str] = (),
    per_reading: int = 2,
    cap: int = MAX_PHRASES,
    keypad: bool = False,
    corrections: bool = False,
) -> list[str]:
    """Phrases for one listening turn: button words, then intent sentences.

    Args:
        screen_id: The screen in view.
        matcher: The locale's matcher (its sentences, shortest first).
        labels: The words on the screen's buttons, as shown.
        per_reading: Sentences per screen-specific reading (one per global one).
        cap: Most phrases in all.
        keypad: The screen asks for a number on the keypad that may be said
            aloud: listen for each digit word and the correction words too.
        corrections: Listen for the correction words (Delete, Clear) alone, as
            when a name written from speech is being checked.
    """
    locale = matcher.locale
    chosen: dict[str, None] = {}
    for label in labels:
        for text in label_forms(label, locale):
            chosen[text] = None
    # Before the sentences: the cap must never cut a digit.
    if keypad:
        extra = keypad_words(locale)
    elif corrections:
        extra = list(SPOKEN_CORRECTIONS.get(locale, ()))
    else:
        extra = []
    for word in extra:
        chosen[normalise(word, locale)] = None
    # The templates as first written: how people plainly say it (the expanded
    # variants include odd word orders that pull Vosk towards word salad).
    everywhere = set(map(_key, EVERYWHERE))
    for intent, slots in readings_for(screen_id):
        if keypad and intent in ("yes", "no"):
            continue  # a field asks no question; 네 맞아요 only draws stray words into numbers
        take = 1 if _key((intent, slots)) in everywhere else per_reading
        for sentence in matcher.first_sentences(intent, slots)[:take]:
            chosen[sentence] = None
    return list(chosen)[:cap]


def _key(reading: Reading) -> tuple[str, tuple[tuple[str, str], ...]]:
    return reading[0], tuple(sorted(reading[1].items()))
