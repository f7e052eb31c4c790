"""Prepare a form: the paper forms the kiosk fills in with the customer (menu = "forms")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core.journey_menus import FORMS, menu_tiles, shipped_entries
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen
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
        self.layout_.addWidget(title)
        self.layout_.addWidget(hint)
        self.grid = ResponsiveGrid(max_columns=3)
        tiles = []
        for journey, icon in menu_tiles(shipped_entries(), FORMS):  # as their files say
            key = f"forms.{journey}"
            tiles.append(self.tile("journey_start", journey, icon, f"{key}.title", f"{key}.hint"))
        self.grid.set_items(tiles)
        self.compact_tiles(tiles)
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.grid.set_spacing(m.gap, round(m.label * 10))
