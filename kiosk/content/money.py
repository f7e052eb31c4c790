"""Money arithmetic and formatting for the product explanations. Pure Python, no Qt.

Every amount is a :class:`~decimal.Decimal` (never a float: 0.1 + 0.2 must be
0.3 when it is someone's pension). Results are rounded once, at the end,
``ROUND_HALF_UP`` to the currency's smallest unit (cents, fen: 2 places; won,
yen: 0), except the loan schedule, which rounds each month as a bank does.

Rates are percent a year (``Decimal("1.50")`` is 1.50 %). Terms are whole months.

Assumptions, stated once so the screens and docs can repeat them honestly:

* Savings and term deposits earn simple interest: amount × rate × months / 12.
* Taking a term deposit out early pays the early rate (simple interest) for
  the months it stayed in, instead of the term's rate.
* An investment's range is the product's stated worst and best year applied
  pro rata to the months; it is an illustration, **not guaranteed**.
* A pension projection pays the same contribution at the end of every month
  and grows monthly at the assumed rate; no fees, tax or inflation.
* Card interest compounds monthly on a bill left unpaid, with nothing new spent.
* A loan is repaid in equal monthly payments (annuity formula); each month's
  interest is rounded to the smallest unit and the last payment settles the rest.

Bad input raises :class:`MoneyError` with a ``code`` the UI turns into words
(``products.error.<code>`` in the catalogue).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from babel import Locale
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
)
from babel.numbers import (
    format_percent as babel_percent,
)

from kiosk.core.errors import KioskError

# Nothing a kiosk customer asks about is bigger; larger input is a mistyped key.
MAX_AMOUNT = Decimal("1000000000000")
# Fifty years: longer terms are not an everyday product.
MAX_MONTHS = 600
# Codes the UI has words for (``products.error.<code>``).
ERROR_CODES = ("not_a_number", "not_positive", "too_small", "too_big", "too_precise", "bad_term")

_HUNDRED = Decimal(100)
_TWELVE = Decimal(12)
# Enough digits that (1 + i)^600 keeps every cent before the final rounding.
_PRECISION = 40


class MoneyError(KioskError):
    """An amount or term the calculators cannot use.

    Args:
        code: One of :data:`ERROR_CODES`; the UI shows ``products.error.<code>``.
        **limits: Numbers the message needs (``minimum``, ``maximum``).
    """

    def __init__(self, code: str, **limits: Decimal) -> None:
        self.code = code
        self.limits = limits
        detail = ", ".join(f"{k}={v}" for k, v in limits.items())
        super().__init__(f"{code}" + (f" ({detail})" if detail else ""))


# -- input -----------------------------------------------------------------


def currency_digits(currency: str) -> int:
    """Decimal places of the currency's smallest unit (CNY 2, KRW 0)."""
    return int(get_currency_precision(currency))


def round_money(value: Decimal, currency: str) -> Decimal:
    """``value`` rounded half-up to the currency's smallest unit."""
    return value.quantize(Decimal(1).scaleb(-currency_digits(currency)), rounding=ROUND_HALF_UP)


def parse_amount(
    text: str,
    currency: str,
    *,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
) -> Decimal:
    """Read an amount a customer typed (digits, optionally one decimal point).

    Args:
        text: What was typed, e.g. ``"10000"``; group separators are allowed.
        currency: ISO code; decides how many decimal places are allowed.
        minimum: Smallest amount the product takes, if any.
        maximum: Largest amount the product takes, if any.

    Raises:
        MoneyError: ``not_a_number``, ``not_positive``, ``too_precise``,
            ``too_small`` or ``too_big``.
    """
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned or not all(ch.isdigit() or ch in ".-+" for ch in cleaned):
        raise MoneyError("not_a_number")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise MoneyError("not_a_number") from None
    if not value.is_finite():
        raise MoneyError("not_a_number")
    if value <= 0:
        raise MoneyError("not_positive")
    if value > MAX_AMOUNT:
        raise MoneyError("too_big", maximum=maximum if maximum is not None else MAX_AMOUNT)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > currency_digits(currency):
        raise MoneyError("too_precise")
    if minimum is not None and value < minimum:
        raise MoneyError("too_small", minimum=minimum)
    if maximum is not None and value > maximum:
        raise MoneyError("too_big", maximum=maximum)
    return value


def parse_rate(text: str) -> Decimal:
    """A percent rate written as text in a content file, e.g. ``"1.50"``.

    Raises:
        ValueError: Not a plain number (``"1.5O"``), or outside -100 … 100.
    """
    cleaned = text.strip()
    if not cleaned or not all(ch.isdigit() or ch in ".-+" for ch in cleaned):
        raise ValueError(f"{text!r} is not a number like 1.50")
    try:
        rate = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number like 1.50") from None
    if not -_HUNDRED <= rate <= _HUNDRED:
        raise ValueError(f"{text!r} is not between -100 and 100 percent")
    return rate


def check_months(months: int) -> int:
    """A term in whole months, 1 … :data:`MAX_MONTHS`.

    Raises:
        MoneyError: ``bad_term``.
    """
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise MoneyError("bad_term")
    return months


def _amount(value: Decimal | int | str, currency: str) -> Decimal:
    # Floats are refused: they cannot hold 0.1 exactly.
    if isinstance(value, bool | float):
        raise TypeError("amounts must be Decimal, int or str, not float")
    amount = value if isinstance(value, Decimal) else parse_amount(str(value), currency)
    if not amount.is_finite() or amount <= 0:
        raise MoneyError("not_positive")
    if amount > MAX_AMOUNT:
        raise MoneyError("too_big", maximum=MAX_AMOUNT)
    return amount


def _rate(value: Decimal) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or abs(value) > _HUNDRED:
        raise ValueError(f"a rate must be a Decimal percent between -100 and 100, not {value!r}")
    return value


# -- calculations ------------------------------------------------------------


@dataclass(frozen=True)
class Growth:
    """Money put in and what it becomes (savings)."""

    principal: Decimal
    interest: Decimal
    total: Decimal


@dataclass(frozen=True)
class TermDeposit:
    """A term deposit kept to the end, and taken out early after ``held_months``."""

    principal: Decimal
    interest: Decimal
    total: Decimal
    held_months: int
    early_interest: Decimal
    early_total: Decimal

    @property
    def loss(self) -> Decimal:
        """Interest given up by taking it out early."""
        return self.interest - self.early_interest


@dataclass(frozen=True)
class WealthRange:
    """Illustrative worst and best outcome. Never a promise."""

    principal: Decimal
    worst: Decimal
    best: Decimal
    fee: Decimal = Decimal(0)  # the yearly fee over the term, already taken off both
    guaranteed: bool = False


@dataclass(frozen=True)
class PensionProjection:
    """What regular contributions could grow to at an assumed rate."""

    monthly: Decimal
    paid_in: Decimal
    growth: Decimal
    pot: Decimal


@dataclass(frozen=True)
class CardInterest:
    """Interest on a card bill left unpaid."""

    balance: Decimal
    interest: Decimal
    owed: Decimal


@dataclass(frozen=True)
class LoanRepayment:
    """Equal monthly payments; the last one settles the rounding."""

    principal: Decimal
    monthly: Decimal
    last: Decimal
    total: Decimal
    interest: Decimal


def _simple(principal: Decimal, rate: Decimal, months: int) -> Decimal:
    return principal * rate / _HUNDRED * months / _TWELVE


def simple_interest(
    principal: Decimal | int | str, annual_rate: Decimal, months: int, currency: str
) -> Growth:
    """Savings: simple interest for ``months`` at ``annual_rate`` percent a year."""
    amount, rate, months = _amount(principal, currency), _rate(annual_rate), check_months(months)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        interest = round_money(_simple(amount, rate, months), currency)
    return Growth(amount, interest, amount + interest)


def term_deposit(
    principal: Decimal | int | str,
    annual_rate: Decimal,
    months: int,
    early_rate: Decimal,
    currency: str,
    held_months: int | None = None,
) -> TermDeposit:
    """A term deposit kept to maturity, and what taking it out early costs.

    Args:
        held_months: When it is taken out early; default half the term.
    """
    amount, rate, months = _amount(principal, currency), _rate(annual_rate), check_months(months)
    early = _rate(early_rate)
    held = months // 2 if held_months is None else held_months
    if isinstance(held, bool) or not 0 <= held < months:
        raise MoneyError("bad_term")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        interest = round_money(_simple(amount, rate, months), currency)
        early_interest = round_money(_simple(amount, early, held), currency)
    return TermDeposit(
        amount, interest, amount + interest, held, early_interest, amount + early_interest
    )


def wealth_range(
    principal: Decimal | int | str,
    low_rate: Decimal,
    high_rate: Decimal,
    months: int,
    currency: str,
    fee_rate: Decimal = Decimal(0),
) -> WealthRange:
    """Illustrative worst and best case from the product's stated yearly range,
    after its yearly fee (what the customer would really get back)."""
    amount, months = _amount(principal, currency), check_months(months)
    low, high, fee_rate = _rate(low_rate), _rate(high_rate), _rate(fee_rate)
    if low > high:
        raise ValueError(f"low rate {low} is above high rate {high}")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        fee = round_money(_simple(amount, fee_rate, months), currency)
        worst = amount + round_money(_simple(amount, low, months), currency) - fee
        best = amount + round_money(_simple(amount, high, months), currency) - fee
    return WealthRange(amount, max(worst, Decimal(0)), max(best, Decimal(0)), fee)


def pension_projection(
    monthly: Decimal | int | str, annual_rate: Decimal, months: int, currency: str
) -> PensionProjection:
    """Future value of equal end-of-month contributions, growing monthly."""
    contribution, rate, months = (
        _amount(monthly, currency),
        _rate(annual_rate),
        check_months(months),
    )
    paid_in = contribution * months
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        i = rate / _HUNDRED / _TWELVE
        pot = paid_in if i == 0 else contribution * ((1 + i) ** months - 1) / i
        pot = round_money(pot, currency)
    return PensionProjection(contribution, paid_in, pot - paid_in, pot)


def card_interest(
    balance: Decimal | int | str, annual_rate: Decimal, months: int, currency: str
) -> CardInterest:
    """Interest on ``balance`` left unpaid for ``months``, compounding monthly."""
    amount, rate, months = _amount(balance, currency), _rate(annual_rate), check_months(months)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        owed = round_money(amount * (1 + rate / _HUNDRED / _TWELVE) ** months, currency)
    return CardInterest(amount, owed - amount, owed)


def loan_repayment(
    principal: Decimal | int | str, annual_rate: Decimal, months: int, currency: str
) -> LoanRepayment:
    """Monthly payment (annuity formula) and the total repaid, month by month."""
    amount, rate, months = _amount(principal, currency), _rate(annual_rate), check_months(months)
    if rate < 0:
        raise ValueError("a loan rate cannot be negative")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        i = rate / _HUNDRED / _TWELVE
        payment = amount / months if i == 0 else amount * i / (1 - (1 + i) ** -months)
        monthly = round_money(payment, currency)
        # The bank's schedule: interest on what is still owed, rounded each month;
        # the last payment clears whatever rounding has left.
        owed, total = amount, Decimal(0)
        for _ in range(months - 1):
            owed = owed + round_money(owed * i, currency) - monthly
            total += monthly
        last = owed + round_money(owed * i, currency)
        total += last
    return LoanRepayment(amount, monthly, last, total, total - amount)


# -- formatting --------------------------------------------------------------


def babel_locale(locale: str) -> Locale:
    """The Babel locale for a kiosk locale (``pseudo`` formats like English)."""
    return Locale.parse("en" if locale == "pseudo" else locale)


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """``amount`` in the locale's currency format; whole amounts without ``.00``.

    ``¥10,150`` reads faster than ``¥10,150.00``; cents show only when there are some.
    """
    value = round_money(amount, currency)
    loc = babel_locale(locale)
    pattern = loc.currency_formats["standard"].pattern
    if value == value.to_integral_value():
        pattern = pattern.replace(".00", "")
    return format_currency(value, currency, format=pattern, locale=loc, currency_digits=False)


def spoken_money(amount: Decimal, currency: str, locale: str) -> str:
    """``amount`` as a voice should say it: the currency's name, not its symbol."""
    value = round_money(amount, currency)
    whole = value == value.to_integral_value()
    return format_currency(
        value,
        currency,
        format="#,##0" if whole else "#,##0.00",
        locale=babel_locale(locale),
        currency_digits=False,
        format_type="name",
    )


def format_percent(rate: Decimal, locale: str) -> str:
    """A percent rate with two decimals, as banks quote it: ``1.50%``."""
    return babel_percent(rate / _HUNDRED, format="#,##0.00%", locale=babel_locale(locale))


def format_number(value: Decimal, locale: str) -> str:
    """A plain number in the locale's digits grouping (for spoken percentages)."""
    return format_decimal(value, format="#,##0.00", locale=babel_locale(locale))
