"""A booking check-in's outcome, as the check-in journey's lookup step reads it.

The queue worker checks the booking in (``stores.bookings.check_in``); these
functions turn its result or its error into the lookup's outcome and words.
"""

from __future__ import annotations

from typing import Any, Protocol

from kiosk.queue.models import QueueItem

# (outcome, words for the result page's {placeholders}); outcomes are the
# check-in journey's: ``found``, ``not_today``, ``not_found``.
Lookup = tuple[str, dict[str, str]]


class _Booking(Protocol):
    name: str
    time: str
    topic: str


def found_lookup(booking: _Booking, ticket: QueueItem) -> Lookup:
    """Checked in: the customer's name, time and topic, and their priority number."""
    details = {"name": booking.name, "time": booking.time, "topic": booking.topic}
    return "found", {**details, "number": ticket.label}


def failed_lookup(error: Exception) -> Lookup:
    """Not checked in: a booking for another day says which day; anything else is not found.

    The store's ``BookingNotToday`` carries the booking's ``day``; the store is
    not imported here (it is an adapter), so the error is read by that attribute.
    """
    day: Any = getattr(error, "day", None)
    if day:
        return "not_today", {"day": str(day)}
    return "not_found", {}
