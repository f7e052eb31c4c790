"""Chinese words kept whole in a wrapping label: lines break only between phrases.

Qt breaks Chinese text between any two characters, so a narrow label splits
words ("您的表 / 格编 / 号："). A caption marked with :func:`keep_phrases` breaks
only after its punctuation (and at spaces); a label too narrow for its widest
phrase should stand somewhere wider (:func:`widest_phrase` says how wide).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics

# Joins the characters around it: no line break there (Unicode line break class WJ).
WORD_JOINER = "\u2060"
# A line may break here; it takes no room.
ZERO_WIDTH_SPACE = "\u200b"
# After these a Chinese line may break (the phrase before them ends there).
PHRASE_ENDS = "，。：；！？、）"


def _is_wide(ch: str) -> bool:
    """A character Qt may break a line beside: Chinese characters, kana, full-width forms."""
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def keep_phrases(text: str) -> str:
    """``text`` marked so that a line breaks only after a phrase's punctuation or at a space.

    Latin and Korean text, which break at spaces only, come back as they are.
    """
    out: list[str] = []
    for before, after in zip(text, text[1:] + " ", strict=True):
        out.append(before)
        if before.isspace() or after.isspace():
            continue
        if before in PHRASE_ENDS:
            out.append(ZERO_WIDTH_SPACE)
        elif _is_wide(before) or _is_wide(after):
            out.append(WORD_JOINER)
    return "".join(out)


def plain(text: str) -> str:
    """``text`` without the marks :func:`keep_phrases` put in (for speech and tests)."""
    return text.replace(WORD_JOINER, "").replace(ZERO_WIDTH_SPACE, "")


def phrases(text: str) -> list[str]:
    """The pieces of a marked ``text`` no line may break inside."""
    return [piece for piece in re.split(rf"[\s{ZERO_WIDTH_SPACE}]+", plain_joins(text)) if piece]


def plain_joins(text: str) -> str:
    """``text`` without its word joiners (they join; they take no room)."""
    return text.replace(WORD_JOINER, "")


def unbroken(name: str) -> str:
    """``name`` as a line may show it: never broken inside a word of it.

    Chinese and Korean may break between any two characters (Qt does), so a
    three-character name could end one line and start the next; a word joiner
    between them keeps each word whole (a space between words still breaks).
    Latin words are never broken inside: they stay as they are.
    """
    words = name.split(" ")
    return " ".join(WORD_JOINER.join(w) if any(ord(ch) >= 0x1100 for ch in w) else w for w in words)


def widest_phrase(text: str, metrics: QFontMetrics) -> int:
    """How wide a label must be for a marked ``text`` to wrap without cutting a phrase."""
    return max((metrics.horizontalAdvance(piece) for piece in phrases(text)), default=0)
