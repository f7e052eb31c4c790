"""Queue events: written with the queue action, in local time, with nothing personal."""

from __future__ import annotations

import json
from datetime import datetime

from fake_clock import BRANCH_TZ, FakeClock

from kiosk.insight import events as ev
from kiosk.insight.events import Event
from kiosk.store import KioskDatabase, SqliteQueueStore, event_log
from kiosk.store.database import fetch_all


def rows(db: KioskDatabase) -> list[dict]:
    with db.read() as conn:
        return fetch_all(conn, "SELECT * FROM events ORDER BY id")


def test_ticket_life_is_recorded_with_waits(
    store: SqliteQueueStore, db: KioskDatabase, clock: FakeClock
) -> None:
    ticket = store.take_ticket("cash", kiosk_id="kiosk-2")
    clock.advance(minutes=7)
    store.call_next("Mei")
    clock.advance(minutes=1)
    store.serve(ticket.id, "Mei")
    clock.advance(minutes=4)
    store.done(ticket.id, "Mei")
    store.rate(ticket.id, 3)
    store.rate(ticket.id, 3, "Mei")  # the thank-you after the rating counts once
    found = rows(db)
    assert [r["kind"] for r in found] == [
        ev.TICKET_ISSUED,
        ev.TICKET_CALLED,
        ev.TICKET_SERVING,
        ev.TICKET_SERVED,
        ev.RATING,
        ev.RATING,
    ]
    issued, called, _serving, served, rated, thanked = found
    assert (issued["service"], issued["kiosk"], issued["day"]) == ("cash", "kiosk-2", "2025-03-03")
    assert issued["minute"] == 9 * 60  # local 09:00 (UTC 01:00)
    assert called["value"] == 7 * 60 and called["staff"] == "Mei"
    assert served["value"] == 4 * 60
    assert (rated["value"], rated["detail"]) == (3, None)
    assert (thanked["value"], thanked["detail"], thanked["staff"]) == (None, ev.THANKED, "Mei")


def test_walk_out_no_show_and_transfer(
    store: SqliteQueueStore, db: KioskDatabase, clock: FakeClock
) -> None:
    left = store.take_ticket("loan")
    absent = store.take_ticket("cash")
    moved = store.take_ticket("card")
    store.cancel(left.id)
    store.claim(absent.id, "Mei")
    store.no_show(absent.id, "Mei")
    store.transfer(moved.id, "loan", "Mei")
    found = [(r["kind"], r["service"], r["detail"]) for r in rows(db)][3:]
    assert found == [
        (ev.TICKET_CANCELLED, "loan", ev.WALK_OUT),
        (ev.TICKET_CALLED, "cash", None),
        (ev.TICKET_NO_SHOW, "cash", None),
        (ev.TICKET_TRANSFERRED, "loan", None),
    ]


def test_nothing_personal_reaches_the_events(
    store: SqliteQueueStore, db: KioskDatabase, clock: FakeClock
) -> None:
    personal = ["Wang Fang", "13800138000", "김민수", "4111111111111111", "1958-04-01"]
    card = {"screen": "journey.update_details.phone", "typed": [f"phone: {p}" for p in personal]}
    helped = store.request_help(kiosk_id="kiosk-1", context=card, reason="confused")
    store.claim(helped.id, "Mei")
    store.add_note(helped.id, "Mei", "Wang Fang 13800138000")
    store.done(helped.id, "Mei")
    store.rate(helped.id, 2, "Mei")
    # Kiosk events carrying personal text in every field are cleaned before writing.
    for text in personal:
        fields = {"journey": text, "step": text, "screen": text, "detail": text, "service": text}
        event_log.append_batch(db, [Event(clock(), ev.CALL_STAFF, "kiosk-1", **fields)])
    dump = json.dumps(rows(db), ensure_ascii=False)
    for text in personal:
        assert text not in dump
    for digits in ("138", "4111", "1958"):
        assert digits not in dump


def test_retention_keeps_the_last_days(db: KioskDatabase, clock: FakeClock) -> None:
    for day in (1, 10, 20):
        moment = datetime(2025, 3, day, 10, 0, tzinfo=BRANCH_TZ)
        event_log.append_batch(db, [Event(moment, ev.BACK, "kiosk-1")])
    gone = event_log.keep_days(db, 10, datetime(2025, 3, 20, 12, 0, tzinfo=BRANCH_TZ))
    assert gone == 1
    assert [r["day"] for r in rows(db)] == ["2025-03-10", "2025-03-20"]


def test_a_broken_event_table_never_stops_a_ticket(
    store: SqliteQueueStore, db: KioskDatabase
) -> None:
    with db.write() as conn:
        conn.execute("DROP TABLE events")
    ticket = store.take_ticket("cash")
    assert ticket.label == "A001"
    assert store.call_next("Mei") is not None
