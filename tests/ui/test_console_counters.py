"""The staff console at a counter: choose it (remembered per machine), call next for
it, call again, "Did not come" after the recall limit, transfer to a counter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.app import build_console
from kiosk.config import Config
from kiosk.services.queue_service import QueueService
from kiosk.staff.counter_choice import STATE_FILE
from kiosk.store import open_stores

CONFIG = Config(
    {
        "counters": [
            {"id": "1", "services": ["cash"]},
            {"id": "3", "services": ["account", "loan"], "direction": "left"},
        ],
        "queue.recalls_before_no_show": 2,
    }
)


def _console(qtbot, data_dir: Path):
    queue = QueueService(lambda: open_stores(CONFIG, data_dir))
    window = build_console(CONFIG, queue, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.name_box.count() == 1, timeout=5000)
    window.name_box.setCurrentText("Wang")
    qtbot.keyClicks(window.pin_edit, "246813")
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.staff == "Wang" and window.counter_box.count() == 2, timeout=5000
    )
    return window, queue


@pytest.fixture
def other(data_dir: Path):
    stores = open_stores(CONFIG, data_dir)  # the kiosks, as another connection
    stores.staff.add("Wang", "246813")
    yield stores
    stores.close()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_counter_is_chosen_once_per_machine_and_calls_its_services(
    qtbot, data_dir: Path, other
) -> None:
    window, queue = _console(qtbot, data_dir)
    try:
        other.queue.take_ticket("cash")
        loan = other.queue.take_ticket("loan")
        assert window.counter_box.currentIndex() == -1
        click(qtbot, window.call_next_button)
        qtbot.waitUntil(lambda: "counter you sit at" in window.message.text(), timeout=10_000)
        assert other.queue.get(loan.id).status.value == "waiting"

        window.counter_box.setCurrentIndex(window.counter_box.findData("3"))
        assert window.counter_box.currentText() == "Counter 3"
        click(qtbot, window.call_next_button)
        qtbot.waitUntil(lambda: window.selected_id == loan.id, timeout=10_000)
        called = other.queue.get(loan.id)
        assert (called.counter, called.calls, called.claimed_by) == ("3", 1, "Wang")
    finally:
        queue.shutdown()
    assert (data_dir / STATE_FILE).stat().st_mode & 0o777 == 0o600
    again, queue = _console(qtbot, data_dir)  # the same machine, the next morning
    try:
        assert again.counter_id == "3" and again.counter_box.currentText() == "Counter 3"
    finally:
        queue.shutdown()


def test_did_not_come_is_offered_only_after_the_recall_limit(qtbot, data_dir: Path, other) -> None:
    window, queue = _console(qtbot, data_dir)
    try:
        ticket = other.queue.take_ticket("cash")
        window.counter_box.setCurrentIndex(window.counter_box.findData("1"))
        click(qtbot, window.call_next_button)
        qtbot.waitUntil(lambda: window.action_buttons["call_again"].isEnabled(), timeout=10_000)
        for calls in (2, 3):
            assert not window.action_buttons["no_show"].isEnabled()
            click(qtbot, window.action_buttons["call_again"])
            qtbot.waitUntil(lambda c=calls: other.queue.get(ticket.id).calls == c, timeout=10_000)
        qtbot.waitUntil(lambda: window.action_buttons["no_show"].isEnabled(), timeout=10_000)
        card = " ".join(window.card.itemAt(i).widget().text() for i in range(window.card.count()))
        assert "Called 3 times at Counter 1" in card
        click(qtbot, window.action_buttons["no_show"])
        qtbot.waitUntil(
            lambda: other.queue.get(ticket.id).status.value == "no_show", timeout=10_000
        )
    finally:
        queue.shutdown()


def test_transfer_to_a_counter_keeps_the_place_by_arrival(qtbot, data_dir: Path, other) -> None:
    window, queue = _console(qtbot, data_dir)
    try:
        cash = other.queue.take_ticket("cash")
        later = other.queue.take_ticket("account")
        window.counter_box.setCurrentIndex(window.counter_box.findData("1"))
        click(qtbot, window.call_next_button)
        qtbot.waitUntil(lambda: window.selected_id == cash.id, timeout=10_000)
        window.transfer_box.setCurrentIndex(window.transfer_box.findData("counter:3"))
        assert window.transfer_box.currentText() == "Counter 3"
        click(qtbot, window.transfer_button)
        qtbot.waitUntil(lambda: other.queue.get(cash.id).counter == "3", timeout=10_000)
        moved = other.queue.get(cash.id)
        assert (moved.status.value, moved.service, moved.created_at) == (
            "waiting",
            "account",  # counter 3 does not serve cash: its first service
            cash.created_at,
        )
        assert other.counters.call_next("3", "Wang").id == cash.id  # before B001
        assert other.counters.call_next("3", "Wang").id == later.id
    finally:
        queue.shutdown()
