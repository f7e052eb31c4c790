""" "Step 3 of 5": where a step stands in its journey, on the real journey files."""

from __future__ import annotations

import pytest

from kiosk.journeys.loader import load_journeys
from kiosk.journeys.model import Journey, Step, StepKind
from kiosk.journeys.progress import position
from kiosk.paths import assets_dir

JOURNEYS = load_journeys(assets_dir() / "journeys")


@pytest.mark.parametrize(
    ("journey", "step", "expected"),
    [
        ("lost_card", "what", (1, 6)),
        ("lost_card", "phone", (3, 5)),
        ("lost_card", "done", (5, 5)),
        ("open_account", "birth", (5, 7)),
        ("take_ticket", "ticket", (3, 3)),
    ],
)
def test_a_step_is_counted_from_the_first_and_the_total_follows_the_longest_way(
    journey: str, step: str, expected: tuple[int, int]
) -> None:
    assert position(JOURNEYS[journey], step) == expected


def test_the_count_never_runs_past_the_total_on_any_step_of_any_journey() -> None:
    for journey in JOURNEYS.values():
        for step_id in journey.steps:
            found = position(journey, step_id)
            assert found is not None, f"{journey.id}.{step_id} is unreachable"
            number, total = found
            assert 1 <= number <= total, (journey.id, step_id, found)


def test_an_unknown_step_has_no_position() -> None:
    assert position(JOURNEYS["lost_card"], "no_such_step") is None


def test_a_loop_back_is_counted_once() -> None:
    # "Not right? Try again" leads back to the start: the loop must not count forever.
    steps = {
        "ask": Step("ask", StepKind.YES_NO, yes="done", no="retry"),
        "retry": Step("retry", StepKind.INFO, next="ask"),
        "done": Step("done", StepKind.RESULT),
    }
    journey = Journey("loop", "ask", steps)
    assert position(journey, "ask") == (1, 2)
    number, total = position(journey, "retry") or (0, 0)
    assert number == 2 and number <= total <= len(steps) + 1


LONG_WAY = ["home", "journey.lost_card.what", "journey.lost_card.block_now",
            "journey.lost_card.hotline", "journey.lost_card.phone"]  # fmt: skip


def test_the_customers_own_way_is_counted_not_the_shortest() -> None:
    lost_card = JOURNEYS["lost_card"]
    # Lost or stolen: the card-stop number comes first, so the phone is step 4 of 6.
    assert position(lost_card, "phone", LONG_WAY) == (4, 6)
    # A cash machine kept it: no card to stop, the phone is step 3 of 5.
    kept = ["home", "journey.lost_card.what", "journey.lost_card.kept", "journey.lost_card.phone"]
    assert position(lost_card, "phone", kept) == (3, 5)
    # Help asked for on the step: what comes after it does not change the count.
    assert position(lost_card, "phone", [*LONG_WAY, "help.requested"]) == (4, 6)


def test_a_way_that_does_not_end_on_the_step_falls_back_to_the_shortest() -> None:
    lost_card = JOURNEYS["lost_card"]
    assert position(lost_card, "review", LONG_WAY) == position(lost_card, "review")
    assert position(lost_card, "phone", ["home"]) == position(lost_card, "phone") == (3, 5)
