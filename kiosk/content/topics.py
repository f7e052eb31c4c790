"""An appointment's topic, said in the customer's language. Pure Python, no Qt.

The bank's booking system sends an id (``pension``, ``loan`` …, DESIGN.md's
:data:`kiosk.core.ids.BOOKING_TOPICS`); the words live in
``locales/<lang>/journeys.toml`` under ``journey.check_in.topic.<id>``. An id
the kiosk does not know (an older booking, a new topic in the bank's system)
gets a neutral phrase, never the raw id inside a Chinese or Korean sentence.
"""

from __future__ import annotations

from typing import Final

from kiosk.content.catalog import Catalog
from kiosk.core import ids

TOPIC_PREFIX: Final = "journey.check_in.topic."
UNKNOWN_TOPIC: Final = "other"


def topic_key(topic: str) -> str:
    """The catalogue key of ``topic``'s words (the neutral one for an unknown id)."""
    wanted = topic.strip().lower() if isinstance(topic, str) else ""
    return TOPIC_PREFIX + (wanted if wanted in ids.BOOKING_TOPICS else UNKNOWN_TOPIC)


def topic_words(topic: str, catalog: Catalog) -> str:
    """``pension`` → "your pension" / "养老金业务" / "연금 상담"."""
    return catalog.text(topic_key(topic))


def topic_keys() -> list[str]:
    """Every key a locale needs for the topics (the neutral one included)."""
    return [TOPIC_PREFIX + t for t in (*ids.BOOKING_TOPICS, UNKNOWN_TOPIC)]
