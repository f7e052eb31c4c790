"""The number pad's short keys and the grid's per-count column shares (real widgets)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.look.theme import MIN_TARGET_PX, PALETTES, bar_metrics
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid


def test_short_keys_are_the_least_target_and_come_back(qtbot) -> None:
    pad = Keypad(compact=True)
    qtbot.addWidget(pad)
    pad.apply_metrics(bar_metrics(100), PALETTES["standard"])
    tall = bar_metrics(100).target
    assert {k.minimumHeight() for k in pad.keys.values()} == {tall}
    pad.set_short(True)
    assert {k.minimumHeight() for k in pad.keys.values()} == {max(MIN_TARGET_PX, tall - 8)}
    assert all(k.minimumWidth() >= MIN_TARGET_PX for k in pad.keys.values())
    pad.set_short(False)
    assert {k.minimumHeight() for k in pad.keys.values()} == {tall}


def test_two_columns_take_the_shares_given_for_two(qtbot) -> None:
    grid = ResponsiveGrid(max_columns=3)
    qtbot.addWidget(grid)
    grid.stretches_for = {2: [2, 1]}
    grid.set_items([QLabel("a"), QLabel("b"), QLabel("c")])
    grid.set_spacing(0, 400)
    grid.resize(900, 200)  # room for two columns of 400, not three
    grid.show()
    qtbot.waitExposed(grid)
    left, right = grid.items()[:2]
    qtbot.waitUntil(lambda: left.width() > right.width(), timeout=10_000)
    assert abs(left.width() - 2 * right.width()) <= 2
