"""Staff-side queue operations: claim, call next, serve, close, release, transfer, note.

Each runs in one ``BEGIN IMMEDIATE`` transaction that also writes its audit row,
so an action and its audit entry are committed (or lost) together, and two
members of staff can never both get the same customer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import time
from typing import Any

from kiosk.core.text import printable, shown
from kiosk.queue.context import clean_text, mask_entries
from kiosk.queue.models import (
    HELP_QUEUE,
    SERIES,
    TRANSITIONS,
    AlreadyClaimed,
    InvalidTransition,
    Kind,
    QueueError,
    QueueItem,
    Status,
    UnknownService,
)
from kiosk.store.audit import write_audit
from kiosk.store.clock import Clock, aware, local_now, stamp
from kiosk.store.database import KioskDatabase, fetch_value
from kiosk.store.dialect import Database, skip_locked
from kiosk.store.event_log import record_item
from kiosk.store.items import ORDER_BY, insert_note, load_item, update_item

MAX_NAME = 60
MAX_NOTE = 500
Changes = Callable[[QueueItem, str], dict[str, Any]]


def parse_closing_time(text: str) -> time | None:
    """``"HH:MM"`` → a time; ``""`` → None (the day then ends at midnight)."""
    if not text.strip():
        return None
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except ValueError:
        raise QueueError(f"a closing time looks like 18:00, not {text!r}") from None


def staff_name(staff: str) -> str:
    """The trimmed name; refuses empty or overlong names."""
    name = staff.strip(" ") if isinstance(staff, str) else ""
    if not name or len(name) > MAX_NAME:
        raise QueueError(f"a staff name of 1 to {MAX_NAME} characters is needed")
    if not printable(name):
        raise QueueError(f"a staff name has no control characters or line breaks: {shown(staff)}")
    return name


def check_transition(item: QueueItem, target: Status) -> None:
    if target not in TRANSITIONS[item.status]:
        raise InvalidTransition(item, target)


class QueueStoreBase:
    """The database, the clock and settings shared by the queue store's parts."""

    def __init__(
        self,
        db: Database,
        *,
        now: Clock = local_now,
        counters: int = 2,
        closing_time: str = "",
    ) -> None:
        if not isinstance(db, KioskDatabase) and getattr(db, "dialect", None) != "postgresql":
            raise TypeError("the queue store needs a database from kiosk.store.open_database")
        self._db = db
        self._now = now
        self._counters = max(1, counters)
        self._token = 0
        self._closing = parse_closing_time(closing_time)
        self._rolled: tuple[str, bool] | None = None

    @property
    def db(self) -> Database:
        return self._db

    def _event(
        self,
        conn: sqlite3.Connection,
        action: str,
        item_id: int,
        at: str,
        before: QueueItem | None = None,
    ) -> QueueItem:
        """Record the insight event for ``action`` (same transaction); the item as now."""
        item = load_item(conn, item_id)
        record_item(conn, action, item, at, aware(self._now()).tzinfo, before)
        return item

    def _stamp(self) -> str:
        return stamp(self._now())

    def roll_over(self) -> int:
        """Close what the day's end leaves open (see :class:`SqliteQueueStore`)."""
        return 0


class StaffActions(QueueStoreBase):
    """What staff do to queue items (part of :class:`SqliteQueueStore`)."""

    def claim(self, item_id: int, staff: str) -> QueueItem:
        """Take an item: status called, claimed by ``staff``.

        Raises:
            AlreadyClaimed: someone else has it (claiming your own again is fine).
            InvalidTransition: it is already being served or closed.
        """
        name = staff_name(staff)
        with self._db.write() as conn:
            return self._claim(conn, load_item(conn, item_id), name, "claim")

    def call_next(self, staff: str, services: list[str] | None = None) -> QueueItem | None:
        """Claim the first waiting item in queue order, atomically.

        Args:
            staff: Who calls.
            services: Only tickets of these services (add ``"help"`` for help
                requests); None means every waiting item.

        Returns:
            The claimed item, or None when nobody is waiting.
        """
        name = staff_name(staff)
        where = "status = 'waiting'"
        params: tuple[str, ...] = ()
        if services is not None:
            unknown = [s for s in services if s not in SERIES and s != HELP_QUEUE]
            if unknown:
                raise UnknownService(unknown[0])
            tickets = tuple(s for s in services if s in SERIES)
            parts = []
            if tickets:
                marks = ", ".join("?" * len(tickets))
                parts.append(f"(kind = 'ticket' AND service IN ({marks}))")
            if HELP_QUEUE in services:
                parts.append("kind = 'help'")
            if not parts:
                return None
            where, params = f"{where} AND ({' OR '.join(parts)})", tickets
        self.roll_over()  # never call yesterday's A001 before today's
        with self._db.write() as conn:
            found = fetch_value(
                conn,
                f"SELECT id FROM items WHERE {where} ORDER BY {ORDER_BY} LIMIT 1"
                + skip_locked(conn),
                params,
            )
            if found is None:
                return None
            return self._claim(conn, load_item(conn, int(found)), name, "call_next")

    def _claim(
        self, conn: sqlite3.Connection, item: QueueItem, staff: str, action: str
    ) -> QueueItem:
        if item.is_open and item.claimed_by is not None:
            if item.claimed_by != staff:
                raise AlreadyClaimed(item)
            if item.status in (Status.CALLED, Status.SERVING):
                return item  # already theirs: nothing changes, nothing to audit
        check_transition(item, Status.CALLED)
        at = self._stamp()
        update_item(
            conn,
            item.id,
            {"status": Status.CALLED.value, "claimed_by": staff, "called_at": at, "updated_at": at},
        )
        write_audit(conn, at, staff, action, item.id, item.label)
        return self._event(conn, action, item.id, at)

    def serve(self, item_id: int, staff: str | None = None) -> QueueItem:
        """The customer is at the counter (or staff are with them)."""
        name = staff_name(staff) if staff is not None else None
        return self._move(
            item_id,
            Status.SERVING,
            name,
            "serve",
            lambda item, at: {"serving_at": at, "claimed_by": item.claimed_by or name},
        )

    def done(self, item_id: int, staff: str | None = None) -> QueueItem:
        return self._move(item_id, Status.DONE, staff, "done", lambda _, at: {"closed_at": at})

    def no_show(self, item_id: int, staff: str | None = None) -> QueueItem:
        return self._move(
            item_id, Status.NO_SHOW, staff, "no_show", lambda _, at: {"closed_at": at}
        )

    def cancel(self, item_id: int, by: str | None = None) -> QueueItem:
        """Cancel an open item; audited when a member of staff (``by``) does it."""
        return self._move(
            item_id,
            Status.CANCELLED,
            by,
            "cancel" if by else None,
            lambda _, at: {"closed_at": at},
            claimant_only=False,
        )

    def release(self, item_id: int, staff: str) -> QueueItem:
        """Put a called (or serving) item back in the queue, at its old place."""
        return self._move(
            item_id,
            Status.WAITING,
            staff_name(staff),
            "release",
            # Back in its queue for any counter to call (kiosk.store.counters).
            lambda _, at: {
                "claimed_by": None,
                "called_at": None,
                "serving_at": None,
                "counter": None,
                "calls": 0,
            },
        )

    def _move(
        self,
        item_id: int,
        target: Status,
        staff: str | None,
        action: str | None,
        changes: Changes,
        *,
        claimant_only: bool = True,
    ) -> QueueItem:
        name = staff_name(staff) if staff is not None else None
        with self._db.write() as conn:
            item = load_item(conn, item_id)
            taken_by_other = item.claimed_by is not None and item.claimed_by != name
            if claimant_only and name is not None and item.is_open and taken_by_other:
                raise AlreadyClaimed(item)
            check_transition(item, target)
            at = self._stamp()
            update_item(
                conn, item.id, {"status": target.value, "updated_at": at, **changes(item, at)}
            )
            if action is not None:
                write_audit(conn, at, name, action, item.id, item.label)
            return self._event(conn, action or target.value, item.id, at)

    def transfer(
        self, item_id: int, service: str, staff: str, counter: str | None = None
    ) -> QueueItem:
        """Send an open item to another service's queue (or a counter); it keeps its
        number and its arrival time, so it does not go to the back of the queue. A help
        request becomes a ticket of that service.

        The segment it leaves (which queue, waited and served times) is recorded.

        Args:
            counter: A counter's id, already checked (:meth:`CounterStore.transfer`).

        Raises:
            UnknownService: ``service`` is not a queue service.
            AlreadyClaimed: another member of staff has it.
            QueueError: it is closed, or already waits in that very place.
        """
        name = staff_name(staff)
        if service not in SERIES:
            raise UnknownService(str(service))
        with self._db.write() as conn:
            item = load_item(conn, item_id)
            if item.is_open and item.claimed_by not in (None, name):
                raise AlreadyClaimed(item)
            if item.status is not Status.WAITING:
                check_transition(item, Status.WAITING)
            waits_at = item.counter if item.status is Status.WAITING else None
            if item.kind is Kind.TICKET and item.service == service and waits_at == counter:
                where = f"counter {counter}" if counter else f"the {service} queue"
                raise QueueError(f"{item.label} is already waiting for {where}")
            at = self._stamp()
            origin = item.service or HELP_QUEUE
            conn.execute(
                "INSERT INTO segments (item_id, service, counter, joined_at, called_at, "
                "serving_at, ended_at, outcome, staff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (item.id, origin, item.counter, joined_at(conn, item), item.called_at,
                 item.serving_at, at, "transferred", name),
            )  # fmt: skip
            update_item(
                conn,
                item.id,
                {
                    "kind": Kind.TICKET.value,
                    "service": service,
                    "status": Status.WAITING.value,
                    "claimed_by": None,
                    "called_at": None,
                    "serving_at": None,
                    "counter": counter,
                    "calls": 0,
                    "segment_at": at,
                    "updated_at": at,
                },
            )
            place = service + (f", counter {counter}" if counter else "")
            insert_note(conn, item.id, at, name, f"moved from {origin} to {place}")
            write_audit(conn, at, name, "transfer", item.id, f"{item.label} {origin} → {place}")
            return self._event(conn, "transfer", item.id, at, item)

    def add_note(self, item_id: int, staff: str, text: str) -> QueueItem:
        """A note for colleagues (numbers and PINs masked, at most 500 characters).

        A number split over this note and the one before ("4111 1111", then
        "1111 1111") is masked in both.
        """
        name = staff_name(staff)
        clean = clean_text(text, MAX_NOTE) if isinstance(text, str) else ""
        if not clean:
            raise QueueError("a note needs some words")
        with self._db.write() as conn:
            item = load_item(conn, item_id)
            at = self._stamp()
            last = conn.execute(
                "SELECT id, text FROM notes WHERE item_id = ? ORDER BY id DESC LIMIT 1", (item.id,)
            ).fetchone()
            if last is not None:
                before, joined = mask_entries([str(last[1]), text])
                clean = clean_text(joined, MAX_NOTE)
                if before != last[1]:
                    conn.execute("UPDATE notes SET text = ? WHERE id = ?", (before, last[0]))
            insert_note(conn, item.id, at, name, clean)
            update_item(conn, item.id, {"updated_at": at})
            # The audit keeps that a note was written, not its words: those are purged.
            write_audit(conn, at, name, "note", item.id, f"{item.label} ({len(clean)} characters)")
            return load_item(conn, item.id)


def joined_at(conn: Any, item: QueueItem) -> str:
    """When the item joined the queue it waits in now (a transfer starts a new segment)."""
    joined = fetch_value(conn, "SELECT segment_at FROM items WHERE id = ?", (item.id,))
    return str(joined or item.created_at)
