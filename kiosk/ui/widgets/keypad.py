"""A large on-screen number pad: digits, an optional decimal point, Delete and Clear."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.journeys.keys import apply_key
from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX, Metrics, Palette
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.paged_area import KEEP_TOGETHER
from kiosk.ui.widgets.text import longest_unit_width

__all__ = ["Keypad", "apply_key"]

DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")
# Three rows of four, for a page too short for four rows of keys: the digits in
# their usual places, Clear (or the point) and Delete at the right, as on a cash
# machine's pad, and 0 after 9.
THREE_ROWS = (("1", "2", "3", "bottom_left"), ("4", "5", "6", "delete"), ("7", "8", "9", "0"))
# Rows and small digits tried in turn for fitted keys: big digits first, four rows first.
_TRIES = ((4, False), (3, False), (4, True), (3, True))


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
        self._compact = compact
        # The pager never splits the keys over two pages (a page ends above or below).
        self.setProperty(KEEP_TOGETHER, True)
        self.decimal = decimal
        # Short keys: the least touch target, for a short window (see set_short).
        self.short = False
        # The least gap between keys (16 px) at every text size (see set_least_gap).
        self.least_gap = False
        # The height the keys must fit in (fit_room), or None: keys at full size.
        self.room: int | None = None
        self.narrow = False  # three columns before four (fit_room)
        self.rows = 4
        self.keys: dict[str, LabelButton] = {}
        self._metrics: Metrics | None = None
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        bottom = ("." if decimal else "clear", "0", "delete")
        for key in (*DIGITS, *bottom):
            button = LabelButton(
                "key", kind="key", title_role="heading" if len(key) == 1 else "label"
            )
            button.setProperty("kiosk_key", key)
            button.clicked.connect(lambda _=False, k=key: self.key_was_pressed.emit(k))
            self.keys[key] = button
        self._place_keys(4)

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
        self._set_gap()
        for button in self.keys.values():
            button.apply_metrics(m.pad // 2, 0, 0, palette.text)
        self._pad_keys()
        self._size_keys()

    def set_short(self, on: bool) -> None:
        """Keys 8 px shorter (never under the least target, 96 px) and a key whose
        words wrap ("모두 지우기") with 4 px of air over and under them, not half a
        pad: on a 1366×768 window four rows then fit beside the question without
        a second page."""
        if on != self.short:
            self.short = on
            self._pad_keys()
            self._size_keys()

    def set_least_gap(self, on: bool) -> None:
        """Keys 16 px apart (DESIGN's least) at every text size, not two thirds of
        the text size's gap: at 150 % three rows of fitted keys 16 px shorter."""
        if on != self.least_gap:
            self.least_gap = on
            self._set_gap()
            self._size_keys()

    def _set_gap(self) -> None:
        m = self._metrics
        if m is not None:
            gap = max(MIN_GAP_PX, round(m.gap * 2 / 3))
            self._grid.setSpacing(MIN_GAP_PX if self.least_gap else gap)

    def _pad_keys(self) -> None:
        m = self._metrics
        if m is not None:
            air = MIN_GAP_PX // 4 if self.short else m.pad // 2
            for button in self.keys.values():
                button.set_padding(m.pad // 2, air)

    def fit_room(self, room: int | None, narrow: bool = False) -> None:
        """Keys that fit ``room`` pixels of height (None: full-size keys).

        Fitted keys take the fixed bar's type sizes (still bigger than body
        text) and are as tall as the room allows, never under the least touch
        target (96 px) nor their own words. Four rows where they fit so, else
        three rows of four (:data:`THREE_ROWS`), else with smaller digits.

        Args:
            narrow: Keep three columns (four rows, with smaller digits if need
                be) before taking a fourth: the words beside the keys need the width.
        """
        if room == self.room and narrow == self.narrow:
            return
        self.room = room
        self.narrow = narrow
        if not self._compact:  # the smaller type is the keys' own style (theme)
            self.setObjectName("CompactKeys" if room is not None else "")
            self._repolish([self, *self.findChildren(QWidget)])
        self._size_keys()

    def refit(self) -> None:
        """The keys' sizes again: moving the keys to another parent polishes them
        anew, and the style sheet's least size replaces the fitted one."""
        self._size_keys()
        self.updateGeometry()  # the layout holding the keys measures them again

    def _repolish(self, widgets: Sequence[QWidget]) -> None:
        for widget in widgets:
            self.style().unpolish(widget)
            self.style().polish(widget)

    def _small_digits(self, on: bool) -> None:
        """Digits in the size of the keys' words (Clear, Delete) rather than a heading's."""
        role = "label" if on else "heading"
        digits = [b.title for k, b in self.keys.items() if k.isdigit()]
        if digits[0].property("role") != role:
            for title in digits:
                title.setProperty("role", role)
            self._repolish(digits)

    def _place_keys(self, rows: int) -> None:
        self.rows = rows
        grid = self._grid
        for button in self.keys.values():
            grid.removeWidget(button)
        if rows == 4:
            bottom = ("." if self.decimal else "clear", "0", "delete")
            for index, key in enumerate((*DIGITS, *bottom)):
                grid.addWidget(self.keys[key], index // 3, index % 3)
            return
        left = "." if self.decimal else "clear"
        for row, keys in enumerate(THREE_ROWS):
            for column, key in enumerate(keys):
                grid.addWidget(self.keys[left if key == "bottom_left" else key], row, column)

    def least_room(self) -> int:
        """The least height fitted keys can take (three rows, small digits)."""
        small = self.keys["0"].title.property("role") == "label"
        self._small_digits(True)
        least = self._least_height()
        self._small_digits(small)
        return 3 * least + 2 * self._grid.spacing()

    def _least_height(self) -> int:
        """The least a key may be: a touch target, and tall enough for its words."""
        layout = self.keys["0"].layout()
        air = 0 if layout is None else layout.contentsMargins().top() * 2
        words = max(b.title.sizeHint().height() for b in self.keys.values())
        return max(MIN_TARGET_PX, words + air + 4)  # and the border

    def _key_height(self) -> int:
        m = self._metrics
        if m is None:
            return MIN_TARGET_PX
        full = max(MIN_TARGET_PX, m.target - 8) if self.short else m.target
        if self.room is None:
            self._small_digits(False)
            return full
        gap, rows, fitted, least = self._grid.spacing(), 4, full, MIN_TARGET_PX
        # Narrow: three columns (smaller digits if need be) before four columns.
        tries = ((4, False), (4, True), (3, False), (3, True)) if self.narrow else _TRIES
        for rows, small in tries:
            self._small_digits(small)
            least = self._least_height()
            fitted = (self.room - (rows - 1) * gap) // rows
            if fitted >= least:
                break
        if rows != self.rows:
            self._place_keys(rows)
        return max(least, min(full, fitted))

    def _size_keys(self) -> None:
        if self.room is None and self.rows != 4:
            self._place_keys(4)
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
        columns = 3 if self.rows == 4 else 4
        widest = max(key, round(m.target * 1.6))
        self.setMaximumWidth(widest * columns + self._grid.spacing() * (columns - 1))
