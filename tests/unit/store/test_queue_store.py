"""SqliteQueueStore: numbering, transitions, claims, transfer, notes, audit, tokens."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable

import pytest
from fake_clock import BRANCH_TZ, FakeClock

from kiosk.queue.models import (
    TRANSITIONS,
    AlreadyClaimed,
    InvalidTransition,
    Kind,
    NotFound,
    QueueError,
    QueueItem,
    QueueStore,
    Status,
    UnknownReason,
    UnknownService,
)
from kiosk.store import KioskDatabase, SqliteQueueStore

# The contract suite: each test using the store runs on SQLite and on PostgreSQL.
BOTH_STORES = True


def audit_rows(db: KioskDatabase, item_id: int | None = None) -> list[tuple[str, str | None]]:
    sql = "SELECT action, staff FROM audit"
    params: tuple[int, ...] = ()
    if item_id is not None:
        sql, params = sql + " WHERE item_id = ?", (item_id,)
    return [tuple(r) for r in db.conn.execute(sql + " ORDER BY id", params)]


def test_it_implements_the_queue_store_protocol() -> None:
    for name, member in inspect.getmembers(QueueStore, inspect.isfunction):
        if name.startswith("_"):
            continue
        ours = getattr(SqliteQueueStore, name)
        assert inspect.signature(ours) == inspect.signature(member), name


def test_numbers_count_per_series_and_day(store: SqliteQueueStore, clock: FakeClock) -> None:
    labels = [
        store.take_ticket("cash").label,
        store.take_ticket("cash").label,
        store.take_ticket("card").label,
        store.request_help(kiosk_id="k1").label,
        store.take_ticket("general", priority=True).label,
        store.request_help(kiosk_id="k2", reason="fraud").label,
    ]
    assert labels == ["A001", "A002", "C001", "H001", "F001", "H002"]
    clock.advance(days=1)
    fresh = store.take_ticket("cash")
    assert fresh.label == "A001" and fresh.day == "2025-03-04"


def test_the_day_turns_at_local_midnight_not_utc(store: SqliteQueueStore, clock: FakeClock) -> None:
    clock.moment = clock.moment.replace(hour=23, minute=59, second=59)
    late = store.take_ticket("cash")
    store.take_ticket("cash")
    clock.advance(seconds=2)
    early = store.take_ticket("cash")
    assert (late.day, late.label) == ("2025-03-03", "A001")
    assert (early.day, early.label) == ("2025-03-04", "A001")
    # Stored times are UTC: 00:00:01 at UTC+8 is still the 3rd in UTC.
    assert early.created_at.startswith("2025-03-03T16:00:01")


def test_a_ticket_is_stored_as_returned(store: SqliteQueueStore) -> None:
    ticket = store.take_ticket("loan", priority=True, priority_reason="age", kiosk_id="k1")
    assert ticket == store.get(ticket.id)
    assert (ticket.kind, ticket.status, ticket.service) == (Kind.TICKET, Status.WAITING, "loan")
    assert ticket.priority and ticket.priority_reason == "age" and ticket.kiosk_id == "k1"
    assert ticket.to_json()["number"] == "D001"


def test_bad_services_and_reasons_are_refused(store: SqliteQueueStore) -> None:
    with pytest.raises(UnknownService, match="choose from cash"):
        store.take_ticket("mortgage")
    with pytest.raises(UnknownReason):
        store.take_ticket("cash", priority_reason="vip")
    with pytest.raises(UnknownReason):
        store.request_help(kiosk_id="k1", reason="bored")
    with pytest.raises(QueueError, match="kiosk"):
        store.request_help(kiosk_id=" ")
    with pytest.raises(NotFound, match="id 999"):
        store.get(999)
    assert store.list_open() == []


def test_help_priority_follows_the_reason_even_when_tapped_later(store: SqliteQueueStore) -> None:
    plain = store.request_help(kiosk_id="k1", location="door")
    assert not plain.priority and plain.reason is None
    hearing = store.set_help_reason(plain.id, "hearing")
    assert hearing.priority and hearing.priority_reason == "hearing"
    confused = store.set_help_reason(plain.id, "confused")
    assert not confused.priority and confused.priority_reason is None
    assert store.request_help(kiosk_id="k1", reason="fraud").priority
    ticket = store.take_ticket("cash")
    with pytest.raises(QueueError, match="is a ticket"):
        store.set_help_reason(ticket.id, "fraud")


def test_the_context_card_is_sanitised_before_it_is_stored(store: SqliteQueueStore) -> None:
    item = store.request_help(
        kiosk_id="k1",
        context={
            "screen": "journey.lost_card.number",
            "said": ["my card is 4111 1111 1111 1234"],
            "pin": "1234",
            "card_number": "4111111111111234",
        },
    )
    stored = store.get(item.id).context
    assert stored == {"screen": "journey.lost_card.number", "said": ["my card is •••• 1234"]}
    raw = store.db.conn.execute("SELECT context FROM items").fetchone()[0]
    assert "4111" not in raw


def test_list_open_puts_fraud_first_then_priority_then_the_rest(
    store: SqliteQueueStore, clock: FakeClock
) -> None:
    def at_next_minute(make: object) -> QueueItem:
        clock.advance(minutes=1)
        return make()  # type: ignore[operator]

    t1 = at_next_minute(lambda: store.take_ticket("cash"))
    h1 = at_next_minute(lambda: store.request_help(kiosk_id="k", reason="confused"))
    t2 = at_next_minute(lambda: store.take_ticket("cash", priority=True))
    h2 = at_next_minute(lambda: store.request_help(kiosk_id="k", reason="mobility"))
    h3 = at_next_minute(lambda: store.request_help(kiosk_id="k", reason="fraud"))
    t3 = at_next_minute(lambda: store.take_ticket("loan"))
    done = at_next_minute(lambda: store.take_ticket("cash"))
    store.cancel(done.id)
    assert [i.id for i in store.list_open()] == [h3.id, t2.id, h2.id, t1.id, h1.id, t3.id]


def test_people_ahead_counts_only_the_same_queue(store: SqliteQueueStore) -> None:
    a1 = store.take_ticket("cash")
    store.take_ticket("loan")
    a2 = store.take_ticket("cash")
    vip = store.take_ticket("cash", priority=True)
    h1 = store.request_help(kiosk_id="k")
    h2 = store.request_help(kiosk_id="k", reason="fraud")
    assert [store.people_ahead(i.id) for i in (a1, a2, vip)] == [1, 2, 0]
    assert (store.people_ahead(h1.id), store.people_ahead(h2.id)) == (1, 0)
    store.claim(vip.id, "ann")
    assert (store.people_ahead(vip.id), store.people_ahead(a2.id)) == (0, 1)


ACTIONS = {
    "claim": Status.CALLED,
    "serve": Status.SERVING,
    "done": Status.DONE,
    "no_show": Status.NO_SHOW,
    "cancel": Status.CANCELLED,
    "release": Status.WAITING,
}


def item_in(store: SqliteQueueStore, status: Status) -> QueueItem:
    """A ticket brought to ``status`` by ann through the public API."""
    item = store.take_ticket("cash")
    path = {
        Status.WAITING: [],
        Status.CALLED: ["claim"],
        Status.SERVING: ["claim", "serve"],
        Status.DONE: ["claim", "serve", "done"],
        Status.NO_SHOW: ["claim", "no_show"],
        Status.CANCELLED: ["cancel"],
    }[status]
    for action in path:
        item = getattr(store, action)(item.id, "ann")
    assert item.status is status
    return item


@pytest.mark.parametrize("start", list(Status))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_status_changes_follow_the_transition_table(
    store: SqliteQueueStore, start: Status, action: str
) -> None:
    item = item_in(store, start)
    target = ACTIONS[action]
    if action == "claim" and start in (Status.CALLED, Status.SERVING):
        assert store.claim(item.id, "ann") == item  # your own claim again: nothing changes
        return
    if target in TRANSITIONS[start]:
        after = getattr(store, action)(item.id, "ann")
        assert after.status is target
        assert store.get(item.id).status is target
    else:
        with pytest.raises(InvalidTransition) as caught:
            getattr(store, action)(item.id, "ann")
        assert target.value in str(caught.value) and start.value in str(caught.value)
        assert store.get(item.id).status is start


def test_timestamps_follow_the_item(store: SqliteQueueStore, clock: FakeClock) -> None:
    item = store.take_ticket("cash")
    clock.advance(minutes=3)
    called = store.claim(item.id, "ann")
    clock.advance(minutes=1)
    serving = store.serve(item.id)
    clock.advance(minutes=4)
    closed = store.done(item.id, "ann")
    assert called.called_at and called.claimed_by == "ann"
    assert serving.serving_at and serving.claimed_by == "ann"
    assert closed.closed_at and closed.created_at < closed.called_at < closed.closed_at  # type: ignore[operator]


def test_someone_elses_item_cannot_be_claimed_or_handled(store: SqliteQueueStore) -> None:
    item = store.claim(store.take_ticket("cash").id, "ann")
    for act in (
        lambda: store.claim(item.id, "bob"),
        lambda: store.serve(item.id, "bob"),
        lambda: store.release(item.id, "bob"),
        lambda: store.transfer(item.id, "loan", "bob"),
    ):
        with pytest.raises(AlreadyClaimed, match="being handled by ann"):
            act()
    assert store.get(item.id).claimed_by == "ann"
    assert audit_rows(store.db, item.id) == [("claim", "ann")]


def test_call_next_takes_the_first_waiting_item_and_claims_it(store: SqliteQueueStore) -> None:
    cash = store.take_ticket("cash")
    loan = store.take_ticket("loan")
    helper = store.request_help(kiosk_id="k", reason="hearing")
    first = store.call_next("ann")
    assert first is not None and first.id == helper.id and first.claimed_by == "ann"
    assert store.call_next("bob", ["loan"]).id == loan.id  # type: ignore[union-attr]
    assert store.call_next("bob", ["loan", "help"]) is None
    assert store.call_next("bob", []) is None
    with pytest.raises(UnknownService):
        store.call_next("bob", ["stamps"])
    got = store.call_next("cy", ["cash", "help"])
    assert got is not None and got.id == cash.id
    assert store.call_next("cy") is None
    assert [a for a, _ in audit_rows(store.db)] == ["call_next"] * 3


def test_release_puts_the_item_back_at_its_old_place(store: SqliteQueueStore) -> None:
    first = store.take_ticket("cash")
    second = store.take_ticket("cash")
    store.claim(first.id, "ann")
    back = store.release(first.id, "ann")
    assert (back.status, back.claimed_by, back.called_at) == (Status.WAITING, None, None)
    assert [i.id for i in store.list_open()] == [first.id, second.id]
    assert store.people_ahead(second.id) == 1


def test_transfer_moves_to_another_queue_with_a_note(store: SqliteQueueStore) -> None:
    ticket = store.claim(store.take_ticket("cash").id, "ann")
    moved = store.transfer(ticket.id, "loan", "ann")
    assert (moved.service, moved.status, moved.claimed_by) == ("loan", Status.WAITING, None)
    assert moved.label == "A001"  # the paper ticket in the customer's hand still works
    assert moved.notes[-1]["text"] == "moved from cash to loan"
    assert moved.notes[-1]["staff"] == "ann"
    with pytest.raises(QueueError, match="already waiting for the loan queue"):
        store.transfer(ticket.id, "loan", "ann")
    with pytest.raises(UnknownService):
        store.transfer(ticket.id, "stamps", "ann")
    helped = store.transfer(store.request_help(kiosk_id="k").id, "card", "bob")
    assert (helped.kind, helped.service, helped.label) == (Kind.TICKET, "card", "H001")
    closed = store.cancel(store.take_ticket("cash").id)
    with pytest.raises(InvalidTransition):
        store.transfer(closed.id, "loan", "ann")


def test_notes_are_masked_and_the_audit_keeps_no_words(store: SqliteQueueStore) -> None:
    item = store.take_ticket("card")
    noted = store.add_note(item.id, "ann", "customer read out 4111-1111-1111-9876, blocked it")
    assert noted.notes[0]["text"] == "customer read out •••• 9876, blocked it"
    detail = store.db.conn.execute("SELECT detail FROM audit WHERE action = 'note'").fetchone()[0]
    assert "9876" not in detail and "blocked" not in detail
    with pytest.raises(QueueError, match="needs some words"):
        store.add_note(item.id, "ann", "   ")
    with pytest.raises(QueueError, match="staff name"):
        store.add_note(item.id, "", "hello")


def test_every_staff_action_is_audited_in_its_transaction(store: SqliteQueueStore) -> None:
    a = store.take_ticket("cash")
    b = store.take_ticket("cash")
    c = store.take_ticket("cash")
    store.claim(a.id, "ann")
    store.add_note(a.id, "ann", "needs a form")
    store.serve(a.id, "ann")
    store.done(a.id, "ann")
    store.call_next("bob")
    store.no_show(b.id, "bob")
    store.claim(c.id, "cy")
    store.release(c.id, "cy")
    store.transfer(c.id, "loan", "cy")
    store.cancel(c.id, by="cy")
    store.cancel(store.take_ticket("cash").id)  # the customer, not staff: no audit row
    assert audit_rows(store.db) == [
        ("claim", "ann"),
        ("note", "ann"),
        ("serve", "ann"),
        ("done", "ann"),
        ("call_next", "bob"),
        ("no_show", "bob"),
        ("claim", "cy"),
        ("release", "cy"),
        ("transfer", "cy"),
        ("cancel", "cy"),
    ]


def test_a_refused_action_leaves_no_trace(store: SqliteQueueStore) -> None:
    item = store.take_ticket("cash")
    with pytest.raises(InvalidTransition):
        store.done(item.id, "ann")
    assert audit_rows(store.db) == []
    assert store.get(item.id) == item


def test_only_finished_visits_can_be_rated(store: SqliteQueueStore) -> None:
    item = store.take_ticket("cash")
    with pytest.raises(QueueError, match="still waiting"):
        store.rate(item.id, 3)
    store.serve(item.id, "ann")
    store.done(item.id)
    for bad in (0, 4, True):
        with pytest.raises(QueueError, match="1, 2 or 3"):
            store.rate(item.id, bad)
    rated = store.rate(item.id, 3, thanked_staff="ann")
    assert (rated.rating, rated.thanked_staff) == (3, "ann")


def test_wait_estimate_uses_recent_service_times(store: SqliteQueueStore, clock: FakeClock) -> None:
    for _ in range(3):  # three cash services of 10 minutes each
        item = store.take_ticket("cash")
        store.serve(item.id, "ann")
        clock.advance(minutes=10)
        store.done(item.id, "ann")
    waiting = [store.take_ticket("cash") for _ in range(3)]
    estimate = store.wait_estimate(waiting[2].id)
    # 2 ahead × 10 min / 1 counter = 20 min → 16 … 27 → 15 … 30 (5-minute steps)
    assert (estimate.ahead, estimate.low_minutes, estimate.high_minutes) == (2, 15, 30)
    first = store.wait_estimate(waiting[0].id)
    assert (first.ahead, first.low_minutes) == (0, 0)
    clock.advance(days=8)  # old services no longer count: default 5 minutes
    loan = store.take_ticket("loan")
    store.take_ticket("loan")
    later = store.take_ticket("loan")
    assert store.wait_estimate(later.id).ahead == 2
    assert store.wait_estimate(loan.id).high_minutes == 1


def test_change_token_moves_for_own_and_other_writes_only(
    store: SqliteQueueStore, reopen: Callable[[], KioskDatabase]
) -> None:
    token = store.change_token()
    assert store.change_token() == token
    store.take_ticket("cash")
    mine = store.change_token()
    assert mine != token
    assert store.call_next("ann", ["loan"]) is None  # nothing changed
    assert store.change_token() == mine
    other = reopen()  # another process's connection
    SqliteQueueStore(other).take_ticket("loan")
    other.close()
    assert store.change_token() != mine


def test_the_store_can_be_used_from_another_thread(store: SqliteQueueStore) -> None:
    results: list[QueueItem] = []
    worker = threading.Thread(target=lambda: results.append(store.take_ticket("cash")))
    worker.start()
    worker.join()
    assert results and store.get(results[0].id).label == "A001"


def test_times_are_utc_and_the_day_is_local(store: SqliteQueueStore, clock: FakeClock) -> None:
    assert clock().tzinfo is BRANCH_TZ
    item = store.take_ticket("cash")
    assert item.created_at == "2025-03-03T01:00:00.000+00:00"
    assert item.day == "2025-03-03"


def test_a_quiet_check_is_a_priority_other_request_called_right_after_fraud(
    store: SqliteQueueStore, clock: FakeClock
) -> None:
    def at_next_minute(make: object) -> QueueItem:
        clock.advance(minutes=1)
        return make()  # type: ignore[operator]

    t1 = at_next_minute(lambda: store.take_ticket("cash", priority=True))
    h1 = at_next_minute(lambda: store.request_help(kiosk_id="k", reason="mobility"))
    quiet = at_next_minute(
        lambda: store.request_help(kiosk_id="k", context={"screen": "home"}, quiet_check=True)
    )
    fraud = at_next_minute(lambda: store.request_help(kiosk_id="k", reason="fraud"))
    # The data contract staff tools rely on: other, priority, quiet_check in the card.
    assert (quiet.reason, quiet.priority, quiet.priority_reason) == ("other", True, "quiet_check")
    assert quiet.context == {"screen": "home", "quiet_check": True}
    assert [i.id for i in store.list_open()] == [fraud.id, quiet.id, t1.id, h1.id]
    assert store.people_ahead(quiet.id) == 1  # only the fraud request
    staff_next = store.call_next("ann", services=["help"])
    assert staff_next is not None and staff_next.id == fraud.id
    staff_next = store.call_next("ann", services=["help"])
    assert staff_next is not None and staff_next.id == quiet.id


def test_a_reason_tapped_after_a_hold_keeps_it_urgent_unless_it_is_fraud(
    store: SqliteQueueStore,
) -> None:
    quiet = store.request_help(kiosk_id="k", quiet_check=True)
    tapped = store.set_help_reason(quiet.id, "confused")
    assert (tapped.reason, tapped.priority, tapped.priority_reason) == (
        "confused",
        True,
        "quiet_check",
    )
    fraud = store.set_help_reason(quiet.id, "fraud")
    assert (fraud.priority, fraud.priority_reason) == (True, "fraud")
    plain = store.request_help(kiosk_id="k", reason="confused")
    assert not plain.priority and "quiet_check" not in plain.context


def test_a_hold_after_a_tap_turns_the_open_request_into_a_quiet_check(
    store: SqliteQueueStore,
) -> None:
    tapped = store.request_help(kiosk_id="k", reason="confused", context={"screen": "home"})
    quiet = store.mark_quiet_check(tapped.id)
    assert (quiet.reason, quiet.priority, quiet.priority_reason) == (
        "confused",
        True,
        "quiet_check",
    )
    assert quiet.context == {"screen": "home", "quiet_check": True}
    fraud = store.request_help(kiosk_id="k", reason="fraud")
    assert store.mark_quiet_check(fraud.id).priority_reason == "fraud"  # stays fraud
    store.cancel(tapped.id)
    with pytest.raises(QueueError, match="already cancelled"):
        store.mark_quiet_check(tapped.id)
    with pytest.raises(QueueError, match="not a help request"):
        store.mark_quiet_check(store.take_ticket("cash").id)
