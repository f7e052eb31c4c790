"""A large on-screen number pad: digits, an optional decimal point, Delete and Clear."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.journeys.keys import apply_key
from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX, Metrics, Palette
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.text import longest_unit_width

__all__ = ["Keypad", "apply_key"]

DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")


class Keypad(QWidget):
    """Phone-style layout (1 at top left), 3 × 4 keys, each at least a touch target.

    Bottom row: Clear (or the decimal point), 0, Delete. Keys never show or
    speak what was typed; the field above them does.

    Signals:
        key_was_pressed(str): a digit, ``"."``, ``"delete"`` or ``"clear"``.
    """

    key_was_pressed = Signal(str)

    def __init__(
        self, decimal: bool = False, compact: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if compact:  # keys styled at the fixed bar's rate (theme); pass bar metrics too
            self.setObjectName("CompactKeys")
        self.decimal = decimal
        # Short keys: the least touch target, for a short window (see set_short).
        self.short = False
        self.keys: dict[str, LabelButton] = {}
        self._metrics: Metrics | None = None
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        bottom = ("." if decimal else "clear", "0", "delete")
        for index, key in enumerate((*DIGITS, *bottom)):
            button = LabelButton(
                "key", kind="key", title_role="heading" if len(key) == 1 else "label"
            )
            button.setProperty("kiosk_key", key)
            button.clicked.connect(lambda _=False, k=key: self.key_was_pressed.emit(k))
            self.keys[key] = button
            grid.addWidget(button, index // 3, index % 3)

    def retranslate(self, catalog: Catalog) -> None:
        words = {
            "delete": catalog.text("keypad.delete"),
            "clear": catalog.text("keypad.clear"),
            ".": ".",
        }
        for key, button in self.keys.items():
            button.set_words(words.get(key, key))
            if key in ("delete", "clear"):
                button.setAccessibleName(words[key])
        self.fit_words()

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self._metrics = m
        # Keys are big already; the least gap (16 px at 100 %) keeps four rows in view.
        self._grid.setSpacing(max(MIN_GAP_PX, round(m.gap * 2 / 3)))
        for button in self.keys.values():
            button.apply_metrics(m.pad // 2, 0, 0, palette.text)
        self._size_keys()

    def set_short(self, on: bool) -> None:
        """Keys 8 px shorter (never under the least target, 96 px): on a 1366×768
        window four rows then fit beside the question without a second page."""
        if on != self.short:
            self.short = on
            self._size_keys()

    def _key_height(self) -> int:
        m = self._metrics
        if m is None:
            return MIN_TARGET_PX
        return max(MIN_TARGET_PX, m.target - 8) if self.short else m.target

    def _size_keys(self) -> None:
        height = self._key_height()
        for button in self.keys.values():
            # A minimum only: a key whose word wraps ("모두 지우기") grows to fit it.
            button.setMinimumHeight(height)
        self.fit_words()

    def fit_words(self) -> None:
        """Keys a little wider than tall, and never narrower than their longest word."""
        m = self._metrics
        if m is None:
            return
        titles = [self.keys[k].title for k in ("clear", "delete", ".") if k in self.keys]
        for title in titles:
            title.ensurePolished()
        key = max(longest_unit_width(t) for t in titles) + m.pad + 8
        for button in self.keys.values():
            button.setMinimumWidth(max(self._key_height(), key))
        self.setMaximumWidth(max(key, round(m.target * 1.6)) * 3 + self._grid.spacing() * 2)
