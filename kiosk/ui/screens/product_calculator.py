"""``product.<id>.calculator``: an amount on the big keypad, a term, the result at once.

The typed amount and chosen term live in the session's drafts (one entry per
product), so switching language keeps them and the session wipe forgets them.
The result is recomputed on every key; a problem is said in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.content import money
from kiosk.content.products import MAX_TERMS, Outcome, calculate, term_key
from kiosk.look.theme import BASE_METRICS, MIN_GAP_PX, Metrics, Palette, bar_metrics
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.screens.product_explain import Card
from kiosk.ui.screens.product_page import ProductBook, ProductPage, WordValues, fit_columns
from kiosk.ui.widgets.keypad import Keypad, apply_key
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

DRAFT_KEY = "product_calculator"


def calculator_context(current: str, drafts: Mapping[str, Any]) -> dict[str, Any]:
    """For the staff's context card: what was typed in the calculator on screen now."""
    parts = current.split(".")
    if len(parts) != 3 or parts[0] != "product" or parts[2] != "calculator":
        return {}
    entry = drafts.get(DRAFT_KEY, {}).get(parts[1])
    if not entry or not entry.get("amount"):
        return {}
    return {"typed": [f"{parts[1]}: {entry['amount']} / {entry['months']} months"]}


class ProductCalculatorScreen(ProductPage):
    """How much would I get (or pay)? Keypad and term choices on one side, the answer beside."""

    page = "calculator"

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.outcome: Outcome | None = None
        self.problem: money.MoneyError | None = None
        self._metrics: Metrics | None = None
        self.title = text_label("heading")
        self.say(self.title, self._title_key)
        self.product_name = text_label("label")
        self.say(self.product_name, lambda: f"product.{self.product_id}.name")
        self._build_amount()
        self._build_terms()
        self._build_result()
        self.columns = self._build_columns()
        self.layout_.addWidget(self.columns)
        self.layout_.addStretch(1)

        # Tight: the product's name (said on the page before) and the question over
        # the amount (the title asks it) give way to the choices, and the keys are
        # the least touch target (a short window: four rows beside the title).
        def compact(on: bool) -> None:
            self.product_name.setVisible(not on)
            self.question.setVisible(not on)
            self.keypad.set_short(on)
            self._fit_top()

        self.pager.compactors.append(compact)
        # Then three narrower columns, the answer beside the keypad: on a short, wide
        # window it would otherwise fall below the keypad, onto the next page.
        self._narrow = False
        self.pager.compactors.append(self._set_narrow)
        # Last: the typed amount at heading size (the title's), which on a short
        # window (1366×768) brings a second row of terms onto the first page.
        self._small_amount = False
        self.pager.compactors.append(self._set_small_amount)

    def _set_narrow(self, on: bool) -> None:
        """Three columns where two were: as little air as DESIGN.md allows between
        them and inside the answer card, so keypad, terms and answer share one page."""
        self._narrow = on
        self._fit_columns()
        self._fit_top()
        if on and not self.fits_one_page():
            # Still more than one page (long words, five terms): the wide columns
            # keep keypad and terms together on page 1, the answer under them.
            self._narrow = False
            self._fit_columns()
            self._fit_top()
        self.settle_layouts()

    def _set_small_amount(self, on: bool) -> None:
        """The typed amount at heading size, still the largest words beside the
        keys, and the words over the terms as close as DESIGN.md allows (16 px)."""
        if on != self._small_amount:  # a restyle or settled layout for nothing moves the grids
            self._small_amount = on
            self._fit_typed()
            self._fit_columns()

    def _fit_typed(self) -> None:
        m = self._metrics
        role = "heading" if self._small_amount else "display"
        if self.typed.property("role") != role:
            self.typed.setProperty("role", role)
            self.typed.style().unpolish(self.typed)
            self.typed.style().polish(self.typed)
        if m is not None:  # a little air under the amount, less when it is smaller
            self.typed.setMinimumHeight(
                round(getattr(m, role) * (1.2 if self._small_amount else 1.4))
            )

    def _fit_columns(self) -> None:
        m = self._metrics
        if m is None:
            return
        narrow = self._narrow
        gap = max(MIN_GAP_PX, round(m.gap * 2 / 3)) if narrow else m.gap
        for layout in self._column_layouts:  # the typed field is a control: keep it apart
            layout.setSpacing(MIN_GAP_PX if self._small_amount else gap)
        # Narrow: each column as wide as the keypad's keys need (about ten words' width).
        width = round(m.body * (10 if narrow else 14))
        self.columns.set_spacing(gap if narrow else m.gap * 2, width)
        air = m.pad // 2 if narrow else m.pad
        self.result._layout.setContentsMargins(air, air, air, air)
        self.result._layout.setSpacing(m.pad // 8 if narrow else m.pad // 2)
        # The answer's number at heading size in a narrow column (still the largest
        # words in the card); the typed amount keeps the display size.
        role = "heading" if narrow else "display"
        if self.number.property("role") != role:
            self.number.setProperty("role", role)
            self.number.style().unpolish(self.number)
            self.number.style().polish(self.number)

    def _fit_top(self) -> None:
        """Compacted: a third of the gap above the columns (the keypad's fourth row
        in the high-contrast theme's thicker frames on a 1366×768 window)."""
        m = self._metrics
        if m is not None:
            top = m.gap // 3 if self.keypad.short else m.gap
            # Narrow columns: as little air below as above (the fixed bar frames it).
            bottom = top if self._narrow else m.gap
            self.layout_.setContentsMargins(m.margin, top, m.margin, bottom)

    def _build_amount(self) -> None:
        """The question, what was typed (large), the prompt or problem, the keypad."""
        self.question = text_label("label")
        self.say(self.question, lambda: f"products.calc.amount.{self.product.kind}")
        self.typed = text_label("display")
        self.typed.setProperty("kiosk_kind", "input")
        self.say(self.typed, "products.calc.typed", values=self._typed_values)
        self.message = text_label("body")
        self.say(
            self.message,
            self._message_key,
            values=self._message_values,
            when=lambda: self.outcome is None,
        )
        self.keypad = Keypad(decimal=False, compact=True)
        self.keypad.key_was_pressed.connect(self.press)

    def _build_terms(self) -> None:
        """How long: one button per term the product offers (the rest hidden)."""
        self.term_question = text_label("label")
        self.say(self.term_question, lambda: f"products.calc.term.{self.product.kind}")
        # Short words ("5 years", "1年"): all terms on one row where it fits.
        self.terms = ResponsiveGrid(max_columns=MAX_TERMS)
        self.term_buttons: list[LabelButton] = []
        for index in range(MAX_TERMS):
            button = LabelButton("product_term")
            button.clicked.connect(lambda _=False, i=index: self.choose(self._term(i)))
            self._buttons.append(button)
            self.term_buttons.append(button)
            # partial, not a default-argument lambda: each button keeps its index, typed.
            self.say(
                button,
                partial(self._term_word, index),
                values=partial(self._term_values, index),
                hint=partial(self._term_hint, index),
            )
        self.terms.set_items(self.term_buttons)

    def _build_result(self) -> None:
        """The answer card: caption, the number, what it means, early exit, a note."""
        self.result = Card()
        self.number = text_label("display")
        self.result.insert(1, self.number)
        self.result.text.hide()  # the result has its own lines
        self.words = text_label("body")
        self.early = text_label("body")
        self.note = text_label("hint")
        for i, label in enumerate((self.words, self.early, self.note)):
            self.result.insert(3 + i, label)
        for label, line in ((self.result.caption, "caption"), (self.number, "number"),
                            (self.words, "words")):  # fmt: skip
            self.say(label, partial(self._result_key, line), self._result,
                     when=self._has_result)  # fmt: skip
        self.say(
            self.early,
            "products.result.term_deposit.early",
            self._result,
            when=lambda: self._has_result() and self.product.kind == "term_deposit",
        )
        self.say(self.note, "products.calc.note", when=self._has_result)

    def _build_columns(self) -> ResponsiveGrid:
        """Three columns where wide, so every choice is in view without scrolling:
        the question, what was typed and how long, the keypad, the answer (beside
        what was typed, in sight while typing). Stacked when narrow.

        The title heads the first column, not the page: the keypad's four rows
        then start at the top, beside it, and fit a short (1366×768) window.
        """
        left, middle, right = QWidget(), QWidget(), QWidget()
        self._column_layouts: list[QVBoxLayout] = []
        asked = (self.title, self.product_name, self.question, self.typed, self.message)
        for column, widgets in (
            (left, (*asked, self.term_question, self.terms)),
            (middle, (self.keypad,)),
            (right, (self.result,)),
        ):
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            self._column_layouts.append(layout)
            for widget in widgets:
                layout.addWidget(widget)
            layout.addStretch(1)
        columns = ResponsiveGrid(max_columns=3)
        # Two columns: the keypad needs about a third; the question and the
        # terms get the rest (the title on one line, four terms on a row).
        columns.stretches_for = {2: [2, 1]}
        columns.set_items([left, middle, right])
        return columns

    # -- state (in the session's drafts) ---------------------------------------------
    def _draft(self) -> dict[str, Any]:
        """This product's typed amount and term (read only: nothing is stored by looking)."""
        entries = self.book.drafts().get(DRAFT_KEY, {})
        return entries.get(self.product_id, {"amount": "", "months": self.product.example_months})

    def _store(self, **changes: Any) -> None:
        entries = self.book.drafts().setdefault(DRAFT_KEY, {})
        entries[self.product_id] = self._draft() | changes

    @property
    def amount_text(self) -> str:
        """What the customer has typed (digits only)."""
        return str(self._draft()["amount"])

    @property
    def months(self) -> int:
        months = int(self._draft()["months"])
        return months if months in self.product.terms else self.product.example_months

    def press(self, key: str) -> None:
        """A keypad key: the new amount, and the answer for it at once."""
        digits = len(str(int(self.product.maximum))) + 1  # one more, so "too big" can be said
        typed = apply_key(self.amount_text, key, max_length=digits).lstrip("0")
        self._store(amount=typed)
        self.recalculate()

    def choose(self, months: int) -> None:
        self._store(months=months)
        self.recalculate()

    def type_amount(self, text: str) -> None:
        """Put ``text`` in the field as if typed (tests, the tour, a spoken amount)."""
        self._store(amount=text)
        self.recalculate()

    def recalculate(self) -> None:
        """Answer for what is typed now; a new problem is also said, in words."""
        before = self.problem.code if self.problem else None
        self.outcome, self.problem = None, None
        if self.amount_text:
            p = self.product
            try:
                amount = money.parse_amount(
                    self.amount_text, self.book.currency, minimum=p.minimum, maximum=p.maximum
                )
                self.outcome = calculate(p, amount, self.months, self.book.currency)
            except money.MoneyError as error:
                self.problem = error
        self.refresh()
        # "Too small" is only shown: the next digits usually fix it, and a voice
        # cutting in after the first key would interrupt someone still typing.
        problem = self.problem
        if problem and problem.code not in (before, "too_small") and self.context:
            _, spoken = self._message_values()
            self.words_did_change.emit(self.catalog.spoken(self._message_key(), **spoken))

    def product_did_change(self) -> None:
        self.recalculate()

    def on_enter(self) -> None:
        super().on_enter()
        # The drafts may have been wiped (a new customer) since this page last drew.
        self.recalculate()

    def stage_for_tour(self, screen_id: str) -> None:
        super().stage_for_tour(screen_id)
        self._store(months=self.product.example_months)
        self.type_amount(str(int(self.product.example_amount)))

    # -- words -----------------------------------------------------------------------
    def _title_key(self) -> str:
        return "products.action.calculator_" + ("pay" if self.product.pays else "get")

    def _typed_values(self) -> WordValues:
        if not self.amount_text:
            return {"amount": "—"}, {"amount": ""}
        try:
            value = Decimal(self.amount_text)
        except ArithmeticError:
            return {"amount": self.amount_text}, {"amount": self.amount_text}
        cur, loc = self.book.currency, self.catalog.locale
        return (
            {"amount": money.format_money(value, cur, loc)},
            {"amount": money.spoken_money(value, cur, loc)},
        )

    def _has_result(self) -> bool:
        return self.outcome is not None

    def _term(self, index: int) -> int:
        terms = self.product.terms
        return terms[index] if index < len(terms) else 0

    def _term_word(self, index: int) -> str:
        return term_key(self._term(index))[0]

    def _term_hint(self, index: int) -> str:
        return "products.calc.chosen" if self._term(index) == self.months else ""

    def _result_key(self, line: str) -> str:
        return f"products.result.{self.product.kind}.{line}"

    def _term_values(self, index: int) -> WordValues:
        count = {"count": term_key(self._term(index) or 1)[1]}
        return count, count

    def _message_key(self) -> str:
        if self.problem is not None:
            return f"products.error.{self.problem.code}"
        return "products.calc.type_amount"

    def _message_values(self) -> WordValues:
        cur, loc = self.book.currency, self.catalog.locale
        limits = {"minimum": self.product.minimum, "maximum": self.product.maximum}
        limits |= self.problem.limits if self.problem else {}
        shown = {k: money.format_money(v, cur, loc) for k, v in limits.items()}
        spoken = {k: money.spoken_money(v, cur, loc) for k, v in limits.items()}
        return shown, spoken

    def _result(self) -> WordValues:
        if self.outcome is None:
            return {}, {}
        return self.book.values(self.outcome, self.catalog)

    def after_words(self, context: ScreenContext) -> None:
        c = context.catalog
        self.result.setVisible(self._has_result())
        for index, button in enumerate(self.term_buttons):
            chosen = self._term(index) == self.months
            button.setVisible(self._term(index) > 0)
            if button.property("variant") != ("selected" if chosen else ""):
                button.setProperty("variant", "selected" if chosen else "")
                button.style().unpolish(button)
                button.style().polish(button)
        # Keys keep their words in every language (Delete, Clear).
        self.keypad.retranslate(c)
        self._fit()

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._column.max_width = 1 << 20  # three columns need the whole width
        # The keypad at the fixed bar's rate (as the name keyboard): at 150 % a
        # fully scaled one left no room for the term choices on a 1080 px screen.
        self.keypad.apply_metrics(bar_metrics(round(100 * m.body / BASE_METRICS.body)), palette)
        self.result.apply_metrics(m, palette)
        self._metrics = m
        self._fit_typed()
        self._fit_top()  # kept across a theme change (the compact choice is kept too)
        self._fit()
        self._fit_columns()
        for button in self.term_buttons:
            button.setMinimumHeight(m.target)
        self.typed.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _fit(self) -> None:
        """Term buttons and keypad keys at least as wide as their longest word."""
        m = self._metrics
        if m is None:
            return
        # Term buttons sit as close as the keys (16 px at 100 %), narrow up to
        # 150 %: more of them on one row. At 200 % (pages allowed) the wide ones
        # of before: a narrow floor there flipped the row count between being
        # measured and laid out, and the rows overlapped.
        gap = max(MIN_GAP_PX, round(m.gap * 2 / 3))
        floor = m.label * (5 if m.label >= 2 * BASE_METRICS.label else 3)
        fit_columns(self.terms, self.term_buttons, m, floor, gap=gap, hints=True)
        self.keypad.fit_words()
