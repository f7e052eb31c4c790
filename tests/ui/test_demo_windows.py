"""The demo's windows: the real kiosk scaled as a whole still takes taps; ribbons; the tiling."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.app import Kiosk, build_console, build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.demo.data import DEMO_PIN, DEMO_STAFF
from kiosk.demo.layout import LOBBY, Rect
from kiosk.demo.windows import DemoTiler, Ribbon, ScaledKiosk, build_demo_windows, scaled_role
from kiosk.tools.tour import settle

PATIENT = Config({"idle.timeout_seconds": 600})


@pytest.fixture
def kiosk(qtbot) -> Iterator[Kiosk]:
    built = build_kiosk(PATIENT)
    yield built
    built.window.allow_close()


def tap_scaled(qtbot, view: ScaledKiosk, widget: QWidget) -> None:
    """A click where ``widget`` is drawn on the scaled view (its middle)."""
    middle = widget.mapTo(view.proxy.widget(), QPoint(widget.width() // 2, widget.height() // 2))
    where = view.mapFromScene(view.proxy.mapToScene(middle.toPointF()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_kiosk_keeps_its_touchscreen_layout_and_a_scaled_tap_reaches_it(
    qapp, qtbot, kiosk: Kiosk
) -> None:
    view = ScaledKiosk(kiosk.window, (1920, 1080))
    qtbot.addWidget(view)
    view.resize(960, 540)
    view.show()
    qtbot.waitExposed(view)
    settle(qapp)
    # Laid out as on the branch's screen, drawn at half size.
    assert kiosk.window.size().toTuple() == (1920, 1080)
    assert view.scale_factor == pytest.approx(0.5, abs=0.01)
    assert kiosk.controller.visible_screen == ids.WELCOME
    tap_scaled(qtbot, view, kiosk.window.current_screen().area)
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen != ids.WELCOME, timeout=10_000)
    # The fixed bar's Call staff, at half size in the bottom left, still answers.
    tap_scaled(qtbot, view, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(
        lambda: kiosk.controller.visible_screen.startswith(("ask_staff", "help")), timeout=10_000
    )


def test_the_ribbon_sits_in_the_corner_and_lets_taps_through(qapp, qtbot, kiosk: Kiosk) -> None:
    view = ScaledKiosk(kiosk.window, (1920, 1080))
    qtbot.addWidget(view)
    ribbon = Ribbon(view, "DEMO")
    view.resize(960, 540)
    view.show()
    qtbot.waitExposed(view)
    assert ribbon.isVisible()
    assert ribbon.geometry().topRight() == QPoint(view.width() - 1, 0)
    view.resize(800, 450)
    assert ribbon.geometry().topRight() == QPoint(799, 0)  # follows the window
    # Qt routes a tap to the widget under it: the kiosk's view, not the ribbon.
    assert view.childAt(ribbon.geometry().center()) is view.viewport()


def test_the_demo_windows_are_marked_and_the_console_shows_the_demo_sign_in(
    qapp, qtbot, kiosk: Kiosk
) -> None:
    console = build_console(PATIENT, None)
    roles = build_demo_windows(PATIENT, kiosk, console)
    for role in roles:
        qtbot.addWidget(role.window)
    assert [r.role.name for r in roles] == ["kiosk", "console"]
    ribbons = [r.window.findChild(Ribbon) for r in roles]
    assert [r.text() for r in ribbons if r is not None] == ["DEMO", "DEMO"]
    assert console.sign_in_hint.text() == (
        f"Demo only: sign in as {DEMO_STAFF} with PIN {DEMO_PIN}"
    )
    # The kiosk's ribbon speaks the customer's language.
    kiosk.controller.handle("set_language", "ko")
    qtbot.waitUntil(lambda: ribbons[0].text() == "시연", timeout=5_000)


def test_the_tiler_puts_every_window_on_the_available_screen(
    qapp, qtbot, kiosk: Kiosk, tmp_path: Path
) -> None:
    console = build_console(PATIENT, None)
    roles = build_demo_windows(PATIENT, kiosk, console)
    for role in roles:
        qtbot.addWidget(role.window)
    tiler = DemoTiler(roles, tmp_path / "demo-windows.json")
    tiler.show()
    screen = tiler.available()
    for role in roles:
        g = role.window.geometry()
        assert screen.contains(Rect(g.x(), g.y(), g.width(), g.height())), role.role.name
    tiler.write_report()
    assert '"role": "kiosk"' in (tmp_path / "demo-windows.json").read_text("utf-8")


def test_the_lobby_joins_as_a_scaled_role_with_its_ribbon(qapp, qtbot) -> None:
    lobby = QLabel("A012")
    role = scaled_role(LOBBY, lobby, "DEMO")
    qtbot.addWidget(role.window)
    role.window.resize(480, 270)
    role.window.show()
    qtbot.waitExposed(role.window)
    assert role.role is LOBBY
    assert lobby.size().toTuple() == (1920, 1080)  # laid out as on the TV
    assert role.window.scale_factor == pytest.approx(0.25, abs=0.01)
    assert role.window.findChild(Ribbon).text() == "DEMO"
