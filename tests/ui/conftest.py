"""A real kiosk window (offscreen), driven with real clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config

# In these tests one idle "second" lasts 20 ms.
UNIT_MS = 20


@pytest.fixture
def kiosk(qtbot) -> Kiosk:
    built = build_kiosk(
        Config({"idle.timeout_seconds": 15, "idle.warning_seconds": 20}), idle_unit_ms=UNIT_MS
    )
    qtbot.addWidget(built.window)
    built.window.resize(1920, 1080)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.window.allow_close()


def tap(qtbot, widget: QWidget) -> None:
    """A real press and release in the middle of the widget."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))
