"""The customer's rating of the help they had, kept until the session ends. Pure: no Qt."""

from __future__ import annotations

from collections.abc import Callable

# Stars given when the customer thanks staff without rating first (the middle of 1–5).
DEFAULT_SCORE = 3


class FeedbackRating:
    """Which help request the feedback screen is about, and the stars given so far.

    Args:
        rate: Records a rating: ``rate(item_id, score)``, or with the member of
            staff thanked, ``rate(item_id, score, staff)`` (``CustomerQueue.rate``).
    """

    def __init__(self, rate: Callable[..., None]) -> None:
        self._rate = rate
        self.item_id: int | None = None
        self.score: int | None = None

    def help_did_close(self, item_id: int) -> None:
        """Staff closed the customer's help request: the feedback screen is about it."""
        self.item_id = item_id

    def rate(self, score: int) -> None:
        """Stars tapped: recorded at once (if a help request was closed this session)."""
        self.score = score
        if self.item_id is not None:
            self._rate(self.item_id, score)

    def thank(self, staff: str) -> None:
        """Thanks to ``staff``: recorded with the stars given, or the middle score."""
        if self.item_id is not None:
            score = self.score if self.score is not None else DEFAULT_SCORE
            self._rate(self.item_id, score, staff)

    def forget(self) -> None:
        """The session ended: nothing of this customer's rating is kept."""
        self.item_id = None
        self.score = None
