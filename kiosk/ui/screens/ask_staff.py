"""The honest page for a task the kiosk cannot do yet: a person will."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.fit_steps import set_half_air
from kiosk.ui.widgets.label_button import words_width
from kiosk.ui.widgets.text import text_label

# When the page is short (150 % on a laptop): the words take this share of the
# width, the two buttons the rest (fewer lines of words, buttons still wide).
WORDS_SHARE, CHOICES_SHARE = 3, 2


class AskStaffScreen(Screen):
    """Shown as ``ask_staff.<task>``; :meth:`set_task` picks the task.

    One column (heading, Call staff, why, something else) where it fits; where it
    does not, the pager's compactors, least harmful first: tighter gaps, then the
    words on the left with both buttons on the right, then the buttons without
    their pictures.
    """

    screen_id = ids.ask_staff_screen(ids.HOME_TASKS[0])
    screen_prefix = ids.ASK_STAFF_PREFIX + "."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = ids.HOME_TASKS[0]
        title = text_label("heading")
        self.body = text_label("body")
        # Beside the buttons the words start at their top, not midway down.
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.call = self.button("call_staff", variant="primary")
        self.call.set_icon("call_staff")
        self.other = self.button("start_again")
        self.other.set_icon("home")
        # The way forward sits right under the heading, in view at any text size.
        self.bind(title, "ask_staff.title")
        self.bind(self.call, "ask_staff.call")
        self.bind(self.body, "ask_staff.body", values=self._task_values)
        self.bind(self.other, "ask_staff.other")
        self.split = QWidget()
        self._grid = QGridLayout(self.split)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(title)
        self.layout_.addWidget(self.split)
        self.layout_.addStretch(1)
        self.tight = self.two_columns = self.plain = False
        self._metrics: Metrics | None = None
        self._place(two_columns=False)
        self.pager.compactors += [self._set_tight, self._set_two_columns, self._set_plain]

    def _place(self, two_columns: bool) -> None:
        """One column, or the words left and the two buttons stacked on the right."""
        for widget in (self.call, self.body, self.other):
            self._grid.removeWidget(widget)
        if two_columns:
            self._grid.addWidget(self.body, 0, 0, 2, 1)
            self._grid.addWidget(self.call, 0, 1)
            self._grid.addWidget(self.other, 1, 1)
            self._grid.setRowStretch(1, 1)
            self._grid.setColumnStretch(0, WORDS_SHARE)
            self._grid.setColumnStretch(1, CHOICES_SHARE)
        else:
            for row, part in enumerate((self.call, self.body, self.other)):
                self._grid.addWidget(part, row, 0)
            self._grid.setRowStretch(1, 0)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 0)

    def _set_tight(self, on: bool) -> None:
        self.tight = on
        self._space()

    def _set_two_columns(self, on: bool) -> None:
        # Only where each button's words fit in two lines beside the words: taller
        # buttons in a narrow column would cost more height than they save.
        on = on and self._fits_beside()
        if on != self.two_columns:
            self.two_columns = on
            self._place(two_columns=on)

    def _fits_beside(self) -> bool:
        """Do both buttons' words fit the right-hand column in two lines at most?

        Broken only between words ("Call a member / of staff"); Chinese, with no
        spaces, must fit on one line.
        """
        m, width = self._metrics, self.split.width()
        if m is None or width <= 0:
            return False
        column = (width - m.gap * 2) * CHOICES_SHARE // (WORDS_SHARE + CHOICES_SHARE)
        return all(words_width(b.title) + 2 * m.pad <= column for b in (self.call, self.other))

    def _set_plain(self, on: bool) -> None:
        # The pictures repeat the words: the last thing given up for room.
        self.plain = on
        self.call.set_icon("" if on else "call_staff")
        self.other.set_icon("" if on else "home")

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._space()

    def _space(self) -> None:
        m = self._metrics
        if m is None:
            return
        gap = set_half_air(self.layout_, m, self.tight)
        self._grid.setVerticalSpacing(gap)
        self._grid.setHorizontalSpacing(m.gap * 2)

    def show_id(self, screen_id: str) -> None:
        self.task = screen_id.removeprefix(self.screen_prefix or "")
        super().show_id(screen_id)

    def tour_ids(self) -> list[str]:
        return [ids.ask_staff_screen(task) for task in ids.HOME_TASKS]

    def _task_values(self) -> dict[str, str]:
        if self.context is None:
            return {"task": self.task}
        return {"task": self.context.catalog.text(f"task.{self.task}.title")}
