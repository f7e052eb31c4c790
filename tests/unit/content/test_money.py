"""Money arithmetic: exact Decimal results, half-up rounding, bad input in words."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kiosk.content import money
from kiosk.content.money import MoneyError


def test_savings_simple_interest_for_a_year() -> None:
    growth = money.simple_interest(D("10000"), D("1.50"), 12, "CNY")
    assert (growth.interest, growth.total) == (D("150.00"), D("10150.00"))


def test_rounding_is_half_up_to_the_currencys_unit() -> None:
    # 1 × 6 % × 1/12 = 0.005: half-up gives a fen where banker's rounding gives none.
    assert money.simple_interest(D("1"), D("6"), 1, "CNY").interest == D("0.01")
    # 100 won × 6 % × 1/12 = 0.5 won: won have no decimals.
    assert money.simple_interest(D("100"), D("6"), 1, "KRW").interest == D("1")
    assert money.round_money(D("2.345"), "CNY") == D("2.35")
    assert money.round_money(D("-2.345"), "CNY") == D("-2.35")


def test_term_deposit_maturity_and_what_early_withdrawal_loses() -> None:
    t = money.term_deposit(D("10000"), D("1.50"), 12, D("0.20"), "CNY")
    assert (t.interest, t.total) == (D("150.00"), D("10150.00"))
    assert t.held_months == 6
    assert (t.early_interest, t.early_total, t.loss) == (D("10.00"), D("10010.00"), D("140.00"))
    late = money.term_deposit(D("10000"), D("1.50"), 12, D("0.20"), "CNY", held_months=11)
    assert late.loss == D("150.00") - D("18.33")
    with pytest.raises(MoneyError):
        money.term_deposit(D("10000"), D("1.50"), 12, D("0.20"), "CNY", held_months=12)


def test_wealth_range_is_illustrative_and_never_guaranteed() -> None:
    w = money.wealth_range(D("10000"), D("-5.00"), D("4.50"), 12, "CNY")
    assert (w.worst, w.best, w.guaranteed) == (D("9500.00"), D("10450.00"), False)
    three_years = money.wealth_range(D("10000"), D("-5.00"), D("4.50"), 36, "CNY")
    assert (three_years.worst, three_years.best) == (D("8500.00"), D("11350.00"))
    with pytest.raises(ValueError):
        money.wealth_range(D("10000"), D("5"), D("-5"), 12, "CNY")


def test_wealth_range_takes_the_yearly_fee_off_both_ends() -> None:
    w = money.wealth_range(D("10000"), D("-5.00"), D("4.50"), 12, "CNY", D("0.50"))
    assert (w.fee, w.worst, w.best) == (D("50.00"), D("9450.00"), D("10400.00"))
    three_years = money.wealth_range(D("10000"), D("-5.00"), D("4.50"), 36, "CNY", D("0.50"))
    assert (three_years.fee, three_years.worst) == (D("150.00"), D("8350.00"))


def test_pension_projection_matches_the_annuity_formula() -> None:
    p = money.pension_projection(D("500"), D("2.00"), 120, "CNY")
    assert (p.paid_in, p.pot, p.growth) == (D("60000"), D("66359.83"), D("6359.83"))
    i = 0.02 / 12
    assert abs(float(p.pot) - 500 * ((1 + i) ** 120 - 1) / i) < 0.01
    flat = money.pension_projection(D("500"), D("0"), 24, "CNY")
    assert (flat.pot, flat.growth) == (D("12000"), D("0"))


def test_card_interest_on_an_unpaid_bill_compounds_monthly() -> None:
    c = money.card_interest(D("5000"), D("18.25"), 3, "CNY")
    assert (c.interest, c.owed) == (D("231.61"), D("5231.61"))
    assert abs(float(c.owed) - 5000 * (1 + 0.1825 / 12) ** 3) < 0.005


def test_loan_monthly_payment_and_total_repaid() -> None:
    loan = money.loan_repayment(D("20000"), D("4.80"), 24, "CNY")
    i = 0.048 / 12
    assert loan.monthly == D("875.64")
    assert abs(float(loan.monthly) - 20000 * i / (1 - (1 + i) ** -24)) < 0.005
    # 23 equal payments, and a last one that clears the rounding.
    assert loan.last == D("875.55")
    assert loan.total == loan.monthly * 23 + loan.last == D("21015.27")
    assert loan.interest == D("1015.27")


def test_interest_free_loan_splits_evenly_and_the_last_payment_settles() -> None:
    loan = money.loan_repayment(D("1000"), D("0"), 3, "CNY")
    assert (loan.monthly, loan.last, loan.total, loan.interest) == (
        D("333.33"), D("333.34"), D("1000.00"), D("0.00"),
    )  # fmt: skip


def test_won_amounts_stay_whole() -> None:
    loan = money.loan_repayment(D("1000000"), D("4.80"), 24, "KRW")
    assert loan.monthly == D("43782") and loan.total == D("1050766")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "not_a_number"),
        ("abc", "not_a_number"),
        ("10O00", "not_a_number"),
        ("1e5", "not_a_number"),
        ("NaN", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("-5", "not_positive"),
        ("0", "not_positive"),
        ("0.00", "not_positive"),
        ("10.555", "too_precise"),
        ("9" * 20, "too_big"),
    ],
)
def test_bad_amounts_say_what_is_wrong(text: str, code: str) -> None:
    with pytest.raises(MoneyError) as caught:
        money.parse_amount(text, "CNY")
    assert caught.value.code == code
    assert code in money.ERROR_CODES


def test_amounts_within_the_products_limits() -> None:
    assert money.parse_amount(" 10,000 ", "CNY") == D("10000")
    assert money.parse_amount("12.50", "CNY") == D("12.50")
    with pytest.raises(MoneyError) as caught:
        money.parse_amount("10.5", "KRW")
    assert caught.value.code == "too_precise"
    with pytest.raises(MoneyError) as small:
        money.parse_amount("10", "CNY", minimum=D("50"))
    assert (small.value.code, small.value.limits) == ("too_small", {"minimum": D("50")})
    with pytest.raises(MoneyError) as big:
        money.parse_amount("20000000", "CNY", maximum=D("10000000"))
    assert (big.value.code, big.value.limits) == ("too_big", {"maximum": D("10000000")})


@pytest.mark.parametrize("months", [0, -1, 601, True, 1.5])
def test_a_term_is_whole_months(months: object) -> None:
    with pytest.raises(MoneyError) as caught:
        money.simple_interest(D("100"), D("1"), months, "CNY")  # type: ignore[arg-type]
    assert caught.value.code == "bad_term"


def test_floats_are_refused_and_strings_are_read_exactly() -> None:
    with pytest.raises(TypeError):
        money.simple_interest(0.1, D("1"), 12, "CNY")  # type: ignore[arg-type]
    assert money.simple_interest("10000", D("1.50"), 12, "CNY").total == D("10150.00")
    with pytest.raises(MoneyError):
        money.simple_interest("ten", D("1.50"), 12, "CNY")


@pytest.mark.parametrize("text", ["1.5O", "", "abc", "150", "-101", "1,5"])
def test_rates_from_content_files_must_be_plain_percentages(text: str) -> None:
    with pytest.raises(ValueError):
        money.parse_rate(text)
    assert money.parse_rate(" 1.50 ") == D("1.50")


@pytest.mark.parametrize(
    ("locale", "money_text", "cents", "won", "spoken"),
    [
        ("en", "CN¥10,150", "CN¥10,150.46", "₩10,151", "10,150 Chinese yuan"),
        ("zh_CN", "¥10,150", "¥10,150.46", "₩10,151", "10,150人民币"),
        ("ko", "CN¥10,150", "CN¥10,150.46", "₩10,151", "10,150 중국 위안화"),
    ],
)
def test_money_in_each_locales_format(
    locale: str, money_text: str, cents: str, won: str, spoken: str
) -> None:
    assert money.format_money(D("10150"), "CNY", locale) == money_text
    assert money.format_money(D("10150.456"), "CNY", locale) == cents
    assert money.format_money(D("10150.5"), "KRW", locale) == won
    assert money.spoken_money(D("10150"), "CNY", locale) == spoken
    assert money.format_percent(D("1.50"), locale) == "1.50%"
    assert money.format_percent(D("-5"), locale) == "-5.00%"


def test_the_pseudo_locale_formats_like_english() -> None:
    assert money.format_money(D("5"), "CNY", "pseudo") == "CN¥5"
