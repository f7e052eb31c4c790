"""Step-by-step pictures for the banking-app guides, drawn with QPainter.

Each picture is a phone showing one screen of the bank's app (or the app
store), the one thing to tap ringed with a thick outline, and beside it the
same spot magnified with a finger tapping it. There are no words or digits in
a picture — bars stand for text — so one drawing serves every language.
Colours come from the theme's palette, so the standard and the high-contrast
theme both look right.

A phone screen is drawn in its own units: 100 wide, 200 tall.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from kiosk.ui.theme import Palette

GUIDE_PREFIX = "guide."
SCREEN_W, SCREEN_H = 100.0, 200.0
PHONE_W = 0.5  # the phone's width for each unit of its height
GAP = 0.1  # between the phone and the magnified spot, per unit of height
CALLOUT_H = 0.86  # the magnified spot's height, per unit of height
MIN_CALLOUT_W = 0.8  # narrower than this, the phone is drawn alone
MAX_CALLOUT_W = 2.0
COMPACT_PX = 120  # lower than this, a phone cannot be made out: only the magnified spot


class _Kit:
    """A painter, the palette's colours, and the shapes the app screens are made of."""

    def __init__(self, painter: QPainter, palette: Palette) -> None:
        self.p = painter
        self.ink = QColor(palette.text)
        self.muted = QColor(palette.text_muted)
        self.surface = QColor(palette.surface)
        self.paper = QColor(palette.background)
        self.primary = QColor(palette.primary)
        self.on_primary = QColor(palette.on_primary)
        self.focus = QColor(palette.focus)
        self.attention = QColor(palette.call_staff)
        self.on_attention = QColor(palette.on_call_staff)
        self.panel = QColor(palette.pressed)
        self.tray = QColor(palette.bar)

    def pen(self, colour: QColor, width: float) -> QPen:
        return QPen(
            colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )

    def stroke(self, colour: QColor, width: float) -> None:
        self.p.setPen(self.pen(colour, width))
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def fill(self, colour: QColor) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(colour)

    # -- app parts -------------------------------------------------------------
    def bars(
        self,
        x: float,
        y: float,
        widths: tuple[float, ...],
        colour: QColor | None = None,
        height: float = 4.0,
        step: float = 8.0,
    ) -> None:
        """Lines of text, as rounded bars."""
        self.fill(colour or self.muted)
        for i, w in enumerate(widths):
            self.p.drawRoundedRect(QRectF(x, y + i * step, w, height), height / 2, height / 2)

    def tile(self, r: QRectF, glyph: str, filled: bool = False) -> None:
        """An app icon: filled for the bank's app (or the store), outlined for others."""
        if filled:
            self.fill(self.primary)
        else:
            self.p.setPen(self.pen(self.muted, 1.6))
            self.p.setBrush(self.surface)
        self.p.drawRoundedRect(r, r.width() * 0.24, r.width() * 0.24)
        inner = r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2)
        glyph_of(self, glyph, inner, self.on_primary if filled else self.muted)

    def pill(self, r: QRectF, glyph: str = "", filled: bool = True) -> None:
        """A button."""
        if filled:
            self.fill(self.primary)
        else:
            self.p.setPen(self.pen(self.ink, 1.6))
            self.p.setBrush(self.surface)
        self.p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        if glyph:
            side = r.height() * 0.64
            box = QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side)
            glyph_of(self, glyph, box, self.on_primary if filled else self.ink)

    def field(self, r: QRectF, glyph: str, dots: int = 0, cursor: bool = False) -> None:
        """A box to type in, with a glyph saying what goes in it."""
        self.p.setPen(self.pen(self.ink, 1.4))
        self.p.setBrush(self.surface)
        self.p.drawRoundedRect(r, 3, 3)
        side = r.height() * 0.62
        icon = QRectF(r.left() + 3, r.center().y() - side / 2, side, side)
        glyph_of(self, glyph, icon, self.muted)
        x = icon.right() + 5
        self.fill(self.ink)
        for i in range(dots):
            self.p.drawEllipse(QPointF(x + 2 + i * 7, r.center().y()), 2.2, 2.2)
        if cursor:
            self.stroke(self.ink, 1.2)
            self.p.drawLine(QLineF(x, r.top() + 3, x, r.bottom() - 3))

    def round_button(self, centre: QPointF, radius: float, glyph: str, filled: bool) -> None:
        if filled:
            self.fill(self.primary)
        else:
            self.p.setPen(self.pen(self.muted, 1.4))
            self.p.setBrush(self.surface)
        self.p.drawEllipse(centre, radius, radius)
        side = radius * 1.15
        box = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        glyph_of(self, glyph, box, self.on_primary if filled else self.muted)

    def header(self, height: float, glyph: str = "bank", back: bool = False) -> None:
        """The bank app's coloured band across the top."""
        self.fill(self.primary)
        self.p.drawRect(QRectF(0, 0, SCREEN_W, height))
        side = height * 0.56
        glyph_of(
            self, glyph, QRectF(50 - side / 2, (height - side) / 2, side, side), self.on_primary
        )
        if back:
            glyph_of(self, "back", QRectF(5, (height - side) / 2, side, side), self.on_primary)

    def keys(self, top: float, columns: int, rows: int) -> None:
        """A keyboard: a tray of blank keys."""
        self.fill(self.tray)
        self.p.drawRect(QRectF(0, top, SCREEN_W, SCREEN_H - top))
        w = (SCREEN_W - 4) / columns
        h = (SCREEN_H - top - 4) / rows
        self.p.setPen(self.pen(self.muted, 1.0))
        self.p.setBrush(self.surface)
        for row in range(rows):
            for col in range(columns):
                key = QRectF(2 + col * w + 1.2, top + 2 + row * h + 1.2, w - 2.4, h - 2.4)
                self.p.drawRoundedRect(key, 1.6, 1.6)


# -- glyphs: small language-neutral symbols, drawn in a 1×1 box ---------------------
def _poly(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _glyph_bank(k: _Kit, c: QColor) -> None:
    k.fill(c)
    k.p.drawPolygon(_poly((0, 0.34), (0.5, 0.04), (1, 0.34)))
    for i in range(3):
        k.p.drawRect(QRectF(0.12 + i * 0.3, 0.42, 0.16, 0.38))
    k.p.drawRect(QRectF(0, 0.84, 1, 0.12))


def _glyph_bag(k: _Kit, c: QColor) -> None:
    """A shopping bag with a play sign: the app store."""
    k.stroke(c, 0.09)
    k.p.drawPolygon(_poly((0.16, 0.32), (0.84, 0.32), (0.94, 0.96), (0.06, 0.96)))
    k.p.drawArc(QRectF(0.3, 0.06, 0.4, 0.5), 0, 180 * 16)
    k.fill(c)
    k.p.drawPolygon(_poly((0.38, 0.46), (0.7, 0.64), (0.38, 0.82)))


def _glyph_search(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    k.p.drawEllipse(QPointF(0.42, 0.42), 0.26, 0.26)
    k.stroke(c, 0.16)
    k.p.drawLine(QLineF(0.62, 0.62, 0.88, 0.88))


def _glyph_lock(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    k.p.drawArc(QRectF(0.28, 0.08, 0.44, 0.44), 0, 180 * 16)
    k.p.drawLine(QLineF(0.28, 0.3, 0.28, 0.46))
    k.p.drawLine(QLineF(0.72, 0.3, 0.72, 0.46))
    k.fill(c)
    k.p.drawRoundedRect(QRectF(0.14, 0.44, 0.72, 0.52), 0.08, 0.08)


def _glyph_person(k: _Kit, c: QColor) -> None:
    k.fill(c)
    k.p.drawEllipse(QPointF(0.5, 0.3), 0.2, 0.2)
    k.p.drawPie(QRectF(0.14, 0.58, 0.72, 0.76), 0, 180 * 16)


def _arrow(k: _Kit, a: QPointF, b: QPointF, c: QColor, width: float, head: float) -> None:
    k.stroke(c, width)
    k.p.drawLine(QLineF(a, b))
    angle = math.atan2(b.y() - a.y(), b.x() - a.x())
    for turn in (2.5, -2.5):
        tip = QPointF(b.x() + head * math.cos(angle + turn), b.y() + head * math.sin(angle + turn))
        k.p.drawLine(QLineF(b, tip))


def _glyph_transfer(k: _Kit, c: QColor) -> None:
    _arrow(k, QPointF(0.08, 0.3), QPointF(0.9, 0.3), c, 0.11, 0.22)
    _arrow(k, QPointF(0.92, 0.7), QPointF(0.1, 0.7), c, 0.11, 0.22)


def _glyph_back(k: _Kit, c: QColor) -> None:
    _arrow(k, QPointF(0.9, 0.5), QPointF(0.12, 0.5), c, 0.12, 0.3)


def _glyph_forward(k: _Kit, c: QColor) -> None:
    _arrow(k, QPointF(0.1, 0.5), QPointF(0.88, 0.5), c, 0.14, 0.32)


def _glyph_coin(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.1)
    k.p.drawEllipse(QPointF(0.5, 0.5), 0.42, 0.42)
    k.fill(c)
    k.p.drawEllipse(QPointF(0.5, 0.5), 0.22, 0.22)


def _glyph_tick(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.16)
    k.p.drawPolyline(_poly((0.14, 0.52), (0.4, 0.78), (0.88, 0.24)))


def _glyph_download(k: _Kit, c: QColor) -> None:
    _arrow(k, QPointF(0.5, 0.04), QPointF(0.5, 0.66), c, 0.14, 0.3)
    k.p.drawPolyline(_poly((0.1, 0.7), (0.1, 0.92), (0.9, 0.92), (0.9, 0.7)))


def _glyph_card(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.1)
    k.p.drawRoundedRect(QRectF(0.06, 0.2, 0.88, 0.6), 0.1, 0.1)
    k.p.drawLine(QLineF(0.06, 0.4, 0.94, 0.4))


def _glyph_list(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    for i in range(3):
        y = 0.2 + i * 0.3
        k.p.drawPoint(QPointF(0.1, y))
        k.p.drawLine(QLineF(0.32, y, 0.92, y))


def _glyph_more(k: _Kit, c: QColor) -> None:
    k.fill(c)
    for i in range(3):
        k.p.drawEllipse(QPointF(0.18 + i * 0.32, 0.5), 0.1, 0.1)


def _glyph_key(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    k.p.drawEllipse(QPointF(0.28, 0.5), 0.18, 0.18)
    k.p.drawPolyline(_poly((0.46, 0.5), (0.92, 0.5), (0.92, 0.7)))
    k.p.drawLine(QLineF(0.72, 0.5, 0.72, 0.66))


def _glyph_message(k: _Kit, c: QColor) -> None:
    k.fill(c)
    k.p.drawRoundedRect(QRectF(0.04, 0.12, 0.92, 0.6), 0.14, 0.14)
    k.p.drawPolygon(_poly((0.2, 0.66), (0.46, 0.66), (0.16, 0.92)))


def _glyph_handset(k: _Kit, c: QColor) -> None:
    """A telephone handset lying flat (the hang-up sign)."""
    k.stroke(c, 0.16)
    k.p.drawArc(QRectF(0.1, 0.3, 0.8, 0.7), 35 * 16, 110 * 16)
    k.fill(c)
    k.p.drawRoundedRect(QRectF(0.02, 0.38, 0.3, 0.22), 0.06, 0.06)
    k.p.drawRoundedRect(QRectF(0.68, 0.38, 0.3, 0.22), 0.06, 0.06)


def _glyph_handset_up(k: _Kit, c: QColor) -> None:
    """A handset lifted (the answer sign)."""
    k.p.translate(0.5, 0.5)
    k.p.rotate(-35)
    k.p.translate(-0.5, -0.5)
    _glyph_handset(k, c)


def _glyph_fingerprint(k: _Kit, c: QColor) -> None:
    k.stroke(c, 0.07)
    for i, span in enumerate((300, 280, 250, 220)):
        radius = 0.1 + i * 0.12
        box = QRectF(0.5 - radius, 0.5 - radius, 2 * radius, 2 * radius)
        k.p.drawArc(box, (90 - span // 2) * 16, span * 16)


def _glyph_shape(kind: int) -> Callable[[_Kit, QColor], None]:
    """Simple marks that make other apps' icons look like apps."""

    def draw(k: _Kit, c: QColor) -> None:
        k.stroke(c, 0.14)
        if kind == 0:
            k.p.drawEllipse(QRectF(0, 0, 1, 1))
        elif kind == 1:
            k.p.drawPolygon(_poly((0.5, 0), (1, 1), (0, 1)))
        elif kind == 2:
            k.p.drawRect(QRectF(0.1, 0.1, 0.8, 0.8))
        else:
            k.p.drawLine(QLineF(0.5, 0, 0.5, 1))
            k.p.drawLine(QLineF(0, 0.5, 1, 0.5))

    return draw


GLYPHS: dict[str, Callable[[_Kit, QColor], None]] = {
    "bank": _glyph_bank, "bag": _glyph_bag, "search": _glyph_search, "lock": _glyph_lock,
    "person": _glyph_person, "transfer": _glyph_transfer, "back": _glyph_back,
    "forward": _glyph_forward, "coin": _glyph_coin, "tick": _glyph_tick,
    "download": _glyph_download, "card": _glyph_card, "list": _glyph_list, "more": _glyph_more,
    "key": _glyph_key, "message": _glyph_message, "hang_up": _glyph_handset,
    "answer": _glyph_handset_up, "fingerprint": _glyph_fingerprint,
    **{f"shape{i}": _glyph_shape(i) for i in range(4)},
}  # fmt: skip


def glyph_of(k: _Kit, name: str, r: QRectF, c: QColor) -> None:
    """Draw glyph ``name`` in colour ``c``, filling the square ``r``."""
    k.p.save()
    k.p.translate(r.topLeft())
    k.p.scale(r.width(), r.width())
    GLYPHS[name](k, c)
    k.p.restore()


# -- the app screens ------------------------------------------------------------------
TILE = 22.0
COLUMNS = (11.0, 39.0, 67.0)
ROWS = (20.0, 52.0, 84.0, 116.0)


def _tile_rect(row: int, col: int) -> QRectF:
    return QRectF(COLUMNS[col], ROWS[row], TILE, TILE)


def _home_screen(k: _Kit, store_filled: bool, bank_installed: bool) -> None:
    """The phone's home screen: a grid of apps and a dock."""
    for row in range(len(ROWS)):
        for col in range(len(COLUMNS)):
            r = _tile_rect(row, col)
            if (row, col) == (1, 1):
                k.tile(r, "bag", filled=store_filled)
            elif (row, col) == (2, 0) and bank_installed:
                k.tile(r, "bank", filled=True)
            elif (row, col) == (2, 0):
                continue  # the bank's app is not there yet
            else:
                k.tile(r, f"shape{(row * 3 + col) % 4}")
            k.bars(r.left() + 3, r.bottom() + 3, (TILE - 6,), height=2.6)
    k.fill(k.tray)
    k.p.drawRoundedRect(QRectF(6, 160, 88, 32), 8, 8)
    for col in range(3):
        k.tile(QRectF(COLUMNS[col], 165, TILE, TILE), f"shape{col + 1}")


def _install_1(k: _Kit) -> None:
    _home_screen(k, store_filled=True, bank_installed=False)


def _store_header(k: _Kit) -> None:
    glyph_of(k, "bag", QRectF(6, 5, 12, 12), k.muted)
    k.bars(24, 9, (40,))


SEARCH_BOX = QRectF(6, 24, 88, 16)


def _install_2(k: _Kit) -> None:
    _store_header(k)
    k.p.setPen(k.pen(k.ink, 1.6))
    k.p.setBrush(k.surface)
    k.p.drawRoundedRect(SEARCH_BOX, 8, 8)
    glyph_of(k, "search", QRectF(11, 27, 10, 10), k.ink)
    for i in range(4):
        top = 52 + i * 34
        k.tile(QRectF(8, top, 24, 24), f"shape{i % 4}")
        k.bars(38, top + 4, (44, 30))


INSTALL_BUTTON = QRectF(8, 66, 84, 16)


def _install_3(k: _Kit) -> None:
    glyph_of(k, "back", QRectF(5, 5, 10, 10), k.muted)
    k.tile(QRectF(8, 22, 32, 32), "bank", filled=True)
    k.bars(46, 25, (44,), colour=k.ink, height=5)
    k.bars(46, 37, (26,))
    # The maker is the bank: ticked.
    k.fill(k.primary)
    k.p.drawEllipse(QPointF(80, 39), 6, 6)
    glyph_of(k, "tick", QRectF(75.5, 34.5, 9, 9), k.on_primary)
    k.bars(46, 47, (18,))
    k.pill(INSTALL_BUTTON, "download")
    for x in (8, 54):
        k.p.setPen(k.pen(k.muted, 1.2))
        k.p.setBrush(k.surface)
        k.p.drawRoundedRect(QRectF(x, 94, 38, 76), 4, 4)
        k.bars(x + 6, 104, (26, 20, 24), height=3, step=8)


def _login_1(k: _Kit) -> None:
    _home_screen(k, store_filled=False, bank_installed=True)


PASSWORD_BOX = QRectF(8, 76, 84, 16)
ACCOUNT_BOX = QRectF(8, 54, 84, 16)
LOGIN_BUTTON = QRectF(8, 100, 84, 16)
FORGOT_LINK = QRectF(26, 123, 48, 10)


def _login_screen(k: _Kit, typed: bool, keyboard: bool) -> None:
    k.header(40)
    k.field(ACCOUNT_BOX, "person", dots=0)
    k.bars(ACCOUNT_BOX.left() + 17, ACCOUNT_BOX.center().y() - 2, (40,), colour=k.ink)
    k.field(PASSWORD_BOX, "lock", dots=6 if typed else 0, cursor=not typed)
    k.pill(LOGIN_BUTTON, "forward")
    # "Forgot password": a key and an underlined line, like a link.
    glyph_of(k, "key", QRectF(FORGOT_LINK.left(), FORGOT_LINK.top(), 10, 10), k.primary)
    k.bars(FORGOT_LINK.left() + 14, FORGOT_LINK.top() + 2, (34,), colour=k.primary, height=3.4)
    k.stroke(k.primary, 1.2)
    k.p.drawLine(
        QLineF(
            FORGOT_LINK.left() + 14, FORGOT_LINK.bottom(), FORGOT_LINK.right(), FORGOT_LINK.bottom()
        )
    )
    if keyboard:
        k.keys(142, 8, 4)
    else:
        glyph_of(k, "fingerprint", QRectF(38, 150, 24, 24), k.muted)


def _login_2(k: _Kit) -> None:
    _login_screen(k, typed=False, keyboard=True)


def _login_3(k: _Kit) -> None:
    _login_screen(k, typed=True, keyboard=False)


def _password_1(k: _Kit) -> None:
    _login_screen(k, typed=False, keyboard=False)


CODE_BOXES = QRectF(6.5, 82, 87, 16)


def _password_2(k: _Kit) -> None:
    k.header(28)
    # The text message with the code, arriving at the top of the screen.
    k.p.setPen(k.pen(k.muted, 1.2))
    k.p.setBrush(k.panel)
    k.p.drawRoundedRect(QRectF(5, 32, 90, 26), 5, 5)
    glyph_of(k, "message", QRectF(9, 37, 15, 15), k.ink)
    k.bars(29, 37, (40,), height=3)
    k.fill(k.ink)
    for i in range(6):
        k.p.drawRect(QRectF(29 + i * 9, 46, 6, 6))
    _arrow(k, QPointF(50, 60), QPointF(50, 77), k.ink, 2.2, 5)
    k.p.setPen(k.pen(k.ink, 1.4))
    for i in range(6):
        box = QRectF(CODE_BOXES.left() + i * 15, CODE_BOXES.top(), 12, CODE_BOXES.height())
        k.p.setBrush(k.surface)
        k.p.drawRoundedRect(box, 2, 2)
        if i < 3:
            k.fill(k.ink)
            k.p.drawRect(QRectF(box.center().x() - 2.5, box.center().y() - 2.5, 5, 5))
            k.p.setPen(k.pen(k.ink, 1.4))
    k.keys(112, 3, 4)


NEW_PASSWORD = QRectF(8, 66, 84, 40)


def _password_3(k: _Kit) -> None:
    k.header(28)
    glyph_of(k, "lock", QRectF(40, 34, 20, 20), k.ink)
    k.field(QRectF(8, 66, 84, 16), "lock", dots=6)
    k.field(QRectF(8, 90, 84, 16), "lock", dots=6)
    k.pill(QRectF(8, 118, 84, 16), "tick")


BALANCE_CARD = QRectF(6, 32, 88, 40)
TRANSFER_CENTRE = QPointF(17, 94)


def _bank_home(k: _Kit, transfer_filled: bool) -> None:
    k.header(26)
    glyph_of(k, "person", QRectF(82, 7, 12, 12), k.on_primary)
    k.fill(k.primary)
    k.p.drawRoundedRect(BALANCE_CARD, 6, 6)
    glyph_of(k, "coin", QRectF(12, 40, 14, 14), k.on_primary)
    k.bars(32, 41, (30,), colour=k.on_primary, height=3.4)
    k.bars(32, 52, (52,), colour=k.on_primary, height=9)
    for i, glyph in enumerate(("transfer", "card", "list", "more")):
        centre = QPointF(TRANSFER_CENTRE.x() + i * 22, TRANSFER_CENTRE.y())
        k.round_button(centre, 9, glyph, filled=transfer_filled and i == 0)
        k.bars(centre.x() - 7, centre.y() + 12, (14,), height=2.6)
    _rows(k, 122, 3)


def _rows(k: _Kit, top: float, count: int) -> None:
    """A list of payments: a direction, a name, an amount."""
    for i in range(count):
        y = top + i * 24
        k.p.setPen(k.pen(k.muted, 1.2))
        k.p.setBrush(k.surface)
        k.p.drawEllipse(QPointF(14, y + 8), 7, 7)
        k.stroke(k.muted, 1.6)
        up = i % 2 == 0
        _arrow(
            k,
            QPointF(14, y + (12 if up else 4)),
            QPointF(14, y + (4 if up else 12)),
            k.muted,
            1.6,
            3,
        )
        k.bars(26, y + 3, (34, 20), height=3.2, step=7)
        k.bars(76, y + 5, (16,), colour=k.ink, height=4)
        k.stroke(k.muted, 0.6)
        k.p.drawLine(QLineF(6, y + 20, 94, y + 20))


def _balance_1(k: _Kit) -> None:
    _bank_home(k, transfer_filled=False)


def _balance_2(k: _Kit) -> None:
    k.header(26, back=True)
    k.fill(k.primary)
    k.p.drawRoundedRect(QRectF(6, 32, 88, 36), 6, 6)
    k.bars(14, 39, (30,), colour=k.on_primary, height=3.4)
    k.bars(14, 49, (62,), colour=k.on_primary, height=11)
    _rows(k, 78, 5)


def _transfer_1(k: _Kit) -> None:
    _bank_home(k, transfer_filled=True)


PAYEE_ROW = QRectF(4, 78, 92, 22)


def _transfer_2(k: _Kit) -> None:
    k.header(26, glyph="transfer", back=True)
    k.p.setPen(k.pen(k.muted, 1.2))
    k.p.setBrush(k.surface)
    k.p.drawRoundedRect(QRectF(6, 32, 88, 14), 7, 7)
    glyph_of(k, "search", QRectF(10, 35, 8, 8), k.muted)
    for i in range(5):
        y = 54 + i * 24
        k.p.setPen(k.pen(k.muted, 1.2))
        k.p.setBrush(k.surface)
        k.p.drawEllipse(QPointF(16, y + 11), 8, 8)
        glyph_of(k, "person", QRectF(10.5, y + 5.5, 11, 11), k.muted)
        k.bars(30, y + 5, (40 - (i % 3) * 6,), colour=k.ink, height=4)
        k.bars(30, y + 13, (28,), height=3)


CONFIRM_BUTTON = QRectF(8, 134, 84, 16)


def _transfer_3(k: _Kit) -> None:
    k.header(26, glyph="transfer", back=True)
    k.p.setPen(k.pen(k.muted, 1.4))
    k.p.setBrush(k.surface)
    k.p.drawEllipse(QPointF(50, 48), 13, 13)
    glyph_of(k, "person", QRectF(41, 39, 18, 18), k.muted)
    # The name, checked.
    k.bars(24, 68, (40,), colour=k.ink, height=5)
    k.fill(k.primary)
    k.p.drawEllipse(QPointF(74, 70.5), 6, 6)
    glyph_of(k, "tick", QRectF(69.5, 66, 9, 9), k.on_primary)
    k.stroke(k.muted, 0.6)
    k.p.drawLine(QLineF(8, 84, 92, 84))
    glyph_of(k, "coin", QRectF(12, 94, 16, 16), k.ink)
    k.bars(34, 97, (50,), colour=k.ink, height=10)
    k.stroke(k.muted, 0.6)
    k.p.drawLine(QLineF(8, 120, 92, 120))
    k.pill(CONFIRM_BUTTON, "tick")


HANG_UP = QPointF(28, 160)


def _transfer_4(k: _Kit) -> None:
    """A call from someone unknown: hang up."""
    k.fill(k.panel)
    k.p.drawRect(QRectF(0, 0, SCREEN_W, SCREEN_H))
    k.p.setPen(k.pen(k.muted, 1.6))
    k.p.setBrush(k.surface)
    k.p.drawEllipse(QPointF(50, 50), 20, 20)
    glyph_of(k, "person", QRectF(36, 36, 28, 28), k.muted)
    k.bars(28, 80, (44,), colour=k.ink, height=5)
    k.bars(36, 90, (28,), height=3.4)
    k.round_button(HANG_UP, 12, "hang_up", filled=True)
    k.round_button(QPointF(72, 160), 12, "answer", filled=False)


# -- the pictures --------------------------------------------------------------------
@dataclass(frozen=True)
class _Picture:
    draw: Callable[[_Kit], None]
    target: QRectF  # the one thing to tap (ringed), or where to swipe
    gesture: str = "tap"  # tap | swipe
    badge: str = ""  # "shield": a warning sign beside the phone


def _around(centre: QPointF, radius: float) -> QRectF:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)


_PICTURES: dict[str, _Picture] = {
    "install_1": _Picture(_install_1, _tile_rect(1, 1)),
    "install_2": _Picture(_install_2, SEARCH_BOX),
    "install_3": _Picture(_install_3, INSTALL_BUTTON),
    "login_1": _Picture(_login_1, _tile_rect(2, 0)),
    "login_2": _Picture(_login_2, PASSWORD_BOX),
    "login_3": _Picture(_login_3, LOGIN_BUTTON),
    "password_1": _Picture(_password_1, FORGOT_LINK),
    "password_2": _Picture(_password_2, CODE_BOXES, badge="shield"),
    "password_3": _Picture(_password_3, NEW_PASSWORD),
    "balance_1": _Picture(_balance_1, BALANCE_CARD),
    "balance_2": _Picture(_balance_2, QRectF(6, 110, 88, 60), gesture="swipe"),
    "transfer_1": _Picture(_transfer_1, _around(TRANSFER_CENTRE, 9)),
    "transfer_2": _Picture(_transfer_2, PAYEE_ROW),
    "transfer_3": _Picture(_transfer_3, CONFIRM_BUTTON),
    "transfer_4": _Picture(_transfer_4, _around(HANG_UP, 12), badge="shield"),
}

GUIDE_PICTURES: frozenset[str] = frozenset(GUIDE_PREFIX + name for name in _PICTURES)


def is_guide(name: str) -> bool:
    """A picture name the guides draw (``guide.<step>``), not an icon."""
    return name.startswith(GUIDE_PREFIX)


def _ring(k: _Kit, target: QRectF) -> None:
    """The thing to tap: a bright band and a thick outline around it."""
    radius = min(target.height(), target.width()) / 2 + 5
    k.stroke(k.attention, 5.0)
    k.p.drawRoundedRect(target.adjusted(-5.5, -5.5, 5.5, 5.5), radius + 3, radius + 3)
    k.stroke(k.focus, 3.0)
    k.p.drawRoundedRect(target.adjusted(-2.5, -2.5, 2.5, 2.5), radius, radius)


def _hand(k: _Kit, tip: QPointF, s: float) -> None:
    """A pointing hand whose fingertip is at ``tip``, coming from the lower right."""
    k.p.save()
    k.p.translate(tip)
    k.p.rotate(-28)
    path = QPainterPath()
    path.addRoundedRect(QRectF(-0.5 * s, 0, s, 3.4 * s), 0.5 * s, 0.5 * s)  # pointing finger
    path.addRoundedRect(QRectF(-0.55 * s, 2.1 * s, 2.7 * s, 3.2 * s), 0.9 * s, 0.9 * s)  # fist
    path.addRoundedRect(QRectF(-1.45 * s, 3.0 * s, 1.6 * s, 0.9 * s), 0.45 * s, 0.45 * s)  # thumb
    path = path.simplified()
    k.p.setPen(k.pen(k.ink, 0.2 * s))
    k.p.setBrush(k.paper)
    k.p.drawPath(path)
    # The folded fingers' creases and the nail.
    k.stroke(k.ink, 0.14 * s)
    for x in (0.55 * s, 1.25 * s):
        k.p.drawLine(QLineF(x, 2.15 * s, x, 2.85 * s))
    k.p.drawArc(QRectF(-0.28 * s, 0.2 * s, 0.56 * s, 0.5 * s), 200 * 16, 140 * 16)
    k.p.restore()


def _gesture(k: _Kit, picture: _Picture, s: float) -> None:
    t = picture.target
    if picture.gesture == "swipe":
        tip = QPointF(t.center().x() + 0.1 * t.width(), t.center().y())
        _arrow(
            k,
            QPointF(tip.x() - 2.2 * s, t.bottom() - 2),
            QPointF(tip.x() - 2.2 * s, t.top()),
            k.focus,
            0.55 * s,
            1.3 * s,
        )
        _hand(k, tip, s)
        return
    tip = QPointF(t.center().x() + min(0.18 * t.width(), 10), t.center().y() + 0.12 * t.height())
    _hand(k, tip, s)


def _shield(k: _Kit, r: QRectF) -> None:
    """A warning: a shield with an exclamation mark, filling ``r`` (1 wide, 1.1 tall)."""
    k.p.save()
    k.p.translate(r.topLeft())
    k.p.scale(r.width(), r.width())
    path = QPainterPath(QPointF(0.5, 0))
    path.cubicTo(QPointF(0.7, 0.1), QPointF(0.9, 0.12), QPointF(1, 0.12))
    path.cubicTo(QPointF(1, 0.7), QPointF(0.8, 0.92), QPointF(0.5, 1.1))
    path.cubicTo(QPointF(0.2, 0.92), QPointF(0, 0.7), QPointF(0, 0.12))
    path.cubicTo(QPointF(0.1, 0.12), QPointF(0.3, 0.1), QPointF(0.5, 0))
    k.p.setPen(k.pen(k.on_attention, 0.06))
    k.p.setBrush(k.attention)
    k.p.drawPath(path)
    k.stroke(k.on_attention, 0.13)
    k.p.drawLine(QLineF(0.5, 0.3, 0.5, 0.64))
    k.fill(k.on_attention)
    k.p.drawEllipse(QPointF(0.5, 0.84), 0.08, 0.08)
    k.p.restore()


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    phone: QRectF | None  # None: only the magnified spot (a very low picture)
    screen: QRectF | None
    callout: QRectF | None  # where the magnified spot is drawn
    strip: QRectF | None  # the part of the phone's screen it shows


def _strip(
    picture: _Picture, box_w: float, box_h: float, around: float = 34.0
) -> tuple[QRectF, float]:
    """The part of the phone's screen to magnify into a box, and how much.

    Args:
        around: How much of the screen round the target to show (screen units).
    """
    t = picture.target
    need_w, need_h = min(max(t.width() + around, 56.0), SCREEN_W), t.height() + around
    zoom = min(box_w / need_w, box_h / need_h)
    strip_w, strip_h = min(box_w / zoom, SCREEN_W), min(box_h / zoom, SCREEN_H)
    x = min(max(t.center().x() - strip_w / 2, 0), SCREEN_W - strip_w)
    y = min(max(t.center().y() - strip_h / 2, 0), SCREEN_H - strip_h)
    return QRectF(x, y, strip_w, strip_h), zoom


def _layout(picture: _Picture, width: float, height: float) -> _Layout:
    """Phone and magnified spot side by side, as large as ``width``×``height`` allows.

    Too low for a phone to be made out, only the magnified spot is drawn.
    """
    h = float(height)
    pad = max(2.0, 0.02 * h)  # room for the outer strokes and the badge
    if h < COMPACT_PX:
        box_w = min(width, MAX_CALLOUT_W * h) - 2 * pad
        strip, zoom = _strip(picture, box_w, h - 2 * pad, around=18.0)
        callout = QRectF(pad, pad, strip.width() * zoom, strip.height() * zoom)
        return _Layout(callout.right() + pad, h, None, None, callout, strip)
    if width < h * (PHONE_W + GAP + MIN_CALLOUT_W):
        fitted = width / (PHONE_W + GAP + MIN_CALLOUT_W)
        h = fitted if fitted >= 0.6 * h else min(h, width / PHONE_W)
        pad = max(2.0, 0.02 * h)
    phone = QRectF(pad, pad, h * PHONE_W - 2 * pad, h - 2 * pad)
    bezel = 0.035 * h
    screen = QRectF(phone.left() + bezel, 0.07 * h, phone.width() - 2 * bezel, 0.86 * h)
    room = width - phone.right() - GAP * h - pad
    if room < MIN_CALLOUT_W * h - 0.5:
        return _Layout(phone.right() + pad, h, phone, screen, None, None)
    # Show the target with a little of what is around it, as big as fits.
    strip, zoom = _strip(picture, min(room, MAX_CALLOUT_W * h), CALLOUT_H * h)
    box_w, box_h = strip.width() * zoom, strip.height() * zoom
    callout = QRectF(phone.right() + GAP * h, (h - box_h) / 2, box_w, box_h)
    return _Layout(callout.right() + pad, h, phone, screen, callout, strip)


def _draw(k: _Kit, picture: _Picture, lay: _Layout) -> None:
    if lay.phone is not None and lay.screen is not None:
        _draw_phone(k, picture, lay, lay.phone, lay.screen)
    if lay.callout is not None and lay.strip is not None:
        _draw_callout(k, picture, lay, lay.callout, lay.strip)
    if picture.badge == "shield":
        anchor = lay.callout or lay.phone or QRectF()
        side = min(0.34 * lay.height, anchor.height() * 0.5)
        pad = max(2.0, 0.02 * lay.height)
        _shield(
            k,
            QRectF(min(anchor.right() - 0.6 * side, lay.width - side - pad), pad, side, side * 1.1),
        )


def _draw_phone(k: _Kit, picture: _Picture, lay: _Layout, phone: QRectF, screen: QRectF) -> None:
    p, h = k.p, lay.height
    k.fill(k.ink)
    p.drawRoundedRect(phone, 0.07 * h, 0.07 * h)
    k.fill(k.surface)
    p.drawRoundedRect(screen, 0.02 * h, 0.02 * h)
    p.drawEllipse(QPointF(phone.center().x(), 0.035 * h), 0.012 * h, 0.012 * h)
    unit = screen.width() / SCREEN_W
    p.save()
    p.setClipRect(screen)
    p.translate(screen.topLeft())
    p.scale(unit, unit)
    picture.draw(k)
    if picture.gesture == "tap":
        _ring(k, picture.target)
    if lay.callout is None:
        _gesture(k, picture, 8.0)
    elif lay.strip is not None:  # which part is magnified
        k.stroke(k.ink, 0.01 * h / unit)
        p.drawRect(lay.strip)
        p.restore()
        # Lines from the spot on the phone to its magnified view.
        k.stroke(k.muted, 0.008 * h)
        corners = (lay.strip.topRight(), lay.strip.bottomRight())
        ends = (lay.callout.topLeft(), lay.callout.bottomLeft())
        for corner, end in zip(corners, ends, strict=True):
            start = QPointF(screen.left() + corner.x() * unit, screen.top() + corner.y() * unit)
            p.drawLine(QLineF(start, end))
        return
    p.restore()


def _draw_callout(k: _Kit, picture: _Picture, lay: _Layout, callout: QRectF, strip: QRectF) -> None:
    p, h = k.p, lay.height
    radius = 0.06 * h
    k.fill(k.surface)
    p.drawRoundedRect(callout, radius, radius)
    zoom = callout.width() / strip.width()
    p.save()
    clip = QPainterPath()
    clip.addRoundedRect(callout, radius, radius)
    p.setClipPath(clip)
    p.translate(callout.topLeft())
    p.scale(zoom, zoom)
    p.translate(-strip.topLeft())
    picture.draw(k)
    if picture.gesture == "tap":
        _ring(k, picture.target)
    _gesture(k, picture, min(max(min(strip.width(), strip.height()) / 9, 5.5), 9.0))
    p.restore()
    k.stroke(k.ink, max(1.5, 0.02 * h))
    p.drawRoundedRect(callout, radius, radius)


@lru_cache(maxsize=64)
def guide_pixmap(
    name: str, palette: Palette, width: int, height: int, device_ratio: float = 1.0
) -> QPixmap:
    """The picture for guide step ``name``, fitted inside ``width``×``height``.

    Args:
        name: One of :data:`GUIDE_PICTURES`; an unknown name gives an empty pixmap.
        palette: The theme's colours.
        width, height: Room for the picture, in device-independent pixels.
        device_ratio: The screen's device pixel ratio, so lines stay crisp.
    """
    picture = _PICTURES.get(name.removeprefix(GUIDE_PREFIX)) if is_guide(name) else None
    if picture is None or width < 8 or height < 8:
        empty = QPixmap(1, 1)
        empty.fill(Qt.GlobalColor.transparent)
        return empty
    lay = _layout(picture, width, height)
    pixmap = QPixmap(
        max(1, round(lay.width * device_ratio)), max(1, round(lay.height * device_ratio))
    )
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(device_ratio, device_ratio)
    _draw(_Kit(painter, palette), picture, lay)
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


class _Refit(QObject):
    """Calls back whenever the watched widget changes size."""

    def __init__(self, watched: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def refit_on_resize(watched: QWidget, owner: QWidget, callback: Callable[[], None]) -> None:
    """Redraw ``owner``'s picture when ``watched`` (the screen's host) is resized; once only."""
    marker = f"guide_refit_{id(owner)}"
    if not watched.property(marker):
        watched.setProperty(marker, True)
        _Refit(watched, callback)
