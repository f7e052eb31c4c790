"""Products tell the truth: fees in the example, risk in words, deposits' protection, risk first."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.content.products import SECTIONS, calculate, example, load_products, word_values
from kiosk.core.errors import ContentError
from kiosk.paths import assets_dir, locales_dir

PRODUCTS = load_products(assets_dir() / "products", "CNY")
CATALOGS = load_catalogs(locales_dir())


def test_the_investment_example_is_after_the_fee_the_page_states() -> None:
    wealth = PRODUCTS["wealth_management"]
    outcome = example(wealth, "CNY")
    assert outcome.amounts["fee"] == D("50.00")  # 0.50 % of 10,000 for a year
    assert (outcome.amounts["worst"], outcome.amounts["best"]) == (D("9450.00"), D("10400.00"))
    shown, spoken = word_values(outcome, CATALOGS["en"], "CNY")
    text = CATALOGS["en"].text("product.wealth_management.example", **shown)
    assert "fee of CN¥50" in text and "CN¥9,450 to CN¥10,400" in text
    assert "50 Chinese yuan" in CATALOGS["en"].text("products.result.wealth.words", **spoken)
    # The calculator uses the same rule for any amount.
    three = calculate(wealth, D("20000"), 36, "CNY")
    assert three.amounts["fee"] == D("300.00")


@pytest.mark.parametrize(
    ("locale", "words"),
    [("en", "3 of 5: medium"), ("zh_CN", "第3级（共5级）：中等"), ("ko", "5단계 중 3단계: 보통")],
)
def test_the_risk_level_is_said_in_words(locale: str, words: str) -> None:
    catalog = CATALOGS[locale]
    shown, spoken = word_values(example(PRODUCTS["wealth_management"], "CNY"), catalog, "CNY")
    assert shown["risk_words"] == spoken["risk_words"] == words
    assert words in catalog.text("product.wealth_management.risk", **shown)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_an_investment_says_it_is_not_protected_and_can_be_lost(locale: str) -> None:
    catalog = CATALOGS[locale]
    shown, _ = word_values(example(PRODUCTS["wealth_management"], "CNY"), catalog, "CNY")
    risk = catalog.text("product.wealth_management.risk", **shown)
    plain = {
        "en": ("not protected like a bank deposit", "lose"),
        "zh_CN": ("不受存款保险保障", "亏"),
        "ko": ("예금자보호를 받지 못하고", "잃을"),
    }[locale]
    assert all(words in risk for words in plain)


@pytest.mark.parametrize("product", ["savings_account", "time_deposit"])
def test_deposits_say_they_are_protected_up_to_the_limit(product: str) -> None:
    for locale, limit in (("en", "CN¥500,000"), ("zh_CN", "¥500,000"), ("ko", "CN¥500,000")):
        catalog = CATALOGS[locale]
        shown, spoken = word_values(example(PRODUCTS[product], "CNY"), catalog, "CNY", D(500000))
        assert limit in catalog.text(f"product.{product}.risk", **shown)
        assert "¥" not in spoken["protection"]  # said with the currency's name
    # Nothing but deposits gets the protection sentence.
    shown, _ = word_values(example(PRODUCTS["pension"], "CNY"), CATALOGS["en"], "CNY", D(1))
    assert "protection" not in shown


def test_what_can_go_wrong_comes_first_where_money_can_be_lost_or_debt_grow() -> None:
    first = {p: product.sections[0] for p, product in PRODUCTS.items()}
    assert first == {
        "savings_account": "what",
        "time_deposit": "what",
        "wealth_management": "risk",
        "pension": "risk",
        "credit_card": "risk",
        "personal_loan": "risk",
    }
    assert all(sorted(p.sections) == sorted(SECTIONS) for p in PRODUCTS.values())


def test_a_risk_level_off_the_scale_is_named(tmp_path) -> None:
    import shutil

    folder = shutil.copytree(assets_dir() / "products", tmp_path / "products")
    path = folder / "wealth_management.toml"
    path.write_text(path.read_text("utf-8").replace("risk_level = 3", "risk_level = 7"), "utf-8")
    with pytest.raises(ContentError, match=r"risk_level.*1 to 5"):
        load_products(folder, "CNY")
