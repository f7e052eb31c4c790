"""Data-driven journeys by touch: the fraud check with the real queue behind it."""

from __future__ import annotations

from conftest import button, screen_texts, tap

from kiosk.core import ids


def to_home(qtbot, kiosk, locale: str) -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])


def test_any_yes_warns_and_calls_staff_with_priority(qtbot, queued) -> None:
    kiosk, staff = queued
    to_home(qtbot, kiosk, "en")
    tap(qtbot, kiosk.window.screens[ids.HOME].grid._items[5])  # "Is this a scam?"
    assert kiosk.controller.visible_screen == "journey.fraud_check.intro"
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    tap(qtbot, button(kiosk.window.current_screen(), "journey_no"))  # not on the phone
    tap(qtbot, button(kiosk.window.current_screen(), "journey_yes"))  # "the police" called
    assert kiosk.controller.visible_screen == "journey.fraud_check.warning"
    assert "Hang up the phone now." in screen_texts(kiosk)
    qtbot.waitUntil(lambda: bool(staff.queue.list_open()), timeout=10_000)
    [item] = staff.queue.list_open()
    assert item.reason == "fraud" and item.priority
    assert item.context["journey"] == "fraud_check" and item.context["step"] == "warning"
    # The answers given travel with it, for the staff's card; and the kiosk by its name.
    assert item.context["chosen"] == ["on_phone=no", "authority=yes"]
    assert item.context["kiosk_name"] == kiosk.config["kiosk.name"]
    qtbot.waitUntil(lambda: "has been called" in screen_texts(kiosk), timeout=10_000)


def test_all_no_offers_a_person_without_calling_anyone(qtbot, queued) -> None:
    kiosk, staff = queued
    to_home(qtbot, kiosk, "ko")
    kiosk.controller.handle("journey_start", "fraud_check")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    for _ in range(8):
        tap(qtbot, button(kiosk.window.current_screen(), "journey_no"))
    assert kiosk.controller.visible_screen == "journey.fraud_check.clear"
    assert "재촉" in screen_texts(kiosk)  # being rushed is the sign, not "all is well"
    assert button(kiosk.window.current_screen(), "journey_staff").isVisible()
    qtbot.wait(300)
    assert staff.queue.list_open() == []


def test_back_and_language_switch_keep_the_place(qtbot, queued) -> None:
    kiosk, _ = queued
    to_home(qtbot, kiosk, "en")
    kiosk.controller.handle("journey_start", "fraud_check")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    tap(qtbot, button(kiosk.window.current_screen(), "journey_no"))
    assert kiosk.controller.visible_screen == "journey.fraud_check.authority"
    tap(qtbot, kiosk.window.bar.buttons["language"])
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
    assert kiosk.controller.visible_screen == "journey.fraud_check.authority"
    assert "有人自称是警察、检察官或银行的人吗？" in screen_texts(kiosk)
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == "journey.fraud_check.on_phone"


def type_digits(qtbot, kiosk, digits: str) -> None:
    keypad = kiosk.window.current_screen().keypad
    for digit in digits:
        tap(qtbot, keypad.keys[digit])


def test_lost_card_becomes_a_draft_the_counter_can_look_up(qtbot, queued) -> None:
    kiosk, staff = queued
    to_home(qtbot, kiosk, "en")
    kiosk.controller.handle("journey_start", "lost_card")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_choose"))  # "I lost it"
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    assert kiosk.controller.visible_screen == "journey.lost_card.phone"
    type_digits(qtbot, kiosk, "138")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    assert "8 to 15 digits. You typed 3" in screen_texts(kiosk)  # the problem, in words
    type_digits(qtbot, kiosk, "12345678")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    assert kiosk.controller.visible_screen == "journey.lost_card.review"
    assert "138 1234 5678" in screen_texts(kiosk)
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    screen = kiosk.window.current_screen()
    # The code comes with a number for the card counter; its QR stands beside the number.
    qtbot.waitUntil(lambda: screen.ticket.issued, timeout=10_000)
    code = screen.ticket.draft_code
    assert screen.ticket.qr.text.endswith(code) and code in screen_texts(kiosk)
    draft = staff.drafts.lookup(code, "Wang")
    assert draft.journey == "lost_card" and draft.fields == {"phone": "13812345678"}


def test_check_in_greets_by_name_and_gives_a_priority_number(qtbot, queued) -> None:
    kiosk, staff = queued
    from datetime import date

    staff.bookings.add("246810", date.today().isoformat(), "10:30", "Mrs Wang", "wealth", "pension")
    to_home(qtbot, kiosk, "en")
    tap(qtbot, kiosk.window.screens[ids.HOME].grid._items[1])  # "I have an appointment"
    type_digits(qtbot, kiosk, "246810")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    qtbot.waitUntil(
        lambda: kiosk.controller.visible_screen == "journey.check_in.welcome", timeout=2000
    )
    assert "Welcome, Mrs Wang" in screen_texts(kiosk)
    [ticket] = staff.queue.list_open()
    assert ticket.priority and ticket.service == "wealth"
    assert ticket.label in screen_texts(kiosk)


def test_a_wrong_booking_number_says_what_to_check(qtbot, queued) -> None:
    kiosk, _ = queued
    to_home(qtbot, kiosk, "zh_CN")
    kiosk.controller.handle("journey_start", "check_in")
    type_digits(qtbot, kiosk, "999999")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    qtbot.waitUntil(
        lambda: kiosk.controller.visible_screen == "journey.check_in.not_found", timeout=2000
    )
    assert "没有找到这个预约号" in screen_texts(kiosk)
