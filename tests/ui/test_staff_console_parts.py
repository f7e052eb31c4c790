"""The staff console's parts: the queue table model, the action panel, and the typed
calls the console makes on the real SQLite queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.app import build_console
from kiosk.config import Config
from kiosk.content.catalog import load_catalogs
from kiosk.look.theme import STAFF_ROW_COLOURS
from kiosk.paths import locales_dir
from kiosk.queue.models import Kind, QueueItem, Status
from kiosk.services.queue_service import QueueService
from kiosk.staff import auth, queue_calls, today
from kiosk.staff.action_panel import ActionPanel
from kiosk.staff.queue_table import COLUMNS, KIND_ROLE, QueueTableModel
from kiosk.store import open_stores

CATALOGS = load_catalogs(locales_dir())
START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
WAITING = COLUMNS.index("waiting")


def item(item_id: int, series: str = "A", priority: bool = False, **more: Any) -> QueueItem:
    kind = Kind.HELP if series == "H" else Kind.TICKET
    service = None if kind == Kind.HELP else "cash"
    return QueueItem(
        item_id, kind, "2026-12-03", series, item_id, service, Status.WAITING, priority,
        START.isoformat(), **more,
    )  # fmt: skip


def test_the_table_model_shows_each_item_in_words_and_its_kind(qtbot) -> None:
    clock = [START + timedelta(minutes=4, seconds=5)]
    model = QueueTableModel(CATALOGS["en"], "standard", lambda: clock[0])
    plain, fraud = item(1), item(2, "H", True, reason="fraud", kiosk_id="kiosk-2")
    model.set_items([fraud, plain])

    def cell(row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(row, column).data(role)

    cash = CATALOGS["en"].text("service.cash")
    assert (model.rowCount(), model.columnCount()) == (2, len(COLUMNS))
    assert [cell(0, 0), cell(1, 0)] == ["H002", "A001"]
    assert cell(0, 1).startswith("PRIORITY: possible fraud — Help needed at")
    assert (cell(1, 1), cell(1, 2), cell(1, WAITING)) == (cash, "Waiting", "4:05")
    assert (cell(0, 0, KIND_ROLE), cell(1, 0, KIND_ROLE)) == ("fraud", "")
    background = cell(0, 3, Qt.ItemDataRole.BackgroundRole).color().name().upper()
    assert background == STAFF_ROW_COLOURS["standard"]["fraud"][0]
    assert cell(1, 3, Qt.ItemDataRole.BackgroundRole) is None
    assert not cell(0, 1, Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(0, 0, Qt.ItemDataRole.DecorationRole) is None  # the icon sits by the words
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"

    # The clock moves the "waiting" column only, and says so to the view.
    clock[0] += timedelta(hours=1, minutes=8)
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        model.tick()
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (0, WAITING, 1, WAITING)
    assert cell(1, WAITING) == "1 h 12 min"

    # An action's result shows at once, before the next snapshot.
    model.replace(item(1, claimed_by="Li"))
    assert cell(1, COLUMNS.index("staff")) == "Li"


def test_the_action_panel_says_what_was_asked_in_clean_words(qtbot) -> None:
    panel = ActionPanel(CATALOGS["en"])
    qtbot.addWidget(panel)
    asked: list[tuple[str, str]] = []
    panel.action_was_chosen.connect(lambda a: asked.append(("action", a)))
    panel.note_was_written.connect(lambda t: asked.append(("note", t)))
    panel.draft_was_asked.connect(lambda c: asked.append(("draft", c)))
    panel.transfer_was_chosen.connect(lambda t: asked.append(("transfer", t)))
    panel.enable(dict.fromkeys(panel.action_buttons, True), open_item=True)

    qtbot.mouseClick(panel.action_buttons["call_again"], Qt.MouseButton.LeftButton)
    panel.note_edit.setText("   ")  # nothing to note: nothing asked
    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    panel.note_edit.setText("  Brought her passport ")
    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.draft_edit, " f7k2 ")
    qtbot.keyClick(panel.draft_edit, Qt.Key.Key_Return)
    panel.transfer_box.setCurrentIndex(panel.transfer_box.findData("loan"))
    qtbot.mouseClick(panel.transfer_button, Qt.MouseButton.LeftButton)
    assert asked == [
        ("action", "call_again"),
        ("note", "Brought her passport"),
        ("draft", "f7k2"),
        ("transfer", "loan"),
    ]


class RecordingQueue(QueueService):
    """The real queue service, noting what each call runs."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.operations: list[object] = []
        super().__init__(*args, **kwargs)

    def call(self, operation: Any, *args: Any, **kwargs: Any) -> None:
        self.operations.append(operation)
        super().call(operation, *args, **kwargs)


@pytest.fixture
def recorded(qtbot, data_dir: Path):
    config = Config({"counters": [{"id": "1", "services": ["cash"]}]})
    other = open_stores(config, data_dir)
    other.staff.add("Wang", "246813")
    queue = RecordingQueue(lambda: open_stores(config, data_dir))
    window = build_console(config, queue, data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window, queue, other
    queue.shutdown()
    other.close()


def test_the_console_runs_typed_calls_never_store_method_names(qtbot, recorded) -> None:
    window, queue, other = recorded
    qtbot.waitUntil(lambda: window.name_box.count() == 1, timeout=10_000)
    qtbot.keyClicks(window.pin_edit, "246813")
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    qtbot.waitUntil(lambda: window.counter_box.count() == 1, timeout=10_000)
    window.counter_box.setCurrentIndex(0)
    ticket = other.queue.take_ticket("cash")
    qtbot.mouseClick(window.call_next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.selected_id == ticket.id, timeout=10_000)
    for action in ("call_again", "serve"):
        button = window.action_buttons[action]
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.queue.get(ticket.id).status == Status.SERVING, timeout=10_000)
    qtbot.keyClicks(window.note_edit, "Brought her passport")
    qtbot.mouseClick(window.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(other.queue.get(ticket.id).notes), timeout=10_000)
    window.transfer_box.setCurrentIndex(window.transfer_box.findData("loan"))
    qtbot.mouseClick(window.transfer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.queue.get(ticket.id).service == "loan", timeout=10_000)
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)

    assert all(callable(op) for op in queue.operations), queue.operations
    ran = {op.__name__ for op in queue.operations if callable(op)}
    assert {"call_next_at", "call_again", "serve", "add_note", "transfer", "counters"} <= ran
    assert {auth.staff_names, auth.verify_pin, auth.record} <= set(queue.operations)
    assert all(
        getattr(op, "__module__", "") in (queue_calls.__name__, auth.__name__, today.__name__)
        for op in queue.operations
    )
