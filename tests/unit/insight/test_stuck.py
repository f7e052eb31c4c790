"""The stuck-customer detector: each trigger, and that it never nags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.insight import events as ev
from kiosk.insight import stuck
from kiosk.insight.events import Event
from kiosk.insight.stuck import StuckDetector, patience_seconds

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


class Session:
    def __init__(self, text_size: int = 100) -> None:
        self.size = text_size
        self.detector = StuckDetector(90, lambda: self.size)
        self.now = T0

    def event(self, kind: str, **fields: object) -> stuck.Offer | None:
        return self.detector.feed(Event(self.now, kind, "kiosk-1", **fields))  # type: ignore[arg-type]

    def enter(self, step: str, back: bool = False) -> stuck.Offer | None:
        if back:
            self.event(ev.BACK)
        return self.event(ev.STEP_ENTERED, journey="lost_card", step=step)

    def wait(self, seconds: float) -> stuck.Offer | None:
        self.now += timedelta(seconds=seconds)
        return self.detector.tick(self.now)


def test_back_and_forth_three_times_between_the_same_two_steps() -> None:
    s = Session()
    s.enter("what")
    s.enter("phone")
    offers = []
    for _ in range(3):
        offers.append(s.enter("what", back=True))
        offers.append(s.enter("phone"))
    assert [o.trigger if o else None for o in offers] == [
        None,
        None,
        None,
        None,
        "back_and_forth",
        None,
    ]
    assert offers[4] == stuck.Offer("back_and_forth", "lost_card", "what")


def test_back_between_different_steps_is_progress_not_stuck() -> None:
    s = Session()
    for a, b in (("a", "b"), ("b", "c"), ("c", "d")):
        s.enter(a)
        s.enter(b)
        assert s.enter(a, back=True) is None


@pytest.mark.parametrize(("size", "seconds"), [(100, 90), (150, 135), (200, 180)])
def test_a_long_time_on_one_step_is_longer_at_bigger_text(size: int, seconds: int) -> None:
    assert patience_seconds(90, size) == seconds
    s = Session(size)
    s.enter("phone")
    assert s.wait(seconds - 1) is None
    offer = s.wait(1)
    assert offer is not None and offer.trigger == "long_on_step" and offer.step == "phone"


def test_progress_resets_the_clock_and_overlays_pause_it() -> None:
    s = Session()
    s.enter("what")
    assert s.wait(80) is None
    s.enter("phone")  # progress
    assert s.wait(80) is None
    s.detector.pause(True, s.now)  # waiting for staff is not being stuck
    assert s.wait(500) is None
    s.detector.pause(False, s.now)
    assert s.wait(9) is None
    assert s.wait(1) is not None


def test_two_voice_misses_in_a_row() -> None:
    s = Session()
    s.enter("what")
    assert s.event(ev.VOICE_TURN, detail="missed") is None
    assert s.event(ev.VOICE_TURN, detail="understood") is None  # the run is broken
    assert s.event(ev.VOICE_TURN, detail="missed") is None
    assert s.event(ev.VOICE_TURN, detail="heard") is None  # not an outcome
    offer = s.event(ev.VOICE_TURN, detail="missed")
    assert offer is not None and offer.trigger == "voice_missed"


def test_timeout_warning_answered_twice_on_one_step() -> None:
    s = Session()
    s.enter("what")
    assert s.event(ev.TIMEOUT_ANSWERED) is None
    s.enter("phone")  # a new step: the count starts again
    assert s.event(ev.TIMEOUT_ANSWERED) is None
    offer = s.event(ev.TIMEOUT_ANSWERED)
    assert offer is not None and offer.trigger == "timeout_twice"


def test_it_never_nags() -> None:
    s = Session()
    s.enter("phone")
    first = s.wait(90)
    assert first is not None
    # While the offer is on screen, nothing else is offered.
    assert s.event(ev.VOICE_TURN, detail="missed") is None
    assert s.event(ev.VOICE_TURN, detail="missed") is None
    assert s.detector.answered(yes=False) == first
    # "No, thank you": never again on that step, whatever happens there.
    for _ in range(5):
        assert s.wait(200) is None
        assert s.event(ev.VOICE_TURN, detail="missed") is None
    assert s.event(ev.TIMEOUT_ANSWERED) is None and s.event(ev.TIMEOUT_ANSWERED) is None
    # Another step may be offered once, for its own reason.
    s.enter("review")
    assert s.wait(90) is not None
    # Outside a journey nothing is offered.
    s.detector.answered(yes=True)
    s.event(ev.JOURNEY_ABANDONED, journey="lost_card", step="review")
    assert s.wait(1000) is None
    # A new customer starts with a clean slate.
    s.detector.reset()
    s.enter("phone")
    assert s.wait(90) is not None
