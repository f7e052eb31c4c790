"""Prepare a form: the paper forms the kiosk fills in with the customer (menu = "forms")."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.core.journey_menus import FORMS, menu_tiles, shipped_entries
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.fit_steps import TIGHT_GAP, FitSteps, set_air, set_beside, set_tight
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

FORMS_SCREEN = "forms"


class FormsMenuScreen(Screen):
    """Each tile starts its journey; the answers become a draft the teller looks up."""

    screen_id = FORMS_SCREEN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        hint = text_label("body")
        self.bind(title, "forms.title")
        self.bind(hint, "forms.hint")
        self.grid = ResponsiveGrid(max_columns=3)
        tiles, self._icons = [], []
        for journey, icon in menu_tiles(shipped_entries(), FORMS):  # as their files say
            key = f"forms.{journey}"
            tiles.append(self.tile("journey_start", journey, icon, f"{key}.title", f"{key}.hint"))
            self._icons.append(icon)
        self.tiles = tiles
        self.grid.set_items(tiles)
        # The words above the tiles, or (a short, wide window) beside them, the
        # heading then perhaps across the top.
        self.title = title
        self.words = QWidget()
        words_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(title)
        words_layout.addWidget(hint)
        words_layout.addStretch(1)
        self._words_layout = words_layout
        self.split = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.split.addWidget(self.words)
        self.split.addWidget(self.grid)
        self.layout_.addLayout(self.split)
        self.layout_.addStretch(1)
        self._metrics: Metrics | None = None
        # Until the tiles fit: without their second line, less air, the tiles in
        # a column beside the words (reading order: words, then choices), the
        # heading across both columns (one line, not three in the words' column),
        # then without their pictures (their words get the width: no tile is
        # taller than a page at 200 %).
        self.fit = FitSteps(self.pager, self._lay_out)
        self.fit.add("no_hints", "tight", "beside", "title_across", "plain")

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._lay_out()

    def after_retranslate(self, context: ScreenContext) -> None:
        self._lay_out()  # new words show every hint again

    def _lay_out(self) -> None:
        for tile in self.tiles:  # a hidden second line is not said either (ADR 0067)
            tile.hint.setVisible("no_hints" not in self.fit and bool(tile.hint.text()))
        m = self._metrics
        if m is None:
            return
        tight = "tight" in self.fit
        beside = "beside" in self.fit and self._room_beside(m)
        set_air(self.layout_, m, tight)
        gap = self.layout_.spacing()
        self._words_layout.setSpacing(gap)
        self.split.setSpacing(TIGHT_GAP * 2 if beside else gap)
        set_tight(self.tiles, tight, m.pad)
        for tile, icon in zip(self.tiles, self._icons, strict=True):
            tile.set_icon("" if "plain" in self.fit else icon)
        set_beside(self.split, beside)
        self._place_title(above=beside and "title_across" in self.fit)
        # Beside the words the tiles share 3 parts of the width to the words' 2.
        self.split.setStretch(0, 2 if beside else 0)
        self.split.setStretch(1, 3 if beside else 0)
        self.grid.max_columns = 1 if beside else 3
        self.grid.set_spacing(TIGHT_GAP if tight else m.gap, round(m.label * 10))

    def _place_title(self, above: bool) -> None:
        """The heading over both columns or at the top of the words' column."""
        owner = self.layout_ if above else self._words_layout
        if owner.indexOf(self.title) >= 0:
            return
        (self._words_layout if above else self.layout_).removeWidget(self.title)
        owner.insertWidget(0, self.title)
        self.title.show()  # a new parent hides it: it would not count in the fit

    def _room_beside(self, m: Metrics) -> bool:
        """Is the body wide enough for the words (2 parts) beside the tiles (3 parts)?

        The heading's longest word and a tile's words must fit their column
        (six heading letters, nine button letters): a portrait screen keeps
        the tiles under the words rather than clip a word.
        """
        body = self.layout_.parentWidget()
        if body is None:
            return False
        width = body.width() - 2 * m.margin - TIGHT_GAP * 2
        return width * 2 // 5 >= m.heading * 6 and width * 3 // 5 >= m.label * 9
