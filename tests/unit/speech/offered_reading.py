"""What a customer is offered for a sentence: the one reading the understanding tests share."""

from __future__ import annotations

from kiosk.speech.intent_actions import ASK_AT
from kiosk.speech.intents import UNKNOWN, matcher_for


def offered(locale: str, text: str) -> str:
    """The intent the customer would be offered (acted on or asked), else unknown."""
    got = matcher_for(locale).understand(text)
    return got.intent if got.confidence >= ASK_AT else UNKNOWN
