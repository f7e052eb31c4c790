"""The app screens of the banking-app guides: one wordless drawing for each step.

Each step's :class:`Picture` draws one screen of the bank's app (or the app
store, or an incoming call) and says where the one thing to tap is; how it
is fitted on the kiosk's screen, ringed and magnified is
:mod:`kiosk.ui.widgets.guide_pictures`'s business. Bars stand for text.

A phone screen is drawn in its own units: 100 wide, 200 tall (the targets
below are in them too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF

from kiosk.ui.widgets.guide_kit import SCREEN_H, SCREEN_W, Kit, arrow, glyph_of

# -- the app screens ------------------------------------------------------------------
TILE = 22.0
COLUMNS = (11.0, 39.0, 67.0)
ROWS = (20.0, 52.0, 84.0, 116.0)


def _tile_rect(row: int, col: int) -> QRectF:
    return QRectF(COLUMNS[col], ROWS[row], TILE, TILE)


def _home_screen(k: Kit, store_filled: bool, bank_installed: bool) -> None:
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


def _install_1(k: Kit) -> None:
    _home_screen(k, store_filled=True, bank_installed=False)


def _store_header(k: Kit) -> None:
    glyph_of(k, "bag", QRectF(6, 5, 12, 12), k.muted)
    k.bars(24, 9, (40,))


SEARCH_BOX = QRectF(6, 24, 88, 16)


def _install_2(k: Kit) -> None:
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


def _install_3(k: Kit) -> None:
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


def _login_1(k: Kit) -> None:
    _home_screen(k, store_filled=False, bank_installed=True)


PASSWORD_BOX = QRectF(8, 76, 84, 16)
ACCOUNT_BOX = QRectF(8, 54, 84, 16)
LOGIN_BUTTON = QRectF(8, 100, 84, 16)
FORGOT_LINK = QRectF(26, 123, 48, 10)


def _login_screen(k: Kit, typed: bool, keyboard: bool) -> None:
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


def _login_2(k: Kit) -> None:
    _login_screen(k, typed=False, keyboard=True)


def _login_3(k: Kit) -> None:
    _login_screen(k, typed=True, keyboard=False)


def _password_1(k: Kit) -> None:
    _login_screen(k, typed=False, keyboard=False)


CODE_BOXES = QRectF(6.5, 82, 87, 16)


def _password_2(k: Kit) -> None:
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
    arrow(k, QPointF(50, 60), QPointF(50, 77), k.ink, 2.2, 5)
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


def _password_3(k: Kit) -> None:
    k.header(28)
    glyph_of(k, "lock", QRectF(40, 34, 20, 20), k.ink)
    k.field(QRectF(8, 66, 84, 16), "lock", dots=6)
    k.field(QRectF(8, 90, 84, 16), "lock", dots=6)
    k.pill(QRectF(8, 118, 84, 16), "tick")


BALANCE_CARD = QRectF(6, 32, 88, 40)
TRANSFER_CENTRE = QPointF(17, 94)


def _bank_home(k: Kit, transfer_filled: bool) -> None:
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


def _rows(k: Kit, top: float, count: int) -> None:
    """A list of payments: a direction, a name, an amount."""
    for i in range(count):
        y = top + i * 24
        k.p.setPen(k.pen(k.muted, 1.2))
        k.p.setBrush(k.surface)
        k.p.drawEllipse(QPointF(14, y + 8), 7, 7)
        k.stroke(k.muted, 1.6)
        up = i % 2 == 0
        arrow(
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


def _balance_1(k: Kit) -> None:
    _bank_home(k, transfer_filled=False)


def _balance_2(k: Kit) -> None:
    k.header(26, back=True)
    k.fill(k.primary)
    k.p.drawRoundedRect(QRectF(6, 32, 88, 36), 6, 6)
    k.bars(14, 39, (30,), colour=k.on_primary, height=3.4)
    k.bars(14, 49, (62,), colour=k.on_primary, height=11)
    _rows(k, 78, 5)


def _transfer_1(k: Kit) -> None:
    _bank_home(k, transfer_filled=True)


PAYEE_ROW = QRectF(4, 78, 92, 22)


def _transfer_2(k: Kit) -> None:
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


def _transfer_3(k: Kit) -> None:
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


def _transfer_4(k: Kit) -> None:
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
class Picture:
    """One guide step's drawing and what it asks the customer to do (screen units)."""

    draw: Callable[[Kit], None]
    target: QRectF  # the one thing to tap (ringed), or where to swipe
    gesture: str = "tap"  # tap | swipe
    badge: str = ""  # "shield": a warning sign beside the phone


def _around(centre: QPointF, radius: float) -> QRectF:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)


PICTURES: dict[str, Picture] = {
    "install_1": Picture(_install_1, _tile_rect(1, 1)),
    "install_2": Picture(_install_2, SEARCH_BOX),
    "install_3": Picture(_install_3, INSTALL_BUTTON),
    "login_1": Picture(_login_1, _tile_rect(2, 0)),
    "login_2": Picture(_login_2, PASSWORD_BOX),
    "login_3": Picture(_login_3, LOGIN_BUTTON),
    "password_1": Picture(_password_1, FORGOT_LINK),
    "password_2": Picture(_password_2, CODE_BOXES, badge="shield"),
    "password_3": Picture(_password_3, NEW_PASSWORD),
    "balance_1": Picture(_balance_1, BALANCE_CARD),
    "balance_2": Picture(_balance_2, QRectF(6, 110, 88, 60), gesture="swipe"),
    "transfer_1": Picture(_transfer_1, _around(TRANSFER_CENTRE, 9)),
    "transfer_2": Picture(_transfer_2, PAYEE_ROW),
    "transfer_3": Picture(_transfer_3, CONFIRM_BUTTON),
    "transfer_4": Picture(_transfer_4, _around(HANG_UP, 12), badge="shield"),
}
