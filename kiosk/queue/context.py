"""The context card staff see with a help request, made safe to store.

The kiosk passes what the customer was doing (screen, journey, last things
said or typed) so staff arrive informed and the customer never repeats
themselves. Nothing secret may reach the database: only whitelisted keys are
kept, keys that smell of secrets are dropped, long digit runs (card and
account numbers, also spoken as number words) are masked to the last four,
and strings are capped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

MAX_TEXT = 200
MAX_RECENT = 5  # said / typed: the last few utterances are enough context
MAX_STEPS = 20
MASK = "•••• "
SECRET_WORDS = ("pin", "cvv", "password")

_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# 12+ digits, single spaces / dashes allowed between groups: "4111 1111-1111 1111".
_DIGIT_RUN = re.compile(r"\d(?:[ \u00a0\-\u2010-\u2013]?\d){11,}")

# Speech recognisers write numbers as words: "four one one one …", "四 一 一 一 …",
# "사 일 일 일 …". Twelve or more digit words in a row are treated the same way.
_EN_DIGITS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_ZH_DIGITS = dict(zip("零〇一幺二两三四五六七八九", "0011223456789", strict=True))
_KO_DIGITS = dict(zip("공영일이삼사오육칠팔구", "00123456789", strict=True))

_EN_WORD = "(?:" + "|".join(sorted(_EN_DIGITS, key=len, reverse=True)) + ")"
_EN_RUN = re.compile(rf"\b{_EN_WORD}(?:[ \-]+{_EN_WORD}){{11,}}\b", re.IGNORECASE)
_ZH_RUN = re.compile(rf"[{''.join(_ZH_DIGITS)}](?: ?[{''.join(_ZH_DIGITS)}]){{11,}}")
_KO_RUN = re.compile(rf"[{''.join(_KO_DIGITS)}](?: ?[{''.join(_KO_DIGITS)}]){{11,}}")


def _last_four(digits: list[str]) -> str:
    return MASK + "".join(digits[-4:])


def _mask_digits(match: re.Match[str]) -> str:
    digits = [c for c in match.group(0).translate(_ASCII_DIGITS) if c.isdigit()]
    return _last_four(digits)


def _word_masker(table: dict[str, str], words: re.Pattern[str]) -> Callable[[re.Match[str]], str]:
    def mask(match: re.Match[str]) -> str:
        found = words.findall(match.group(0))
        return _last_four([table[w.lower()] for w in found])

    return mask


_MASKERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (_DIGIT_RUN, _mask_digits),
    (_EN_RUN, _word_masker(_EN_DIGITS, re.compile(_EN_WORD, re.IGNORECASE))),
    (_ZH_RUN, _word_masker(_ZH_DIGITS, re.compile(f"[{''.join(_ZH_DIGITS)}]"))),
    (_KO_RUN, _word_masker(_KO_DIGITS, re.compile(f"[{''.join(_KO_DIGITS)}]"))),
)


def mask_numbers(text: str) -> str:
    """Replace every run of 12+ digits (or digit words) with ``•••• 1234``."""
    for pattern, replace in _MASKERS:
        text = pattern.sub(replace, text)
    return text


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """Masked, trimmed, and at most ``limit`` characters (masking first, so a cut
    can never leave a readable tail of a card number)."""
    text = mask_numbers(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: Any) -> str | None:
    return clean_text(value) if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _texts(limit: int) -> Callable[[Any], list[str] | None]:
    """A list of strings, keeping the last ``limit`` (the most recent)."""

    def parse(value: Any) -> list[str] | None:
        if not isinstance(value, list | tuple):
            return None
        return [clean_text(v) for v in value if isinstance(v, str)][-limit:]

    return parse


# The whitelist: key → how to clean its value (None = drop the key).
_FIELDS: dict[str, Callable[[Any], Any]] = {
    "kiosk_id": _text,
    "location": _text,
    "locale": _text,
    "text_size": _int,
    "theme": _text,
    "voice_on": _bool,
    "screen": _text,
    "journey": _text,
    "step": _text,
    "steps": _texts(MAX_STEPS),
    "said": _texts(MAX_RECENT),
    "typed": _texts(MAX_RECENT),
    "draft_code": _text,
    # What staff call the kiosk ("Kiosk by the door"), and the discreet hold:
    # "may be under pressure", not a fraud alarm.
    "kiosk_name": _text,
    "quiet_check": _bool,
    # "step=answer" ids of what was tapped or answered in the journey (a fraud
    # check's yes / no / unsure: which warning signs were there).
    "chosen": _texts(MAX_STEPS),
}


def sanitise_context(raw: dict[str, Any]) -> dict[str, Any]:
    """Keep only what staff need and nothing secret.

    Args:
        raw: What the kiosk knows about the customer's session.

    Returns:
        A new dict with whitelisted keys only, values of the wrong type dropped,
        digit runs masked and strings capped at 200 characters.
    """
    clean: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or any(word in key.lower() for word in SECRET_WORDS):
            continue
        parse = _FIELDS.get(key)
        if parse is None:
            continue
        parsed = parse(value)
        if parsed is not None:
            clean[key] = parsed
    return clean
