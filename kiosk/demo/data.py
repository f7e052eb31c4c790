"""The demo's ready-made branch morning: a staff account, waiting tickets, a help request.

Created only by ``kiosk demo`` (and its picture), in the demo's own data dir, and
only when absent: starting the demo twice adds nothing. ``kiosk run`` never calls
this module.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from kiosk.store import Stores
from kiosk.store.errors import StaffError

if TYPE_CHECKING:  # kept Qt-free: the queue worker's types only
    from kiosk.services.queue_service import StoreFactory
    from kiosk.services.queue_service import Stores as QueueStores

log = logging.getLogger(__name__)

# Shown in the staff console's sign-in hint, in the demo only. A PIN without a
# pattern: the store refuses 123456-like ones even here.
DEMO_STAFF = "Demo"
DEMO_PIN = "582946"

# Where the demo's help request comes from (the demo's own kiosk is kiosk-1).
HELP_KIOSK = "kiosk-2"
HELP_LOCATION = "By the door"

# The customer's place when they asked for help: what the context card shows.
HELP_CONTEXT: dict[str, Any] = {
    "kiosk_name": "Kiosk by the door",
    "locale": "zh_CN",
    "text_size": 150,
    "voice_on": True,
    "screen": "journey.fraud_check.warning",
    "journey": "fraud_check",
    "step": "warning",
    "steps": [
        "language",
        "home",
        "journey.fraud_check.intro",
        "journey.fraud_check.on_phone",
        "journey.fraud_check.secret",
        "journey.fraud_check.warning",
    ],
    "chosen": ["on_phone=no", "secret=yes"],
}

# (service, priority reason) of the waiting tickets, in the order they were taken.
TICKETS: tuple[tuple[str, str | None], ...] = (
    ("account", None),
    ("cash", None),
    ("cash", "age"),
    ("loan", None),
)


@dataclass(frozen=True)
class Seeded:
    """What :func:`seed_demo_data` added (nothing when the demo had run before)."""

    staff: bool
    items: int


def seed_demo_data(stores: Stores) -> Seeded:
    """Add the demo staff account and a morning's queue, each only if absent.

    The queue is filled only when nothing is open: a second start on the same
    day adds nothing, and the next day (yesterday's numbers are closed at
    start-up) the demo's morning starts again.
    """
    staff = DEMO_STAFF not in stores.staff.names()
    if staff:
        try:
            stores.staff.add(DEMO_STAFF, DEMO_PIN)
        except StaffError as exc:  # a look-alike name exists: the queue still works
            log.warning("demo data: no %s account: %s", DEMO_STAFF, exc)
            staff = False
    items = 0
    if not stores.queue.list_open():
        for service, reason in TICKETS:
            stores.queue.take_ticket(service, priority_reason=reason, kiosk_id="kiosk-1")
            items += 1
        stores.queue.request_help(
            kiosk_id=HELP_KIOSK, location=HELP_LOCATION, reason="fraud", context=HELP_CONTEXT
        )
        items += 1
    if staff or items:
        log.info("demo data: staff account %s, %d queue items", "added" if staff else "kept", items)
    return Seeded(staff, items)


def with_demo_data(factory: StoreFactory) -> StoreFactory:
    """A store factory that seeds the demo data right after opening (on the worker thread)."""

    def open_seeded() -> QueueStores:
        stores = factory()
        seed_demo_data(cast(Stores, stores))  # the root's factory opens kiosk.store's Stores
        return stores

    return open_seeded
