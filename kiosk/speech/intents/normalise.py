"""Make typed or recognised text comparable with the sentence templates.

The same function runs on what the customer said and on every expanded
template, so both sides always agree on case, punctuation and spacing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kiosk.speech.intents import korean
from kiosk.speech.intents.spelling import spelling_for

# Ideographs (a regex class's ranges): Chinese is written without spaces between words.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# In Chinese a space next to an ideograph is never meaningful ("用 app 转账").
_CJK_SPACE = re.compile(rf"(?<=[{HAN}])\s+|\s+(?=[{HAN}])")
# Vosk marks words it could not recognise; they carry no meaning.
_UNK = re.compile(r"\[unk\]|<unk>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Everything but letters, digits and the apostrophe of "can't" is a word break;
# an apostrophe that is not inside a word is a quote mark.
_NON_WORD = re.compile(r"[^\w']|_|(?<!\w)'|'(?!\w)")


def is_spaceless(locale: str) -> bool:
    """True where words are not separated by spaces (Chinese)."""
    return locale.startswith("zh")


def normalise(text: str, locale: str) -> str:
    """Lower-case, half-width, punctuation-free text with single spaces.

    * NFKC folds full-width forms (``ＡＴＭ``, ``１０``, ``，``) to their
      ordinary ones, so typed and recognised text look alike.
    * For Chinese, spaces next to ideographs are removed: Vosk returns
      "我 想 取 钱", templates are written "我想取钱".
    * Each language's other spellings read as the standard ones
      (``locales/<lang>/spelling.yaml``): the northern 儿 goes (取点儿钱 is
      取点钱; 儿子 and 女儿 stay), the Gyeongsang quote 준다꼬 카던데 reads as
      준다고 하던데, Caribbean English "di man seh" as "the man say".

    >>> normalise("Um, I'd like ＴＷＯ tickets!", "en")
    "um i'd like two tickets"
    >>> normalise("我 想 取 钱。", "zh_CN")
    '我想取钱'
    >>> normalise("取 点 儿 钱 在 哪儿", "zh_CN")
    '取点钱在哪'
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    text = _UNK.sub(" ", text)
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
    if is_spaceless(locale):
        text = _CJK_SPACE.sub("", text)
    if locale == "ko":  # syllables the recogniser wrote apart (ADR 0137)
        text = korean.joined_syllables(text)
    # Regional and spoken forms as the standard ones (locales/<lang>/spelling.yaml).
    text = spelling_for(locale).standard(text)
    if locale == "ko":  # a syllable's final consonant, which a word list cannot say
        text = korean.formal_endings(text)
    return text


class FillerStripper:
    """Removes filler words ("um", 请问, 저기요) from normalised text.

    Word-spaced locales drop whole words and phrases only, so "um" never eats
    the start of "umbrella"; in Chinese fillers are removed wherever they occur,
    because there are no spaces to anchor on.
    """

    def __init__(self, fillers: Iterable[str], locale: str) -> None:
        words = sorted({normalise(f, locale) for f in fillers} - {""}, key=lambda w: (-len(w), w))
        self.locale = locale
        self._pattern: re.Pattern[str] | None = None
        if words:
            body = "|".join(re.escape(w) for w in words)
            if is_spaceless(locale):
                self._pattern = re.compile(body)
            else:
                self._pattern = re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        stripped = self._pattern.sub(" ", text)
        stripped = _SPACES.sub(" ", stripped).strip()
        if is_spaceless(self.locale):
            stripped = _CJK_SPACE.sub("", stripped)
        return stripped
