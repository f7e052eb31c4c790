"""A step's words on the left and its controls on the right, on a short wide page.

Stacked, a step's heading, words, choices and way on need more height than a
1366×768 laptop window leaves at 150 % (the fixed bar takes ~195 px): the
choices went to a second page. Side by side, the same widgets need about half
the height. :class:`StepColumns` moves them between the page's flow and a
two-column area, and back each to where it was, so their words, speech,
actions and tests stay one thing. The screen asks for it only when the page
does not fit (``PagedArea.compactors``), never by window size.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.geometry import shown_as_before
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid


class StepColumns:
    """Moves widgets from wherever they are into a left and a right column, and back.

    Args:
        flow: The page's vertical layout; the two-column area goes at its top.
    """

    def __init__(self, flow: QVBoxLayout) -> None:
        self.area = QWidget()
        self.area.setObjectName("StepColumns")
        self.area.hide()
        row = QHBoxLayout(self.area)
        row.setContentsMargins(0, 0, 0, 0)
        self._row = row
        self.left_box, self.right_box = QWidget(), QWidget()
        self._left = QVBoxLayout(self.left_box)
        self._right = QVBoxLayout(self.right_box)
        for column in (self._left, self._right):
            column.setContentsMargins(0, 0, 0, 0)
            column.addStretch(1)  # the column's widgets stay at its top
        row.addWidget(self.left_box, 1)
        row.addWidget(self.right_box, 1)
        flow.insertWidget(0, self.area)
        # Where each moved widget came from: its layout and index, or the grid that owns it.
        self._homes: list[tuple[QWidget, QLayout | ResponsiveGrid, int]] = []

    @property
    def placed(self) -> bool:
        """Whether widgets stand in the columns now."""
        return bool(self._homes)

    def set_gap(self, gap: int) -> None:
        """Air between the columns (twice ``gap``) and between widgets within them."""
        self._row.setSpacing(gap * 2)
        self._left.setSpacing(gap)
        self._right.setSpacing(gap)

    def gap(self) -> int:
        """The air between widgets within a column."""
        return self._left.spacing()

    def place(
        self, left: Sequence[QWidget], right: Sequence[QWidget], shares: tuple[int, int]
    ) -> None:
        """Move ``left`` and ``right`` (top to bottom) into the columns, ``shares`` wide."""
        self.restore()
        moving = list(dict.fromkeys([*left, *right]))
        # Every place is noted before any widget leaves: an index counts the others.
        self._homes = [_home(widget) for widget in moving]
        with shown_as_before(moving):
            for column, widgets in ((self._left, left), (self._right, right)):
                for index, widget in enumerate(widgets):
                    _take(widget)
                    column.insertWidget(index, widget)
        self._row.setStretch(0, shares[0])
        self._row.setStretch(1, shares[1])
        self.area.show()

    def invalidate(self) -> None:
        """Forget the columns' measured sizes (a widget in them changed its least size)."""
        for box in (self.left_box, self.right_box, self.area):
            layout = box.layout()
            if layout is not None:
                layout.invalidate()
            box.updateGeometry()

    def restore(self) -> None:
        """Every moved widget back where it was, in the order it was there."""
        if not self._homes:
            return
        homes, self._homes = self._homes, []
        with shown_as_before(widget for widget, _, _ in homes):
            for widget, _, _ in homes:
                _take(widget)
            grids = []
            for widget, home, index in sorted(homes, key=lambda h: h[2]):
                if isinstance(home, ResponsiveGrid):
                    grids.append(home)
                elif isinstance(home, QBoxLayout):
                    home.insertWidget(index, widget)
            for grid in grids:  # a grid places all its items again
                grid.set_items(grid.items())
        self.area.hide()


def _home(widget: QWidget) -> tuple[QWidget, QLayout | ResponsiveGrid, int]:
    parent = widget.parentWidget()
    if isinstance(parent, ResponsiveGrid):
        return widget, parent, 0
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QBoxLayout):
        raise ValueError(f"{widget!r} is not in a box layout or a grid")
    return widget, layout, layout.indexOf(widget)


def _take(widget: QWidget) -> None:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.removeWidget(widget)
