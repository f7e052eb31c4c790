"""The task menu: six large tiles, each with an icon, a name and a hint."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.core.journey_menus import home_tiles, shipped_entries
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class HomeScreen(Screen):
    screen_id = ids.HOME

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        subtitle = text_label("body")
        self.bind(title, "home.title")
        self.bind(subtitle, "home.subtitle")
        self.layout_.addWidget(title)
        self.layout_.addWidget(subtitle)
        self.grid = ResponsiveGrid(max_columns=3)
        tiles = []
        # The journeys whose files put them on home, and the products and forms menus.
        for task, icon in home_tiles(shipped_entries()):
            key = f"task.{task}"
            tiles.append(self.tile("task", task, icon, f"{key}.title", f"{key}.hint"))
        self.grid.set_items(tiles)
        self.compact_tiles(tiles)
        # Tight (150 %, or the assistant's panel open): the line under the heading gives way.
        self.pager.compactors.append(lambda on: subtitle.setVisible(not on))
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        # Wide enough for a task's words on two lines (longer languages get fewer columns).
        self.grid.set_spacing(m.gap, round(m.label * 13))
