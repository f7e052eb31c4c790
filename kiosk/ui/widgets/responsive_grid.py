"""A grid that picks its column count from the width it gets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget, QWidgetItem


class ResponsiveGrid(QWidget):
    """Lays out items in as many equal columns as fit (at most ``max_columns``).

    ``min_item_width`` is the narrowest an item may get before a column is
    dropped. With ``whole_words`` on, a column is also never narrower than its
    items' longest word (with their icons and padding): a longer language or a
    bigger text size gets fewer columns rather than a word cut in two.

    A ``nested`` grid (one inside another grid's column) re-flows to what its
    width allows: never more columns than its shown items, nor than their own
    least widths allow, column by column; and its least width is its one-column
    least width, so the grid holding it decides on what it can become, not on
    the columns an earlier, wider width gave it (ADR 0072).

    Args:
        max_columns: The most columns, however wide the grid.
        whole_words: Never a column narrower than an item's longest word.
        nested: Re-flow as above (its least width: one column's).
    """

    def __init__(
        self,
        max_columns: int = 3,
        parent: QWidget | None = None,
        *,
        whole_words: bool = False,
        nested: bool = False,
    ) -> None:
        super().__init__(parent)
        self.max_columns = max_columns
        self.nested = nested
        self.min_item_width = 460
        self.whole_words = whole_words
        self._items: list[QWidget] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        # Relative column widths when every item has its own column (default: equal).
        self.stretches: list[int] | None = None
        # Relative column widths for a given column count (wins over ``stretches``).
        self.stretches_for: dict[int, list[int]] = {}

    def set_items(self, items: Sequence[QWidget]) -> None:
        for item in self._items:  # items left out leave the grid (else laid out still)
            if item not in items:
                self._grid.removeWidget(item)
        self._items = list(items)
        self._relayout(force=True)

    def items(self) -> list[QWidget]:
        return list(self._items)

    def spacing(self) -> int:
        return self._grid.spacing()

    def set_spacing(self, gap: int, min_item_width: int) -> None:
        self._grid.setSpacing(gap)
        self.min_item_width = min_item_width
        self._relayout(force=True)

    def least_item_width(self) -> int:
        """The width no shown item may go under without cutting a word.

        A word-wrapping control's minimum size is its longest word (a Chinese
        text breaks between characters) with its icon and padding.
        """
        return max((item.minimumSizeHint().width() for item in self._shown()), default=0)

    def _shown(self) -> list[QWidget]:
        return [item for item in self._items if not item.isHidden()]

    def _least_widths(self) -> list[int]:
        """Each shown item's minimum width as its layout sees it (an item that is or
        holds a grid answers for one column)."""
        return [QWidgetItem(item).minimumSize().width() for item in self._shown()]

    def least_width(self) -> int:
        """The one-column least width: the widest shown item's minimum width."""
        return max(self._least_widths(), default=0)

    def columns_for(self, width: int) -> int:
        """As many columns as fit ``width``, none narrower than ``min_item_width``.

        Nested: at most one per shown item, each at least as wide as the least
        width of the items it would hold (their minimum sizes, as their layout sees
        them), and as few as give the same rows.
        """
        gap = self._grid.spacing()
        least = self.min_item_width
        if self.whole_words:
            least = max(least, self.least_item_width())
        fit = (width + gap) // (least + gap)
        if not self.nested:
            return max(1, min(self.max_columns, fit, len(self._items) or 1))
        leasts = self._least_widths()
        columns = max(1, min(self.max_columns, fit, len(leasts) or len(self._items) or 1))
        while columns > 1:
            widest = [max(leasts[column::columns], default=0) for column in range(columns)]
            if sum(widest) + gap * (columns - 1) <= width:
                break
            columns -= 1
        # As few columns as give the same rows: 3 + 2 terms, not 4 + 1 (wider buttons,
        # their words on fewer lines).
        rows = -(-len(leasts) // columns)
        while columns > 1 and -(-len(leasts) // (columns - 1)) == rows:
            columns -= 1
        return columns

    def minimumSizeHint(self) -> QSize:
        """Nested: the least width is the one-column least width: what the grid can become by
        re-flowing, not what its columns now need. An outer layout (a grid of columns,
        the pager) then decides on what this grid can do; asked for the columns it has
        now, its answer depended on the width it had before (ADR 0072)."""
        hint = super().minimumSizeHint()
        if not self.nested:
            return hint
        margins = self._grid.contentsMargins()
        return QSize(self.least_width() + margins.left() + margins.right(), hint.height())

    def fit_width(self, width: int) -> None:
        """Take the columns ``width`` allows now, before the layout resizes the grid.

        For a caller measuring the grid's height ahead of layout (a hidden grid
        still has its old width, so it would report its one-column height).
        """
        self._relayout(width=width)

    def _relayout(self, force: bool = False, width: int | None = None) -> None:
        columns = self.columns_for(self.width() if width is None else width)
        if columns == self._columns and not force:
            return
        self._columns = columns
        for item in self._items:
            self._grid.removeWidget(item)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, item in enumerate(self._items):
            self._grid.addWidget(item, index // columns, index % columns)
        shares = self.stretches_for.get(columns)
        if shares is None and self.stretches and len(self.stretches) == columns:
            shares = self.stretches
        for column in range(columns):
            self._grid.setColumnStretch(column, shares[column] if shares else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def event(self, event: QEvent) -> bool:
        # Nested: an item's least width changed (new words, a restyle): the columns
        # for this width are chosen again, not kept from before.
        if self.nested and event.type() == QEvent.Type.LayoutRequest:
            self._relayout()
        return super().event(event)
