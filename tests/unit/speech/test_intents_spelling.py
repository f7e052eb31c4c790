"""A language's other spellings are data in its folder (locales/<lang>/spelling.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.speech.intents.normalise import normalise
from kiosk.speech.intents.spelling import Spelling, load_spelling, needed_text, spelling_for


@pytest.mark.parametrize(
    ("locale", "said", "standard"),
    [
        ("ko", "넣으라 캐요", "넣으라 해요"),  # the Gyeongsang quote
        ("ko", "준다꼬 카던데", "준다고 하던데"),
        ("ko", "빨리 해 주소", "빨리 해 주세요"),  # \1 keeps the space
        ("ko", "빨리 해주소", "빨리 해주세요"),
        ("ko", "왔는디유", "왔는데요"),
        ("ko", "우째 하노", "어떻게 하나"),
        ("zh_CN", "取 点 儿 钱 在 哪儿", "取点钱在哪"),
        ("en", "di man seh mi haffi pay dem", "the man say me have to pay them"),
    ],
)
def test_a_regional_form_reads_as_the_standard_one(locale: str, said: str, standard: str) -> None:
    assert normalise(said, locale) == standard


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ko", "카드 고마워요 우유 피아노 잔디 유예"),  # the letters the forms share
        ("zh_CN", "这儿子那儿女"),
        ("en", "did he mine the dim denim file"),  # "di", "mi", "dem", "fi" inside words
    ],
)
def test_words_that_only_look_regional_keep_their_letters(locale: str, text: str) -> None:
    assert normalise(text, locale) == normalise(text, "none")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_every_locale_has_a_spelling_table(locale: str) -> None:
    table = spelling_for(locale)
    assert table.rewrites or table.words


def test_a_language_without_the_file_has_no_other_spellings() -> None:
    assert spelling_for("xx") == Spelling()
    assert Spelling().standard("준다꼬") == "준다꼬"


def write(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "ko"
    folder.mkdir()
    path = folder / "spelling.yaml"
    path.write_text("locale: ko\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "field", "problem"),
    [
        ("rules: []\n", "rules", "is not one of"),
        ("rewrites: {find: a}\n", "rewrites", "must be a list"),
        ("rewrites:\n  - {find: '꼬'}\n", "rewrites[0]", "needs write"),
        ("rewrites:\n  - {find: '꼬', write: '고', why: x}\n", "rewrites[0]", "unknown key why"),
        ("rewrites:\n  - {find: '(꼬', write: '고'}\n", "rewrites[0]", "no regular expression"),
        ("rewrites:\n  - {find: '꼬', write: '\\2'}\n", "rewrites[0]", "no regular expression"),
        ("rewrites:\n  - {find: '', write: '고'}\n", "rewrites[0].find", "regular expression"),
        ("rewrites:\n  - {find: '꼬', write: 3}\n", "rewrites[0].write", "must be text"),
        ("words: [di]\n", "words", "must be a mapping"),
        ("words:\n  pon: on\n", "words.pon", 'quote it: "on"'),
    ],
)
def test_a_broken_table_names_the_file_and_the_field(
    tmp_path: Path, body: str, field: str, problem: str
) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ContentError) as raised:
        load_spelling(path, "ko")
    assert raised.value.path == path and raised.value.field == field
    assert problem in raised.value.problem


def test_rewrites_run_in_the_order_written(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "rewrites:\n  - {find: '꼬', write: '고'}\n  - {find: '(?<=고) 캐', write: ' 해'}\n",
    )
    assert load_spelling(path, "ko").standard("라꼬 캐요") == "라고 해요"


def _row_by_row(spelling: Spelling, text: str) -> str:
    """What standard() gave before its shortcut: every row, then the words."""
    for pattern, written in spelling.rewrites:
        text = pattern.sub(written, text)
    return Spelling((), spelling.words).standard(text) if spelling.words else text


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (
            "en",
            ["di man seh", "mi a go a di bank", "i want to take out money", "where do i cue", ""],
        ),
        ("zh_CN", ["取点儿钱", "我女儿在哪儿", "我想取钱", "我张卡唔见咗"]),
        ("ko", ["준다꼬 카던데", "돈 찾을라꼬예", "카드를 잃어버렸어요", "돈 찾으러 왔는디"]),
    ],
)
def test_skipping_a_row_whose_fixed_text_is_absent_changes_no_reading(
    locale: str, said: list[str]
) -> None:
    # standard() runs a row only when the text every match of it holds is there.
    spelling = spelling_for(locale)
    needs = [needed for _, _, needed in spelling._rows]
    assert sum(bool(needed) for needed in needs) > len(needs) / 2
    changed = 0
    for text in said:
        assert spelling.standard(text) == _row_by_row(spelling, text)
        changed += spelling.standard(text) != text
    assert changed  # the examples hold other spellings, not only standard text


@pytest.mark.parametrize(
    "text",
    ["ac", "aac", "bc", "c", "xyz", "axc", "ab", "aab"],
)
def test_a_row_needing_no_fixed_text_may_make_the_text_a_later_row_needs(text: str) -> None:
    # A sentence with none of the rows' fixed texts runs only the rows that need none;
    # once one of them changes it, every row after it runs as usual ("ac" -> "bc" -> "X").
    rows = [("b", "y"), ("a+", "b"), ("bc", "X"), ("(?<=x)y", "Y")]
    spelling = Spelling(tuple((re.compile(f), w) for f, w in rows))
    assert [needed for _, _, needed in spelling._rows] == ["b", "", "bc", "y"]
    assert spelling.standard(text) == _row_by_row(spelling, text)


@pytest.mark.parametrize(
    ("find", "needed"),
    [
        ("(?<=고) 캐", " 캐"),  # a lookbehind matches no text
        ("(?<![\\w'])ma(?![\\w'])", "ma"),
        ("abc(d|e)fghi", "fghi"),  # the longest run outside the group
        ("(가)\\1", ""),  # a group and a reference to it: nothing fixed
        ("ab|cd", ""),  # a branch: neither is in every match
        ("x*yz", "yz"),
        ("(?i)abc", ""),  # any case: no fixed text
    ],
)
def test_the_fixed_text_of_a_row_is_in_every_match(find: str, needed: str) -> None:
    assert needed_text(re.compile(find)) == needed


def test_a_row_made_possible_by_an_earlier_one_still_runs(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "rewrites:\n  - {find: '꼬', write: '고'}\n  - {find: '고 캐', write: '고 해'}\n",
    )
    spelling = load_spelling(path, "ko")
    assert spelling.standard("라꼬 캐요") == "라고 해요"
    assert spelling.standard("집에 가요") == "집에 가요"
