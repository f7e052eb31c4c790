"""A QR code drawn crisp at any size, always dark on white for scanners."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.qr import qr_matrix

QUIET_MODULES = 4  # the white margin scanners need around the code


class QrImage(QWidget):
    """Shows ``text`` as a QR code of ``side`` pixels (set by the screen's metrics)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kiosk_kind", "image")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._matrix: list[list[bool]] = []
        self.text = ""

    def set_text(self, text: str) -> None:
        self.text = text
        self._matrix = qr_matrix(text) if text else []
        self.update()

    def set_side(self, side: int) -> None:
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 2 * QUIET_MODULES
        cell = max(1, min(self.width(), self.height()) // modules)
        offset = (min(self.width(), self.height()) - cell * len(self._matrix)) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRect(offset + x * cell, offset + y * cell, cell, cell))
