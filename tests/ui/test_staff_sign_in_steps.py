"""Staff sign-in's two steps as the staff member meets them (ADR 0094, "After review").

The names are read off the GUI thread and arrive after the gesture's reset(): a
staff member who already tapped a name and began the PIN keeps both. The name is
shown, never said, in every locale. Digits left behind go when the screen does.
"""

from __future__ import annotations

import pytest
from screen_at import show_at

from kiosk.content.catalog import placeholders
from kiosk.core import ids
from kiosk.tools.tour import settle
from kiosk.ui.screens.staff_sign_in import NAMES, PIN

NAMES_NOW = ["Wang", "Li", "Park"]


@pytest.fixture
def kiosk(patient_kiosk):
    return patient_kiosk


def signing_in(qapp, kiosk, locale: str = "en"):
    screen = show_at(qapp, kiosk, ids.STAFF_SIGN_IN, (1366, 768), locale, 150)
    screen.set_names(NAMES_NOW)
    settle(qapp)
    return screen


def type_digits(screen, digits: str) -> None:
    for digit in digits:
        screen.keys[digit].click()


def selected(screen) -> list[str]:
    return [b.title.text() for b in screen.name_buttons if b.property("variant") == "selected"]


def test_names_arriving_late_keep_the_name_tapped_and_the_digits(qapp, kiosk) -> None:
    screen = signing_in(qapp, kiosk)
    screen.reset()  # the gesture: the names of last time until the new ones arrive
    screen.name_buttons[1].click()
    type_digits(screen, "12")
    screen.set_names(["Kim", *NAMES_NOW])  # queued: arrives while Li types
    settle(qapp)
    assert screen.step == PIN and screen.name == "Li"
    assert screen.title.text() == "Li: enter your PIN"
    assert screen.dots.text() == "••" and selected(screen) == ["Li"]
    assert not screen.names.isVisibleTo(screen) and screen.keypad.isVisibleTo(screen)
    type_digits(screen, "3")
    assert screen.take_pin() == "123"  # nothing was lost


def test_names_arriving_late_without_the_name_go_back_to_the_names(qapp, kiosk) -> None:
    screen = signing_in(qapp, kiosk)
    screen.name_buttons[1].click()
    type_digits(screen, "12")
    screen.set_names(["Wang", "Park"])  # Li was removed meanwhile
    settle(qapp)
    assert screen.step == NAMES and screen.name == "" and screen.dots.text() == ""
    assert selected(screen) == [] and screen.take_pin() == ""


def test_a_single_name_chosen_for_them_gives_way_to_new_names_unless_typed(qapp, kiosk) -> None:
    screen = signing_in(qapp, kiosk)
    screen.set_names(["Wang"])
    screen.reset()  # one name last time: its PIN at once
    assert screen.step == PIN and screen.name == "Wang"
    screen.set_names(["Wang", "Li"])  # nobody tapped Wang: the names to choose from
    assert screen.step == NAMES and screen.name == ""

    screen.set_names(["Wang"])
    screen.reset()
    type_digits(screen, "7")  # Wang began his PIN before the names arrived
    screen.set_names(["Wang"])
    assert screen.step == PIN and screen.dots.text() == "•"
    screen.set_names(["Wang", "Li"])
    settle(qapp)
    assert screen.step == PIN and screen.name == "Wang" and screen.dots.text() == "•"
    assert screen.other.isVisibleTo(screen)  # another name can now be chosen
    assert screen.take_pin() == "7"


@pytest.mark.parametrize(("locale", "name"), [("en", "Wang"), ("zh_CN", "王芳"), ("ko", "박민수")])
def test_step_two_never_says_the_name(qapp, kiosk, locale: str, name: str) -> None:
    screen = show_at(qapp, kiosk, ids.STAFF_SIGN_IN, (1920, 1080), locale, 100)
    screen.set_names([name, "Li"])
    screen.name_buttons[0].click()
    assert screen.step == PIN and name in screen.title.text()  # shown
    said = screen.spoken_text()
    assert said and name not in said
    catalog = kiosk.catalogs[locale]
    # Its own words, which cannot carry a name: a locale without them is incomplete.
    assert catalog.has("staff.assist.pin_prompt")
    assert placeholders(catalog.spoken("staff.assist.pin_prompt")) == set()
    assert said == catalog.spoken("staff.assist.pin_prompt")


def test_back_to_customer_drops_the_digits(qapp, kiosk) -> None:
    screen = signing_in(qapp, kiosk)
    screen.name_buttons[0].click()
    type_digits(screen, "1234")
    screen.cancel.click()
    assert screen.dots.text() == "" and screen.take_pin() == ""
    assert kiosk.controller.visible_screen != ids.STAFF_SIGN_IN


@pytest.mark.parametrize("leave", ["back", "idle"])
def test_leaving_the_screen_drops_the_digits(qapp, kiosk, leave: str) -> None:
    screen = signing_in(qapp, kiosk)
    screen.name_buttons[2].click()
    type_digits(screen, "98")
    if leave == "back":
        kiosk.controller.back()  # the fixed bar's Back
    else:
        kiosk.controller.end_session()  # what the idle timeout does
    settle(qapp)
    assert not screen.isVisible()
    assert screen.dots.text() == "" and screen.take_pin() == ""


def test_a_new_language_on_step_two_keeps_the_name(qapp, kiosk) -> None:
    screen = signing_in(qapp, kiosk)
    screen.name_buttons[1].click()
    for locale, title in [("zh_CN", "Li：请输入密码"), ("ko", "Li: 비밀번호를 입력하세요")]:
        kiosk.window.bar.buttons["language"].click()  # the fixed bar: another screen
        settle(qapp)
        assert kiosk.controller.visible_screen == ids.LANGUAGE
        kiosk.controller.choose_language(locale)  # and back to the PIN
        settle(qapp)
        assert kiosk.controller.visible_screen == ids.STAFF_SIGN_IN
        assert screen.step == PIN and screen.name == "Li"
        assert screen.title.text() == title
        assert "Li" not in screen.spoken_text()
    assert selected(screen) == ["Li"] and screen.keypad.isVisibleTo(screen)
