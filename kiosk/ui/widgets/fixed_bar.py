"""The fixed bar: the same six controls, same place, same order, on every screen."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette, ink
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.text import longest_unit_width

_ICONS = {
    "call_staff": "call_staff",
    "back": "back",
    "start_again": "home",
    "language": "language",
    "text_size": "text_size",
    "voice": "voice",
    "repeat": "voice",
    "assistant": "microphone",
}
# Shown after the six only while the kiosk is speaking to this customer.
REPEAT = "repeat"
# Last: Speak (tap to talk, or hold while talking), or Type where nobody can
# talk to this kiosk in this language. Hidden only when there is no assistant.
ASSISTANT = "assistant"


class FixedBar(QWidget):
    """Call staff (largest), Back, Start again, Language, Text size, Voice.

    When the words no longer fit on one row (big text, narrow screen), Call
    staff keeps the left end at full bar height and the other five wrap into
    rows beside it, in the same order.

    Holding Call staff for two seconds is the discreet "I feel pressured"
    signal: the customer sees the ordinary help screen a tap shows (a long
    press is often just a slow hand), and staff get a priority quiet check.

    Signals:
        action_was_tapped(str): the bar action id (``quiet_alert`` for the hold).
    """

    action_was_tapped = Signal(str)
    HOLD_MS = 2000
    TALK_HOLD_MS = 600  # Speak held this long: listen until it is let go

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FixedBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.buttons: dict[str, LabelButton] = {}
        for action in (*ids.BAR_ACTIONS, REPEAT, ASSISTANT):
            button = LabelButton(
                action,
                variant="call_staff" if action == "call_staff" else "",
                title_role="label" if action == "call_staff" else "bar",
            )
            button.set_icon(_ICONS[action])
            button.clicked.connect(lambda _=False, a=action: self._tapped(a))
            self.buttons[action] = button
        self._held = False
        self._hold = QTimer(self, singleShot=True, interval=self.HOLD_MS)
        self._hold.timeout.connect(self._quiet_alert)
        self.buttons["call_staff"].pressed.connect(self._hold.start)
        self.buttons["call_staff"].released.connect(self._hold.stop)
        self._grid = QGridLayout(self)
        self._columns = 0
        self._shape: tuple[int, int, float, bool] = (0, 0, 0.0, False)
        self._metrics: Metrics | None = None
        self._palette: Palette | None = None
        self.repeat_shown = False
        self.voice_available = True
        self.buttons[REPEAT].hide()
        self.assistant_mode = ""  # "speak", "type" or "" (hidden)
        self.buttons[ASSISTANT].hide()
        self._talking_held = False
        self._talk_hold = QTimer(self, singleShot=True, interval=self.TALK_HOLD_MS)
        self._talk_hold.timeout.connect(self._talk_held)
        self.buttons[ASSISTANT].pressed.connect(self._talk_pressed)
        self.buttons[ASSISTANT].released.connect(self._talk_released)

    def _tapped(self, action: str) -> None:
        if action == "call_staff" and self._held:
            self._held = False  # the release after a hold is not a tap
            return
        if action == ASSISTANT and self._talking_held:
            self._talking_held = False
            return
        self.action_was_tapped.emit(action)

    def _talk_pressed(self) -> None:
        if self.assistant_mode == "speak":
            self._talk_hold.start()

    def _talk_held(self) -> None:
        self._talking_held = True
        self.action_was_tapped.emit("assistant_hold")

    def _talk_released(self) -> None:
        self._talk_hold.stop()
        if self._talking_held:
            self.action_was_tapped.emit("assistant_release")

    def _quiet_alert(self) -> None:
        self._held = True
        self.action_was_tapped.emit("quiet_alert")

    def action_ids(self) -> tuple[str, ...]:
        """The controls in their fixed order (Say it again and Speak last, when shown)."""
        extra = (REPEAT,) if self.repeat_shown else ()
        return (*ids.BAR_ACTIONS, *extra, *((ASSISTANT,) if self.assistant_mode else ()))

    def set_repeat_visible(self, visible: bool) -> None:
        if visible != self.repeat_shown:
            self.repeat_shown = visible
            self.buttons[REPEAT].setVisible(visible)
            self._reflow(force=True)

    def set_assistant_mode(self, mode: str) -> None:
        """``speak`` (a microphone), ``type`` (a keyboard) or "" (no assistant)."""
        if mode != self.assistant_mode:
            self.assistant_mode = mode
            button = self.buttons[ASSISTANT]
            button.setVisible(bool(mode))
            button.set_icon("keyboard" if mode == "type" else "microphone")
            if self._metrics is not None and self._palette is not None:
                self.apply_metrics(self._metrics, self._palette)  # draws the new icon
            self._reflow(force=True)

    def set_voice_available(self, available: bool) -> None:
        """No voice on this machine: the button says so, in words, and rests."""
        self.voice_available = available
        self.buttons["voice"].setEnabled(available)

    def retranslate(self, catalog: Catalog, text_size: int, voice_on: bool) -> None:
        words = {
            "call_staff": catalog.text("bar.call_staff"),
            "back": catalog.text("bar.back"),
            "start_again": catalog.text("bar.start_again"),
            "language": catalog.text("bar.language"),
            "text_size": catalog.text("bar.text_size", size=text_size),
            "voice": catalog.text(
                "bar.voice_unavailable"
                if not self.voice_available
                else ("bar.voice_on" if voice_on else "bar.voice_off")
            ),
            REPEAT: catalog.text("bar.repeat"),
            ASSISTANT: catalog.text(
                "bar.assistant.type" if self.assistant_mode == "type" else "bar.assistant.speak"
            ),
        }
        for action, text in words.items():
            self.buttons[action].set_words(text)
        self._reflow(force=True)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self._metrics = m
        self._palette = palette
        self._grid.setContentsMargins(m.gap, m.gap, m.gap, m.gap // 2)
        self._grid.setSpacing(m.gap)
        for action, button in self.buttons.items():
            side = m.label if action == "call_staff" else m.small
            colour = ink(palette, str(button.property("variant") or ""))
            button.apply_metrics(m.pad // 2, m.pad // 4, side, colour)
        self._reflow(force=True)

    def set_back_enabled(self, enabled: bool) -> None:
        self.buttons["back"].setEnabled(enabled)

    def _needed_width(self, button: LabelButton) -> int:
        m = self._metrics
        # The button's own padding (pad // 2 each side, see apply_metrics) and a border.
        pad = 2 * ((m.pad if m else 20) // 2) + 8
        return longest_unit_width(button.title) + pad

    def _layout_that_fits(self) -> tuple[int, int, float, bool]:
        """(columns for the small buttons, gap, Call staff's share, sized to words).

        One row of equal columns is tried first (Call staff two columns wide).
        Then one row where each button is as wide as its longest word and Call
        staff wider than any (the least gap, 16 px): on a 1366 px window all
        seven stay on one row (issue 18) instead of leaving "Type" alone on a
        second. Only then do the small buttons wrap into rows beside Call staff.
        """
        m = self._metrics
        usual = m.gap if m else 24
        least = max(16, round(usual * 2 / 3))
        available = self.width() - 2 * self._grid.contentsMargins().left()
        others = self.action_ids()[1:]
        call = self._needed_width(self.buttons["call_staff"])
        target = m.target if m else 0
        needed = [max(target, self._needed_width(self.buttons[a])) for a in others]
        widest = max(needed)
        n = len(others)
        if (2.0 + n) * max(widest, call / 2.0) + n * usual <= available:
            return n, usual, 2.0, False
        if max(call, round(widest * 1.5)) + sum(needed) + n * least <= available:
            return n, least, 1.5, True
        for columns in range(n - 1, 0, -1):
            column = max(widest, call / 1.5)
            if (1.5 + columns) * column + columns * usual <= available:
                return columns, usual, 1.5, False
        return 1, usual, 1.5, False

    def _reflow(self, force: bool = False) -> None:
        shape = self._layout_that_fits()
        if shape == self._shape and not force:
            return
        self._shape = shape
        columns, gap, call_share, sized = shape
        self._columns = columns
        self._grid.setSpacing(gap)
        least = self._metrics.target if self._metrics else 0
        others = self.action_ids()[1:]
        widest = max(max(least, self._needed_width(self.buttons[a])) for a in others)
        for action, button in self.buttons.items():
            if not sized:
                button.setMinimumWidth(least)
            elif action == "call_staff":  # wider than any other: still the largest
                button.setMinimumWidth(max(self._needed_width(button), round(widest * 1.5)))
            else:
                button.setMinimumWidth(max(least, self._needed_width(button)))
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        others = self.action_ids()[1:]
        rows = math.ceil(len(others) / columns)
        self._grid.addWidget(self.buttons["call_staff"], 0, 0, rows, 1)
        for index, action in enumerate(others):
            self._grid.addWidget(self.buttons[action], index // columns, 1 + index % columns)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(0, round(call_share * 2))  # see _layout_that_fits
        for column in range(1, columns + 1):
            self._grid.setColumnStretch(column, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
