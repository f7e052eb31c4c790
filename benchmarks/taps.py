"""Tap-to-next-screen timings, in process: real clicks on real buttons.

Each sample is the time from just before ``QTest.mouseClick`` until the new
screen is laid out and painted into the window's backing store: the click
runs the handlers, posted layout requests are sent, then ``repaint()`` paints
the whole window synchronously (a plain event loop would defer the paint).
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Kiosk, build_kiosk, qt_app
from kiosk.config import Config
from kiosk.core import ids
from kiosk.ui.widgets.label_button import LabelButton

SIZE = (1920, 1080)
Samples = dict[str, list[float]]

# Transition names: the rows of the per-transition breakdown.
WELCOME_TO_LANGUAGE = "welcome -> language"
CHOOSE_EN = "language (en) -> home"
TILE_TO_TASK = "home tile -> its task"
START_AGAIN = "Start again -> home"
BARE_SWITCH = "bare stack page switch"
# Picking one of these restyles the whole window; timed apart from the journey.
OTHER_LOCALES = ids.LOCALES[1:]


def choose_language_row(locale: str) -> str:
    return f"language ({locale}) -> home"


def show(window: QWidget) -> None:
    """Show at kiosk size and wait until Qt has exposed (and first painted) the window."""
    window.resize(*SIZE)
    window.show()
    if not QTest.qWaitForWindowExposed(window):
        raise RuntimeError(f"{type(window).__name__} was never exposed")


def timed_tap(window: QWidget, button: QWidget) -> float:
    """Milliseconds from the click on ``button`` until ``window`` is laid out and painted."""
    QApplication.processEvents()  # settle the previous tap, outside the timing
    start = time.perf_counter()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    window.repaint()
    return (time.perf_counter() - start) * 1000


class KioskJourney:
    """Taps through welcome → language → home → a task → Start again, as a customer would."""

    def __init__(self) -> None:
        self.kiosk: Kiosk = build_kiosk(Config())
        self.window = self.kiosk.window
        self.tiles = self._task_tiles()
        show(self.window)

    def _task_tiles(self) -> list[tuple[LabelButton, str]]:
        """Home's task tiles with the task each opens (the tap's argument)."""
        home = self.window.screens[ids.HOME]
        tiles = [
            (b, str(b.property("kiosk_argument")))
            for b in home.findChildren(LabelButton)
            if b.property("kiosk_action") == "task"
        ]
        if sorted(task for _, task in tiles) != sorted(ids.HOME_TASKS):
            raise RuntimeError(f"home tiles {[t for _, t in tiles]} != the six tasks")
        return tiles

    def tap(self, button: QWidget, expected: str) -> float:
        """One timed tap; fails loudly if the customer did not land on ``expected``."""
        ms = timed_tap(self.window, button)
        controller = self.kiosk.controller
        landed = controller.visible_screen
        shown = self.window.current_screen().screen_id
        if landed != expected or shown != expected or controller.session.current != expected:
            raise AssertionError(
                f"tap expected screen {expected!r}; controller says {landed!r}, "
                f"session {controller.session.current!r}, window shows {shown!r}"
            )
        return ms

    def end_session(self) -> None:
        """Back to welcome the way the idle timeout does it (not a tap, not timed)."""
        self.kiosk.controller.end_session()
        QApplication.processEvents()

    def cycle(self, index: int, samples: Samples) -> None:
        """Four taps; the home tile rotates so every task is visited."""
        screens = self.window.screens
        task_tile, task = self.tiles[index % len(self.tiles)]
        steps: list[tuple[str, QWidget, str]] = [
            (WELCOME_TO_LANGUAGE, screens[ids.WELCOME].area, ids.LANGUAGE),
            (CHOOSE_EN, screens[ids.LANGUAGE].choices["en"], ids.HOME),
            (TILE_TO_TASK, task_tile, self.kiosk.controller.task_routes[task]),
            (START_AGAIN, self.window.bar.buttons["start_again"], ids.HOME),
        ]
        for name, button, expected in steps:
            samples.setdefault(name, []).append(self.tap(button, expected))
        self.end_session()

    def choose_other_language(self, locale: str, samples: Samples) -> None:
        """A customer who reads another language: welcome → language → ``locale``."""
        screens = self.window.screens
        self.tap(screens[ids.WELCOME].area, ids.LANGUAGE)
        ms = self.tap(screens[ids.LANGUAGE].choices[locale], ids.HOME)
        samples.setdefault(choose_language_row(locale), []).append(ms)
        self.end_session()


def kiosk_taps(cycles: int, other_language_taps: int) -> Samples:
    """``cycles`` journeys (4 taps each) plus ``other_language_taps`` per non-English locale."""
    journey = KioskJourney()
    journey.cycle(0, {})  # warm-up: first use of each screen, not counted
    samples: Samples = {}
    for index in range(cycles):
        journey.cycle(index, samples)
    for locale in OTHER_LOCALES:
        journey.choose_other_language(locale, {})  # warm-up
        for _ in range(other_language_taps):
            journey.choose_other_language(locale, samples)
    journey.window.allow_close()
    journey.window.close()
    return samples


def bare_taps(count: int) -> list[float]:
    """Baseline: a button flips a bare QStackedWidget between two QLabel pages."""
    window = QWidget()
    stack = QStackedWidget()
    for text in ("Page one", "Page two"):
        stack.addWidget(QLabel(text))
    button = QPushButton("Next")
    button.clicked.connect(lambda: stack.setCurrentIndex(1 - stack.currentIndex()))
    layout = QVBoxLayout(window)
    layout.addWidget(stack, 1)
    layout.addWidget(button)
    show(window)

    def tap() -> float:
        before = stack.currentIndex()
        ms = timed_tap(window, button)
        if stack.currentIndex() == before:
            raise AssertionError("bare stack did not switch page")
        return ms

    tap()  # warm-up
    times = [tap() for _ in range(count)]
    window.close()
    return times


def measure(cycles: int, other_language_taps: int) -> tuple[Samples, list[float]]:
    """Kiosk samples and bare baseline from one process.

    The baseline runs first: the kiosk installs an application-wide event
    filter that would otherwise slow the bare stack too.
    """
    qt_app()
    baseline = bare_taps(cycles * 4)
    return kiosk_taps(cycles, other_language_taps), baseline
