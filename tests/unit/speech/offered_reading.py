"""What a customer is offered for a sentence: the one reading the understanding tests share."""

from __future__ import annotations

from kiosk.speech.intent_actions import ASK_AT
from kiosk.speech.intents import UNKNOWN, matcher_for


def offered(locale: str, text: str) -> str:
    """The intent the customer would be offered (acted on or asked), else unknown."""
    got = matcher_for(locale).understand(text)
    return got.intent if got.confidence >= ASK_AT else UNKNOWN


def assert_offered(locale: str, text: str, want: str | tuple[str, ...]) -> None:
    """``text`` is offered ``want`` (or one of ``want``: a reading either way is right)."""
    got = offered(locale, text)
    if isinstance(want, tuple):
        assert got in want, (text, got)
    else:
        assert got == want, (text, got)
