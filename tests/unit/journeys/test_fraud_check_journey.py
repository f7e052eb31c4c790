"""The fraud check as data: the scams older people meet, "Not sure" everywhere, no reassurance."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.journeys import engine
from kiosk.journeys.engine import Answers, JourneyError
from kiosk.journeys.loader import load_journey
from kiosk.journeys.model import Effect, Reply, StepKind
from kiosk.paths import assets_dir, locales_dir

FRAUD = assets_dir() / "journeys" / "fraud_check.toml"
# The scams issue 11 names, by the question that catches each one.
SCAMS = ("on_phone", "authority", "courier", "remote_app", "new_number", "safe_account", "codes")


@pytest.fixture(scope="module")
def journey():
    return load_journey(FRAUD)


def questions(journey) -> list[str]:
    """The yes/no questions in the order a customer who answers "no" meets them."""
    order, step = [], journey.step(engine.go_on(journey, journey.step(journey.first)))
    while step.kind == StepKind.YES_NO:
        order.append(step.id)
        step = journey.step(engine.answer(journey, step, Reply.NO))
    assert step.id == "clear"
    return order


def test_every_common_scam_has_a_question_and_each_has_not_sure(journey) -> None:
    asked = questions(journey)
    assert set(SCAMS) <= set(asked)
    for question in asked:
        step = journey.step(question)
        assert engine.answer(journey, step, Reply.YES) == "warning"
        assert step.unsure == "not_sure"
    warning = journey.step("warning")
    assert warning.effect == Effect.HELP_REQUEST and warning.tone == "warning"
    assert journey.help_reason == "fraud"
    # A person is offered where the customer is unsure, and where nothing was "yes".
    assert journey.step("not_sure").offer_staff and journey.step("clear").offer_staff


def test_not_sure_offers_staff_then_goes_on_with_the_next_question(journey) -> None:
    answers = Answers()
    asked = questions(journey)
    first, second, third = asked[:3]
    assert engine.answer(journey, journey.step(first), Reply.NO, answers) == second
    assert engine.answer(journey, journey.step(second), Reply.UNSURE, answers) == "not_sure"
    # "Next question" continues where "No" would have led.
    assert engine.go_on(journey, journey.step("not_sure"), answers) == third
    # Back onto the detour page and Next again: still the same way on.
    assert engine.go_on(journey, journey.step("not_sure"), answers) == third
    assert engine.answer(journey, journey.step(third), Reply.YES, answers) == "warning"
    # Staff see every answer, in the order asked.
    assert answers.replies == {first: "no", second: "unsure", third: "yes"}


def test_not_sure_where_a_question_has_none_is_a_bug_not_a_step(tmp_path: Path) -> None:
    path = tmp_path / "fraud_check.toml"
    path.write_text(
        FRAUD.read_text(encoding="utf-8").replace('unsure = "not_sure"\n', "", 1),
        encoding="utf-8",
    )
    journey = load_journey(path)
    with pytest.raises(JourneyError, match="no 'not sure'"):
        engine.answer(journey, journey.step("on_phone"), Reply.UNSURE)


BASE = """
[journey]
first = "q"

[steps.q]
kind = "yes_no"
yes = "end"
no = "end"
unsure = "maybe"

[steps.maybe]
kind = "info"
offer_staff = true

[steps.end]
kind = "result"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fraud_check.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_not_sure_detour_needs_no_next_of_its_own(tmp_path: Path) -> None:
    journey = load_journey(write(tmp_path, BASE))
    answers = Answers()
    assert engine.answer(journey, journey.step("q"), Reply.UNSURE, answers) == "maybe"
    assert engine.go_on(journey, journey.step("maybe"), answers) == "end"


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (
            BASE.replace('unsure = "maybe"', 'unsure = "nowhere"'),
            "fraud_check.steps.q.unsure",
            "names no step ('nowhere')",
        ),
        (
            BASE.replace('kind = "yes_no"', 'kind = "info"\nnext = "end"'),
            "fraud_check.steps.q.unsure",
            "only a yes_no step has 'Not sure'",
        ),
        (
            BASE.replace('maybe]\nkind = "info"', 'maybe]\nkind = "review"\nnext = "end"'),
            "fraud_check.steps.q.unsure",
            "leads to a review step",
        ),
        (
            BASE.replace("offer_staff = true", 'offer_staff = "yes"'),
            "fraud_check.steps.maybe.offer_staff",
            "must be true or false",
        ),
        (
            # Reached by "No" as well: its Next would have nowhere to go.
            BASE.replace('no = "end"', 'no = "maybe"'),
            "fraud_check.steps.maybe.next",
            "a info step needs next",
        ),
    ],
)
def test_a_mistake_in_unsure_or_offer_staff_names_the_field(
    tmp_path: Path, text: str, field: str, words: str
) -> None:
    with pytest.raises(ContentError) as caught:
        load_journey(write(tmp_path, text))
    message = str(caught.value)
    assert field in message and words in message and "fraud_check.toml" in message


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs(locales_dir())


# How each language names the sign: someone rushing you, or telling you what to say.
RUSHING = {"en": ("rush", "what to say"), "zh_CN": ("催", "怎么说"), "ko": ("재촉", "말할지")}
REASSURING = ("does not sound", "不太像", "달라 보입니다", "사기 같지는 않")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_all_no_never_reassures_and_names_the_warning_signs(catalogs, locale: str) -> None:
    c = catalogs[locale]
    said = " ".join(c.text(f"journey.fraud_check.clear.{k}") for k in ("title", "body", "simpler"))
    assert not any(words in said for words in REASSURING)
    assert all(sign in said for sign in RUSHING[locale])


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_warning_says_hang_up_first_and_gives_the_anti_fraud_number(
    catalogs, locale: str
) -> None:
    c = catalogs[locale]
    title = c.text("journey.fraud_check.warning.title")
    hang_up = {"en": "Hang up", "zh_CN": "挂断电话", "ko": "전화를 끊으세요"}[locale]
    assert hang_up in title  # the heading, the first thing on the screen
    body = c.text("journey.fraud_check.warning.body", fraud_hotline="159")
    assert body.rstrip("。.").endswith("159")
