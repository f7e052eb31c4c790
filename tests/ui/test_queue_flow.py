"""Call staff and take a number with the real SQLite queue; staff act from "elsewhere"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import UNIT_MS, button, queued_kiosk, screen_texts, tap
from PySide6.QtCore import Qt

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.queue.models import Status
from kiosk.store import open_stores

# Idle stays out of the way here (600 × 20 ms): a slow machine must not time the ticket out.
CONFIG = Config({"idle.timeout_seconds": 600, "idle.warning_seconds": 20})


@pytest.fixture
def queued(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, CONFIG, data_dir, idle_unit_ms=UNIT_MS) as both:
        yield both


def start(qtbot, kiosk, locale: str = "en") -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])


def test_one_tap_help_request_reaches_staff_with_context(qtbot, queued) -> None:
    kiosk, staff = queued
    start(qtbot, kiosk, "ko")
    kiosk.controller.go(ids.ask_staff_screen("forms"))
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(lambda: "H001" in screen_texts(kiosk), timeout=10_000)
    [item] = staff.queue.list_open()
    assert item.label == "H001" and item.kiosk_id == "kiosk-1"
    assert item.context["locale"] == "ko"
    assert item.context["screen"] == ids.ask_staff_screen("forms")
    # Staff claim it elsewhere: the kiosk says who is coming within a second.
    staff.queue.claim(item.id, "Wang")
    qtbot.waitUntil(lambda: "Wang" in screen_texts(kiosk), timeout=10_000)
    # Staff finish: the customer is asked how it went, and can thank Wang.
    staff.queue.done(item.id, "Wang")
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == ids.FEEDBACK, timeout=10_000)
    tap(qtbot, button(kiosk.window.current_screen(), "rate"))
    tap(qtbot, kiosk.window.feedback.thank_staff)
    qtbot.waitUntil(lambda: staff.queue.get(item.id).thanked_staff == "Wang", timeout=10_000)
    assert staff.queue.get(item.id).rating == 3


def test_second_tap_does_not_duplicate_the_request(qtbot, queued) -> None:
    kiosk, staff = queued
    start(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(lambda: "H001" in screen_texts(kiosk), timeout=10_000)
    tap(qtbot, kiosk.window.bar.buttons["back"])
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.wait(300)
    assert [i.label for i in staff.queue.list_open()] == ["H001"]


def test_reason_is_optional_and_fraud_goes_first(qtbot, queued) -> None:
    kiosk, staff = queued
    staff.queue.take_ticket("cash")
    start(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(lambda: "H001" in screen_texts(kiosk), timeout=10_000)
    fraud = next(
        b
        for b in kiosk.window.help.reason_buttons
        if b.property("kiosk_action") == "help_reason" and "scam" in b.title.text()
    )
    tap(qtbot, fraud)
    qtbot.waitUntil(lambda: "We told staff" in screen_texts(kiosk), timeout=10_000)
    first = staff.queue.list_open()[0]
    assert first.label == "H001" and first.reason == "fraud" and first.priority


def test_cancel_withdraws_the_request(qtbot, queued) -> None:
    kiosk, staff = queued
    start(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(lambda: "H001" in screen_texts(kiosk), timeout=10_000)
    tap(qtbot, kiosk.window.help.cancel)
    qtbot.waitUntil(lambda: not staff.queue.list_open(), timeout=10_000)
    assert kiosk.controller.visible_screen == ids.HOME


def test_taking_a_number_by_touch(qtbot, queued) -> None:
    kiosk, staff = queued
    start(qtbot, kiosk)
    tap(qtbot, kiosk.window.screens[ids.HOME].grid._items[0])
    assert kiosk.controller.visible_screen == ids.TICKET_SERVICE
    tap(qtbot, button(kiosk.window.current_screen(), "journey_choose"))  # cash, the first
    assert kiosk.controller.visible_screen == ids.TICKET_PRIORITY
    tap(qtbot, button(kiosk.window.current_screen(), "journey_choose"))  # 70 or older
    assert kiosk.controller.visible_screen == ids.TICKET_RESULT
    qtbot.waitUntil(lambda: "A001" in screen_texts(kiosk), timeout=10_000)
    ticket = staff.queue.list_open()[0]
    assert (ticket.service, ticket.priority_reason, ticket.status) == (
        "cash",
        "age",
        Status.WAITING,
    )
    assert kiosk.window.ticket.qr.text.endswith(f":A001:{ticket.id}")
    # Back to the question and on again: the same number, not a second place in the queue.
    tap(qtbot, kiosk.window.bar.buttons["back"])
    tap(qtbot, button(kiosk.window.current_screen(), "journey_choose"))
    qtbot.waitUntil(lambda: "A001" in screen_texts(kiosk), timeout=10_000)
    assert len(staff.queue.list_open()) == 1
    tap(qtbot, button(kiosk.window.current_screen(), "finish"))
    assert kiosk.controller.visible_screen == ids.WELCOME


def test_no_database_means_an_honest_raise_your_hand(qtbot, data_dir) -> None:
    def broken():
        raise KioskError("kiosk.sqlite3 is damaged")

    kiosk = build_kiosk(CONFIG, store_factory=broken)
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    qtbot.waitUntil(lambda: not kiosk.queue.available, timeout=10_000)
    start(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    assert "Raise your hand" in screen_texts(kiosk)
    kiosk.window.allow_close()
    kiosk.queue.shutdown()


def test_a_damaged_database_issues_no_number_and_says_so(qtbot, data_dir) -> None:
    from kiosk.store import StoreDamaged

    def damaged_after_start():
        stores = open_stores(CONFIG, data_dir)
        # What the regular check (or a failed read) records once damage is found.
        stores.db.damage = StoreDamaged(stores.db.path, "is damaged")
        return stores

    kiosk = build_kiosk(CONFIG, store_factory=damaged_after_start)
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    qtbot.waitUntil(lambda: kiosk.queue.available, timeout=10_000)
    start(qtbot, kiosk)
    kiosk.controller.handle("journey_start", "take_ticket")
    kiosk.controller.handle("journey_choose", "cash")
    kiosk.controller.handle("journey_choose", "none")
    words = "numbers cannot be issued just now. Please ask a member of staff."
    qtbot.waitUntil(lambda: words in screen_texts(kiosk), timeout=10_000)
    assert "A001" not in screen_texts(kiosk)
    kiosk.window.allow_close()
    kiosk.queue.shutdown()


def test_ticket_prints_on_a_receipt_printer_when_there_is_one(qtbot, data_dir) -> None:
    from escpos.printer import Dummy

    from kiosk.printing.escpos_printer import EscposTicketPrinter

    device = Dummy()
    kiosk = build_kiosk(
        CONFIG,
        store_factory=lambda: open_stores(CONFIG, data_dir),
        printer=EscposTicketPrinter(device),
    )
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    start(qtbot, kiosk, "zh_CN")
    kiosk.controller.handle("journey_start", "take_ticket")
    kiosk.controller.handle("journey_choose", "loan")
    kiosk.controller.handle("journey_choose", "none")
    qtbot.waitUntil(lambda: "请在屏幕下方取走您的号票" in screen_texts(kiosk), timeout=10_000)
    assert b"\x1dv0" in device.output and b"\x1dV" in device.output  # raster image, cut
    kiosk.window.allow_close()
    kiosk.queue.shutdown()


def hold_call_staff(qtbot, kiosk) -> None:
    """A long press (2.3 s) on Call staff, as a slow or trembling hand makes it."""
    call = kiosk.window.bar.buttons["call_staff"]
    centre = call.rect().center()
    qtbot.mousePress(call, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(2300)
    qtbot.mouseRelease(call, Qt.MouseButton.LeftButton, pos=centre)


def test_holding_call_staff_answers_like_a_tap_and_sends_a_quiet_check(qtbot, queued) -> None:
    """A hold is never left without an answer; staff get "may be under pressure"."""
    kiosk, staff = queued
    start(qtbot, kiosk)
    kiosk.controller.go(ids.ask_staff_screen("forms"))
    kiosk.controller.idle.set_enabled(False)  # this fixture's idle "seconds" last 20 ms
    hold_call_staff(qtbot, kiosk)
    # Exactly the ordinary "a member of staff is coming" screen, asking why like a tap.
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED
    help_screen = kiosk.window.help
    qtbot.waitUntil(lambda: "H001" in screen_texts(kiosk), timeout=10_000)
    assert "A member of staff is coming. Please stay here." in screen_texts(kiosk)
    assert "If you like, tell us why. You do not have to." in screen_texts(kiosk)
    assert help_screen.reasons.isVisible() and "We told staff" not in screen_texts(kiosk)
    # Staff: a priority "other" request with the quiet-check flag, not a fraud alarm.
    [item] = staff.queue.list_open()
    assert (item.reason, item.priority) == ("other", True)
    assert item.context["quiet_check"] is True
    assert item.context["screen"] == ids.ask_staff_screen("forms")
    # The customer may still say why; the request stays urgent.
    hearing = next(
        b for b in help_screen.reason_buttons if b.property("kiosk_argument") == "hearing"
    )
    tap(qtbot, hearing)
    qtbot.waitUntil(lambda: staff.queue.get(item.id).reason == "hearing", timeout=10_000)
    assert staff.queue.get(item.id).priority_reason == "quiet_check"
    qtbot.waitUntil(lambda: "I am hard of hearing" in screen_texts(kiosk), timeout=10_000)


def test_a_hold_during_the_fraud_check_becomes_fraud_when_a_yes_is_answered(qtbot, queued) -> None:
    kiosk, staff = queued
    start(qtbot, kiosk)
    kiosk.controller.handle("journey_start", "fraud_check")
    kiosk.controller.handle("journey_next")
    kiosk.controller.idle.set_enabled(False)
    hold_call_staff(qtbot, kiosk)
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    [item] = staff.queue.list_open()
    assert item.context["step"] == "on_phone" and item.context["quiet_check"]
    tap(qtbot, kiosk.window.bar.buttons["back"])  # back to the question
    tap(qtbot, button(kiosk.window.current_screen(), "journey_yes"))
    qtbot.waitUntil(lambda: staff.queue.get(item.id).reason == "fraud", timeout=10_000)
    assert staff.queue.list_open() == [staff.queue.get(item.id)]  # one request, now fraud


def test_a_short_tap_on_call_staff_still_opens_help(qtbot, queued) -> None:
    kiosk, _ = queued
    start(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED


def test_staff_called_mid_ticket_see_the_service_already_chosen(qtbot, queued) -> None:
    kiosk, staff = queued
    start(qtbot, kiosk)
    kiosk.controller.handle("journey_start", "take_ticket")
    kiosk.controller.handle("journey_choose", "card")
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    context = staff.queue.list_open()[0].context
    assert context["journey"] == "take_ticket" and context["step"] == "priority"
    assert context["chosen"] == ["service=card"]  # ids: the console words them for staff


def test_on_a_narrow_screen_the_ticket_qr_goes_below_finish(qtbot, queued) -> None:
    kiosk, _staff = queued
    start(qtbot, kiosk)
    kiosk.controller.handle("journey_start", "take_ticket")
    kiosk.controller.handle("journey_choose", "cash")
    kiosk.controller.handle("journey_choose", "none")
    card = kiosk.window.ticket
    qtbot.waitUntil(lambda: card.issued, timeout=10_000)
    qtbot.waitUntil(lambda: card.code.isVisible() and not card.below.isVisible(), timeout=10_000)
    kiosk.window.resize(1080, 1920)
    kiosk.controller.handle("text_size")
    finish = button(kiosk.window.current_screen(), "finish")

    def finish_then_qr() -> bool:
        bottom = finish.mapTo(kiosk.window, finish.rect().bottomLeft()).y()
        return bottom < card.below.mapTo(kiosk.window, card.below.rect().topLeft()).y()

    qtbot.waitUntil(
        lambda: card.below.isVisible() and not card.code.isVisible() and finish_then_qr(),
        timeout=2000,
    )
    assert card.qr_below.text == card.qr.text != ""
