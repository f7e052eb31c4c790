"""A field step: one answer typed on the big keypad, and the way on beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.journeys.model import FieldSpec
from kiosk.journeys.validators import Problem, show
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class FieldPart(ResponsiveGrid):
    """What was typed and the way on beside the keypad (above it when narrow),
    so Next is always in view at any text size."""

    def __init__(self, button: MakeButton) -> None:
        super().__init__(max_columns=2)
        self.label = text_label("label")
        self.typed = text_label("heading")
        self.typed.setProperty("kiosk_kind", "input")
        self.problem = text_label("body")
        self.next = button("journey_submit", variant="primary")
        self.hint = text_label("body")  # the step's explanation, under Next
        self.keypad = Keypad()
        # What was typed, Next and the words: beside the keypad, or (on a short
        # page) in the screen's left column under the heading (StepColumns).
        self.typed_column = typed_column = QWidget()
        typed_layout = QVBoxLayout(typed_column)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.typed, self.problem, self.next, self.hint):
            typed_layout.addWidget(widget)
        typed_layout.addStretch(1)
        self.set_items([typed_column, self.keypad])

    def show_field(self, words: StepWords, spec: FieldSpec, title: str) -> None:
        """The field's name (unless the heading ``title`` says it), what was typed, the keys."""
        typed = words.answers.typing.get(spec.name, "")
        self.label.setText(words.field(spec.name))
        # Said once is enough: no label when the heading already names the field.
        self.label.setVisible(self.label.text() != title)
        self.typed.setText(show(spec, typed) if typed else words.common("nothing_typed"))
        self.keypad.retranslate(words.catalog)

    def show_problem(self, words: StepWords, problem: Problem | None) -> None:
        self.problem.setVisible(problem is not None)
        if problem is not None:
            self.problem.setText(words.catalog.text(problem.key, **problem.values))

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self.keypad.apply_metrics(m, palette)
        self.set_spacing(m.gap * 2, m.target * 4)
