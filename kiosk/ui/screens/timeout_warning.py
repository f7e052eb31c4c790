"""The privacy countdown: how long is left, in numbers and words, and one big way out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.text import text_label


class TimeoutWarningScreen(Screen):
    screen_id = ids.TIMEOUT_WARNING

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seconds_left = 30
        title = text_label("heading")
        body = text_label("body")
        self.countdown = text_label("display", align=Qt.AlignmentFlag.AlignHCenter)
        more = self.more = self.button("more_time", variant="primary")
        more.set_icon("clock")
        self.bind(title, "timeout.title")
        self.bind(self.countdown, "timeout.left", values=lambda: {"seconds": self.seconds_left})
        self.bind(more, "timeout.more_time")
        self.bind(body, "timeout.body")
        # The way out comes before the explanation, so it is in view at any size.
        for widget in (title, self.countdown, more, body):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def stage_for_tour(self, screen_id: str) -> None:
        self.set_seconds_left(30)

    def set_seconds_left(self, seconds: int) -> None:
        self.seconds_left = seconds
        if self.context is not None:
            self.countdown.setText(self.context.catalog.text("timeout.left", seconds=seconds))

    def on_enter(self) -> None:
        super().on_enter()
        # On a small window at large text the way out must still be in view.
        self.scroll_area.ensureWidgetVisible(self.more, 0, 0)
