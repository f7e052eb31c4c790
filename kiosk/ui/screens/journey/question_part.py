"""A yes/no step: Yes, No, and "Not sure" where the question has it."""

from __future__ import annotations

from kiosk.look.theme import Metrics
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid


class QuestionPart(ResponsiveGrid):
    """The answers to a plain question, on one row when the screen is wide."""

    def __init__(self, button: MakeButton) -> None:
        super().__init__(max_columns=3)
        self.yes = button("journey_yes", variant="")
        self.no = button("journey_no", variant="")
        self.unsure = button("journey_unsure", variant="")
        self.set_items([self.yes, self.no, self.unsure])

    def show_answers(self, words: StepWords, asking: bool) -> None:
        """The answers' words; "Not sure" only on a question ``asking`` that has it."""
        self.yes.set_words(words.common("yes"))
        self.no.set_words(words.common("no"))
        self.unsure.setVisible(asking and words.step.unsure is not None)
        self.unsure.set_words(words.common("unsure"))

    def apply_metrics(self, m: Metrics) -> None:
        self.set_spacing(m.gap, m.target * 2)
