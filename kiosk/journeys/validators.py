"""Checks on what a customer typed, answering in words (catalogue keys), never crashing."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from kiosk.core.languages import languages
from kiosk.journeys.model import FieldSpec, InputKind

# Marks a name may have besides letters and spaces: O'Brien, Smith-Jones, and the
# middle dot of Chinese transliterations (阿依古丽·买买提), in their usual forms.
NAME_MARKS = frozenset("-'\u2019\u00b7\u30fb\u2027")
# Letters of the scripts the kiosk's keyboards type (and that customers' ID cards
# use): every language's names.scripts (language.toml), e.g. "LATIN ", "HANGUL SYLLABLE ".
_NAME_SCRIPTS = tuple(
    dict.fromkeys(script for lang in languages().values() for script in lang.name_scripts)
)

# Mobile numbers the branch's customers have: China 1xx xxxx xxxx, Korea 01x …,
# and a generic international length for everyone else.
_PHONE_LENGTHS = range(8, 16)


@dataclass(frozen=True)
class Problem:
    """Why an answer was refused: a catalogue key and the values for its words."""

    key: str
    values: dict[str, object]


def check(spec: FieldSpec, raw: str, today: date | None = None) -> Problem | None:
    """``None`` when ``raw`` is a good answer for ``spec``; else what to fix, in words."""
    if spec.input == InputKind.NAME:
        return check_name(spec, raw)
    value = raw.strip()
    if not value:
        return Problem("journey.problem.empty", {})
    if not value.isdigit():
        return Problem("journey.problem.digits_only", {})
    if spec.input == InputKind.PHONE:
        if len(value) not in _PHONE_LENGTHS:
            return Problem("journey.problem.phone_length", {"count": len(value)})
        return None
    if spec.input == InputKind.DATE:
        return _check_date(value, today or date.today())
    if len(value) < spec.min_length:
        return Problem("journey.problem.too_short", {"least": spec.min_length})
    if len(value) > spec.max_length:
        return Problem("journey.problem.too_long", {"most": spec.max_length})
    return None


def clean_name(raw: str) -> str:
    """A name as it is kept: no space at either end, one space between words."""
    return " ".join(raw.split())


def _name_letter(ch: str) -> bool:
    if unicodedata.category(ch)[0] == "M":  # an accent typed as its own mark (é)
        return True
    if not ch.isalpha():
        return False
    return unicodedata.name(ch, "").startswith(_NAME_SCRIPTS)


def _lone_jamo(ch: str) -> bool:
    """A Korean letter on its own (ㄱ, ㅏ): a syllable the customer has not finished."""
    return "\u3131" <= ch <= "\u318e" or "\u1100" <= ch <= "\u11ff"


def check_name(spec: FieldSpec, raw: str) -> Problem | None:
    """A person's name: letters (Latin, Hangul, Chinese), spaces and - ' · only."""
    value = clean_name(raw)
    if not value:
        return Problem("journey.problem.name_empty", {})
    if len(value) > spec.max_length:
        return Problem("journey.problem.name_too_long", {"most": spec.max_length})
    if any(_lone_jamo(ch) for ch in value):
        return Problem("journey.problem.name_unfinished", {})
    allowed = all(ch == " " or ch in NAME_MARKS or _name_letter(ch) for ch in value)
    if not allowed or not any(ch.isalpha() for ch in value):
        return Problem("journey.problem.name_letters", {})
    if len(value) < spec.min_length:
        return Problem("journey.problem.name_too_short", {"least": spec.min_length})
    return None


def clean(spec: FieldSpec, raw: str) -> str:
    """The answer as it is kept once accepted (names tidied, everything else as typed)."""
    return clean_name(raw) if spec.input == InputKind.NAME else raw


def _check_date(value: str, today: date) -> Problem | None:
    """Dates are typed as eight digits, year first (as on Chinese and Korean forms)."""
    if len(value) != 8:
        return Problem("journey.problem.date_digits", {})
    try:
        typed = date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return Problem("journey.problem.no_such_date", {})
    if typed.year < 1900 or typed > today.replace(year=today.year + 5):
        return Problem("journey.problem.date_range", {})
    return None


def show(spec: FieldSpec, value: str) -> str:
    """How an answer is read back: dates with dashes, phone numbers in groups."""
    if spec.sensitive:
        return "•" * len(value)
    if spec.input == InputKind.DATE and len(value) == 8:
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if spec.input == InputKind.PHONE and len(value) == 11:
        return f"{value[:3]} {value[3:7]} {value[7:]}"
    return value
