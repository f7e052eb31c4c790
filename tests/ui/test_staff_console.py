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
    qtbot.waitUntil(lambda: window.name_box.count() == 2, timeout=2000)
    yield window, other
    queue.shutdown()
    other.close()


def sign_in(qtbot, window, name: str, pin: str) -> None:
    window.name_box.setCurrentText(name)
    qtbot.keyClicks(window.pin_edit, pin)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)


def rows(window) -> list[str]:
    return [window.table.item(r, 0).text() for r in range(window.table.rowCount())]


def test_wrong_pin_is_refused_in_words(qtbot, console) -> None:
    window, _ = console
    sign_in(qtbot, window, "Wang", "0000")
    qtbot.waitUntil(lambda: "not right" in window.sign_in_message.text(), timeout=2000)
    assert window.staff is None and window.pin_edit.text() == ""


def test_help_request_arrives_within_a_second_with_its_context(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=2000)
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
    qtbot.waitUntil(lambda: "H001" in rows(window), timeout=1000)
    assert rows(window)[0] == "H001"  # possible fraud first
    assert "PRIORITY: possible fraud" in window.table.item(0, 1).text()
    window.select(item.id)
    card = " ".join(window.card.itemAt(i).widget().text() for i in range(window.card.count()))
    assert "简体中文" in card and "150%" in card and "By the door" in card
    assert "I think this is a scam" in card
    qtbot.mouseClick(window.action_buttons["claim"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.queue.get(item.id).claimed_by == "Wang", timeout=1500)
    qtbot.waitUntil(lambda: window.table.item(0, 4).text() == "Wang", timeout=1500)


def test_claiming_what_a_colleague_took_is_refused_clearly(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=2000)
    item = other.queue.request_help(kiosk_id="kiosk-1")
    qtbot.waitUntil(lambda: "H001" in rows(window), timeout=1000)
    window.select(item.id)
    other.queue.claim(item.id, "Li")  # Li was quicker, from another console
    qtbot.mouseClick(window.action_buttons["claim"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already being handled by Li" in window.message.text(), timeout=1500)
    assert other.queue.get(item.id).claimed_by == "Li"


def test_call_next_serve_and_done(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Li", "135792")
    qtbot.waitUntil(lambda: window.staff == "Li", timeout=2000)
    first = other.queue.take_ticket("account")
    other.queue.take_ticket("account")
    qtbot.mouseClick(window.call_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.selected_id == first.id, timeout=1500)
    qtbot.waitUntil(lambda: window.action_buttons["done"].isEnabled(), timeout=1500)
    qtbot.mouseClick(window.action_buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.queue.get(first.id).status.value == "done", timeout=1500)
    qtbot.waitUntil(lambda: rows(window) == ["B002"], timeout=1500)


def test_ages_read_as_minutes_and_hours() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 28, 10, 0, 0, tzinfo=UTC)
    assert age_words("2026-11-28T09:55:55+00:00", now) == "4:05"
    assert age_words("2026-11-28T08:48:00+00:00", now) == "1 h 12 min"
    assert age_words("not a time", now) == "?"


def test_a_form_prepared_at_the_kiosk_opens_by_its_code(qtbot, console) -> None:
    window, other = console
    sign_in(qtbot, window, "Wang", "246813")
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=2000)
    draft = other.drafts.create(
        "update_details", "update_details", {"new_phone": "13812345678"}, "kiosk-1"
    )
    qtbot.keyClicks(window.draft_edit, draft.code.lower())
    qtbot.mouseClick(window.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draft.code in window.card_title.text(), timeout=2000)

    values = [window.card.itemAt(i).widget().text() for i in range(window.card.count())]
    assert "13812345678" in values
    assert any(e.action == "draft_lookup" and e.staff == "Wang" for e in other.staff.audit_log(10))
