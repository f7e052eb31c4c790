"""A step's ways on: Next, Confirm or Finish; "ask a member of staff"; a guide's
"Show me again" and "I'm stuck"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.journeys.model import Effect, StepKind
from kiosk.look.theme import Metrics
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid

# The one way forward of each kind that has one: its action and its shared words.
PRIMARY = {
    StepKind.INFO: ("journey_next", "next"),
    StepKind.REVIEW: ("journey_next", "confirm"),
    StepKind.RESULT: ("finish", "finish"),
}


class OfferRow(QWidget):
    """The big "ask a member of staff" button, and the smaller way on (Next, Finish).

    The small one is as wide as its words. Beside the big one when it takes at
    most a third of the width (the page stays short enough to see whole);
    centred under it otherwise.
    """

    def __init__(self, big: LabelButton, small: LabelButton) -> None:
        super().__init__()
        self.big, self.small = big, small
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(big, 1)
        row.addWidget(small, 0, Qt.AlignmentFlag.AlignHCenter)
        self._row = row

    def set_spacing(self, gap: int) -> None:
        self._row.setSpacing(gap)

    def _arrange(self, width: int) -> None:
        small = self.small.sizeHint().width() + self._row.spacing()
        beside = self.big.isHidden() or small <= width // 3
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            # Under the big one it takes the row's width: its words always fit.
            centred = Qt.AlignmentFlag.AlignHCenter if beside else Qt.AlignmentFlag(0)
            self._row.setAlignment(self.small, centred)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self._arrange(width)
        return self._row.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.width())
        super().resizeEvent(event)


class WaysOn:
    """The buttons that lead on from a step; the screen places them in its flow.

    Where staff are offered or already called, that is the main thing: the
    step's own way on (or out) moves to the smaller button beside it.
    """

    def __init__(self, button: MakeButton) -> None:
        self.offer = button("journey_staff", variant="primary", horizontal=True)
        self.offer.set_icon("call_staff")
        self.primary = button("journey_next", variant="primary")
        self.secondary = button("journey_next")
        self.offer_row = OfferRow(self.offer, self.secondary)
        # A picture guide's: side by side where the screen is wide, so the picture keeps its room.
        self.again = button("journey_again", horizontal=True)
        self.again.set_icon("back")
        self.stuck = button("call_staff", horizontal=True)
        self.stuck.set_icon("call_staff")
        self.guide_row = ResponsiveGrid(max_columns=2)
        self.guide_row.set_items([self.again, self.stuck])

    def show_ways(self, words: StepWords, settled: bool, numbered: bool) -> None:
        """The way on of the step's kind: once a number is ``settled`` (not while it is
        being taken, nor instead of help) where the step is ``numbered``."""
        step = words.step
        primary = PRIMARY.get(step.kind)
        shown = primary is not None and (settled or not numbered)
        helping = step.offer_staff or step.effect == Effect.HELP_REQUEST
        self.offer.setVisible(step.offer_staff)
        self.offer.set_words(words.common("offer_staff"))
        self.primary.setVisible(shown and not helping)
        self.secondary.setVisible(shown and helping)
        self.offer_row.setVisible(step.offer_staff or (shown and helping))
        if primary is not None:
            way = words.own_or_common("next", primary[1])  # "Next question"
            for button in (self.primary, self.secondary):
                button.setProperty("kiosk_action", primary[0])
                button.set_words(way)

    def show_guide(self, words: StepWords) -> None:
        """ "Show me again" and "I'm stuck" on a picture guide's step."""
        self.guide_row.setVisible(words.step.again is not None)
        self.again.set_words(words.common("again"))
        self.stuck.set_words(words.common("stuck"))

    def buttons(self) -> list[LabelButton]:
        """In the order they are spoken."""
        return [self.offer, self.primary, self.secondary, self.again, self.stuck]

    def apply_metrics(self, m: Metrics) -> None:
        self.offer_row.set_spacing(m.gap)
        self.guide_row.set_spacing(m.gap, m.label * 7)
