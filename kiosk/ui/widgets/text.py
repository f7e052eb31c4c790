"""Labels that know their typographic role (for the style sheet and the tour)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def text_label(
    role: str,
    parent: QWidget | None = None,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    lang: str | None = None,
) -> QLabel:
    """A word-wrapping label with a style role: display, heading, body, label, hint.

    Args:
        role: Picks size and weight from the theme.
        align: Horizontal alignment; text is always vertically centred.
        lang: Pins the label to one locale's font (mixed-language screens).
    """
    label = QLabel(parent)
    label.setProperty("role", role)
    if lang:
        label.setProperty("lang", lang)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    # Touches on text fall through to whatever control holds it.
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideograph)."""
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def sentence(text: str) -> str:
    """End each spoken piece with a stop so the voice pauses between them."""
    text = text.strip()
    if not text or text[-1] in ".?!。？！":
        return text
    # Chinese takes a full-width stop; English and Korean a full stop.
    return text + ("。" if is_han(text[-1]) else ".")


def _is_wide(ch: str) -> bool:
    # Chinese characters and kana may break between any two characters; Korean,
    # like English, breaks only at spaces, so a Hangul word is one unit.
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def unbreakable_units(text: str) -> list[str]:
    """The pieces a line can never be broken inside: Latin words, single CJK characters."""
    units: list[str] = []
    for word in text.split():
        current = ""
        for ch in word:
            if _is_wide(ch):
                if current:
                    units.append(current)
                current = ""
                units.append(ch)
            else:
                current += ch
        if current:
            units.append(current)
    return units


def longest_unit_width(label: QLabel) -> int:
    """Width the label needs so that no word has to be cut."""
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(u) for u in unbreakable_units(label.text())), default=0)
