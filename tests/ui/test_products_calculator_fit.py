"""The product calculator on a short window (issue 11 §1): every choice on page 1.

At 1366x768 100 % the typed amount at display size pushed the second row of
terms onto page 2; the last compactor sets it at heading size, the words above
the terms 16 px apart. A 1920x1080 window keeps the display-size amount.
"""

from __future__ import annotations

import pytest
from screen_at import show_at

from kiosk.look.theme import MIN_GAP_PX
from kiosk.ui.screens.product_calculator import ProductCalculatorScreen

SHORT, WIDE = (1366, 768), (1920, 1080)


def choices(screen: ProductCalculatorScreen) -> list:
    return [b for b in (*screen.term_buttons, *screen.keypad.keys.values()) if not b.isHidden()]


@pytest.mark.parametrize("product", ["time_deposit", "credit_card"])
def test_on_a_short_window_every_term_and_key_is_on_page_one(qapp, kiosk, product) -> None:
    screen = show_at(qapp, kiosk, f"product.{product}.calculator", SHORT, "en", 100, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    assert screen.pager.paged  # the answer continues on the next page
    assert [b.title.text() for b in choices(screen) if screen.pager.page_of(b)] == []
    assert screen.typed.property("role") == "heading"
    assert screen.typed.isVisibleTo(screen) and screen.pager.page_of(screen.typed) == 0
    assert screen._column_layouts[0].spacing() == MIN_GAP_PX


def test_a_big_window_keeps_the_amount_at_display_size(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "product.time_deposit.calculator", WIDE, "en", 100, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    assert not screen.pager.paged
    assert screen.typed.property("role") == "display"
    assert screen._column_layouts[0].spacing() > MIN_GAP_PX
