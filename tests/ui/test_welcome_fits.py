"""The welcome screen greets in all three languages on one page, at every size and screen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect

from kiosk.core import ids
from kiosk.tools.tour import settle


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)], ids=str)
def test_the_greeting_in_every_language_is_in_view_at_every_text_size(
    qapp, patient_kiosk, size: tuple[int, int]
) -> None:
    # Issue 18: at 150 % and 200 % the Korean line was on another page (or cut).
    window = patient_kiosk.window
    window.setFixedSize(*size)
    controller = patient_kiosk.controller
    # Up and down again, as a customer taps Text size: the fit follows each change.
    for locale in ids.LOCALES:
        for text_size in (100, 150, 200, 150, 100):
            prefs = replace(controller.prefs, locale=locale, text_size=text_size)
            controller.session.prefs = prefs
            window.apply_prefs(prefs)
            window.show_screen(ids.WELCOME)
            settle(qapp)
            screen = window.current_screen()
            screen.pager.repaginate()
            settle(qapp)
            where = f"{locale} {text_size}% {size}"
            assert not screen.pager.paged, f"{where}: the welcome screen turned pages"
            viewport = screen.pager.scroll_area.viewport()
            view = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            lines = [screen.area.title, *screen.touch_lines.values()]
            for label in lines:
                assert label.isVisible() and label.text(), where
                box = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
                assert view.contains(box), f"{where}: {label.text()!r} at {box} outside {view}"
                assert box.bottom() < window.bar.mapTo(window, QPoint(0, 0)).y(), where
