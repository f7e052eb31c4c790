"""A name field: loaded from a journey file, checked in words, typed with capitals."""

from pathlib import Path

import pytest

from kiosk.core.errors import ContentError
from kiosk.journeys import engine
from kiosk.journeys.engine import Answers
from kiosk.journeys.keys import type_name
from kiosk.journeys.loader import load_journey
from kiosk.journeys.model import FieldSpec, InputKind
from kiosk.journeys.validators import check, show
from kiosk.paths import assets_dir

NAMED = """
[journey]
first = "name"

[steps.name]
kind = "field"
field = { name = "name", input = "name" }
next = "review"

[steps.review]
kind = "review"
review = ["name"]
next = "done"

[steps.done]
kind = "result"
"""

SPEC = FieldSpec("name", InputKind.NAME, max_length=30)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "update_details.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_name_field_parses_with_a_name_sized_default(tmp_path: Path) -> None:
    spec = load_journey(write(tmp_path, NAMED)).step("name").field
    assert spec is not None
    assert spec.input == InputKind.NAME and spec.max_length == 30 and spec.min_length == 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ('input = "name", max_length = 61 }', "max_length", "at most 60"),
        ('input = "name", max_length = 0 }', "max_length", "at least 1"),
        ('input = "name", max_length = "long" }', "max_length", "whole number"),
        ('input = "name", min_length = 5, max_length = 3 }', "min_length", "more than"),
    ],
)
def test_a_bad_name_field_names_the_setting(
    tmp_path: Path, change: str, field: str, words: str
) -> None:
    text = NAMED.replace('input = "name" }', change)
    with pytest.raises(ContentError, match=words) as caught:
        load_journey(write(tmp_path, text))
    assert caught.value.field == f"update_details.steps.name.field.{field}"


def test_open_account_asks_the_name_first_and_reviews_it() -> None:
    journey = load_journey(assets_dir() / "journeys" / "open_account.toml")
    assert journey.step("bring").next == "name"
    spec = journey.step("name").field
    assert spec is not None and spec.input == InputKind.NAME and spec.max_length == 30
    assert journey.step("review").review[0] == "name"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "journey.problem.name_empty"),
        ("   ", "journey.problem.name_empty"),
        ("Mary 2", "journey.problem.name_letters"),
        ("1948", "journey.problem.name_letters"),
        ("Mary!", "journey.problem.name_letters"),
        ("--", "journey.problem.name_letters"),
        ("A" * 31, "journey.problem.name_too_long"),
        ("김ㅁ", "journey.problem.name_unfinished"),
        ("A" * 30, None),
        ("김민수", None),
        ("王秀英", None),
        ("O'Brien-Smith", None),
        ("  Mary   O'Brien ", None),  # spaces are tidied, not refused
        ("阿依古丽·买买提", None),
        ("José Núñez", None),
    ],
)
def test_names_are_checked_in_words(typed: str, problem: str | None) -> None:
    found = check(SPEC, typed)
    assert (found.key if found else None) == problem


def test_too_long_says_how_long_a_name_may_be() -> None:
    found = check(SPEC, "B" * 31)
    assert found is not None and found.values == {"most": 30}


def test_a_name_is_kept_tidy_and_shown_as_typed(tmp_path: Path) -> None:
    journey = load_journey(write(tmp_path, NAMED))
    answers = Answers(typing={"name": "  Mary   O'Brien "})
    assert engine.submit(journey, journey.step("name"), answers) == "review"
    assert answers.values == {"name": "Mary O'Brien"}
    assert show(SPEC, "王秀英") == "王秀英"


def test_typing_a_name_capitalises_each_part() -> None:
    value = ""
    for key in "OBRIEN":
        value = type_name(value, key)
        if value == "O":
            value = type_name(value, "'")
    assert value == "O'Brien"
    for key in ("-", "S", "M", "I", "T", "H"):
        value = type_name(value, key)
    assert value == "O'Brien-Smith"
    assert type_name("", " ") == "" and type_name("", "-") == ""  # never first
    assert type_name("Ann ", " ") == "Ann " and type_name("Ann-", "'") == "Ann-"
    assert type_name("Ann", "delete") == "An" and type_name("Ann", "clear") == ""
    assert type_name("A" * 30, "B", max_length=30) == "A" * 30
