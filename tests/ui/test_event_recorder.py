"""The kiosk's taps reach the anonymous event record (real kiosk, real SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import queued_kiosk, tap

from kiosk.config import Config
from kiosk.core import ids
from kiosk.insight import events as ev
from kiosk.printing import NullPrinter
from kiosk.services.event_recorder import EventRecorder
from kiosk.store.database import fetch_all

CONFIG = Config({"idle.timeout_seconds": 600})
PHONE = "journey.lost_card.phone"


@pytest.fixture
def queued(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, CONFIG, data_dir, printer=NullPrinter()) as both:
        yield both


def recorder_of(kiosk) -> EventRecorder:
    found = kiosk.window.findChild(EventRecorder)
    assert found is not None
    return found


def events(staff) -> list[dict]:
    with staff.db.read() as conn:
        return fetch_all(conn, "SELECT * FROM events ORDER BY id")


def flushed(qtbot, kiosk, staff, count_at_least: int) -> list[dict]:
    recorder = recorder_of(kiosk)
    recorder.flush()
    qtbot.waitUntil(lambda: len(events(staff)) >= count_at_least, timeout=10_000)
    return events(staff)


def to_phone_step(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    kiosk.controller.handle("journey_start", "lost_card")
    kiosk.controller.handle("journey_choose", "lost")
    kiosk.controller.handle("journey_next")
    kiosk.controller.handle("journey_next")
    assert kiosk.controller.visible_screen == PHONE


def test_a_visit_is_recorded_where_it_broke_and_nothing_typed(qtbot, queued) -> None:
    kiosk, staff = queued
    to_phone_step(qtbot, kiosk)
    for digit in "01381234567":
        kiosk.controller.handle("journey_key", digit)
    tap(qtbot, kiosk.window.bar.buttons["call_staff"])
    qtbot.waitUntil(lambda: staff.queue.list_open() != [], timeout=5000)
    kiosk.controller.handle("help_reason", "confused")
    tap(qtbot, kiosk.window.bar.buttons["back"])  # cancel help: back to the phone step
    tap(qtbot, kiosk.window.bar.buttons["back"])
    kiosk.controller.handle("start_again")
    kiosk.controller.handle("leave_form")
    assert kiosk.controller.visible_screen == ids.HOME
    found = flushed(qtbot, kiosk, staff, 8)
    qtbot.waitUntil(lambda: any(r["kind"] == ev.JOURNEY_ABANDONED for r in events(staff)))
    found = events(staff)
    by_kind = {r["kind"]: r for r in found}
    assert by_kind[ev.CALL_STAFF]["step"] == "phone"
    assert by_kind[ev.CALL_STAFF]["journey"] == "lost_card"
    assert by_kind[ev.HELP_REASON]["detail"] == "confused"
    assert by_kind[ev.TICKET_ISSUED]["service"] == "help"  # written by the queue store
    assert ev.BACK in by_kind and ev.START_AGAIN in by_kind
    abandoned = by_kind[ev.JOURNEY_ABANDONED]
    assert abandoned["journey"] == "lost_card" and abandoned["detail"] == "leave_form"
    entered = [r["step"] for r in found if r["kind"] == ev.STEP_ENTERED]
    assert entered[:1] == [kiosk.journeys.journeys["lost_card"].first]
    assert "phone" in entered
    # Never the number typed, whole or in part; never a tap's argument.
    dump = json.dumps(found)
    assert "0138" not in dump and "1234567" not in dump


def test_a_failing_write_never_breaks_the_screen(qtbot, queued) -> None:
    kiosk, staff = queued
    with staff.db.write() as conn:  # someone broke the file's event table
        conn.execute("DROP TABLE events")
    recorder = recorder_of(kiosk)
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    kiosk.controller.handle("journey_start", "lost_card")
    recorder.flush()
    qtbot.waitUntil(lambda: recorder.dropped > 0, timeout=10_000)
    # The customer goes on as if nothing happened.
    kiosk.controller.handle("journey_choose", "lost")
    kiosk.controller.handle("journey_next")
    assert kiosk.controller.visible_screen.startswith("journey.lost_card.")
    assert kiosk.window.isVisible()
