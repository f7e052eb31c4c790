"""Staff sign-in on the kiosk itself: a name, a PIN on a big keypad, never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.widgets.geometry import shown_as_before, top_column
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

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
        # The customers' keypad (1 at top left, Clear, 0, Delete), and Sign in under it.
        self.keypad = Keypad()
        self.keypad.key_was_pressed.connect(self.press)
        self.sign_in = LabelButton("staff_sign_in", variant="primary")
        self.sign_in.clicked.connect(lambda _=False: self.press("ok"))
        self._buttons.append(self.sign_in)
        self.keys = {**self.keypad.keys, "ok": self.sign_in}
        self.cancel = self.button("back")
        self.bind(self.cancel, "staff.assist.cancel")
        # Stacked: title, names, dots, message, keypad, Sign in, Cancel. Where that
        # does not fit one page (a landscape screen at 100 % already), the keypad
        # and Sign in go right of the rest, the keys fitted to the page's height,
        # and Cancel under the message: the keys and Sign in on one page.
        self.title = title
        self.words, self._words = top_column(self.names, self.dots, self.message)
        self.keys_box, self._keys = top_column(self.keypad, self.sign_in)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addWidget(self.words, 1)
        self.body.addWidget(self.keys_box, 1)
        self.layout_.addWidget(title)
        self.layout_.addLayout(self.body)
        self.layout_.addWidget(self.cancel)
        self.layout_.addStretch(1)
        self.beside = False
        self.pager.compactors.append(self.set_beside)

    def set_beside(self, on: bool) -> None:
        """The keypad and Sign in right of the names and dots (True), or under them.

        Only on a landscape page: a portrait one has height to spare, not width (at
        200 % its names column would cut "Wang"); it turns pages stacked.
        """
        on = on and self.pager.width() > self.pager.height()
        if on == self.beside:
            return
        self.beside = on
        with shown_as_before([self.cancel]):
            if on:
                self.layout_.removeWidget(self.cancel)
                self._words.insertWidget(self._words.count() - 1, self.cancel)  # over the stretch
            else:
                self._words.removeWidget(self.cancel)
                self.layout_.insertWidget(2, self.cancel)  # after the title and the body
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if on else QBoxLayout.Direction.TopToBottom
        )
        self._fit_keys()

    def _fit_keys(self) -> None:
        """Beside, the keys as tall as the page under the title and over Sign in
        allows (never under the least touch target); stacked, at their full size."""
        if not self.beside:
            self.keypad.fit_room(None)
            return
        margins = self.layout_.contentsMargins()
        gap = self._keys.spacing()
        title = self.title.heightForWidth(max(1, self.pager.width())) + self.layout_.spacing()
        room = self.pager.height() - margins.top() - margins.bottom() - title
        room -= self.sign_in.sizeHint().height() + gap
        self.keypad.fit_room(max(room, self.keypad.least_room()), narrow=True)

    def stage_for_tour(self, screen_id: str) -> None:
        self.set_names(["Wang", "Li", "Park"])
        self.choose("Wang")

    def set_names(self, names: list[str]) -> None:
        for button in self.name_buttons:
            button.hide()  # drawn until deleted, over the new names
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
        elif key == "delete":
            self._pin = self._pin[:-1]
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
        self.keypad.retranslate(context.catalog)
        self.sign_in.set_words(context.catalog.text("staff.sign_in"))
        self.message.setVisible(bool(self.message.text()))

    def spoken_text(self) -> str:
        # Only the instruction: names and keys are not read out beside a customer.
        return self.context.catalog.text("staff.assist.keypad_title") if self.context else ""

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.dots.setMinimumHeight(round(m.display * 1.4))  # no jump as digits appear
        for button in self.name_buttons:
            button.apply_metrics(m.pad, m.pad // 2, 0, palette.text)
        self.names.set_spacing(m.gap, m.target * 2)
        self._words.setSpacing(self.layout_.spacing())
        self._keys.setSpacing(self.layout_.spacing())
        self.body.setSpacing(self.layout_.spacing() * 2)
        self.keypad.apply_metrics(m, palette)
        self._fit_keys()
