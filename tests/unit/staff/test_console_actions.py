"""Which staff actions an item allows, where a transfer sends it, and the typed queue
calls that do it, against a real SQLite file (no Qt)."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.content.catalog import load_catalogs
from kiosk.core import ids
from kiosk.paths import locales_dir
from kiosk.queue.counters import Counter
from kiosk.queue.models import AlreadyClaimed, Kind, QueueItem, Status
from kiosk.staff import queue_calls
from kiosk.staff.actions import ACTIONS, allowed_actions, transfer_destination
from kiosk.staff.context_card import called_words
from kiosk.staff.words import action_refusal
from kiosk.store import Stores, open_stores

CONFIG = Config({"counters": [{"id": "1", "services": ["cash"]}]})


def ticket(status: Status, counter: str | None = None, calls: int = 0) -> QueueItem:
    return QueueItem(
        4, Kind.TICKET, "2026-12-03", "A", 4, "cash", status, False,
        "2026-12-03T09:00:00+00:00", counter=counter, calls=calls,
    )  # fmt: skip


def allowed(item: QueueItem | None, limit: int = 2) -> set[str]:
    return {action for action, ok in allowed_actions(item, limit).items() if ok}


def test_each_status_allows_its_own_actions() -> None:
    assert allowed(None) == set()
    assert allowed(ticket(Status.WAITING)) == {"claim", "serve", "cancel"}
    assert allowed(ticket(Status.CALLED)) == {"serve", "done", "no_show", "cancel"}
    assert allowed(ticket(Status.SERVING)) == {"done", "cancel"}
    assert allowed(ticket(Status.DONE)) == set()
    assert set(allowed_actions(None, 2)) == set(ACTIONS)


def test_did_not_come_waits_for_enough_calls_again_at_a_counter() -> None:
    first_call = ticket(Status.CALLED, counter="1", calls=1)
    assert allowed(first_call) == {"serve", "done", "call_again", "cancel"}
    assert "no_show" not in allowed(dataclasses.replace(first_call, calls=2))
    assert "no_show" in allowed(dataclasses.replace(first_call, calls=3))  # 2 calls again


COUNTERS = [Counter("1", ("cash",)), Counter("3", ("account", "loan")), Counter("9", ())]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("loan", ("loan", None)),  # a service: no counter
        ("counter:1", ("cash", "1")),  # the counter serves it: it keeps its service
        ("counter:3", ("account", "3")),  # it does not: the counter's first service
        ("counter:9", ("cash", "9")),  # a counter serving everything keeps any
    ],
)
def test_a_transfer_keeps_the_service_when_the_counter_serves_it(
    target: str, expected: tuple[str, str | None]
) -> None:
    assert transfer_destination(ticket(Status.WAITING), target, COUNTERS) == expected


def test_a_help_request_sent_to_a_counter_serving_everything_gets_a_service() -> None:
    help_item = dataclasses.replace(ticket(Status.WAITING), kind=Kind.HELP, service=None)
    assert transfer_destination(help_item, "counter:9", COUNTERS) == (ids.QUEUE_SERVICES[-1], "9")


@pytest.fixture
def stores(data_dir: Path):
    opened = open_stores(CONFIG, data_dir)
    opened.staff.add("Wang", "246813")
    yield opened
    opened.close()


def test_every_console_action_is_a_typed_function_of_the_stores() -> None:
    assert set(queue_calls.ITEM_ACTIONS) == set(ACTIONS)
    for call in queue_calls.ITEM_ACTIONS.values():
        first = next(iter(inspect.signature(call).parameters.values()))
        assert first.name == "stores" and first.annotation == "Stores"


def test_the_item_actions_move_a_ticket_through_its_day(stores: Stores) -> None:
    item = stores.queue.take_ticket("cash")
    claimed = queue_calls.ITEM_ACTIONS["claim"](stores, item.id, "Wang")
    assert (claimed.status, claimed.claimed_by) == (Status.CALLED, "Wang")
    assert queue_calls.ITEM_ACTIONS["serve"](stores, item.id, "Wang").status == Status.SERVING
    assert queue_calls.ITEM_ACTIONS["done"](stores, item.id, "Wang").status == Status.DONE
    other = stores.queue.take_ticket("cash")
    assert queue_calls.ITEM_ACTIONS["cancel"](stores, other.id, "Wang").status == Status.CANCELLED


def test_calling_at_a_counter_again_then_did_not_come(stores: Stores) -> None:
    assert [c.id for c in queue_calls.counters(stores)] == ["1"]
    item = stores.queue.take_ticket("cash")
    called = queue_calls.call_next_at(stores, "1", "Wang")
    assert called is not None and (called.id, called.counter, called.calls) == (item.id, "1", 1)
    assert queue_calls.ITEM_ACTIONS["call_again"](stores, item.id, "Wang").calls == 2
    assert queue_calls.ITEM_ACTIONS["no_show"](stores, item.id, "Wang").status == Status.NO_SHOW
    assert queue_calls.call_next_at(stores, "1", "Wang") is None


def test_call_next_transfer_note_and_a_form_by_its_code(stores: Stores) -> None:
    item = stores.queue.take_ticket("cash")
    called = queue_calls.call_next(stores, "Wang")
    assert called is not None and called.id == item.id
    moved = queue_calls.transfer(stores, item.id, "loan", "Wang", None)
    assert (moved.service, moved.created_at) == ("loan", item.created_at)
    noted = queue_calls.add_note(stores, item.id, "Wang", "Brought her passport")
    assert noted.notes[-1]["text"] == "Brought her passport"
    draft = stores.drafts.create("lost_card", "card_block", {"phone": "138"}, "kiosk-1")
    assert queue_calls.look_up_draft(stores, draft.code, "Wang").fields == {"phone": "138"}


def test_refusals_and_calls_are_said_in_the_staff_language() -> None:
    en = load_catalogs(locales_dir())["en"]
    taken = dataclasses.replace(ticket(Status.CALLED), claimed_by="Li")
    assert action_refusal(AlreadyClaimed(taken), en) == en.text(
        "staff.claimed_by_other", number="A004", name="Li"
    )
    assert action_refusal(ValueError("The queue is closed."), en) == "The queue is closed."
    called = ticket(Status.CALLED, counter="3", calls=2)
    assert called_words(called, COUNTERS, en) == "Called 2 times at Counter 3"
    # A counter since removed is still named by its number.
    assert called_words(called, [], en) == "Called 2 times at Counter 3"
