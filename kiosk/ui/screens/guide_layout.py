"""A picture guide's step on a wide screen: the picture beside its words and buttons.

Stacked (picture, words, Next, "Show me again" / "I'm stuck"), a landscape
screen leaves the picture a strip between the heading and the buttons, and a
laptop's 768 px leave none. Side by side, the picture gets the screen's full
height. The same widgets move between the two places, so their words, their
speech and their actions stay one thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.look.theme import MIN_GAP_PX
from kiosk.ui.widgets.geometry import set_style_property, shown_as_before
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid

# The words' and buttons' part of the width, in percent, tried in turn: half,
# then more where longer words (or a bigger text size) need the room, down to a
# phone alone beside the words. Stacked on a landscape screen, the picture gets
# only the strip the words leave (a magnified spot some 80 px tall): a phone in
# a fifth of the width shows the customer more (Korean at 150 %, 1920×1080).
SIDE_SHARES = (50, 60, 70, 75, 80)


class GuideLayout:
    """Moves a guide step's widgets between the page's flow and a two-column area.

    Args:
        flow: The page's vertical layout holding ``order``.
        order: Every widget of the flow, top to bottom (to put them back in place).
        picture: The guide's picture (the left column).
        side: The words and buttons, top to bottom (the right column).
    """

    def __init__(
        self,
        flow: QVBoxLayout,
        order: Sequence[QWidget],
        picture: QWidget,
        side: Sequence[QWidget],
    ) -> None:
        self.flow = flow
        self.order = list(order)
        self.picture = picture
        self.side = list(side)
        self.area = QWidget()
        self.area.hide()
        columns = QHBoxLayout(self.area)
        columns.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self.side_box = QWidget()
        self._side_layout = QVBoxLayout(self.side_box)
        self._side_layout.setContentsMargins(0, 0, 0, 0)
        self._side_layout.addStretch(1)
        columns.addWidget(self.side_box, SIDE_SHARES[0])
        flow.insertWidget(0, self.area)
        self.wide = False
        self.tight = False  # see set_tight()
        self._gap = 0
        self.pairing: ButtonPairing | None = None  # see ButtonPairing

    def set_gap(self, gap: int) -> None:
        """The usual ``gap`` between the words and buttons (twice it before the picture)."""
        self._gap = gap
        self._space()

    def set_tight(self, tight: bool) -> None:
        """On a page made shorter: DESIGN's least gap between the words and buttons."""
        self.tight = tight
        self._space()

    def _space(self) -> None:
        gap = min(self._gap, MIN_GAP_PX) if self.tight else self._gap
        self._columns.setSpacing(gap * 2)
        self._side_layout.setSpacing(gap)

    def arrange(self, width: int, high: int, landscape: bool, shown: Sequence[QWidget]) -> int:
        """Side by side if ``shown`` fits a side column ``high`` tall; else stacked.

        Args:
            width: The page's width for content.
            high: The screen's height for content (margins taken off).
            landscape: Whether the screen is wider than tall (portrait stacks).
            shown: The words and buttons this step shows, top to bottom.

        Returns:
            The width left for the picture beside them, or 0 when stacked.
        """
        if self.pairing is not None:
            self.pairing.set_paired(False)
        gap = self._columns.spacing()
        for share in SIDE_SHARES if landscape else ():
            side_width = (width - gap) * share // 100
            if self.side_height(side_width, shown) <= high:
                self._columns.setStretch(0, 100 - share)
                self._columns.setStretch(1, share)
                self.set_wide(True)
                return width - gap - side_width
        self.set_wide(False)
        return 0

    def side_height(self, width: int, shown: Sequence[QWidget]) -> int:
        """How tall ``shown`` (of the words and buttons) stand in a side column ``width`` wide."""
        total = self._side_layout.spacing() * max(0, len(shown) - 1)
        for widget in shown:
            if isinstance(widget, ResponsiveGrid):  # in the columns it would take there
                items = [w for w in widget.items() if not w.isHidden()]
                columns = widget.columns_for(width)
                each = (width - widget.spacing() * (columns - 1)) // columns
                rows = [items[i : i + columns] for i in range(0, len(items), columns)]
                total += sum(max(height_at(w, each) for w in row) for row in rows)
                total += widget.spacing() * max(0, len(rows) - 1)
            else:
                total += height_at(widget, width)
        return total

    def set_wide(self, wide: bool) -> None:
        """Side by side (True) or back in the page's flow, each where it was."""
        if wide == self.wide:
            return
        self.wide = wide
        moving = [self.picture, *self.side]
        with shown_as_before(moving):
            for widget in moving:
                (self.flow if wide else self._owner(widget)).removeWidget(widget)
            if wide:
                self._columns.insertWidget(0, self.picture, 100 - SIDE_SHARES[0])
                for index, widget in enumerate(self.side):
                    self._side_layout.insertWidget(index, widget)
            else:
                for widget in moving:
                    self.flow.insertWidget(self._flow_index(widget), widget)
        self.area.setVisible(wide)

    def _owner(self, widget: QWidget) -> QHBoxLayout | QVBoxLayout:
        return self._columns if widget is self.picture else self._side_layout

    def _flow_index(self, widget: QWidget) -> int:
        """Just after the nearest widget above it that is in the flow now."""
        before = self.order[: self.order.index(widget)]
        placed = [self.flow.indexOf(w) for w in before if self.flow.indexOf(w) >= 0]
        return max(placed, default=-1) + 1


def height_at(widget: QWidget, width: int) -> int:
    """How tall ``widget`` stands ``width`` wide (its words wrapped)."""
    widget.ensurePolished()
    if widget.hasHeightForWidth():
        return max(widget.heightForWidth(width), widget.minimumHeight())
    return widget.sizeHint().height()


class ButtonPairing:
    """Next beside "Show me again", and "I'm stuck — call staff" alone below them.

    Stacked, a guide's three buttons take three rows on a short page: Next, then
    "Show me again" beside "I'm stuck", whose longer words wrap in half the
    width. Paired, they take two rows of one line each, and "I'm stuck" keeps
    the full width and its full height (it is the customer's way out).

    Args:
        flow: The page's vertical layout holding ``primary`` and ``row``.
        primary: The step's way on (Next).
        row: The guide's row of "Show me again" and "I'm stuck".
    """

    def __init__(self, flow: QVBoxLayout, primary: QWidget, row: ResponsiveGrid) -> None:
        self.flow, self.primary, self.row = flow, primary, row
        self.again, self.stuck = row.items()
        self.box = QWidget()
        self.box.hide()
        self._pair = QHBoxLayout(self.box)
        self._pair.setContentsMargins(0, 0, 0, 0)
        self.paired = False
        self.stuck_tight = False

    def set_spacing(self, gap: int) -> None:
        self._pair.setSpacing(gap)

    def set_paired(self, paired: bool) -> None:
        """Two rows (True) or the usual three, each button where it was."""
        if paired == self.paired:
            return
        self.paired = paired
        moving = (self.primary, self.again)
        with shown_as_before(moving):
            if paired:
                self.flow.insertWidget(self.flow.indexOf(self.primary), self.box)
                self.flow.removeWidget(self.primary)
                grid = self.row.layout()
                if grid is not None:  # out of the grid before it lays out its one item
                    grid.removeWidget(self.again)
                self.row.set_items([self.stuck])
                for widget in moving:
                    self._pair.addWidget(widget, 1)
            else:
                for widget in moving:
                    self._pair.removeWidget(widget)
                self.flow.insertWidget(self.flow.indexOf(self.box), self.primary)
                self.flow.removeWidget(self.box)
                self.row.set_items([self.again, self.stuck])
        self.box.setVisible(paired)
        # Beside Next, "Show me again" is as tall as Next (the style sheet's
        # ``tight`` lets it, never under the bar's target); "I'm stuck" keeps its own.
        _set_tight(self.again, paired)
        self.set_stuck_tight(self.stuck_tight and paired)

    def set_stuck_tight(self, tight: bool) -> None:
        """Paired, and the page still too short: "I'm stuck" as tall as its one line
        (never under the bar's target, the size of the bar's own Call staff)."""
        self.stuck_tight = tight and self.paired
        _set_tight(self.stuck, self.stuck_tight)


def _set_tight(button: QWidget, tight: bool) -> None:
    set_style_property(button, "tight", tight)
