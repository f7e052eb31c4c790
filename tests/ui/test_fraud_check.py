"""The fraud check keeps the customer safe: on a real kiosk, with the real SQLite queue."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import UNIT_MS, button, queued_kiosk, screen_texts, tap
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from screen_at import in_view
from test_voice_alone import talking  # noqa: F401  (a kiosk that hears scripted words)

from kiosk.config import Config
from kiosk.core import ids
from kiosk.ui.widgets.label_button import LabelButton

# Idle "seconds" of 20 ms: 15 s of quiet are 0.3 s here, so a wipe would come quickly.
QUICK = Config(
    {"idle.timeout_seconds": 15, "idle.warning_seconds": 20, "bank.fraud_hotline": "159"}
)
PATIENT = Config({"idle.timeout_seconds": 600})


@pytest.fixture
def quick(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, QUICK, data_dir, idle_unit_ms=UNIT_MS) as both:
        yield both


@pytest.fixture
def patient(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, PATIENT, data_dir) as both:
        yield both


def begin(kiosk, locale: str = "en") -> None:
    """Language chosen, the fraud check's first question on screen."""
    kiosk.controller.handle("choose_language", locale)
    kiosk.controller.handle("journey_start", "fraud_check")
    kiosk.controller.handle("journey_next")
    assert kiosk.controller.visible_screen == "journey.fraud_check.on_phone"


def to_warning(kiosk) -> None:
    begin(kiosk)
    kiosk.controller.handle("journey_no")
    kiosk.controller.handle("journey_yes")  # someone said they are the police
    assert kiosk.controller.visible_screen == "journey.fraud_check.warning"


def shown_top_down(screen) -> list[QLabel | LabelButton]:
    """The visible words and buttons of ``screen``, top to bottom (not those inside a button)."""
    items = [
        w
        for w in [*screen.findChildren(QLabel), *screen.findChildren(LabelButton)]
        if w.isVisible() and (isinstance(w, LabelButton) or w.text())
        and not isinstance(w.parentWidget(), LabelButton)
        and not isinstance(w.parentWidget().parentWidget(), LabelButton)
    ]  # fmt: skip
    return sorted(items, key=lambda w: w.mapTo(screen, QPoint(0, 0)).y())


def test_the_warning_stays_until_staff_come_and_says_who_is_coming(qtbot, quick) -> None:
    kiosk, staff = quick
    to_warning(kiosk)
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    qtbot.waitUntil(lambda: "has been called" in screen_texts(kiosk), timeout=10_000)
    # Five idle timeouts later the warning is still there: no countdown, no wipe.
    assert not kiosk.controller.idle.enabled
    qtbot.wait(5 * 15 * UNIT_MS)
    assert kiosk.controller.visible_screen == "journey.fraud_check.warning"
    [item] = staff.queue.list_open()
    staff.queue.claim(item.id, "Wang")
    qtbot.waitUntil(lambda: "Wang is coming to you now." in screen_texts(kiosk), timeout=10_000)
    # Staff finish: the customer is asked how it went, as after any call for help.
    staff.queue.done(item.id, "Wang")
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == ids.FEEDBACK, timeout=10_000)


def test_when_nobody_is_coming_any_more_the_warning_may_time_out(qtbot, quick) -> None:
    kiosk, staff = quick
    to_warning(kiosk)
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    [item] = staff.queue.list_open()
    staff.queue.cancel(item.id, "Wang")
    # The session is not kept on screen for ever: idle counts again, and wipes it.
    qtbot.waitUntil(lambda: kiosk.controller.idle.enabled, timeout=10_000)
    assert kiosk.controller.visible_screen == "journey.fraud_check.warning"
    assert "Please raise your hand" in screen_texts(kiosk)  # no longer "coming to you"
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == ids.TIMEOUT_WARNING, timeout=10_000)


def test_the_warning_says_hang_up_first_gives_the_number_and_finish_is_small(qtbot, quick) -> None:
    kiosk, _ = quick
    to_warning(kiosk)
    screen = kiosk.window.current_screen()
    qtbot.wait(50)
    first = shown_top_down(screen)[0]
    assert first.text() == "Hang up the phone now." and in_view(screen, first)
    assert "Anti-fraud line: 159" in screen_texts(kiosk)  # the configured number
    finish = button(screen, "finish")
    assert finish.property("variant") != "primary" and finish.width() < screen.width() // 3
    big = [b for b in shown_top_down(screen) if b.property("variant") == "primary"]
    assert big == []  # nothing pulls the customer away from waiting for help
    # At the largest text size "Hang up the phone" is still the first thing, in view.
    kiosk.controller.handle("text_size")
    kiosk.controller.handle("text_size")
    assert kiosk.controller.prefs.text_size == 200
    qtbot.wait(50)
    first = shown_top_down(screen)[0]
    assert first.text() == "Hang up the phone now." and in_view(screen, first)


def test_not_sure_offers_a_person_then_goes_on(qtbot, patient) -> None:
    kiosk, staff = patient
    begin(kiosk)
    screen = kiosk.window.current_screen()
    tap(qtbot, button(screen, "journey_no"))
    tap(qtbot, button(screen, "journey_unsure"))  # "the police called?" – not sure
    assert kiosk.controller.visible_screen == "journey.fraud_check.not_sure"
    offer = button(screen, "journey_staff")
    assert offer.property("variant") == "primary"
    go_on = button(screen, "journey_next")
    assert go_on.title.text() == "Next question"
    assert go_on.property("variant") != "primary"
    tap(qtbot, go_on)
    assert kiosk.controller.visible_screen == "journey.fraud_check.safe_account"
    assert staff.queue.list_open() == []  # offered, not sent
    tap(qtbot, button(screen, "journey_unsure"))
    tap(qtbot, button(screen, "journey_staff"))
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    [item] = staff.queue.list_open()
    assert item.reason == "fraud" and item.priority
    # The staff's card lists every answer: which signs were "yes" or "not sure".
    assert item.context["chosen"] == [
        "on_phone=no",
        "authority=unsure",
        "safe_account=unsure",
    ]
    assert item.context["step"] == "not_sure"


def test_all_no_offers_a_person_with_a_big_button(qtbot, patient) -> None:
    kiosk, staff = patient
    begin(kiosk, "zh_CN")
    for _ in range(8):
        tap(qtbot, button(kiosk.window.current_screen(), "journey_no"))
    screen = kiosk.window.current_screen()
    assert kiosk.controller.visible_screen == "journey.fraud_check.clear"
    assert "催您" in screen_texts(kiosk)
    offer = button(screen, "journey_staff")
    finish = button(screen, "finish")
    assert offer.property("variant") == "primary" and finish.property("variant") != "primary"
    assert offer.height() >= finish.height() and offer.width() > finish.width()
    tap(qtbot, offer)
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    [item] = staff.queue.list_open()
    assert item.reason == "fraud" and {a.split("=")[1] for a in item.context["chosen"]} == {"no"}
    assert len(item.context["chosen"]) == 8


@pytest.mark.parametrize("step", ["intro", "not_sure", "clear"])
def test_the_hold_tip_is_shown_but_never_spoken(qtbot, patient, step: str) -> None:
    kiosk, _ = patient
    kiosk.controller.handle("choose_language", "ko")
    kiosk.controller.handle("journey_start", "fraud_check")
    kiosk.controller.go(f"journey.fraud_check.{step}")
    screen = kiosk.window.current_screen()
    tip = screen.tip
    assert tip.isVisible() and "2초" in tip.text()
    spoken = screen.spoken_text()
    assert spoken and tip.text() not in spoken and "2초" not in spoken
    if step != "intro":  # the person offered is said aloud like any other button
        assert button(screen, "journey_staff").title.text() in spoken


@pytest.mark.parametrize(
    ("locale", "words"), [("en", "not sure"), ("zh_CN", "不确定"), ("ko", "잘 모르겠어요")]
)
def test_not_sure_can_be_said_as_well_as_tapped(
    qtbot, request: pytest.FixtureRequest, locale: str, words: str
) -> None:
    from test_voice_alone import say

    kiosk, voice, recognition = request.getfixturevalue("talking")
    kiosk.controller.handle("set_language", locale)
    begin(kiosk, locale)
    say(qtbot, kiosk, voice, recognition, words)
    if kiosk.assistant.view.phase == "ask":  # "Did you mean 'Not sure'?": the first reading
        tap(qtbot, next(b for b in kiosk.window.voice_panel.readings if b.isVisible()))
    qtbot.waitUntil(
        lambda: kiosk.controller.visible_screen == "journey.fraud_check.not_sure", timeout=2000
    )


def test_a_hold_without_a_queue_still_answers_like_a_tap(qtbot, kiosk) -> None:
    """No queue (offline): the hold shows the honest "raise your hand" help screen."""
    kiosk.controller.handle("choose_language", "zh_CN")
    kiosk.controller.go(ids.HOME)
    kiosk.controller.handle("quiet_alert")  # what the bar sends after a 2 s hold
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED
    assert "请举手" in screen_texts(kiosk)
    assert not kiosk.controller.idle.enabled  # waiting for a person, like after a tap


def test_a_hold_after_a_tap_still_tells_staff_quietly(qtbot, patient) -> None:
    kiosk, staff = patient
    kiosk.controller.handle("choose_language", "en")
    kiosk.controller.go(ids.HOME)
    kiosk.controller.handle("call_staff")
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    qtbot.waitUntil(lambda: "H001" in screen_texts(kiosk), timeout=10_000)
    kiosk.controller.handle("quiet_alert")  # then Call staff held on the help screen
    [item] = staff.queue.list_open()
    qtbot.waitUntil(lambda: staff.queue.get(item.id).priority, timeout=10_000)
    marked = staff.queue.get(item.id)
    assert marked.context["quiet_check"] is True and marked.priority_reason == "quiet_check"
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED
    assert len(staff.queue.list_open()) == 1  # the same request, not a second one
