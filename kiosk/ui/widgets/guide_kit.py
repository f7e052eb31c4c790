"""The parts the banking-app guides' pictures are drawn from, with QPainter.

:class:`Kit` holds a painter and the theme's colours, and draws what an app
screen is made of: lines of text as bars, app icons, buttons, boxes to type
in, the bank's header, a keyboard. The glyphs (:data:`GLYPHS`) are small
language-neutral symbols — a lock, a coin, a tick — so no picture needs words.
The app screens themselves are in :mod:`kiosk.ui.widgets.guide_drawings`.

A phone screen is drawn in its own units: 100 wide, 200 tall.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from kiosk.look.theme import Palette

SCREEN_W, SCREEN_H = 100.0, 200.0


class Kit:
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


def _glyph_bank(k: Kit, c: QColor) -> None:
    k.fill(c)
    k.p.drawPolygon(_poly((0, 0.34), (0.5, 0.04), (1, 0.34)))
    for i in range(3):
        k.p.drawRect(QRectF(0.12 + i * 0.3, 0.42, 0.16, 0.38))
    k.p.drawRect(QRectF(0, 0.84, 1, 0.12))


def _glyph_bag(k: Kit, c: QColor) -> None:
    """A shopping bag with a play sign: the app store."""
    k.stroke(c, 0.09)
    k.p.drawPolygon(_poly((0.16, 0.32), (0.84, 0.32), (0.94, 0.96), (0.06, 0.96)))
    k.p.drawArc(QRectF(0.3, 0.06, 0.4, 0.5), 0, 180 * 16)
    k.fill(c)
    k.p.drawPolygon(_poly((0.38, 0.46), (0.7, 0.64), (0.38, 0.82)))


def _glyph_search(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    k.p.drawEllipse(QPointF(0.42, 0.42), 0.26, 0.26)
    k.stroke(c, 0.16)
    k.p.drawLine(QLineF(0.62, 0.62, 0.88, 0.88))


def _glyph_lock(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    k.p.drawArc(QRectF(0.28, 0.08, 0.44, 0.44), 0, 180 * 16)
    k.p.drawLine(QLineF(0.28, 0.3, 0.28, 0.46))
    k.p.drawLine(QLineF(0.72, 0.3, 0.72, 0.46))
    k.fill(c)
    k.p.drawRoundedRect(QRectF(0.14, 0.44, 0.72, 0.52), 0.08, 0.08)


def _glyph_person(k: Kit, c: QColor) -> None:
    k.fill(c)
    k.p.drawEllipse(QPointF(0.5, 0.3), 0.2, 0.2)
    k.p.drawPie(QRectF(0.14, 0.58, 0.72, 0.76), 0, 180 * 16)


def arrow(k: Kit, a: QPointF, b: QPointF, c: QColor, width: float, head: float) -> None:
    """A line from ``a`` to ``b`` with an open arrowhead (sides ``head`` long) at ``b``."""
    k.stroke(c, width)
    k.p.drawLine(QLineF(a, b))
    angle = math.atan2(b.y() - a.y(), b.x() - a.x())
    for turn in (2.5, -2.5):
        tip = QPointF(b.x() + head * math.cos(angle + turn), b.y() + head * math.sin(angle + turn))
        k.p.drawLine(QLineF(b, tip))


def _glyph_transfer(k: Kit, c: QColor) -> None:
    arrow(k, QPointF(0.08, 0.3), QPointF(0.9, 0.3), c, 0.11, 0.22)
    arrow(k, QPointF(0.92, 0.7), QPointF(0.1, 0.7), c, 0.11, 0.22)


def _glyph_back(k: Kit, c: QColor) -> None:
    arrow(k, QPointF(0.9, 0.5), QPointF(0.12, 0.5), c, 0.12, 0.3)


def _glyph_forward(k: Kit, c: QColor) -> None:
    arrow(k, QPointF(0.1, 0.5), QPointF(0.88, 0.5), c, 0.14, 0.32)


def _glyph_coin(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.1)
    k.p.drawEllipse(QPointF(0.5, 0.5), 0.42, 0.42)
    k.fill(c)
    k.p.drawEllipse(QPointF(0.5, 0.5), 0.22, 0.22)


def _glyph_tick(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.16)
    k.p.drawPolyline(_poly((0.14, 0.52), (0.4, 0.78), (0.88, 0.24)))


def _glyph_download(k: Kit, c: QColor) -> None:
    arrow(k, QPointF(0.5, 0.04), QPointF(0.5, 0.66), c, 0.14, 0.3)
    k.p.drawPolyline(_poly((0.1, 0.7), (0.1, 0.92), (0.9, 0.92), (0.9, 0.7)))


def _glyph_card(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.1)
    k.p.drawRoundedRect(QRectF(0.06, 0.2, 0.88, 0.6), 0.1, 0.1)
    k.p.drawLine(QLineF(0.06, 0.4, 0.94, 0.4))


def _glyph_list(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    for i in range(3):
        y = 0.2 + i * 0.3
        k.p.drawPoint(QPointF(0.1, y))
        k.p.drawLine(QLineF(0.32, y, 0.92, y))


def _glyph_more(k: Kit, c: QColor) -> None:
    k.fill(c)
    for i in range(3):
        k.p.drawEllipse(QPointF(0.18 + i * 0.32, 0.5), 0.1, 0.1)


def _glyph_key(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.12)
    k.p.drawEllipse(QPointF(0.28, 0.5), 0.18, 0.18)
    k.p.drawPolyline(_poly((0.46, 0.5), (0.92, 0.5), (0.92, 0.7)))
    k.p.drawLine(QLineF(0.72, 0.5, 0.72, 0.66))


def _glyph_message(k: Kit, c: QColor) -> None:
    k.fill(c)
    k.p.drawRoundedRect(QRectF(0.04, 0.12, 0.92, 0.6), 0.14, 0.14)
    k.p.drawPolygon(_poly((0.2, 0.66), (0.46, 0.66), (0.16, 0.92)))


def _glyph_handset(k: Kit, c: QColor) -> None:
    """A telephone handset lying flat (the hang-up sign)."""
    k.stroke(c, 0.16)
    k.p.drawArc(QRectF(0.1, 0.3, 0.8, 0.7), 35 * 16, 110 * 16)
    k.fill(c)
    k.p.drawRoundedRect(QRectF(0.02, 0.38, 0.3, 0.22), 0.06, 0.06)
    k.p.drawRoundedRect(QRectF(0.68, 0.38, 0.3, 0.22), 0.06, 0.06)


def _glyph_handset_up(k: Kit, c: QColor) -> None:
    """A handset lifted (the answer sign)."""
    k.p.translate(0.5, 0.5)
    k.p.rotate(-35)
    k.p.translate(-0.5, -0.5)
    _glyph_handset(k, c)


def _glyph_fingerprint(k: Kit, c: QColor) -> None:
    k.stroke(c, 0.07)
    for i, span in enumerate((300, 280, 250, 220)):
        radius = 0.1 + i * 0.12
        box = QRectF(0.5 - radius, 0.5 - radius, 2 * radius, 2 * radius)
        k.p.drawArc(box, (90 - span // 2) * 16, span * 16)


def _glyph_shape(kind: int) -> Callable[[Kit, QColor], None]:
    """Simple marks that make other apps' icons look like apps."""

    def draw(k: Kit, c: QColor) -> None:
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


GLYPHS: dict[str, Callable[[Kit, QColor], None]] = {
    "bank": _glyph_bank, "bag": _glyph_bag, "search": _glyph_search, "lock": _glyph_lock,
    "person": _glyph_person, "transfer": _glyph_transfer, "back": _glyph_back,
    "forward": _glyph_forward, "coin": _glyph_coin, "tick": _glyph_tick,
    "download": _glyph_download, "card": _glyph_card, "list": _glyph_list, "more": _glyph_more,
    "key": _glyph_key, "message": _glyph_message, "hang_up": _glyph_handset,
    "answer": _glyph_handset_up, "fingerprint": _glyph_fingerprint,
    **{f"shape{i}": _glyph_shape(i) for i in range(4)},
}  # fmt: skip


def glyph_of(k: Kit, name: str, r: QRectF, c: QColor) -> None:
    """Draw glyph ``name`` in colour ``c``, filling the square ``r``."""
    k.p.save()
    k.p.translate(r.topLeft())
    k.p.scale(r.width(), r.width())
    GLYPHS[name](k, c)
    k.p.restore()
