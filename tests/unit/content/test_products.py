"""Product files: loaded, checked at start-up, worked examples from their own numbers."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from kiosk.content.catalog import Catalog, load_catalogs
from kiosk.content.money import MoneyError
from kiosk.content.products import (
    calculate,
    check_product_words,
    compare_choices,
    example,
    load_products,
    term_words,
    word_values,
)
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import assets_dir, locales_dir

SHIPPED = assets_dir() / "products"


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return load_catalogs(locales_dir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped product files to break."""
    return Path(shutil.copytree(SHIPPED, tmp_path / "products"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_every_product_loads_in_design_order() -> None:
    products = load_products(SHIPPED, "CNY")
    assert tuple(products) == ids.PRODUCTS_IDS
    assert products["time_deposit"].terms == (3, 6, 12, 24, 36)
    assert products["time_deposit"].rate_for(12) == D("1.50")
    assert products["personal_loan"].pays and not products["pension"].pays
    assert products["wealth_management"].rate_for(12) is None


def test_shipped_words_are_complete_and_use_known_placeholders(catalogs) -> None:
    check_product_words(load_products(SHIPPED, "CNY"), catalogs)


def test_a_typo_in_a_rate_names_file_product_and_field(folder: Path) -> None:
    edit(folder / "savings_account.toml", 'annual_rate = "0.20"', 'annual_rate = "1.5O"')
    with pytest.raises(ContentError) as caught:
        load_products(folder, "CNY")
    error = caught.value
    assert error.path == folder / "savings_account.toml"
    assert error.field == "savings_account.annual_rate"
    assert "1.5O" in str(error)


def test_a_typo_in_a_term_rate_is_caught_too(folder: Path) -> None:
    edit(folder / "time_deposit.toml", '12 = "1.50"', '12 = "1,50"')
    with pytest.raises(ContentError) as caught:
        load_products(folder, "CNY")
    assert caught.value.field == "time_deposit.term_rates.12"


@pytest.mark.parametrize(
    ("file", "old", "new", "field", "words"),
    [
        ("savings_account", 'minimum = "1"\n', "", "savings_account.minimum", "missing"),
        ("pension", 'assumed_rate = "2.00"\n', "", "pension.assumed_rate", "missing"),
        ("credit_card", "annual_rate =", "anual_rate =", "credit_card.anual_rate", "typo"),
        ("personal_loan", "months = 24", "months = 18", "personal_loan.example.months", "terms"),
        ("wealth_management", '"risk_level", ', '"risk_levels", ',
         "wealth_management.glossary", ""),
        ("savings_account", 'kind = "savings"', 'kind = "gold"', "savings_account.kind", "gold"),
        ("savings_account", 'minimum = "1"', 'minimum = 1', "savings_account.minimum", "text"),
        ("time_deposit", 'compare_first = "savings_account"', 'compare_first = "cash"',
         "time_deposit.compare_first", "cash"),
        ("wealth_management", 'low_rate = "-5.00"', 'low_rate = "9.00"',
         "wealth_management.low_rate", "high_rate"),
    ],
)  # fmt: skip
def test_broken_fields_are_named(
    folder: Path, file: str, old: str, new: str, field: str, words: str
) -> None:
    edit(folder / f"{file}.toml", old, new)
    with pytest.raises(ContentError) as caught:
        load_products(folder, "CNY")
    assert caught.value.path == folder / f"{file}.toml"
    assert caught.value.field == field
    assert words in caught.value.problem


def test_an_unknown_product_file_is_refused(folder: Path) -> None:
    shutil.copy(folder / "savings_account.toml", folder / "gold_bars.toml")
    with pytest.raises(ContentError) as caught:
        load_products(folder, "CNY")
    assert caught.value.path.name == "gold_bars.toml"
    assert "not a product" in caught.value.problem


def test_a_missing_product_file_is_named(folder: Path) -> None:
    (folder / "pension.toml").unlink()
    with pytest.raises(ContentError) as caught:
        load_products(folder, "CNY")
    assert caught.value.path.name == "pension.toml"
    assert "missing" in caught.value.problem


def test_broken_toml_names_the_file(folder: Path) -> None:
    edit(folder / "credit_card.toml", 'kind = "card"', "kind = card")
    with pytest.raises(ContentError) as caught:
        load_products(folder, "CNY")
    assert caught.value.path.name == "credit_card.toml"
    assert caught.value.field == "(syntax)"


def test_amounts_must_fit_the_branch_currency(folder: Path) -> None:
    edit(folder / "credit_card.toml", 'minimum = "1"', 'minimum = "0.50"')
    assert load_products(folder, "CNY")["credit_card"].minimum == D("0.50")
    with pytest.raises(ContentError) as caught:
        load_products(folder, "KRW")
    assert caught.value.field == "credit_card.minimum"


def test_missing_words_and_unknown_placeholders_stop_start_up(catalogs) -> None:
    products = load_products(SHIPPED, "CNY")
    en = catalogs["en"]
    words = dict(en.messages)
    del words["product.pension.risk"]
    broken = {"en": Catalog("en", words, path=en.path, sources=en.sources)}
    with pytest.raises(ContentError) as caught:
        check_product_words(products, broken)
    assert caught.value.field == "product.pension.risk"
    zh = catalogs["zh_CN"]
    typo = dict(zh.messages) | {"product.pension.get": "到了退休年龄，领{pott}。"}
    broken = {"en": en, "zh_CN": Catalog("zh_CN", typo, path=zh.path, sources=zh.sources)}
    with pytest.raises(ContentError) as caught:
        check_product_words(products, broken)
    assert caught.value.path.name == "products.toml" and "zh_CN" in str(caught.value.path)
    assert caught.value.field == "product.pension.get"
    assert "pott" in caught.value.problem


def test_worked_examples_come_from_the_product_numbers(catalogs) -> None:
    products = load_products(SHIPPED, "CNY")
    en, zh = catalogs["en"], catalogs["zh_CN"]

    def sentence(product: str, catalog: Catalog) -> str:
        shown, _ = word_values(example(products[product], "CNY"), catalog, "CNY")
        return catalog.text(f"product.{product}.example", **shown)

    assert sentence("time_deposit", en) == (
        "You put in CN¥10,000 for 1 year. At 1.50% a year, you get back CN¥10,150 at the end."
    )
    assert sentence("time_deposit", zh) == "存入¥10,000，存1年。年利率1.50%，到期取回¥10,150。"
    assert sentence("personal_loan", en) == (
        "You borrow CN¥20,000 for 2 years. You pay CN¥875.64 a month, CN¥21,015.27 in all."
    )
    _, spoken = word_values(example(products["savings_account"], "CNY"), en, "CNY")
    assert spoken["total"] == "10,020 Chinese yuan"
    assert spoken["rate"] == "0.20 percent"


def test_calculate_runs_each_kind_and_refuses_an_unknown_term() -> None:
    products = load_products(SHIPPED, "CNY")
    outcome = calculate(products["time_deposit"], D("20000"), 36, "CNY")
    assert outcome.amounts["total"] == D("21140.00")  # 20,000 × 1.90 % × 3
    assert outcome.held_months == 18
    card = calculate(products["credit_card"], D("5000"), 3, "CNY")
    assert card.amounts["interest"] == D("231.61")
    with pytest.raises(MoneyError) as caught:
        calculate(products["time_deposit"], D("20000"), 7, "CNY")
    assert caught.value.code == "bad_term"


def test_compare_offers_the_five_others_best_match_first() -> None:
    products = load_products(SHIPPED, "CNY")
    choices = compare_choices(products, "credit_card")
    assert choices[0] == "personal_loan" and len(choices) == 5
    assert "credit_card" not in choices


@pytest.mark.parametrize(
    ("locale", "months", "words"),
    [("en", 1, "1 month"), ("en", 3, "3 months"), ("en", 12, "1 year"), ("en", 24, "2 years"),
     ("zh_CN", 6, "6个月"), ("zh_CN", 36, "3年"), ("ko", 3, "3개월"), ("ko", 12, "1년")],
)  # fmt: skip
def test_terms_in_words(catalogs, locale: str, months: int, words: str) -> None:
    assert term_words(months, catalogs[locale]) == words


def test_product_content_modules_import_without_qt() -> None:
    """DESIGN.md layering: money, products and plain language are domain logic, no Qt."""
    import subprocess
    import sys

    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "for m in ('kiosk.content.money', 'kiosk.content.products',"
        " 'kiosk.content.plain_language'):\n"
        "    importlib.import_module(m)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
