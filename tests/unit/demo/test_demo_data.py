"""The demo's ready-made morning, in a real SQLite file: created once, never twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.demo.data import DEMO_PIN, DEMO_STAFF, TICKETS, Seeded, seed_demo_data, with_demo_data
from kiosk.queue.models import Kind
from kiosk.store import Stores, open_stores


@pytest.fixture
def stores(data_dir: Path) -> Iterator[Stores]:
    opened = open_stores(Config(), data_dir)
    yield opened
    opened.close()


def test_the_demo_starts_with_a_staff_account_tickets_and_a_help_request(stores: Stores) -> None:
    assert seed_demo_data(stores) == Seeded(staff=True, items=len(TICKETS) + 1)
    assert stores.staff.names() == [DEMO_STAFF]
    assert stores.staff.verify(DEMO_STAFF, DEMO_PIN)
    items = stores.queue.list_open()
    assert sum(i.kind == Kind.TICKET for i in items) == len(TICKETS)
    (help_item,) = [i for i in items if i.kind == Kind.HELP]
    # The context card staff see: where the customer was, in what language.
    assert help_item.reason == "fraud" and help_item.priority
    assert help_item.context["screen"] == "journey.fraud_check.warning"
    assert help_item.context["locale"] == "zh_CN"


def test_starting_the_demo_again_adds_nothing(stores: Stores, data_dir: Path) -> None:
    seed_demo_data(stores)
    before = [i.id for i in stores.queue.list_open()]
    assert seed_demo_data(stores) == Seeded(staff=False, items=0)
    assert [i.id for i in stores.queue.list_open()] == before
    assert stores.staff.names() == [DEMO_STAFF]


def test_a_queue_in_use_is_not_topped_up(stores: Stores) -> None:
    stores.queue.take_ticket("cash")
    assert seed_demo_data(stores).items == 0
    assert len(stores.queue.list_open()) == 1


def test_the_seeding_factory_opens_then_seeds(data_dir: Path) -> None:
    opened = with_demo_data(lambda: open_stores(Config(), data_dir))()
    try:
        assert DEMO_STAFF in opened.staff.names()
        assert len(opened.queue.list_open()) == len(TICKETS) + 1
    finally:
        opened.close()


def test_a_look_alike_staff_name_leaves_the_queue_working(stores: Stores) -> None:
    stores.staff.add("DEMO", "731946")  # same skeleton as "Demo": the store refuses a second
    seeded = seed_demo_data(stores)
    assert seeded == Seeded(staff=False, items=len(TICKETS) + 1)
    assert stores.staff.names() == ["DEMO"]
