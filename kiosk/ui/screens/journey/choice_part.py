"""A choice step: up to six options, an icon (where it has one) beside each one's words."""

from __future__ import annotations

from kiosk.journeys.loader import option_words
from kiosk.look.theme import MIN_GAP_PX, Metrics
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid

MAX_ROWS = 6  # DESIGN.md: at most six choices on a screen


class ChoicePart(ResponsiveGrid):
    """The step's options, two to a row where the screen is wide."""

    def __init__(self, button: MakeButton) -> None:
        super().__init__(max_columns=2)
        self.buttons: list[LabelButton] = [
            button("journey_choose", horizontal=True) for _ in range(MAX_ROWS)
        ]
        self.set_items(self.buttons)
        self.wide = False
        self.plain = False  # options without their icons (StepFitting.drop_icon)
        self._icons = [""] * MAX_ROWS
        self._metrics: Metrics | None = None

    def show_options(self, words: StepWords) -> None:
        """One button per option, each sending its option's id."""
        step = words.step
        for index, button in enumerate(self.buttons):
            option = step.options[index] if index < len(step.options) else None
            button.setVisible(option is not None)
            if option is not None:
                button.set_words(words.plain(option_words(words.journey, step, option)))
                button.set_icon("" if self.plain else option.icon)
                self._icons[index] = option.icon
                button.setProperty("kiosk_argument", option.id)

    def set_wide(self, on: bool) -> None:
        """Three to a row (narrower options, their words wrapping): on a short page,
        a long choice under its words keeps every option on the page."""
        if on != self.wide:
            self.wide = on
            self.max_columns = 3 if on else 2
            if self._metrics is not None:
                self.apply_metrics(self._metrics)

    def set_plain(self, on: bool) -> None:
        """Options without icons: their words get the width (a short page's three columns)."""
        self.plain = on
        for button, icon in zip(self.buttons, self._icons, strict=True):
            button.set_icon("" if on else icon)

    def apply_metrics(self, m: Metrics) -> None:
        self._metrics = m
        # Three to a row on a short page: the least gap DESIGN.md allows between them.
        self.set_spacing(MIN_GAP_PX if self.wide else m.gap, m.label * (7 if self.wide else 10))
