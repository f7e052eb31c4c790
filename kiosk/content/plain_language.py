"""Plain-language limits for the words customers read. Pure Python, no Qt.

The product explanations are for customers aged 70 and over, read from arm's
length. Each language gets a limit it can be measured by:

* English: every sentence at most 20 words, and every full-sentence text
  (one that ends with ``.``, ``?`` or ``!``) at Flesch–Kincaid school grade 6
  or lower (textstat). Labels such as "Savings account" are checked for
  length only: the grade formula means nothing for two words.
* Chinese (zh_CN): every sentence at most 25 characters. Counted: every
  character except spaces and punctuation (，。、！？ etc.); digits and
  currency signs count, one each.
* Korean: every sentence at most 40 syllables. Counted: Hangul syllable
  blocks, plus one for each Latin letter or digit (a number takes at least as
  long to read aloud as it has digits).

The numbers and units are each language's ``language.toml``
(``[plain_language]``, docs/languages.md).

Texts with ``{placeholders}`` are checked as the customer sees them, with
the worked example's numbers filled in (:func:`product_word_problems`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kiosk.content.catalog import Catalog, placeholders
from kiosk.content.products import Product, example, word_values
from kiosk.core.languages import languages

# Each language's limit, its unit and (English) its school grade: language.toml's
# [plain_language] (docs/languages.md).
LIMITS = {loc: lang.plain_most for loc, lang in languages().items()}
UNITS = {loc: lang.plain_unit for loc, lang in languages().items()}
GRADES = {
    loc: lang.plain_most_grade
    for loc, lang in languages().items()
    if lang.plain_most_grade is not None
}

# A sentence ends at 。！？ (no space needed) or at . ! ? before a space or the
# end; "1.50" is not a sentence end.
_SENTENCE_END = re.compile(r"(?<=[。！？])|(?<=[.!?])(?=\s|$)")
_CJK_PUNCTUATION = set("，。、！？；：“”‘’（）《》【】…—·～")
_PUNCTUATION = _CJK_PUNCTUATION | set(string.punctuation) - set("¥₩$€£%")
_FULL_STOP = tuple(".?!。？！")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _strip_end(sentence: str) -> str:
    return sentence.rstrip("".join(_FULL_STOP)).strip()


def english_words(sentence: str) -> int:
    """Words in an English sentence (anything with a letter or digit in it)."""
    return sum(1 for token in sentence.split() if any(ch.isalnum() for ch in token))


def chinese_characters(sentence: str) -> int:
    """Characters in a Chinese sentence, not counting spaces and punctuation.

    Commas inside a number (``10,000``) are punctuation too: the number still
    counts one per digit, which is already generous to the writer's limit.
    """
    return sum(1 for ch in sentence if not ch.isspace() and ch not in _PUNCTUATION)


def korean_syllables(sentence: str) -> int:
    """Hangul syllables in a Korean sentence, plus one per Latin letter or digit."""
    return sum(
        1 for ch in sentence if "\uac00" <= ch <= "\ud7a3" or (ch.isascii() and ch.isalnum())
    )


def sentence_length(sentence: str, locale: str) -> int:
    """The sentence's length in the unit its language is limited by."""
    return _MEASURES[UNITS.get(locale, "words")](sentence)


# How each unit of language.toml's plain_language.unit is counted.
_MEASURES = {
    "words": english_words,
    "characters": chinese_characters,
    "syllables": korean_syllables,
}


def grade(text: str) -> float:
    """Flesch–Kincaid school grade of an English text (textstat, offline)."""
    # Imported here: textstat loads a pronouncing dictionary (~0.3 s) that only
    # the checks need, never the kiosk at start-up.
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


@dataclass(frozen=True)
class Problem:
    """One text that breaks a limit."""

    path: Path | None
    key: str
    sentence: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path or '?'}: {self.key}: {self.sentence!r} {self.detail}"


def check_text(
    key: str, text: str, locale: str, path: Path | None = None, *, grade_check: bool = True
) -> list[Problem]:
    """Every way ``text`` (placeholders already filled) breaks its language's limits.

    Args:
        grade_check: Also check the English grade of full-sentence texts.
    """
    problems = []
    limit = LIMITS.get(locale)
    if limit is None:
        return []
    for sentence in sentences(text):
        length = sentence_length(_strip_end(sentence), locale)
        if length > limit:
            detail = f"has {length} {UNITS[locale]} (at most {limit})"
            problems.append(Problem(path, key, sentence, detail))
    most_grade = GRADES.get(locale)
    if most_grade is not None and grade_check and text.rstrip().endswith(_FULL_STOP):
        level = grade(text)
        if level > most_grade:
            detail = f"is at school grade {level:.1f} (at most {most_grade:g})"
            problems.append(Problem(path, key, text, detail))
    return problems


SAMPLE_PROTECTION = Decimal(500000)


def sample_values(
    key: str,
    catalog: Catalog,
    products: Mapping[str, Product],
    currency: str,
) -> dict[str, str]:
    """Believable values for ``key``'s placeholders, as a customer would see them.

    A product's words get its worked example; a calculator result gets the
    example of the first product of that kind; anything else gets the savings
    account's numbers and the names of two products.
    """
    parts = key.removeprefix("spoken.").split(".")
    product = next(iter(products.values()))
    if parts[0] == "product" and parts[1] in products:
        product = products[parts[1]]
    elif key.startswith("products.result."):
        product = next((p for p in products.values() if p.kind == parts[2]), product)
    # The deposit insurance limit as the default setting has it (500,000).
    shown, _ = word_values(example(product, currency), catalog, currency, SAMPLE_PROTECTION)
    others = [p for p in products if p != product.id]
    return shown | {
        "count": "3",
        "value": "1.50",
        "product": catalog.text(f"product.{product.id}.name"),
        "other": catalog.text(f"product.{others[0]}.name"),
    }


def product_word_problems(
    catalogs: Mapping[str, Catalog],
    products: Mapping[str, Product],
    currency: str,
    prefixes: tuple[str, ...] = ("product.", "products."),
) -> list[Problem]:
    """Check every product word in every limited locale, filled with sample numbers."""
    problems: list[Problem] = []
    for locale, catalog in catalogs.items():
        if locale not in LIMITS:
            continue
        for key, template in sorted(catalog.messages.items()):
            if not key.startswith(prefixes):
                continue
            values = sample_values(key, catalog, products, currency)
            missing = placeholders(template) - values.keys()
            if missing:
                detail = f"has placeholders {sorted(missing)} with no sample value"
                problems.append(Problem(catalog.sources.get(key), key, template, detail))
                continue
            text = template.format(**values)
            problems += check_text(key, text, locale, catalog.sources.get(key))
    return problems
