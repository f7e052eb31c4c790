"""Idle detection and the privacy countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Any of these means a person is at the screen.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleTimer(QObject):
    """Counts quiet time, then counts down before the session is wiped.

    Args:
        timeout_s: Quiet seconds before the warning starts.
        warning_s: Length of the countdown (≥ 20 s, from config).
        unit_ms: Length of one "second" (tests shorten it).

    Signals:
        warning_did_start(int): the countdown began with this many seconds.
        countdown_did_tick(int): seconds left, once a second.
        time_did_run_out(): the countdown reached zero.
    """

    warning_did_start = Signal(int)
    countdown_did_tick = Signal(int)
    time_did_run_out = Signal()

    def __init__(
        self,
        timeout_s: int,
        warning_s: int,
        parent: QObject | None = None,
        unit_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self.seconds_left = warning_s
        self._quiet = QTimer(self, singleShot=True, interval=timeout_s * unit_ms)
        self._quiet.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=unit_ms)
        self._tick.timeout.connect(self._on_tick)
        self.enabled = False

    @property
    def warning_active(self) -> bool:
        return self._tick.isActive()

    def set_enabled(self, enabled: bool) -> None:
        """Idle time only counts on screens where a customer may walk away."""
        self.enabled = enabled
        self._tick.stop()
        if enabled:
            self._quiet.start()
        else:
            self._quiet.stop()

    def restart(self) -> None:
        """Someone touched the screen: start counting quiet time again."""
        self._tick.stop()
        if self.enabled:
            self._quiet.start()

    def _start_warning(self) -> None:
        self.seconds_left = self.warning_s
        self._tick.start()
        self.warning_did_start.emit(self.seconds_left)

    def _on_tick(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self.countdown_did_tick.emit(self.seconds_left)
            return
        self._tick.stop()
        self.enabled = False
        self.time_did_run_out.emit()


class ActivityFilter(QObject):
    """Application-wide event filter that reports every touch, click or key.

    Signals:
        activity_did_happen(): a person interacted with any window.
    """

    activity_did_happen = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity_did_happen.emit()
        return False
