"""Retention: yesterday's leftovers closed, old text wiped, counts kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_clock import FakeClock

from kiosk.config import Config
from kiosk.queue.models import QueueError, Status
from kiosk.store import SqliteQueueStore, open_stores

# The contract suite: each test using the store runs on SQLite and on PostgreSQL.
BOTH_STORES = True


def day_of_business(store: SqliteQueueStore) -> dict[str, int]:
    """A few items in every state, with context and notes; returns their ids."""
    served = store.take_ticket("cash")
    store.add_note(served.id, "ann", "wants a statement")
    store.serve(served.id, "ann")
    store.done(served.id, "ann")
    helped = store.request_help(
        kiosk_id="k1", reason="fraud", context={"said": ["someone called about my account"]}
    )
    store.add_note(helped.id, "bob", "told her to hang up")
    store.claim(helped.id, "bob")
    left = store.take_ticket("loan")
    return {"served": served.id, "helped": helped.id, "left": left.id}


def counts(store: SqliteQueueStore) -> set[tuple[str, str, str, str, int]]:
    rows = store.db.conn.execute("SELECT day, kind, service, status, count FROM daily_counts")
    return {tuple(r) for r in rows}  # type: ignore[misc]


def test_purge_wipes_text_of_past_days_and_keeps_the_numbers(
    store: SqliteQueueStore, clock: FakeClock
) -> None:
    old = day_of_business(store)
    clock.advance(days=1)
    today = store.request_help(kiosk_id="k2", context={"screen": "home"})
    store.add_note(today.id, "ann", "today's note")

    result = store.purge_before("2025-03-04")

    # Today's first call already closed yesterday's two open items (the roll-over).
    assert result.days == ("2025-03-03",) and result.items == 3 and result.expired == 0
    helped = store.get(old["helped"])
    assert helped.context == {} and helped.notes[0]["text"] == ""
    assert helped.notes[0]["staff"] == "bob"  # who and when stay
    assert (helped.label, helped.reason, helped.status) == ("H001", "fraud", Status.CANCELLED)
    served = store.get(old["served"])
    assert served.status is Status.DONE and served.serving_at and served.closed_at
    assert store.get(today.id).context == {"screen": "home"}
    assert store.get(today.id).notes[0]["text"] == "today's note"
    assert counts(store) == {
        ("2025-03-03", "ticket", "cash", "done", 1),
        ("2025-03-03", "ticket", "loan", "cancelled", 1),
        ("2025-03-03", "help", "", "cancelled", 1),
    }
    raw = ",".join(r[0] for r in store.db.conn.execute("SELECT text FROM notes ORDER BY id"))
    assert "hang up" not in raw and "statement" not in raw


def test_purging_again_changes_nothing(store: SqliteQueueStore, clock: FakeClock) -> None:
    day_of_business(store)
    clock.advance(days=1)
    store.purge_before("2025-03-04")
    before = counts(store)
    again = store.purge_before("2025-03-04")
    assert (again.days, again.items, again.expired) == ((), 0, 0)
    assert counts(store) == before


def test_yesterdays_open_items_leave_todays_queue(
    store: SqliteQueueStore, clock: FakeClock
) -> None:
    old = day_of_business(store)
    clock.advance(days=1)
    fresh = store.take_ticket("loan")  # the day's first call closes yesterday's leftovers
    assert store.expire_open_before("2025-03-04") == 0
    assert [i.id for i in store.list_open()] == [fresh.id]
    assert store.get(old["left"]).status is Status.CANCELLED
    expired = store.db.conn.execute("SELECT COUNT(*) FROM audit WHERE action = 'expire'")
    assert expired.fetchone()[0] == 2


def test_housekeeping_keeps_the_configured_number_of_days(
    store: SqliteQueueStore, clock: FakeClock
) -> None:
    first = store.request_help(kiosk_id="k", context={"screen": "home"})
    clock.advance(days=1)
    second = store.request_help(kiosk_id="k", context={"screen": "home"})
    clock.advance(days=1)
    result = store.housekeep(keep_days=1)
    assert result.days == ("2025-03-03",)
    # The first was closed when the second day began, the second now.
    assert result.expired == 1
    assert store.get(first.id).context == {}
    assert store.get(second.id).context == {"screen": "home"}
    assert json.loads(json.dumps(store.get(second.id).to_json()))["context"]


def test_a_bad_day_is_refused(store: SqliteQueueStore) -> None:
    with pytest.raises(QueueError, match="2025-05-31"):
        store.purge_before("yesterday")


def test_open_stores_housekeeps_at_start_up(data_dir: Path, clock: FakeClock) -> None:
    config = Config({"retention.keep_days": 0, "queue.counters": 3})
    stores = open_stores(config, data_dir, now=clock)
    stores.queue.request_help(kiosk_id="k", context={"screen": "home"})
    stores.close()
    clock.advance(days=1)
    stores = open_stores(config, data_dir, now=clock, housekeep=True)
    assert stores.queue.list_open() == []
    assert stores.queue.get(1).context == {}
    stores.close()
