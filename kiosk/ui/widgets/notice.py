"""A warning line that reads as a notice, not a control: a warning sign, then the words.

A heading in a rounded outline looks like a button, and an older customer may
tap "Stop if anyone rushes you" and wait. The notice has no outline at all; a
warning triangle in the words' own colour stands before its first line, so the
warning is carried by a shape and the words, never by colour alone (and keeps
the text's contrast, ≥ 7:1 in both themes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.look.icons import icon_pixmap

# The sign's side, as a part of the words' line height; the gap after it.
SIGN_SHARE = 0.9
GAP_SHARE = 0.3


class NoticeLabel(QLabel):
    """A word-wrapping heading with a warning sign before its first line.

    Use :func:`notice_label`; the style sheet's ``tone="warning"`` gives it no frame.
    """

    def sign_side(self) -> int:
        """The warning sign's side: nearly a line of the words."""
        return round(self.fontMetrics().height() * SIGN_SHARE)

    def _fit_margin(self) -> None:
        """Room for the sign left of the words, at the words' size."""
        side = self.sign_side()
        left = side + round(self.fontMetrics().height() * GAP_SHARE)
        margins = self.contentsMargins()
        if margins.left() != left:
            self.setContentsMargins(left, margins.top(), margins.right(), margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_margin()

    def sign_rect(self) -> QRect:
        """Where the sign is drawn: left of the words, level with their first line."""
        side, inner, metrics = self.sign_side(), self.contentsRect(), self.fontMetrics()
        room = QRect(0, 0, inner.width(), 100_000)
        text = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), self.text())
        top = inner.top() + max(0, (inner.height() - text.height()) // 2)  # centred words
        left = inner.left() - self.contentsMargins().left()
        return QRect(left, top + (metrics.lineSpacing() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.text():
            return
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        rect = self.sign_rect()
        pixmap = icon_pixmap("warning", colour, rect.width(), self.devicePixelRatioF())
        painter = QPainter(self)
        painter.drawPixmap(rect.topLeft(), pixmap)
        painter.end()


def notice_label(parent: QWidget | None = None, *, role: str = "heading") -> NoticeLabel:
    """A heading-sized warning line (see :class:`NoticeLabel`), set up as
    :func:`kiosk.ui.widgets.text.text_label` sets up every label.

    Args:
        role: The words' style role; "label" (bold, a size under a heading) where
            the notice stands under a heading of its own, as on a product page.
    """
    notice = NoticeLabel(parent)
    notice.setProperty("role", role)
    # The tone is set before the style sheet applies (no frame, its own air).
    notice.setProperty("tone", "warning")
    notice.setWordWrap(True)
    notice.setTextFormat(Qt.TextFormat.PlainText)
    notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return notice
