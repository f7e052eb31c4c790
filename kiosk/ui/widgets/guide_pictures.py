"""Step-by-step pictures for the banking-app guides, drawn with QPainter.

Each picture is a phone showing one screen of the bank's app (or the app
store), the one thing to tap ringed with a thick outline, and beside it the
same spot magnified with a finger tapping it. There are no words or digits in
a picture — bars stand for text — so one drawing serves every language.
Colours come from the theme's palette, so the standard and the high-contrast
theme both look right.

This module fits a picture into the room it is given (phone and magnified
spot side by side, or the spot alone when low), rings the target, adds the
tapping hand and the warning badge, and paints the pixmap. The steps' app
screens are drawn in :mod:`kiosk.ui.widgets.guide_drawings`, from the parts
and glyphs of :mod:`kiosk.ui.widgets.guide_kit`.

A phone screen is drawn in its own units: 100 wide, 200 tall.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QWidget

from kiosk.look.theme import Palette
from kiosk.ui.widgets.guide_drawings import PICTURES, Picture
from kiosk.ui.widgets.guide_kit import SCREEN_H, SCREEN_W, Kit, arrow

GUIDE_PREFIX = "guide."
PHONE_W = 0.5  # the phone's width for each unit of its height
GAP = 0.1  # between the phone and the magnified spot, per unit of height
CALLOUT_H = 0.86  # the magnified spot's height, per unit of height
MIN_CALLOUT_W = 0.8  # narrower than this, the phone is drawn alone
MAX_CALLOUT_W = 2.0
COMPACT_PX = 120  # lower than this, a phone cannot be made out: only the magnified spot


GUIDE_PICTURES: frozenset[str] = frozenset(GUIDE_PREFIX + name for name in PICTURES)


def is_guide(name: str) -> bool:
    """A picture name the guides draw (``guide.<step>``), not an icon."""
    return name.startswith(GUIDE_PREFIX)


def _ring(k: Kit, target: QRectF) -> None:
    """The thing to tap: a bright band and a thick outline around it."""
    radius = min(target.height(), target.width()) / 2 + 5
    k.stroke(k.attention, 5.0)
    k.p.drawRoundedRect(target.adjusted(-5.5, -5.5, 5.5, 5.5), radius + 3, radius + 3)
    k.stroke(k.focus, 3.0)
    k.p.drawRoundedRect(target.adjusted(-2.5, -2.5, 2.5, 2.5), radius, radius)


def _hand(k: Kit, tip: QPointF, s: float) -> None:
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


def _gesture(k: Kit, picture: Picture, s: float) -> None:
    t = picture.target
    if picture.gesture == "swipe":
        tip = QPointF(t.center().x() + 0.1 * t.width(), t.center().y())
        arrow(
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


def _shield(k: Kit, r: QRectF) -> None:
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
    picture: Picture, box_w: float, box_h: float, around: float = 34.0
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


def _layout(picture: Picture, width: float, height: float) -> _Layout:
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


def _draw(k: Kit, picture: Picture, lay: _Layout) -> None:
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


def _draw_phone(k: Kit, picture: Picture, lay: _Layout, phone: QRectF, screen: QRectF) -> None:
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


def _draw_callout(k: Kit, picture: Picture, lay: _Layout, callout: QRectF, strip: QRectF) -> None:
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
    picture = PICTURES.get(name.removeprefix(GUIDE_PREFIX)) if is_guide(name) else None
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
    _draw(Kit(painter, palette), picture, lay)
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
