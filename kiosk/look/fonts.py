"""Does the font we ask for hold every glyph a locale uses? (No tofu boxes.)"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.look.theme import FONT_PACKAGES, font_families

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FontProblem:
    locale: str
    family: str
    missing: str  # the characters without a glyph ("" when the family is absent)
    installed: bool

    def message(self) -> str:
        package = FONT_PACKAGES.get(self.family, "a font package")
        if not self.installed:
            return (
                f"{self.locale}: font '{self.family}' is not installed; "
                f"install it with: apt-get install {package}"
            )
        sample = "".join(sorted(self.missing))[:20]
        return (
            f"{self.locale}: font '{self.family}' has no glyph for {len(self.missing)} "
            f"character(s) ({sample}); install {package}"
        )


@lru_cache(maxsize=16)
def family_installed(family: str) -> bool:
    return family in QFontDatabase.families()


@lru_cache(maxsize=16)
def _raw_font(family: str) -> QRawFont:
    # QRawFont is one physical font file: unlike QFontMetrics it does not
    # quietly answer for the fallback fonts Qt would substitute.
    return QRawFont.fromFont(QFont(family))


@lru_cache(maxsize=4096)
def glyph_gaps(family: str, text: str) -> str:
    """Characters of ``text`` that ``family`` cannot draw (all of them if it is absent)."""
    chars = {ch for ch in text if not ch.isspace()}
    raw = _raw_font(family)
    if not family_installed(family) or raw.familyName() != family:
        return "".join(sorted(chars))
    # Glyph 0 is .notdef, the tofu box. (QRawFont.supportsCharacter wrongly
    # says no for many glyphs in the Noto CJK collections; the cmap lookup is right.)
    return "".join(sorted(ch for ch in chars if raw.glyphIndexesForString(ch) == [0]))


def glyph_gaps_any(families: tuple[str, ...], text: str) -> str:
    """Characters none of ``families`` can draw (mixed-language screens use the list)."""
    gaps = set(glyph_gaps(families[0], text))
    for family in families[1:]:
        if not gaps:
            break
        gaps &= set(glyph_gaps(family, "".join(gaps)))
    return "".join(sorted(gaps))


def locale_font_problems(catalogs: Mapping[str, Catalog]) -> list[FontProblem]:
    """For each shipped locale: is its primary font installed and complete?"""
    problems = []
    for locale in ids.LOCALES:
        family = font_families(locale)[0]
        if not family_installed(family):
            problems.append(FontProblem(locale, family, "", installed=False))
            continue
        text = "".join(catalogs[locale].characters())
        missing = glyph_gaps(family, text)
        if missing:
            problems.append(FontProblem(locale, family, missing, installed=True))
    return problems


def report_missing_glyphs(catalogs: Mapping[str, Catalog]) -> list[FontProblem]:
    """Log every font problem at start-up (the kiosk still runs)."""
    problems = locale_font_problems(catalogs)
    for problem in problems:
        log.error("missing glyphs: %s", problem.message())
    return problems
