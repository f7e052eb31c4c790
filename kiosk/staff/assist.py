"""Staff-assisted mode: a staff bar over the customer's session, which stays put."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.look.theme import build_staff_stylesheet

log = logging.getLogger(__name__)

CORNER_PX = 96  # the top-left square a staff member presses and holds
HOLD_MS = 2500


class StaffGesture(QObject):
    """Press and hold the window's top-left corner to call up staff sign-in.

    Invisible to customers and blocks nothing: it only watches presses.

    Signals:
        gesture_did_happen(): held long enough without moving away.
    """

    gesture_did_happen = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self, singleShot=True, interval=hold_ms)
        self._timer.timeout.connect(self.gesture_did_happen)

    def _in_corner(self, event: QMouseEvent) -> bool:
        point = self.window.mapFromGlobal(event.globalPosition().toPoint())
        return 0 <= point.x() < CORNER_PX and 0 <= point.y() < CORNER_PX

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if self._in_corner(event):
                self._timer.start()
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if self._timer.isActive() and not self._in_corner(event):
                self._timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._timer.stop()
        return False


class StaffBar(QWidget):
    """Shown above the customer's screen while a member of staff helps.

    Signals:
        helping_was_tapped(): "I'm helping now".
        return_was_tapped(): give the kiosk back to the customer.
    """

    helping_was_tapped = Signal()
    return_was_tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffBar")
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hint = QLabel()
        # A staff name is stored text: "<img src=…>" must show as those characters,
        # never draw a picture on the customer's screen.
        for label in (self.title, self.summary, self.hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.helping = QPushButton()
        self.helping.setProperty("variant", "primary")
        self.helping.setProperty("kiosk_kind", "button")
        self.helping.setProperty("kiosk_action", "staff_helping")
        self.give_back = QPushButton()
        self.give_back.setProperty("kiosk_kind", "button")
        self.give_back.setProperty("kiosk_action", "staff_return")
        self.helping.clicked.connect(self.helping_was_tapped)
        self.give_back.clicked.connect(self.return_was_tapped)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.summary)
        words.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(12)
        row.addLayout(words, 1)
        row.addWidget(self.helping)
        row.addWidget(self.give_back)
        self.hide()

    def show_for(
        self, catalog: Catalog, theme: str, staff: str, summary: str, helping: bool
    ) -> None:
        self.setStyleSheet(build_staff_stylesheet(theme))
        self.title.setText(f"{catalog.text('staff.assist.title')} · {staff}")
        self.summary.setText(summary)
        self.hint.setText(catalog.text("staff.assist.auto_exit"))
        self.helping.setText(
            catalog.text("staff.assist.helping_done" if helping else "staff.assist.helping")
        )
        self.helping.setEnabled(not helping)
        self.give_back.setText(catalog.text("staff.assist.return"))
        self.show()


class StaffAssist(QObject):
    """Who is signed in on this kiosk, and when staff mode ends by itself.

    Args:
        idle_ms: Staff mode closes after this long without a touch (2 min).

    Signals:
        did_start(str): staff name; the bar should show.
        did_end(): the kiosk belongs to the customer again.
    """

    did_start = Signal(str)
    did_end = Signal()

    def __init__(self, idle_ms: int = 120_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.staff: str | None = None
        self.helping = False
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self.end)
        self.on_audit: Callable[[str, str], None] | None = None

    @property
    def active(self) -> bool:
        return self.staff is not None

    def start(self, staff: str) -> None:
        self.staff, self.helping = staff, False
        self._idle.start()
        self._audit("assist_start")
        self.did_start.emit(staff)

    def note_activity(self) -> None:
        if self.active:
            self._idle.start()

    def mark_helping(self) -> None:
        self.helping = True
        self._audit("assist_helping")

    def end(self) -> None:
        if not self.active:
            return
        self._audit("assist_end")
        self.staff, self.helping = None, False
        self._idle.stop()
        self.did_end.emit()

    def _audit(self, action: str) -> None:
        if self.on_audit is not None and self.staff is not None:
            self.on_audit(self.staff, action)
