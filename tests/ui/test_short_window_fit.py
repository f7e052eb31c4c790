"""A short, wide window (1366×768 at 150 %) uses its width: one page, choices beside words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from screen_at import box, show_at

from kiosk.core import ids
from kiosk.services.customer_queue import HelpView
from kiosk.tools.tour import settle
from kiosk.ui.screens.forms import FORMS_SCREEN


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
