"""Checking in by scanning the booking confirmation's QR, on the real kiosk and queue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import queued_kiosk, screen_texts, tap
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.core import ids
from kiosk.journeys.booking_code import payload_for, scan_allowed
from kiosk.printing import NullPrinter
from kiosk.services.scanner import ScannerListener

CONFIG = Config({"idle.timeout_seconds": 600})
CODE_STEP = "journey.check_in.code"


@pytest.fixture
def queued(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, CONFIG, data_dir, printer=NullPrinter()) as both:
        yield both


def book(staff, code: str = "246810", day: str | None = None) -> None:
    staff.bookings.add(
        code, day or date.today().isoformat(), "10:30", "Mrs Wang", "wealth", "pension"
    )


def arrive(qtbot, kiosk, step: str) -> None:
    qtbot.waitUntil(
        lambda: kiosk.controller.visible_screen == f"journey.check_in.{step}", timeout=3000
    )


def test_scanning_on_the_welcome_screen_checks_in(qtbot, queued) -> None:
    kiosk, staff = queued
    book(staff)
    assert kiosk.controller.visible_screen == ids.WELCOME
    assert kiosk.journeys.scan_booking(payload_for("246810") + "\r\n")
    arrive(qtbot, kiosk, "welcome")
    assert "Welcome, Mrs Wang" in screen_texts(kiosk)
    [ticket] = staff.queue.list_open()
    assert ticket.priority and ticket.service == "wealth"
    assert ticket.label in screen_texts(kiosk)
    tap(qtbot, kiosk.window.bar.buttons["back"])  # Back shows the code that was scanned
    assert kiosk.controller.visible_screen == CODE_STEP
    assert "246810" in screen_texts(kiosk)


def test_a_scan_replaces_what_was_half_typed(qtbot, queued) -> None:
    kiosk, staff = queued
    book(staff, "AB12CD")  # letters: a QR can carry what the number keypad cannot
    kiosk.controller.handle("start")
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    kiosk.controller.handle("task", "check_in")
    keypad = kiosk.window.current_screen().keypad
    for digit in "1357":
        tap(qtbot, keypad.keys[digit])
    assert kiosk.journeys.scan_booking("kiosk-booking:ab12cd")
    arrive(qtbot, kiosk, "welcome")
    assert "Welcome, Mrs Wang" in screen_texts(kiosk)


def test_a_scanned_unknown_booking_says_not_found(qtbot, queued) -> None:
    kiosk, staff = queued
    kiosk.controller.handle("start")
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
    assert kiosk.controller.visible_screen == ids.HOME
    assert kiosk.journeys.scan_booking(payload_for("999999"))
    arrive(qtbot, kiosk, "not_found")
    assert "没有找到这个预约号" in screen_texts(kiosk)
    assert staff.queue.list_open() == []


def test_a_booking_for_another_day_says_so(qtbot, queued) -> None:
    kiosk, staff = queued
    book(staff, "864200", "2031-05-06")
    assert kiosk.journeys.scan_booking("864200")
    arrive(qtbot, kiosk, "not_today")
    assert "2031-05-06" in screen_texts(kiosk)


@pytest.mark.parametrize(
    "scanned", [ids.draft_reference("K7F3QM"), "https://example.com/x?code=246810", "hello"]
)
def test_other_qr_codes_change_nothing(qtbot, queued, scanned: str) -> None:
    kiosk, staff = queued
    book(staff)
    kiosk.controller.handle("start")
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    assert not kiosk.journeys.scan_booking(scanned)
    qtbot.wait(200)
    assert kiosk.controller.visible_screen == ids.HOME
    assert staff.queue.list_open() == []


def test_the_scanner_checks_in_and_staff_screens_ignore_it(qtbot, queued) -> None:
    """The wiring README describes: the filter on the app, the screen check, the runner."""
    kiosk, staff = queued
    book(staff)
    now = [50.0]
    scanner = ScannerListener(kiosk.window, only=kiosk.window, clock=lambda: now[0])
    app = QApplication.instance()
    app.installEventFilter(scanner)
    refused: list[str] = []

    def on_scan(text: str) -> None:
        allowed = scan_allowed(kiosk.controller.visible_screen, kiosk.assist.active)
        if allowed and not kiosk.journeys.scan_booking(text):
            refused.append(text)

    scanner.did_scan.connect(on_scan)

    def scan(text: str) -> None:
        now[0] += 5
        window = kiosk.window.windowHandle()
        for char in [*text, "\r"]:
            now[0] += 0.003
            key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                QCoreApplication.postEvent(window, event)
        QCoreApplication.sendPostedEvents()

    try:
        kiosk.controller.open_staff_sign_in()
        scan(payload_for("246810"))
        assert kiosk.controller.visible_screen == ids.STAFF_SIGN_IN
        tap(qtbot, kiosk.window.bar.buttons["back"])
        kiosk.assist.start("Ann")  # staff mode over the customer's screen
        scan(payload_for("246810"))
        assert kiosk.controller.visible_screen == ids.WELCOME
        kiosk.assist.end()

        scan(ids.draft_reference("K7F3QM"))
        assert refused == ["KIOSK-DRAFT:K7F3QM"]
        scan(payload_for("246810"))
        arrive(qtbot, kiosk, "welcome")
        assert "Welcome, Mrs Wang" in screen_texts(kiosk)
    finally:
        app.removeEventFilter(scanner)
