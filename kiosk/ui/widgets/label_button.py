"""A large touch button whose words wrap instead of clipping."""

from __future__ import annotations

import math

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.look.icons import icon_pixmap
from kiosk.ui.widgets.text import text_label

# QLabel wraps a few pixels before the words' measured advance (3 px for
# "Call staff" at 36 px): what a line is given to stay one line.
_WRAP_SLACK = 4


def line_width(label: QLabel, text: str | None = None) -> int:
    """The width ``text`` (the label's own words by default) needs to stay on one line."""
    words = label.text() if text is None else text
    return math.ceil(QFontMetricsF(label.font()).horizontalAdvance(words)) + _WRAP_SLACK


def words_width(label: QLabel) -> int:
    """The narrowest the label's words fit on two lines, broken only between words.

    Chinese is not broken between characters here: "重新开始" is one word.
    """
    words = label.text().split()
    if len(words) < 2:
        return line_width(label)
    return min(
        max(line_width(label, " ".join(words[:i])), line_width(label, " ".join(words[i:])))
        for i in range(1, len(words))
    )


class LabelButton(QPushButton):
    """A push button laid out as icon + title + optional hint, all wrapping.

    The tour reads ``kiosk_kind`` (button, tile, key) and ``kiosk_action``
    (the action id sent when tapped) from it.

    Args:
        action: Action id, e.g. ``call_staff`` or ``task.take_ticket``.
        kind: ``button``, ``tile`` or ``key``.
        variant: Style: ``primary``, ``call_staff``, ``attract`` or empty.
        horizontal: Icon beside the words (tiles) instead of above them.
        title_role: Style role of the title text.
    """

    def __init__(
        self,
        action: str,
        *,
        kind: str = "button",
        variant: str = "",
        horizontal: bool = False,
        title_role: str = "label",
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("kiosk_kind", kind)
        self.setProperty("kiosk_action", action)
        if variant:
            self.setProperty("variant", variant)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        direction = (
            QBoxLayout.Direction.LeftToRight if horizontal else QBoxLayout.Direction.TopToBottom
        )
        self._layout = QBoxLayout(direction, self)
        self._icon = QLabel(self)
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._icon.setProperty("kiosk_kind", "image")
        self._icon.hide()
        self._icon_name = ""
        self._icon_look: tuple[int, str] | None = None  # side and colour, once sized
        words = QWidget(self)
        words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        words_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        self._words_layout = words_layout
        self._align = align
        self.title = text_label(title_role, words, align=align)
        self.hint = text_label("hint", words, align=align)
        self.hint.hide()
        # Stretches above and below keep the words together, centred, when a
        # row of tiles makes this one taller than its words need.
        words_layout.addStretch(1)
        words_layout.addWidget(self.title)
        words_layout.addWidget(self.hint)
        words_layout.addStretch(1)
        self._centred = not horizontal
        if horizontal:
            self._layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(words, 1)
        else:  # icon and words stay together, centred in a tall button
            self._layout.addStretch(1)
            self._layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(words, 0)
            self._layout.addStretch(1)

    def add_line(self, role: str, lang: str | None = None) -> QLabel:
        """One more line of words under the hint (e.g. the same words in another language)."""
        label = text_label(role, self, align=self._align, lang=lang)
        self._words_layout.insertWidget(self._words_layout.count() - 1, label)
        return label

    def set_words(self, title: str, hint: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.setAccessibleName(f"{title}. {hint}" if hint else title)
        self.updateGeometry()

    def set_icon(self, name: str) -> None:
        if name == self._icon_name:
            return
        self._icon_name = name
        self._icon.setVisible(bool(name))
        if self._icon_look is not None:  # already sized: draw the new one now
            self._draw_icon(*self._icon_look)

    def set_icon_beside(self, beside: bool) -> None:
        """Icon beside the words (a lower button) or above them; both stay centred.

        Only for buttons built with the icon above (the fixed bar's): a tile's
        words fill the width beside its icon instead.
        """
        if not self._centred:
            return
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()

    def set_padding(self, pad: int, vpad: int) -> None:
        """Space inside the border: ``pad`` at the sides, ``vpad`` above and below."""
        if self._layout.contentsMargins() != QMargins(pad, vpad, pad, vpad):
            self._layout.setContentsMargins(pad, vpad, pad, vpad)
            self.updateGeometry()

    def apply_metrics(
        self, pad: int, spacing: int, icon_side: int, colour: str, vpad: int | None = None
    ) -> None:
        """Re-size padding and icon after a text-size or theme change.

        Args:
            vpad: Padding above and below, when it differs from the sides'.
        """
        top = pad if vpad is None else vpad
        self._layout.setContentsMargins(pad, top, pad, top)
        self._layout.setSpacing(spacing)
        self._icon_look = (icon_side, colour)
        self._draw_icon(icon_side, colour)
        self.updateGeometry()

    def _draw_icon(self, icon_side: int, colour: str) -> None:
        if self._icon_name:
            ratio = self.devicePixelRatioF()
            self._icon.setPixmap(icon_pixmap(self._icon_name, colour, icon_side, ratio))
            self._icon.setFixedSize(icon_side, icon_side)

    def least_width(self) -> int:
        """The narrowest its icon, words and padding can be (after their limits changed).

        A style sheet's ``min-width`` makes the widget's minimum explicit, and a
        parent layout then never asks for this one: set it with ``setMinimumWidth``.
        """
        for layout in (self._words_layout, self._layout):
            layout.invalidate()  # a new minimum reaches the cached one only by a posted event
        return self._layout.minimumSize().width()

    # QPushButton sizes itself from text() (empty here): use the layout's.
    def sizeHint(self) -> QSize:
        return self._layout.sizeHint().expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the words need at ``width`` (never less than the target).

        A button is never laid out narrower than its minimum (its longest word,
        icon and padding), so a narrower width is answered for that minimum:
        the layout would otherwise count lines the words can never be broken into.
        """
        width = max(width, self.minimumWidth(), self._layout.minimumSize().width())
        needed = self._layout.heightForWidth(width)
        if needed < 0:  # nothing in it wraps
            needed = self._layout.sizeHint().height()
        return max(needed, self.minimumHeight(), self._layout.minimumSize().height())
