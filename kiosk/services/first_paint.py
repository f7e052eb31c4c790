"""Run something just after a window's first paint: how the kiosk starts fast."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs ``then`` once, ``delay_ms`` after ``window`` first paints (or after ``fallback_ms``).

    Not a fixed timer from start-up: on a busy machine that can fire before the
    first paint, and the customer then waits for everything that was deferred.
    """

    def __init__(
        self, window: QWidget, then: Callable[[], None], delay_ms: int = 50, fallback_ms: int = 3000
    ) -> None:
        super().__init__(window)  # timers die with the window
        self._window = window
        self._then: Callable[[], None] | None = then
        self._delay_ms = delay_ms
        self._armed = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._armed and event.type() == QEvent.Type.Paint:
            self._armed = True
            QTimer.singleShot(self._delay_ms, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()
