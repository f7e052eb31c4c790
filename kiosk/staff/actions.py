"""Which staff actions a queue item allows, and where a transfer sends it (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from kiosk.core import ids
from kiosk.queue.counters import Counter, offer_no_show
from kiosk.queue.models import QueueItem, Status

# The action panel's buttons, in their order (three to a row).
ACTIONS: Final = ("claim", "serve", "done", "call_again", "no_show", "cancel")
COUNTER_TARGET: Final = "counter:"  # a counter in the transfer list ("counter:3"), beside services


def allowed_actions(item: QueueItem | None, recalls_before_no_show: int) -> dict[str, bool]:
    """Each of :data:`ACTIONS` → whether it applies to ``item`` (None: nothing selected)."""
    status = item.status if item else None
    at_counter = item is not None and status == Status.CALLED and item.counter is not None
    return {
        "claim": status == Status.WAITING,
        "serve": status in (Status.WAITING, Status.CALLED),
        "done": status in (Status.CALLED, Status.SERVING),
        "call_again": at_counter,
        # Called to a counter: "Did not come" only after enough calls again.
        "no_show": status == Status.CALLED
        and (item is None or item.counter is None or offer_no_show(item, recalls_before_no_show)),
        "cancel": item is not None and item.is_open,
    }


def transfer_destination(
    item: QueueItem, target: str, counters: Sequence[Counter]
) -> tuple[str, str | None]:
    """(service, counter) for a transfer list entry: a service, or ``counter:<id>``.

    Sent to a counter, the item keeps its service if that counter serves it, else
    takes the counter's first service (a counter serving everything keeps any).
    """
    if not target.startswith(COUNTER_TARGET):
        return target, None
    counter = target.removeprefix(COUNTER_TARGET)
    serves = next((c.services for c in counters if c.id == counter), ())
    service = item.service if item.service in serves or not serves else serves[0]
    return service or ids.QUEUE_SERVICES[-1], counter
