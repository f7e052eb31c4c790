"""The staff screens' buttons and labels, styled by the staff stylesheet's properties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

SPACING = 12  # between controls: desktop-normal, still clear of mis-clicks


def button(text: str, action: str, primary: bool = False) -> QPushButton:
    """A push button named by its ``action`` (the tour and the audit find it by that)."""
    widget = QPushButton(text)
    widget.setProperty("kiosk_kind", "button")
    widget.setProperty("kiosk_action", action)
    if primary:
        widget.setProperty("variant", "primary")
    return widget


def label(role: str = "body", wrap: bool = True) -> QLabel:
    """Plain text (never rich text: queue words come from customers) in a stylesheet role."""
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget
