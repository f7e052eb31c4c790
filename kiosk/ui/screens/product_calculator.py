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
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.screens.product_calculator_fit import CalculatorFitting
from kiosk.ui.screens.product_explain import Card
from kiosk.ui.screens.product_page import ProductBook, WordValues
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


class ProductCalculatorScreen(CalculatorFitting):
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
        self._add_compactors()

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
        # The answer in one line, shown only where its card is on the next page
        # (a compactor places it): typing then changes something in view.
        self.headline = text_label("label")
        self._headline_box = box = QWidget()  # CompactWords: the line under fitted keys
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.headline)
        box.hide()
        self.say(self.headline, self._headline_key, self._result, when=self._headline_shown)
        self.keypad = Keypad(decimal=False, compact=True)
        self.keypad.key_was_pressed.connect(self.press)

    def _build_terms(self) -> None:
        """How long: one button per term the product offers (the rest hidden)."""
        self.term_question = text_label("label")
        self.say(self.term_question, lambda: f"products.calc.term.{self.product.kind}")
        # Short words ("5 years", "1年"): all terms on one row where it fits. Nested in
        # the page's grid: the page decides on one term's width, the terms re-flow.
        self.terms = ResponsiveGrid(max_columns=MAX_TERMS, nested=True)
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
        self._column_widgets = [left, middle, right]
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

    def _headline_key(self) -> str:
        return self._result_key("headline")

    def _headline_shown(self) -> bool:
        return self._has_result() and self._headline_at is not None

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
        if self.outcome is not None:  # fresh words for the compactor that may show it
            self.headline.setText(c.text(self._headline_key(), **self._result()[0]))
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
        self._fit_number()  # a longer amount may no longer fit its card at display size

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._column.max_width = 1 << 20  # three columns need the whole width
        # The keypad at the fixed bar's rate (as the name keyboard): at 150 % a
        # fully scaled one left no room for the term choices on a 1080 px screen.
        self._metrics = m
        self.keypad.apply_metrics(self._bar(), palette)
        self.result.apply_metrics(m, palette)
        self._fit_typed()
        self._fit_top()  # kept across a theme change (the compact choice is kept too)
        self._fit()
        self._fit_columns()
        self._fit_terms_low()
        self.typed.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
