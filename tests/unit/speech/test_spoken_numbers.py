"""Spoken digits for keypad fields: only a number becomes digits, never a command."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.core import ids
from kiosk.speech.intents import matcher_for
from kiosk.speech.intents.spoken_numbers import (
    SPOKEN_CORRECTIONS,
    SPOKEN_DIGITS,
    correction_in,
    digits_in,
    keypad_words,
)

LOCALES = Path(__file__).resolve().parents[3] / "locales"


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("one three eight", "138"),
        ("oh one oh", "010"),
        ("Zero, one, two.", "012"),
        ("double five", "55"),
        ("triple oh seven", "0007"),
        ("one double two three", "1223"),
        ("138", "138"),
        ("138-1234 5678", "13812345678"),
        ("１３８", "138"),  # full-width, as some keyboards type
        ("um, that's one three eight", "138"),
        ("my number is oh seven seven", "077"),
        ("four five six please", "456"),
    ],
)
def test_english_digit_words(said: str, digits: str) -> None:
    assert digits_in(said, "en") == digits


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("一三八", "138"),
        ("一 三 八 零 零", "13800"),  # Vosk puts spaces between characters
        ("幺 三 八", "138"),
        ("两 〇 零", "200"),
        ("九 七 六 五 四", "97654"),
        ("138 一 二", "13812"),
        ("嗯，我的号码是一三八", "138"),
        ("那个 一 二 三 吧", "123"),
    ],
)
def test_chinese_digit_characters(said: str, digits: str) -> None:
    assert digits_in(said, "zh_CN") == digits


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("공일공 일이삼사 오육칠팔", "01012345678"),
        ("공 일 공 일 이 삼 사 오 육 칠 팔", "01012345678"),
        ("영 구 륙", "096"),  # 영 for 0; 륙 as 육 is written after some syllables
        ("삼사", "34"),
        ("010-1234-5678", "01012345678"),
        ("공일공 1234", "0101234"),
        ("네, 공일공이요", "0102"),  # 요 is no digit; 이 before it is
        ("음 구 구 구", "999"),
    ],
)
def test_korean_sino_korean_digits(said: str, digits: str) -> None:
    assert digits_in(said, "ko") == digits


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("", "en"),
        ("um", "en"),
        ("please", "en"),
        ("double", "en"),  # a repeat with nothing to repeat
        ("double please", "en"),
        ("two hundred", "en"),
        ("one for cash", "en"),
        ("1st", "en"),
        ("١٢٣", "en"),  # digits the keypad does not have
        ("嗯", "zh_CN"),
        ("一下", "zh_CN"),
        ("一个", "zh_CN"),
        ("零钱", "zh_CN"),
        ("十", "zh_CN"),  # ten is no digit of a phone number
        ("네", "ko"),
        ("이 카드", "ko"),
        ("영어로", "ko"),  # "in English" starts with 영 (zero)
        ("오세요", "ko"),
        ("하나 둘", "ko"),  # native numbers are not how numbers are read out
    ],
)
def test_anything_else_is_not_a_number(said: str, locale: str) -> None:
    assert digits_in(said, locale) is None


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_commands_and_button_words_never_become_digits(locale: str) -> None:
    matcher = matcher_for(locale)
    intents = ("call_staff", "back", "home", "repeat", "stop", "yes", "no", "lost_card")
    said = [s for intent in intents for s in matcher.first_sentences(intent)[:3]]
    catalog = tomllib.loads((LOCALES / locale / "journeys.toml").read_text("utf-8"))
    said += [catalog["journey"]["common"]["next"], catalog["journey"]["common"]["change"]]
    for text in said:
        assert digits_in(text, locale) is None, text
        assert correction_in(text, locale) is None, text


@pytest.mark.parametrize(
    ("said", "locale", "key"),
    [
        ("Delete", "en", "delete"),
        ("delete that", "en", "delete"),
        ("um, clear", "en", "clear"),
        ("clear all", "en", "clear"),
        ("删除", "zh_CN", "delete"),
        ("清 空", "zh_CN", "clear"),
        ("지우기", "ko", "delete"),
        ("지워 주세요", "ko", "delete"),
        ("모두 지우기", "ko", "clear"),
        ("delete my card", "en", None),
        ("clear the form and start again", "en", None),
        ("one", "en", None),
    ],
)
def test_a_said_correction_is_a_keypad_key(said: str, locale: str, key: str | None) -> None:
    assert correction_in(said, locale) == key


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_keypads_own_words_are_said_to_correct(locale: str) -> None:
    """Say what you see: the Delete and Clear keys' words work as spoken."""
    words = tomllib.loads((LOCALES / locale / "messages.toml").read_text("utf-8"))["keypad"]
    assert correction_in(words["delete"], locale) == "delete"
    assert correction_in(words["clear"], locale) == "clear"
    assert SPOKEN_CORRECTIONS[locale] == (words["delete"].lower(), words["clear"].lower())


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_every_spoken_digit_reads_back_as_one_digit(locale: str) -> None:
    read = [digits_in(word, locale) for word in SPOKEN_DIGITS[locale]]
    assert all(d is not None and len(d) == 1 for d in read)
    assert set(read) == set("0123456789")
    assert keypad_words(locale)[: len(SPOKEN_DIGITS[locale])] == list(SPOKEN_DIGITS[locale])
    assert len(set(keypad_words(locale))) == len(keypad_words(locale))


@pytest.mark.parametrize(
    ("n", "en", "ko", "zh"),
    [
        (0, "zero", "영", "零"),
        (10, "ten", "십", "十"),
        (15, "fifteen", "십오", "十五"),
        (70, "seventy", "칠십", "七十"),
        (105, "one hundred five", "백오", "一百零五"),
        (110, "one hundred ten", "백십", "一百一十"),
        (1948, "one thousand nine hundred forty eight", "천구백사십팔", "一千九百四十八"),
    ],
)
def test_amounts_are_read_as_people_say_them(n: int, en: str, ko: str, zh: str) -> None:
    from kiosk.speech.intents.spoken_numbers import number_words

    assert (number_words(n, "en"), number_words(n, "ko"), number_words(n, "zh_CN")) == (en, ko, zh)


def test_amounts_on_a_button_are_matched_as_words_codes_stay_digits() -> None:
    from kiosk.speech.intents.spoken_numbers import read_numbers

    assert read_numbers("70세 이상입니다", "ko") == "칠십세 이상입니다"
    assert read_numbers("I am 70 or older", "en") == "I am seventy or older"
    assert read_numbers("我70岁以上", "zh_CN") == "我七十岁以上"
    assert read_numbers("code 0101 or 123456", "en") == "code 0101 or 123456"
