"""What the staff console asks of the queue, as typed functions of the opened stores.

:meth:`kiosk.services.queue_service.QueueService.call` runs each on the queue
worker thread as ``operation(stores, *args)``. Named functions instead of store
method names in strings: mypy checks every call against the store, and a renamed
store method fails the type check rather than a click at the counter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from kiosk.queue.counters import Counter
    from kiosk.queue.models import QueueItem
    from kiosk.store import Stores
    from kiosk.store.drafts import Draft


def claim(stores: Stores, item_id: int, staff: str) -> QueueItem:
    return stores.queue.claim(item_id, staff)


def serve(stores: Stores, item_id: int, staff: str) -> QueueItem:
    return stores.queue.serve(item_id, staff)


def done(stores: Stores, item_id: int, staff: str) -> QueueItem:
    return stores.queue.done(item_id, staff)


def no_show(stores: Stores, item_id: int, staff: str) -> QueueItem:
    return stores.queue.no_show(item_id, staff)


def cancel(stores: Stores, item_id: int, staff: str) -> QueueItem:
    return stores.queue.cancel(item_id, staff)


def call_again(stores: Stores, item_id: int, staff: str) -> QueueItem:
    """Call a ticket at its counter once more (counted: "Did not come" waits for it)."""
    return stores.counters.recall(item_id, staff)


ItemAction = Callable[["Stores", int, str], "QueueItem"]

# The action panel's buttons on the selected item (kiosk.staff.actions.ACTIONS).
ITEM_ACTIONS: Final[dict[str, ItemAction]] = {
    "claim": claim,
    "serve": serve,
    "done": done,
    "call_again": call_again,
    "no_show": no_show,
    "cancel": cancel,
}


def call_next(stores: Stores, staff: str) -> QueueItem | None:
    """The next customer from every queue (a branch without counters)."""
    return stores.queue.call_next(staff)


def call_next_at(stores: Stores, counter_id: str, staff: str) -> QueueItem | None:
    """The next customer this counter serves."""
    return stores.counters.call_next(counter_id, staff)


def transfer(
    stores: Stores, item_id: int, service: str, staff: str, counter: str | None
) -> QueueItem:
    """To another service or counter; it keeps its arrival time (the segment is recorded)."""
    return stores.counters.transfer(item_id, service, staff, counter)


def add_note(stores: Stores, item_id: int, staff: str, text: str) -> QueueItem:
    return stores.queue.add_note(item_id, staff, text)


def counters(stores: Stores) -> list[Counter]:
    return stores.counters.list_all()


def look_up_draft(stores: Stores, code: str, staff: str) -> Draft:
    """A form prepared at the kiosk, by its code (the look-up is audited as ``staff``)."""
    return stores.drafts.lookup(code, staff)
