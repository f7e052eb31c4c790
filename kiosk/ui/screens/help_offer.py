""" "Would you like a member of staff to help you?": offered when a customer seems stuck."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.insight.stuck import OFFER_SCREEN
from kiosk.ui.screens.question import QuestionScreen


class HelpOfferScreen(QuestionScreen):
    """Shown over the step the customer seemed stuck on (Back returns to it).

    "Yes, please" is the first, primary answer; "No, thank you" goes back to the
    step and the kiosk does not ask again there (:mod:`kiosk.services.stuck_offer`).
    The answers come right under the question, side by side where they fit, so
    both stay in view at 200 % (as on "Leave this form?").
    """

    screen_id = OFFER_SCREEN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "help_offer",
            ("help_offer_yes", "yes", "call_staff"),
            ("help_offer_no", "no", "back"),
            parent,
        )
        self.yes, self.no = self.answers.buttons
