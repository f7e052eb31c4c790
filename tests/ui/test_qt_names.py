"""Kiosk widgets keep Qt's own methods: no attribute hides one (mypy found three).

A widget whose ``scroll``, ``close``, ``locale`` or ``actions`` is replaced by a
child widget or a string breaks any Qt-aware code that calls the real method.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QScrollArea, QWidget

from kiosk.ui.widgets.fixed_bar import FixedBar
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.text_keyboard import TextKeyboard
from kiosk.ui.widgets.voice_panel import VoicePanel


def _keeps_qt_methods(widget: QWidget) -> None:
    assert widget.actions() == []  # QWidget.actions(): the QActions added, none here
    assert isinstance(widget.locale(), QLocale)
    widget.scroll(0, 0)  # QWidget.scroll(dx, dy), not a scroll area
    widget.show()
    assert widget.close() is True and not widget.isVisible()


def test_widgets_keep_qts_methods(qtbot) -> None:
    bar, pager, keyboard, panel = FixedBar(), PagedArea(), TextKeyboard(), VoicePanel()
    for widget in (bar, pager, keyboard, panel):
        qtbot.addWidget(widget)
        _keeps_qt_methods(widget)
    # What the hidden names used to hold is still there under its own name.
    assert bar.action_ids()[0] == "call_staff"
    assert isinstance(pager.scroll_area, QScrollArea)
    assert isinstance(panel.scroll_area, QScrollArea)
    keyboard.set_locale("ko")
    assert keyboard.layout_locale == "ko"
    with qtbot.waitSignal(panel.close_was_requested, timeout=2000):
        panel.close_button.click()
