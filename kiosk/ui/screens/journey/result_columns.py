"""A result page on a short, wide window: the number and code beside what comes next.

Stacked (number, code and QR, Finish, what happens next), a 1366x768 window at
150 % shows the number and nothing else on its first page. Side by side, the
left column holds the number's card (and the form's own code and QR), the
right one what happens next and Finish. The same widgets move between the two
places, so their words, speech and actions stay one thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.geometry import shown_as_before

# The number's part of the width, in percent: its card holds the number's words
# and the QR side by side; what comes next and Finish take the rest.
LEFT_SHARE = 50


class ResultColumns:
    """Moves a result page's widgets between the page's flow and two columns.

    Args:
        flow: The page's vertical layout holding ``order``.
        order: Every widget of the flow, top to bottom (to put them back in place).
        left: The number and the code, top to bottom.
        right: What happens next and the way on, top to bottom; widgets that only
            ever stand in this column (not in ``order``) stay here, hidden or shown.
    """

    def __init__(
        self,
        flow: QVBoxLayout,
        order: Sequence[QWidget],
        left: Sequence[QWidget],
        right: Sequence[QWidget],
    ) -> None:
        self.flow = flow
        self.order = list(order)
        self.left = list(left)
        self.right = list(right)
        self.area = QWidget()
        self.area.hide()
        columns = QHBoxLayout(self.area)
        columns.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self._sides: list[QVBoxLayout] = []
        for share in (LEFT_SHARE, 100 - LEFT_SHARE):
            box = QWidget()
            # The shares decide the widths, not the words' one-line widths.
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addStretch(1)
            columns.addWidget(box, share)
            self._sides.append(layout)
        for widget in self.right:  # the column's own widgets live there for good
            if widget not in self.order:
                self._sides[1].insertWidget(self._sides[1].count() - 1, widget)
        # Where the number stands in the flow: the columns take its place.
        flow.insertWidget(flow.indexOf(self.left[0]), self.area)
        self.beside = False
        self.share = LEFT_SHARE
        self._aligned: dict[QWidget, Qt.AlignmentFlag] = {}

    def set_gap(self, gap: int, spacing: int) -> None:
        """``gap`` between the columns, ``spacing`` between the parts of each."""
        self._columns.setSpacing(gap)
        for side in self._sides:
            side.setSpacing(spacing)

    def set_share(self, share: int) -> None:
        """The left column's part of the width, in percent."""
        self.share = share
        self._columns.setStretch(0, share)
        self._columns.setStretch(1, 100 - share)

    def left_width(self) -> int:
        """How wide the number's card stands (the page's width when stacked)."""
        page = self.flow.parentWidget()
        margins = self.flow.contentsMargins()
        width = (page.width() if page is not None else 0) - margins.left() - margins.right()
        if not self.beside:
            return width
        return (width - self._columns.spacing()) * self.share // 100

    def set_beside(self, beside: bool) -> None:
        """Side by side (True) or back in the page's flow, each where it was."""
        if beside == self.beside:
            return
        self.beside = beside
        moving = [w for w in (*self.left, *self.right) if w in self.order]
        with shown_as_before(moving):
            if beside:
                for widget in moving:
                    item = self.flow.itemAt(self.flow.indexOf(widget))
                    if item is not None:  # e.g. a QR centred in the flow: so again later
                        self._aligned[widget] = item.alignment()
                    self.flow.removeWidget(widget)
                for side, widgets in zip(self._sides, (self.left, self.right), strict=True):
                    for index, widget in enumerate(widgets):  # the column's own ones too
                        side.removeWidget(widget)
                        side.insertWidget(index, widget)
            else:
                for widget in moving:
                    self._side_of(widget).removeWidget(widget)
                    align = self._aligned.get(widget, Qt.AlignmentFlag(0))
                    self.flow.insertWidget(self._flow_index(widget), widget, 0, align)
        self.area.setVisible(beside)

    def _side_of(self, widget: QWidget) -> QVBoxLayout:
        return self._sides[0] if widget in self.left else self._sides[1]

    def _flow_index(self, widget: QWidget) -> int:
        """Just after the nearest widget above it that is in the flow now."""
        before = self.order[: self.order.index(widget)]
        placed = [self.flow.indexOf(w) for w in before if self.flow.indexOf(w) >= 0]
        return max(placed, default=-1) + 1
