"""Spoken digits for the keypad's fields: "oh one three eight" → ``"0138"`` (no Qt).

On a journey's keypad field (a phone number, a date, a booking code) the
customer may say the digits instead of tapping them. Only text made of digit
words (plus a few harmless fillers: "um", "that's", 네) becomes digits, so a
command said on the same screen ("call staff", "next", 영어로) never types
anything. The keypad's own correction keys can be said too, by the words
printed on them ("Delete", "Clear").

>>> digits_in("oh one oh, double five", "en")
'01055'
>>> digits_in("幺 三 八 零", "zh_CN")
'1380'
>>> digits_in("공일공 일이삼사", "ko")
'0101234'
>>> digits_in("call staff", "en") is None
True
"""

from __future__ import annotations

import re

from kiosk.core.languages import languages
from kiosk.speech.intents.normalise import normalise

# The words for digits, said in a phone number ("oh", "nought"; 幺, 两; 공, 륙),
# the ones a recogniser listens for, "double"/"triple": each language's
# language.toml (docs/languages.md), one list shared with the privacy masking.
DIGIT_WORDS: dict[str, dict[str, str]] = {
    loc: dict(lang.digit_words) for loc, lang in languages().items()
}
SPOKEN_DIGITS: dict[str, tuple[str, ...]] = {
    loc: lang.spoken_digits for loc, lang in languages().items()
}
REPEATS: dict[str, dict[str, int]] = {loc: dict(lang.repeats) for loc, lang in languages().items()}

# What people say around a number without changing it ("um", "that's", 네):
# never a digit word, nor a word a command needs on its own (language.toml).
# Chinese ones are removed wherever they occur, so none may hold a digit word.
FILLERS: dict[str, frozenset[str]] = {loc: lang.number_fillers for loc, lang in languages().items()}

# The keypad's correction keys by the words printed on them and a common way of
# saying each, and the ones a recogniser listens for (language.toml).
CORRECTIONS: dict[str, dict[str, str]] = {
    loc: dict(lang.corrections) for loc, lang in languages().items()
}
SPOKEN_CORRECTIONS: dict[str, tuple[str, ...]] = {
    loc: lang.spoken_corrections for loc, lang in languages().items()
}

# ASCII only: the keypad has no ١ or ४ (NFKC already folds full-width １ to 1).
_DIGITS = re.compile(r"[0-9]+")


def _words(text: str, locale: str) -> list[str]:
    """The heard words, one list item per spoken unit (a character in Chinese)."""
    said = normalise(text, locale)
    if locale == "zh_CN":
        for filler in sorted(FILLERS["zh_CN"], key=len, reverse=True):
            said = said.replace(filler, " ")
        # Digits written as digits stay whole; every other character is a word.
        return [w for part in said.split() for w in re.findall(r"[0-9]+|\S", part)]
    return said.split()


def _korean_word(word: str) -> str | None:
    """A Korean word's digits: 공일공 is three digit syllables written together."""
    if word in FILLERS["ko"]:
        return ""
    if word.endswith("요") and len(word) > 1:  # 공일공이요 → said politely, 요 is no digit
        word = word[:-1]
    table = DIGIT_WORDS["ko"]
    if all(char in table or _DIGITS.fullmatch(char) for char in word):  # 공일공1234 mixes both
        return "".join(table.get(char, char) for char in word)
    return None


def digits_in(text: str, locale: str) -> str | None:
    """The digits ``text`` says, or None when it says anything else too.

    Args:
        text: What was heard (or typed): digit words, digits, a few fillers.
        locale: ``en``, ``zh_CN`` or ``ko`` (any other locale: digits only).

    Returns:
        The digits in order ("0101234"), or None when any word is neither a
        digit word nor a filler, or no digit was said at all.
    """
    words = _words(text, locale)
    table = DIGIT_WORDS.get(locale, {})
    repeats = REPEATS.get(locale, {})
    fillers = FILLERS.get(locale, frozenset())
    digits: list[str] = []
    times = 1  # a pending "double" applies to the next digit word only
    for word in words:
        if word in repeats and times == 1:
            times = repeats[word]
            continue
        if locale == "ko":
            found = _korean_word(word)
        elif word in table:
            found = table[word]
        elif _DIGITS.fullmatch(word):
            found = word
        elif word in fillers:
            found = ""
        else:
            found = None
        if found is None or (times > 1 and len(found) != 1):
            return None  # "double" must be followed by one digit ("double please" is no number)
        digits.append(found * times)
        times = 1
    if times > 1:
        return None
    return "".join(digits) or None


def correction_in(text: str, locale: str) -> str | None:
    """The keypad key a spoken correction means: ``"delete"``, ``"clear"`` or None.

    Only the whole utterance counts (fillers aside): "delete my card" is no key.
    """
    said = normalise(text, locale)
    corrections = {normalise(k, locale): v for k, v in CORRECTIONS.get(locale, {}).items()}
    if said in corrections:
        return corrections[said]
    fillers = FILLERS.get(locale, frozenset())
    if locale == "zh_CN":
        for filler in sorted(fillers, key=len, reverse=True):
            said = said.replace(filler, "")
    else:
        said = " ".join(w for w in said.split() if w not in fillers)
    return corrections.get(said)


def keypad_words(locale: str) -> list[str]:
    """What to listen for on a keypad field: each digit word, then the corrections.

    One phrase per word, so a recogniser can string digit words together in
    any order and length.
    """
    return [
        *SPOKEN_DIGITS.get(locale, ()),
        *REPEATS.get(locale, {}),
        *SPOKEN_CORRECTIONS.get(locale, ()),
    ]


# -- amounts written on buttons, as people read them out -------------------------

_EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen")  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Sino-Korean and Chinese read 1948 as "one thousand nine hundred four ten eight";
# 1 is not said before 10, 100, 1000 in Korean (십, 백, 천), nor before 10 in Chinese.
_PLACES = {"ko": ("", "십", "백", "천"), "zh_CN": ("", "十", "百", "千")}
_UNITS = {
    "ko": ("", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"),
    "zh_CN": ("", "一", "二", "三", "四", "五", "六", "七", "八", "九"),
}
MOST_READ = 9999  # larger numbers on a button are codes or amounts: left as digits
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _english(n: int) -> str:
    if n < 20:
        return _EN_ONES[n] or "zero"
    if n < 100:
        return " ".join(w for w in (_EN_TENS[n // 10], _EN_ONES[n % 10]) if w)
    if n < 1000:
        rest = f" {_english(n % 100)}" if n % 100 else ""
        return f"{_EN_ONES[n // 100]} hundred{rest}"
    rest = f" {_english(n % 1000)}" if n % 1000 else ""
    return f"{_english(n // 1000)} thousand{rest}"


def _sino(n: int, locale: str) -> str:
    if n == 0:
        return "영" if locale == "ko" else "零"
    digits = [int(d) for d in str(n)]
    words: list[str] = []
    gap = False
    for place, digit in zip(range(len(digits) - 1, -1, -1), digits, strict=True):
        if digit == 0:
            gap = True
            continue
        if gap and locale == "zh_CN" and words:
            words.append("零")  # 一百零五: Chinese says the gap
        gap = False
        silent = digit == 1 and place > 0 and (locale == "ko" or (place == 1 and not words))
        unit = "" if silent else _UNITS[locale][digit]
        words.append(unit + _PLACES[locale][place])
    return "".join(words)


def number_words(n: int, locale: str) -> str:
    """How ``n`` is read out as an amount: 70 → "seventy", "칠십", "七十"."""
    if locale == "en":
        return _english(n)
    if locale in _PLACES:
        return _sino(n, locale)
    return str(n)


def read_numbers(text: str, locale: str) -> str:
    """``text`` with its amounts written as said ("70세" → "칠십세"), for matching speech."""

    def said(match: re.Match[str]) -> str:
        n = int(match.group())
        if n > MOST_READ or (len(match.group()) > 1 and match.group().startswith("0")):
            return match.group()
        spaced = locale == "en"
        return f" {number_words(n, locale)} " if spaced else number_words(n, locale)

    text = _THOUSANDS.sub("", text)  # 1,000 is one amount
    return " ".join(_DIGITS.sub(said, text).split())
