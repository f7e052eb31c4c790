"""The Qt application object, the display check and a clean stop on SIGTERM/SIGINT."""

from __future__ import annotations

import faulthandler
import logging
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.display import has_display
from kiosk.services.background import finish_background_work
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def qt_app(argv: list[str] | None = None) -> QApplication:
    """The process's one QApplication (made on first use)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName("Branch Kiosk")
        app.setDesktopFileName("branch-kiosk")
    assert isinstance(app, QApplication)
    return app


def require_display() -> bool:
    """True when a window can open; otherwise says so on stderr (the caller exits 2)."""
    if has_display():
        return True
    print(
        "kiosk: no display found (DISPLAY/WAYLAND_DISPLAY unset); "
        "run `kiosk tour --out DIR` to render the screens instead.",
        file=sys.stderr,
    )
    return False


def run_until_quit(app: QApplication, window: QWidget) -> int:
    """The event loop until ``window`` closes or SIGTERM/SIGINT; then every background job ends.

    A crash prints every thread's Python stack to stderr (the service's journal).
    """
    faulthandler.enable()
    keepalive = _quit_on_signals(app, window)
    code = app.exec()
    keepalive.stop()
    if not finish_background_work():
        log.warning("a background job was still running at exit")
    return code


def _quit_on_signals(app: QApplication, window: QWidget) -> QTimer:
    """SIGTERM/SIGINT from the service manager close the kiosk cleanly."""

    def stop(*_: object) -> None:
        if isinstance(window, MainWindow):
            window.allow_close()
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Let the Python interpreter run signal handlers while Qt's loop spins.
    timer = QTimer(interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer
