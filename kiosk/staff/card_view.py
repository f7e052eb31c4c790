"""The console's context card: who the selected customer is and what they were doing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.look.theme import STAFF_ROW_COLOURS
from kiosk.staff.controls import SPACING, label
from kiosk.staff.words import field_words, journey_name

if TYPE_CHECKING:
    from kiosk.store.drafts import Draft


class CardView(QWidget):
    """A title, then (label, value) rows; a hint while nothing is selected.

    Args:
        catalog: The staff member's words.
        theme: ``standard`` or ``high_contrast`` (an alert row's colour).
    """

    def __init__(self, catalog: Catalog, theme: str) -> None:
        super().__init__()
        self.catalog = catalog
        self.theme = theme
        self.title = label("heading")
        self.hint = label("hint")
        self.hint.setText(catalog.text("staff.select"))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)

    def show_nothing(self) -> None:
        """The hint: choose someone from the list."""
        self._clear()
        self.hint.setVisible(True)
        self.title.setText("")
        self.title.setVisible(False)

    def show_item(self, number: str, rows: Sequence[tuple[str, str]], kind: str) -> None:
        """Ticket ``number``'s card; with a ``kind`` the first row wears the list row's colour."""
        self._clear()
        self.hint.setVisible(False)
        self.title.setText(f"{number} · {self.catalog.text('staff.card.title')}")
        self.title.setVisible(True)
        for row, (name, value) in enumerate(rows):
            val = self._add_row(row, name, value)
            if kind and row == 0:  # the alert row wears the list row's colour
                background, text = STAFF_ROW_COLOURS[self.theme][kind]
                val.setObjectName("StaffAlert")
                val.setStyleSheet(
                    f"QLabel#StaffAlert {{ background: {background}; color: {text};"
                    " font-weight: 700; padding: 4px 8px; }"
                )

    def show_draft(self, draft: Draft) -> None:
        """A form looked up by its code: "Preparing a form: lost card", then its answers."""
        c = self.catalog
        self._clear()
        self.hint.hide()
        form = journey_name(draft.journey, c)  # "Preparing a form: lost card", not card_block
        self.title.setText(c.text("staff.draft_title", code=draft.code, form=form))
        self.title.show()
        for row, (name, value) in enumerate(sorted(draft.fields.items())):
            self._add_row(row, field_words(name, c), str(value))

    def _add_row(self, row: int, name: str, value: str) -> QLabel:
        key, val = label("hint"), label("body")
        key.setText(name)
        val.setText(value)
        self.grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(val, row, 1)
        return val

    def _clear(self) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
