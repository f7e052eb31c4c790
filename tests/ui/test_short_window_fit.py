"""A short, wide window (1366×768 at 150 %) uses its width: one page, choices beside words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from screen_at import box, show_at

from kiosk.core import ids
from kiosk.services.customer_queue import HelpView
from kiosk.tools.tour import settle
from kiosk.ui.screens.forms import FORMS_SCREEN
from kiosk.ui.widgets.label_button import words_width


def _all_in_view(screen, widgets) -> None:
    viewport = screen.pager.scroll_area.viewport()
    view = QRect(viewport.mapTo(screen, QPoint(0, 0)), viewport.size())
    for widget in widgets:
        assert widget.isVisible() and view.contains(box(widget, screen)), widget.accessibleName()


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_home_at_150_percent_on_a_laptop_window_is_one_page_of_tiles_side_by_side(
    qapp, patient_kiosk, locale: str
) -> None:
    # Issue 11 §1: "第 1 页，共 4 页" with one tile per page; six tiles want columns.
    screen = show_at(qapp, patient_kiosk, ids.HOME, (1366, 768), locale, 150)
    assert not screen.pager.paged
    _all_in_view(screen, screen.tiles)
    tops = {box(tile, screen).top() for tile in screen.tiles}
    assert len(tops) <= 3  # at least two to a row
    assert min(tile.height() for tile in screen.tiles) >= 96  # still big targets


def test_home_on_a_kiosk_screen_at_100_percent_keeps_its_roomy_layout(qapp, patient_kiosk) -> None:
    screen = show_at(qapp, patient_kiosk, ids.HOME, (1920, 1080), "zh_CN", 100)
    assert not screen.pager.paged and not screen.pager.compact
    assert all(tile.hint.isVisible() for tile in screen.tiles)  # nothing was given up
    assert all(tile.property("tight") in (None, False) for tile in screen.tiles)


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_forms_at_150_percent_on_a_laptop_window_show_every_choice_on_one_page(
    qapp, patient_kiosk, locale: str
) -> None:
    # With the one-row bar the tiles fit under the words here (fewer fit steps on).
    screen = show_at(qapp, patient_kiosk, FORMS_SCREEN, (1366, 768), locale, 150)
    assert not screen.pager.paged
    _all_in_view(screen, [screen.words, *screen.tiles])


def test_forms_on_a_shorter_laptop_window_put_the_choices_beside_the_words(
    qapp, patient_kiosk
) -> None:
    # 1366x700 at 150 % in Korean: the tiles no longer fit under the words, so
    # they move beside them (reading order: words left, choices right).
    screen = show_at(qapp, patient_kiosk, FORMS_SCREEN, (1366, 700), "ko", 150)
    assert not screen.pager.paged
    assert "beside" in screen.fit
    _all_in_view(screen, screen.tiles)
    words = box(screen.words, screen)
    for tile in screen.tiles:
        assert box(tile, screen).left() > words.right()
    # On a kiosk's screen the same words stand above the tiles, as before.
    screen = show_at(qapp, patient_kiosk, FORMS_SCREEN, (1920, 1080), "ko", 100)
    assert not screen.pager.paged and "beside" not in screen.fit
    for tile in screen.tiles:
        assert box(tile, screen).top() > box(screen.words, screen).bottom()


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_help_requested_on_a_laptop_window_shows_every_choice_at_100_percent(
    qapp, patient_kiosk, locale: str
) -> None:
    # Shown while calling (a short screen), then the number, wait and reasons come.
    screen = show_at(qapp, patient_kiosk, ids.HELP_REQUESTED, (1366, 768), locale, 100)
    screen.show_view(HelpView("sending"))
    settle(qapp)
    assert not screen.pager.paged
    screen.stage_for_tour(ids.HELP_REQUESTED)
    settle(qapp)
    screen.pager.repaginate()
    settle(qapp)
    assert not screen.pager.paged
    _all_in_view(screen, [*screen.reason_buttons, screen.cancel, screen.wait, screen.number])


def test_help_requested_at_200_percent_never_cuts_cancel(qapp, patient_kiosk) -> None:
    # It was taller than a page in English: half of "I don't need help any more".
    patient_kiosk.window.screen_for(ids.HELP_REQUESTED).stage_for_tour(ids.HELP_REQUESTED)
    screen = show_at(qapp, patient_kiosk, ids.HELP_REQUESTED, (1366, 768), "en", 200)
    assert screen.pager.page_of(screen.cancel) is not None
    assert screen.pager.page_of(screen.wait) is not None


@pytest.mark.parametrize("screen_id", [ids.LANGUAGE, ids.FEEDBACK])
def test_language_and_feedback_fit_a_laptop_window_at_150_percent(
    qapp, patient_kiosk, screen_id: str
) -> None:
    for locale in ids.LOCALES:
        patient_kiosk.window.screen_for(screen_id).stage_for_tour(screen_id)
        screen = show_at(qapp, patient_kiosk, screen_id, (1366, 768), locale, 150)
        assert not screen.pager.paged, locale


def test_english_home_at_150_percent_on_a_laptop_is_two_rows_of_three_whole_words(
    qapp, patient_kiosk
) -> None:
    # English tiles wrap to two lines: two to a row took three rows and a page
    # turn, so the tiles give up their pictures and stand three to a row.
    screen = show_at(qapp, patient_kiosk, ids.HOME, (1366, 768), "en", 150)
    assert not screen.pager.paged
    _all_in_view(screen, screen.tiles)
    assert "plain" in screen.fit
    assert len({box(tile, screen).top() for tile in screen.tiles}) == 2
    for tile in screen.tiles:
        assert tile.height() >= 96
        # No word cut and no tile taller than two lines of its words.
        assert tile.title.width() >= words_width(tile.title) - 4, tile.title.text()
        assert tile.title.height() <= 2 * tile.title.fontMetrics().lineSpacing() + 4


def test_english_home_on_a_kiosk_screen_keeps_its_pictures(qapp, patient_kiosk) -> None:
    screen = show_at(qapp, patient_kiosk, ids.HOME, (1920, 1080), "en", 100)
    assert not screen.pager.paged and "plain" not in screen.fit
    assert all(tile._icon.isVisible() for tile in screen.tiles)


def test_english_forms_at_150_percent_on_a_laptop_stand_beside_their_words(
    qapp, patient_kiosk
) -> None:
    # Under the words the two-line English tiles turned a page (issue 11 §1).
    screen = show_at(qapp, patient_kiosk, FORMS_SCREEN, (1366, 768), "en", 150)
    assert not screen.pager.paged
    assert "beside" in screen.fit
    _all_in_view(screen, [screen.title, screen.words, *screen.tiles])
    words = box(screen.words, screen)
    for tile in screen.tiles:
        assert box(tile, screen).left() > words.right()


def test_forms_heading_goes_across_both_columns_when_beside_is_not_enough(
    qapp, patient_kiosk
) -> None:
    # 1366x740 in English: in the words' column the heading takes three lines.
    screen = show_at(qapp, patient_kiosk, FORMS_SCREEN, (1366, 740), "en", 150)
    assert not screen.pager.paged
    assert {"beside", "title_across"} <= screen.fit._on
    _all_in_view(screen, [screen.title, screen.words, *screen.tiles])
    title = box(screen.title, screen)
    assert title.height() < 2 * screen.title.fontMetrics().lineSpacing()  # one line
    for tile in screen.tiles:
        assert box(tile, screen).top() > title.bottom()


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_help_requested_at_150_percent_on_a_laptop_keeps_the_number_and_cancel_in_view(
    qapp, patient_kiosk, locale: str
) -> None:
    # Five reasons, the number and the title took two pages; the reasons are
    # optional, so they wait behind one button while the number and Cancel show.
    screen = show_at(qapp, patient_kiosk, ids.HELP_REQUESTED, (1366, 768), locale, 150, True)
    assert not screen.pager.paged
    _all_in_view(screen, [screen.title, screen.number, screen.wait, screen.why, screen.cancel])
    assert not any(b.isVisible() for b in screen.reason_buttons)
    assert screen.why.title.text() in screen.spoken_text()
    # A tap on it: the question and the five reasons, with Cancel, on one page,
    # and said as they appear.
    said: list[str] = []
    screen.words_did_change.connect(said.append)
    qtbot_click(qapp, screen.why)
    assert not screen.pager.paged
    assert len(said) == 1 and all(b.title.text() in said[0] for b in screen.reason_buttons)
    _all_in_view(screen, [screen.prompt, *screen.reason_buttons, screen.cancel])
    assert not screen.number.isVisible() and not screen.why.isVisible()
    # The reason sent: the number is back, with what staff were told.
    item = replace(screen.view.item, reason="hearing")
    screen.show_view(HelpView("waiting", item, screen.view.estimate))
    settle(qapp)
    screen.pager.repaginate()
    settle(qapp)
    assert not screen.pager.paged
    _all_in_view(screen, [screen.number, screen.prompt, screen.cancel])
    assert not screen.why.isVisible()


def test_help_requested_on_a_kiosk_screen_shows_the_reasons_at_once(qapp, patient_kiosk) -> None:
    screen = show_at(qapp, patient_kiosk, ids.HELP_REQUESTED, (1920, 1080), "en", 100, True)
    assert not screen.pager.paged and not screen.why.isVisible()
    _all_in_view(screen, [screen.number, *screen.reason_buttons, screen.cancel])


def qtbot_click(qapp, button) -> None:
    """A real left click in the middle of ``button``, then the layout settled."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qapp)
