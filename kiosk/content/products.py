"""Product explanations as data: numbers from assets, words from the catalogue. No Qt.

``assets/products/<product>.toml`` holds structure and numbers only: rates as
text (``"1.50"`` percent a year, read exactly as Decimal), terms in months,
fees, minimums, in the branch currency (setting ``products.currency``): one
kiosk never mixes currencies, whatever language the customer reads. Words
live in ``locales/<lang>/products.toml`` under ``product.<product>.*`` and get
the numbers through ``{placeholders}`` (:data:`PLACEHOLDERS` per kind).

Checked at start-up: a typo in a rate (``"1.5O"``), a missing or unknown field,
an unknown product file, a missing sentence or a wrong placeholder raises
:class:`ContentError` naming the file, the product and the field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from kiosk.content import money
from kiosk.content.catalog import Catalog, placeholders
from kiosk.core import ids
from kiosk.core.errors import ContentError

# Which calculator each kind uses, and the numbers its file must give
# ("rate": percent text; "amount": money text; "count": whole number).
KIND_FIELDS: dict[str, dict[str, str]] = {
    "savings": {"annual_rate": "rate"},
    "term_deposit": {"early_rate": "rate"},
    "wealth": {"low_rate": "rate", "high_rate": "rate", "fee_rate": "rate", "risk_level": "count"},
    "pension": {"assumed_rate": "rate", "yearly_limit": "amount"},
    "card": {"annual_rate": "rate", "annual_fee": "amount", "interest_free_days": "count"},
    "loan": {"annual_rate": "rate", "arrangement_fee": "amount"},
}
COMMON_FIELDS = {
    "kind", "icon", "minimum", "maximum", "terms", "glossary", "compare_first", "example",
}  # fmt: skip
# Borrowing products ask "How much would I pay?"; the rest "How much would I get?".
PAYING_KINDS = frozenset({"card", "loan"})
SECTIONS = ("what", "suits", "get", "costs", "risk")
# Kinds where money can be lost or debt can grow: "What can go wrong" comes first.
LOSS_OR_DEBT_KINDS = frozenset({"wealth", "pension", "card", "loan"})
# Kinds that are deposits: their words say how far deposit insurance protects them.
DEPOSIT_KINDS = frozenset({"savings", "term_deposit"})
RISK_LEVELS = range(1, 6)  # the bank's 1 (lowest) to 5 (highest) risk scale
MAX_GLOSSARY = 6  # at most six choices on a screen
# Term buttons beside the keypad: with it, six choices.
MAX_TERMS = 5
GLOSSARY_TERMS = (
    "interest", "annual_rate", "apr", "principal", "term", "fee", "balance", "maturity",
    "early_withdrawal", "deposit_insurance", "investment_return", "risk_level",
    "contribution", "credit_limit", "interest_free", "minimum_payment", "monthly_payment",
)  # fmt: skip

# Placeholders the words may use, per kind: the product's own numbers, then
# the numbers of a worked example (the calculator's result uses the same).
_OUTCOME = {
    "savings": {"interest", "total"},
    "term_deposit": {"interest", "total", "held", "early_total", "loss"},
    "wealth": {"worst", "best", "fee"},
    "pension": {"paid_in", "growth", "pot"},
    "card": {"interest", "owed"},
    "loan": {"monthly", "total", "interest"},
}
# The rate a kind quotes as {rate} (a term deposit's depends on the term).
_MAIN_RATE = {"savings": "annual_rate", "pension": "assumed_rate", "card": "annual_rate",
              "loan": "annual_rate"}  # fmt: skip
PLACEHOLDERS: dict[str, frozenset[str]] = {
    kind: frozenset(
        {"amount", "term", "minimum", "maximum", *_OUTCOME[kind]}
        | {"rate" if name == _MAIN_RATE.get(kind) else name for name in fields}
        | ({"rate"} if kind == "term_deposit" else set())
        # "3 of 5: medium" for a risk level; the deposit insurance limit for deposits.
        | ({"risk_words"} if "risk_level" in fields else set())
        | ({"protection"} if kind in DEPOSIT_KINDS else set())
    )
    for kind, fields in KIND_FIELDS.items()
}


@dataclass(frozen=True)
class Product:
    """One product's structure and numbers (words come from the catalogue)."""

    id: str
    kind: str
    icon: str
    path: Path
    minimum: Decimal
    maximum: Decimal
    terms: tuple[int, ...]
    example_amount: Decimal
    example_months: int
    glossary: tuple[str, ...]
    compare_first: str | None
    numbers: Mapping[str, Decimal] = field(default_factory=dict)
    term_rates: Mapping[int, Decimal] = field(default_factory=dict)

    @property
    def sections(self) -> tuple[str, ...]:
        """The explanation's sections in reading order: the risk first where money
        can be lost or a debt can grow."""
        if self.kind in LOSS_OR_DEBT_KINDS:
            return ("risk", *(s for s in SECTIONS if s != "risk"))
        return SECTIONS

    @property
    def pays(self) -> bool:
        """True for borrowing: the customer pays rather than gets."""
        return self.kind in PAYING_KINDS

    def rate_for(self, months: int) -> Decimal | None:
        """The yearly rate quoted as ``{rate}`` for ``months`` (None: an investment's range)."""
        if self.kind == "term_deposit":
            return self.term_rates[months]
        name = _MAIN_RATE.get(self.kind)
        return self.numbers[name] if name else None


@dataclass(frozen=True)
class Outcome:
    """A calculation's numbers, by placeholder name (money amounts only)."""

    product: Product
    months: int
    amounts: Mapping[str, Decimal]
    held_months: int | None = None


def calculate(product: Product, amount: Decimal, months: int, currency: str) -> Outcome:
    """Run the product's calculator for ``amount`` over ``months``.

    Raises:
        MoneyError: ``bad_term`` when ``months`` is not one of the product's terms.
    """
    if months not in product.terms:
        raise money.MoneyError("bad_term")
    n = product.numbers
    rate = product.rate_for(months) or Decimal(0)
    result: Any
    match product.kind:
        case "savings":
            result = money.simple_interest(amount, rate, months, currency)
        case "term_deposit":
            result = money.term_deposit(amount, rate, months, n["early_rate"], currency)
        case "wealth":
            result = money.wealth_range(
                amount, n["low_rate"], n["high_rate"], months, currency, n["fee_rate"]
            )
        case "pension":
            result = money.pension_projection(amount, rate, months, currency)
        case "card":
            result = money.card_interest(amount, rate, months, currency)
        case _:
            result = money.loan_repayment(amount, rate, months, currency)
    # The result's fields are named like the placeholders they fill.
    names = sorted(_OUTCOME[product.kind] - {"held"})
    amounts = {"amount": amount} | {name: getattr(result, name) for name in names}
    return Outcome(product, months, amounts, getattr(result, "held_months", None))


def example(product: Product, currency: str) -> Outcome:
    """The worked example from the product's own numbers."""
    return calculate(product, product.example_amount, product.example_months, currency)


def term_key(months: int) -> tuple[str, int]:
    """The catalogue key and count that say a term: ``12`` → year_one, 1; ``18`` → months, 18."""
    if months % 12 == 0:
        return (
            "products.term.year_one" if months == 12 else "products.term.year_many"
        ), months // 12
    return ("products.term.month_one" if months == 1 else "products.term.month_many"), months


def term_words(months: int, catalog: Catalog) -> str:
    """``12`` → "1 year", ``18`` → "18 months", in the catalogue's language."""
    key, count = term_key(months)
    return catalog.text(key, count=count)


def word_values(
    outcome: Outcome, catalog: Catalog, currency: str, protection: Decimal | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """Every placeholder of the product's words, as shown and as spoken.

    Money is shown with its symbol (``¥10,150``) and spoken with the currency's
    name (``10,150 Chinese yuan``); percentages are said as words; a risk level
    as words ("3 of 5: medium").

    Args:
        protection: The deposit insurance limit per person per bank (setting
            ``bank.deposit_protection``), said on deposit products.
    """
    product, locale = outcome.product, catalog.locale
    shown: dict[str, str] = {}
    spoken: dict[str, str] = {}

    def put_money(name: str, value: Decimal) -> None:
        shown[name] = money.format_money(value, currency, locale)
        spoken[name] = money.spoken_money(value, currency, locale)

    def put_rate(name: str, value: Decimal) -> None:
        shown[name] = money.format_percent(value, locale)
        spoken[name] = catalog.text(
            "products.words.percent", value=money.format_number(value, locale)
        )

    for name, value in outcome.amounts.items():
        put_money(name, value)
    put_money("minimum", product.minimum)
    put_money("maximum", product.maximum)
    rate = product.rate_for(outcome.months)
    if rate is not None:
        put_rate("rate", rate)
    for name, value in product.numbers.items():
        kind = KIND_FIELDS[product.kind][name]
        if kind == "rate" and name not in _MAIN_RATE.values():
            put_rate(name, value)
        elif kind == "amount":
            put_money(name, value)
        elif kind == "count":
            shown[name] = spoken[name] = str(value)
    if "risk_level" in product.numbers:
        level = int(product.numbers["risk_level"])
        shown["risk_words"] = spoken["risk_words"] = catalog.text(f"products.risk.level_{level}")
    if product.kind in DEPOSIT_KINDS and protection is not None:
        put_money("protection", protection)
    for name, months in (("term", outcome.months), ("held", outcome.held_months)):
        if months is not None:
            shown[name] = spoken[name] = term_words(months, catalog)
    return shown, spoken


def compare_choices(products: Mapping[str, Product], product_id: str) -> list[str]:
    """The other products, the most useful comparison first (at most five)."""
    first = products[product_id].compare_first
    # A stable sort: the product's own best comparison first, the rest in order.
    return sorted((p for p in products if p != product_id), key=lambda p: p != first)


def required_words(product: Product) -> list[str]:
    """Catalogue keys every locale must have for this product."""
    base = f"product.{product.id}"
    keys = [f"{base}.name", f"{base}.hint", f"{base}.example"]
    keys += [f"{base}.{s}" for s in SECTIONS] + [f"{base}.simple.{s}" for s in SECTIONS]
    if "risk_level" in product.numbers:
        keys += [f"products.risk.level_{level}" for level in RISK_LEVELS]
    for term in product.glossary:
        keys += [f"products.glossary.{term}.word", f"products.glossary.{term}.meaning"]
    return keys


def check_product_words(products: Mapping[str, Product], catalogs: Mapping[str, Catalog]) -> None:
    """Every product's words exist (in English) and use only known placeholders.

    A locale may lack a sentence (English stands in; the completeness check
    reports it), but a wrong placeholder would fail as a customer reads.

    Raises:
        ContentError: naming the locale file, the product and the key.
    """
    english = catalogs["en"]
    for product in products.values():
        for key in required_words(product):
            if not english.has(key):
                where = english.sources.get(key) or (english.path or Path("en")) / "products.toml"
                raise ContentError(where, key, f"is missing (product {product.id})")
        allowed = PLACEHOLDERS[product.kind]
        prefixes = (f"product.{product.id}.", f"products.result.{product.kind}.")
        for locale, catalog in catalogs.items():
            for key, text in catalog.messages.items() if locale != ids.PSEUDO_LOCALE else ():
                unknown = placeholders(text) - allowed
                if unknown and key.removeprefix("spoken.").startswith(prefixes):
                    raise ContentError(
                        catalog.sources.get(key) or Path(locale),
                        key,
                        f"uses {sorted(unknown)}: product {product.id} ({product.kind}) "
                        f"has only {sorted(allowed)}",
                    )


def load_products(folder: Path, currency: str) -> dict[str, Product]:
    """Read and check every ``<product>.toml`` in ``folder``, in DESIGN.md's order.

    Args:
        folder: ``assets/products``.
        currency: The branch currency (``products.currency``): amounts may not
            have more decimals than it has (no fractions of a won).

    Raises:
        ContentError: a missing or unknown product file, or a bad field.
    """
    found = {p.stem: p for p in sorted(folder.glob("*.toml"))}
    for stem, path in found.items():
        if stem not in ids.PRODUCTS_IDS:
            raise ContentError(
                path, "(file)", f"'{stem}' is not a product; known: {', '.join(ids.PRODUCTS_IDS)}"
            )
    products: dict[str, Product] = {}
    for product_id in ids.PRODUCTS_IDS:
        product_path = found.get(product_id)
        if product_path is None:
            raise ContentError(folder / f"{product_id}.toml", "(file)", "is missing")
        try:
            table = tomllib.loads(product_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(product_path, "(syntax)", str(exc)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(product_path, "(file)", f"cannot be read: {exc}") from None
        products[product_id] = _Reader(product_path, product_id, currency, table).product()
    return products


class _Reader:
    """Reads one product file; every error names the file, the product and the field."""

    def __init__(self, path: Path, product: str, currency: str, table: Mapping[str, Any]) -> None:
        self.path, self.id, self.currency, self.table = path, product, currency, table

    def error(self, name: str, problem: str) -> ContentError:
        return ContentError(self.path, f"{self.id}.{name}", problem)

    def raw(self, name: str) -> Any:
        value: Any = self.table
        for part in name.split("."):
            if not isinstance(value, Mapping) or part not in value:
                raise self.error(name, "is missing")
            value = value[part]
        return value

    def rate(self, name: str, value: Any = None) -> Decimal:
        value = self.raw(name) if value is None else value
        if not isinstance(value, str):
            raise self.error(name, f'must be text like "1.50", not {value!r}')
        try:
            return money.parse_rate(value)
        except ValueError as exc:
            raise self.error(name, str(exc)) from None

    def amount(self, name: str, allow_zero: bool = False) -> Decimal:
        value = self.raw(name)
        if not isinstance(value, str):
            raise self.error(name, f'must be text like "10000", not {value!r}')
        if allow_zero and value.strip() == "0":
            return Decimal(0)
        try:
            return money.parse_amount(value, self.currency)
        except money.MoneyError as exc:
            problem = f'{value!r} is not an amount like "10000" in {self.currency} ({exc.code})'
            raise self.error(name, problem) from None

    def count(self, name: str, value: Any = None, high: int = money.MAX_MONTHS) -> int:
        value = self.raw(name) if value is None else value
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
            raise self.error(name, f"must be a whole number from 1 to {high}, not {value!r}")
        return value

    def product(self) -> Product:
        kind = self.raw("kind")
        if kind not in KIND_FIELDS:
            raise self.error("kind", f"{kind!r} is not one of {', '.join(KIND_FIELDS)}")
        allowed = COMMON_FIELDS | set(KIND_FIELDS[kind])
        if kind == "term_deposit":  # its terms are the keys of term_rates
            allowed = (allowed - {"terms"}) | {"term_rates"}
        for key in self.table:
            if key not in allowed:
                raise self.error(key, f"is not a field of a {kind} product (typo?)")
        icon = self.raw("icon")
        if not isinstance(icon, str) or not icon.isidentifier():
            raise self.error("icon", f"must be an icon name from assets/icons/, not {icon!r}")
        numbers: dict[str, Decimal] = {}
        for name, sort in KIND_FIELDS[kind].items():
            if sort == "rate":
                numbers[name] = self.rate(name)
            elif sort == "amount":
                numbers[name] = self.amount(name, allow_zero=True)
            else:
                numbers[name] = Decimal(self.count(name, high=365))
        rates = self._term_rates() if kind == "term_deposit" else {}
        terms = tuple(rates) if rates else self._terms()
        if kind == "wealth" and numbers["low_rate"] > numbers["high_rate"]:
            raise self.error("low_rate", "is above high_rate")
        if "risk_level" in numbers and int(numbers["risk_level"]) not in RISK_LEVELS:
            raise self.error("risk_level", f"must be 1 to 5, not {numbers['risk_level']}")
        minimum, maximum = self.amount("minimum"), self.amount("maximum")
        if minimum > maximum:
            raise self.error("minimum", "is above maximum")
        glossary = self.raw("glossary")
        if not isinstance(glossary, list) or not 1 <= len(glossary) <= MAX_GLOSSARY:
            raise self.error("glossary", f"must list 1 to {MAX_GLOSSARY} words")
        for term in glossary:
            if term not in GLOSSARY_TERMS:
                raise self.error("glossary", f"{term!r} is not one of {GLOSSARY_TERMS}")
        first = self.table.get("compare_first")
        if first is not None and (first == self.id or first not in ids.PRODUCTS_IDS):
            raise self.error("compare_first", f"{first!r} must name another product")
        amount, months = self.amount("example.amount"), self.count("example.months")
        if months not in terms:
            raise self.error("example.months", f"{months} is not one of the terms {list(terms)}")
        if not minimum <= amount <= maximum:
            raise self.error("example.amount", "is outside minimum … maximum")
        return Product(
            id=self.id, kind=kind, icon=icon, path=self.path, minimum=minimum, maximum=maximum,
            terms=terms, example_amount=amount, example_months=months, glossary=tuple(glossary),
            compare_first=first, numbers=numbers, term_rates=rates,
        )  # fmt: skip

    def _terms(self) -> tuple[int, ...]:
        raw = self.raw("terms")
        if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_TERMS:
            raise self.error("terms", f"must list 1 to {MAX_TERMS} terms in months, like [6, 12]")
        return tuple(self.count("terms", t) for t in raw)

    def _term_rates(self) -> dict[int, Decimal]:
        raw = self.raw("term_rates")
        if not isinstance(raw, Mapping) or not 1 <= len(raw) <= MAX_TERMS:
            raise self.error("term_rates", f'must have 1 to {MAX_TERMS} lines like 12 = "1.50"')
        rates = {}
        for months, rate in raw.items():
            name = f"term_rates.{months}"
            rates[self.count(name, int(months) if months.isdigit() else months)] = self.rate(
                name, rate
            )
        return dict(sorted(rates.items()))
