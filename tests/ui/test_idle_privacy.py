"""Walking away: warning, countdown, more time, and the privacy wipe."""

from __future__ import annotations

import re

from conftest import UNIT_MS, tap
from PySide6.QtWidgets import QLabel

from kiosk.core import ids


def customise(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
    tap(qtbot, kiosk.window.bar.buttons["text_size"])
    kiosk.controller.toggle_theme()
    kiosk.controller.session.drafts["update_details"] = {"phone": "13800000000"}
    kiosk.controller.go(ids.ask_staff_screen("forms"))


def test_no_countdown_on_the_welcome_screen(qtbot, kiosk) -> None:
    qtbot.wait(UNIT_MS * 20)
    assert kiosk.controller.visible_screen == ids.WELCOME


def test_warning_counts_down_and_more_time_keeps_everything(qtbot, kiosk) -> None:
    customise(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == ids.TIMEOUT_WARNING, timeout=10_000)
    screen = kiosk.window.current_screen()
    countdown = screen.countdown
    qtbot.waitUntil(lambda: "18" in countdown.text(), timeout=10_000)  # counts down, in words
    assert countdown.text().startswith("还剩")
    tap(qtbot, screen.more)
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")
    assert kiosk.controller.prefs.locale == "zh_CN"
    assert kiosk.controller.session.drafts
    # Extending works as often as needed.
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == ids.TIMEOUT_WARNING, timeout=10_000)
    tap(qtbot, kiosk.window.current_screen().more)
    assert kiosk.controller.visible_screen == ids.ask_staff_screen("forms")


def test_expiry_wipes_the_session_and_returns_to_welcome(qtbot, kiosk) -> None:
    customise(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.controller.session_did_end, timeout=5000):
        pass
    prefs = kiosk.controller.prefs
    assert (prefs.locale, prefs.text_size, prefs.theme, prefs.voice_on) == (
        "en",
        100,
        "standard",
        True,
    )
    assert kiosk.controller.session.drafts == {}
    assert kiosk.controller.visible_screen == ids.WELCOME
    assert not kiosk.window.bar.buttons["back"].isEnabled()
    labels = [lbl.text() for lbl in kiosk.window.current_screen().findChildren(QLabel)]
    assert "Welcome to Your Bank" in labels


def test_help_requested_screen_does_not_time_out(qtbot, kiosk) -> None:
    customise(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.wait(UNIT_MS * 25)
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED


def test_warning_speaks_how_long(qtbot, kiosk) -> None:
    shown: list[tuple[str, str]] = []
    kiosk.window.screen_did_show.connect(lambda sid, words: shown.append((sid, words)))
    customise(qtbot, kiosk)
    qtbot.waitUntil(lambda: any(sid == ids.TIMEOUT_WARNING for sid, _ in shown), timeout=10_000)
    words = next(w for sid, w in shown if sid == ids.TIMEOUT_WARNING)
    # The seconds shown when its layout settled (an idle second is 20 ms here).
    left = re.search(r"还剩(\d+)秒", words)
    assert left and 15 <= int(left.group(1)) <= 20 and "我还需要时间" in words
