"""The honest page for a task the kiosk cannot do yet: a person will."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.text import text_label


class AskStaffScreen(Screen):
    """Shown as ``ask_staff.<task>``; :meth:`set_task` picks the task."""

    screen_id = ids.ask_staff_screen(ids.HOME_TASKS[0])
    screen_prefix = ids.ASK_STAFF_PREFIX + "."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = ids.HOME_TASKS[0]
        title = text_label("heading")
        body = text_label("body")
        call = self.button("call_staff", variant="primary")
        call.set_icon("call_staff")
        other = self.button("start_again")
        other.set_icon("home")
        # The way forward sits right under the heading, in view at any text size.
        self.bind(title, "ask_staff.title")
        self.bind(call, "ask_staff.call")
        self.bind(body, "ask_staff.body", values=self._task_values)
        self.bind(other, "ask_staff.other")
        for widget in (title, call, body, other):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def show_id(self, screen_id: str) -> None:
        self.task = screen_id.removeprefix(self.screen_prefix or "")
        super().show_id(screen_id)

    def tour_ids(self) -> list[str]:
        return [ids.ask_staff_screen(task) for task in ids.HOME_TASKS]

    def _task_values(self) -> dict[str, str]:
        if self.context is None:
            return {"task": self.task}
        return {"task": self.context.catalog.text(f"task.{self.task}.title")}
