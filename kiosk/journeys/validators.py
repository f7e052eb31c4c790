"""Checks on what a customer typed, answering in words (catalogue keys), never crashing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.journeys.model import FieldSpec, InputKind

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
