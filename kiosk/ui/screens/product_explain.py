"""``product.<id>``: one product explained in five plain sentences and a worked example."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.products import SECTIONS
from kiosk.look.icons import icon_pixmap
from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX, Metrics, Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.screens.fit_steps import set_tight
from kiosk.ui.screens.product_page import (
    ProductBook,
    ProductPage,
    WordValues,
    key_of,
)
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.notice import notice_label
from kiosk.ui.widgets.paged_area import KEEP_TOGETHER
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class Card(QFrame):
    """A framed box: an optional icon, a bold caption and words under it.

    ``strong`` draws a thicker frame (what can go wrong): a shape, not a colour.
    """

    def __init__(self, icon: str = "", strong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductCard")
        self.setProperty(KEEP_TOGETHER, True)  # a page ends above a card, not inside its frame
        self.icon_name, self.strong = icon, strong
        self.icon = QLabel()
        self.icon.setProperty("kiosk_kind", "image")
        self.icon.setVisible(bool(icon))
        self.caption = text_label("label")
        self.text = text_label("body")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.caption, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.text)
        self._layout.addStretch(1)

    def insert(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` among the card's rows (caption row, words …)."""
        self._layout.insertWidget(index, widget)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        width = palette.border_width * (3 if self.strong else 1)
        self.setStyleSheet(
            f"QFrame#ProductCard {{ background: {palette.surface};"
            f" border: {width}px solid {palette.text if self.strong else palette.border};"
            f" border-radius: {m.radius}px; }}"
        )
        self._layout.setContentsMargins(m.pad, m.pad, m.pad, m.pad)
        self._layout.setSpacing(m.pad // 2)
        if self.icon_name:
            side = m.label + m.pad // 2
            self.icon.setPixmap(
                icon_pixmap(self.icon_name, palette.text, side, self.devicePixelRatioF())
            )
            self.icon.setFixedSize(side, side)


class ProductScreen(ProductPage):
    """What it is, who it suits, what you get, what it costs, what can go wrong, an example.

    "Say it more simply" swaps every sentence for its shorter version (and back).
    """

    page = None

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.simple = False
        heading = self._build_heading()
        self._build_cards()
        self._action_buttons = self._build_actions()
        self.action_grid = ResponsiveGrid(max_columns=3, whole_words=True)
        self.action_grid.set_items(self._action_buttons)
        # The five ways on come right under the name, so they are in view on the
        # first page; the explanation under them turns pages when it is longer
        # than the screen (older customers rarely scroll). Tight: no second lines.
        # The name and the warning line: one under the other, or side by side
        # where that keeps the ways on on the first page (a short window).
        self.top = QWidget()
        self.top_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.top)
        self.top_layout.setContentsMargins(0, 0, 0, 0)
        self.top_layout.addWidget(heading)
        self.top_layout.addWidget(self.warning, 1)
        for widget in (self.top, self.action_grid, self.sections):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.compact_tiles(self._action_buttons)
        self._palette: Palette | None = None
        self._metrics: Metrics | None = None
        self._tight = False
        self._low = False
        self.short = False
        self._close = False
        self.pager.compactors.append(self._set_tight)
        self.pager.compactors.append(self._set_low)
        self.pager.compactors.append(self._set_short)
        self.pager.compactors.append(self._set_simpler_up)
        self.pager.compactors.append(self._set_beside)
        self.pager.compactors.append(self._set_close)

    def _set_tight(self, on: bool) -> None:
        """Where the page must be split: the ways on with a quarter of the air above
        and below their words, 16 px apart, so both rows stay on the first page of
        a 1366×768 window (the words and targets keep their size)."""
        self._tight = on
        self._paint_icon()
        self._fit_air()

    def _set_low(self, on: bool) -> None:
        """The ways on only as tall as their words (never under 96 px) and 16 px
        apart, only where some would otherwise be below the first page (150 % on a
        1366×768 window); elsewhere they keep their size."""
        self._put_low(False)
        if on and self.off_first_page(self._action_buttons):
            self._put_low(True)

    def _put_low(self, low: bool) -> None:
        self._low = low
        if self._metrics is not None:
            set_tight(self._action_buttons, low, self._metrics.pad // 2)
            self._paint_icon()
            self._fit_air()
        self.settle_layouts()

    def _set_short(self, on: bool) -> None:
        """The ways on in their shorter words ("What would I pay?" for "How much would
        I pay?") and with half the air at their sides, one line each: only where that
        brings more of them onto the first page (English at 150 % on a 1366×768
        window); words that are already short change nothing, so the step stays off."""
        self._put_short(False)
        ways = self._action_buttons
        if on and self.off_first_page(ways):
            bottom = self._ways_bottom()
            self._put_short(True)
            if self._ways_bottom() >= bottom:  # no line saved: the usual words
                self._put_short(False)

    def _ways_bottom(self) -> int:
        """Where the lowest way on ends (content coordinates), laid out now."""
        content = self.pager.content()
        if content is None:
            return 0
        self.settle_layouts()
        shown = [w for w in self._action_buttons if not w.isHidden()]
        return max((w.mapTo(content, QPoint(0, 0)).y() + w.height() for w in shown), default=0)

    def _put_short(self, short: bool) -> None:
        if short == self.short:
            return
        self.short = short
        if self.context is not None:
            self.retranslate_ways(self.context)
        self._paint_icon()
        self._fit_air()
        self.settle_layouts()

    def retranslate_ways(self, context: ScreenContext) -> None:
        """Give the ways on their words again (short or usual), nothing else."""
        ways = {id(b) for b in self._action_buttons}
        c = context.catalog
        for w in self._words:
            button = w.widget
            if id(button) in ways and isinstance(button, LabelButton):
                hint = key_of(w.hint) if w.hint else ""
                shown = not button.hint.isHidden()  # a compactor may have hidden it
                button.set_words(c.text(key_of(w.key)), c.text(hint) if hint else "")
                button.hint.setVisible(shown and bool(hint))

    def _way_key(self, key: str) -> Callable[[], str]:
        """A way's words: ``key``, or its shorter ``key_short`` while the step is on."""
        return lambda: self._short_key(key)

    def _short_key(self, key: str) -> str:
        return f"{key}_short" if self.short else key

    def _set_simpler_up(self, on: bool) -> None:
        """ "Say it more simply" beside the product's name (it changes the whole page),
        one row of ways fewer, only where that brings the ways onto the first page."""
        self._put_simpler_up(False)
        ways = self._action_buttons
        off = self.off_first_page(ways)
        if on and off:
            self._put_simpler_up(True)
            if self._name_wraps():  # a long name: its picture gives way to the button
                self.icon.hide()
                self.settle_layouts()
            if self.off_first_page(ways) >= off or self._name_wraps():  # no help: as before
                self._put_simpler_up(False)

    def _set_close(self, on: bool) -> None:
        """The warning line half the usual gap from the name and from the ways (it is
        no button; the buttons keep 16 px between them), only where that brings the
        last ways onto the first page (a two-line warning on a 1366×768 window at
        150 %)."""
        self._place_warning(self._put_close, on)

    def _put_close(self, close: bool) -> None:
        self._close = close
        self._fit_air()
        self.settle_layouts()

    def _name_wraps(self) -> bool:
        """Is the product's name on more than one line (no room beside it)?"""
        self.title.ensurePolished()
        return self.title.height() > self.title.fontMetrics().lineSpacing() * 1.5

    def _put_simpler_up(self, up: bool) -> None:
        if up == (self.simpler.parentWidget() is self.heading):
            return
        ways = self._action_buttons
        for layout in (self.action_grid.layout(), self.heading_row):
            if layout is not None:
                layout.removeWidget(self.simpler)
        if up:
            self.heading_row.addWidget(self.simpler, 0, Qt.AlignmentFlag.AlignVCenter)
        self.action_grid.set_items(ways[:-1] if up else ways)
        self.simpler.show()
        self.icon.show()
        self._fit_air()  # a moved button is styled again (its tight minimum)
        self.settle_layouts()

    def _set_beside(self, on: bool) -> None:
        """The warning line beside the name, only where the ways on would otherwise
        not all be on the first page and it brings more of them onto it."""
        self._place_warning(self._put_beside, on)

    def _place_warning(self, put: Callable[[bool], None], on: bool) -> None:
        """``put`` the warning line's other place only where ways on are off the
        first page and it brings more of them onto it; otherwise the usual place."""
        put(False)
        ways = self._action_buttons
        off = self.off_first_page(ways)
        if on and not self.warning.isHidden() and off:
            put(True)
            if self.off_first_page(ways) >= off:  # no help
                put(False)

    def _put_beside(self, beside: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.top_layout.direction() != direction:
            self.top_layout.setDirection(direction)
        self.settle_layouts()

    def _fit_air(self) -> None:
        m = self._metrics
        if m is None:
            return
        tight = self._tight
        spacing = MIN_GAP_PX // 2 if self._close else MIN_GAP_PX if tight else round(m.gap * 3 / 4)
        self.layout_.setSpacing(spacing)
        self.top_layout.setSpacing(spacing)
        # Tight: the high-contrast theme's thicker frames (4 px) must fit too.
        top = m.gap // 3 if tight else m.gap
        self.layout_.setContentsMargins(m.margin, top, m.margin, m.gap)
        vertical = m.pad // 4 if tight else m.pad
        side = m.pad // 2 if self.short else m.pad  # room for a short question's line
        for button in self._action_buttons:
            layout = button.layout()
            if layout is not None:
                layout.setContentsMargins(side, vertical, side, vertical)
            # Low: below the style's tight minimum, to the words and DESIGN's 96 px;
            # else the style's own (set here too: an explicit minimum outlives a restyle).
            button.setMinimumHeight(MIN_TARGET_PX if self._low else m.target)
            button.updateGeometry()

    def _build_heading(self) -> QWidget:
        """The product's icon and name, in one row."""
        heading = self.heading = QWidget()
        row = self.heading_row = QHBoxLayout(heading)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.icon.setProperty("kiosk_kind", "image")
        self.title = text_label("heading")
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.title, 1)
        self.say(self.title, lambda: f"product.{self.product_id}.name")
        return heading

    def _build_cards(self) -> None:
        """The warning line and one card per section (what it is … an example)."""
        # Where money can be lost or a debt can grow, what can go wrong is said in
        # one short line under the name, above the ways on: read and heard first,
        # on the first page at every text size. The full card leads the sections.
        # A notice, not a control: a warning sign before the words and no outline
        # (a heading in a thick rounded frame looked like the buttons under it).
        # Bold, as big as before: under the product's name, above every way on.
        self.warning = notice_label(role="label")
        self.say(
            self.warning,
            lambda: f"product.{self.product_id}.simple.risk",
            values=self._example_values,
        )
        self.cards: dict[str, Card] = {}
        for section in (*SECTIONS, "example"):
            card = Card(icon="warning" if section == "risk" else "", strong=section == "risk")
            self.say(card.caption, f"products.section.{section}")
            self.say(card.text, self._sentence_key(section), values=self._example_values)
            self.cards[section] = card
        self.sections = ResponsiveGrid(max_columns=2)
        self.sections.set_items(list(self.cards.values()))
        self._order_sections()

    def _build_actions(self) -> list[LabelButton]:
        """The five ways on: calculator, glossary, compare, take home, simpler words."""
        self.calculator = self.go_button(
            "calculator", "calculator", self._calculator_key,
            "products.action.calculator_hint", beside=True,
        )  # fmt: skip
        self.glossary = self.go_button(
            "glossary", "glossary", self._way_key("products.action.glossary"),
            "products.action.glossary_hint", beside=True,
        )  # fmt: skip
        self.compare = self.go_button(
            "compare", "compare", self._way_key("products.action.compare"),
            "products.action.compare_hint", beside=True,
        )  # fmt: skip
        self.take_home = self.go_button(
            "take_home", "phone", self._way_key("products.action.take_home"),
            "products.action.take_home_hint", beside=True,
        )  # fmt: skip
        # Handled here, not by the controller: the same page in other words.
        self.simpler = LabelButton(
            "product_simpler", horizontal=True, align=Qt.AlignmentFlag.AlignLeft
        )
        self._buttons.append(self.simpler)
        self.simpler.set_icon("simpler")
        self.simpler.clicked.connect(lambda _=False: self.toggle_simple())
        self.say(
            self.simpler,
            lambda: self._short_key(
                "products.action.fuller" if self.simple else "products.action.simpler"
            ),
            hint=lambda: (
                "products.action.fuller_hint" if self.simple else "products.action.simpler_hint"
            ),
        )
        return [self.calculator, self.glossary, self.compare, self.take_home, self.simpler]

    def _sentence_key(self, section: str) -> Callable[[], str]:
        if section == "example":
            return lambda: f"product.{self.product_id}.example"
        return lambda: f"product.{self.product_id}.{'simple.' if self.simple else ''}{section}"

    def _calculator_key(self) -> str:
        pays = self.product.pays
        return self._short_key(
            "products.action.calculator_pay" if pays else "products.action.calculator_get"
        )

    def _example_values(self) -> WordValues:
        return self.book.example_values(self.product_id, self.catalog)

    def toggle_simple(self) -> None:
        """Shorter words, or the full ones again; the new words are said at once."""
        self.simple = not self.simple
        self._order_sections()
        self.refresh(announce=True)

    def product_did_change(self) -> None:
        # Each product starts in full words; the customer chooses simpler per product.
        self.simple = False
        self._order_sections()
        self._paint_icon()

    def _order_sections(self) -> None:
        """ "What can go wrong" first where money can be lost or a debt can grow,
        on screen and in what is said (the words are said in the order shown)."""
        order = (*self.product.sections, "example")
        warns = order[0] == "risk"
        self.warning.setHidden(not warns)
        # In simpler words the risk card would say the warning line again.
        risk = self.cards["risk"]
        repeat = warns and self.simple
        for widget in (risk, risk.caption, risk.text):
            widget.setHidden(repeat)
        self.sections.set_items([self.cards[s] for s in order if not (repeat and s == "risk")])
        labels = {id(w): s for s in order for w in (self.cards[s].caption, self.cards[s].text)}
        mine = [w for w in self._words if id(w.widget) in labels]
        start = next(i for i, w in enumerate(self._words) if id(w.widget) in labels)
        rest = [w for w in self._words if id(w.widget) not in labels]
        ordered = [w for s in order for w in mine if labels[id(w.widget)] == s]
        self._words = rest[:start] + ordered + rest[start:]

    def stage_for_tour(self, screen_id: str) -> None:
        super().stage_for_tour(screen_id)
        self.simple = False
        self.refresh()

    def after_words(self, context: ScreenContext) -> None:
        self._paint_icon()

    def _paint_icon(self) -> None:
        if self._metrics is None or self._palette is None:
            return
        # Words differ per language: the grid keeps whole words (whole_words).
        m = self._metrics
        gap = max(MIN_GAP_PX, round(m.gap * 2 / 3)) if self._tight else m.gap
        gap = MIN_GAP_PX if self._low else gap
        self.action_grid.set_spacing(gap, m.label * 9)
        side = self._metrics.heading + self._metrics.pad
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(icon_pixmap(self.product.icon, self._palette.text, side, ratio))
        self.icon.setFixedSize(side, side)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics, self._palette = m, palette
        for card in self.cards.values():
            card.apply_metrics(m, palette)
        # One line: less air above and below than a card, so the ways on stay in view
        # (set in _fit_air, with the ways on).
        self.sections.set_spacing(m.gap, round(m.body * 16))
        self._paint_icon()
        self._fit_air()
