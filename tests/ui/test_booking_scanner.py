"""The keyboard-wedge scanner: real key events into a real window, timed by a fake clock."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from conftest import post_key
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.services.scanner import ScannerListener

SCANNER_GAP = 0.004  # seconds between a scanner's keys
HUMAN_GAP = 0.25


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Field(QLineEdit):
    """A focused text field that remembers every key it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[str, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(("press", event.text()))
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.keys.append(("release", event.text()))
        super().keyReleaseEvent(event)


@contextmanager
def rigged(qtbot, clock: Clock | None):  # type: ignore[no-untyped-def]
    """A listener on the application (with ``clock``, else the real one) and a focused field."""
    listener = ScannerListener(clock=clock) if clock is not None else ScannerListener()
    app = QApplication.instance()
    app.installEventFilter(listener)
    try:
        field = Field()
        qtbot.addWidget(field)
        field.show()
        qtbot.waitExposed(field)
        field.setFocus()
        scans: list[str] = []
        listener.did_scan.connect(scans.append)
        entered: list[str] = []
        field.returnPressed.connect(lambda: entered.append(field.text()))
        yield listener, field, scans, entered
    finally:
        app.removeEventFilter(listener)


@pytest.fixture
def rig(qtbot):
    clock = Clock()
    with rigged(qtbot, clock) as (listener, field, scans, entered):
        yield clock, listener, field, scans, entered


def press(field: QLineEdit, clock: Clock, char: str, gap: float) -> None:
    """One key, ``gap`` seconds after the last by the fake clock (which alone decides)."""
    clock.now += gap
    post_key(field, char)


def type_text(field: QLineEdit, clock: Clock, text: str, gap: float) -> None:
    for char in text:
        press(field, clock, char, gap)


def test_a_fast_burst_ending_with_enter_is_one_scan_and_never_types(rig) -> None:
    clock, _, field, scans, entered = rig
    type_text(field, clock, "KIOSK-BOOKING:ab12cd\r", SCANNER_GAP)
    assert scans == ["KIOSK-BOOKING:ab12cd"]
    assert field.text() == "" and field.keys == [] and entered == []


def test_slow_typing_passes_through_whole_and_in_order(qtbot, rig) -> None:
    clock, _, field, scans, entered = rig
    type_text(field, clock, "KIOSK-BOOKING:AB12CD\r", HUMAN_GAP)
    assert scans == []
    assert field.text() == "KIOSK-BOOKING:AB12CD"
    assert entered == ["KIOSK-BOOKING:AB12CD"]  # Enter too, after every letter
    presses = [text for kind, text in field.keys if kind == "press"]
    assert "".join(presses) == "KIOSK-BOOKING:AB12CD\r"
    releases = [text for kind, text in field.keys if kind == "release"]
    assert releases == presses  # each press with its release


def test_a_burst_without_enter_is_no_scan_and_arrives_after_a_pause(qtbot, rig) -> None:
    clock, _, field, scans, _ = rig
    type_text(field, clock, "246810", SCANNER_GAP)
    assert field.text() == ""  # held while it might still be a scan
    clock.now += 1.0  # the pause: the listener's timer finds it over
    qtbot.waitUntil(lambda: field.text() == "246810", timeout=10_000)
    press(field, clock, "\r", HUMAN_GAP)
    assert scans == []


def test_a_short_fast_burst_is_typing(rig) -> None:
    clock, _, field, scans, entered = rig
    type_text(field, clock, "ab1\r", SCANNER_GAP)  # two keys at once happen to people
    assert scans == [] and field.text() == "ab1" and entered == ["ab1"]


def test_a_pause_before_enter_makes_it_typing(qtbot, rig) -> None:
    clock, _, field, scans, entered = rig
    type_text(field, clock, "246810", SCANNER_GAP)
    press(field, clock, "\r", HUMAN_GAP)
    assert scans == [] and entered == ["246810"]


def test_what_was_typed_before_a_scan_stays_typed(rig) -> None:
    clock, _, field, scans, _ = rig
    type_text(field, clock, "hi", HUMAN_GAP)
    press(field, clock, "2", HUMAN_GAP)  # a person's pause, then the scanner's speed
    type_text(field, clock, "46810AB\r", SCANNER_GAP)
    assert scans == ["246810AB"]
    assert field.text() == "hi"


def test_two_scans_in_a_row(rig) -> None:
    clock, _, field, scans, _ = rig
    type_text(field, clock, "KIOSK-BOOKING:246810\r", SCANNER_GAP)
    clock.now += 2.0
    type_text(field, clock, "kiosk-draft:k7f3qm\n", SCANNER_GAP)
    assert scans == ["KIOSK-BOOKING:246810", "kiosk-draft:k7f3qm"]
    assert field.keys == []


def test_shortcuts_are_never_held(rig) -> None:
    _, _, field, scans, _ = rig
    field.setText("abc")
    field.selectAll()
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier, "")
    QCoreApplication.postEvent(field.windowHandle(), event)
    QCoreApplication.sendPostedEvents()
    assert field.keys == [("press", "")] and scans == []


def test_with_the_real_clock_people_still_type(qtbot) -> None:
    with rigged(qtbot, None) as (_, field, scans, _entered):
        for char in "2468":
            post_key(field, char)
            qtbot.wait(80)
        qtbot.waitUntil(lambda: field.text() == "2468", timeout=10_000)
        assert scans == []


def test_only_the_kiosk_window_is_watched(qtbot, rig) -> None:
    """``kiosk demo``: the staff console beside the kiosk keeps its scanned draft codes."""
    clock, _, kiosk_field, scans, _ = rig
    QApplication.instance().removeEventFilter(rig[1])
    listener = ScannerListener(clock=clock, only=kiosk_field)
    QApplication.instance().installEventFilter(listener)
    try:
        listener.did_scan.connect(scans.append)
        console = Field()
        qtbot.addWidget(console)
        console.show()
        qtbot.waitExposed(console)
        type_text(console, clock, "kiosk-draft:k7f3qm\r", SCANNER_GAP)
        assert scans == [] and console.text() == "kiosk-draft:k7f3qm"
        clock.now += 2.0
        type_text(kiosk_field, clock, "kiosk-booking:246810\r", SCANNER_GAP)
        assert scans == ["kiosk-booking:246810"] and kiosk_field.text() == ""
    finally:
        QApplication.instance().removeEventFilter(listener)
