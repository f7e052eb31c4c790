""" "Would you like a member of staff to help you?": offered when a customer seems stuck."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.insight.stuck import OFFER_SCREEN
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.leave_form import _Answers as Answers
from kiosk.ui.widgets.text import text_label


class HelpOfferScreen(Screen):
    """Shown over the step the customer seemed stuck on (Back returns to it).

    "Yes, please" is the first, primary answer; "No, thank you" goes back to the
    step and the kiosk does not ask again there (:mod:`kiosk.services.stuck_offer`).
    The answers come right under the question, side by side where they fit, so
    both stay in view at 200 % (as on "Leave this form?").
    """

    screen_id = OFFER_SCREEN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        body = text_label("body")
        self.yes = self.button("help_offer_yes", variant="primary", horizontal=True)
        self.no = self.button("help_offer_no", horizontal=True)
        self.bind(title, "help_offer.title")
        self.bind(self.yes, "help_offer.yes")
        self.bind(self.no, "help_offer.no")
        self.bind(body, "help_offer.body")
        self.answers = Answers((self.yes, "call_staff"), (self.no, "back"))
        for widget in (title, self.answers, body):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.answers.set_metrics(m)

    def after_retranslate(self, context: ScreenContext) -> None:
        self.answers.refit()

    def on_enter(self) -> None:
        super().on_enter()
        self.scroll_area.ensureWidgetVisible(self.answers, 0, 0)
