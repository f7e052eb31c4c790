"""Staff sign-in on the kiosk itself: a name, a PIN on a big keypad, never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok")
MAX_PIN = 8


class StaffSignInScreen(Screen):
    """Reached by the hidden staff gesture; Back returns the customer's screen.

    The PIN is kept only in this widget until it is checked, shown as dots,
    and never spoken.

    Signals (inherited): ``action_was_requested("staff_sign_in", name)`` when OK
    is tapped; the PIN is read with :meth:`take_pin`.
    """

    screen_id = ids.STAFF_SIGN_IN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self.name = ""
        title = text_label("heading")
        self.bind(title, "staff.assist.keypad_title")
        self.names = ResponsiveGrid(max_columns=4)
        self.name_buttons: list[LabelButton] = []
        self.dots = text_label("display", align=Qt.AlignmentFlag.AlignHCenter)
        self.message = text_label("body")
        self.keypad = ResponsiveGrid(max_columns=3)
        keys = []
        for key in KEYS:
            button = LabelButton("pin_key", kind="key", variant="primary" if key == "ok" else "")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            keys.append(button)
            self._buttons.append(button)
        self.keys = dict(zip(KEYS, keys, strict=True))
        self.keypad.set_items(keys)
        cancel = self.button("back")
        self.bind(cancel, "staff.assist.cancel")
        for widget in (title, self.names, self.dots, self.message, self.keypad, cancel):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def stage_for_tour(self, screen_id: str) -> None:
        self.set_names(["Wang", "Li", "Park"])
        self.choose("Wang")

    def set_names(self, names: list[str]) -> None:
        for button in self.name_buttons:
            button.deleteLater()
        self.name_buttons = []
        for name in names:
            button = LabelButton("staff_name", variant="")
            button.set_words(name)
            button.clicked.connect(lambda _=False, n=name: self.choose(n))
            self.name_buttons.append(button)
        self.names.set_items(self.name_buttons)
        self.choose(names[0] if len(names) == 1 else "")
        if self.context is not None:
            self.retranslate(self.context)

    def choose(self, name: str) -> None:
        self.name = name
        for button in self.name_buttons:
            button.setProperty("variant", "selected" if button.title.text() == name else "")
            button.style().unpolish(button)
            button.style().polish(button)

    def press(self, key: str) -> None:
        if key == "clear":
            self._pin = ""
        elif key == "ok":
            if self.name and self._pin:
                self.action_was_requested.emit("staff_sign_in", self.name)
        elif len(self._pin) < MAX_PIN:
            self._pin += key
        self.dots.setText("•" * len(self._pin))

    def take_pin(self) -> str:
        """Hand the PIN over once and forget it."""
        pin, self._pin = self._pin, ""
        self.dots.setText("")
        return pin

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reset(self) -> None:
        self._pin = ""
        self.dots.setText("")
        self.show_message("")

    def after_retranslate(self, context: ScreenContext) -> None:
        c = context.catalog
        for key, button in self.keys.items():
            words = {"clear": c.text("staff.assist.clear"), "ok": c.text("staff.sign_in")}
            button.set_words(words.get(key, key))
        self.message.setVisible(bool(self.message.text()))

    def spoken_text(self) -> str:
        # Only the instruction: names and keys are not read out beside a customer.
        return self.context.catalog.text("staff.assist.keypad_title") if self.context else ""

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.dots.setMinimumHeight(round(m.display * 1.4))  # no jump as digits appear
        for button in self.name_buttons:
            button.apply_metrics(m.pad, m.pad // 2, 0, palette.text)
        self.names.set_spacing(m.gap, m.target * 3)
        self.keypad.set_spacing(m.gap, m.target * 2)
