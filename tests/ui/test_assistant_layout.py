"""The typing page keeps its keyboard and Ask on one page where the room is short."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect

from kiosk.core import ids
from kiosk.tools.tour import settle


def _show(qapp, kiosk, size: tuple[int, int], locale: str, text_size: int):
    window, controller = kiosk.window, kiosk.controller
    window.setFixedSize(*size)
    prefs = replace(controller.prefs, locale=locale, text_size=text_size)
    controller.session.prefs = prefs
    window.apply_prefs(prefs)
    controller.session.history = [ids.WELCOME, ids.LANGUAGE, ids.HOME, ids.ASSISTANT]
    window.show_screen(ids.ASSISTANT)
    settle(qapp)
    screen = window.current_screen()
    screen.pager.repaginate()
    settle(qapp)
    return window, screen


def _box(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_at_150_percent_the_heading_stands_beside_ask_and_every_key_is_in_view(
    qapp, patient_kiosk, locale: str
) -> None:
    window, screen = _show(qapp, patient_kiosk, (1920, 1080), locale, 150)
    assert not screen.pager.paged, f"{locale}: the typing page turned pages"
    title, typed, ask = (_box(w, window) for w in (screen.title, screen.typed, screen.ask))
    assert ask.left() > title.right() and ask.left() > typed.right()
    assert title.bottom() < typed.top()  # what was typed under the heading
    bar_top = _box(window.bar, window).top()
    keys = _box(screen.keyboard, window)
    assert keys.top() > ask.bottom() and keys.bottom() <= bar_top


def test_at_100_percent_the_heading_runs_across_above_typed_and_ask(qapp, patient_kiosk) -> None:
    window, screen = _show(qapp, patient_kiosk, (1920, 1080), "en", 100)
    assert not screen.beside and not screen.pager.paged
    title, typed, ask = (_box(w, window) for w in (screen.title, screen.typed, screen.ask))
    assert title.bottom() < typed.top() and title.bottom() < ask.top()
    assert ask.left() > typed.right()  # what was typed and Ask share a row
