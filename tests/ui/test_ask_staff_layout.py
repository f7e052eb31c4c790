"""The "a person will help" page keeps both its choices in view on a laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from screen_at import box, show_at


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_on_a_laptop_at_150_percent_the_choices_stand_beside_the_words(
    qapp, patient_kiosk, locale: str
) -> None:
    screen = show_at(qapp, patient_kiosk, "ask_staff.forms", (1366, 768), locale, 150)
    window = patient_kiosk.window
    assert not screen.pager.paged, "the page turned pages"
    body, call, other = (box(w, window) for w in (screen.body, screen.call, screen.other))
    assert call.left() > body.right() and other.left() > body.right()
    assert call.bottom() < other.top()  # Call staff first, above Something else
    bar_top = window.bar.mapTo(window, QPoint(0, 0)).y()
    assert other.bottom() < bar_top and call.height() >= 120


def test_on_a_big_screen_at_100_percent_it_stays_one_column(qapp, patient_kiosk) -> None:
    screen = show_at(qapp, patient_kiosk, "ask_staff.forms", (1920, 1080), "ko", 100)
    window = patient_kiosk.window
    assert not screen.pager.paged and not screen.two_columns
    body, call, other = (box(w, window) for w in (screen.body, screen.call, screen.other))
    # Heading, Call staff, the words, Something else: one under the other.
    assert call.bottom() < body.top() < body.bottom() < other.top()
    assert call.left() == body.left() == other.left()


def test_at_200_percent_the_buttons_stay_full_width(qapp, patient_kiosk) -> None:
    # Beside the words their words would wrap: taller than they save.
    screen = show_at(qapp, patient_kiosk, "ask_staff.forms", (1366, 768), "en", 200)
    assert not screen.two_columns
    assert screen.pager.page_of(screen.call) is not None  # whole on a page
