"""A name step: the name typed so far and Next, over the keyboard of the customer's language."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.journeys.model import FieldSpec
from kiosk.journeys.validators import Problem
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.text_keyboard import TextKeyboard


class NamePart(QWidget):
    """What was typed and Next side by side (stacked when narrow), then the
    keyboard across the whole width."""

    def __init__(self, button: MakeButton) -> None:
        super().__init__()
        self.keyboard = TextKeyboard()
        self.typed = text_label("heading")
        self.typed.setProperty("kiosk_kind", "input")
        self.problem = text_label("body")
        self.hint = text_label("body")  # the step's explanation, under what was typed
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.typed, self.problem, self.hint):
            box_layout.addWidget(label)
        box_layout.addStretch(1)
        self.next = button("journey_submit", variant="primary")
        self.row = ResponsiveGrid(max_columns=2)
        self.row.set_items([box, self.next])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.row)
        layout.addWidget(self.keyboard)
        self._layouts = (layout, box_layout)

    def show_name(
        self, words: StepWords, spec: FieldSpec, problem: Problem | None, locale: str
    ) -> None:
        """The name typed so far (it lives in the answers), any problem, the keyboard."""
        c = words.catalog
        typed = words.answers.typing.get(spec.name, "")
        self.typed.setText(typed or words.common("nothing_typed"))
        self.next.set_words(words.common("next"))
        self.problem.setVisible(problem is not None)
        if problem is not None:
            self.problem.setText(c.text(problem.key, **problem.values))
        # The layout follows the language; the name typed stays.
        self.keyboard.set_locale(locale)
        self.keyboard.set_max_length(spec.max_length)
        self.keyboard.retranslate(c)
        self.keyboard.set_text(typed)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self.keyboard.apply_metrics(m, palette)
        self.row.set_spacing(m.gap, m.target * 4)
        for layout in self._layouts:
            layout.setSpacing(m.gap)
