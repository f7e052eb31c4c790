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
