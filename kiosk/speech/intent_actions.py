"""What a spoken (or typed) request does on the kiosk: intent → the same actions a tap sends.

Pure: no Qt, no speech library. Voice is never required — every intent maps to
an action a button already offers — and low confidence never acts silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core import ids
from kiosk.core.journey_menus import journey_intents, shipped_entries

ACT_AT = 0.75  # sure enough to act
ASK_AT = 0.5  # unsure: show "Did you mean …?" with the best readings
MISSES_BEFORE_STAFF = 3  # three misunderstandings in a row → offer a person

PLAIN = {
    "call_staff": "call_staff",
    "repeat": "repeat",
    "back": "back",
    "home": "start_again",
    "slower": "slower",
    "louder": "louder",
    "stop": "stop",
}

Action = tuple[str, str]
# A possible meaning offered as "Did you mean …?": an intent and its slots.
Reading = tuple[str, dict[str, str]]


def actions_for(intent: str, slots: dict[str, str], screen_id: str, text_size: int) -> list[Action]:
    """The actions (as a tap would send them) that carry out ``intent`` on ``screen_id``."""
    if intent in PLAIN:
        return [(PLAIN[intent], "")]
    if intent == "take_ticket":  # a service named skips its question
        service = slots.get("service")
        chosen = [("journey_choose", service)] if service in ids.QUEUE_SERVICES else []
        return [("journey_start", "take_ticket"), *chosen]
    journey = journey_intents(shipped_entries()).get(intent)  # as each journey's file says
    if journey is not None:
        return [("journey_start", journey)]
    if intent == "explain_product":
        product = slots.get("product")
        target = ids.product_screen(product) if product in ids.PRODUCTS_IDS else ids.PRODUCTS
        return [("go", target)]
    if intent == "bigger_text":
        return [("text_size", "")] if text_size < max(ids.TEXT_SIZES) else []
    if intent == "change_language" and slots.get("lang") in ids.LOCALES:
        return [("set_language", slots["lang"])]
    if intent in ("yes", "no") and screen_id.startswith("journey."):
        return [(f"journey_{intent}", "")]
    if intent in ("yes", "no") and screen_id == ids.LEAVE_FORM:  # "Leave this form?"
        return [("leave_form" if intent == "yes" else "stay_in_form", "")]
    return []


class Verdict(StrEnum):
    """What a turn comes to: do it, ask "Did you mean", offer a person, or say sorry."""

    ACT = "act"
    ASK = "ask"
    STAFF = "staff"
    SORRY = "sorry"


@dataclass(frozen=True)
class Decided:
    """A verdict with what it needs: the actions to take, or the readings to offer."""

    verdict: Verdict
    actions: list[Action] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)


@dataclass
class Listener:
    """Decides, utterance by utterance: act, ask "did you mean", or offer staff."""

    misses: int = 0
    history: list[str] = field(default_factory=list)

    def decide(
        self,
        intent: str,
        slots: dict[str, str],
        confidence: float,
        alternatives: list[tuple[str, dict[str, str], float]],
        screen_id: str,
        text_size: int,
    ) -> Decided:
        """Act when sure, ask when unsure, say sorry, and offer staff the third time.

        An "ask" carries up to three readings, best first, for big buttons.
        """
        actions = actions_for(intent, slots, screen_id, text_size) if intent != "unknown" else []
        if actions and confidence >= ACT_AT:
            self.misses = 0
            return Decided(Verdict.ACT, actions=actions)
        readings = [(intent, slots)] if actions and confidence >= ASK_AT else []
        readings += [(i, s) for i, s, c in alternatives if c >= ASK_AT and i != "unknown"]
        if readings:
            return Decided(Verdict.ASK, readings=readings[:3])
        self.misses += 1
        if self.misses >= MISSES_BEFORE_STAFF:
            self.misses = 0
            return Decided(Verdict.STAFF)
        return Decided(Verdict.SORRY)
