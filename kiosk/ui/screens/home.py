"""The task menu: six large tiles, each with an icon, a name and a hint."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.core.journey_menus import home_tiles, shipped_entries
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.fit_steps import TIGHT_GAP, FitSteps, set_air, set_tight
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
        self.tiles = tiles
        self.grid.set_items(tiles)
        self._metrics: Metrics | None = None
        # Where the six do not fit (150 %, a short window, the assistant's panel
        # open), in this order until they do: tiles without their second line,
        # no line under the heading, less air, then narrower tiles side by side.
        self.subtitle = subtitle
        self.fit = FitSteps(self.pager, self._lay_out)
        self.fit.add("no_hints", "no_subtitle", "tight", "wide")
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._lay_out()

    def after_retranslate(self, context: ScreenContext) -> None:
        self._lay_out()  # new words show every hint again

    def _lay_out(self) -> None:
        # The tiles' second lines are still spoken when hidden (as compact_tiles).
        for tile in self.tiles:
            tile.hint.setVisible("no_hints" not in self.fit and bool(tile.hint.text()))
        self.subtitle.setVisible("no_subtitle" not in self.fit)
        m = self._metrics
        if m is None:
            return
        tight = "tight" in self.fit
        gap = TIGHT_GAP if tight else m.gap
        set_air(self.layout_, m, tight)
        set_tight(self.tiles, tight, m.pad)
        # Wide enough for a task's words on two lines (longer languages get fewer
        # columns); on a short window, narrower so two or three share a row.
        # Never narrower than a tile's longest word needs (longer languages).
        widest_word = max((tile.minimumSizeHint().width() for tile in self.tiles), default=0)
        narrow = max(round(m.label * 10), widest_word)
        self.grid.set_spacing(gap, narrow if "wide" in self.fit else round(m.label * 13))
