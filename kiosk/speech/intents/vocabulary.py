"""The intents and slots the kiosk understands (DESIGN.md "Contracts"), and the result type.

These names are public interface: journeys, the session controller and the
``kiosk understand`` command rely on them, so they change only with DESIGN.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from kiosk.core import ids
from kiosk.core.journey_menus import journey_intents, shipped_entries

UNKNOWN: Final = "unknown"

_CONTRACT_INTENTS: Final = (
    "call_staff",
    "take_ticket",
    "check_in",
    "explain_product",
    "lost_card",
    "update_details",
    "open_account",
    "mobile_banking_help",
    "fraud_check",
    "repeat",
    "back",
    "home",
    "yes",
    "no",
    "slower",
    "louder",
    "bigger_text",
    "stop",
    "change_language",
    UNKNOWN,
)
# A journey added since, by the intent its file declares (docs/journeys.md): every
# intent, then "unknown" last.
INTENTS: Final = (
    *_CONTRACT_INTENTS[:-1],
    *(i for i in journey_intents(shipped_entries()) if i not in _CONTRACT_INTENTS),
    UNKNOWN,
)

# Every slot, with the values it may take.
SLOT_VALUES: Final[Mapping[str, tuple[str, ...]]] = {
    "service": ids.QUEUE_SERVICES,
    "product": ids.PRODUCTS_IDS,
    "lang": ids.LOCALES,
}

# Which slots each intent may carry. Every slot is optional: "I'd like a
# number" is take_ticket without a service; the journey then asks for one.
INTENT_SLOTS: Final[Mapping[str, tuple[str, ...]]] = {
    "take_ticket": ("service",),
    "explain_product": ("product",),
    "change_language": ("lang",),
}

Alternative = tuple[str, dict[str, str], float]
"""A runner-up reading: ``(intent, slots, confidence)``."""


@dataclass(frozen=True)
class Understanding:
    """What an utterance was taken to mean.

    Attributes:
        text: The utterance as given (before normalising).
        intent: One of :data:`INTENTS`; ``unknown`` when nothing fits well enough.
        slots: Slot name → value id, e.g. ``{"service": "cash"}``.
        confidence: 0..1. 1.0 means a sentence template matched exactly;
            fuzzy readings stay below 1.0, and readings of a story from its
            words (:mod:`.cues`, scam signs included) stay at 0.55..0.7, to be
            asked about, never acted on. For ``unknown`` it is how sure we
            are that nothing fits.
        alternatives: Up to three runner-up readings, best first, never the
            chosen one: a screen may offer them as "Did you mean …?".
    """

    text: str
    intent: str
    slots: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.0
    alternatives: list[Alternative] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The ``kiosk understand`` JSON contract: text, intent, slots, confidence."""
        return {
            "text": self.text,
            "intent": self.intent,
            "slots": dict(self.slots),
            "confidence": round(self.confidence, 3),
        }


def allowed_slots(intent: str) -> tuple[str, ...]:
    """The slots ``intent`` may carry (none for most intents)."""
    return INTENT_SLOTS.get(intent, ())
