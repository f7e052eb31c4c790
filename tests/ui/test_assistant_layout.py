"""The typing page keeps its keyboard and Ask on one page where the room is short."""

from __future__ import annotations

import pytest
from screen_at import box, show_at

from kiosk.core import ids


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_at_150_percent_typed_and_ask_share_a_row_and_every_key_is_in_view(
    qapp, patient_kiosk, locale: str
) -> None:
    # Letter keys no longer as wide as Delete's word: fewer rows, and the page fits
    # with the heading across (or beside Ask where a language needs the room).
    screen = show_at(qapp, patient_kiosk, ids.ASSISTANT, (1920, 1080), locale, 150)
    window = patient_kiosk.window
    assert not screen.pager.paged, f"{locale}: the typing page turned pages"
    assert not screen.keyboard.least  # a large screen keeps its keys' size
    title, typed, ask = (box(w, window) for w in (screen.title, screen.typed, screen.ask))
    assert ask.left() > typed.right()
    assert title.bottom() < typed.top()  # what was typed under the heading
    bar_top = box(window.bar, window).top()
    keys = box(screen.keyboard, window)
    assert keys.top() > ask.bottom() and keys.bottom() <= bar_top


def test_at_100_percent_the_heading_runs_across_above_typed_and_ask(qapp, patient_kiosk) -> None:
    screen = show_at(qapp, patient_kiosk, ids.ASSISTANT, (1920, 1080), "en", 100)
    window = patient_kiosk.window
    assert not screen.beside and not screen.pager.paged
    title, typed, ask = (box(w, window) for w in (screen.title, screen.typed, screen.ask))
    assert title.bottom() < typed.top() and title.bottom() < ask.top()
    assert ask.left() > typed.right()  # what was typed and Ask share a row
