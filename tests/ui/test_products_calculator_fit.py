"""The product calculator on a short window (issue 11 §1): every choice on page 1.

At 1366x768 100 % the typed amount at display size pushed the second row of
terms onto page 2; the last compactor sets it at heading size, the words above
the terms 16 px apart. A 1920x1080 window keeps the display-size amount.
At 150 % the keypad stands beside the title, the amount and the low terms (the
answer on page 2); 1920x1080 and 1080x1920 keep three columns and full sizes.
"""

from __future__ import annotations

import pytest
from screen_at import box, pagings_while_idle, show_at

from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX, MIN_TEXT_PX
from kiosk.tools.tour import settle
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


def right_of(left, right) -> bool:
    """Is ``right`` wholly right of ``left`` (window coordinates), beside it?"""
    a, b = box(left, left.window()), box(right, right.window())
    return b.left() > a.right() and b.top() < a.bottom() and a.top() < b.bottom()


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
@pytest.mark.parametrize("product", ["time_deposit", "credit_card", "pension"])
def test_at_150_on_a_laptop_the_terms_keys_and_amount_share_page_one(
    qapp, kiosk, product, locale
) -> None:
    # 1366x768 at 150 %: the keypad beside the title, the amount and the terms
    # (five terms in Korean on one row), the terms low but never under 96 px.
    screen = show_at(qapp, kiosk, f"product.{product}.calculator", SHORT, locale, 150, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    assert [b.title.text() for b in choices(screen) if screen.pager.page_of(b) != 0] == []
    assert screen.pager.page_of(screen.typed) == 0 and screen.pager.page_of(screen.title) == 0
    assert screen._beside
    terms = [b for b in screen.term_buttons if b.isVisibleTo(screen)]
    assert terms and all(right_of(b, screen.keypad) for b in terms)
    window = screen.window()
    # The page's margin on the right as on the left (a wide answer once pushed the keys out).
    margin = box(screen.title, window).left()
    assert box(screen.keypad, window).right() < window.width() - margin
    for button in choices(screen):  # whole, inside the window, touchable
        rect = box(button, window)
        assert window.rect().contains(rect), button.title.text()
        assert rect.height() >= MIN_TARGET_PX and rect.width() >= MIN_TARGET_PX
    for label in (screen.title, screen.typed, screen.term_question):
        assert label.font().pixelSize() >= MIN_TEXT_PX


@pytest.mark.parametrize("size", [WIDE, (1080, 1920)])
def test_a_big_window_keeps_three_columns_and_full_size_words_at_150(qapp, kiosk, size) -> None:
    screen = show_at(qapp, kiosk, "product.time_deposit.calculator", size, "ko", 150, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    assert not screen._beside and not screen._bar_words
    assert screen.title.font().pixelSize() == screen._metrics.heading
    assert all(b.height() >= screen._metrics.target for b in screen.term_buttons if b.isVisible())


def test_typing_at_150_on_a_laptop_keeps_every_term_and_key_on_page_one(qapp, kiosk) -> None:
    # Each key redraws the words and the compactors run again: the layout stays.
    screen = show_at(qapp, kiosk, "product.personal_loan.calculator", SHORT, "ko", 150, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    for key in ("clear", "3", "0", "0", "0", "0"):
        screen.keypad.keys[key].click()
    settle(qapp)
    screen.pager.repaginate()
    settle(qapp)
    assert screen.amount_text == "30000" and screen.result.isVisibleTo(screen)
    assert screen._beside
    assert [b.title.text() for b in choices(screen) if screen.pager.page_of(b) != 0] == []


def in_view(widget, screen) -> bool:
    """Is all of ``widget`` inside the pager's first page (above its page row)?"""
    content = screen.pager.content()
    top = widget.mapTo(content, widget.rect().topLeft()).y()
    return screen.pager.page_of(widget) == 0 and top + widget.height() <= screen.first_page_room()


@pytest.mark.parametrize(
    ("product", "locale"),
    [
        ("savings_account", "en"),
        ("time_deposit", "en"),  # under the keys, fitted to the room it leaves
        ("credit_card", "en"),
        ("time_deposit", "zh_CN"),
        ("time_deposit", "ko"),
        ("credit_card", "zh_CN"),
        ("pension", "ko"),
        ("wealth_management", "zh_CN"),  # its shorter line (session 11): one line, under the amount
        # Still on page 2 alone (ADR 0054, session 11): measured short of room.
        pytest.param(
            "wealth_management",
            "en",
            marks=pytest.mark.xfail(
                strict=True, reason="two lines under the terms end 3 px below page 1"
            ),
        ),
        pytest.param(
            "wealth_management",
            "ko",
            marks=pytest.mark.xfail(
                strict=True, reason="two lines under the terms end 24 px below page 1"
            ),
        ),
        pytest.param(
            "pension",
            "en",
            marks=pytest.mark.xfail(
                strict=True, reason="one line beside the keys needs 552 px of 511"
            ),
        ),
    ],
)
def test_at_150_on_a_laptop_the_answer_headline_is_on_page_one(
    qapp, kiosk, product, locale
) -> None:
    # The answer's card is on page 2; its one line shows, and is said, on page 1.
    screen = show_at(qapp, kiosk, f"product.{product}.calculator", SHORT, locale, 150, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    assert screen.pager.page_of(screen.result) != 0
    assert screen.headline.isVisibleTo(screen) and in_view(screen.headline, screen)
    assert [b.title.text() for b in choices(screen) if screen.pager.page_of(b) != 0] == []
    assert min(b.height() for b in choices(screen)) >= MIN_TARGET_PX
    words = screen.catalog.text(screen._headline_key(), **screen._result()[0])
    assert screen.headline.text() == words
    said = screen.catalog.spoken(screen._headline_key(), **screen._result()[1])
    spoken = screen.spoken_text()
    assert said.rstrip("。.") in spoken
    # Said in reading order: under the keys (right column), after the terms.
    under_keys = screen.headline.parentWidget().parentWidget() is screen.keypad.parentWidget()
    asked = spoken.index(screen.term_question.text().rstrip("?？"))
    assert (spoken.index(said.rstrip("。.")) > asked) == under_keys
    # A new amount: the line follows at once.
    screen.type_amount(str(int(screen.product.example_amount) * 2))
    settle(qapp)
    assert screen.headline.text() != words and in_view(screen.headline, screen)


def test_on_a_big_window_the_card_alone_gives_the_answer(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "product.time_deposit.calculator", WIDE, "en", 100, staged=True)
    assert isinstance(screen, ProductCalculatorScreen)
    assert screen.pager.page_of(screen.result) == 0
    assert not screen.headline.isVisibleTo(screen)


TALL = (1080, 1920)
PRODUCTS = ["savings_account", "time_deposit", "wealth_management", "pension", "credit_card",
            "personal_loan"]  # fmt: skip


def portrait_calculators(qapp, kiosk, locale: str, text_size: int):  # type: ignore[no-untyped-def]
    """Each product's calculator in turn, staged, on a 1080×1920 window."""
    for product in PRODUCTS:
        screen = show_at(
            qapp, kiosk, f"product.{product}.calculator", TALL, locale, text_size, staged=True
        )
        assert isinstance(screen, ProductCalculatorScreen)
        yield product, screen


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
@pytest.mark.parametrize("text_size", [100, 150, 200])
def test_on_a_portrait_screen_the_answer_stays_inside_the_window(
    qapp, kiosk, text_size, locale
) -> None:
    # "about CN¥66,359.83" at display size was wider than its card in three columns
    # on a 1080 px wide screen (100 %): the page grew past the window, its right edge
    # cut off; at 200 % the pager, sizing it back to the window, then worked the
    # pages out on every event-loop turn for as long as the screen was up.
    cut = []
    for product, screen in portrait_calculators(qapp, kiosk, locale, text_size):
        number = box(screen.number, screen.pager.scroll_area.viewport())
        if number.right() >= screen.pager.scroll_area.viewport().width():
            cut.append((product, screen.number.text()))
        assert pagings_while_idle(qapp, screen) <= 1, product
    assert cut == []


@pytest.mark.parametrize(
    ("locale", "text_size"),
    [(loc, size) for loc in ("en", "zh_CN", "ko") for size in (100, 150, 200)],
)
def test_on_a_portrait_screen_no_calculator_is_wider_than_the_window(
    qapp, kiosk, locale, text_size
) -> None:
    wide = []
    for product, screen in portrait_calculators(qapp, kiosk, locale, text_size):
        if screen.pager.content().width() > screen.pager.scroll_area.viewport().width():
            wide.append((product, screen.pager.content().width()))
    assert wide == []
