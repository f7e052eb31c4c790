"""Noticing a customer who seems stuck, to offer a person before they ask (issue 14).

Qt-free: fed the same events the record gets (plus a clock tick), it answers
with at most one :class:`Offer`. Triggers:

- ``back_and_forth``: Back between the same two steps three times;
- ``long_on_step``: a long time on one step with no progress (longer at bigger
  text sizes: reading takes longer, and that is not being stuck);
- ``voice_missed``: two voice turns in a row not understood;
- ``timeout_twice``: the timeout warning answered twice on the same step.

It never nags: nothing is offered while an offer or help is on screen, and once
the customer says "No, thank you" on a step, nothing is offered on that step again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.insight import events as ev
from kiosk.insight.events import Event

# The offer's screen id (shown over the step, like timeout.warning).
OFFER_SCREEN = "help.offer"
BACK_AND_FORTH = "back_and_forth"
LONG_ON_STEP = "long_on_step"
VOICE_MISSED = "voice_missed"
TIMEOUT_TWICE = "timeout_twice"
TRIGGERS = (BACK_AND_FORTH, LONG_ON_STEP, VOICE_MISSED, TIMEOUT_TWICE)
BACKS_NEEDED = 3
MISSES_NEEDED = 2
WARNINGS_NEEDED = 2


@dataclass(frozen=True)
class Offer:
    """Why and where the kiosk offers help."""

    trigger: str
    journey: str
    step: str


def patience_seconds(base: int, text_size: int) -> float:
    """How long on one step is "a long time" at this text size (100 → base, 200 → 2×)."""
    return base * max(100, text_size) / 100


class StuckDetector:
    """Follows one session; :meth:`feed` and :meth:`tick` may return an offer.

    Args:
        base_seconds: ``insight.stuck_seconds`` (at 100 % text).
        text_size: Returns the customer's text size now (100, 150, 200).
    """

    def __init__(self, base_seconds: int, text_size: Callable[[], int]) -> None:
        self.base_seconds = base_seconds
        self.text_size = text_size
        self.declined: set[tuple[str, str]] = set()
        self.reset()

    def reset(self) -> None:
        """A new session: forget everything (also the steps declined)."""
        self.declined = set()
        self.here: tuple[str, str] | None = None
        self.since: datetime | None = None
        self.trail: list[tuple[str, str]] = []  # steps entered, in order
        self.backs: dict[frozenset[tuple[str, str]], int] = {}
        self.misses = 0
        self.warnings = 0
        self.offering: Offer | None = None
        self.paused = False
        self._paused_for = 0.0
        self._pending_back = False

    # -- inputs ------------------------------------------------------------------
    def feed(self, event: Event) -> Offer | None:
        """One event of the session, as recorded; an offer to show, or None."""
        kind = event.kind
        if kind == ev.STEP_ENTERED and event.journey and event.step:
            return self._entered((event.journey, event.step), event.at)
        if kind == ev.BACK:
            self._pending_back = True
        elif kind == ev.VOICE_TURN and event.detail in ("understood", "missed", "did_you_mean"):
            self.misses = self.misses + 1 if event.detail == "missed" else 0
            if self.misses >= MISSES_NEEDED:
                self.misses = 0
                return self._offer(VOICE_MISSED)
        elif kind == ev.TIMEOUT_ANSWERED:
            self.warnings += 1
            if self.warnings >= WARNINGS_NEEDED:
                self.warnings = 0
                return self._offer(TIMEOUT_TWICE)
        elif kind in (ev.JOURNEY_ABANDONED, ev.JOURNEY_FINISHED, ev.TIMEOUT):
            self.here = self.since = None
        return None

    def tick(self, now: datetime) -> Offer | None:
        """Called now and then (every few seconds): the long-time-on-a-step check."""
        if self.here is None or self.since is None or self.paused:
            return None
        waited = (now - self.since).total_seconds()
        if waited >= patience_seconds(self.base_seconds, self.text_size()):
            self.since = now  # one offer per long stay
            return self._offer(LONG_ON_STEP)
        return None

    def pause(self, paused: bool, now: datetime) -> None:
        """An overlay (help, language, the offer itself) is over the step: its clock stops."""
        if paused == self.paused:
            return
        if paused and self.since is not None:
            self._paused_for = (now - self.since).total_seconds()
        elif not paused and self.since is not None:
            self.since = now - timedelta(seconds=self._paused_for)
        self.paused = paused

    def answered(self, yes: bool) -> Offer | None:
        """The customer answered the offer; "No, thank you" quiets that step for good."""
        offer, self.offering = self.offering, None
        if offer is not None and not yes:
            self.declined.add((offer.journey, offer.step))
        return offer

    # -- internals -----------------------------------------------------------------
    def _entered(self, step: tuple[str, str], moment: datetime) -> Offer | None:
        previous = self.here
        self.here, self.since = step, moment
        if step != previous:
            self.warnings = 0  # "answered twice" means on one step
        offer = None
        if self._pending_back and previous is not None and previous != step:
            pair = frozenset({previous, step})
            self.backs[pair] = self.backs.get(pair, 0) + 1
            if self.backs[pair] >= BACKS_NEEDED:
                self.backs[pair] = 0
                offer = self._offer(BACK_AND_FORTH)
        self._pending_back = False
        self.trail.append(step)
        return offer

    def _offer(self, trigger: str) -> Offer | None:
        if self.here is None or self.offering is not None or self.paused:
            return None
        if self.here in self.declined:
            return None
        self.offering = Offer(trigger, *self.here)
        return self.offering
