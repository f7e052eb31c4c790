"""Idle detection and the privacy countdown."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance

# Any of these means a person is at the screen.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


# Longest a single stretch of speech may hold the quiet clock: a wedged audio
# output that never reports "done" must not keep a customer's data on screen.
MAX_SPEECH_HOLD_S = 600


class IdleTimer(QObject):
    """Counts quiet time, then counts down before the session is wiped.

    Quiet time is counted only while the kiosk is silent: listening to a long
    page is not being idle (DESIGN.md "Idle"). While it speaks the quiet clock
    waits, and it starts again from zero when the speech ends or is cut short.
    The countdown itself, once shown, is never held by speech (it is spoken).

    Args:
        timeout_s: Quiet seconds before the warning starts.
        warning_s: Length of the countdown (≥ 20 s, from config).
        unit_ms: Length of one "second" (tests shorten it).
        max_speech_hold_s: Longest one stretch of speech holds the quiet clock.

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
        max_speech_hold_s: int = MAX_SPEECH_HOLD_S,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self.seconds_left = warning_s
        self._quiet = QTimer(self, singleShot=True, interval=timeout_s * unit_ms)
        self._quiet.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=unit_ms)
        self._tick.timeout.connect(self._on_tick)
        self._speech_hold = QTimer(self, singleShot=True, interval=max_speech_hold_s * unit_ms)
        self._speech_hold.timeout.connect(self.kiosk_did_stop_speaking)
        self.enabled = False
        self.speaking = False

    @property
    def warning_active(self) -> bool:
        return self._tick.isActive()

    @property
    def counting(self) -> bool:
        """True while quiet time is being counted towards the warning."""
        return self._quiet.isActive()

    def set_enabled(self, enabled: bool) -> None:
        """Idle time only counts on screens where a customer may walk away."""
        self.enabled = enabled
        self._tick.stop()
        self._count_quiet()

    def restart(self) -> None:
        """Someone touched the screen: start counting quiet time again."""
        self._tick.stop()
        self._count_quiet()

    def kiosk_will_speak(self, _text: str = "") -> None:
        """The kiosk started talking: the customer is listening, not idle."""
        self.speaking = True
        self._speech_hold.start()
        if not self.warning_active:
            self._quiet.stop()

    def kiosk_did_stop_speaking(self) -> None:
        """Speech ended (or was cut short): quiet time counts from now, from zero."""
        self.speaking = False
        self._speech_hold.stop()
        if not self.warning_active:
            self._count_quiet()

    def _count_quiet(self) -> None:
        if self.enabled and not self.speaking:
            self._quiet.start()
        else:
            self._quiet.stop()

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


class SpeechSignals(Protocol):
    """What :func:`follow_speech` needs of the speech service (its three signals)."""

    speech_will_start: SignalInstance
    speech_did_finish: SignalInstance
    speech_did_stop: SignalInstance


def follow_speech(idle: IdleTimer, speech: SpeechSignals) -> None:
    """Hold the quiet clock while ``speech`` plays; count from zero once it is silent."""
    speech.speech_will_start.connect(idle.kiosk_will_speak)
    speech.speech_did_finish.connect(idle.kiosk_did_stop_speaking)
    speech.speech_did_stop.connect(idle.kiosk_did_stop_speaking)


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
