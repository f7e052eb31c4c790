"""Product pages on a short, wide window: the width is used so every choice is on page 1.

The layouts switch through the pager's compactors and only where they help
(measured); at 1920×1080 the pages keep their usual one-under-the-other order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from conftest import tap
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QBoxLayout, QWidget
from test_products_ui import open_page, to_products, type_keys

from kiosk.core import ids
from kiosk.ui.screens.product_calculator import ProductCalculatorScreen
from kiosk.ui.screens.product_compare import ProductCompareScreen
from kiosk.ui.screens.product_explain import ProductScreen
from kiosk.ui.screens.product_glossary import ProductGlossaryScreen

SHORT, WIDE = (1366, 768), (1920, 1080)
# Shorter than SHORT: with the one-row bar some pages fit SHORT without their
# switch, so the switch itself is tested where it is still needed.
SHORTER = (1366, 700)


def settle(qtbot, screen, condition: Callable[[], bool]) -> None:
    """Let the layout settle into pages (generous wait); the caller asserts what it sees."""

    def settled() -> bool:
        screen.pager.repaginate()  # as the tour does: pages follow the settled layout
        return condition()

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(settled, timeout=10_000)


def off_page_one(screen, widgets: list) -> list[str]:
    return [w.title.text() for w in widgets if w.isVisibleTo(screen) and screen.pager.page_of(w)]


def box(screen, widget: QWidget) -> tuple[int, int, int, int]:
    """``widget``'s left, top, right, bottom in the page's coordinates."""
    top_left = widget.mapTo(screen, QPoint(0, 0))
    return top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height()


def bigger_text(qtbot, kiosk, times: int) -> None:
    for _ in range(times):
        tap(qtbot, kiosk.window.bar.buttons["text_size"])


@pytest.mark.parametrize("size", [SHORT, WIDE])
def test_the_calculator_answer_stands_beside_the_keypad_on_one_page(qtbot, kiosk, size) -> None:
    kiosk.window.resize(*size)
    to_products(qtbot, kiosk, "zh_CN")
    open_page(qtbot, kiosk, "credit_card", "calculator")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCalculatorScreen)
    type_keys(qtbot, screen, "5000")
    settle(qtbot, screen, lambda: not screen.pager.paged)
    # Keypad, the four terms and the answer all on the one page, the answer beside the keys.
    assert not screen.pager.paged
    assert screen.result.isVisible()
    _, _, keys_right, keys_bottom = box(screen, screen.keypad)
    answer_left, answer_top, _, _ = box(screen, screen.result)
    assert answer_left >= keys_right and answer_top < keys_bottom
    # Three narrower columns only where the usual ones do not fit: not on a big screen.
    assert screen._narrow == (size == SHORT)
    assert screen.number.property("role") == ("heading" if size == SHORT else "display")


def test_the_english_calculator_fits_a_laptop_window_at_100_percent(qtbot, kiosk) -> None:
    # With the one-row bar the whole page fits 1366x768: keypad and terms in view.
    kiosk.window.resize(*SHORT)
    to_products(qtbot, kiosk, "en")
    open_page(qtbot, kiosk, "savings_account", "calculator")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCalculatorScreen)
    type_keys(qtbot, screen, "10000")
    terms = screen.term_buttons
    settle(qtbot, screen, lambda: not screen.pager.paged)
    assert not screen.pager.paged
    assert off_page_one(screen, terms) == []
    assert screen.keypad.isVisible() and screen.result.isVisible()


def test_where_three_columns_still_need_pages_the_calculator_keeps_the_wide_ones(
    qtbot, kiosk
) -> None:
    # English words ("How much would I get?", "6 months") make narrow columns taller
    # than a 1366x700 window: the wide layout stays (keypad and terms on page 1).
    kiosk.window.resize(*SHORTER)
    to_products(qtbot, kiosk, "en")
    open_page(qtbot, kiosk, "savings_account", "calculator")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCalculatorScreen)
    type_keys(qtbot, screen, "10000")
    terms = screen.term_buttons
    settle(qtbot, screen, lambda: screen.pager.paged and not off_page_one(screen, terms))
    assert screen.pager.paged
    assert not screen._narrow
    assert off_page_one(screen, terms) == []


@pytest.mark.parametrize("size", [SHORT, WIDE])
def test_the_ways_on_are_on_page_one_and_the_warning_still_comes_first(qtbot, kiosk, size) -> None:
    kiosk.window.resize(*size)
    to_products(qtbot, kiosk, "zh_CN")
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["credit_card"])
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductScreen)
    ways = screen._action_buttons
    settle(qtbot, screen, lambda: screen.pager.paged and not off_page_one(screen, ways))
    assert off_page_one(screen, ways) == []
    # Read before every way on, beside the name or under it.
    warning_bottom = box(screen, screen.warning)[3]
    assert all(box(screen, w)[1] >= warning_bottom for w in ways)
    if size == WIDE:  # room enough: the name, then the warning under it
        assert screen.top_layout.direction() == QBoxLayout.Direction.TopToBottom
        assert box(screen, screen.warning)[1] >= box(screen, screen.title)[3]


@pytest.mark.parametrize("size", [SHORT, WIDE])
def test_the_glossary_shows_every_word_and_its_meaning_on_one_page(qtbot, kiosk, size) -> None:
    kiosk.window.resize(*size)
    to_products(qtbot, kiosk, "zh_CN")
    open_page(qtbot, kiosk, "pension", "glossary")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductGlossaryScreen)
    settle(qtbot, screen, lambda: not screen.pager.paged)
    assert not screen.pager.paged
    assert screen.meaning.isVisible()
    grid_left, _, _, grid_bottom = box(screen, screen.grid)
    _, meaning_top, meaning_right, _ = box(screen, screen.meaning)
    if size == SHORT:  # the words to touch right of the meaning
        assert screen.beside and grid_left >= meaning_right
    else:  # the usual order: the words, then the meaning under them
        assert not screen.beside and meaning_top >= grid_bottom


@pytest.mark.parametrize("size", [SHORT, SHORTER], ids=str)
def test_compare_keeps_its_button_on_page_one_at_150_percent(qtbot, kiosk, size) -> None:
    kiosk.window.resize(*size)
    to_products(qtbot, kiosk, "en")
    bigger_text(qtbot, kiosk, 1)
    assert kiosk.controller.prefs.text_size == 150
    open_page(qtbot, kiosk, "pension", "compare")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCompareScreen)
    tap(qtbot, screen.choice_buttons[0])
    settle(qtbot, screen, lambda: screen.pager.paged and not off_page_one(screen, [screen.again]))
    assert off_page_one(screen, [screen.again]) == []
    if size == SHORT:  # the one-row bar leaves room for the usual order
        return
    # Beside the two names (words left, the choice right), level with them.
    assert screen.head_layout.direction() == QBoxLayout.Direction.LeftToRight
    assert box(screen, screen.again)[0] >= box(screen, screen.title)[2]


def test_compare_at_200_percent_keeps_heading_then_button(qtbot, kiosk) -> None:
    # Side by side would not bring the button onto page 1: the usual order, whole.
    kiosk.window.resize(*SHORT)
    to_products(qtbot, kiosk, "en")
    bigger_text(qtbot, kiosk, 2)
    assert kiosk.controller.prefs.text_size == 200
    open_page(qtbot, kiosk, "pension", "compare")
    screen = kiosk.window.current_screen()
    tap(qtbot, screen.choice_buttons[0])
    settle(qtbot, screen, lambda: screen.pager.page_of(screen.again) is not None)
    assert screen.pager.page_of(screen.again) is not None  # never cut by a page end
    assert screen.head_layout.direction() == QBoxLayout.Direction.TopToBottom
