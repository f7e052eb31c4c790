"""Draw a whole ticket as one black-and-white image for a thermal printer.

One image instead of ESC/POS text because printer code pages cannot print
Chinese or Korean reliably; an image prints the same on every model.
"""

from __future__ import annotations

import re
import threading

from PIL import Image, ImageDraw, ImageFont

from kiosk.printing.fonts import FontChoice, find_font, missing_glyphs
from kiosk.printing.ports import PrintableTicket, PrintingError

PAPER_WIDTH_PX = 576  # 80 mm paper at 203 dpi
MARGIN_PX = 16

# Font sizes in printer dots (8 dots = 1 mm): large enough for an elderly
# customer to read the number at arm's length.
BANK_PX = 34
LABEL_MAX_PX = 200
LABEL_MIN_PX = 48
SERVICE_PX = 44
LINE_PX = 32
TIME_PX = 28
GAP_PX = 14

# Han, kana, CJK punctuation and full-width forms may break anywhere; other
# scripts (Latin, Hangul) break at spaces.
_CJK = "\u2e80-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKENS = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+|\s+")
_NO_LINE_START = frozenset("，。、；：！？）」』】》〉,.;:!?)")

# Fonts are cached and shared; a FreeType face must not draw in two threads at once.
_RENDER_LOCK = threading.Lock()


def _width(font: ImageFont.FreeTypeFont, text: str) -> float:
    return font.getlength(text)


def _split_long(word: str, font: ImageFont.FreeTypeFont, max_px: int) -> list[str]:
    """A single word wider than the paper, cut where it no longer fits."""
    pieces, current = [], ""
    for char in word:
        if current and _width(font, current + char) > max_px:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, font: ImageFont.FreeTypeFont, max_px: int) -> list[str]:
    """Lines of ``text`` that each fit in ``max_px`` dots."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for token in _TOKENS.findall(paragraph):
            candidate = current + token
            if _width(font, candidate.rstrip()) <= max_px:
                current = candidate
                continue
            carried = ""
            if token in _NO_LINE_START and len(current) > 1:
                # "。" may not start a line: take the character before it along.
                current, carried = current[:-1], current[-1]
            if current.strip():
                lines.append(current.rstrip())
            current = "" if token.isspace() else carried + token
            if _width(font, current) > max_px:
                *full, current = _split_long(current, font, max_px)
                lines.extend(full)
        lines.append(current.rstrip())
    return lines


def _label_font(choice: FontChoice, label: str, max_px: int) -> ImageFont.FreeTypeFont:
    """The largest size at which the number fits on the paper."""
    size = LABEL_MAX_PX
    while size > LABEL_MIN_PX and _width(choice.at(size), label) > max_px:
        size -= 8
    return choice.at(size)


def _check_glyphs(choice: FontChoice, ticket: PrintableTicket) -> None:
    text = "".join([ticket.bank_name, ticket.label, ticket.service, *ticket.lines])
    missing = missing_glyphs(choice.at(24), text + ticket.issued_at)
    if missing:
        raise PrintingError(
            f"font {choice.family} has no glyph for {''.join(missing[:10])!r} "
            f"({ticket.locale}); install fonts-noto-cjk"
        )


def ticket_font(locale: str) -> FontChoice:
    """The font tickets in ``locale`` are drawn with; PrintingError when none is installed."""
    choice = find_font(locale)
    if choice is None:
        raise PrintingError(f"no font for {locale} tickets; install fonts-noto-cjk")
    return choice


def _line_height(font: ImageFont.FreeTypeFont) -> int:
    ascent, descent = font.getmetrics()
    return ascent + descent


def render_ticket_image(ticket: PrintableTicket, width_px: int = PAPER_WIDTH_PX) -> Image.Image:
    """The ticket as a 1-bit image ``width_px`` wide: bank, number, service, lines, time.

    Raises:
        PrintingError: no installed font has every character of the ticket.
    """
    with _RENDER_LOCK:
        return _render(ticket, width_px)


def _render(ticket: PrintableTicket, width_px: int) -> Image.Image:
    choice = ticket_font(ticket.locale)
    _check_glyphs(choice, ticket)
    inner = width_px - 2 * MARGIN_PX
    centre = width_px // 2

    # (lines, font, gap after) for the text below the number.
    blocks: list[tuple[list[str], ImageFont.FreeTypeFont, int]] = []
    font = choice.at(SERVICE_PX)
    blocks.append((wrap(ticket.service, font, inner), font, GAP_PX))
    font = choice.at(LINE_PX)
    blocks.extend((wrap(line, font, inner), font, GAP_PX // 2) for line in ticket.lines)
    if ticket.issued_at:
        font = choice.at(TIME_PX)
        blocks.append((wrap(ticket.issued_at, font, inner), font, 0))

    bank_font = choice.at(BANK_PX)
    bank_lines = wrap(ticket.bank_name, bank_font, inner) if ticket.bank_name else []
    bank_px = _line_height(bank_font) * len(bank_lines) + (GAP_PX * 2 if bank_lines else 0)
    # The number is measured by its ink, not the font's line height: CJK fonts
    # reserve a lot of space above Latin digits, which would waste paper.
    label_font = _label_font(choice, ticket.label, inner)
    _, top, _, bottom = label_font.getbbox(ticket.label, anchor="ls")
    # FreeType boxes are whole pixels; the type says float for other fonts.
    label_px = int(bottom - top) + 2 * GAP_PX
    height = (
        2 * MARGIN_PX
        + bank_px
        + label_px
        + sum(_line_height(font) * len(lines) + gap for lines, font, gap in blocks)
    )

    image = Image.new("L", (width_px, height), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN_PX
    for line in bank_lines:
        draw.text((centre, y), line, font=bank_font, fill=0, anchor="ma")
        y += _line_height(bank_font)
    if bank_lines:
        # A rule under the bank's name separates it from the number.
        draw.line((MARGIN_PX, y + GAP_PX // 2, width_px - MARGIN_PX, y + GAP_PX // 2), 0, 3)
        y += GAP_PX * 2
    draw.text((centre, y + GAP_PX - top), ticket.label, font=label_font, fill=0, anchor="ms")
    y += label_px
    for lines, font, gap in blocks:
        for line in lines:
            draw.text((centre, y), line, font=font, fill=0, anchor="ma")
            y += _line_height(font)
        y += gap
    # Hard threshold, no dithering: crisp glyph edges on a thermal head.
    return image.point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)
