"""Plain words: every shipped product sentence within its language's limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import plain_language as pl
from kiosk.content.catalog import Catalog, load_catalogs
from kiosk.content.products import load_products
from kiosk.paths import assets_dir, locales_dir


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return load_catalogs(locales_dir())


@pytest.mark.parametrize("currency", ["CNY", "KRW"])
def test_every_shipped_product_word_is_plain(catalogs, currency: str) -> None:
    """Fails listing file, key and the sentence that breaks a limit."""
    products = load_products(assets_dir() / "products", currency)
    problems = pl.product_word_problems(catalogs, products, currency)
    assert not problems, "\n".join(str(p) for p in problems)


def test_the_check_covers_every_product_word(catalogs) -> None:
    keys = [k for k in catalogs["en"].messages if k.startswith(("product.", "products."))]
    assert len(keys) > 150
    assert {"product.pension.risk", "products.glossary.apr.meaning"} <= set(keys)


def test_a_problem_names_file_key_and_sentence() -> None:
    path = Path("locales/en/products.toml")
    long = (
        "Notwithstanding contractual obligations, remuneration accumulates "
        "proportionally throughout the predetermined investment horizon."
    )
    problems = pl.check_text("product.x.what", long, "en", path)
    assert [p.detail.split()[0] for p in problems] == ["is"]  # the grade
    text = str(problems[0])
    assert str(path) in text and "product.x.what" in text and "Notwithstanding" in text
    wordy = " ".join(["word"] * 21) + "."
    assert "21 words" in str(pl.check_text("k", wordy, "en", path)[0])


def test_limits_per_language() -> None:
    assert pl.sentences("Put in 1.50 now. Then wait!") == ["Put in 1.50 now.", "Then wait!"]
    assert pl.sentences("存一年。再取。") == ["存一年。", "再取。"]
    assert pl.english_words("You put in CN¥10,000 for 1 year.") == 7
    assert pl.chinese_characters("存入¥10,000，存1年") == 11  # the comma is not counted
    assert pl.korean_syllables("1년에 1.50% 입니다") == 9  # each digit counts
    too_long_zh = "这是一个非常非常长的句子，" * 2 + "一定超过了二十五个字的限制。"
    assert pl.check_text("k", too_long_zh, "zh_CN")[0].detail.endswith("(at most 25)")
    too_long_ko = "가" * 41 + "."
    assert "41 syllables" in pl.check_text("k", too_long_ko, "ko")[0].detail
    assert pl.check_text("k", "짧아요.", "ko") == []


def test_labels_are_checked_for_length_not_grade() -> None:
    # Two long words have a silly grade; a label is not a sentence.
    assert pl.check_text("k", "Deposit insurance", "en") == []
    assert pl.check_text("k", "Deposit insurance.", "en")  # a sentence is graded
