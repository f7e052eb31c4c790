"""After Call staff: stay here, a person is coming; the customer's place is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.text import text_label


class HelpRequestedScreen(Screen):
    screen_id = ids.HELP_REQUESTED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        body = text_label("body")
        self.bind(title, "help.title")
        self.bind(body, "help.body")
        cancel = self.button("cancel_help")
        cancel.set_icon("back")
        self.bind(cancel, "help.cancel")
        for widget in (title, body, cancel):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
