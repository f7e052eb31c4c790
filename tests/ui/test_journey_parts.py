"""The journey screen's parts: one per kind of step, and one way to get their words."""

from __future__ import annotations

import pytest
from conftest import button, tap

from kiosk.content.catalog import load_catalogs
from kiosk.journeys.engine import Answers
from kiosk.journeys.loader import load_journeys
from kiosk.paths import assets_dir, locales_dir
from kiosk.ui.screens.journey.words import StepWords, joined

PARTS = ("field", "name", "choice", "question", "review")


@pytest.fixture(scope="module")
def catalogs():  # type: ignore[no-untyped-def]
    return load_catalogs(locales_dir())


@pytest.fixture(scope="module")
def journeys():  # type: ignore[no-untyped-def]
    return load_journeys(assets_dir() / "journeys")


def shown_parts(screen) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for name in PARTS if getattr(screen, name).isVisibleTo(screen)}


def test_each_kind_of_step_shows_its_own_part_and_no_other(qtbot, kiosk) -> None:
    handle = kiosk.controller.handle
    handle("choose_language", "en")
    handle("journey_start", "open_account")
    screen = kiosk.window.current_screen()
    walk = [
        ("journey.open_account.what", {"choice"}, ("journey_choose", "account")),
        ("journey.open_account.bring", set(), ("journey_next", "")),  # info: words only
        ("journey.open_account.name", {"name"}, ("journey_text", "Mary Smith")),
    ]
    for screen_id, parts, (action, argument) in walk:
        assert kiosk.controller.visible_screen == screen_id
        assert shown_parts(screen) == parts, screen_id
        handle(action, argument)
    handle("journey_submit")
    assert kiosk.controller.visible_screen == "journey.open_account.phone"
    assert shown_parts(screen) == {"field"}
    assert screen.keypad.isVisible() and not screen.keyboard.isVisible()
    for digit in "13812345678":
        tap(qtbot, screen.keypad.keys[digit])
    assert screen.typed.text().replace(" ", "").startswith("138")
    tap(qtbot, button(screen, "journey_submit"))
    for digit in "19480512":
        handle("journey_key", digit)
    handle("journey_submit")
    assert kiosk.controller.visible_screen == "journey.open_account.review"
    assert shown_parts(screen) == {"review"}
    # Each answer read back with its own Change, which names its field.
    changes = [change.property("kiosk_argument") for _, change in screen.review.rows]
    assert changes[:3] == ["name", "phone", "birth_date"]
    handle("home")
    handle("journey_start", "fraud_check")
    handle("journey_next")
    assert kiosk.controller.visible_screen == "journey.fraud_check.on_phone"
    assert shown_parts(screen) == {"question"}
    assert screen.question.unsure.isVisible()  # every fraud question has "Not sure"


def test_a_step_gets_its_own_words_before_the_shared_ones(catalogs, journeys) -> None:
    fraud = journeys["fraud_check"]
    detour = StepWords.build(catalogs["en"], fraud, fraud.step("not_sure"), Answers(), {})
    intro = StepWords.build(catalogs["en"], fraud, fraud.step("intro"), Answers(), {})
    assert detour.own_or_common("next", "next") == "Next question"
    assert intro.own_or_common("next", "next") == "Next"
    assert intro.own("no_such_words") is None


def test_a_body_follows_the_choice_made_on_the_way(catalogs, journeys) -> None:
    lost = journeys["lost_card"]
    swallowed = Answers(chosen={"what": "swallowed"})
    words = StepWords.build(catalogs["ko"], lost, lost.step("done"), swallowed, {})
    assert words.body_key() == "journey.lost_card.done.body_swallowed"
    plain = StepWords.build(catalogs["ko"], lost, lost.step("done"), Answers(), {})
    assert plain.body_key() == "journey.lost_card.done.body"


def test_a_found_name_is_shown_but_said_only_in_private(catalogs, journeys) -> None:
    check_in = journeys["check_in"]
    welcome = check_in.step("welcome")
    found = Answers(found={"name": "Mrs Wang", "time": "10:30", "topic": "pension"})
    loud = StepWords.build(catalogs["en"], check_in, welcome, found, {})
    assert loud.text(f"{loud.base}.title") == "Welcome, Mrs Wang"
    assert "Wang" not in loud.said(f"{loud.base}.title")
    private = StepWords.build(catalogs["en"], check_in, welcome, found, {}, private_audio=True)
    assert "Mrs Wang" in private.said(f"{private.base}.title")
    # A booking's topic is an id from the bank's system, shown in the customer's words.
    zh = StepWords.build(catalogs["zh_CN"], check_in, welcome, found, {})
    assert "pension" not in zh.text(f"{zh.base}.body")


def test_sentences_are_joined_as_each_language_writes_them() -> None:
    assert joined("zh_CN", "号码没有打印出来", "请记下") == "号码没有打印出来。请记下。"
    assert joined("en", "Not printed", "Please note it.") == "Not printed. Please note it."
    assert joined("ko", "", "  ") == ""


def test_a_laptop_window_shows_the_whole_keypad_and_next_on_one_page(qtbot, kiosk) -> None:
    kiosk.window.resize(1366, 768)
    handle = kiosk.controller.handle
    handle("choose_language", "ko")
    handle("journey_start", "lost_card")
    handle("journey_choose", "lost")
    handle("journey_next")  # past "Call to stop your card now"
    handle("journey_next")  # past "The teller can help with a form"
    assert kiosk.controller.visible_screen == "journey.lost_card.phone"
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.keypad.isVisible(), timeout=10_000)
    # The pages follow the settled layout (the keys may move beside the words).
    qtbot.waitUntil(lambda: not screen.pager.paged, timeout=10_000)
    view = screen.pager.scroll_area.viewport()
    for control in [*screen.keypad.keys.values(), screen.field.next]:
        top = control.mapTo(view, control.rect().topLeft()).y()
        assert top >= 0 and top + control.height() <= view.height()
