"""The assistant's panel over a screen: every answer in view, the screen keeps the rest."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect
from screen_at import panel_at

from kiosk.core import ids
from kiosk.tools.tour import panel_view, settle
from kiosk.ui.widgets.label_button import LabelButton


def _open(qapp, kiosk, size: tuple[int, int], locale: str, text_size: int, state: str):
    window, panel, _ = panel_at(qapp, kiosk, size, locale, text_size, state)
    window.current_screen().pager.repaginate()
    settle(qapp)
    return window, panel


def _box(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("locale", ids.LOCALES)
@pytest.mark.parametrize("text_size", [100, 150])
def test_did_you_mean_shows_every_answer_without_a_scroll_on_a_laptop(
    qapp, patient_kiosk, locale: str, text_size: int
) -> None:
    # Issue 11: the panel took half the room and hid its readings below a scroll.
    window, panel = _open(
        qapp, patient_kiosk, (1366, 768), locale, text_size, "assistant.did_you_mean"
    )
    where = f"{locale} {text_size}%"
    assert not panel.scroll_area.verticalScrollBar().isVisible(), where
    box = _box(panel, window)
    answers = [b for b in panel.findChildren(LabelButton) if b.isVisible()]
    assert len(answers) == 5, where  # three readings, None of these, Close
    for button in answers:
        assert box.contains(_box(button, window)), f"{where}: {button.title.text()!r} cut"
    # Side by side, not one under the other: the five answers share rows.
    rows = {_box(b, window).top() for b in answers if b is not panel.close_button}
    assert len(rows) <= 2, where
    assert _box(window.bar, window).top() >= box.bottom(), where


def test_listening_is_one_row_with_stop_beside_the_words(qapp, patient_kiosk) -> None:
    window, panel = _open(qapp, patient_kiosk, (1920, 1080), "ko", 150, "assistant.listening")
    stop, title = _box(panel.close_button, window), _box(panel.title, window)
    assert stop.left() > title.right()  # at the right end of the panel's line
    assert stop.top() < title.bottom() and title.top() < stop.bottom()
    # One row: the screen keeps everything above it but that row, whole.
    assert panel.height() < stop.height() * 2
    assert not panel.screen_aside and window.stack.isVisible()
    assert window.current_screen().height() > 1080 // 2
    assert not window.current_screen().pager.paged


def _tiles_in_view(window) -> list[str]:
    """Home's tiles wholly in the window, above the panel (none when it is set aside)."""
    screen = window.current_screen()
    top = _box(window.voice_panel, window).top()
    view = window.rect()
    return [
        t.title.text()
        for t in screen.findChildren(LabelButton)
        if t.property("kiosk_kind") == "tile"
        and t.isVisible()
        and view.contains(_box(t, window))
        and _box(t, window).bottom() < top
    ]


@pytest.mark.parametrize(
    ("locale", "state"),
    [
        *((locale, "assistant.did_you_mean") for locale in ids.LOCALES),
        # Listening is one row: Chinese and Korean home now fits above it (below).
        ("en", "assistant.listening"),
    ],
)
def test_a_screen_too_tall_to_share_a_laptop_is_set_aside_until_the_panel_closes(
    qapp, patient_kiosk, locale: str, state: str
) -> None:
    # Issue 11: on a 1366x768 window at 150 % home was cut into pages under the
    # panel, its tiles on pages 2 to 5 behind a pager nobody looks for.
    window, panel = _open(qapp, patient_kiosk, (1366, 768), locale, 150, state)
    assert panel.screen_aside and not window.stack.isVisible(), locale
    # The panel takes the page from the top: its answers whole, above the bar.
    box, bar = _box(panel, window), _box(window.bar, window)
    assert box.top() == 0 and box.bottom() < bar.top(), locale
    answers = [b for b in panel.findChildren(LabelButton) if b.isVisible()]
    assert answers and all(box.contains(_box(b, window)) for b in answers), locale
    assert not panel.scroll_area.verticalScrollBar().isVisible(), locale
    panel.show_view(panel_view("assistant.listening", locale).__class__())  # Close
    settle(qapp)
    assert not panel.isVisible() and not panel.screen_aside
    assert window.stack.isVisible() and window.current_screen().height() > 768 // 2


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_on_a_full_hd_window_home_keeps_every_tile_above_did_you_mean(
    qapp, patient_kiosk, locale: str
) -> None:
    window, panel = _open(qapp, patient_kiosk, (1920, 1080), locale, 100, "assistant.did_you_mean")
    assert not panel.screen_aside and window.stack.isVisible(), locale
    assert not window.current_screen().pager.paged, locale
    assert len(_tiles_in_view(window)) == 6, locale
    assert not panel.next.isVisible()


def _name_written(qapp, kiosk, size: tuple[int, int], text_size: int):
    """The open-account name step with a name written from speech, to be checked."""
    window, controller = kiosk.window, kiosk.controller
    window.setFixedSize(*size)
    controller.handle("choose_language", "en")
    controller.session.prefs = replace(controller.prefs, text_size=text_size)
    window.apply_prefs(controller.session.prefs)
    controller.handle("journey_start", "open_account")
    controller.handle("journey_choose", "account")
    controller.handle("journey_next", "")
    assert controller.visible_screen == "journey.open_account.name"
    kiosk.assistant.take_text("Mary Brown")  # what the customer said, heard surely
    settle(qapp)
    window.current_screen().pager.repaginate()
    settle(qapp)
    panel = window.voice_panel
    assert panel.view.phase == "name" and panel.isVisible()
    return window, panel


def test_a_name_check_set_aside_carries_next_which_keeps_the_name(qapp, patient_kiosk) -> None:
    # "If that is right, say or press Next": with the name step set aside on a
    # laptop at 150 %, the Next the words mean is the panel's own.
    window, panel = _name_written(qapp, patient_kiosk, (1366, 768), 150)
    assert panel.screen_aside and not window.stack.isVisible()
    assert panel.next.isVisible() and panel.next.title.text() == "Next"
    assert _box(panel, window).contains(_box(panel.next, window))
    panel.next.click()
    settle(qapp)
    assert patient_kiosk.controller.visible_screen == "journey.open_account.phone"
    assert not panel.isVisible() and window.stack.isVisible()


def test_a_name_check_beside_the_whole_step_leaves_next_to_the_step(qapp, patient_kiosk) -> None:
    window, panel = _name_written(qapp, patient_kiosk, (1920, 1080), 100)
    assert not panel.screen_aside and window.stack.isVisible()
    assert not panel.next.isVisible()  # the step's own Next is in view: not two
    assert not window.current_screen().pager.paged


def test_a_long_line_puts_close_after_the_answers_when_that_is_shorter(qapp, patient_kiosk) -> None:
    # The name check's line wraps over two or three rows beside Close; after the
    # answers (a free cell in their row) Close costs no height.
    window, panel = _open(qapp, patient_kiosk, (1920, 1080), "en", 100, "assistant.name_check")
    assert panel.close_button in panel.choices.items()
    rows = {_box(b, window).top() for b in panel.choices.items()}
    assert len(rows) == 1


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_home_that_fits_above_the_listening_row_stays_in_view(
    qapp, patient_kiosk, locale: str
) -> None:
    # While listening, the tiles are what the customer is about to name: where home
    # fits above the one-row panel on one page (1366x768 150 %), it is not set aside.
    window, panel = _open(qapp, patient_kiosk, (1366, 768), locale, 150, "assistant.listening")
    assert not panel.screen_aside and window.stack.isVisible()
    assert not window.current_screen().pager.paged
    assert len(_tiles_in_view(window)) == 6
