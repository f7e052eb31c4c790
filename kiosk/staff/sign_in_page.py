"""The console's first page: a member of staff chooses their name and types their PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.staff.controls import SPACING, button, label


class SignInPage(QWidget):
    """Name, PIN and "Sign in"; a message for a refusal, and an optional hint line.

    The page only asks: the console checks the PIN on the queue worker (scrypt
    is slow on purpose) and answers with :meth:`answered`.

    Signals:
        sign_in_was_requested(str, str): a name and a PIN, both given.
    """

    sign_in_was_requested = Signal(str, str)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
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

    def set_names(self, names: list[str], no_staff: str) -> None:
        """The names to choose from; ``no_staff`` is said when there are none."""
        self.name_box.clear()
        self.name_box.addItems(names)
        self.message.setText("" if names else no_staff)

    def show_hint(self, text: str) -> None:
        """A line under the button (the demo shows its account and PIN there)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def submit(self) -> None:
        """Ask for the chosen name and typed PIN to be checked (nothing without both)."""
        name, pin = self.name_box.currentText(), self.pin_edit.text()
        if name and pin:
            self.sign_in_was_requested.emit(name, pin)

    def checking(self) -> None:
        """The PIN is being checked: no second click meanwhile."""
        self.sign_in_button.setEnabled(False)

    def answered(self, refusal: str = "") -> None:
        """The check came back: the PIN is cleared, and ``refusal`` says why it was refused."""
        self.sign_in_button.setEnabled(True)
        self.pin_edit.clear()
        if refusal:
            self.message.setText(refusal)
