"""Staff-assisted mode on the kiosk: hidden gesture, PIN keypad, staff bar, auto-exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import UNIT_MS, queued_kiosk, tap
from PySide6.QtCore import QPoint, Qt

from kiosk.config import Config
from kiosk.core import ids

CONFIG = Config(
    # The customer idle clock stays out of the way (600 × 20 ms); staff mode closes after 30.
    {"idle.timeout_seconds": 600, "idle.warning_seconds": 20, "staff.assist_idle_seconds": 30}
)


@pytest.fixture
def kiosk_and_db(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, CONFIG, data_dir, idle_unit_ms=UNIT_MS) as (built, db):
        db.staff.add("Wang", "246813")
        yield built, db


def hold_corner(qtbot, window) -> None:
    corner = QPoint(30, 30)
    target = window.childAt(corner) or window
    local = target.mapFrom(window, corner)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=local)
    qtbot.wait(2700)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=local)


def enter_pin(qtbot, kiosk, pin: str) -> None:
    screen = kiosk.window.staff_sign_in
    qtbot.waitUntil(lambda: screen.name == "Wang", timeout=10_000)
    for digit in pin:
        tap(qtbot, screen.keys[digit])
    assert screen.dots.text() == "•" * len(pin)  # never the digits themselves
    tap(qtbot, screen.keys["ok"])


def to_forms(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
    kiosk.controller.go(ids.ask_staff_screen("forms"))


def test_a_short_tap_in_the_corner_does_nothing(qtbot, kiosk_and_db) -> None:
    kiosk, _ = kiosk_and_db
    to_forms(qtbot, kiosk)
    qtbot.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    qtbot.wait(300)
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")


def test_staff_sign_in_keeps_the_customers_place(qtbot, kiosk_and_db) -> None:
    kiosk, db = kiosk_and_db
    to_forms(qtbot, kiosk)
    hold_corner(qtbot, kiosk.window)
    assert kiosk.controller.visible_screen == ids.STAFF_SIGN_IN
    enter_pin(qtbot, kiosk, "246813")
    qtbot.waitUntil(lambda: kiosk.window.staff_bar.isVisible(), timeout=10_000)
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")
    assert kiosk.controller.prefs.locale == "zh_CN"
    assert "Wang" in kiosk.window.staff_bar.title.text()
    forms = kiosk.catalogs["zh_CN"].text("task.forms.title")
    assert kiosk.window.staff_bar.summary.text() == f"简体中文 · 100% · 请员工帮忙：{forms}"
    # "I'm helping now" claims a help request for this kiosk in Wang's name.
    tap_button = kiosk.window.staff_bar.helping
    qtbot.mouseClick(tap_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(db.queue.list_open()), timeout=10_000)
    qtbot.waitUntil(lambda: db.queue.list_open()[0].claimed_by == "Wang", timeout=10_000)
    assert db.queue.list_open()[0].context["locale"] == "zh_CN"
    qtbot.mouseClick(kiosk.window.staff_bar.give_back, Qt.MouseButton.LeftButton)
    assert not kiosk.window.staff_bar.isVisible()

    def actions() -> list[str]:
        return [e.action for e in db.staff.audit_log(20)]

    qtbot.waitUntil(lambda: "assist_end" in actions(), timeout=10_000)
    assert {"assist_start", "assist_helping", "claim"} <= set(actions())


def test_the_staff_bar_says_where_the_customer_is_in_words(qtbot, kiosk_and_db) -> None:
    kiosk, _ = kiosk_and_db
    to_forms(qtbot, kiosk)
    kiosk.controller.handle("journey_start", "lost_card")
    kiosk.controller.handle("journey_choose", "stolen")
    kiosk.assist.start("Wang")  # signed in (the gesture and PIN are tested above)
    summary = kiosk.window.staff_bar.summary
    # Where, in the staff words, then the customer's own page title.
    assert summary.text().startswith("简体中文 · 100% · 准备表格：银行卡丢失，第2步，共6步——“")
    kiosk.controller.handle("journey_next")
    assert "第3步，共6步" in summary.text()  # follows the customer
    assert "journey" not in summary.text() and "lost_card" not in summary.text()
    kiosk.assist.end()


def test_wrong_pin_keeps_staff_mode_closed(qtbot, kiosk_and_db) -> None:
    kiosk, _ = kiosk_and_db
    to_forms(qtbot, kiosk)
    hold_corner(qtbot, kiosk.window)
    enter_pin(qtbot, kiosk, "1111")
    qtbot.waitUntil(lambda: kiosk.window.staff_sign_in.message.isVisible(), timeout=10_000)
    assert not kiosk.window.staff_bar.isVisible()
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")


def test_staff_mode_closes_itself_when_left_idle(qtbot, kiosk_and_db) -> None:
    kiosk, _ = kiosk_and_db
    to_forms(qtbot, kiosk)
    hold_corner(qtbot, kiosk.window)
    enter_pin(qtbot, kiosk, "246813")
    qtbot.waitUntil(lambda: kiosk.window.staff_bar.isVisible(), timeout=10_000)
    # 30 "seconds" of 20 ms; the customer's own idle clock waits meanwhile.
    qtbot.waitUntil(lambda: not kiosk.window.staff_bar.isVisible(), timeout=10_000)
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")
