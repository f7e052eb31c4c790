"""``product.<id>.compare``: pick another product, then see both side by side.

One thing at a time: first up to five products to choose from; then the two
products' "what it is", "what you get" and "what can go wrong" in two
columns, rows lined up (stacked, one product after the other, when narrow).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.content.products import compare_choices
from kiosk.look.icons import icon_pixmap
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.screens.product_explain import Card
from kiosk.ui.screens.product_page import ProductBook, ProductPage, WordValues
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

# What can go wrong first: a comparison is where a risk is easiest to miss.
ROWS = ("risk", "what", "get")


def _product_key(product: Callable[[], str], part: str) -> str:
    """The key of a product's words, for whichever product a side shows now."""
    return f"product.{product()}.{part}"


class _Side:
    """One product's column: an icon and name, then a card per row."""

    def __init__(self) -> None:
        self.head = QWidget()
        row = QHBoxLayout(self.head)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setProperty("kiosk_kind", "image")
        self.name = text_label("label")
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.name, 1)
        self.cards = {
            r: Card(icon="warning" if r == "risk" else "", strong=r == "risk") for r in ROWS
        }


class CompareTable(QWidget):
    """Two sides in a grid: side by side when wide, one after the other when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sides = (_Side(), _Side())
        self.min_column_width = 480
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._wide: bool | None = None

    def set_spacing(self, gap: int, min_column_width: int) -> None:
        self._grid.setSpacing(gap)
        self.min_column_width = min_column_width
        self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        wide = self.width() >= 2 * self.min_column_width + self._grid.spacing()
        if wide == self._wide and not force:
            return
        self._wide = wide
        widgets = [w for side in self.sides for w in (side.head, *side.cards.values())]
        for widget in widgets:
            self._grid.removeWidget(widget)
        for column in range(2):
            self._grid.setColumnStretch(column, 0)
        for index, side in enumerate(self.sides):
            for offset, widget in enumerate((side.head, *side.cards.values())):
                if wide:
                    self._grid.addWidget(widget, offset, index)
                else:
                    self._grid.addWidget(widget, index * (len(ROWS) + 1) + offset, 0)
        for column in range(2 if wide else 1):
            self._grid.setColumnStretch(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()


class ProductCompareScreen(ProductPage):
    """Choose a second product (at most five choices); then both, row by row."""

    page = "compare"

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.other: str | None = None
        self.title = text_label("heading")
        self.say(
            self.title,
            lambda: "products.compare.both" if self.other else "products.compare.title",
            self._names,
        )
        self.hint = text_label("body")
        self.say(self.hint, "products.compare.hint", self._names)
        self.choices = ResponsiveGrid(max_columns=2, whole_words=True)
        self.choice_buttons: list[LabelButton] = []
        for index in range(len(book.products) - 1):
            # Handled here: the same page, now with two products.
            button = LabelButton(
                "product_compare_with",
                kind="tile",
                horizontal=True,
                align=Qt.AlignmentFlag.AlignLeft,
            )
            button.clicked.connect(lambda _=False, i=index: self.compare_with(self._choice(i)))
            self._buttons.append(button)
            self.choice_buttons.append(button)
            self.say(button, partial(self._choice_key, index))
        self.choices.set_items(self.choice_buttons)
        self.table = CompareTable()
        ids_ = (lambda: self.product_id, lambda: self.other or self.product_id)
        for side, product in zip(self.table.sides, ids_, strict=True):
            self.say(side.name, partial(_product_key, product, "name"))
            for row, card in side.cards.items():
                self.say(card.caption, f"products.section.{row}")
                values = partial(self._example_values, product)
                self.say(card.text, partial(_product_key, product, row), values)
        self.again = LabelButton("product_compare_again")
        self._buttons.append(self.again)
        self.again.clicked.connect(lambda _=False: self.compare_with(None))
        self.again.set_icon("compare")
        self.say(self.again, "products.compare.again")
        # "Compare with a different one" right under the heading: in view on the first
        # page; the two columns under it turn pages when they are longer than the screen.
        # The heading and "compare with a different one": one under the other, or
        # side by side where the button would otherwise fall off the first page.
        head = QWidget()
        self.head_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, head)
        self.head_layout.setContentsMargins(0, 0, 0, 0)
        self.head_layout.addWidget(self.title, 1)
        self.head_layout.addWidget(self.again, 0)
        for widget in (head, self.hint, self.choices, self.table):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self._look: tuple[Metrics, Palette] | None = None
        self.pager.compactors.append(self._set_beside)

    def _set_beside(self, on: bool) -> None:
        """The button right of the heading, only when that brings it onto page 1."""
        self._put_beside(False)
        if on and not self.again.isHidden() and not self.on_first_page([self.again]):
            self._put_beside(True)
            if not self.on_first_page([self.again]):  # 200 %: pages it is, whole
                self._put_beside(False)

    def _put_beside(self, beside: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.head_layout.direction() != direction:
            self.head_layout.setDirection(direction)
        self.settle_layouts()

    def _choice_key(self, index: int) -> str:
        return f"product.{self._choice(index)}.name"

    def _example_values(self, product: Callable[[], str]) -> WordValues:
        return self.book.example_values(product(), self.catalog)

    def _choice(self, index: int) -> str:
        return compare_choices(self.book.products, self.product_id)[index]

    def _names(self) -> tuple[dict[str, str], dict[str, str]]:
        names = {"product": self.name(), "other": self.name(self.other) if self.other else ""}
        return names, names

    def compare_with(self, other: str | None) -> None:
        """Show ``other`` beside this product (None: choose again)."""
        self.other = other if other in self.book.products and other != self.product_id else None
        self.refresh(announce=True)
        self.on_enter()  # back to the top, where the new heading is

    def product_did_change(self) -> None:
        self.other = None

    def stage_for_tour(self, screen_id: str) -> None:
        super().stage_for_tour(screen_id)
        self.compare_with(self._choice(0))

    def after_words(self, context: ScreenContext) -> None:
        picked = self.other is not None
        self.hint.setVisible(not picked)
        self.choices.setVisible(not picked)
        self.table.setVisible(picked)
        self.again.setVisible(picked)
        self._paint_icons()

    def _paint_icons(self) -> None:
        if self._look is None:
            return
        m, palette = self._look
        # Names differ per product and language: the grid keeps whole words.
        self.choices.set_spacing(m.gap, round(m.label * 12))
        side_px = m.label + m.pad
        for side, product in zip(self.table.sides, (self.product_id, self.other), strict=True):
            icon = self.book.products[product or self.product_id].icon
            side.icon.setPixmap(icon_pixmap(icon, palette.text, side_px, self.devicePixelRatioF()))
            side.icon.setFixedSize(side_px, side_px)
        for index, button in enumerate(self.choice_buttons):
            button.set_icon(self.book.products[self._choice(index)].icon)
            button.apply_metrics(m.pad, m.pad // 2, m.label + m.pad, palette.text)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._look = (m, palette)
        for side in self.table.sides:
            for card in side.cards.values():
                card.apply_metrics(m, palette)
        self.table.set_spacing(m.gap, round(m.body * 16))
        self.head_layout.setSpacing(round(m.gap * 3 / 4))
        self._paint_icons()
