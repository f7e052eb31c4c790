"""The PostgreSQL store's notifications name what changed (issue 13): ids, not text."""

from __future__ import annotations

import select
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.insight import events as ev
from kiosk.insight.events import Event
from kiosk.store import event_log, open_stores
from kiosk.store.changes import Change
from kiosk.store.pg_listen import ChangeFeed

COUNTERS = [{"id": "3", "services": ["cash"], "direction": "left"}]


@pytest.fixture
def feed(pg_url: str) -> Iterator[ChangeFeed]:
    listening = ChangeFeed(pg_url)
    listening.open()
    yield listening
    listening.close()


@pytest.fixture
def stores(pg_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.setenv("KIOSK_DATABASE_URL", pg_url)
    opened = open_stores(Config({"counters": COUNTERS}), data_dir)
    yield opened
    opened.close()


def wait_for(feed: ChangeFeed) -> list[Change]:
    """The changes that arrive within 10 s (the first batch that does)."""
    for _ in range(100):
        select.select([feed.fileno()], [], [], 0.1)
        got = feed.drain()
        if got:
            return got
    raise AssertionError("no notification within 10 s")


def test_a_ticket_and_a_call_are_named_by_their_ids(feed: ChangeFeed, stores) -> None:
    item = stores.queue.take_ticket("cash", locale="en")
    [taken] = wait_for(feed)
    assert taken.ids["items"] == {str(item.id)} and "items" in taken.tables
    assert not taken.everything
    stores.counters.call_next("3", "Wang")
    [called] = wait_for(feed)
    assert called.ids["items"] == {str(item.id)}
    assert len(called.ids["calls"]) == 1 and {"items", "calls"} <= called.tables
    # Ids only: no label, service or customer words travel.
    assert item.label not in repr(called) and "cash" not in repr(called)


def test_a_kiosk_event_batch_names_only_the_event_record(feed: ChangeFeed, stores) -> None:
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    event_log.append_batch(stores.db, [Event(when, ev.HELP_REASON, "kiosk-1", detail="confused")])
    [change] = wait_for(feed)
    assert change.tables == {"events", "event_counts"} and not change.ids
    assert not change.touches(frozenset({"items", "calls", "counters"}))


def test_a_change_too_big_to_list_says_reload_everything(feed: ChangeFeed, stores) -> None:
    item = stores.queue.take_ticket("cash")
    wait_for(feed)
    with stores.db.write() as conn:
        conn.execute("UPDATE items SET priority = 1 WHERE id = ?", (item.id,))
        for other in range(3000):  # as a purge touching thousands of rows would
            conn.note_change("items", 1_000_000 + other)
    [change] = wait_for(feed)
    assert change.everything and change.tables == {"items"}
