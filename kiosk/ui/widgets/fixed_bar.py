"""The fixed bar: the same six controls, same place, same order, on every screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.look.theme import BAR_EDGE_PX, BAR_TARGET_PX, MIN_GAP_PX, Metrics, Palette, ink
from kiosk.ui.widgets.bar_fit import ABOVE, BESIDE, BarShape, ButtonSizes, choose_shape
from kiosk.ui.widgets.label_button import LabelButton, line_width, words_width

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
# Around and inside the buttons: the bar is on every screen, and each pixel of
# its height is taken from the customer's task. Its top edge plus the pager
# row's lower margin keep DESIGN's 16 px between their buttons.
EDGE = BAR_EDGE_PX  # above and below the row
PADS = (14, 8)  # inside a button, at its sides: roomy where it fits, else tight
VPAD = 6  # inside a button, above and below
SPACING = 6  # between icon and words


def _text_height(label: QLabel, width: int) -> int:
    """The height of the label's words wrapped at ``width`` (whatever its own limits)."""
    flags = int(Qt.TextFlag.TextWordWrap)
    return (
        label.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, label.text()).height()
    )


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
        # Its buttons' least widths follow the width it has (see _reflow): they
        # must never hold a window wider than the screen it is moved to.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self._shape: tuple[BarShape, int] | None = None
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
        self._grid.setContentsMargins(EDGE, EDGE, EDGE, EDGE)
        self._grid.setSpacing(m.gap)
        for action, button in self.buttons.items():
            side = m.label if action == "call_staff" else m.small
            colour = ink(palette, str(button.property("variant") or ""))
            button.apply_metrics(PADS[0], SPACING, side, colour, vpad=VPAD)
        self._reflow(force=True)

    def set_back_enabled(self, enabled: bool) -> None:
        self.buttons["back"].setEnabled(enabled)

    def _sizes(self, action: str, pad: int) -> ButtonSizes:
        """The button's least size in each form (see :mod:`bar_fit`)."""
        button = self.buttons[action]
        m = self._metrics
        icon = (m.label if action == "call_staff" else m.small) if m else 30
        target = BAR_TARGET_PX
        title = button.title
        title.ensurePolished()  # the style sheet's font for this text size
        full = line_width(title)
        # Call staff's words stay on one line: it is the widest button anyway.
        split = full if action == "call_staff" else words_width(title)
        one, two = (_text_height(title, width) for width in (full, split))

        def size(words: int, lines: int, beside: bool) -> tuple[int, int]:
            if beside:
                width, height = icon + SPACING + words, max(icon, lines)
            else:
                width, height = max(icon, words), icon + SPACING + lines
            return max(width + 2 * pad, target), max(height + 2 * VPAD, target)

        return ButtonSizes(
            above=size(full, one, False),
            beside=size(split, two, True),
            stacked=size(split, two, False),
        )

    def _layout_that_fits(self) -> tuple[BarShape, int]:
        """The lowest shape (and the roomier padding when both are as low)."""
        m = self._metrics
        usual = m.gap if m else 24
        available = self.width() - 2 * self._grid.contentsMargins().left()
        found: list[tuple[BarShape, int]] = []
        for pad in PADS:
            others = [self._sizes(a, pad) for a in self.action_ids()[1:]]
            call = self._sizes("call_staff", pad)
            found.append((choose_shape(call, others, available, usual, MIN_GAP_PX, usual), pad))
        # Lowest first, then one row before rows; the roomier padding wins a tie.
        return min(found, key=lambda f: (not f[0].one_row, f[0].height))

    def _reflow(self, force: bool = False) -> None:
        shape, pad = self._layout_that_fits()
        if (shape, pad) == self._shape and not force:
            return
        self._shape = (shape, pad)
        self._grid.setSpacing(shape.gap)
        actions = self.action_ids()
        for action, form, width in zip(actions, shape.forms, shape.widths, strict=True):
            button = self.buttons[action]
            button.set_icon_beside(form == BESIDE)
            button.set_padding(pad, VPAD)
            title = button.title
            one_line = form == ABOVE or action == "call_staff"
            title.setMinimumWidth(line_width(title) if one_line else words_width(title))
            button.setMinimumWidth(width)
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        others = actions[1:]
        columns = shape.columns
        rows = math.ceil(len(others) / columns)
        self._grid.addWidget(self.buttons["call_staff"], 0, 0, rows, 1)
        for index, action in enumerate(others):
            self._grid.addWidget(self.buttons[action], index // columns, 1 + index % columns)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        # Room to spare goes to Call staff a little more than to the others.
        self._grid.setColumnStretch(0, 3)
        for column in range(1, columns + 1):
            self._grid.setColumnStretch(column, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
