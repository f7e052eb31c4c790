"""The report's fonts: the Noto families the kiosk installs, checked glyph by glyph."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from kiosk.insight.report_model import ReportError

# The families the kiosk's own screens use, per locale (kiosk/look/theme.py).
FAMILIES: Mapping[str, tuple[str, ...]] = {
    "en": ("Noto Sans", "DejaVu Sans"),
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans", "DejaVu Sans"),
    "ko": ("Noto Sans CJK KR", "Noto Sans", "DejaVu Sans"),
}


def font_for(locale: str, texts: Sequence[str]) -> list[str]:
    """The font families for ``locale``, after checking the first has every glyph.

    Raises:
        ReportError: the font is missing, or lacks a character the report uses.
    """
    families = list(FAMILIES.get(locale, FAMILIES["en"]))
    first = families[0]
    try:
        path = font_manager.findfont(
            font_manager.FontProperties(family=first), fallback_to_default=False
        )
    except ValueError:
        raise ReportError(
            f"the report in {locale} needs the font '{first}': apt-get install fonts-noto-cjk"
        ) from None
    charmap = set(FT2Font(path).get_charmap())
    needed = {ch for text in texts for ch in text if not ch.isspace() and ord(ch) > 0x2FF}
    missing = sorted(ch for ch in needed if ord(ch) not in charmap)
    if missing:
        raise ReportError(
            f"font '{first}' has no glyph for {''.join(missing[:10])}: "
            "apt-get install fonts-noto-cjk"
        )
    return families


def style(families: list[str]) -> Any:  # matplotlib types its rc keys as literals
    """The report's matplotlib settings (use inside ``matplotlib.rc_context``)."""
    return {
        "font.family": families,
        "font.size": 7,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.linewidth": 0.6,
        "xtick.major.width": 0.6,
        "ytick.major.width": 0.6,
        "hatch.linewidth": 0.6,
        "svg.fonttype": "path",  # the HTML needs no font: glyphs are drawn as shapes
        "pdf.fonttype": 3,  # Type 3: subsetting a CJK font for Type 42 takes seconds
        "svg.hashsalt": "kiosk-report",  # the same data draws the same file
    }
