"""What a key on the big keypad does to the typed text. Pure, shared by every field."""

from __future__ import annotations


def apply_key(value: str, key: str, max_length: int = 12, decimal: bool = False) -> str:
    """The field's new text after ``key`` (pure, for tests and every keypad user)."""
    if key == "clear":
        return ""
    if key == "delete":
        return value[:-1]
    if len(value) >= max_length:
        return value
    if key == ".":
        return value if (not decimal or "." in value) else (value or "0") + "."
    if key.isdigit():
        return value + key
    return value


# Marks a name may have between its letters (see validators.NAME_MARKS).
NAME_JOINERS = ("-", "'", "·")


def type_name(value: str, key: str, max_length: int = 30) -> str:
    """A name's new text after one key of the letter keyboard (pure).

    Letters are capitalised as names are written: the first letter of each part
    (after a space, a hyphen or an apostrophe: ``O'Brien-Smith``), the rest small.
    Nobody has to find a shift key. A space or mark never starts a name and
    never follows another one.
    """
    if key in ("clear", "delete"):
        return apply_key(value, key)
    if len(value) >= max_length:
        return value
    if key == " " or key in NAME_JOINERS:
        if not value or value[-1] == " " or value[-1] in NAME_JOINERS:
            return value
        return value + key
    if len(key) == 1 and key.isalpha():
        starts_part = not value or value[-1] == " " or value[-1] in NAME_JOINERS
        return value + (key.upper() if starts_part else key.lower())
    return value
