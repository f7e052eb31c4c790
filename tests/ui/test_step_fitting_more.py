"""More of a journey step on a short wide window (1366×768 at 150 %): a review's
answers three to a row, a long field's Next under its keys, buttons only as tall
as their words. At 1920×1080 the same steps keep their usual layout.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from screen_at import show_at

from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX, metrics


def _top(widget: QWidget, screen: QWidget) -> QPoint:
    return widget.mapTo(screen, QPoint(0, 0))


def _in_view(screen, widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
    view = screen.pager.scroll_area.viewport()
    top = widget.mapTo(view, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= view.height()


def test_a_review_on_a_laptop_keeps_its_answers_three_to_a_row_on_one_page(
    qtbot, qapp, patient_kiosk
) -> None:
    review = "journey.open_account.review"
    screen = show_at(qapp, patient_kiosk, review, (1366, 768), "en", 150, staged=True)
    qtbot.waitUntil(lambda: not screen.pager.paged, timeout=15_000)
    changes = [change for _, change in screen.review.rows if change.isVisible()]
    assert len(changes) == 3
    # One row under the heading, each Change as tall as its word (still a target).
    assert len({_top(change, screen).y() for change in changes}) == 1
    assert _top(changes[0], screen).y() > _top(screen.title, screen).y() + screen.title.height()
    for change in changes:
        assert _in_view(screen, change)
        assert MIN_TARGET_PX <= change.height() < metrics(150).target
    assert _in_view(screen, screen.primary)
    assert screen.fitting.low and screen.review.wide and not screen.fitting.columns.placed


def test_a_review_on_a_big_screen_keeps_its_usual_layout(qtbot, qapp, patient_kiosk) -> None:
    review = "journey.open_account.review"
    screen = show_at(qapp, patient_kiosk, review, (1920, 1080), "en", 100, staged=True)
    qtbot.waitUntil(lambda: not screen.pager.paged, timeout=15_000)
    assert not screen.fitting.low and not screen.review.wide
    changes = [change for _, change in screen.review.rows if change.isVisible()]
    assert all(change.height() >= metrics(100).target for change in changes)


def test_long_words_beside_the_keys_put_next_under_the_keys(qtbot, qapp, patient_kiosk) -> None:
    code = "journey.check_in.code"
    screen = show_at(qapp, patient_kiosk, code, (1366, 768), "en", 150, staged=True)
    qtbot.waitUntil(
        lambda: screen.fitting.columns.placed and not screen.pager.paged, timeout=15_000
    )
    keypad, hint, nxt = screen.keypad, screen.field.hint, screen.field.next
    # The words (heading, number, explanation) left; keys and then Next right.
    assert _top(keypad, screen).x() > _top(hint, screen).x() + hint.width()
    assert _top(nxt, screen).y() >= _top(keypad, screen).y() + keypad.height() + MIN_GAP_PX
    assert _top(nxt, screen).x() == _top(keypad, screen).x()
    # Three keys to a row (smaller digits rather than a fourth column): the words keep the width.
    assert keypad.rows == 4 and keypad.narrow
    for widget in [*keypad.keys.values(), nxt, hint, screen.typed, screen.title]:
        assert _in_view(screen, widget)
    for key in keypad.keys.values():
        assert key.height() >= MIN_TARGET_PX and key.width() >= MIN_TARGET_PX
    # A new look (high contrast) leaves the keys where they were, in view.
    kiosk = patient_kiosk
    prefs = replace(kiosk.controller.session.prefs, theme="high_contrast")
    kiosk.controller.session.prefs = prefs
    kiosk.window.apply_prefs(prefs)
    qtbot.waitUntil(lambda: not screen.pager.paged, timeout=15_000)
    assert screen.fitting.columns.placed
    assert all(_in_view(screen, key) for key in keypad.keys.values())
    assert _top(nxt, screen).y() > _top(keypad, screen).y()


def test_the_same_field_on_a_big_screen_keeps_next_under_the_number(
    qtbot, qapp, patient_kiosk
) -> None:
    code = "journey.check_in.code"
    screen = show_at(qapp, patient_kiosk, code, (1920, 1080), "en", 100, staged=True)
    qtbot.waitUntil(lambda: not screen.pager.paged, timeout=15_000)
    assert not screen.fitting.columns.placed and screen.keypad.room is None
    assert screen.field.next.parentWidget() is screen.field.typed_column
