"""Telling Qt's layouts at once that a widget's size changed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def ripple(widget: QWidget) -> None:
    """Tell every layout from ``widget`` up to the window that its size changed.

    A compactor's change is measured by the pager at once, before any posted
    event: without this, the layouts above answer with the sizes they kept.
    """
    at: QWidget | None = widget
    while at is not None:
        at.updateGeometry()
        at = at.parentWidget()
