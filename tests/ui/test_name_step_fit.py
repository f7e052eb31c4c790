"""The name step and the typing page keep the whole keyboard, the words and Next
(Ask) on one page where the room is short, and a page never ends inside the keys."""

from __future__ import annotations

import pytest
from screen_at import box, show_at

from kiosk.core import ids
from kiosk.look.theme import BASE_METRICS, MIN_GAP_PX, MIN_TARGET_PX
from kiosk.tools.tour import settle
from kiosk.ui.widgets.text_keyboard import TextKeyboard

NAME = "journey.open_account.name"


def keys_in_view(screen, window) -> list[str]:
    """Keys of the shown layout that are not wholly inside the page above the bar."""
    page = box(screen.pager.scroll_area.viewport(), window)
    keyboard: TextKeyboard = screen.keyboard
    out = []
    for key, button in keyboard.keys.items():
        if button.isHidden():
            continue
        shown = box(button, window)
        if not page.contains(shown) or shown.height() < MIN_TARGET_PX:
            out.append(key)
    return out


@pytest.mark.parametrize(
    ("locale", "size"), [("ko", 100), ("ko", 150), ("zh_CN", 150), ("en", 100)]
)
def test_on_a_laptop_window_the_name_step_is_one_page_heading_name_and_next_in_a_row(
    qapp, patient_kiosk, locale: str, size: int
) -> None:
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), locale, size, staged=True)
    window = patient_kiosk.window
    assert not screen.pager.paged, f"{locale} {size}: the name step turned pages"
    assert keys_in_view(screen, window) == []
    title, typed, go = (box(w, window) for w in (screen.title, screen.name_typed, screen.name.next))
    keys = box(screen.keyboard, window)
    # Read left to right: the question, the name typed, Next; the keys under them.
    assert title.right() < typed.left() and typed.right() < go.left()
    assert max(title.bottom(), typed.bottom(), go.bottom()) < keys.top()
    assert go.height() >= 120 and go.width() >= 2 * MIN_TARGET_PX


def test_english_at_150_on_a_laptop_is_one_page_with_clear_under_next(qapp, patient_kiosk) -> None:
    """The last compactor moves Clear under Next: the English keys take three rows."""
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), "en", 150, staged=True)
    window = patient_kiosk.window
    assert not screen.pager.paged, "the English name step turned pages"
    assert keys_in_view(screen, window) == []
    keyboard: TextKeyboard = screen.keyboard
    assert keyboard.clear_aside and keyboard.key("clear").isHidden()
    clear, go = box(keyboard.aside_clear, window), box(screen.name.next, window)
    page = box(screen.pager.scroll_area.viewport(), window)
    assert keyboard.aside_clear.isVisible() and page.contains(clear)
    assert clear.top() >= go.bottom() + MIN_GAP_PX and clear.left() == go.left()
    assert (
        clear.height() >= MIN_TARGET_PX
        and clear.bottom() + MIN_GAP_PX <= box(keyboard, window).top()
    )
    tops = {b.y() for b in keyboard.keys.values() if not b.isHidden()}
    assert len(tops) == 3
    name = screen.name_typed.text()
    keyboard.aside_clear.click()  # it clears what was typed, as the key did
    assert name != "" and keyboard.text() == ""


def test_on_a_large_screen_the_name_step_keeps_its_roomy_layout(qapp, patient_kiosk) -> None:
    screen = show_at(qapp, patient_kiosk, NAME, (1920, 1080), "ko", 100, staged=True)
    window = patient_kiosk.window
    assert not screen.pager.paged and not screen.name.in_row
    title, typed = box(screen.title, window), box(screen.name_typed, window)
    assert title.bottom() < typed.top()  # the heading across the top, the name under it
    assert screen.keyboard.key("ㄱ").height() >= BASE_METRICS.target  # not shrunk
    assert screen.name.hint.isVisible()


def test_at_200_percent_a_page_ends_above_the_keyboard_never_between_its_rows(
    qapp, patient_kiosk
) -> None:
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), "ko", 200, staged=True)
    pager = screen.pager
    pages = {pager.page_of(b) for b in screen.keyboard.keys.values() if not b.isHidden()}
    assert len(pages) == 1, f"the keys are spread over pages {sorted(pages)}"


def test_a_word_key_takes_two_columns_and_letters_stay_narrow(qapp, patient_kiosk) -> None:
    """Delete's word no longer makes every letter key as wide as itself."""
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), "en", 100, staged=True)
    keyboard: TextKeyboard = screen.keyboard
    delete, a = keyboard.key("delete"), keyboard.key("A")
    assert delete.width() > 2 * a.width()  # two columns and the gap between them
    assert a.width() < delete.title.fontMetrics().horizontalAdvance("Delete") + 2 * MIN_GAP_PX
    assert a.height() >= MIN_TARGET_PX and a.width() >= MIN_TARGET_PX
    tops = {b.y() for b in keyboard.keys.values()}
    assert len(tops) <= 4  # 31 keys of the alphabet layout in at most four rows


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_on_a_laptop_window_at_150_the_typing_page_is_one_page(
    qapp, patient_kiosk, locale: str
) -> None:
    screen = show_at(qapp, patient_kiosk, ids.ASSISTANT, (1366, 768), locale, 150)
    window = patient_kiosk.window
    assert not screen.pager.paged, f"{locale}: the typing page turned pages"
    assert keys_in_view(screen, window) == []
    typed, ask = box(screen.typed, window), box(screen.ask, window)
    assert ask.left() > typed.right() and ask.bottom() < box(screen.keyboard, window).top()
    if screen.title_dropped:  # its question stands where the words will appear
        assert screen.typed.text() == screen.title.text()


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_at_200_percent_the_keyboard_s_page_shows_the_typed_name_and_next(
    qapp, patient_kiosk, locale: str
) -> None:
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), locale, 200, staged=True)
    pager = screen.pager
    keys = pager.page_of(screen.keyboard)
    assert pager.page_of(screen.name_typed) == keys
    assert pager.page_of(screen.name.next) == keys


def test_at_200_percent_the_keys_page_types_the_name_and_goes_on(qapp, patient_kiosk) -> None:
    """On the keys' page the name grows as it is typed, Clear is among the keys,
    and Next (a primary action, 120 px or more) takes the customer on."""
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), "en", 200, staged=True)
    window, keyboard = patient_kiosk.window, screen.keyboard
    pager = screen.pager
    assert keyboard.holding and pager.paged
    pager.go_to(pager.page_of(keyboard))
    page = box(pager.scroll_area.viewport(), window)
    for widget in (screen.name_typed, screen.name.next, keyboard.key("clear")):
        assert widget.isVisible() and page.contains(box(widget, window))
    assert not keyboard.aside_clear.isVisible()
    assert screen.name.next.height() >= 120
    keyboard.key("clear").click()
    screen.name.next.click()  # nothing typed: the step says so, and stays
    settle(qapp)
    assert patient_kiosk.controller.visible_screen == NAME and keyboard.holding
    assert screen.name.problem.isVisible()  # under the question, which stays whole
    title = screen.title.mapTo(pager.content(), screen.title.rect().topLeft()).y()
    assert not any(title < top < title + screen.title.height() for top, _ in pager.pages)
    for letter in "ANN":
        keyboard.key(letter).click()
    assert screen.name_typed.text() == "Ann"
    screen.name.next.click()
    settle(qapp)
    assert patient_kiosk.controller.visible_screen == "journey.open_account.phone"


def test_the_step_s_line_comes_back_when_the_room_does(qapp, patient_kiosk) -> None:
    """From 200 % back to 150 %: the name and Next leave the keys for the step's line."""
    show_at(qapp, patient_kiosk, NAME, (1366, 768), "ko", 200, staged=True)
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), "ko", 150, staged=True)
    window, keyboard = patient_kiosk.window, screen.keyboard
    assert not keyboard.holding and not screen.pager.paged
    assert screen.name_typed.parentWidget() is screen.name.box
    typed, go = box(screen.name_typed, window), box(screen.name.next, window)
    assert typed.right() < go.left() and go.bottom() < box(keyboard, window).top()
    assert keyboard.key("ㄱ").height() >= MIN_TARGET_PX


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_at_200_percent_an_empty_name_keeps_the_keys_whole_and_the_hint_on_page_1(
    qapp, patient_kiosk, locale: str
) -> None:
    """Nothing typed reads "…" among the keys ("Nothing typed yet" wrapped to three
    lines there and pushed the keys past a page end); the question's page, with
    room again, shows the hint, then the problem instead after an empty Next."""
    screen = show_at(qapp, patient_kiosk, NAME, (1366, 768), locale, 200, staged=True)
    screen.keyboard.key("clear").click()
    settle(qapp)
    pager = screen.pager
    keys = pager.page_of(screen.keyboard)
    assert keys is not None and screen.keyboard.holding
    assert screen.name_typed.text() == "…" and pager.page_of(screen.name_typed) == keys
    assert screen.name.hint.isVisible() and pager.page_of(screen.name.hint) == 0
    screen.name.next.click()
    settle(qapp)
    assert pager.page_of(screen.keyboard) is not None and len(pager.pages) == 2
    assert pager.page_of(screen.name.problem) == 0 and not screen.name.hint.isVisible()
