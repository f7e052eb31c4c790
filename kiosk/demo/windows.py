"""The demo's windows: the kiosk scaled as a whole, the staff console, a DEMO ribbon on each.

:class:`ScaledKiosk` shows the real kiosk window, laid out at the branch
touchscreen's size, through a graphics view that scales it down as a whole:
the customer's layout is the one a branch shows, never reflowed to a laptop
window, and taps and clicks still reach its buttons. :class:`DemoTiler` puts
the role windows side by side on the screen's available geometry (the sizes
come from :mod:`kiosk.demo.layout`).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QWidget,
)
from shiboken6 import isValid

from kiosk.demo.data import DEMO_PIN, DEMO_STAFF
from kiosk.demo.layout import (
    CONSOLE,
    ESTIMATED_FRAME,
    LOBBY,
    LayoutError,
    Margins,
    Placement,
    Rect,
    Role,
    kiosk_role,
    reference_size,
    tile_or_squeeze,
)

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.config import Config
    from kiosk.staff.console import StaffConsole

log = logging.getLogger(__name__)

# Set (to anything) to have the demo write where its windows are, for tests and
# for a reader checking a laptop: <data dir>/demo-windows.json.
GEOMETRY_ENV = "KIOSK_DEMO_GEOMETRY"
GEOMETRY_FILE = "demo-windows.json"
# When to look again at the frames the window manager drew (it tells X11
# clients asynchronously); the last look writes the geometry file.
FRAME_CHECKS_MS = (300, 1200, 3000)
# White on this red is 7.3:1; the ribbon is for viewers, not the customer's task.
RIBBON_STYLE = (
    "QLabel#DemoRibbon { background: #b00020; color: #ffffff; font-size: 16px;"
    " font-weight: 700; padding: 3px 14px; border-%s-left-radius: 8px; }"
)
# Around the scaled kiosk, like a touchscreen's bezel.
BEZEL = "#1e1e1e"


class ScaledKiosk(QGraphicsView):
    """A widget rendered at its reference size and shown scaled down as a whole.

    Args:
        widget: The kiosk window, or the lobby display (a top-level widget not yet shown).
        reference: The size it is laid out at (the branch touchscreen's).
    """

    def __init__(self, widget: QWidget, reference: tuple[int, int]) -> None:
        super().__init__()
        self.setObjectName("DemoKioskView")
        self.reference = reference
        self.setScene(QGraphicsScene(self))
        widget.setFixedSize(*reference)
        self.proxy = self.scene().addWidget(widget)
        self.scene().setSceneRect(0, 0, *reference)
        widget.show()  # shows the proxy: the widget lives inside the scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setBackgroundBrush(QColor(BEZEL))
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setWindowTitle(widget.windowTitle())
        self.setMinimumSize(160, 90)

    @property
    def scale_factor(self) -> float:
        """How much the kiosk is scaled down (1.0: its reference size)."""
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class Ribbon(QLabel):
    """A small "DEMO" corner on a window, so nobody mistakes it for a live branch.

    It lets taps through and stays in its corner when the window resizes.

    Args:
        window: The window it marks.
        text: Its words (``staff.demo_ribbon`` in the window's language).
        bottom: In the bottom right corner (where the console has no buttons)
            rather than the top right one (empty on every kiosk screen).
    """

    def __init__(self, window: QWidget, text: str, *, bottom: bool = False) -> None:
        super().__init__(text, window)
        self.bottom = bottom
        self.setObjectName("DemoRibbon")
        self.setStyleSheet(RIBBON_STYLE % ("top" if bottom else "bottom"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        window.installEventFilter(self)
        self._place()
        self.show()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        y = parent.height() - self.height() if self.bottom else 0
        self.move(parent.width() - self.width(), y)
        self.raise_()


@dataclass
class RoleWindow:
    """One role of the demo and the top-level window that plays it."""

    role: Role
    window: QWidget


def _rect(r: QRect) -> Rect:
    return Rect(r.x(), r.y(), r.width(), r.height())


def frame_margins(window: QWidget) -> Margins:
    """What the window manager drew around ``window`` (zeros without one)."""
    outer, inner = window.frameGeometry(), window.geometry()
    return Margins(
        max(0, inner.x() - outer.x()),
        max(0, inner.y() - outer.y()),
        max(0, outer.right() - inner.right()),
        max(0, outer.bottom() - inner.bottom()),
    )


class DemoTiler(QObject):
    """Tiles the role windows on the available screen, then again with the real frames.

    Args:
        roles: The main role (the kiosk) first, then the column's roles.
        report: Where to write the windows' geometry after the last look at
            the frames (``None``: nowhere).
    """

    def __init__(self, roles: Sequence[RoleWindow], report: Path | None = None) -> None:
        super().__init__()
        self.roles = list(roles)
        self.report = report
        self.frame = Margins(*ESTIMATED_FRAME)
        self.placements: list[Placement] = []

    def available(self) -> Rect:
        screen = self.roles[0].window.screen() or QGuiApplication.primaryScreen()
        return _rect(screen.availableGeometry())

    def arrange(self) -> list[Placement]:
        """Place every window for the current frame estimate."""
        screen = self.available()
        self.placements, squeezed = tile_or_squeeze(
            screen, [r.role for r in self.roles], self.frame
        )
        if squeezed:
            log.warning(
                "demo: a %dx%d screen is small; the windows are squeezed", screen.w, screen.h
            )
        for role, placed in zip(self.roles, self.placements, strict=True):
            c = placed.client
            role.window.setGeometry(c.x, c.y, c.w, c.h)
        return self.placements

    def show(self) -> None:
        """Arrange, show every window, and look again once the frames are known."""
        self.arrange()
        for role in self.roles:
            role.window.show()
        for index, delay in enumerate(FRAME_CHECKS_MS):
            last = index == len(FRAME_CHECKS_MS) - 1
            QTimer.singleShot(delay, self, lambda last=last: self._check_frames(last))

    def _check_frames(self, last: bool) -> None:
        if not all(isValid(r.window) for r in self.roles):
            return  # a window was closed for good (the demo is ending): nothing to tile
        measured = [frame_margins(r.window) for r in self.roles if r.window.isVisible()]
        if measured:
            real = Margins(
                max(m.left for m in measured),
                max(m.top for m in measured),
                max(m.right for m in measured),
                max(m.bottom for m in measured),
            )
            if real != self.frame:
                log.info("demo: window frames are %s, tiling again", real)
                previous, self.frame = self.frame, real
                try:
                    self.arrange()
                except LayoutError as exc:  # keep the first tiling rather than stop
                    log.warning("demo: %s; the windows stay where they are", exc)
                    self.frame = previous
        if last and self.report is not None:
            # One more turn of the loop so the last move has reached the windows.
            QTimer.singleShot(200, self, self.write_report)

    def write_report(self) -> None:
        """Every visible top-level window's frame, for tests (``$KIOSK_DEMO_GEOMETRY``)."""
        if self.report is None or not all(isValid(r.window) for r in self.roles):
            return
        names = {id(r.window): r.role.name for r in self.roles}
        windows = []
        for widget in QApplication.topLevelWidgets():
            # The kiosk itself is drawn inside its view, not in a window of its own.
            embedded = widget.graphicsProxyWidget() is not None
            if (
                embedded
                or not widget.isVisible()
                or widget.windowType()
                in (
                    Qt.WindowType.ToolTip,
                    Qt.WindowType.Popup,
                )
            ):
                continue
            windows.append(
                {
                    "role": names.get(id(widget), "other"),
                    "title": widget.windowTitle(),
                    "frame": _rect(widget.frameGeometry()).as_list(),
                    "client": _rect(widget.geometry()).as_list(),
                }
            )
        data = {
            "screen": self.available().as_list(),
            "frame_margins": list(astuple(self.frame)),
            "windows": windows,
        }
        self.report.write_text(json.dumps(data, indent=1), "utf-8")
        log.info("demo: window geometry written to %s", self.report)


def console_role(console: QWidget) -> Role:
    """The console's column: never narrower than its own layout allows.

    Its size hint, not its minimum: the header's buttons have a style-sheet
    minimum far below their words, and were clipped at the minimum.
    """
    width = max(CONSOLE.minimum[0], console.sizeHint().width())
    least = console.minimumSizeHint().expandedTo(console.minimumSize())
    return Role(
        CONSOLE.name,
        None,
        (width, max(CONSOLE.minimum[1], least.height())),
        (least.width(), least.height()),
    )


def follow_locale(ribbon: Ribbon, kiosk: Kiosk) -> Callable[[object], None]:
    """The kiosk's ribbon speaks the customer's language."""

    def on_prefs(prefs: object) -> None:
        locale = getattr(prefs, "locale", "en")
        catalog = kiosk.catalogs.get(locale) or kiosk.catalogs["en"]
        ribbon.setText(catalog.text("staff.demo_ribbon"))

    kiosk.controller.prefs_did_change.connect(on_prefs)
    on_prefs(kiosk.controller.prefs)
    return on_prefs


def build_demo_windows(
    config: Config, kiosk: Kiosk, console: StaffConsole, *, sign_in_hint: bool = True
) -> list[RoleWindow]:
    """The role windows, each with its ribbon: kiosk (scaled) first, then the console."""
    view = ScaledKiosk(kiosk.window, reference_size(config.demo_size, config["ui.demo_portrait"]))
    follow_locale(Ribbon(view, ""), kiosk)
    Ribbon(console, console.catalog.text("staff.demo_ribbon"), bottom=True)
    if sign_in_hint:
        console.show_sign_in_hint(
            console.catalog.text("staff.demo_sign_in", name=DEMO_STAFF, pin=DEMO_PIN)
        )
    roles = [
        RoleWindow(kiosk_role(view.reference), view),
        RoleWindow(console_role(console), console),
    ]
    return roles  # show_demo adds the lobby display, on the same queue


def scaled_role(role: Role, widget: QWidget, ribbon: str) -> RoleWindow:
    """A role drawn at its reference size and scaled as a whole, with its ribbon (the lobby)."""
    if role.reference is None:
        raise ValueError(f"{role.name} has no reference size to scale from")
    view = ScaledKiosk(widget, role.reference)
    Ribbon(view, ribbon, bottom=True)  # the lobby's clock is top right
    return RoleWindow(role, view)


def lobby_role(config: Config, data_dir: Path, kiosk: Kiosk, ribbon: str) -> RoleWindow:
    """The lobby display on the demo's queue: it shows and announces what the console calls."""
    from kiosk.app.lobby import build_lobby, lobby_announcer

    def open_on_worker() -> object:
        from kiosk.store import open_stores  # sqlite-utils: on the feed's thread

        return open_stores(config, data_dir)

    window, feed = build_lobby(config, kiosk.catalogs, open_on_worker)
    window.call_did_appear.connect(lobby_announcer(config, data_dir, kiosk.catalogs, window))
    app = QApplication.instance()
    if app is not None:  # its polling thread ends before Qt tears down
        app.aboutToQuit.connect(feed.shutdown)
    return scaled_role(LOBBY, window, ribbon)


def show_demo(config: Config, data_dir: Path, kiosk: Kiosk, console: StaffConsole) -> DemoTiler:
    """Build the demo's windows (kiosk, console, lobby), tile them on the screen and show them."""
    report = data_dir / GEOMETRY_FILE if os.environ.get(GEOMETRY_ENV) else None
    roles = build_demo_windows(config, kiosk, console)
    roles.append(lobby_role(config, data_dir, kiosk, console.catalog.text("staff.demo_ribbon")))
    tiler = DemoTiler(roles, report)
    tiler.show()
    placed = ", ".join(f"{p.role} {p.client.w}x{p.client.h}" for p in tiler.placements)
    log.info("demo: %s on %s", placed, tiler.available().as_list())
    return tiler
