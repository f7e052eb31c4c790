"""The context card staff see with a help request, made safe to store.

The kiosk passes what the customer was doing (screen, journey, last things
said or typed) so staff arrive informed and the customer never repeats
themselves. Nothing secret may reach the database: only whitelisted keys are
kept, keys that smell of secrets are dropped, runs of 6+ digits however
separated (PINs, dates of birth, phone, account and card numbers, also as
number words in each language) are masked, card-length ones to the last four,
whatever follows "PIN", "密码" or "비밀번호" is masked, and strings are capped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.core.languages import languages

MAX_TEXT = 200
MAX_RECENT = 5  # said / typed: the last few utterances are enough context
MAX_STEPS = 20
MASK = "•••• "
SECRET_WORDS = ("pin", "cvv", "password")

_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
MIN_RUN = 6  # a PIN, a date of birth, an account or card number, a phone number
SHOW_LAST = 12  # only card-length runs keep their last four digits visible


@dataclass(frozen=True)
class _Patterns:
    words: dict[str, str]
    repeats: dict[str, int]
    run: re.Pattern[str]
    run_across: re.Pattern[str]
    one: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """Built on first use (it reads every language.toml)."""
    # Numbers as speech recognisers (and people) write them: "four one one one …",
    # "四 一 一 一 …", "사 일 일 일 …": every language's digit words, the one list
    # the keypad's spoken digits use too (language.toml, numbers.digit_words).
    langs = languages().values()
    words = {w.casefold(): d for lang in langs for w, d in lang.digit_words.items()}
    repeats = {w: n for lang in langs for w, n in lang.repeats.items()}
    latin = sorted((w for w in (*words, *repeats) if w.isascii()), key=len, reverse=True)
    cjk = "".join(sorted(w for w in words if not w.isascii()))
    # One digit: a digit of any script, a Latin digit word standing alone, or a CJK digit.
    token = rf"(?:\d|(?<![^\W\d_])(?:{'|'.join(latin)})(?![^\W\d_])|[{cjk}])"
    # Between digits: up to two of anything but letters (dots, commas, double spaces,
    # "1948/05/12"), or three of space, dot, comma, dash ("4111 - 1111"). Not " / ":
    # "5000 / 24 months" is an amount and a term, not one number.
    gap = r"(?:[^\w\n]{0,2}|[ .,\-]{3})"
    return _Patterns(
        words,
        repeats,
        re.compile(rf"{token}(?:{gap}{token})+", re.IGNORECASE),
        re.compile(rf"{token}(?:(?:{gap}|{gap}\n{gap}){token})+", re.IGNORECASE),
        re.compile(token, re.IGNORECASE),
    )


# Whatever follows these words, to the end of the sentence, is a secret.
_SECRET = re.compile(
    r"(?:(?<![^\W\d_])(?:pin\s*codes?|pins?|passcodes?|passwords?|passwd|cvv2?|cvc)(?![^\W\d_])"
    r"|密码|口令|验证码|비밀번호|비번|암호|인증번호)"
    r"(?P<rest>[^.!?。！？\n]*)",
    re.IGNORECASE,
)


def _digits(text: str) -> list[str]:
    """The digits a run stands for ("double five" is 55)."""
    p = _patterns()
    out: list[str] = []
    times = 1
    for token in p.one.findall(text):
        word = token.casefold()
        if word in p.repeats:
            times = p.repeats[word]
            continue
        digit = p.words.get(word) or token.translate(_ASCII_DIGITS)
        out += [digit if digit.isascii() else str(int(digit))] * times
        times = 1
    return out


def _masker(min_run: int) -> Callable[[re.Match[str]], str]:
    def mask(match: re.Match[str]) -> str:
        """``•••• 1234`` for card-length runs, ``••••`` for shorter ones; a run split
        over several lines (entries) keeps one mask per line, so entries stay apart."""
        text = match.group(0)
        digits = _digits(text)
        if len(digits) < min_run:
            return text
        parts = text.split("\n")
        tail = "".join(digits[-4:]) if len(digits) >= SHOW_LAST else ""
        masked = ["••••" if _patterns().one.search(part) else "" for part in parts]
        masked[-1] = (MASK + tail) if tail else "••••"
        return "\n".join(masked)

    return mask


def _mask_secret(match: re.Match[str]) -> str:
    rest = match.group("rest")
    head = match.group(0)[: len(match.group(0)) - len(rest)]
    return head + (" ••••" if rest.strip() else rest)


def mask_numbers(text: str, min_run: int = MIN_RUN) -> str:
    """Hide what could be a PIN, a card or an account number, or a date of birth.

    Any run of 6 or more digits (or digit words, in any of the kiosk's
    languages) however it is separated becomes ``••••`` (``•••• 1234`` when it
    is card-length), and whatever follows "PIN", "密码", "비밀번호" and the like
    up to the end of the sentence becomes ``••••``.

    Args:
        text: Anything a customer said or typed, or a staff note.
        min_run: The shortest run masked; form drafts, which must keep a phone
            number for the teller, pass 12 (card and account numbers only).
    """
    return _patterns().run.sub(_masker(min_run), _SECRET.sub(_mask_secret, text))


def mask_entries(entries: list[str]) -> list[str]:
    """:func:`mask_numbers` for a list whose entries may continue each other: a card
    number said in two halves ("4111 1111", "1111 1111") is one run."""
    if any("\n" in e for e in entries):
        entries = [e.replace("\n", " ") for e in entries]
    masked: list[str] = []
    secret_next = False
    for entry in entries:
        if secret_next and entry.strip():
            entry = "••••"  # "my PIN", then "2468" as the next thing said
        secret_next = any(not m.group("rest").strip() for m in _SECRET.finditer(entry))
        masked.append(_SECRET.sub(_mask_secret, entry))
    joined = "\n".join(masked)
    return _patterns().run_across.sub(_masker(MIN_RUN), joined).split("\n")


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _safe(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub(" ", text))


def clean_text(text: str, limit: int = MAX_TEXT, min_run: int = MIN_RUN) -> str:
    """Masked, trimmed, and at most ``limit`` characters (masking first, so a cut
    can never leave a readable tail of a card number). Control characters and
    line breaks become spaces; undecodable halves of characters become ``\ufffd``."""
    text = mask_numbers(_safe(text), min_run).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: Any) -> str | None:
    return clean_text(value) if isinstance(value, str) else None


_CODE = re.compile(r"[0-9A-Za-z\-]{1,20}")


def _code(value: Any) -> str | None:
    """A form draft's look-up code as it is ("K7F3QM", maybe all digits): never
    masked, since staff type it in; anything else is dropped."""
    return value if isinstance(value, str) and _CODE.fullmatch(value) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _texts(limit: int, continued: bool = False) -> Callable[[Any], list[str] | None]:
    """A list of strings, keeping the last ``limit`` (the most recent).

    Args:
        continued: Entries may continue each other (what was said or typed), so
            a number split over two entries is masked as one.
    """

    def parse(value: Any) -> list[str] | None:
        if not isinstance(value, list | tuple):
            return None
        texts = [v for v in value if isinstance(v, str)][-limit:]
        if continued:
            texts = mask_entries([_safe(v) for v in texts])
        return [clean_text(v) for v in texts]

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
    "said": _texts(MAX_RECENT, continued=True),
    "typed": _texts(MAX_RECENT, continued=True),
    "draft_code": _code,
    # What staff call the kiosk ("Kiosk by the door"), and the discreet hold:
    # "may be under pressure", not a fraud alarm.
    "kiosk_name": _text,
    "quiet_check": _bool,
    # "step=answer" ids of what was tapped or answered in the journey (a fraud
    # check's yes / no / unsure: which warning signs were there).
    "chosen": _texts(MAX_STEPS),
    # Insight: the kiosk offered help because the customer seemed stuck (a trigger id).
    "stuck": _text,
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
