"""The branch's 2D barcode scanner, which types what it reads like a USB keyboard.

A "keyboard wedge" scanner sends a QR's text as key presses, far faster than
anyone types, and ends with Enter. :class:`ScannerListener` watches every key
on its way into the kiosk's windows and tells the two apart by timing alone:
printable keys less than ``max_gap_ms`` apart, at least ``min_length`` of
them, then Enter, are a scan. Those keys never reach the focused widget.

Each printable key is held back until the next one shows which it is, so a
person's typing arrives ``max_gap_ms`` later than it would — too short to
notice — but whole and in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

# Scanners type a character every 1–20 ms; people, even fast typists, rarely
# manage six keys in a row each under 35 ms.
DEFAULT_MAX_GAP_MS = 35
DEFAULT_MIN_LENGTH = 6
# A scan longer than this is no QR of ours: let it through as typing.
MAX_HELD = 512
_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
# Shift makes capitals and ':'; Ctrl, Alt or Meta with a key is a shortcut.
_SHORTCUT = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScannerListener(QObject):
    """Application-wide event filter that turns scanner bursts into ``did_scan``.

    Install it on the QApplication. It looks only at key events on their way
    into a window (every key from a keyboard or scanner arrives there first)
    and lets everything else pass.

    Args:
        parent: Owner (e.g. the main window).
        only: Intercept keys only on their way into this widget's window (the
            kiosk's); other windows in the process, such as the staff console
            of ``kiosk demo`` where staff scan form drafts, keep their keys.
        max_gap_ms: Longest pause between a scan's keys, Enter included.
        min_length: Fewest characters before Enter that make a scan.
        clock: Seconds, monotonic (tests pass a fake one).

    Signals:
        did_scan(str): the scanned text, without the Enter.
    """

    did_scan = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        only: QWidget | None = None,
        max_gap_ms: int = DEFAULT_MAX_GAP_MS,
        min_length: int = DEFAULT_MIN_LENGTH,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000
        self.min_length = min_length
        self._clock = clock
        self._only = only
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._text: list[str] = []
        self._last = 0.0
        # Keys whose press was part of a scan: their release is swallowed too.
        self._swallow: list[int] = []
        self._replaying = False
        self._quiet = QTimer(self, singleShot=True)
        self._quiet.timeout.connect(self._on_quiet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        # The focused widget gets each key after its window: look only once.
        if not watched.isWindowType() or not isinstance(event, QKeyEvent):
            return False
        if self._only is not None and watched is not self._only.windowHandle():
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._release(watched, event)
        return self._press(watched, event)

    # -- internals ----------------------------------------------------------------
    def _press(self, window: QObject, event: QKeyEvent) -> bool:
        now = self._clock()
        if self._held and now - self._last >= self.max_gap:
            self._flush()  # a pause: what was held was typed by a person
        key = event.key()
        if key in _ENTER:
            if len(self._text) >= self.min_length and self._held:
                self._finish_scan(key)
                return True
            self._flush()
            return False
        text = event.text()
        plain = not (event.modifiers() & _SHORTCUT) and not event.isAutoRepeat()
        if not plain or len(text) != 1 or not text.isprintable() or len(self._held) >= MAX_HELD:
            self._flush()
            return False
        self._held.append((window, QKeyEvent(event)))
        self._text.append(text)
        self._last = now
        self._quiet.start(self._gap_ms())
        return True

    def _release(self, window: QObject, event: QKeyEvent) -> bool:
        if event.key() in self._swallow:
            self._swallow.remove(event.key())
            return True
        if self._held:  # keep the order: a held press comes before its release
            self._held.append((window, QKeyEvent(event)))
            return True
        return False

    def _finish_scan(self, enter: int) -> None:
        pressed: list[int] = []
        for _, held in self._held:
            if held.type() == QEvent.Type.KeyPress:
                pressed.append(held.key())
            elif held.key() in pressed:
                pressed.remove(held.key())
        self._swallow = [*self._swallow, *pressed, enter][-64:]
        text = "".join(self._text)
        self._held.clear()
        self._text.clear()
        self._quiet.stop()
        self.did_scan.emit(text)

    def _on_quiet(self) -> None:
        left = self.max_gap - (self._clock() - self._last)
        if left > 0 and self._held:
            self._quiet.start(max(1, round(left * 1000)))
            return
        self._flush()

    def _flush(self) -> None:
        """Deliver the held keys, in order, as if they had never been stopped."""
        held, self._held = self._held, []
        self._text.clear()
        self._quiet.stop()
        self._replaying = True
        try:
            for window, event in held:
                if shiboken6.isValid(window):
                    QCoreApplication.sendEvent(window, event)
        finally:
            self._replaying = False

    def _gap_ms(self) -> int:
        return max(1, round(self.max_gap * 1000))
