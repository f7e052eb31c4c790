"""The grid's whole-words rule: never a column narrower than its items' longest word."""

from __future__ import annotations

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
