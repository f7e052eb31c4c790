"""Counters and calling on both stores (a real SQLite file, a real PostgreSQL server):
priority, transfer, recalls, lobby state."""

from __future__ import annotations

import pytest
from fake_clock import FakeClock

from kiosk.config import Config
from kiosk.core.errors import ConfigError
from kiosk.queue.counters import (
    Counter,
    CounterError,
    UnknownCounter,
    new_calls,
    offer_no_show,
    parse_name_options,
)
from kiosk.queue.models import AlreadyClaimed, QueueError, Status, UnknownService
from kiosk.store import CounterStore, KioskDatabase, SqliteQueueStore

BOTH_STORES = True
DECLARED = (Counter("1", ("cash",), direction="left", declared=True),)


@pytest.fixture
def counters(db: KioskDatabase, store: SqliteQueueStore, clock: FakeClock) -> CounterStore:
    desk = CounterStore(db, store, DECLARED, now=clock)
    desk.add("2", ["account", "loan"], names={"zh_CN": "贵宾窗口"}, by="Wang")
    return desk


def rows(db: KioskDatabase, sql: str) -> list[tuple[object, ...]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(sql).fetchall()]


def test_counters_list_declared_and_stored_ones_by_number(counters: CounterStore) -> None:
    counters.add("10", ["card"], by="Wang")
    assert [c.id for c in counters.list_all()] == ["1", "2", "10"]
    assert counters.get("1").declared and not counters.get("2").declared
    assert counters.get("2").names == {"zh_CN": "贵宾窗口"}


def test_adding_and_removing_is_checked_and_audited(
    counters: CounterStore, db: KioskDatabase
) -> None:
    with pytest.raises(CounterError, match="already exists"):
        counters.add("1", ["cash"], by="Wang")
    with pytest.raises(CounterError, match="serves no service"):
        counters.add("7", [], by="Wang")
    with pytest.raises(CounterError, match="unknown service 'pizza'"):
        counters.add("7", ["pizza"], by="Wang")
    with pytest.raises(CounterError, match="direction must be one of"):
        counters.add("7", ["cash"], direction="sideways", by="Wang")
    with pytest.raises(CounterError, match="counter id"):
        counters.add("seven 7", ["cash"], by="Wang")
    with pytest.raises(CounterError, match=r"declared in kiosk\.toml"):
        counters.remove("1", by="Wang")
    assert counters.remove("2", by="Wang").id == "2"
    with pytest.raises(UnknownCounter, match="counters: 1"):
        counters.remove("2", by="Wang")
    assert rows(db, "SELECT action, staff, detail FROM audit ORDER BY id") == [
        ("counter_add", "Wang", "2: account,loan"),
        ("counter_remove", "Wang", "2"),
    ]


def test_call_next_takes_priority_then_arrival_for_the_counters_services(
    counters: CounterStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    early_cash = store.take_ticket("cash")
    clock.advance(minutes=1)
    store.take_ticket("account")  # not counter 1's service
    clock.advance(minutes=1)
    late_priority = store.take_ticket("cash", priority_reason="age")
    clock.advance(minutes=1)
    store.take_ticket("cash")

    first = counters.call_next("1", "Wang")
    assert first is not None and first.id == late_priority.id
    assert (first.status, first.counter, first.calls, first.claimed_by) == (
        Status.CALLED,
        "1",
        1,
        "Wang",
    )
    second = counters.call_next("1", "Wang")
    assert second is not None and second.id == early_cash.id
    assert second.to_json()["counter"] == "1" and second.to_json()["calls"] == 1


def test_nobody_waiting_for_a_counter_gives_none(
    counters: CounterStore, store: SqliteQueueStore
) -> None:
    store.take_ticket("card")
    assert counters.call_next("1", "Wang") is None


def test_bad_counter_changes_nothing(
    counters: CounterStore, store: SqliteQueueStore, db: KioskDatabase
) -> None:
    ticket = store.take_ticket("cash")
    with pytest.raises(UnknownCounter, match="unknown counter '9'; counters: 1, 2"):
        counters.call_next("9", "Wang")
    with pytest.raises(UnknownService, match="unknown service 'pizza'"):
        counters.transfer(ticket.id, "pizza", "Wang")
    with pytest.raises(UnknownCounter):
        counters.transfer(ticket.id, "loan", "Wang", counter="9")
    assert store.get(ticket.id) == ticket
    assert rows(db, "SELECT COUNT(*) FROM calls") == [(0,)]
    assert rows(db, "SELECT COUNT(*) FROM segments") == [(0,)]


def test_transfer_keeps_the_arrival_time_and_records_segments(
    counters: CounterStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    cash = store.take_ticket("cash")  # 9:00
    clock.advance(minutes=5)
    loan = store.take_ticket("loan")  # 9:05
    clock.advance(minutes=5)
    called = counters.call_next("1", "Wang")  # 9:10: waited 10 minutes for cash
    assert called is not None and called.id == cash.id
    store.serve(cash.id, "Wang")
    clock.advance(minutes=2)
    moved = counters.transfer(cash.id, "loan", "Wang")  # served 2 minutes, then to loans

    assert moved.created_at == cash.created_at
    assert (moved.status, moved.service, moved.counter, moved.calls) == (
        Status.WAITING,
        "loan",
        None,
        0,
    )
    clock.advance(minutes=1)
    # Counter 2 serves loans: the moved customer arrived before the loan ticket.
    first = counters.call_next("2", "Li")
    assert first is not None and first.id == cash.id
    segments = counters.segments(cash.id)
    assert [(s["service"], s["outcome"]) for s in segments] == [
        ("cash", "transferred"),
        ("loan", "called"),
    ]
    assert segments[0]["waited_seconds"] == 600 and segments[0]["served_seconds"] == 120
    assert segments[1]["waited_seconds"] == 60
    second = counters.call_next("2", "Li")
    assert second is not None and second.id == loan.id


def test_transfer_to_a_counter_is_called_only_there(
    counters: CounterStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    ticket = store.take_ticket("account")
    counters.transfer(ticket.id, "cash", "Wang", counter="2")
    with pytest.raises(QueueError, match="already waiting for counter 2"):
        counters.transfer(ticket.id, "cash", "Wang", counter="2")
    clock.advance(minutes=1)
    store.take_ticket("account")
    # Counter 1 serves cash, but this customer was sent to counter 2.
    assert counters.call_next("1", "Wang") is None
    called = counters.call_next("2", "Li")
    assert called is not None and called.id == ticket.id and called.counter == "2"


def test_recall_counts_and_offers_did_not_come_after_the_limit(
    counters: CounterStore, store: SqliteQueueStore, db: KioskDatabase
) -> None:
    ticket = store.take_ticket("cash")
    with pytest.raises(QueueError, match="not called to a counter"):
        counters.recall(ticket.id, "Wang")
    called = counters.call_next("1", "Wang")
    assert called is not None and not offer_no_show(called, 2)
    with pytest.raises(AlreadyClaimed):
        counters.recall(ticket.id, "Li")
    once = counters.recall(ticket.id, "Wang")
    assert once.calls == 2 and not offer_no_show(once, 2)
    twice = counters.recall(ticket.id, "Wang")
    assert twice.calls == 3 and offer_no_show(twice, 2)
    assert offer_no_show(called, 0)
    assert rows(db, "SELECT kind, counter, staff FROM calls ORDER BY id") == [
        ("call", "1", "Wang"),
        ("recall", "1", "Wang"),
        ("recall", "1", "Wang"),
    ]
    assert [a for (a,) in rows(db, "SELECT action FROM audit WHERE item_id IS NOT NULL")] == [
        "call_next",
        "recall",
        "recall",
    ]


def test_lobby_state_lists_the_last_calls_once_each_and_who_waits(
    counters: CounterStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    tickets = [store.take_ticket("cash", locale="ko") for _ in range(9)]
    store.take_ticket("account")
    store.take_ticket("loan")
    for _ in range(8):
        clock.advance(seconds=30)
        counters.call_next("1", "Wang")
    before = counters.lobby_state()
    assert [c.number for c in before.calls] == [f"A00{n}" for n in (8, 7, 6, 5, 4, 3, 2)]
    assert before.calls[0].locale == "ko" and before.calls[0].counter == "1"
    assert dict(before.waiting) == {"cash": 1, "account": 1, "loan": 1}
    clock.advance(seconds=30)
    counters.recall(tickets[2].id, "Wang")  # A003 again: now first, not listed twice
    after = counters.lobby_state()
    assert [c.number for c in after.calls][:3] == ["A003", "A008", "A007"]
    assert len({c.item_id for c in after.calls}) == len(after.calls) == 7
    fresh = new_calls(before, after)
    assert [(c.number, c.kind) for c in fresh] == [("A003", "recall")]
    assert new_calls(None, after) == []


def test_the_ticket_keeps_the_kiosk_language(store: SqliteQueueStore) -> None:
    assert store.take_ticket("cash", locale="zh_CN").locale == "zh_CN"
    assert store.take_ticket("cash").to_json()["locale"] is None
    with pytest.raises(QueueError, match="unknown language 'fr'"):
        store.take_ticket("cash", locale="fr")


def test_kiosk_toml_counters_are_checked_with_the_field_named() -> None:
    config = Config({"counters": [{"id": "3", "services": ["cash"], "direction": "upstairs"}]})
    assert config.counters[0].direction == "upstairs"
    for entry, field in (
        ({"id": "3", "services": []}, "counters[1].services"),
        ({"id": "3", "services": ["cash"], "direction": "up"}, "counters[1].direction"),
        ({"services": ["cash"]}, "counters[1].id"),
        ({"id": "3", "services": ["cash"], "name": {"fr": "Guichet"}}, "counters[1].name"),
        ({"id": "3", "services": "cash"}, "counters[1].services"),
    ):
        with pytest.raises(ConfigError, match=field.replace("[", r"\[").replace("]", r"\]")):
            Config({"counters": [entry]})
    with pytest.raises(ConfigError, match="declared twice"):
        Config({"counters": [{"id": "3", "services": ["cash"]}] * 2})
    with pytest.raises(ConfigError, match=r"lobby\.languages"):
        Config({"lobby.languages": ["en", "fr"]})


def test_name_options_are_language_equals_name() -> None:
    assert parse_name_options(["zh_CN=3号窗口", "en=Window 3"], "3") == {
        "zh_CN": "3号窗口",
        "en": "Window 3",
    }
    with pytest.raises(CounterError, match="LANGUAGE=NAME"):
        parse_name_options(["Window 3"], "3")


def test_a_form_ticket_keeps_the_kiosk_language(db: KioskDatabase, clock: FakeClock) -> None:
    from kiosk.store import DraftStore

    drafts = DraftStore(db, now=clock)
    _, item = drafts.prepare_for_counter(
        "lost_card", "card_block", {}, "k1", service="card", request_key="v1", locale="ko"
    )
    assert item.locale == "ko"
    _, plain = drafts.prepare_for_counter(
        "lost_card", "card_block", {}, "k1", service="loan", request_key="v2", locale="xx"
    )
    assert plain.locale is None  # not a kiosk language: announced in the branch's main one


def test_a_check_in_ticket_keeps_the_kiosk_language(db: KioskDatabase, clock: FakeClock) -> None:
    from kiosk.store import BookingStore

    bookings = BookingStore(db, now=clock)
    bookings.add("BK1234", "2025-03-03", "10:30", "Mrs Wang", "wealth", "pension")
    _, ticket = bookings.check_in("BK1234", kiosk_id="k1", locale="zh_CN")
    assert ticket.locale == "zh_CN" and ticket.priority
