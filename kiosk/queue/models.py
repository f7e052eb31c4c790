"""Queue items (tickets and help requests), their states and the store port."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from kiosk.core.errors import KioskError


class Kind(StrEnum):
    TICKET = "ticket"
    HELP = "help"


class Status(StrEnum):
    WAITING = "waiting"
    CALLED = "called"  # a ticket called to a counter, or a help request claimed by staff
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


OPEN_STATUSES = frozenset({Status.WAITING, Status.CALLED, Status.SERVING})

# Which status may follow which. Anything else is refused with a clear message.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.WAITING: frozenset({Status.CALLED, Status.SERVING, Status.CANCELLED}),
    Status.CALLED: frozenset(
        {Status.SERVING, Status.DONE, Status.NO_SHOW, Status.CANCELLED, Status.WAITING}
    ),
    Status.SERVING: frozenset({Status.DONE, Status.CANCELLED, Status.WAITING}),
    Status.DONE: frozenset(),
    Status.NO_SHOW: frozenset(),
    Status.CANCELLED: frozenset(),
}

# Letter prefix of each day's number series (A001 …); help requests are H.
SERIES: dict[str, str] = {
    "cash": "A",
    "account": "B",
    "card": "C",
    "loan": "D",
    "wealth": "E",
    "general": "F",
}
HELP_SERIES = "H"
# In ``call_next(services=[...])`` this name selects help requests.
HELP_QUEUE = "help"

# A help request from holding Call staff: reason "other", priority, and this
# priority_reason; staff read it as "quiet check: may be under pressure".
QUIET_CHECK = "quiet_check"
# What goes to the front: possible fraud first, then a quiet check, then
# accessibility (the store's ORDER_GROUP follows this rank).
HELP_PRIORITY_RANK: dict[str, int] = {"fraud": 0, QUIET_CHECK: 1, "mobility": 2, "hearing": 2}


def label(series: str, number: int) -> str:
    """``("A", 7)`` → ``"A007"``."""
    return f"{series}{number:03d}"


@dataclass(frozen=True)
class QueueItem:
    """A ticket or a help request, as stored.

    Timestamps are ISO-8601 UTC strings; ``context`` is the sanitised context
    card (see :mod:`kiosk.queue.context`).
    """

    id: int
    kind: Kind
    day: str
    series: str
    number: int
    service: str | None
    status: Status
    priority: bool
    created_at: str
    priority_reason: str | None = None
    kiosk_id: str | None = None
    location: str | None = None
    reason: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    claimed_by: str | None = None
    called_at: str | None = None
    serving_at: str | None = None
    closed_at: str | None = None
    updated_at: str | None = None
    notes: tuple[dict[str, str], ...] = ()
    rating: int | None = None
    thanked_staff: str | None = None
    # Counters and calling (kiosk.queue.counters): the counter it was called to
    # (or sent to by a transfer), how often it was called, the kiosk language.
    counter: str | None = None
    calls: int = 0
    locale: str | None = None

    @property
    def label(self) -> str:
        return label(self.series, self.number)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape (CLI contract): id, kind, number, service, status …"""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "number": self.label,
            "service": self.service,
            "status": self.status.value,
            "priority": self.priority,
            "created_at": self.created_at,
            "day": self.day,
            "priority_reason": self.priority_reason,
            "kiosk_id": self.kiosk_id,
            "location": self.location,
            "reason": self.reason,
            "claimed_by": self.claimed_by,
            "called_at": self.called_at,
            "serving_at": self.serving_at,
            "closed_at": self.closed_at,
            "context": self.context,
            "notes": list(self.notes),
            "counter": self.counter,
            "calls": self.calls,
            "locale": self.locale,
        }


@dataclass(frozen=True)
class WaitEstimate:
    """People ahead and a range of minutes, for "about 5 to 10 minutes"."""

    ahead: int
    low_minutes: int
    high_minutes: int


class QueueError(KioskError):
    """A queue operation was refused; the message says why, in words."""


class NotFound(QueueError):
    def __init__(self, item_id: int) -> None:
        self.item_id = item_id
        super().__init__(f"no ticket or help request with id {item_id}")


class AlreadyClaimed(QueueError):
    def __init__(self, item: QueueItem) -> None:
        self.item = item
        super().__init__(f"{item.label} is already being handled by {item.claimed_by}")


class InvalidTransition(QueueError):
    def __init__(self, item: QueueItem, target: Status) -> None:
        self.item = item
        self.target = target
        super().__init__(f"{item.label} is {item.status.value}; it cannot become {target.value}")


class UnknownService(QueueError):
    def __init__(self, service: str) -> None:
        self.service = service
        super().__init__(f"unknown service {service!r}; choose from {', '.join(SERIES)}")


class UnknownReason(QueueError):
    def __init__(self, reason: str, choices: tuple[str, ...]) -> None:
        self.reason = reason
        super().__init__(f"unknown reason {reason!r}; choose from {', '.join(choices)}")


class QueueStore(Protocol):
    """The port the kiosk, staff console and CLI use; SQLite implements it."""

    def take_ticket(
        self,
        service: str,
        *,
        priority: bool = False,
        priority_reason: str | None = None,
        kiosk_id: str | None = None,
        locale: str | None = None,
    ) -> QueueItem: ...

    def request_help(
        self,
        *,
        kiosk_id: str,
        location: str | None = None,
        reason: str | None = None,
        context: dict[str, Any] | None = None,
        quiet_check: bool = False,
    ) -> QueueItem: ...

    def set_help_reason(self, item_id: int, reason: str) -> QueueItem: ...

    def mark_quiet_check(self, item_id: int) -> QueueItem: ...

    def get(self, item_id: int) -> QueueItem: ...

    def list_open(self) -> list[QueueItem]: ...

    def claim(self, item_id: int, staff: str) -> QueueItem: ...

    def call_next(self, staff: str, services: list[str] | None = None) -> QueueItem | None: ...

    def serve(self, item_id: int, staff: str | None = None) -> QueueItem: ...

    def done(self, item_id: int, staff: str | None = None) -> QueueItem: ...

    def no_show(self, item_id: int, staff: str | None = None) -> QueueItem: ...

    def cancel(self, item_id: int, by: str | None = None) -> QueueItem: ...

    def release(self, item_id: int, staff: str) -> QueueItem: ...

    def transfer(
        self, item_id: int, service: str, staff: str, counter: str | None = None
    ) -> QueueItem: ...

    def add_note(self, item_id: int, staff: str, text: str) -> QueueItem: ...

    def people_ahead(self, item_id: int) -> int: ...

    def wait_estimate(self, item_id: int) -> WaitEstimate: ...

    def rate(self, item_id: int, score: int, thanked_staff: str | None = None) -> QueueItem: ...

    def change_token(self) -> int: ...

    def tick(self) -> None:
        """Upkeep for a long-running process: the health check, closing the day."""
