"""Chinese characters for pinyin letters: surnames first, a clear error for a bad table."""

from pathlib import Path

import pytest

from kiosk.core.errors import ContentError
from kiosk.journeys.pinyin import TABLE_FILE, load_table, parse_table
from kiosk.paths import assets_dir


@pytest.fixture(scope="module")
def table():
    return load_table()


@pytest.mark.parametrize(("typed", "character"), [("wang", "王"), ("li", "李"), ("zhang", "张")])
def test_common_surnames_come_in_the_first_three(table, typed: str, character: str) -> None:
    assert character in table.candidates(typed)[:3]


def test_common_name_characters_come_early(table) -> None:
    assert "秀" in table.candidates("xiu")[:3]
    assert "英" in table.candidates("ying")[:3]
    assert "吕" in table.candidates("lv")[:3]  # ü is typed v
    assert table.candidates("lü") == table.candidates("lv")


def test_unknown_letters_give_nothing(table) -> None:
    assert table.candidates("wangx") == []
    assert table.candidates("v") == []
    assert table.candidates("") == []


def test_a_prefix_offers_the_syllables_it_begins(table) -> None:
    # A whole syllable first (wan → 万 …), then longer ones that begin so (王 of wang).
    wan = table.candidates("wan")
    assert wan[0] == "万"
    assert "王" in wan and wan.index("王") > wan.index("完")
    # The start of a syllable merges them all by weight: zh → 张 and 赵 up front.
    assert {"张", "赵"} <= set(table.candidates("zh")[:5])
    assert table.is_syllable("zhuang") and table.can_continue("zhu")
    assert not table.can_continue("zhuang")


def test_the_table_holds_the_common_characters(table) -> None:
    characters = {ch for pairs in table.entries.values() for ch, _ in pairs}
    assert 3500 <= len(characters) <= 7000
    assert len(set(table.candidates("wang"))) == len(table.candidates("wang"))


def test_loading_is_cached(table) -> None:
    assert load_table() is table


def test_a_missing_table_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "zh_CN_pinyin.tsv"
    with pytest.raises(ContentError, match=r"zh_CN_pinyin\.tsv.*missing"):
        load_table(missing)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("wang\t王\n", "line 1"),
        ("# comment\nWang\t王\t9\n", "line 2"),
        ("wang\t王王\t9\n", "line 1"),
        ("wang\t王\tmany\n", "line 1"),
        ("# only a comment\n", "(file)"),
    ],
)
def test_a_broken_table_names_file_and_line(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "table.tsv"
    with pytest.raises(ContentError) as caught:
        parse_table(path, text)
    assert caught.value.path == path and caught.value.field == where


def test_the_shipped_table_is_where_the_kiosk_looks() -> None:
    assert (assets_dir() / TABLE_FILE).is_file()
