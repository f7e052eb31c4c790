"""``product.<id>.glossary``: the product's words to tap; the meaning shown large."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content.products import MAX_GLOSSARY
from kiosk.look.theme import MIN_GAP_PX, MIN_TARGET_PX, Metrics, Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.screens.fit_steps import set_tight
from kiosk.ui.screens.product_explain import Card
from kiosk.ui.screens.product_page import ProductBook, ProductPage, fit_columns
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import longest_unit_width, text_label


class ProductGlossaryScreen(ProductPage):
    """Up to six words (interest, fee, APR …); touching one shows and says its meaning."""

    page = "glossary"

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.term = self.product.glossary[0]
        self._metrics: Metrics | None = None
        title = text_label("heading")
        hint = self.hint = text_label("body")
        self.say(title, "products.glossary_page.title")
        self.say(hint, "products.glossary_page.hint")
        self.grid = ResponsiveGrid(max_columns=3)
        self.term_buttons: list[LabelButton] = []
        for index in range(MAX_GLOSSARY):
            # Handled here: the same page, another meaning.
            button = LabelButton("product_glossary_word")
            button.clicked.connect(lambda _=False, i=index: self.choose(self._term(i)))
            self._buttons.append(button)
            self.term_buttons.append(button)
            self.say(button, partial(self._word_key, index), hint=partial(self._word_hint, index))
        self.grid.set_items(self.term_buttons)
        # The meaning: the word, then what it means in large type.
        self.meaning = Card(icon="glossary")
        self.meaning.text.setProperty("role", "heading")
        self.say(self.meaning.caption, lambda: f"products.glossary.{self.term}.word")
        self.say(self.meaning.text, lambda: f"products.glossary.{self.term}.meaning")
        # Words (title, hint, meaning) on the left; the words to touch under them, or
        # beside them on the right where that puts the whole page on one screen.
        self.words_column, self.choices_column = QVBoxLayout(), QVBoxLayout()
        for widget in (title, hint, self.grid, self.meaning):
            self.words_column.addWidget(widget)
        self.words_column.addStretch(1)
        self.choices_column.addStretch(1)
        self.columns = QHBoxLayout()
        self.columns.addLayout(self.words_column, 1)
        self.columns.addLayout(self.choices_column, 0)
        self.layout_.addLayout(self.columns)
        self.layout_.addStretch(1)
        self._tight = False
        self.beside = False
        self._low = False
        self.pager.compactors.append(self._set_tight)
        self.pager.compactors.append(self._set_beside)
        self.pager.compactors.append(self._set_low)

    def _set_tight(self, on: bool) -> None:
        """Where the page must be split (the meaning below): the words 16 px apart
        under a tighter title, so all six stay on page 1 of a 1366×768 window."""
        self._tight = on
        self._fit()

    def _set_beside(self, on: bool) -> None:
        """The words to touch in a column of their own, right of the meaning: only
        where the whole page then fits one screen (a short, wide window)."""
        self._put_beside(on)
        if on:
            self.settle_layouts()
            if not self.fits_one_page() or self._words_cut():
                self._put_beside(False)
        self.settle_layouts()

    def _set_low(self, on: bool) -> None:
        """The words to touch three a row, as low as their words (never under 96 px),
        right under the title ("Touch a word …" gives way: the meaning is on the next
        page then, and the words say what to do): only where some would otherwise be
        below the first page (150 % on a 1366×768 window)."""
        self._put_low(False)
        if on and self.off_first_page(self.term_buttons):
            self._put_low(True)

    def _put_low(self, low: bool) -> None:
        self._low = low
        self.hint.setHidden(low)
        self._fit()
        self.settle_layouts()

    def _words_cut(self) -> bool:
        """Whether a word to touch is wider than its button in the column (a narrow
        column at 200 %: "Contribution" in 232 px)."""
        pad = self._metrics.pad if self._metrics is not None else 0
        return any(
            longest_unit_width(b.title) + 2 * pad > b.width()
            for b in self.term_buttons
            if b.isVisible()
        )

    def _put_beside(self, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        if beside:
            self.words_column.removeWidget(self.grid)
            self.choices_column.insertWidget(0, self.grid)
        else:
            self.choices_column.removeWidget(self.grid)
            self.words_column.insertWidget(2, self.grid)
        self.columns.setStretch(0, 3 if beside else 1)
        self.columns.setStretch(1, 2 if beside else 0)
        self._fit()

    def _word_key(self, index: int) -> str:
        return f"products.glossary.{self._term(index) or self.term}.word"

    def _word_hint(self, index: int) -> str:
        return "products.calc.chosen" if self._term(index) == self.term else ""

    def _term(self, index: int) -> str:
        terms = self.product.glossary
        return terms[index] if index < len(terms) else ""

    def choose(self, term: str) -> None:
        """Show (and say) what ``term`` means."""
        if term in self.product.glossary:
            self.term = term
            self.refresh(announce=True)
            # With large text the meaning sits below the fold: bring it into view
            # once the new words have been laid out.
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.meaning, 0, 0))

    def product_did_change(self) -> None:
        self.term = self.product.glossary[0]

    def stage_for_tour(self, screen_id: str) -> None:
        super().stage_for_tour(screen_id)
        self.term = self.product.glossary[0]
        self.refresh()

    def after_words(self, context: ScreenContext) -> None:
        self._fit()
        for index, button in enumerate(self.term_buttons):
            term = self._term(index)
            button.setVisible(bool(term))
            variant = "selected" if term == self.term else ""
            if button.property("variant") != variant:
                button.setProperty("variant", variant)
                button.style().unpolish(button)
                button.style().polish(button)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.meaning.apply_metrics(m, palette)
        self._metrics = m
        self._fit()

    def _fit(self) -> None:
        m = self._metrics
        if m is None:
            return
        gap = MIN_GAP_PX if self._tight else None
        # Beside the meaning, a column holds two words a row (more rows, less width);
        # low, three a row (a long name on two lines).
        floor = round(m.label * (6 if self.beside else 7 if self._low else 8))
        fit_columns(self.grid, self.term_buttons, m, floor, gap=gap)
        set_tight(self.term_buttons, self._low, m.pad)
        for button in self.term_buttons:  # explicit: it outlives a restyle
            button.setMinimumHeight(MIN_TARGET_PX if self._low else m.target)
        spacing = MIN_GAP_PX if self._tight else round(m.gap * 3 / 4)
        self.layout_.setSpacing(spacing)
        self.words_column.setSpacing(spacing)
        self.columns.setSpacing(m.gap)
        top = MIN_GAP_PX if self._tight else m.gap
        self.layout_.setContentsMargins(m.margin, top, m.margin, m.gap)
