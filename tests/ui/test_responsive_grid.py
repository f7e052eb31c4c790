"""The grid's columns: with whole words never narrower than their items' longest word;
a nested grid never narrower than its items' least widths, and answering for what
it can become (one column), not for the columns it has now (ADR 0072)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import longest_unit_width

STYLE = 'QLabel[role="label"] { font-size: 54px; font-weight: 700; }'


def _buttons(qtbot, *words: str) -> list[LabelButton]:
    buttons = []
    for text in words:
        button = LabelButton("x", kind="tile", horizontal=True)
        button.setStyleSheet(STYLE)
        button.set_words(text)
        button.apply_metrics(25, 12, 80, "#000000")
        button.set_icon("home")
        qtbot.addWidget(button)
        buttons.append(button)
    return buttons


def test_a_long_word_takes_a_column_away_only_with_whole_words(qtbot) -> None:
    items = _buttons(qtbot, "Open", "Pensions", "Contributions")
    for button in items:
        button.title.ensurePolished()
    # Icon, padding and "Contributions": wider than a third of 900 px.
    least = max(b.minimumSizeHint().width() for b in items)
    assert least >= longest_unit_width(items[2].title) + 80 > (900 - 2 * 16) // 3
    loose, strict = ResponsiveGrid(max_columns=3), ResponsiveGrid(max_columns=3, whole_words=True)
    for grid in (loose, strict):
        qtbot.addWidget(grid)
    loose.set_items(items)
    loose.set_spacing(16, 200)
    assert loose.columns_for(900) == 3  # the old rule: the caller's width only
    strict.set_items(items)
    strict.set_spacing(16, 200)
    assert strict.least_item_width() == least
    assert strict.columns_for(900) == (900 + 16) // (least + 16) < 3
    # A hidden item's words do not count.
    items[2].hide()
    assert strict.columns_for(900) == 2


def _boxes(qtbot, *widths: int) -> list[QWidget]:
    boxes = []
    for width in widths:
        box = QWidget()
        box.setMinimumSize(width, 100)
        qtbot.addWidget(box)
        boxes.append(box)
    return boxes


def test_a_hidden_item_takes_no_column(qtbot) -> None:
    grid = ResponsiveGrid(max_columns=5, nested=True)
    qtbot.addWidget(grid)
    items = _boxes(qtbot, 100, 100, 100, 100, 100)
    grid.set_items(items)
    grid.set_spacing(16, 100)
    assert grid.columns_for(1000) == 5
    items[4].hide()  # four terms of five: four wider columns, not an empty fifth
    assert grid.columns_for(1000) == 4


def test_a_nested_grid_answers_for_one_column_whatever_its_width_was(qtbot) -> None:
    # The calculator's terms (five of 108 px, one 116) in the page's grid beside the
    # keypad (344 px): in 1,000 px the terms had kept the five columns an earlier,
    # wider width gave them, so they asked for 612 px, and the page was 1,004 px wide.
    inner = ResponsiveGrid(max_columns=5, nested=True)
    inner.set_items(_boxes(qtbot, 108, 108, 116, 108, 108))
    inner.set_spacing(16, 108)
    keypad = _boxes(qtbot, 344)[0]
    outer = ResponsiveGrid(max_columns=2)
    outer.stretches_for = {2: [2, 1]}
    qtbot.addWidget(outer)
    outer.set_items([inner, keypad])
    outer.set_spacing(48, 300)
    for width in (1400, 1000):  # wide first: five terms in a row
        inner.resize(width, 300)
        inner.fit_width(width)
        assert inner.minimumSizeHint().width() == 116
    assert inner.columns_for(1400) == 5
    # 612 px for five: four fit in 608, and three give the same two rows (3 + 2).
    assert inner.columns_for(1000 - 48 - 344) == 3
    assert outer.columns_for(1000) == 2  # the terms beside the keypad, re-flowed
    outer.resize(1000, 800)
    outer.show()
    qtbot.waitUntil(lambda: inner.width() == 608)
    assert inner._columns == 3
    assert outer.minimumSizeHint().width() == 116 + 48 + 344  # not nested: its columns'
