""" "Leave this form?": asked once when Start again would lose what the customer typed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.ui.screens.question import QuestionScreen


class LeaveFormScreen(QuestionScreen):
    """Shown over a half-done form (the session stays on the form's step).

    The session controller decides when (``unsaved_work``); this only shows the
    question. "No, go on" is the primary, first answer: staying loses nothing.
    """

    screen_id = ids.LEAVE_FORM

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "leave_form", ("stay_in_form", "stay", "form"), ("leave_form", "leave", "home"), parent
        )
        self.stay, self.leave = self.answers.buttons
