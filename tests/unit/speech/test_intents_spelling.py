"""A language's other spellings are data in its folder (locales/<lang>/spelling.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.speech.intents.normalise import normalise
from kiosk.speech.intents.spelling import Spelling, load_spelling, spelling_for


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
