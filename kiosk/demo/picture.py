"""One picture of the demo layout, drawn offscreen (``kiosk demo --picture``, ``make demo``).

The same windows ``kiosk demo`` shows, tiled by the same layout on a 1920×1080
laptop screen, each drawn in a plain window frame: a reader without a display
sees the product side by side.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk.core import ids
from kiosk.demo.data import seed_demo_data
from kiosk.demo.layout import Margins, Placement, Rect, tile
from kiosk.queue.models import Kind

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.config import Config
    from kiosk.demo.windows import RoleWindow
    from kiosk.staff.console import StaffConsole

# The laptop the picture shows, and the frames it draws around each window.
LAPTOP = (1920, 1080)
PICTURE_FRAME = Margins(1, 30, 1, 1)
DESKTOP = "#2f3b48"
TITLE_BAR = "#dfe3e8"
TITLE_TEXT = "#1b1f24"


def write_demo_picture(config: Config, out: Path, screen: tuple[int, int] = LAPTOP) -> Path:
    """Draw the demo's windows as ``kiosk demo`` tiles them on ``screen``; save a PNG.

    The kiosk shows its home screen; the console is signed in to the demo account
    with the demo's queue (from a throw-away database) and its help request open.

    Returns:
        The PNG written.
    """
    from kiosk.display import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kiosk.app import qt_app
    from kiosk.tools.tour import settle

    app = qt_app()
    kiosk, console, roles = _demo_windows(config)
    placements = tile(Rect(0, 0, *screen), [r.role for r in roles], PICTURE_FRAME)
    for role, placed in zip(roles, placements, strict=True):
        role.window.setGeometry(*placed.client.as_list())
        role.window.show()
    settle(app)
    kiosk.window.current_screen().pager.repaginate()
    settle(app)
    image = _draw(roles, placements, screen, QFont(console.font()))
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"could not write the picture {out}")
    # Where each window was drawn, beside the picture (for a reader and the tests).
    where = {p.role: p.client.as_list() for p in placements}
    out.with_suffix(".json").write_text(json.dumps(where), encoding="utf-8")
    for role in roles:
        role.window.close()
    return out


def _demo_windows(config: Config) -> tuple[Kiosk, StaffConsole, list[RoleWindow]]:
    """The kiosk on its home screen, the console, and every demo window (the lobby's too)."""
    from kiosk.app import build_kiosk
    from kiosk.app.lobby import tour_lobby
    from kiosk.demo.layout import LOBBY
    from kiosk.demo.windows import build_demo_windows, scaled_role
    from kiosk.printing import NullPrinter

    kiosk = build_kiosk(config, printer=NullPrinter())
    kiosk.controller.idle.set_enabled(False)
    kiosk.controller.session.history = [ids.WELCOME, ids.LANGUAGE, ids.HOME]
    kiosk.window.show_screen(ids.HOME)
    console = _demo_console(config)
    roles = build_demo_windows(config, kiosk, console, sign_in_hint=False)
    # The lobby display with a mid-morning board (the picture has no live queue).
    lobby = tour_lobby(kiosk.catalogs, "en", config["ui.default_theme"], LOBBY.reference or (0, 0))
    lobby.hide()
    lobby.setMinimumSize(0, 0)
    lobby.setMaximumSize(16777215, 16777215)
    roles.append(scaled_role(LOBBY, lobby, console.catalog.text("staff.demo_ribbon")))
    return kiosk, console, roles


def _demo_console(config: Config) -> StaffConsole:
    """The console signed in to the demo account, the demo's queue shown, its help open."""
    from kiosk.app import build_console
    from kiosk.demo.data import DEMO_STAFF
    from kiosk.store import open_stores

    with tempfile.TemporaryDirectory() as tmp:
        stores = open_stores(config, Path(tmp))
        try:
            seed_demo_data(stores)
            items = stores.queue.list_open()
        finally:
            stores.close()
    console = build_console(config, None)
    console.signed_in_as(DEMO_STAFF)
    console.show_snapshot(items)
    helps = [i for i in items if i.kind == Kind.HELP]
    if helps:
        console.select(helps[0].id)
    return console


def _draw(
    roles: list[RoleWindow], placements: list[Placement], screen: tuple[int, int], title_font: QFont
) -> QImage:
    """The laptop's desktop with each window in a plain frame with its title."""
    image = QImage(*screen, QImage.Format.Format_RGB32)
    image.fill(QColor(DESKTOP))
    painter = QPainter(image)
    title_font.setPixelSize(16)
    painter.setFont(title_font)
    for role, placed in zip(roles, placements, strict=True):
        f, c = placed.frame, placed.client
        painter.fillRect(QRect(*f.as_list()), QColor(TITLE_BAR))
        painter.setPen(QColor(TITLE_TEXT))
        title = QRect(f.x + 12, f.y, f.w - 24, PICTURE_FRAME.top)
        painter.drawText(title, Qt.AlignmentFlag.AlignVCenter, role.window.windowTitle())
        painter.drawPixmap(c.x, c.y, role.window.grab())
    painter.end()
    return image
