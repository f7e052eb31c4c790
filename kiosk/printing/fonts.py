"""Fonts for printed tickets: find one whose glyphs cover the customer's locale.

ESC/POS code pages cannot print Chinese or Korean reliably, so tickets are
printed as images drawn with Pillow, which needs a font file path (and, for
``.ttc`` collections, the index of the right face). The face is verified by
its family name and by glyph coverage, never assumed from the file name.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk.core.languages import languages

log = logging.getLogger(__name__)

# Families to try, best first (language.toml's fonts.printed). Noto Sans CJK
# covers Latin, Han and Hangul, so every locale prefers it (an English ticket may
# still carry a Chinese bank name); SC/KR pick the glyph shapes readers of that
# language expect.
FAMILIES: dict[str, tuple[str, ...]] = {
    loc: lang.printed_fonts for loc, lang in languages().items()
}

# Where Debian (fonts-noto-cjk, fonts-noto-core, fonts-dejavu) and other
# distributions put them, for machines without the `fc-match` tool.
KNOWN_FILES: tuple[str, ...] = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Bold.otf",
    "/usr/share/fonts/opentype/noto/NotoSansCJKkr-Bold.otf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
)

_MAX_FACES = 32  # more than any collection we know holds


@dataclass(frozen=True)
class FontChoice:
    """One face in a font file: ``ImageFont.truetype(path, size, index=index)``."""

    path: Path
    index: int
    family: str
    style: str

    def at(self, size: int) -> ImageFont.FreeTypeFont:
        return _load(str(self.path), self.index, size)


@lru_cache(maxsize=64)
def _load(path: str, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index)


def _fc_match(family: str) -> str | None:
    """The file fontconfig picks for ``family`` in bold, or None without fontconfig."""
    tool = shutil.which("fc-match")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "-f", "%{file}", f"{family}:style=Bold"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("fc-match %s failed: %s", family, exc)
        return None
    return done.stdout.strip() or None


def _face_in(path: str, family: str) -> FontChoice | None:
    """The face of ``family`` inside ``path``, trying each index of a collection."""
    if not Path(path).is_file():
        return None
    for index in range(_MAX_FACES):
        try:
            name, style = ImageFont.truetype(path, 12, index=index).getname()
        except OSError:  # past the last face, or not a font at all
            return None
        if name == family:
            return FontChoice(Path(path), index, name, style or "")
    return None


@lru_cache(maxsize=8)
def find_font(locale: str) -> FontChoice | None:
    """The best installed face for ``locale``'s tickets, or None when there is none."""
    for family in FAMILIES.get(locale, FAMILIES["en"]):
        candidates = [_fc_match(family), *KNOWN_FILES]
        for path in dict.fromkeys(p for p in candidates if p):
            choice = _face_in(path, family)
            if choice is not None:
                log.debug("ticket font for %s: %s", locale, choice)
                return choice
    return None


def _glyph_pixels(font: ImageFont.FreeTypeFont, char: str) -> bytes:
    size = int(font.size * 2)
    image = Image.new("L", (size, size), 0)
    ImageDraw.Draw(image).text((0, 0), char, font=font, fill=255)
    return image.tobytes()


def missing_glyphs(font: ImageFont.FreeTypeFont, text: str) -> list[str]:
    """Characters of ``text`` the font would draw as its "missing" box (.notdef).

    A noncharacter always maps to .notdef, so any character drawn identically
    is one the font lacks.
    """
    notdef = _glyph_pixels(font, "\uffff")
    missing: list[str] = []
    for char in dict.fromkeys(text):
        if char.isspace() or not char.isprintable():
            continue
        if _glyph_pixels(font, char) == notdef:
            missing.append(char)
    return missing
