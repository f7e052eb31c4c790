"""Product explanations: the product list, and the pages of each product.

Page types (each one Screen widget serving six ids, DESIGN.md's
``product.<product>[.<page>]``):

* ``products`` — :class:`ProductsScreen`, the six products as tiles;
* ``product.<id>`` — the explanation (:mod:`product_explain`);
* ``product.<id>.calculator`` / ``.glossary`` / ``.compare`` / ``.take_home``
  (:mod:`product_calculator`, :mod:`product_glossary`, :mod:`product_compare`,
  :mod:`product_take_home`); what they share is in :mod:`product_page`.

Navigation is the controller's ``go`` action with the screen id as argument.
Words come from ``locales/<lang>/products.toml``; numbers from
``assets/products/`` through :mod:`kiosk.content.products`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import QWidget

from kiosk.content import products as content
from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.look.theme import BASE_METRICS, MIN_GAP_PX, MIN_TARGET_PX, Metrics, Palette
from kiosk.paths import assets_dir
from kiosk.services.session_controller import SessionController
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.fit_steps import set_tight
from kiosk.ui.screens.product_calculator import ProductCalculatorScreen, calculator_context
from kiosk.ui.screens.product_compare import ProductCompareScreen
from kiosk.ui.screens.product_explain import ProductScreen
from kiosk.ui.screens.product_glossary import ProductGlossaryScreen
from kiosk.ui.screens.product_page import ProductBook
from kiosk.ui.screens.product_take_home import ProductTakeHomeScreen
from kiosk.ui.widgets.label_button import LabelButton, line_width
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

# The product list's graded steps on a short window (each includes the ones before).
LOW, SHORT, PLAIN = 1, 2, 3


class ProductsScreen(Screen):
    """The six products as tiles: icon, name and a one-line hint."""

    screen_id = ids.PRODUCTS

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        subtitle = text_label("body")
        self.bind(title, "products.title")
        self.bind(subtitle, "products.subtitle")
        self._heads = self._bindings[-2:]  # their words, usual or short (the "short" step)
        self.layout_.addWidget(title)
        self.layout_.addWidget(subtitle)
        self.grid = ResponsiveGrid(max_columns=3, whole_words=True)
        self.tiles: dict[str, LabelButton] = {}
        self._icons = [product.icon for product in book.products.values()]
        for product in book.products.values():
            key = f"product.{product.id}"
            target = ids.product_screen(product.id)
            tile = self.tile("go", target, product.icon, f"{key}.name", f"{key}.hint")
            self.tiles[product.id] = tile
        self.grid.set_items(list(self.tiles.values()))
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)
        self._metrics: Metrics | None = None
        self._tight = False
        # Least harmful first: the tiles closer together (never under 16 px apart),
        # then without their second line (not said either).
        self.pager.compactors.append(self._set_tight)
        self.compact_tiles(list(self.tiles.values()))
        # Last, and each only where it puts the whole list on one screen (150 % on
        # a short, wide window): LOW, three tiles a row, each as low as its words;
        # SHORT, also the title and the line under it in their shorter words;
        # PLAIN, also the tiles without their pictures, each as wide as its name on
        # one line. A later step includes the earlier ones.
        self._step = 0
        for step in (LOW, SHORT, PLAIN):
            self.pager.compactors.append(partial(self._set_step, step))

    @property
    def _low(self) -> bool:
        return self._step >= LOW

    def _set_tight(self, on: bool) -> None:
        self._tight = on
        self._fit()

    def _set_step(self, step: int, on: bool) -> None:
        # Only for enlarged text: at 100 % the usual tiles fit every screen (and a
        # list prepared while hidden measured short of that once, in high contrast).
        m = self._metrics
        kept = min(self._step, step - 1)
        self._put_step(kept)
        if on and m is not None and m.label > BASE_METRICS.label:
            self._put_step(step)
            if not self._fits():
                self._put_step(kept)

    def _put_step(self, step: int) -> None:
        self._step = step
        short = step >= SHORT
        for binding in self._heads:
            binding.key = binding.key.removesuffix("_short") + ("_short" if short else "")
            if self.context is not None:
                binding.widget.setText(self.context.catalog.text(binding.key))
        for tile, product in zip(self.tiles.values(), self._icons, strict=True):
            tile.set_icon("" if step >= PLAIN else product)
        self._fit()

    def _fits(self) -> bool:
        """Does the whole list fit the area without pages (measured now)?"""
        content = self.pager.content()
        if content is None:
            return False
        widgets = [content, *content.findChildren(QWidget)]
        for widget in widgets:  # a hidden grid takes its columns only when told its width
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        self.grid.fit_width(self.grid.width())
        for widget in widgets:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        width = self.pager.scroll_area.viewport().width()
        return 0 < content.heightForWidth(width) <= self.pager.height()

    def _fit(self) -> None:
        m = self._metrics
        if m is None:
            return
        gap = max(MIN_GAP_PX, round(m.gap * 2 / 3)) if self._tight else None
        gap = MIN_GAP_PX if self._low else gap
        # Wide enough for a product's name on two lines, and for its longest word
        # (three columns fit a wide screen at 150 %, so all six are in view).
        tiles = list(self.tiles.values())
        floor = round(m.label * (7 if self._low else 10))
        if self._step >= PLAIN:  # each name on one line
            floor = max(line_width(t.title) + 2 * m.pad for t in tiles)
        self.grid.set_spacing(m.gap if gap is None else gap, floor)  # and whole words
        set_tight(tiles, self._low, m.pad)
        for tile in tiles:  # explicit: it outlives a restyle
            tile.setMinimumHeight(MIN_TARGET_PX if self._low else m.target)
        self.layout_.setSpacing(gap or round(m.gap * 3 / 4))

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._fit()


def product_screens(controller: SessionController, catalogs: Mapping[str, Catalog]) -> list[Screen]:
    """Load and check the products (a broken file stops start-up) and build their pages.

    Also tells the staff's context card what the customer typed in a calculator.

    Raises:
        ContentError: naming the file, product and field that is wrong.
    """
    config = controller.config
    currency = config["products.currency"]
    loaded = content.load_products(assets_dir() / "products", currency)
    content.check_product_words(loaded, catalogs)
    drafts = lambda: controller.session.drafts  # noqa: E731 - the session may be replaced
    protection = Decimal(str(config["bank.deposit_protection"]).replace(",", "").strip())
    book = ProductBook(loaded, currency, config["products.take_home_url"], drafts, protection)
    controller.context_providers.append(
        lambda: calculator_context(controller.session.current, controller.session.drafts)
    )
    return [
        ProductsScreen(book),
        ProductScreen(book),
        ProductCalculatorScreen(book),
        ProductGlossaryScreen(book),
        ProductCompareScreen(book),
        ProductTakeHomeScreen(book),
    ]
