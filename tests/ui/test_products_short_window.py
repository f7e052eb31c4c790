"""Product pages on a short, wide window at 150 % (issue 11 §1): every choice on page 1.

1366x768 at 150 % leaves about 500 px above the page row; the pages use the width
instead (graded compactors). A 1920x1080 window keeps the layout it had.
"""

from __future__ import annotations

import pytest
from screen_at import box, show_at

from kiosk.core import ids
from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX
from kiosk.ui.screens.product_explain import ProductScreen
from kiosk.ui.screens.product_glossary import ProductGlossaryScreen

SHORT, WIDE = (1366, 768), (1920, 1080)


def off_page_one(screen, widgets: list) -> list[str]:
    return [w.title.text() for w in widgets if w.isVisibleTo(screen) and screen.pager.page_of(w)]


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
@pytest.mark.parametrize("product", ["pension", "credit_card"])
def test_every_way_on_is_on_page_one_with_simpler_words_beside_the_name(
    qapp, kiosk, locale, product
) -> None:
    screen = show_at(qapp, kiosk, f"product.{product}", SHORT, locale, 150)
    assert isinstance(screen, ProductScreen)
    ways = screen._action_buttons
    assert screen.pager.paged  # the explanation itself continues on the next pages
    assert off_page_one(screen, ways) == []
    window = kiosk.window
    name, simpler = box(screen.title, window), box(screen.simpler, window)
    # "Say it more simply" on the name's row, right of it; the other four under both.
    words = screen.title.fontMetrics().horizontalAdvance(screen.title.text())
    assert simpler.left() > name.left() + words and simpler.top() < name.bottom()
    others = [box(w, window) for w in ways[:-1]]
    assert all(o.top() > name.bottom() for o in others)
    # As low as their words, never under DESIGN's target; 16 px apart.
    assert all(MIN_TARGET_PX <= o.height() < 130 for o in others)
    assert screen.action_grid.spacing() >= MIN_GAP_PX
    # Where money can be lost, the warning is read before the four below it.
    if not screen.warning.isHidden():
        warning = box(screen.warning, window)
        assert all(o.top() >= warning.bottom() for o in others)


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_a_safe_product_needs_only_lower_ways(qapp, kiosk, locale) -> None:
    screen = show_at(qapp, kiosk, "product.savings_account", SHORT, locale, 150)
    assert isinstance(screen, ProductScreen)
    ways = screen._action_buttons
    assert off_page_one(screen, ways) == []
    assert screen.action_grid.items() == ways
    assert all(MIN_TARGET_PX <= w.height() < 130 for w in ways)


def test_a_big_window_keeps_the_ways_together_and_full_height(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "product.pension", WIDE, "zh_CN", 150)
    assert isinstance(screen, ProductScreen)
    ways = screen._action_buttons
    assert off_page_one(screen, ways) == []
    assert screen.action_grid.items() == ways  # "say it more simply" among the others
    assert all(w.height() >= screen._metrics.target for w in ways)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_the_glossary_words_are_three_a_row_under_the_title_on_page_one(
    qapp, kiosk, locale
) -> None:
    screen = show_at(qapp, kiosk, "product.time_deposit.glossary", SHORT, locale, 150)
    assert isinstance(screen, ProductGlossaryScreen)
    words = [b for b in screen.term_buttons if not b.isHidden()]
    assert len(words) == 6
    assert off_page_one(screen, words) == []
    window = kiosk.window
    tops = sorted({box(b, window).top() for b in words})
    assert len(tops) == 2  # three a row
    assert all(box(b, window).height() >= MIN_TARGET_PX for b in words)
    assert screen.hint.isHidden()  # "Touch a word …": the meaning is on the next page


def test_a_big_window_keeps_the_glossary_hint_and_full_height_words(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "product.time_deposit.glossary", WIDE, "en", 150)
    assert isinstance(screen, ProductGlossaryScreen)
    assert not screen.hint.isHidden()
    assert off_page_one(screen, screen.term_buttons) == []
    assert all(b.height() >= screen._metrics.target for b in screen.term_buttons)


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_the_product_list_is_one_page_three_tiles_a_row(qapp, kiosk, locale) -> None:
    screen = show_at(qapp, kiosk, "products", SHORT, locale, 150)
    tiles = list(screen.tiles.values())
    assert not screen.pager.paged
    window = kiosk.window
    assert len({box(t, window).top() for t in tiles}) == 2
    assert all(MIN_TARGET_PX <= t.height() < 130 for t in tiles)


def test_a_big_window_keeps_the_product_tiles_full_height(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "products", WIDE, "zh_CN", 150)
    tiles = list(screen.tiles.values())
    assert not screen.pager.paged
    assert not screen._low
    assert all(t.height() >= screen._metrics.target for t in tiles)


def test_at_100_percent_the_product_list_keeps_its_usual_tiles(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "products", SHORT, "en", 100)
    assert not screen.pager.paged
    assert not screen._low


PRODUCTS = list(ids.PRODUCTS_IDS)


def one_line(button) -> bool:
    title = button.title
    return title.height() < title.fontMetrics().lineSpacing() * 1.5


@pytest.mark.parametrize("product", PRODUCTS)
def test_english_ways_on_take_their_short_words_and_all_stand_on_page_one(
    qapp, kiosk, product
) -> None:
    screen = show_at(qapp, kiosk, f"product.{product}", SHORT, "en", 150)
    assert isinstance(screen, ProductScreen)
    ways = screen._action_buttons
    assert screen.pager.paged  # the explanation continues on the next pages
    assert off_page_one(screen, ways) == []
    # "How much would I get?" took two lines in a column; its short words take one.
    assert screen.short
    assert all(one_line(w) for w in ways), [w.title.text() for w in ways]
    assert screen.calculator.title.text() in ("What would I get?", "What would I pay?")
    window = kiosk.window
    if not screen.warning.isHidden():  # still read before the ways
        warning = box(screen.warning, window)
        assert all(box(w, window).top() >= warning.bottom() for w in ways[:-1])
    boxes = [box(w, window) for w in ways]
    assert all(b.height() >= MIN_TARGET_PX for b in boxes)
    for a in boxes:  # DESIGN's 16 px between any two ways
        for b in boxes:
            if a != b and not a.intersects(b):
                gap = max(b.left() - a.right(), a.left() - b.right(), b.top() - a.bottom())
                gap = max(gap, a.top() - b.bottom())
                assert gap >= MIN_GAP_PX - 1


def test_a_big_window_keeps_the_english_ways_in_their_usual_words(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "product.pension", WIDE, "en", 150)
    assert isinstance(screen, ProductScreen)
    assert not screen.short
    assert screen.calculator.title.text() == "How much would I get?"
    assert screen.simpler.title.text() == "Say it more simply"
    assert screen.action_grid.items() == screen._action_buttons
    assert not screen.icon.isHidden()


def test_the_english_product_list_is_one_page_of_names_without_pictures(qapp, kiosk) -> None:
    screen = show_at(qapp, kiosk, "products", SHORT, "en", 150)
    tiles = list(screen.tiles.values())
    assert not screen.pager.paged
    en = kiosk.catalogs["en"]
    assert screen.spoken_text().startswith(en.text("products.title_short"))
    assert all(t._icon.isHidden() and one_line(t) for t in tiles)
    assert all(MIN_TARGET_PX <= t.height() < 130 for t in tiles)
    # The usual words and pictures where they fit: 1920×1080 at 150 %.
    screen = show_at(qapp, kiosk, "products", WIDE, "en", 150)
    assert screen.spoken_text().startswith(en.text("products.title"))
    assert not any(t._icon.isHidden() for t in screen.tiles.values())
