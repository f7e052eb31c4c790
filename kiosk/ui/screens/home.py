"""The task menu: six large tiles, each with an icon, a name and a hint."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.core.journey_menus import home_tiles, shipped_entries
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.fit_steps import TIGHT_GAP, FitSteps, set_air, set_tight
from kiosk.ui.widgets.label_button import line_width, words_width
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
        # Never a column narrower than a tile's longest word (longer languages).
        self.grid = ResponsiveGrid(max_columns=3, whole_words=True)
        tiles, self._icons = [], []
        # The journeys whose files put them on home, and the products and forms menus.
        for task, icon in home_tiles(shipped_entries()):
            key = f"task.{task}"
            tiles.append(self.tile("task", task, icon, f"{key}.title", f"{key}.hint"))
            self._icons.append(icon)
        self.tiles = tiles
        self.grid.set_items(tiles)
        self._metrics: Metrics | None = None
        # Where the six do not fit (150 %, a short window, the assistant's panel
        # open), in this order until they do: tiles without their second line,
        # no line under the heading, less air, narrower tiles side by side, then
        # (English at 150 % on a laptop: every tile two lines) tiles without their
        # pictures, three to a row, each as narrow as its words on two lines.
        self.subtitle = subtitle
        self.fit = FitSteps(self.pager, self._lay_out)
        self.fit.add("no_hints", "no_subtitle", "tight", "wide", "plain")
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._lay_out()

    def after_retranslate(self, context: ScreenContext) -> None:
        self._lay_out()  # new words show every hint again

    def _lay_out(self) -> None:
        # A hidden second line is not said either (Screen.spoken_text, ADR 0067).
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
        two_lines = max(words_width(tile.title) for tile in self.tiles) + 2 * TIGHT_GAP
        plain = "plain" in self.fit and self._plain_is_lower(m, two_lines, gap)
        for tile, icon in zip(self.tiles, self._icons, strict=True):
            tile.set_icon("" if plain else icon)  # the words say it: given up last
            tile.set_padding(TIGHT_GAP if plain else m.pad, m.pad // 2 if tight else m.pad)
        # Wide enough for a task's words on two lines (longer languages get fewer
        # columns); on a short window, narrower so two or three share a row.
        width = round(m.label * (10 if "wide" in self.fit else 13))
        self.grid.set_spacing(gap, two_lines if plain else width)

    def _plain_is_lower(self, m: Metrics, two_lines: int, gap: int) -> bool:
        """Do tiles without pictures take fewer rows or lines?

        Yes where three fit to a row with their words on two lines (English at
        150 % on a laptop), or two to a row with every title on one line
        (Chinese at 200 %). Otherwise (English at 200 %) the pictures stay: two
        plain tiles of three lines to a row turn as many pages as one column.
        """
        body = self.layout_.parentWidget()
        if body is None:
            return False
        room = body.width() - 2 * m.margin
        one_line = max(line_width(tile.title) for tile in self.tiles) + 2 * TIGHT_GAP
        return 3 * two_lines + 2 * gap <= room or 2 * one_line + gap <= room
