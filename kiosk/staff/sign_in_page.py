"""The console's first page: a member of staff chooses their name and types their PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.services.queue_service import QueueService
from kiosk.staff.auth import staff_names, verify_pin
from kiosk.staff.controls import SPACING, button, label
from kiosk.staff.words import sign_in_refusal


class SignInPage(QWidget):
    """Name, PIN and "Sign in"; a message for a refusal, and an optional hint line.

    The PIN is checked on the queue worker (scrypt is slow on purpose).

    Args:
        catalog: The staff member's words.
        queue: The queue service (None: nobody can sign in).

    Signals:
        staff_did_sign_in(str): the name, once its PIN was right.
    """

    staff_did_sign_in = Signal(str)

    def __init__(self, catalog: Catalog, queue: QueueService | None) -> None:
        super().__init__()
        self.catalog = catalog
        self.queue = queue
        c = catalog
        title = label("heading")
        title.setText(c.text("staff.sign_in_title"))
        self.name_box = QComboBox()
        self.name_box.setProperty("kiosk_kind", "input")
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setProperty("kiosk_kind", "input")
        self.pin_edit.setPlaceholderText(c.text("staff.pin"))
        self.pin_edit.returnPressed.connect(self.submit)
        self.sign_in_button = button(c.text("staff.sign_in"), "sign_in", primary=True)
        self.sign_in_button.clicked.connect(self.submit)
        self.message = label("alert")
        # The demo's account and PIN (kiosk demo only: see show_hint).
        self.hint = label("hint")
        self.hint.hide()
        name_label, pin_label = label(), label()
        name_label.setText(c.text("staff.name"))
        pin_label.setText(c.text("staff.pin"))
        form = QGridLayout()
        form.setSpacing(SPACING)
        form.addWidget(name_label, 0, 0)
        form.addWidget(self.name_box, 0, 1)
        form.addWidget(pin_label, 1, 0)
        form.addWidget(self.pin_edit, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setMaximumWidth(720)

    def reload_names(self) -> None:
        """Ask the store for the staff names to choose from."""
        if self.queue is not None:
            self.queue.call(staff_names, on_done=self._show_names)

    def _show_names(self, names: list[str]) -> None:
        self.name_box.clear()
        self.name_box.addItems(names)
        self.message.setText("" if names else self.catalog.text("staff.no_staff"))

    def show_hint(self, text: str) -> None:
        """A line under the button (the demo shows its account and PIN there)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def submit(self) -> None:
        """Check the chosen name and typed PIN (nothing without both)."""
        name, pin = self.name_box.currentText(), self.pin_edit.text()
        if not name or not pin or self.queue is None:
            return
        self.sign_in_button.setEnabled(False)  # no second click while it is checked
        self.queue.call(
            verify_pin,
            name,
            pin,
            on_done=lambda ok: self._on_verified(name, bool(ok)),
            on_error=self._on_error,
        )

    def _on_verified(self, name: str, ok: bool) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin_edit.clear()
        if not ok:
            self.message.setText(self.catalog.text("staff.wrong_pin"))
            return
        self.staff_did_sign_in.emit(name)

    def _on_error(self, error: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin_edit.clear()
        self.message.setText(sign_in_refusal(error, self.catalog))
