"""take_ticket on the generic engine: the choices made are the ticket's service and priority."""

from pathlib import Path

import pytest

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.journeys import engine
from kiosk.journeys.engine import Answers
from kiosk.journeys.loader import load_journey, option_words
from kiosk.journeys.model import Effect
from kiosk.paths import assets_dir

SHIPPED = assets_dir() / "journeys" / "take_ticket.toml"
TICKET = """
[journey]
first = "service"
[steps.service]
kind = "choice"
options = [ { id = "loan", next = "ticket", icon = "loan", words = "service.loan" } ]
[steps.ticket]
kind = "result"
effect = "ticket"
"""


def walk(*option_ids: str) -> tuple[str, Answers]:
    """Choose each option in turn from the first step; the last step reached and the answers."""
    journey = load_journey(SHIPPED)
    answers, step_id = Answers(), journey.first
    for option_id in option_ids:
        step_id = engine.choose(journey, journey.step(step_id), option_id, answers)
    return step_id, answers


def test_the_shipped_journey_offers_every_service_and_priority_reason() -> None:
    journey = load_journey(SHIPPED)
    assert journey.first == "service"
    assert tuple(o.id for o in journey.step("service").options) == ids.QUEUE_SERVICES
    assert [o.id for o in journey.step("priority").options] == [*ids.PRIORITY_REASONS, "none"]
    assert journey.step("ticket").effect == Effect.TICKET
    # The screen ids stay DESIGN.md's contract.
    assert {ids.journey_screen("take_ticket", s) for s in journey.steps} == {
        ids.TICKET_SERVICE, ids.TICKET_PRIORITY, ids.TICKET_RESULT
    }  # fmt: skip


def test_service_options_share_the_queue_words_and_carry_their_icons() -> None:
    journey = load_journey(SHIPPED)
    service = journey.step("service")
    cash = service.options[0]
    assert (cash.icon, option_words(journey, service, cash)) == ("cash", "service.cash")
    priority = journey.step("priority")
    age = priority.options[0]
    assert option_words(journey, priority, age) == "journey.take_ticket.priority.option.age"


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (("loan", "age"), ("loan", "age")),
        (("cash", "none"), ("cash", "")),
        (("wealth", "pregnant"), ("wealth", "pregnant")),
    ],
)
def test_the_choices_made_are_the_tickets_service_and_priority(choices, expected) -> None:
    last, answers = walk(*choices)
    assert last == "ticket"
    assert engine.ticket_request(answers) == expected


def test_choosing_again_after_back_replaces_the_earlier_choice() -> None:
    journey = load_journey(SHIPPED)
    answers = Answers()
    engine.choose(journey, journey.step("service"), "cash", answers)
    engine.choose(journey, journey.step("service"), "card", answers)
    engine.choose(journey, journey.step("priority"), "none", answers)
    assert engine.ticket_request(answers) == ("card", "")


def test_no_choice_yet_asks_for_a_general_ticket_without_priority() -> None:
    assert engine.ticket_request(Answers()) == ("general", "")


def test_a_ticket_step_elsewhere_or_without_a_service_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "take_ticket.toml"
    path.write_text(TICKET, encoding="utf-8")
    assert load_journey(path).step("service").options[0].icon == "loan"
    broken = {
        TICKET.replace('kind = "result"', 'kind = "info"\nnext = "service"'): "a result step",
        TICKET.replace('id = "loan"', 'id = "later"'): "choice of service",
        TICKET.replace('icon = "loan"', "icon = 3"): "must be text",
    }
    for text, complaint in broken.items():
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ContentError, match=complaint) as caught:
            load_journey(path)
        assert caught.value.path == path and caught.value.field.startswith("take_ticket.steps.")
