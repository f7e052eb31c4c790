"""Child process of the cold-start benchmark: show one window, say when it has painted.

Usage: ``first_paint.py kiosk|bare|run``. Prints ``painted`` once the window's
first paint pass has finished. The parent times from spawning this process to
reading that line, so interpreter start-up, imports and window building all
count. ``kiosk`` builds the kiosk window as ``kiosk run`` does; ``run`` *is*
``kiosk run``: the command line, settings, logging, the data directory, the
voice and speech input, full screen — in a fresh data directory.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

SIZE = (1920, 1080)
PAINTED = "painted"


class FirstPaint(QObject):
    """Prints ``painted`` after the paint pass that starts with the window's first Paint event.

    Qt paints the window, then its children, in one synchronous pass; a zero
    timer fires only when that pass is over, so the whole screen is drawn.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(PAINTED, flush=True)
        self.app.exit(0)


def kiosk_window() -> QWidget:
    """The real kiosk, built the way ``kiosk run`` builds it, checked to be on welcome."""
    # Imported here so the bare baseline does not pay for the kiosk's imports.
    from kiosk.app import build_kiosk
    from kiosk.config import Config

    kiosk = build_kiosk(Config(), defer_screens=True)  # as `kiosk run` starts
    shown = kiosk.window.current_screen().screen_id
    if kiosk.controller.visible_screen != "welcome" or shown != "welcome":
        sys.exit(f"kiosk starts on {kiosk.controller.visible_screen!r} / {shown!r}, not welcome")
    return kiosk.window


def bare_window() -> QWidget:
    """The smallest PySide6 app: one window holding one label."""
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("Welcome"))
    return window


def run_command() -> int:
    """``kiosk --data-dir <fresh> run``, watched from the event loop's start."""
    import tempfile

    from kiosk.cli import main as kiosk_main

    start_loop = QApplication.exec

    def exec_watched(app: QApplication) -> int:
        watcher = FirstPaint(app)  # on the application: sees the first Paint of any window
        app.installEventFilter(watcher)
        return start_loop()

    QApplication.exec = exec_watched  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as data_dir:
        return kiosk_main(["--data-dir", data_dir, "run"])


def main(kind: str) -> int:
    if kind == "run":
        return run_command()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    builders = {"kiosk": kiosk_window, "bare": bare_window}
    window = builders[kind]()
    watcher = FirstPaint(app)
    window.installEventFilter(watcher)
    window.resize(*SIZE)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
