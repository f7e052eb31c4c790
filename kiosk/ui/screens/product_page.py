"""What every product page shares: the product book, the page base and column fitting.

The pages (:mod:`product_explain`, :mod:`product_calculator`, :mod:`product_glossary`,
:mod:`product_compare`, :mod:`product_take_home`) import this module; the product
list and the factory that builds them all are in :mod:`products`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.content import products as content
from kiosk.content.catalog import Catalog
from kiosk.content.products import Outcome, Product
from kiosk.core import ids
from kiosk.look.theme import Metrics
from kiosk.ui.screens.base import Screen, ScreenContext, hint_shown, sentence
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import longest_unit_width

log = logging.getLogger(__name__)

PRODUCT_PREFIX = ids.product_screen("")  # "product."
# (shown values, spoken values) for a text's {placeholders}.
WordValues = tuple[Mapping[str, Any], Mapping[str, Any]]
KeySource = str | Callable[[], str]


@dataclass
class ProductBook:
    """What every product page reads: the products, the branch currency, settings.

    Args:
        products: Loaded and checked products, in display order.
        currency: The branch currency (``products.currency``).
        take_home_url: Template with ``{product}`` and ``{locale}``.
        drafts: The session's drafts (typed amounts live there, so the
            session wipe forgets them with everything else).
        protection: The deposit insurance limit (``bank.deposit_protection``).
    """

    products: Mapping[str, Product]
    currency: str
    take_home_url: str
    drafts: Callable[[], dict[str, Any]]
    protection: Decimal | None = None

    def values(self, outcome: Outcome, catalog: Catalog) -> WordValues:
        return content.word_values(outcome, catalog, self.currency, self.protection)

    def example_values(self, product_id: str, catalog: Catalog) -> WordValues:
        return self.values(content.example(self.products[product_id], self.currency), catalog)


@dataclass
class _Words:
    widget: QLabel | LabelButton
    key: KeySource
    values: Callable[[], WordValues] | None
    hint: KeySource | None
    when: Callable[[], bool] | None = None


def key_of(source: KeySource) -> str:
    """The catalogue key a :meth:`ProductPage.say` source names now."""
    return source() if callable(source) else source


class ProductPage(Screen):
    """Base of the pages serving ``product.<id>[.<page>]``.

    Words are registered with :meth:`say`: the key may depend on the product
    (a callable), and the values are shown and spoken in their own forms
    (``¥10,150`` on screen, "10,150 Chinese yuan" aloud).

    Signals:
        words_did_change(str): the screen's words changed without a new screen
            (a glossary word, a comparison, "say it more simply"): what to say now.
    """

    words_did_change = Signal(str)
    screen_prefix = PRODUCT_PREFIX
    page: str | None = None

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.product_id = next(iter(book.products))
        self.screen_id = ids.product_screen(self.product_id, self.page)
        self._words: list[_Words] = []
        self._go_pages: dict[LabelButton, str | None] = {}

    @property
    def product(self) -> Product:
        return self.book.products[self.product_id]

    def say(
        self,
        widget: QLabel | LabelButton,
        key: KeySource,
        values: Callable[[], WordValues] | None = None,
        hint: KeySource | None = None,
        when: Callable[[], bool] | None = None,
    ) -> None:
        """Give ``widget`` the words of ``key`` (evaluated at each retranslate).

        Args:
            values: (shown, spoken) values for the placeholders.
            hint: A button's second line; a source returning "" means none.
            when: Shown only while this is true (checked before the values are).
        """
        self._words.append(_Words(widget, key, values, hint, when))

    def name(self, product_id: str | None = None) -> str:
        """A product's name in the customer's language."""
        return self.catalog.text(f"product.{product_id or self.product_id}.name")

    @property
    def catalog(self) -> Catalog:
        if self.context is None:
            raise RuntimeError("the screen has no words before its first retranslate")
        return self.context.catalog

    # -- the family of ids ----------------------------------------------------------
    def show_id(self, screen_id: str) -> None:
        product = screen_id.removeprefix(PRODUCT_PREFIX).split(".")[0]
        if product not in self.book.products:
            # Only a bug or an unknown spoken product gets here; show a real page.
            log.error("no product %r in %r; showing the first product", product, screen_id)
            product = next(iter(self.book.products))
        changed = product != self.product_id
        self.product_id = product
        self._point_go_buttons()
        if changed:
            self.product_did_change()
        super().show_id(ids.product_screen(product, self.page))

    def product_did_change(self) -> None:
        """Hook: a different product is shown (reset per-product state)."""

    def tour_ids(self) -> list[str]:
        return [ids.product_screen(p, self.page) for p in self.book.products]

    def stage_for_tour(self, screen_id: str) -> None:
        self.show_id(screen_id)

    # -- words ----------------------------------------------------------------------
    def after_retranslate(self, context: ScreenContext) -> None:
        c = context.catalog
        for w in self._words:
            if w.when is not None:
                w.widget.setVisible(w.when())
                if w.widget.isHidden():
                    continue
            shown = w.values()[0] if w.values else {}
            text = c.text(key_of(w.key), **shown)
            if isinstance(w.widget, LabelButton):
                hint = key_of(w.hint) if w.hint else ""
                w.widget.set_words(text, c.text(hint, **shown) if hint else "")
            else:
                w.widget.setText(text)
        self.after_words(context)

    def after_words(self, context: ScreenContext) -> None:
        """Hook for words that are not :meth:`say` registrations."""

    def spoken_text(self) -> str:
        """The words shown, in order, said with spoken forms of the numbers."""
        if self.context is None:
            return ""
        c = self.context.catalog
        parts = []
        for w in self._words:
            if not w.widget.isVisibleTo(self) or not self.on_this_page(w.widget):
                continue
            spoken = w.values()[1] if w.values else {}
            parts.append(c.spoken(key_of(w.key), **spoken))
            hint = key_of(w.hint) if w.hint else ""
            if hint and hint_shown(w.widget):
                parts.append(c.spoken(hint, **spoken))
        parts += self.page_words()
        return " ".join(sentence(p) for p in parts if p)

    def refresh(self, announce: bool = False) -> None:
        """Re-fill the words after a change on the page; optionally say them."""
        if self.context is not None:
            self.retranslate(self.context)
            if announce:
                self.words_did_change.emit(self.spoken_text())

    def go_button(
        self, page: str | None, icon: str, key: KeySource, hint: KeySource, *, beside: bool = False
    ) -> LabelButton:
        """A button that opens ``page`` of whichever product this page shows.

        ``beside`` puts the icon left of the words (a lower button, as task tiles).
        """
        look: dict[str, Any] = (
            {"horizontal": True, "align": Qt.AlignmentFlag.AlignLeft} if beside else {}
        )
        button = self.button("go", ids.product_screen(self.product_id, page), **look)
        self._go_pages[button] = page
        button.set_icon(icon)
        self.say(button, key, hint=hint)
        return button

    def settle_layouts(self) -> None:
        """Lay the page out now, outer layouts first, after a compactor moved things.

        An inner grid takes its new columns only once laid out; until then the
        pager would measure the old arrangement's height.
        """
        content = self.pager.content()
        if content is None:
            return
        for widget in [content, *content.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()

    def first_page_room(self) -> int:
        """How tall the first page can be when the page is split (the page row below).

        Measured as the pager measures its row (its height for the pager's width):
        the hidden row's size hint counts its buttons before their words (26 px
        more at 150 %), and the page would then seem shorter than it is.
        """
        bar = self.pager.bar
        row = bar.sizeHint().height()
        layout = bar.layout()
        if layout is not None and layout.hasHeightForWidth():
            row = layout.totalHeightForWidth(self.pager.width())
        return self.pager.height() - row

    def off_first_page(self, widgets: list[LabelButton]) -> int:
        """How many of ``widgets`` (the visible ones) would end below the first page."""
        content = self.pager.content()
        if content is None:
            return 0
        self.settle_layouts()
        room = self.first_page_room()
        shown = [w for w in widgets if not w.isHidden()]
        return sum(w.mapTo(content, QPoint(0, 0)).y() + w.height() > room for w in shown)

    def on_first_page(self, widgets: list[LabelButton]) -> bool:
        """Would all of ``widgets`` (the visible ones) end above the first page's edge?"""
        return self.off_first_page(widgets) == 0

    def fits_one_page(self) -> bool:
        """Does the whole page fit the area now, without pages? (measured, not guessed)

        For a compactor that only helps when everything then fits: a narrower
        arrangement that still needs pages is worse than the wide one.
        """
        content = self.pager.content()
        if content is None or self.pager.height() <= 0:
            return False
        self.settle_layouts()
        width = self.pager.scroll_area.viewport().width()
        needed = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        return 0 < needed <= self.pager.height()

    def _point_go_buttons(self) -> None:
        for button, page in self._go_pages.items():
            button.setProperty("kiosk_argument", ids.product_screen(self.product_id, page))


def fit_columns(
    grid: ResponsiveGrid,
    buttons: list[LabelButton],
    m: Metrics,
    floor: int,
    icon: bool = False,
    gap: int | None = None,
    hints: bool = False,
) -> None:
    """Make ``grid``'s columns at least as wide as the longest word on its buttons.

    A long word (German-length in the pseudo-locale, "Contribution" at 200 %)
    then moves the grid to fewer columns instead of being cut. Only the
    calculator's terms still use it; the other product screens build their
    grids with ``ResponsiveGrid(whole_words=True)``, which keeps the same rule
    from the buttons' own minimum sizes (ADR 0041).

    Args:
        gap: Space between the buttons (default: the screen's gap).
        hints: Count the buttons' second lines too ("선택됨", Chosen, under "2년").
    """
    widest = 0
    for button in buttons:
        if not button.isHidden():
            for line in (button.title, button.hint) if hints else (button.title,):
                if line.text():
                    line.ensurePolished()
                    widest = max(widest, longest_unit_width(line))
    extra = 2 * m.pad + 8 + ((m.label + m.pad + m.pad // 2) if icon else 0)
    grid.set_spacing(m.gap if gap is None else gap, max(floor, widest + extra))
