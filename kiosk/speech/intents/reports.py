"""Sentences that report the world rather than ask the kiosk (no Qt).

"My grandson opened an account at school", "They say interest rates might go
up", "I remember when you had to queue for an hour": a task word is said, but
about someone else or the past, and nothing is asked of the kiosk. Opt-in per
locale: ``cues.yaml``'s optional ``reports`` table lists the ``openings`` that
start such a report and the ``asks`` that still make it a request ("my son
moved, so I need to change his address"). Without the table nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class Reports:
    """Tells a report about the world from a request.

    Args:
        openings: Phrases (normalised) that begin a report.
        asks: Phrases (normalised) that, said after the opening, make it a request.
    """

    def __init__(self, openings: Iterable[str], asks: Iterable[str]) -> None:
        self._openings = _pattern(openings, anchored=True)
        self._asks = _pattern(asks, anchored=False)

    def is_report(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) starts as a report and asks nothing."""
        opening = self._openings.search(heard) if self._openings is not None else None
        if opening is None:
            return False
        # Asked after the opening: "my daughter made me a booking" involves the customer.
        return self._asks is None or not self._asks.search(heard, opening.end())


def _pattern(phrases: Iterable[str], anchored: bool) -> re.Pattern[str] | None:
    words = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile((r"^(?:" if anchored else r"(?<!\w)(?:") + body + r")(?!\w)")
