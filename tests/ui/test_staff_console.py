"""The staff console against the real SQLite queue; kiosks act from "elsewhere"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.app import build_console
from kiosk.config import Config
from kiosk.services.queue_service import QueueService
from kiosk.staff.console import age_words
from kiosk.store import open_stores

CONFIG = Config()


@pytest.fixture
def console(qtbot, data_dir: Path):
    other = open_stores(CONFIG, data_dir)  # the kiosks and another staff member
    other.staff.add("Wang", "246813")
    other.staff.add("Li", "135792")
    queue = QueueService(lambda: open_stores(CONFIG, data_dir))
    window = build_console(CONFIG, queue)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.name_box.count() == 2, timeout=10_000)
    yield window, other
    queue.shutdown()
    other.close()


def sign_in(qtbot, window, name: str, pin: str) -> None:
    window.name_box.setCurrentText(name)
    qtbot.keyClicks(window.pin_edit, pin)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)


def cell(window, row: int, column: int):
    """The list's cell at (row, column): the console's table model index."""
    return window.table.model().index(row, column)


def text(window, row: int, column: int) -> str:
    return cell(window, row, column).data()


def rows(window) -> list[str]:
    return [text(window, r, 0) for r in range(window.table.model().rowCount())]


def test_wrong_pin_is_refused_in_words(qtbot, console) -> None:
    window, _ = console
    sign_in(qtbot, window, "Wang", "0000")
    qtbot.waitUntil(lambda: "not right" in window.sign_in_message.text(), timeout=10_000)
    assert window.staff is None and window.pin_edit.text() == ""


def test_help_request_arrives_within_a_second_with_its_context(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    other.queue.take_ticket("cash")
    item = other.queue.request_help(
        kiosk_id="kiosk-3",
        location="By the door",
        reason="fraud",
        context={
            "locale": "zh_CN",
            "text_size": 150,
            "voice_on": True,
            "screen": "ask_staff.forms",
            "steps": ["language", "home", "ask_staff.forms"],
        },
    )
    qtbot.waitUntil(lambda: "H001" in rows(window), timeout=10_000)
    assert rows(window)[0] == "H001"  # possible fraud first
    assert "PRIORITY: possible fraud" in text(window, 0, 1)
    window.select(item.id)
    card = " ".join(window.card.itemAt(i).widget().text() for i in range(window.card.count()))
    assert "简体中文" in card and "150%" in card and "By the door" in card
    assert "I think this is a scam" in card
    # Human words, never the kiosk's ids.
    assert f"Asked for staff: {window.catalog.text('task.forms.title')}" in card
    assert "ask_staff" not in card and "kiosk kiosk-" not in text(window, 0, 1)
    qtbot.mouseClick(window.action_buttons["claim"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.queue.get(item.id).claimed_by == "Wang", timeout=10_000)
    qtbot.waitUntil(lambda: text(window, 0, 4) == "Wang", timeout=10_000)


def test_claiming_what_a_colleague_took_is_refused_clearly(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    item = other.queue.request_help(kiosk_id="kiosk-1")
    qtbot.waitUntil(lambda: "H001" in rows(window), timeout=10_000)
    window.select(item.id)
    other.queue.claim(item.id, "Li")  # Li was quicker, from another console
    qtbot.mouseClick(window.action_buttons["claim"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already being handled by Li" in window.message.text(), timeout=10_000)
    assert other.queue.get(item.id).claimed_by == "Li"


def test_call_next_serve_and_done(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Li", "135792")
    qtbot.waitUntil(lambda: window.staff == "Li", timeout=10_000)
    first = other.queue.take_ticket("account")
    other.queue.take_ticket("account")
    qtbot.mouseClick(window.call_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.selected_id == first.id, timeout=10_000)
    qtbot.waitUntil(lambda: window.action_buttons["done"].isEnabled(), timeout=10_000)
    qtbot.mouseClick(window.action_buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.queue.get(first.id).status.value == "done", timeout=10_000)
    qtbot.waitUntil(lambda: rows(window) == ["B002"], timeout=10_000)


def test_ages_read_as_minutes_and_hours() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 28, 10, 0, 0, tzinfo=UTC)
    assert age_words("2026-11-28T09:55:55+00:00", now) == "4:05"
    assert age_words("2026-11-28T08:48:00+00:00", now) == "1 h 12 min"
    assert age_words("not a time", now) == "?"


def test_a_form_prepared_at_the_kiosk_opens_by_its_code(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    draft = other.drafts.create(
        "update_details", "update_details", {"new_phone": "13812345678"}, "kiosk-1"
    )
    qtbot.keyClicks(window.draft_edit, draft.code.lower())
    qtbot.mouseClick(window.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draft.code in window.card_title.text(), timeout=10_000)

    values = [window.card.itemAt(i).widget().text() for i in range(window.card.count())]
    assert "13812345678" in values
    assert "New phone number" in values and "new_phone" not in " ".join(values)
    assert "update_details" not in window.card_title.text()
    assert any(e.action == "draft_lookup" and e.staff == "Wang" for e in other.staff.audit_log(10))


def card_text(window) -> dict[str, str]:
    cells = [window.card.itemAt(i).widget().text() for i in range(window.card.count())]
    return dict(zip(cells[::2], cells[1::2], strict=True))


def test_fraud_and_quiet_check_rows_have_their_own_icon_colour_and_word(qtbot, console) -> None:
    from kiosk.look.theme import STAFF_ROW_COLOURS

    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    other.queue.take_ticket("cash")
    # The quiet-check contract: reason "other", priority, context["quiet_check"].
    quiet = other.queue.request_help(
        kiosk_id="kiosk-3",
        reason="other",
        context={"kiosk_name": "Kiosk by the lifts", "quiet_check": True, "screen": "home"},
    )
    fraud = other.queue.request_help(
        kiosk_id="kiosk-2",
        reason="fraud",
        context={
            "kiosk_name": "Kiosk by the door",
            "screen": "journey.fraud_check.warning",
            "journey": "fraud_check",
            "chosen": ["on_phone=yes"],
        },
    )
    qtbot.waitUntil(lambda: len(rows(window)) == 3, timeout=10_000)
    what = {text(window, r, 0): cell(window, r, 1) for r in range(3)}
    by_id = {i.id: i.label for i in window.items}
    quiet_cell, fraud_cell = what[by_id[quiet.id]], what[by_id[fraud.id]]
    assert quiet_cell.data().startswith("Quiet check: may be under pressure — ")
    assert "Kiosk by the lifts" in quiet_cell.data() and "fraud" not in quiet_cell.data()
    assert fraud_cell.data().startswith(
        "PRIORITY: possible fraud — Help needed at Kiosk by the door"
    )
    colours = STAFF_ROW_COLOURS["standard"]
    background, icon = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole
    assert quiet_cell.data(background).color().name().upper() == colours["quiet_check"][0]
    assert fraud_cell.data(background).color().name().upper() == colours["fraud"][0]
    assert not quiet_cell.data(icon).isNull() and not fraud_cell.data(icon).isNull()
    plain = what[next(label for label in what if label.startswith("A"))]
    assert plain.data(icon) is None

    window.select(fraud.id)
    card = card_text(window)
    assert card["Alert"] == "PRIORITY: possible fraud"
    question = window.catalog.text("journey.fraud_check.on_phone.title")
    assert card["Scam check answers"] == f"{question} — Yes"
    assert card["Kiosk"] == "Kiosk by the door"
    window.select(quiet.id)
    assert card_text(window)["Reason"] == "Quiet check: may be under pressure"


def test_a_number_taken_with_a_form_shows_and_opens_that_form(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    draft, ticket = other.drafts.prepare_for_counter(
        "lost_card", "card_block", {"phone": "13812345678"}, "kiosk-1",
        service="card", request_key="visit1",
    )  # fmt: skip
    qtbot.waitUntil(lambda: ticket.label in rows(window), timeout=10_000)
    window.table.selectRow(rows(window).index(ticket.label))
    values = [window.card.itemAt(i).widget().text() for i in range(window.card.count())]
    assert draft.code in values and window.draft_edit.text() == draft.code
    qtbot.mouseClick(window.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draft.code in window.card_title.text(), timeout=10_000)
