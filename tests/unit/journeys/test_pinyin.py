"""Chinese characters for pinyin letters: surnames first, a clear error for a bad table."""

from pathlib import Path

import pytest

from kiosk.core.errors import ContentError
from kiosk.journeys.pinyin import (
    MAX_CHARACTERS,
    MIN_SYLLABLES,
    TABLE_FILE,
    PinyinTable,
    load_table,
    parse_table,
    read_table,
)
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


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        ("wang\tW\t9\n", "line 1", "not a Chinese character"),
        ("wang\t王\t9\nwang\t王\t3\n", "line 2", "twice"),
        ("", "(file)", "no characters"),
        ("\n  \n", "(file)", "no characters"),
    ],
)
def test_a_row_no_name_can_use_is_refused(
    tmp_path: Path, text: str, where: str, problem: str
) -> None:
    path = tmp_path / "table.tsv"
    with pytest.raises(ContentError, match=problem) as caught:
        parse_table(path, text)
    assert caught.value.field == where


def test_a_file_that_cannot_be_read_is_a_content_error(tmp_path: Path) -> None:
    # The keyboard catches ContentError only: any other error would escape a key press.
    with pytest.raises(ContentError, match="cannot be read") as caught:
        read_table(tmp_path)  # a directory where the file should be
    assert caught.value.path == tmp_path
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("wang\t王\t9\n".encode("gb18030"))
    with pytest.raises(ContentError, match="not UTF-8"):
        read_table(latin1)


def test_reading_afresh_sees_the_file_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "table.tsv"
    path.write_text("wang\t王\t9\n", encoding="utf-8")
    assert read_table(path).candidates("wang") == ["王"]
    path.write_text("wang\t汪\t9\n", encoding="utf-8")
    assert read_table(path).candidates("wang") == ["汪"]


def test_the_shipped_table_has_a_sound_size(table) -> None:
    assert table.size_problem() == ""
    assert len(table.entries) >= MIN_SYLLABLES


def test_a_table_cut_short_or_overgrown_says_so(table) -> None:
    first = dict(list(table.entries.items())[:100])
    assert "only 100 syllables" in PinyinTable(first).size_problem()
    thin = {s: pairs[:1] for s, pairs in table.entries.items()}
    assert "characters (a whole table" in PinyinTable(thin).size_problem()
    rare = [chr(0x4E00 + n) for n in range(MAX_CHARACTERS + 1)]
    overgrown = dict(table.entries, zzz=tuple((ch, 1) for ch in rare))
    assert "more than" in PinyinTable(overgrown).size_problem()


def test_a_table_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    from kiosk.journeys.pinyin import read_table

    path = tmp_path / "table.tsv"
    path.write_text("wang\t王\t9\nli\t李\t8\n", encoding="utf-8-sig")
    assert read_table(path).candidates("wang")[:1] == ["王"]
