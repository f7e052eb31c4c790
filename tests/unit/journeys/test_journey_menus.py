"""Journeys as data: each file declares its menu, tile, icon and intent (docs/journeys.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.core.journey_menus import (
    FORMS,
    HOME,
    home_tiles,
    journey_intents,
    menu_entries,
    menu_tiles,
    shipped_entries,
)
from kiosk.journeys import engine
from kiosk.journeys.engine import Answers
from kiosk.journeys.loader import load_journey, load_journeys
from kiosk.journeys.model import Effect, StepKind
from kiosk.paths import assets_dir
from kiosk.speech.intent_actions import actions_for

TEST_JOURNEY = Path(__file__).resolve().parents[2] / "data" / "journeys" / "replace_passbook.toml"


def test_the_contract_journeys_are_shipped() -> None:
    assert set(ids.JOURNEYS) <= set(load_journeys(assets_dir() / "journeys"))


def test_the_shipped_files_give_the_menus_and_intents_as_before() -> None:
    entries = shipped_entries()
    assert home_tiles(entries) == [
        ("take_ticket", "ticket"),
        ("check_in", "calendar"),
        ("products", "product"),
        ("forms", "form"),
        ("mobile_banking_help", "phone"),
        ("fraud_check", "shield"),
    ]
    assert [task for task, _ in home_tiles(entries)] == list(ids.HOME_TASKS)
    assert menu_tiles(entries, FORMS) == [
        ("lost_card", "card"),
        ("update_details", "home"),
        ("open_account", "account"),
    ]
    assert journey_intents(entries) == {j: j for j in ids.JOURNEYS}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped journeys plus one defined only in test data."""
    folder = tmp_path / "journeys"
    shutil.copytree(assets_dir() / "journeys", folder)
    shutil.copy(TEST_JOURNEY, folder)
    return folder


def test_a_journey_from_test_data_loads_and_joins_its_menu(folder: Path) -> None:
    journeys = load_journeys(folder)
    assert "replace_passbook" in journeys
    entries = menu_entries(folder)
    assert menu_tiles(entries, FORMS)[-1] == ("replace_passbook", "savings")
    assert len(menu_tiles(entries, HOME)) == 4  # home is untouched
    assert journey_intents(entries)["replace_passbook"] == "replace_passbook"


def test_a_journey_from_test_data_is_walked_to_its_form() -> None:
    journey = load_journey(TEST_JOURNEY)
    answers = Answers()
    step = journey.step(journey.first)
    step = journey.step(engine.choose(journey, step, "lost", answers))
    assert step.kind == StepKind.FIELD
    answers.typing["phone"] = "07700900123"
    target = engine.submit(journey, step, answers)
    assert isinstance(target, str)
    review = journey.step(target)
    assert review.kind == StepKind.REVIEW
    # Change the number from the review page: back to the field, then back to review.
    assert engine.edit(journey, review, "phone", answers) == "phone"
    answers.typing["phone"] = "07700900124"
    assert engine.submit(journey, journey.step("phone"), answers) == "review"
    done = journey.step(engine.go_on(journey, review, answers))
    assert done.effect == Effect.FORM_DRAFT
    assert answers.values["phone"] == "07700900124"
    assert engine.counter_service(journey, answers) == "account"


def test_a_spoken_request_starts_a_journey_its_file_names(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder.parent / "assets").mkdir()
    (folder.parent / "assets" / "icons").symlink_to(assets_dir() / "icons")
    folder.rename(folder.parent / "assets" / "journeys")
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(folder.parent))
    start = [("journey_start", "replace_passbook")]
    assert actions_for("replace_passbook", {}, ids.HOME, 100) == start
    monkeypatch.delenv("KIOSK_CONTENT_DIR")
    assert actions_for("replace_passbook", {}, ids.HOME, 100) == []
    assert actions_for("lost_card", {}, ids.HOME, 100) == [("journey_start", "lost_card")]


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('menu = "forms"', 'menu = "lobby"', "replace_passbook.menu"),
        ("order = 4", "order = 0", "replace_passbook.order"),
        ('icon = "savings"', 'icon = "no_such_icon"', "replace_passbook.icon"),
        ('icon = "savings"\n', "", "replace_passbook.icon"),
        ('intent = "replace_passbook"', 'intent = "Replace passbook"', "replace_passbook.intent"),
        ('form = "passbook"\n', "", "replace_passbook.form"),
    ],
    ids=["menu", "order", "icon-unknown", "icon-missing", "intent", "form-menu-without-form"],
)
def test_a_wrong_menu_entry_names_the_file_and_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    text = TEST_JOURNEY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / TEST_JOURNEY.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_journey(path)
    assert (caught.value.path, caught.value.field) == (path, field)


def test_a_seventh_home_tile_is_refused_naming_the_file(folder: Path) -> None:
    # Home already shows six tiles: one more journey there would hide a choice.
    text = TEST_JOURNEY.read_text("utf-8").replace('menu = "forms"', 'menu = "home"')
    (folder / "replace_passbook.toml").write_text(text, "utf-8")
    with pytest.raises(ContentError) as caught:
        menu_entries(folder)
    message = str(caught.value)
    # The last tile in order is named (its file and field), and every tile is listed.
    assert "fraud_check.toml" in message and "fraud_check.menu" in message
    assert "7 tiles" in message and "replace_passbook" in message and "at most 6" in message
