"""The console's action panel: what staff can do with the selected customer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.queue.counters import Counter
from kiosk.staff.actions import ACTIONS, COUNTER_TARGET
from kiosk.staff.controls import SPACING, button


class ActionPanel(QWidget):
    """Claim … cancel, transfer, a note, and a form looked up by its code.

    The panel only says what was asked; the console runs it on the queue.

    Signals:
        action_was_chosen(str): one of :data:`kiosk.staff.actions.ACTIONS`.
        transfer_was_chosen(str): a service id, or ``counter:<id>``.
        note_was_written(str): the note's words, stripped (the field is cleared).
        draft_was_asked(str): a form's code, typed or scanned, stripped.
    """

    action_was_chosen = Signal(str)
    transfer_was_chosen = Signal(str)
    note_was_written = Signal(str)
    draft_was_asked = Signal(str)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(self._build_actions())
        layout.addLayout(self._build_transfer())
        layout.addLayout(self._build_note())
        layout.addLayout(self._build_draft_lookup())

    def _build_actions(self) -> QGridLayout:
        self.action_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        for index, action in enumerate(ACTIONS):
            widget = button(self.catalog.text(f"staff.{action}"), action, primary=action == "claim")
            widget.clicked.connect(lambda _=False, a=action: self.action_was_chosen.emit(a))
            self.action_buttons[action] = widget
            grid.addWidget(widget, index // 3, index % 3)
        return grid

    def _build_transfer(self) -> QHBoxLayout:
        self.transfer_box = QComboBox()
        self.transfer_box.setProperty("kiosk_kind", "input")
        self.fill_transfer([])
        self.transfer_button = button(self.catalog.text("staff.transfer"), "transfer")
        self.transfer_button.clicked.connect(
            lambda: self.transfer_was_chosen.emit(self.transfer_box.currentData())
        )
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.transfer_button)
        row.addWidget(self.transfer_box, 1)
        return row

    def _build_note(self) -> QHBoxLayout:
        self.note_edit = QLineEdit()
        self.note_edit.setProperty("kiosk_kind", "input")
        self.note_edit.setPlaceholderText(self.catalog.text("staff.note_placeholder"))
        self.note_edit.setMaxLength(200)
        self.note_button = button(self.catalog.text("staff.note"), "note")
        self.note_button.clicked.connect(self._write_note)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.note_button)
        return row

    def _build_draft_lookup(self) -> QHBoxLayout:
        """A form prepared at the kiosk: type (or scan) its code, see the answers."""
        self.draft_edit = QLineEdit()
        self.draft_edit.setProperty("kiosk_kind", "input")
        self.draft_edit.setPlaceholderText(self.catalog.text("staff.draft_placeholder"))
        self.draft_edit.setMaxLength(40)  # a scanner may send the whole QR text
        self.draft_edit.returnPressed.connect(self._ask_draft)
        self.draft_button = button(self.catalog.text("staff.draft_lookup"), "draft_lookup")
        self.draft_button.clicked.connect(self._ask_draft)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.draft_edit, 1)
        row.addWidget(self.draft_button)
        return row

    def fill_transfer(self, counters: Sequence[Counter]) -> None:
        """Services, then counters ("Counter 3"): where a customer can be sent."""
        c = self.catalog
        self.transfer_box.clear()
        for service in ids.QUEUE_SERVICES:
            self.transfer_box.addItem(c.text(f"service.{service}"), service)
        for counter in counters:
            self.transfer_box.addItem(counter.name(c, c.locale), COUNTER_TARGET + counter.id)

    def enable(self, allowed: dict[str, bool], open_item: bool) -> None:
        """Each action as ``allowed``; transfer and note for an open item only."""
        for action, widget in self.action_buttons.items():
            widget.setEnabled(allowed[action])
        self.transfer_button.setEnabled(open_item)
        self.note_button.setEnabled(open_item)

    def _write_note(self) -> None:
        text = self.note_edit.text().strip()
        if text:
            self.note_was_written.emit(text)

    def _ask_draft(self) -> None:
        code = self.draft_edit.text().strip()
        if code:
            self.draft_was_asked.emit(code)
