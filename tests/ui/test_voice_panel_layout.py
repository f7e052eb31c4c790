"""The assistant's panel over a screen: every answer in view, the screen keeps the rest."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect

from kiosk.core import ids
from kiosk.tools.tour import panel_view, settle
from kiosk.ui.widgets.label_button import LabelButton


def _open(qapp, kiosk, size: tuple[int, int], locale: str, text_size: int, state: str):
    window, controller = kiosk.window, kiosk.controller
    window.setFixedSize(*size)
    prefs = replace(controller.prefs, locale=locale, text_size=text_size)
    controller.session.prefs = prefs
    window.apply_prefs(prefs)
    window.show_screen(ids.HOME)
    panel = window.voice_panel
    panel.can_listen = True
    panel.show_view(panel_view(state, locale))
    settle(qapp)
    window.current_screen().pager.repaginate()
    settle(qapp)
    return window, panel


def _box(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("locale", ids.LOCALES)
@pytest.mark.parametrize("text_size", [100, 150])
def test_did_you_mean_shows_every_answer_without_a_scroll_on_a_laptop(
    qapp, patient_kiosk, locale: str, text_size: int
) -> None:
    # Issue 11: the panel took half the room and hid its readings below a scroll.
    window, panel = _open(
        qapp, patient_kiosk, (1366, 768), locale, text_size, "assistant.did_you_mean"
    )
    where = f"{locale} {text_size}%"
    assert not panel.scroll_area.verticalScrollBar().isVisible(), where
    box = _box(panel, window)
    answers = [b for b in panel.findChildren(LabelButton) if b.isVisible()]
    assert len(answers) == 5, where  # three readings, None of these, Close
    for button in answers:
        assert box.contains(_box(button, window)), f"{where}: {button.title.text()!r} cut"
    # Side by side, not one under the other: the five answers share rows.
    rows = {_box(b, window).top() for b in answers if b is not panel.close_button}
    assert len(rows) <= 2, where
    assert _box(window.bar, window).top() >= box.bottom(), where


def test_listening_is_one_row_with_stop_beside_the_words(qapp, patient_kiosk) -> None:
    window, panel = _open(qapp, patient_kiosk, (1366, 768), "ko", 150, "assistant.listening")
    stop, title = _box(panel.close_button, window), _box(panel.title, window)
    assert stop.left() > title.right()  # at the right end of the panel's line
    assert stop.top() < title.bottom() and title.top() < stop.bottom()
    # One row: the screen keeps everything above it but that row.
    assert panel.height() < stop.height() * 2
    assert window.current_screen().height() > 768 // 2


def test_a_long_line_puts_close_after_the_answers_when_that_is_shorter(qapp, patient_kiosk) -> None:
    # The name check's line wraps over two or three rows beside Close; after the
    # answers (a free cell in their row) Close costs no height.
    window, panel = _open(qapp, patient_kiosk, (1366, 768), "en", 150, "assistant.name_check")
    assert panel.close_button in panel.choices.items()
    rows = {_box(b, window).top() for b in panel.choices.items()}
    assert len(rows) == 1
