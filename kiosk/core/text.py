"""Stored and typed text kept harmless: no control characters in, one line out."""

from __future__ import annotations

import unicodedata


def printable(text: str) -> bool:
    """No control, format, surrogate or line/paragraph-separator characters.

    Newlines forge extra lines in a terminal table, escape codes drive the
    terminal, right-to-left overrides make a name read backwards, and lone
    surrogates (undecodable bytes on a command line) cannot be stored.
    """
    return all(c == " " or c.isprintable() for c in text)


def shown(text: str, limit: int = 60) -> str:
    """A value quoted for an error message, escapes visible (``'Ann\\nBob'``)."""
    quoted = ascii(text) if not printable(text) else repr(text)
    return quoted if len(quoted) <= limit else quoted[: limit - 1] + "…"


def one_line(text: object) -> str:
    """Text for one line of a terminal table, whatever was stored: every control,
    format or separator character becomes a visible escape (``\\n``, ``\\x1b``)."""
    value = str(text)
    if printable(value):
        return value
    out = []
    for c in value:
        if c == " " or c.isprintable():
            out.append(c)
        elif unicodedata.category(c) == "Cs":
            out.append(f"\\x{ord(c) & 0xFF:02x}")  # undecodable byte, as surrogateescape holds it
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)
