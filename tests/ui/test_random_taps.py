"""Random taps all over the kiosk (issue 16): no exception, no Qt warning, and Start
again always reaches home. Taps are spread over every journey: controls not yet
tapped on the screen in view are preferred, and keyboard keys are rarely chosen, so
the walk goes deep instead of typing for ever.

``KIOSK_RANDOM_TAPS`` sets how many (1,000 by default; ``make test-fast`` walks 500,
``make test`` 10,000); pytest-qt fails the test on
any exception raised in a slot and on any Qt warning (``qt_log_level_fail``).
"""

from __future__ import annotations

import os
import random
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.core import ids

# 10,000 taps take about ten minutes on a busy two-core machine (`make test`).
TAPS = int(os.environ.get("KIOSK_RANDOM_TAPS", "1000"))
START_AGAIN_EVERY = 150
LEFT = Qt.MouseButton.LeftButton
BAR_SHARE = 0.08


def controls(kiosk) -> tuple[list[QAbstractButton], list[QAbstractButton]]:
    """The enabled, visible controls of the screen in view, and of the fixed bar."""
    window = kiosk.window
    screen = window.current_screen()
    found = [b for b in screen.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
    bar = [
        b
        for action, b in window.bar.buttons.items()
        # The talk button needs a held press (voice input is not wired here).
        if b.isVisible() and b.isEnabled() and action != "assistant"
    ]
    return [b for b in found if b not in bar], bar


def name_of(button: QAbstractButton) -> str:
    return f"{button.property('kiosk_action')}:{button.property('kiosk_key') or ''}:" + (
        button.property("kiosk_choice") or button.objectName() or str(id(button))
    )


def test_random_taps_reach_every_screen_and_start_again_works(qtbot, queued) -> None:
    kiosk, _staff = queued
    rng = random.Random(1616)
    tapped: Counter[tuple[str, str]] = Counter()
    bar_tapped: Counter[str] = Counter()
    screens: Counter[str] = Counter()
    restarts = 0
    for n in range(1, TAPS + 1):
        screen = kiosk.controller.visible_screen
        screens[screen] += 1
        again = kiosk.window.bar.buttons["start_again"]
        if n % START_AGAIN_EVERY == 0 and again.isVisible() and again.isEnabled():
            qtbot.mouseClick(again, LEFT)
            QApplication.processEvents()
            if kiosk.controller.visible_screen == ids.LEAVE_FORM:  # a half-typed form asks once
                qtbot.mouseClick(kiosk.window.current_screen().leave, LEFT)
                QApplication.processEvents()
            assert kiosk.controller.visible_screen == ids.HOME, f"from {screen}"
            restarts += 1
            continue
        on_screen, bar = controls(kiosk)
        if not on_screen and not bar:  # e.g. welcome: the whole screen is the control
            qtbot.mouseClick(kiosk.window.current_screen(), LEFT)
            QApplication.processEvents()
            continue
        if bar and (not on_screen or rng.random() < BAR_SHARE):
            # The bar is on every screen: pick it now and then, each action in turn.
            button = min(bar, key=lambda b: (bar_tapped[name_of(b)], rng.random()))
            bar_tapped[name_of(button)] += 1
        else:
            weights = []
            for button in on_screen:
                weight = 1.0 / (1 + tapped[(screen, name_of(button))]) ** 2
                if button.property("kiosk_action") == "key":
                    weight *= 0.05  # typing is one control among many, not the walk itself
                weights.append(weight)
            button = rng.choices(on_screen, weights)[0]
            tapped[(screen, name_of(button))] += 1
        qtbot.mouseClick(button, LEFT)
        QApplication.processEvents()
    print(f"{TAPS} taps, {restarts} restarts, {len(screens)} screens: {dict(screens)}")
    assert restarts >= TAPS // START_AGAIN_EVERY // 2
    assert len(screens) >= 15, sorted(screens)


def test_a_late_answer_to_a_booking_code_sent_twice_is_ignored(qtbot, queued) -> None:
    """Found by the 10,000-tap walk: the first "not found" moved the customer on, and
    the answer to the second try then met a step with no such outcome."""
    kiosk, _staff = queued
    runner = kiosk.journeys
    runner.start("check_in")
    runner.lookup_did_finish("check_in", "not_found", {})
    here = kiosk.controller.visible_screen
    assert here == "journey.check_in.not_found"
    runner.lookup_did_finish("check_in", "not_found", {})  # the second try's answer
    assert kiosk.controller.visible_screen == here
