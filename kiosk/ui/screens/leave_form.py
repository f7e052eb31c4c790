""" "Leave this form?": asked once when Start again would lose what the customer typed."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.core import ids
from kiosk.ui.screens.base import Screen
from kiosk.ui.theme import Metrics, Palette
from kiosk.ui.widgets.text import text_label


class LeaveFormScreen(Screen):
    """Shown over a half-done form (the session stays on the form's step).

    The session controller decides when (``unsaved_work``); this only shows the
    question. "No, go on" is the primary, first answer: staying loses nothing.
    """

    screen_id = ids.LEAVE_FORM

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        body = text_label("body")
        # Icon beside the words and the two answers side by side: one row, so
        # both stay in view under the question even at 200 %.
        self.stay = self.button("stay_in_form", variant="primary", horizontal=True)
        self.stay.set_icon("form")
        self.leave = self.button("leave_form", horizontal=True)
        self.leave.set_icon("home")
        self.bind(title, "leave_form.title")
        self.bind(self.stay, "leave_form.stay")
        self.bind(self.leave, "leave_form.leave")
        self.bind(body, "leave_form.body")
        self.answers = QWidget()
        row = QHBoxLayout(self.answers)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.stay, 1)
        row.addWidget(self.leave, 1)
        self._row = row
        for widget in (title, self.answers, body):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._row.setSpacing(m.gap)

    def on_enter(self) -> None:
        super().on_enter()
        # On a short window at large text the answers matter more than the heading
        # (it is also spoken).
        self.scroll.ensureWidgetVisible(self.answers, 0, 0)
