"""A journey step on a short wide window: words left, controls right, one page.

At 150 % a 1366×768 laptop window leaves ~570 px under the fixed bar: stacked,
a keypad went over four pages and a question's answers to the second. The
page is made shorter only when it does not fit (the pager's compactors), never
by window size: at 1920×1080 the same steps keep their one-column layout.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX
from kiosk.ui.widgets.paged_area import KEEP_TOGETHER, page_breaks


def _at(qtbot, kiosk, size: tuple[int, int], text_size: int, locale: str):  # type: ignore[no-untyped-def]
    kiosk.window.resize(*size)
    prefs = replace(kiosk.controller.prefs, locale=locale, text_size=text_size)
    kiosk.controller.session.prefs = prefs
    kiosk.window.apply_prefs(prefs)


def _to_phone(kiosk) -> QWidget:  # type: ignore[no-untyped-def]
    handle = kiosk.controller.handle
    handle("journey_start", "open_account")
    handle("journey_choose", "account")
    handle("journey_next")  # past "Please have these ready"
    handle("journey_text", "王秀英")
    handle("journey_submit")
    assert kiosk.controller.visible_screen == "journey.open_account.phone"
    return kiosk.window.current_screen()


def _top(widget: QWidget, screen: QWidget) -> QPoint:
    return widget.mapTo(screen, QPoint(0, 0))


def _one_page_in_columns(screen) -> bool:  # type: ignore[no-untyped-def]
    return bool(screen.fitting.columns.placed and not screen.pager.paged)


def _in_view(screen, widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
    view = screen.pager.scroll_area.viewport()
    top = widget.mapTo(view, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= view.height()


def test_at_150_percent_on_a_laptop_the_keypad_stands_beside_the_number_on_one_page(
    qtbot, patient_kiosk
) -> None:
    kiosk = patient_kiosk
    _at(qtbot, kiosk, (1366, 768), 150, "zh_CN")
    screen = _to_phone(kiosk)
    keypad = screen.keypad
    qtbot.waitUntil(
        lambda: screen.fitting.columns.placed and not screen.pager.paged, timeout=15_000
    )
    qtbot.waitUntil(lambda: _in_view(screen, screen.field.next), timeout=10_000)
    # Words and what was typed on the left, every key on the right, all in view.
    assert _top(keypad, screen).x() > _top(screen.typed, screen).x() + screen.typed.width() // 2
    assert _top(screen.title, screen).x() < _top(keypad, screen).x()
    for key in keypad.keys.values():
        assert _in_view(screen, key)
        assert key.height() >= MIN_TARGET_PX and key.width() >= MIN_TARGET_PX
    assert keypad.property(KEEP_TOGETHER)  # the pager never splits it
    rows = sorted({_top(k, screen).y() for k in keypad.keys.values()})
    assert all(b - a >= MIN_TARGET_PX + MIN_GAP_PX for a, b in itertools.pairwise(rows))
    assert "第" not in screen.spoken_text()  # no "page 1 of 4" to say


def test_at_1920_by_1080_the_field_keeps_its_one_column_layout(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    _at(qtbot, kiosk, (1920, 1080), 100, "zh_CN")
    screen = _to_phone(kiosk)
    # Before its first real size the screen was measured at Qt's default 100×30 (every
    # compactor on); on a loaded machine the keypad shows before the pager has chosen
    # again at 1920×1080. Wait for that choice: a layout that stays beside fails here.
    qtbot.waitUntil(
        lambda: (
            screen.keypad.isVisible()
            and not screen.pager.paged
            and not screen.pager.settling
            and not screen.fitting.beside
        ),
        timeout=15_000,
    )
    assert not screen.fitting.columns.placed and not screen.pager.compact
    assert screen.field.isVisible() and screen.keypad.room is None
    # The heading spans the page over the field, as it always did.
    assert _top(screen.title, screen).y() < _top(screen.typed, screen).y()


def test_a_question_at_150_percent_on_a_laptop_has_its_answers_beside_it(
    qtbot, patient_kiosk
) -> None:
    kiosk = patient_kiosk
    _at(qtbot, kiosk, (1366, 768), 150, "ko")
    kiosk.controller.handle("journey_start", "fraud_check")
    assert kiosk.controller.visible_screen == "journey.fraud_check.intro"
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(
        lambda: screen.fitting.columns.placed and not screen.pager.paged, timeout=15_000
    )
    qtbot.waitUntil(lambda: _in_view(screen, screen.primary), timeout=10_000)
    assert _top(screen.primary, screen).x() > _top(screen.body, screen).x() + screen.body.width()
    # Back on a big screen the words are over the button again (nothing is left behind).
    _at(qtbot, kiosk, (1920, 1080), 100, "ko")
    qtbot.waitUntil(lambda: not screen.fitting.columns.placed, timeout=15_000)
    assert _top(screen.primary, screen).y() > _top(screen.body, screen).y() + screen.body.height()


def test_keys_fitted_to_a_short_room_take_three_rows_and_never_shrink_under_a_target(
    qtbot,
) -> None:
    from kiosk.look.theme import PALETTES, metrics
    from kiosk.ui.widgets.keypad import Keypad

    pad = Keypad()
    qtbot.addWidget(pad)
    pad.apply_metrics(metrics(150), PALETTES["standard"])
    pad.fit_room(600)
    assert pad.rows == 4
    pad.fit_room(360)  # four rows of 96 px and three gaps do not fit: three rows of four
    assert pad.rows == 3
    assert pad.keys["0"].minimumHeight() >= MIN_TARGET_PX
    pad.fit_room(None)
    assert pad.rows == 4 and pad.keys["0"].minimumHeight() == metrics(150).target
    # A keypad is one unit for the pager: a page ends above or below it.
    assert page_breaks(900, 500, [(0, 100), (120, 560)]) == [(0, 120), (120, 620), (620, 900)]
