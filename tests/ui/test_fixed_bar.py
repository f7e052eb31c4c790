"""The fixed bar and the page row: one low row on a laptop, words never broken inside."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSpacerItem, QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import (
    BAR_TARGET_PX,
    MIN_GAP_PX,
    MIN_TARGET_PX,
    PALETTES,
    bar_metrics,
    build_stylesheet,
    font_families,
    metrics,
)
from kiosk.tools.inspect import label_fits
from kiosk.tools.tour import settle
from kiosk.ui.widgets.bar_fit import ABOVE, BESIDE, STACKED, ButtonSizes, choose_shape
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.text import is_han


def _show(qapp, kiosk, size: tuple[int, int], locale: str, text_size: int) -> None:
    window = kiosk.window
    window.setFixedSize(*size)
    prefs = replace(kiosk.controller.prefs, locale=locale, text_size=text_size)
    kiosk.controller.session.prefs = prefs
    window.apply_prefs(prefs)
    kiosk.controller.go(ids.HOME)
    settle(qapp)


def _lines(label: QLabel) -> list[str]:
    """The label's words as Qt lays them out at its width (one entry per line)."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _broken_inside_a_word(label: QLabel) -> bool:
    """A line ends inside a word: no space between it and the next line's first letter.

    Chinese words are not separated by spaces, so any line break inside a run of
    characters cuts one ("重新开 / 始").
    """
    for first, second in itertools.pairwise(_lines(label)):
        joined = first and second and not first[-1].isspace() and not second[0].isspace()
        if joined and (first[-1].isalnum() or is_han(first[-1]) or first[-1] in "：:"):
            return True
    return False


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
@pytest.mark.parametrize("text_size", [100, 150])
def test_on_a_laptop_the_bar_is_one_low_row_with_every_word_whole(
    qapp, patient_kiosk, locale: str, text_size: int
) -> None:
    # Issue 11: at 150 % the bar was ~195 px tall, its words broken ("重新开 / 始").
    kiosk = patient_kiosk
    bar = kiosk.window.bar
    bar.set_assistant_mode("speak")
    bar.set_repeat_visible(True)  # all eight controls, as while the kiosk speaks
    _show(qapp, kiosk, (1366, 768), locale, text_size)
    shown = [bar.buttons[a] for a in bar.action_ids()]
    where = f"{locale} {text_size}%"
    assert len(shown) == 8
    assert len({b.y() for b in shown}) == 1, f"{where}: the bar wraps"
    # English at 150 % with all eight is the one exception: its words need ~1420 px
    # on one line of 104 px buttons (1350 px are there), so they take two lines under
    # their icons, still one row (~160 px; ~195 before).
    limit = 165 if (locale, text_size) == ("en", 150) else 130
    assert bar.height() <= limit, f"{where}: the bar is {bar.height()} px tall"
    bar.set_repeat_visible(False)  # seven, as the tour draws it (no voice): low everywhere
    settle(qapp)
    assert bar.height() <= 130, f"{where} without Say it again: {bar.height()} px"
    bar.set_repeat_visible(True)
    settle(qapp)
    call = bar.buttons["call_staff"]
    assert all(b.width() * b.height() < call.width() * call.height() for b in shown[1:]), where
    for a, b in itertools.pairwise(shown):
        assert b.x() - (a.x() + a.width()) >= MIN_GAP_PX, where
    assert shown[-1].geometry().right() < bar.width(), f"{where}: the last control leaves"
    for button in shown:
        assert min(button.width(), button.height()) >= MIN_TARGET_PX, where
        title = button.title
        assert label_fits(title), f"{where}: {title.text()!r} does not fit"
        assert not _broken_inside_a_word(title), f"{where}: {_lines(title)} breaks a word"
        assert len(_lines(title)) <= 2, where
        assert title.font().pixelSize() >= bar_metrics(text_size).small >= 28


def test_the_bar_keeps_the_lowest_row_that_fits_and_rows_only_when_none_does() -> None:
    # A calm row: one form for all where that is as low as a mix.
    small = ButtonSizes(above=(120, 104), beside=(150, 104), stacked=(110, 150))
    call = ButtonSizes(above=(200, 112), beside=(240, 104), stacked=(200, 112))
    wide = choose_shape(call, [small] * 6, 2000, 24, 16, 24)
    assert wide.one_row and wide.height == 104 and set(wide.forms[1:]) == {ABOVE}
    assert wide.forms[0] == BESIDE  # Call staff as low as the others
    # Where one form for all does not fit, each button takes its narrowest.
    mixed = [ButtonSizes(above=(200, 104), beside=(150, 104), stacked=(110, 150)), small]
    shape = choose_shape(call, mixed * 3, 1200, 24, 16, 24)
    assert shape.one_row and shape.forms[1:3] == (BESIDE, ABOVE)
    assert shape.widths[0] > max(shape.widths[1:])  # Call staff stays the widest
    # Too narrow for one row: rows beside Call staff, in the forms that stack lowest
    # (three rows of one-line buttons, not three of two-line ones).
    rows = choose_shape(call, [small] * 6, 500, 24, 16, 24)
    assert not rows.one_row and rows.columns == 2 and set(rows.forms[1:]) == {ABOVE}
    assert rows.height == 3 * 104 + 2 * 24
    tall = ButtonSizes(above=(300, 104), beside=(300, 104), stacked=(110, 150))
    rows = choose_shape(call, [tall] * 6, 500, 24, 16, 24)
    assert rows.columns == 2 and set(rows.forms[1:]) == {STACKED}  # 3 rows, not 6


def test_a_buttons_height_for_a_width_counts_only_lines_its_words_can_have(qtbot) -> None:
    root = QWidget()
    root.setObjectName("MainWindow")
    root.setStyleSheet(build_stylesheet("standard", 200))
    qtbot.addWidget(root)
    button = LabelButton("page_next", horizontal=True, parent=root)
    button.set_icon("forward")
    button.apply_metrics(22, 11, 45, "#000000")
    button.set_words("[Ñéxt~~ þàgé~~]")
    root.show()
    least = button.least_width()
    # No layout makes it narrower than its longest word: a narrower width is
    # answered as that width, not with lines the words can never be broken into.
    assert button.heightForWidth(60) == button.heightForWidth(least)
    for width in (least, least + 40, 2 * least):
        button.resize(width, button.heightForWidth(width))
        button.layout().activate()
        title = button.title
        assert title.height() >= title.heightForWidth(title.width()), width
        assert button.height() == button.heightForWidth(width)
    assert button.heightForWidth(2 * least) < button.heightForWidth(least)  # one line, then two


def _paged(
    qtbot, catalogs, locale: str, text_size: int, size: tuple[int, int]
) -> tuple[QWidget, PagedArea]:
    """A page row under content four times too tall, styled as the kiosk styles it."""
    root = QWidget()
    root.setObjectName("MainWindow")
    root.setStyleSheet(build_stylesheet("standard", text_size))
    font = QFont(root.font())
    font.setFamilies(list(font_families(locale)))
    root.setFont(font)
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    column.setContentsMargins(0, 0, 0, 0)
    pager = PagedArea(root)
    column.addWidget(pager)
    content = QWidget()
    QVBoxLayout(content).addSpacerItem(QSpacerItem(10, 4 * size[1]))
    pager.setWidget(content)
    pager.retranslate(catalogs[locale])
    pager.apply_metrics(metrics(text_size), PALETTES["standard"])
    root.resize(*size)
    root.show()
    qtbot.waitUntil(lambda: pager.paged and pager.bar.isVisible(), timeout=5000)
    pager.repaginate()
    root.layout().activate()
    return root, pager  # the caller holds the window: qtbot keeps a weak reference


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_the_page_row_is_one_line_as_low_as_a_target(qtbot, patient_kiosk, locale: str) -> None:
    # "第 1 页，共 4 页" wrapped, and the row took ~130 px of every page at 150 %.
    catalogs = patient_kiosk.catalogs
    _root, pager = _paged(qtbot, catalogs, locale, 150, (1366, 640))
    where = pager.where
    assert where.text() == catalogs[locale].text("pager.where", page=1, pages=len(pager.pages))
    assert len(_lines(where)) == 1, f"{locale}: {_lines(where)}"
    for button in (pager.previous, pager.next):
        assert button.height() >= MIN_TARGET_PX and label_fits(button.title)
        assert len(_lines(button.title)) == 1
    assert pager.bar.height() <= BAR_TARGET_PX + MIN_GAP_PX + MIN_GAP_PX // 2
    page = pager.pages[0]
    assert page[1] - page[0] >= 640 - pager.bar.height() - 1  # the page gets the rest


def test_the_page_buttons_keep_their_words_whole_at_200_percent_in_portrait(
    qtbot, patient_kiosk
) -> None:
    # Last session a height-for-width row clipped the pseudo-locale's Next page.
    _root, pager = _paged(qtbot, patient_kiosk.catalogs, "pseudo", 200, (1080, 1400))
    for label in (pager.previous.title, pager.next.title, pager.where):
        assert label_fits(label), label.text()
        assert not _broken_inside_a_word(label), _lines(label)
    for button in (pager.previous, pager.next):
        assert button.geometry().bottom() < pager.bar.height()  # whole inside the row
        assert button.height() >= button.heightForWidth(button.width())


def test_a_wide_bar_never_holds_the_window_wide_when_it_narrows(qapp, patient_kiosk) -> None:
    # The one-row widths chosen at 1920 px once kept a 1080 px window from narrowing.
    window = patient_kiosk.window  # shown at 1920×1080, free to be resized
    patient_kiosk.controller.go(ids.HOME)
    settle(qapp)
    window.resize(1080, 1920)
    settle(qapp)
    assert window.width() == 1080
    bar = window.bar
    for action in bar.action_ids():
        assert bar.buttons[action].geometry().right() < bar.width(), action
