"""A review step: every answer read back, each with its Change under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.journeys.validators import show
from kiosk.look.theme import MIN_GAP_PX, Metrics
from kiosk.speech.aloud import say_answer
from kiosk.ui.screens.journey.choice_part import MAX_ROWS
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class ReviewPart(ResponsiveGrid):
    """The answers side by side when wide, so a form of three keeps its
    "Yes, this is right" in view.

    Also what a form's result shows when no draft could be stored: the answers,
    without Change, for the counter to read.
    """

    def __init__(self, button: MakeButton) -> None:
        super().__init__(max_columns=3)
        self.rows: list[tuple[QLabel, LabelButton]] = []
        self._cards: list[QWidget] = []
        self._card_layouts: list[QVBoxLayout] = []
        for _ in range(MAX_ROWS):
            label = text_label("body")
            change = button("journey_edit")
            card = QWidget()
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(0, 0, 0, 0)
            card_layout.addWidget(label)
            card_layout.addStretch(1)  # Change buttons line up along a row of cards
            card_layout.addWidget(change)
            self.rows.append((label, change))
            self._cards.append(card)
            self._card_layouts.append(card_layout)
        self.set_items(self._cards)
        self.wide = False  # three to a row however narrow (a short page: StepFitting)
        self._metrics: Metrics | None = None

    def set_wide(self, on: bool) -> None:
        """Up to three answers to a row on a narrower width (their words wrap):
        on a short page every answer and "Yes, this is right" stay on it."""
        if on != self.wide:
            self.wide = on
            if self._metrics is not None:
                self.apply_metrics(self._metrics)

    def show_review(self, words: StepWords, reviewing: bool, offline: bool) -> None:
        """The step's answers (every answer, ``offline``), or none when not ``reviewing``."""
        self.setVisible(reviewing)
        fields = words.journey.fields()
        values = words.answers.values
        names = list(fields) if offline else list(words.step.review)
        shown = [n for n in names if n in values]
        columns = max(1, min(3, len(shown)))  # one answer gets the whole width
        if reviewing and columns != self.max_columns:
            self.max_columns = columns
            self.set_items(self._cards)
        for index, (label, change) in enumerate(self.rows):
            name = names[index] if reviewing and index < len(names) else None
            if name is not None and name not in values:
                name = None
            self._cards[index].setVisible(name is not None)
            label.setVisible(name is not None)
            change.setVisible(name is not None and not offline)
            if name is None:
                continue
            label.setText(f"{words.field(name)}: {show(fields[name], values.get(name, ''))}")
            change.set_words(words.common("change"))
            change.setProperty("kiosk_argument", name)

    def said(self, words: StepWords) -> dict[int, str]:
        """How each answer shown is said (label id → words): a phone number
        "ending in 34", a name not at all, a sensitive answer never."""
        c, fields = words.catalog, words.journey.fields()
        aloud = {}
        for label, change in self.rows:  # the Change under each names its field
            field = str(change.property("kiosk_argument") or "")
            if label.isHidden() or field not in fields:
                continue
            spec = fields[field]
            value = words.answers.values.get(field, "")
            said = (
                c.text("read_aloud.on_screen")
                if spec.sensitive
                else say_answer(spec.input.value, value, c, words.private_audio)
            )
            aloud[id(label)] = f"{words.field(field)}: {said}"
        return aloud

    def spoken(self, aloud: dict[int, str], screen: QWidget) -> list[str]:
        """The answers on ``screen`` now, as said."""
        return [aloud.get(id(lb), lb.text()) for lb, _ in self.rows if lb.isVisibleTo(screen)]

    def apply_metrics(self, m: Metrics) -> None:
        self._metrics = m
        self.set_spacing(MIN_GAP_PX if self.wide else m.gap, m.label * (7 if self.wide else 10))
        for layout in self._card_layouts:
            layout.setSpacing(m.gap // 2)
