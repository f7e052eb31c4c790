"""Staff sign-in: the names, the keys and Sign in on one page where the screen allows.

Stacked (title, names, dots, keypad, Sign in), the sign-in ran onto a second page on
the 1920×1080 kiosk at 100 % (Sign in and 0 on page 2) and onto seven on a laptop
at 200 %; a second set of names left the first drawn under them.
"""

from __future__ import annotations

import pytest
from screen_at import in_view, show_at

from kiosk.core import ids
from kiosk.ui.screens.staff_sign_in import StaffSignInScreen
from kiosk.ui.widgets.label_button import LabelButton


@pytest.fixture
def kiosk(patient_kiosk):
    return patient_kiosk


@pytest.mark.parametrize(
    ("size", "text_size"), [((1920, 1080), 100), ((1920, 1080), 150), ((1366, 768), 100)]
)
@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_names_keys_and_sign_in_share_one_page(qapp, kiosk, size, text_size, locale) -> None:
    screen = show_at(qapp, kiosk, ids.STAFF_SIGN_IN, size, locale, text_size, staged=True)
    assert not screen.pager.paged
    assert screen.beside  # the keys right of the names: stacked they do not fit
    for widget in [*screen.name_buttons, *screen.keys.values(), screen.cancel]:
        assert in_view(screen, widget), widget.title.text()
        assert widget.height() >= 96  # DESIGN's least touch target, fitted or not


@pytest.mark.parametrize(("locale", "text_size"), [("en", 100), ("ko", 200)])
def test_on_a_portrait_screen_the_keys_stay_under_the_names(
    qapp, kiosk, locale: str, text_size: int
) -> None:
    # At 200 % the portrait page turns pages; beside, its names column cut "Wang".
    screen = show_at(qapp, kiosk, ids.STAFF_SIGN_IN, (1080, 1920), locale, text_size, staged=True)
    assert screen.pager.paged == (text_size == 200) and not screen.beside
    for button in screen.name_buttons:
        assert button.title.sizeHint().width() <= button.title.width(), button.title.text()
    names, keys = screen.names, screen.keypad
    assert (
        keys.mapTo(screen, keys.rect().topLeft()).y()
        > names.mapTo(screen, names.rect().bottomLeft()).y()
    )
    assert screen.keypad.room is None  # full-size keys


def test_new_names_replace_the_old_ones_on_screen(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, ids.STAFF_SIGN_IN, (1920, 1080), "en", 150, staged=True)
    screen.set_names(["Kim", "Chen"])
    qapp.processEvents()
    shown = [
        b.title.text()
        for b in screen.findChildren(LabelButton)
        if b.property("kiosk_action") == "staff_name" and b.isVisibleTo(screen)
    ]
    assert sorted(shown) == ["Chen", "Kim"]


def test_delete_takes_the_last_digit_and_clear_takes_them_all(qapp) -> None:
    screen = StaffSignInScreen()
    signed: list[str] = []
    screen.action_was_requested.connect(lambda action, name: signed.append(name))
    screen.set_names(["Wang"])  # one name: chosen already
    for key in ("1", "2", "3", "delete", "4"):
        screen.keypad.keys[key].click()
    assert screen.dots.text() == "•••"
    screen.keypad.keys["clear"].click()
    assert screen.dots.text() == ""
    for key in ("5", "6"):
        screen.keypad.keys[key].click()
    screen.sign_in.click()
    assert signed == ["Wang"] and screen.take_pin() == "56"
