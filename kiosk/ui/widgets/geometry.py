"""Telling Qt at once that a widget's look or size changed; moving widgets; a column box."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QVBoxLayout, QWidget


def ripple(widget: QWidget) -> None:
    """Tell every layout from ``widget`` up to the window that its size changed.

    A compactor's change is measured by the pager at once, before any posted
    event: without this, the layouts above answer with the sizes they kept.
    """
    at: QWidget | None = widget
    while at is not None:
        at.updateGeometry()
        at = at.parentWidget()


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Give ``widget`` the style-sheet property ``name`` (e.g. ``tight``), restyled
    and re-measured at once; nothing happens when it already has that value."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.updateGeometry()


def top_column(*widgets: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """``widgets`` one under the other at the top of a box of their own (the room
    left under them), and the box's layout (to move widgets in and out)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box, layout


@contextmanager
def shown_as_before(widgets: Iterable[QWidget]) -> Iterator[None]:
    """The ``widgets`` moved inside the block keep their shown or hidden state.

    Qt hides a widget given a new parent until the event loop shows it again;
    kept as it was, what is measured next is what will be shown.
    """
    hidden = {widget: widget.isHidden() for widget in widgets}
    yield
    for widget, was_hidden in hidden.items():
        widget.setVisible(not was_hidden)
