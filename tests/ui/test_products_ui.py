"""Product explanations by touch: list, explanation, calculator, glossary, compare, QR."""

from __future__ import annotations

import contextlib

import pytest
from conftest import button, tap
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from kiosk.core import ids
from kiosk.qr import qr_matrix
from kiosk.ui.screens.product_calculator import ProductCalculatorScreen
from kiosk.ui.screens.product_compare import ProductCompareScreen
from kiosk.ui.screens.product_glossary import ProductGlossaryScreen
from kiosk.ui.screens.product_take_home import ProductTakeHomeScreen


def shown(kiosk) -> list[str]:
    screen = kiosk.window.current_screen()
    # Words on the page in view; a disabled control (Previous page on page 1) is not said.
    return [
        lbl.text()
        for lbl in screen.findChildren(QLabel)
        if lbl.isVisible() and lbl.text() and lbl.isEnabled() and screen.on_this_page(lbl)
    ]


def to_products(qtbot, kiosk, locale: str = "en") -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])
    home = kiosk.window.screens[ids.HOME]
    tap(qtbot, home.grid._items[ids.HOME_TASKS.index("products")])
    assert kiosk.controller.visible_screen == ids.PRODUCTS


def open_page(qtbot, kiosk, product: str, page: str) -> None:
    """From the product list: the product's tile, then the page's button."""
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles[product])
    assert kiosk.controller.visible_screen == ids.product_screen(product)
    explanation = kiosk.window.current_screen()
    tap(qtbot, next(b for b, p in explanation._go_pages.items() if p == page))
    assert kiosk.controller.visible_screen == ids.product_screen(product, page)


def type_keys(qtbot, screen: ProductCalculatorScreen, digits: str) -> None:
    for key in digits:
        tap(qtbot, screen.keypad.keys[key])


@pytest.mark.parametrize(
    ("locale", "total"),
    [("en", "CN¥10,020"), ("zh_CN", "¥10,020"), ("ko", "CN¥10,020")],
)
def test_savings_calculator_shows_the_result_as_they_type(qtbot, kiosk, locale, total) -> None:
    to_products(qtbot, kiosk, locale)
    open_page(qtbot, kiosk, "savings_account", "calculator")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCalculatorScreen)
    prompt = kiosk.catalogs[locale].text("products.calc.type_amount")
    assert prompt in shown(kiosk)
    type_keys(qtbot, screen, "1000")
    assert screen.number.text() == kiosk.catalogs[locale].text(
        "products.result.savings.number", total=total.replace("10,020", "1,002")
    )
    type_keys(qtbot, screen, "0")
    assert screen.typed.text() == total.replace("10,020", "10,000")
    assert screen.number.text() == total  # 10,000 × 0.20 % for the default year
    assert total in screen.spoken_text().replace("10,020 Chinese yuan", "CN¥10,020") or (
        locale != "en"
    )
    tap(qtbot, screen.term_buttons[2])  # 2 years
    assert screen.number.text() == total.replace("10,020", "10,040")


def test_typing_too_much_is_said_in_words(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "time_deposit", "calculator")
    screen = kiosk.window.current_screen()
    said: list[str] = []
    screen.words_did_change.connect(said.append)
    type_keys(qtbot, screen, "99999999")
    assert said == ["The largest amount here is 10,000,000 Chinese yuan."]  # said once
    assert not screen.result.isVisible()
    assert screen.message.text() == "The largest amount here is CN¥10,000,000."
    assert "The largest amount here is 10,000,000 Chinese yuan." in screen.spoken_text()
    tap(qtbot, screen.keypad.keys["clear"])
    type_keys(qtbot, screen, "20")
    assert screen.message.text() == "The smallest amount for this is CN¥50."


def test_early_withdrawal_loss_is_shown_for_a_term_deposit(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "time_deposit", "calculator")
    screen = kiosk.window.current_screen()
    type_keys(qtbot, screen, "10000")
    assert screen.number.text() == "CN¥10,150"
    assert screen.early.text() == (
        "If you take it out early, after 6 months, you get back only CN¥10,010."
    )


def test_switching_language_mid_calculator_keeps_the_amount(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "personal_loan", "calculator")
    screen = kiosk.window.current_screen()
    type_keys(qtbot, screen, "20000")
    assert screen.number.text() == "CN¥875.64"
    tap(qtbot, kiosk.window.bar.buttons["language"])
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
    assert kiosk.controller.visible_screen == ids.product_screen("personal_loan", "calculator")
    assert screen.typed.text() == "¥20,000"
    assert screen.number.text() == "¥875.64"
    assert "您每月要还" in shown(kiosk)


def test_the_session_wipe_forgets_the_amount(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "savings_account", "calculator")
    screen = kiosk.window.current_screen()
    type_keys(qtbot, screen, "500")
    kiosk.controller.end_session()
    assert kiosk.controller.session.drafts == {}
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "savings_account", "calculator")
    assert screen.amount_text == "" and not screen.result.isVisible()


def test_glossary_tap_shows_the_meaning(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk, "ko")
    open_page(qtbot, kiosk, "personal_loan", "glossary")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductGlossaryScreen)
    said: list[str] = []
    screen.words_did_change.connect(said.append)
    apr = next(b for b in screen.term_buttons if b.title.text() == "연이율")
    tap(qtbot, apr)
    meaning = kiosk.catalogs["ko"].text("products.glossary.apr.meaning")
    assert screen.meaning.text.text() == meaning
    assert screen.meaning.text.font().pixelSize() >= 48  # shown large
    assert said and meaning in said[0]


def test_compare_shows_both_products(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "credit_card", "compare")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCompareScreen)
    visible = [b for b in screen.choice_buttons if b.isVisible()]
    assert len(visible) == 5 and visible[0].title.text() == "Personal loan"
    tap(qtbot, visible[0])
    texts = shown(kiosk)
    assert "Credit card and Personal loan" in texts
    en = kiosk.catalogs["en"]
    assert en.text("product.credit_card.risk") in texts
    assert en.text("product.personal_loan.risk") in texts
    left, right = screen.table.sides
    assert left.cards["risk"].x() < right.cards["risk"].x()  # side by side when wide
    tap(qtbot, screen.again)
    assert len([b for b in screen.choice_buttons if b.isVisible()]) == 5


def test_compare_stacks_on_a_narrow_screen(qtbot, kiosk) -> None:
    kiosk.window.resize(1080, 1920)
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "savings_account", "compare")
    screen = kiosk.window.current_screen()
    screen.compare_with("time_deposit")
    qtbot.wait(20)
    left, right = screen.table.sides
    assert left.cards["risk"].x() == right.cards["risk"].x()
    assert right.head.y() > left.cards["risk"].y()


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_take_home_qr_holds_this_products_address(qtbot, kiosk, locale) -> None:
    to_products(qtbot, kiosk, locale)
    open_page(qtbot, kiosk, "wealth_management", "take_home")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductTakeHomeScreen)
    url = f"https://www.example-bank.com/easy/wealth_management?lang={locale}"
    assert screen.url == url
    assert screen.qr._matrix == qr_matrix(url)


def test_say_it_more_simply_swaps_the_words(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["wealth_management"])
    screen = kiosk.window.current_screen()
    en = kiosk.catalogs["en"]
    level = en.text("products.risk.level_3")
    assert en.text("product.wealth_management.risk", risk_words=level) in shown(kiosk)
    tap(qtbot, screen.simpler)
    assert en.text("product.wealth_management.simple.risk") in shown(kiosk)
    assert screen.simpler.title.text() == en.text("products.action.fuller")
    spoken = screen.spoken_text()
    assert en.text("product.wealth_management.simple.what") in spoken
    assert "CN¥" not in spoken and "Chinese yuan" in spoken  # amounts said in words


def test_every_shown_word_is_spoken_on_the_explanation(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["time_deposit"])
    spoken = kiosk.window.current_screen().spoken_text()
    for text in shown(kiosk):
        if "CN¥" not in text and "%" not in text:
            assert text in spoken, text


def test_back_returns_through_the_pages(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "pension", "glossary")
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == ids.product_screen("pension")
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == ids.PRODUCTS
    assert button(kiosk.window.current_screen(), "go")


def test_staff_see_what_was_typed_in_the_calculator(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "personal_loan", "calculator")
    type_keys(qtbot, kiosk.window.current_screen(), "5000")
    assert kiosk.controller.help_context()["typed"] == ["personal_loan: 5000 / 24 months"]
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert "typed" not in kiosk.controller.help_context()


def test_a_chosen_word_is_scrolled_into_view_at_large_text(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    for _ in range(2):
        tap(qtbot, kiosk.window.bar.buttons["text_size"])
    assert kiosk.controller.prefs.text_size == 200
    open_page(qtbot, kiosk, "credit_card", "glossary")
    screen = kiosk.window.current_screen()
    last = [b for b in screen.term_buttons if b.isVisible()][-1]
    screen.scroll_area.ensureWidgetVisible(last)
    tap(qtbot, last)
    qtbot.wait(50)
    viewport = screen.scroll_area.viewport()
    top = screen.meaning.mapTo(viewport, screen.meaning.rect().topLeft()).y()
    assert 0 <= top < viewport.height()


def test_an_investment_says_what_can_go_wrong_first_with_its_fee_and_risk_in_words(
    qtbot, kiosk
) -> None:
    to_products(qtbot, kiosk)
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["wealth_management"])
    screen = kiosk.window.current_screen()
    first = screen.sections.items()[0]
    assert first is screen.cards["risk"]
    assert screen.cards["risk"].caption.text() == "What can go wrong"
    risk = screen.cards["risk"].text.text()
    assert "not protected like a bank deposit" in risk and "3 of 5: medium" in risk
    # The example is after the 0.50 % fee the page states: -5 % and +4.5 % of 10,000, less 50.
    example = screen.cards["example"].text.text()
    assert "CN¥50" in example and "CN¥9,450 to CN¥10,400" in example
    # Said in the order shown: the risk before what it is.
    spoken = screen.spoken_text()
    assert spoken.index("What can go wrong") < spoken.index("What it is")


@pytest.mark.parametrize("product", ["wealth_management", "credit_card", "personal_loan"])
def test_where_money_can_be_lost_the_warning_line_comes_before_every_way_on(
    qtbot, kiosk, product
) -> None:
    to_products(qtbot, kiosk)
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles[product])
    screen = kiosk.window.current_screen()
    en = kiosk.window.catalogs["en"]
    warning = screen.warning
    assert warning.isVisibleTo(screen)
    assert warning.text() == en.text(f"product.{product}.simple.risk")
    bottom = warning.mapTo(screen, warning.rect().bottomLeft()).y()
    for way in screen._action_buttons:
        assert bottom < way.mapTo(screen, way.rect().topLeft()).y()
        assert screen.on_this_page(way)  # and the ways on are still on the first page
    spoken = screen.spoken_text()
    assert spoken.index(warning.text()) < spoken.index(screen.calculator.title.text())


def edge_ink(image: QImage, rect: QRect) -> float:
    """The share of pixels on ``rect``'s right and bottom edges (2 px in) unlike
    its top-left corner's colour: near 1 for an outline, near 0 for none."""
    ground = image.pixelColor(rect.left() + 1, rect.top() + 1)
    points = [(rect.right() - i, y) for i in (1, 2) for y in range(rect.top(), rect.bottom())]
    points += [(x, rect.bottom() - i) for i in (1, 2) for x in range(rect.left(), rect.right())]
    return sum(image.pixelColor(x, y) != ground for x, y in points) / len(points)


@pytest.mark.parametrize(("theme", "locale"), [("standard", "en"), ("high_contrast", "ko")])
def test_the_warning_line_reads_as_a_notice_not_a_button(qtbot, kiosk, theme, locale) -> None:
    """No outline like the ways' (an older customer would tap it and wait),
    touches fall through it, it stands above the ways, and its sign is drawn."""
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    if theme == "high_contrast":  # switched where a customer switches it
        tap(qtbot, kiosk.window.screens[ids.LANGUAGE].contrast)
    assert kiosk.controller.prefs.theme == theme
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])
    home = kiosk.window.screens[ids.HOME]
    tap(qtbot, home.grid._items[ids.HOME_TASKS.index("products")])
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["wealth_management"])
    screen = kiosk.window.current_screen()
    warning, window = screen.warning, kiosk.window
    assert warning.isVisibleTo(screen) and warning.text()
    image = window.grab().toImage()
    place = QRect(warning.mapTo(window, QPoint(0, 0)), warning.size())
    way = screen.calculator
    assert edge_ink(image, QRect(way.mapTo(window, QPoint(0, 0)), way.size())) > 0.5
    assert edge_ink(image, place) < 0.1  # a way on has its outline; the warning has none
    # The sign: drawn left of the words, in the words' colour (a shape, not a colour).
    sign = warning.sign_rect().translated(place.topLeft())
    ground = image.pixelColor(place.left() + 1, place.top() + 1)
    ink = [
        image.pixelColor(x, y)
        for x in range(sign.left(), sign.right())
        for y in range(sign.top(), sign.bottom())
    ]
    assert sum(c != ground for c in ink) > len(ink) // 20
    assert sign.right() < place.left() + warning.contentsRect().left()
    # Touches fall through: nothing under a finger on it is the warning, and a tap changes nothing.
    middle = place.center()
    assert window.childAt(middle) is not warning
    tap(qtbot, warning)
    assert kiosk.controller.visible_screen == ids.product_screen("wealth_management")
    bottom = place.bottom()
    assert all(w.mapTo(window, QPoint(0, 0)).y() > bottom for w in screen._action_buttons)


def test_in_simpler_words_the_warning_is_not_said_twice(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk)
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["wealth_management"])
    screen = kiosk.window.current_screen()
    tap(qtbot, screen.simpler)
    line = screen.warning.text()
    assert screen.cards["risk"] not in screen.sections.items()
    assert screen.spoken_text().count(line) == 1
    tap(qtbot, screen.simpler)  # full words again: the full card is back, first
    assert screen.sections.items()[0] is screen.cards["risk"]
    assert screen.cards["risk"].isVisibleTo(screen)


def test_a_deposit_says_how_far_it_is_protected_and_keeps_its_risk_last(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk, "zh_CN")
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["savings_account"])
    screen = kiosk.window.current_screen()
    assert screen.sections.items()[0] is screen.cards["what"]
    assert "每人在本行最高¥500,000" in screen.cards["risk"].text.text()
    assert not screen.warning.isVisibleTo(screen)  # nothing to warn of above the ways on


def test_the_calculator_and_compare_pages_of_the_investment_tell_the_truth(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk, "ko")
    open_page(qtbot, kiosk, "wealth_management", "calculator")
    screen = kiosk.window.current_screen()
    type_keys(qtbot, screen, "10000")
    assert any("수수료(CN¥50)를 뺀 금액" in t and "보호받지 못해요" in t for t in shown(kiosk))
    assert "CN¥9,450 ~ CN¥10,400" in shown(kiosk)
    kiosk.controller.go(ids.product_screen("wealth_management", "compare"))
    compare = kiosk.window.current_screen()
    assert isinstance(compare, ProductCompareScreen)
    compare.compare_with("time_deposit")
    first_row = [side.cards for side in compare.table.sides]
    assert all(next(iter(cards)) == "risk" for cards in first_row)
    texts = shown(kiosk)
    assert any("5단계 중 3단계: 보통" in t for t in texts)
    assert any("예금자보호로 한 사람당" in t for t in texts)


def _on_first_page(screen, widgets) -> list[str]:
    """The words of those ``widgets`` (shown ones) that are not whole on page 1."""
    return [w.title.text() for w in widgets if w.isVisibleTo(screen) and screen.pager.page_of(w)]


def _off_page_one(qtbot, screen, widgets) -> list[str]:
    """After the page has settled into pages (generous wait): who is not on page 1."""

    def settled() -> bool:
        screen.pager.repaginate()  # as the tour does: pages follow the settled layout
        return screen.pager.paged and not _on_first_page(screen, widgets)

    with contextlib.suppress(qtbot.TimeoutError):  # the assertion below says who is off
        qtbot.waitUntil(settled, timeout=10_000)
    assert screen.pager.paged
    return _on_first_page(screen, widgets)


@pytest.mark.parametrize("locale", ["en", "ko"])
def test_on_a_short_window_every_way_on_is_on_the_first_page(qtbot, kiosk, locale) -> None:
    # 1366×768 at 100 %: the explanation turns pages, the five ways on stay on page 1.
    kiosk.window.resize(1366, 768)
    to_products(qtbot, kiosk, locale)
    tap(qtbot, kiosk.window.screens[ids.PRODUCTS].tiles["pension"])
    screen = kiosk.window.current_screen()
    assert _off_page_one(qtbot, screen, screen._action_buttons) == []
    assert screen.pager.compact


def test_at_150_percent_every_term_and_key_of_the_calculator_is_on_page_one(qtbot, kiosk) -> None:
    to_products(qtbot, kiosk, "ko")
    tap(qtbot, kiosk.window.bar.buttons["text_size"])
    assert kiosk.controller.prefs.text_size == 150
    open_page(qtbot, kiosk, "time_deposit", "calculator")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductCalculatorScreen)
    type_keys(qtbot, screen, "10000")  # a result: the page is taller than the window
    choices = [*screen.term_buttons, *screen.keypad.keys.values()]
    # Keys fitted to leave room for the answer's line may bring its card onto the page.
    qtbot.waitUntil(lambda: screen.pager.repaginate() or not _on_first_page(screen, choices))
    assert screen.pager.paged or screen.pager.page_of(screen.result) == 0
    # The title heads the first column: the keypad starts level with it.
    assert abs(screen.keypad.y() - screen.title.y()) < 4 * screen.title.height()


def test_on_a_short_window_every_glossary_word_is_on_page_one(qtbot, kiosk) -> None:
    kiosk.window.resize(1366, 768)
    to_products(qtbot, kiosk, "ko")
    open_page(qtbot, kiosk, "pension", "glossary")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, ProductGlossaryScreen)
    words = screen.term_buttons

    def settled() -> bool:  # one page (the words beside the meaning) or page 1 of several
        screen.pager.repaginate()
        return all(screen.pager.page_of(w) == 0 for w in words if w.isVisibleTo(screen))

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(settled, timeout=10_000)
    assert [
        w.title.text() for w in words if w.isVisibleTo(screen) and screen.pager.page_of(w) != 0
    ] == []
