from datetime import date
from pathlib import Path

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.core.errors import ContentError
from kiosk.journeys import engine
from kiosk.journeys.engine import Answers
from kiosk.journeys.keys import apply_key
from kiosk.journeys.loader import load_journey, load_journeys, missing_words
from kiosk.journeys.model import FieldSpec, InputKind, Reply
from kiosk.journeys.validators import check, show
from kiosk.paths import assets_dir, locales_dir

FORM = """
[journey]
first = "what"

[steps.what]
kind = "choice"
options = [{ id = "phone", next = "phone" }, { id = "nothing", next = "done" }]

[steps.phone]
kind = "field"
field = { name = "phone", input = "phone" }
next = "review"

[steps.review]
kind = "review"
review = ["phone"]
next = "done"

[steps.done]
kind = "result"
effect = "form_draft"
"""


def write(tmp_path: Path, text: str, name: str = "update_details") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_journeys_load_and_have_english_words() -> None:
    journeys = load_journeys(assets_dir() / "journeys")
    assert "fraud_check" in journeys
    assert missing_words(journeys, load_catalogs(locales_dir())["en"]) == []


def test_any_yes_in_the_fraud_check_leads_to_the_warning() -> None:
    journey = load_journey(assets_dir() / "journeys" / "fraud_check.toml")
    for question in ("on_phone", "secret", "codes", "safe_account"):
        step = journey.step(question)
        assert engine.answer(journey, step, Reply.YES) == "warning"
    assert journey.step("warning").effect.value == "help_request"
    assert journey.help_reason == "fraud"


def test_a_field_answer_is_checked_kept_and_editable_from_review(tmp_path: Path) -> None:
    journey = load_journey(write(tmp_path, FORM))
    answers = Answers()
    assert engine.choose(journey, journey.step("what"), "phone") == "phone"
    answers.typing["phone"] = "138"
    problem = engine.submit(journey, journey.step("phone"), answers)
    assert problem.key == "journey.problem.phone_length" and problem.values == {"count": 3}
    answers.typing["phone"] = "13812345678"
    assert engine.submit(journey, journey.step("phone"), answers) == "review"
    # Change from the review page: back to the field, then straight back to review.
    assert engine.edit(journey, journey.step("review"), "phone", answers) == "phone"
    answers.typing["phone"] = "13900000000"
    assert engine.submit(journey, journey.step("phone"), answers) == "review"
    assert answers.values == {"phone": "13900000000"}


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (FORM.replace('kind = "choice"', 'kind = "menu"'), "update_details.steps.what.kind"),
        (FORM.replace('next = "review"', 'next = "reveiw"'), "update_details.steps.phone.next"),
        (
            FORM.replace('input = "phone"', 'input = "email"'),
            "update_details.steps.phone.field.input",
        ),
        (
            FORM.replace('review = ["phone"]', 'review = ["mobile"]'),
            "update_details.steps.review.review",
        ),
        (FORM.replace('first = "what"', 'first = "start"'), "update_details.first"),
        (FORM + '\n[steps.orphan]\nkind = "result"\n', "update_details.steps"),
    ],
)
def test_a_broken_journey_names_file_journey_step_and_field(
    tmp_path: Path, text: str, field: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as caught:
        load_journey(path)
    assert caught.value.field == field and caught.value.path == path


def test_too_many_options_and_unknown_journey_files_are_refused(tmp_path: Path) -> None:
    options = ", ".join(f'{{ id = "o{i}", next = "done" }}' for i in range(7))
    text = (
        f'[journey]\nfirst = "pick"\n[steps.pick]\nkind = "choice"\noptions = [{options}]\n'
        '[steps.done]\nkind = "result"\n'
    )
    with pytest.raises(ContentError, match="at most 6"):
        load_journey(write(tmp_path, text))
    # Any file is a journey now (docs/journeys.md), but its name must make an id.
    assert load_journey(write(tmp_path, FORM, name="holiday_booking")).id == "holiday_booking"
    with pytest.raises(ContentError, match="not a journey id"):
        load_journey(write(tmp_path, FORM, name="Holiday-booking"))


@pytest.mark.parametrize(
    ("kind", "typed", "problem"),
    [
        (InputKind.PHONE, "", "journey.problem.empty"),
        (InputKind.PHONE, "13a", "journey.problem.digits_only"),
        (InputKind.DATE, "19480231", "journey.problem.no_such_date"),
        (InputKind.DATE, "1948051", "journey.problem.date_digits"),
        (InputKind.DATE, "18480512", "journey.problem.date_range"),
        (InputKind.CODE, "12", "journey.problem.too_short"),
        (InputKind.DATE, "19480512", None),
        (InputKind.PHONE, "01012345678", None),
    ],
)
def test_validators_explain_in_words(kind: InputKind, typed: str, problem: str | None) -> None:
    spec = FieldSpec("x", kind, min_length=6, max_length=8)
    found = check(spec, typed, today=date(2026, 11, 28))
    assert (found.key if found else None) == problem


def test_keys_and_display() -> None:
    assert apply_key("12", "3") == "123"
    assert apply_key("123", "delete") == "12"
    assert apply_key("123", "clear") == ""
    assert apply_key("1234", "5", max_length=4) == "1234"
    assert show(FieldSpec("d", InputKind.DATE), "19480512") == "1948-05-12"
    assert show(FieldSpec("p", InputKind.PHONE), "13812345678") == "138 1234 5678"
    assert show(FieldSpec("pin", InputKind.CODE, sensitive=True), "2468") == "••••"
