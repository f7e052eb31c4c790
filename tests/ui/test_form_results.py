"""A form journey's result: a number for the right counter, linked to the form, at once.

Real queue (SQLite file), real widgets, a real ESC/POS printer driver on a
dummy device.
"""

from __future__ import annotations

from pathlib import Path

from conftest import PATIENT, button, queued_kiosk, screen_texts, tap
from escpos.printer import Dummy

from kiosk.core import ids
from kiosk.printing import PrintableTicket, PrintResult
from kiosk.printing.escpos_printer import EscposTicketPrinter


class RecordingPrinter:
    """The real ESC/POS driver on a dummy device, keeping what it was asked to print."""

    def __init__(self) -> None:
        self.device = Dummy()
        self.driver = EscposTicketPrinter(self.device)
        self.tickets: list[PrintableTicket] = []

    def describe(self) -> str:
        return "recording dummy"

    def print_ticket(self, ticket: PrintableTicket) -> PrintResult:
        self.tickets.append(ticket)
        return self.driver.print_ticket(ticket)


def to_home(qtbot, kiosk, locale: str) -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])


def type_digits(qtbot, kiosk, digits: str) -> None:
    keypad = kiosk.window.current_screen().keypad
    for digit in digits:
        tap(qtbot, keypad.keys[digit])


def choose(qtbot, kiosk, option: str) -> None:
    screen = kiosk.window.current_screen()
    tap(qtbot, next(b for b in screen.option_buttons if b.property("kiosk_argument") == option))


def lost_card_to_done(qtbot, kiosk, option: str = "lost") -> None:
    kiosk.controller.handle("journey_start", "lost_card")
    choose(qtbot, kiosk, option)
    for _ in range(1 if option == "swallowed" else 2):
        tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    type_digits(qtbot, kiosk, "13812345678")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))  # "Yes, this is right"
    assert kiosk.controller.visible_screen == "journey.lost_card.done"


def test_lost_card_gives_a_card_counter_number_linked_to_the_form(qtbot, data_dir: Path) -> None:
    printer = RecordingPrinter()
    with queued_kiosk(qtbot, PATIENT, data_dir, printer=printer) as (kiosk, staff):
        to_home(qtbot, kiosk, "en")
        lost_card_to_done(qtbot, kiosk)
        screen = kiosk.window.current_screen()
        card = screen.ticket
        qtbot.waitUntil(lambda: card.issued and screen.primary.isVisible(), timeout=10_000)
        [ticket] = staff.queue.list_open()
        assert (ticket.service, ticket.label) == ("card", "C001")
        code = ticket.context["draft_code"]
        draft = staff.drafts.lookup(code, "Wang")
        assert draft.ticket_id == ticket.id and draft.fields == {"phone": "13812345678"}
        # The number, huge; the code and its QR beside it, above Finish.
        words = screen_texts(kiosk)
        assert "C001" in words and f"Your form code: {code}" in words
        assert card.qr.text == ids.draft_reference(code) and card.qr.isVisible()
        finish = screen.primary.mapTo(screen, screen.primary.rect().topLeft()).y()
        assert card.qr.mapTo(screen, card.qr.rect().bottomLeft()).y() < finish
        # What happens next, the wait, and the true words: the kiosk does not stop cards.
        qtbot.waitUntil(lambda: "You are next." in screen_texts(kiosk), timeout=10_000)
        assert "a teller stops the card for free" in screen_texts(kiosk)
        # The printed slip carries the number and the code; its QR opens the form.
        qtbot.waitUntil(lambda: bool(printer.tickets), timeout=10_000)
        slip = printer.tickets[-1]
        assert slip.label == "C001" and any(code in line for line in slip.lines)
        assert slip.qr_text == ids.draft_reference(code)
        sent = ids.draft_reference(code).encode()
        qtbot.waitUntil(lambda: sent in printer.device.output, timeout=10_000)  # printed off-thread

        # Back to the review and on again: the same number and the same draft.
        tap(qtbot, kiosk.window.bar.buttons["back"])
        assert kiosk.controller.visible_screen == "journey.lost_card.review"
        tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
        qtbot.waitUntil(lambda: screen.primary.isVisible() and card.issued, timeout=10_000)
        qtbot.wait(200)
        assert [t.label for t in staff.queue.list_open()] == ["C001"]
        assert len(staff.drafts.list_day()) == 1
        assert card.draft_code == code


def test_a_card_a_machine_kept_is_not_promised_as_stopped_or_new(qtbot, queued) -> None:
    kiosk, _ = queued
    to_home(qtbot, kiosk, "en")
    kiosk.controller.handle("journey_start", "lost_card")
    choose(qtbot, kiosk, "swallowed")
    assert kiosk.controller.visible_screen == "journey.lost_card.kept"
    assert "The machine keeps your card safe" in screen_texts(kiosk)
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    type_digits(qtbot, kiosk, "13812345678")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.ticket.issued, timeout=10_000)
    words = screen_texts(kiosk)
    assert "helps you get your card back" in words
    assert "stops the card" not in words and "You will get a new card" not in words


def test_the_lost_card_steps_give_the_hotline_and_never_claim_the_kiosk_stops_it(
    qtbot, queued
) -> None:
    kiosk, _ = queued
    to_home(qtbot, kiosk, "zh_CN")
    kiosk.controller.handle("journey_start", "lost_card")
    choose(qtbot, kiosk, "stolen")
    words = screen_texts(kiosk)
    assert "95588" in words and "这台机器自己不能停卡" in words
    assert "谁也用不了" not in words  # the old untrue promise


def test_open_account_for_a_card_goes_to_the_card_counter(qtbot, queued) -> None:
    kiosk, staff = queued
    to_home(qtbot, kiosk, "ko")
    kiosk.controller.handle("journey_start", "update_details")
    choose(qtbot, kiosk, "address")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.ticket.issued, timeout=10_000)
    assert "새 주소를 함께 입력해 드립니다" in screen_texts(kiosk)
    [ticket] = staff.queue.list_open()
    assert ticket.service == "account" and ticket.label == "B001"
    # A second form, for a card: its own number at the card counter.
    runner = kiosk.journeys
    runner.start("open_account")
    runner.answers("open_account").chosen["what"] = "card"
    runner.answers("open_account").values.update(
        {"name": "김민수", "phone": "01012345678", "birth_date": "19480512"}
    )
    kiosk.controller.go("journey.open_account.review")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_next"))
    qtbot.waitUntil(lambda: len(staff.queue.list_open()) == 2, timeout=10_000)
    labels = sorted(t.label for t in staff.queue.list_open())
    assert labels == ["B001", "C001"]


def test_without_a_queue_the_answers_stay_on_screen_and_staff_can_be_called(
    qtbot, patient_kiosk
) -> None:
    kiosk = patient_kiosk
    to_home(qtbot, kiosk, "en")
    lost_card_to_done(qtbot, kiosk)
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.ticket.failed, timeout=10_000)
    words = screen_texts(kiosk)
    assert "Please show this screen at the counter" in words and "138 1234 5678" in words
    assert screen.ticket_call.isVisible() and screen.primary.isVisible()


def check_in(qtbot, kiosk, staff, locale: str, topic: str) -> None:
    from datetime import date

    staff.bookings.add("246810", date.today().isoformat(), "10:30", "Mrs Wang", "wealth", topic)
    to_home(qtbot, kiosk, locale)
    kiosk.controller.handle("journey_start", "check_in")
    type_digits(qtbot, kiosk, "246810")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    qtbot.waitUntil(
        lambda: kiosk.controller.visible_screen == "journey.check_in.welcome", timeout=3000
    )
    qtbot.waitUntil(lambda: kiosk.window.current_screen().ticket.issued, timeout=10_000)


def test_check_in_says_the_topic_in_chinese_and_the_number_is_the_largest_text(
    qtbot, queued
) -> None:
    kiosk, staff = queued
    check_in(qtbot, kiosk, staff, "zh_CN", "pension")
    screen = kiosk.window.current_screen()
    words = screen_texts(kiosk)
    assert "您预约的是10:30的养老金业务" in words and "pension" not in words
    [ticket] = staff.queue.list_open()
    assert screen.ticket.number.text() == ticket.label
    # The number is drawn larger than every other word on the screen.
    from PySide6.QtWidgets import QLabel

    sizes = {
        label.text(): label.fontInfo().pixelSize()
        for label in screen.findChildren(QLabel)
        if label.isVisible() and label.text()
    }
    biggest = max(sizes.values())
    assert sizes[ticket.label] == biggest
    assert [t for t, px in sizes.items() if px == biggest] == [ticket.label]
    assert screen.primary.isVisible()


def test_an_unknown_topic_id_gets_neutral_korean_words_never_the_id(qtbot, queued) -> None:
    kiosk, staff = queued
    from datetime import date

    # A topic id from a newer booking system, written straight into the database.
    staff.bookings.add("246810", date.today().isoformat(), "10:30", "Mrs Wang", "wealth", "loan")
    with staff.db.write() as conn:
        conn.execute("UPDATE bookings SET topic = 'crypto_advice'")
    to_home(qtbot, kiosk, "ko")
    kiosk.controller.handle("journey_start", "check_in")
    type_digits(qtbot, kiosk, "246810")
    tap(qtbot, button(kiosk.window.current_screen(), "journey_submit"))
    qtbot.waitUntil(lambda: "10:30에 상담 예약이 있으십니다" in screen_texts(kiosk), timeout=10_000)
    assert "crypto" not in screen_texts(kiosk)
