"""What the kiosk says for queue numbers, codes and personal details (pure, no Qt).

Numbers and codes are read as branch calling systems read them, one
character at a time: "A012" is "A, zero, one, two" / "A零一二号" /
"에이 공일이 번", never "A zero twelve", "A零十二" or "에이 영십이" (what
espeak-ng makes of the bare text). Form codes such as ``K7F3QM`` are spelled
with the letter names customers know; a service phone number is read digit
by digit and a booking time as people say it (열 시 30 분, not 십 삼십).

Names, phone numbers and dates of birth are never said through the
loudspeaker: a phone number becomes "ending in three, four" and a name or a
date "please check it on the screen", unless the kiosk's audio is private
(headphones or a handset: the ``speech.private_audio`` setting). The screen
always shows them in full; only what is said changes.

Every word comes from the locale's ``[read_aloud]`` table in
``messages.toml`` (digit and letter names, how they are joined, the masks),
so a new language is a folder, not code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kiosk.content.catalog import SPOKEN_PREFIX, Catalog

PREFIX = "read_aloud."
# A queue number: its series letter(s), then digits (A012, H003).
_TICKET = re.compile(r"([A-Z]+)([0-9]+)")
# A service telephone number on screen: digits, maybe grouped (never an amount:
# amounts reach the words through their own placeholders, already in words).
_PHONE_LIKE = re.compile(r"\+?[0-9][0-9 \-]{2,}[0-9]")
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # a day (2026-12-03) is no phone number
# How many last digits of a phone number may be said aloud.
SHOWN_DIGITS = 2


def _word(catalog: Catalog, key: str, **values: str) -> str | None:
    """The locale's word for ``read_aloud.<key>``, or None when it has none."""
    try:
        return catalog.text(PREFIX + key, **values)
    except (KeyError, IndexError, ValueError):
        return None


def _names(catalog: Catalog, key: str, count: int) -> list[str] | None:
    """A list of names written space-separated (digits 0–9, letters A–Z)."""
    words = _word(catalog, key)
    names = words.split() if words else []
    return names if len(names) == count else None


def _join(catalog: Catalog, key: str, parts: list[str]) -> str:
    """Parts joined as the locale's ``{a}…{b}`` template says (a pause, or nothing)."""
    if not parts:
        return ""
    said = parts[0]
    for part in parts[1:]:
        joined = _word(catalog, key, a=said, b=part)
        said = joined if joined is not None else f"{said} {part}"
    return said


def character_words(text: str, catalog: Catalog) -> list[str]:
    """Each letter and digit of ``text`` as the locale names it; anything else is skipped.

    Without the locale's names (a damaged catalogue) a character stands for
    itself, so the text is still read one character at a time.
    """
    digits = _names(catalog, "digits", 10)
    letters = _names(catalog, "letters", 26)
    words = []
    for char in text.upper():
        if "0" <= char <= "9":
            words.append(digits[int(char)] if digits else char)
        elif "A" <= char <= "Z":
            name = letters[ord(char) - ord("A")] if letters else char
            if digits and name in digits:
                # Korean says E and 2 both "이", O and 5 both "오": such a letter
                # is marked as a letter ("영문 이") so a code is never misheard.
                name = _word(catalog, "letter_clash", letter=name) or name
            words.append(name)
    return words


def spell_code(code: str, catalog: Catalog) -> str:
    """A form or booking code, one character at a time: "K, seven, F, three, Q, M"."""
    return _join(catalog, "code_join", character_words(code, catalog))


def say_number(label: str, catalog: Catalog, alone: bool = False) -> str:
    """A queue number as a calling system says it.

    Args:
        label: The number as printed (``A012``).
        catalog: The locale's words.
        alone: Said on its own (under "Your number"), with the locale's
            counter word ("号", "번"); otherwise as it sits in a sentence
            whose own words carry it ("번호는 {number}번이고").

    Returns:
        "A, zero, one, two" / "A零一二" (alone: "A零一二号") / "에이 공일이"
        (alone: "에이 공일이 번"). Anything that is not letters then digits is
        spelled like a code.
    """
    match = _TICKET.fullmatch(label.strip().upper())
    if match is None:
        said = spell_code(label, catalog)
    else:
        letters = _join(catalog, "code_join", character_words(match.group(1), catalog))
        digits = _join(catalog, "number_join", character_words(match.group(2), catalog))
        said = _word(catalog, "number", letters=letters, digits=digits) or f"{letters} {digits}"
    if alone:
        return _word(catalog, "number_alone", number=said) or said
    return said


def say_time(clock: str, catalog: Catalog) -> str:
    """A time of day as people say it: "ten thirty" / "十点30分" / "열 시 30 분".

    espeak-ng reads "10:30" as "십 삼십" in Korean and "十 三十" in Chinese;
    the locale's ``hours`` (12 words: Korean counts hours in native numbers)
    and ``time`` templates say it properly. Minutes stay digits (each voice
    reads 30 as a number); under ten they take the locale's "oh" (十点零五分).
    Anything that is not ``H:MM`` is returned as it is.
    """
    match = _CLOCK.fullmatch(clock.strip())
    hours = _names(catalog, "hours", 12)
    if match is None or hours is None:
        return clock
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return clock
    word = hours[hour % 12]
    if minute == 0:
        return _word(catalog, "time_on_the_hour", hour=word) or clock
    said_minute = str(minute)
    if minute < 10:
        said_minute = _word(catalog, "minute_early", minute=said_minute) or said_minute
    return _word(catalog, "time", hour=word, minute=said_minute) or clock


def say_values(values: Mapping[str, object], catalog: Catalog) -> dict[str, object]:
    """Placeholder values in their spoken forms: ``{number}`` and ``{code}`` spelled
    out, ``{time}`` as people say it, and a telephone number ("95588",
    "1588-1688") read digit by digit.

    Only text values can be telephone numbers: a count or an amount passed as a
    number is left to be read as one, and so is a day (``2026-12-03``).
    """
    said = dict(values)
    for key, value in values.items():
        text = str(value) if value is not None else ""
        if not text:
            continue
        if key == "number":
            said[key] = say_number(text, catalog)
        elif key == "code":
            said[key] = spell_code(text, catalog)
        elif key == "time":
            said[key] = say_time(text, catalog)
        elif isinstance(value, str) and _PHONE_LIKE.fullmatch(text) and not _DATE.fullmatch(text):
            said[key] = _join(catalog, "number_join", character_words(text, catalog))
    return said


def say_answer(kind: str, value: str, catalog: Catalog, private: bool = False) -> str:
    """One typed answer as it is read back aloud (the screen shows it in full).

    Args:
        kind: The field's input kind: ``phone``, ``date``, ``name``, ``number``, ``code``.
        value: The answer as kept (digits, or a name).
        catalog: The locale's words.
        private: The audio is private (headphones, a handset): say it all.

    Returns:
        Through the loudspeaker: "ending in three, four" for a phone number,
        "please check it on the screen" for a name or a date. With private
        audio: the phone number's every digit, the date, the name. Numbers
        and codes are spelled out either way.
    """
    on_screen = _word(catalog, "on_screen") or ""
    if not value:
        return on_screen
    if kind == "phone":
        if private:
            return _join(catalog, "number_join", character_words(value, catalog))
        last = character_words(value[-SHOWN_DIGITS:], catalog)
        digits = _join(catalog, "number_join", last)
        return _word(catalog, "ending", digits=digits) or on_screen
    if kind in ("number", "code"):
        return spell_code(value, catalog)
    if private and kind == "date" and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if private:
        return value
    return on_screen


def _has(catalog: Catalog, key: str) -> bool:
    here: Catalog | None = catalog
    while here is not None:
        if here.has(key):
            return True
        here = here.fallback
    return False


def say_sentence(
    catalog: Catalog,
    key: str,
    values: Mapping[str, object],
    personal: Mapping[str, str] | None = None,
    private: bool = False,
) -> str:
    """The words of ``key`` as said, with personal ``{placeholders}`` kept off the loudspeaker.

    Through the loudspeaker, a sentence that would carry a personal value
    (a name) is said in its ``spoken.<key>`` form, which leaves it out ("I
    wrote your name. Please check it on the screen."); without one, the value
    is replaced by "please check it on the screen". With private audio the
    shown sentence is said, name and all.

    Args:
        catalog: The locale's words.
        key: The message.
        values: Its other placeholders' values (already in their spoken forms).
        personal: Placeholder → personal value (``{"name": "王秀英"}``).
        private: The audio is private.
    """
    personal = dict(personal or {})
    if not personal:
        return catalog.spoken(key, **values)  # its spoken form, where speech needs other words
    if private:
        return catalog.text(key, **values, **personal)
    hidden = dict.fromkeys(personal, _word(catalog, "on_screen") or "")
    if _has(catalog, SPOKEN_PREFIX + key):
        return catalog.text(SPOKEN_PREFIX + key, **values, **hidden)
    return catalog.text(key, **values, **hidden)
