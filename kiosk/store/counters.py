"""Counters, calling a ticket to a counter, recalls, transfers, and the lobby's view.

Every change runs in one ``BEGIN IMMEDIATE`` transaction with its audit row (as
the queue store does), so two counters can never call the same customer and a
call the lobby shows is never lost.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.core import ids
from kiosk.queue.counters import (
    RECENT_CALLS,
    CallRecord,
    Counter,
    CounterError,
    LobbyState,
    UnknownCounter,
    check_counter_id,
    check_direction,
    check_names,
    check_services,
)
from kiosk.queue.models import (
    AlreadyClaimed,
    QueueError,
    QueueItem,
    Status,
    label,
)
from kiosk.store.audit import write_audit
from kiosk.store.clock import Clock, aware, local_day, local_now, parse_stamp, stamp
from kiosk.store.database import fetch_all, fetch_value
from kiosk.store.dialect import Database, note_change, skip_locked
from kiosk.store.event_log import record_item
from kiosk.store.items import ORDER_BY, load_item, update_item
from kiosk.store.queue_staff import joined_at, staff_name
from kiosk.store.queue_store import SqliteQueueStore


def _natural(counter_id: str) -> tuple[int, str]:
    """Counter 2 before counter 10."""
    return (int(counter_id), "") if counter_id.isdigit() else (10**9, counter_id.lower())


class CounterStore:
    """Counters (kiosk.toml's and the database's) and calling customers to them.

    Args:
        db: The open database.
        queue: The queue store on the same database (its day roll-over runs first,
            so yesterday's A001 is never called before today's).
        declared: Counters from kiosk.toml (``Config.counters``).
        now: The clock.
    """

    def __init__(
        self,
        db: Database,
        queue: SqliteQueueStore,
        declared: Sequence[Counter] = (),
        *,
        now: Clock = local_now,
    ) -> None:
        self._db = db
        self._queue = queue
        self._declared = {c.id: c for c in declared}
        self._now = now

    # -- counters ----------------------------------------------------------------

    def list_all(self) -> list[Counter]:
        """Every counter, kiosk.toml's and the database's, by number."""
        with self._db.read() as conn:
            return self._all(conn)

    def _all(self, conn: sqlite3.Connection) -> list[Counter]:
        found = dict(self._declared)
        for row in fetch_all(conn, "SELECT * FROM counters"):
            if row["id"] not in found:  # kiosk.toml wins over a stale database row
                found[row["id"]] = _counter(row)
        return sorted(found.values(), key=lambda c: _natural(c.id))

    def get(self, counter_id: str) -> Counter:
        """The counter, or :class:`UnknownCounter` listing the known ones."""
        with self._db.read() as conn:
            return self._get(conn, counter_id)

    def _get(self, conn: sqlite3.Connection, counter_id: str) -> Counter:
        every = self._all(conn)
        found = next((c for c in every if c.id.lower() == str(counter_id).strip().lower()), None)
        if found is None:
            raise UnknownCounter(str(counter_id), [c.id for c in every])
        return found

    def add(
        self,
        counter_id: str,
        services: Sequence[str],
        *,
        names: Mapping[str, str] | None = None,
        direction: str | None = None,
        by: str,
    ) -> Counter:
        """Add a counter to the database (audited as ``counter_add``).

        Raises:
            CounterError: a bad id, service, name or direction, or the id is taken.
        """
        who = staff_name(by)
        cid = check_counter_id(counter_id)
        counter = Counter(
            cid,
            check_services(services, cid),
            check_names(names or {}, cid),
            check_direction(direction, cid),
        )
        with self._db.write() as conn:
            taken = next((c for c in self._all(conn) if c.id.lower() == cid.lower()), None)
            if taken is not None:
                where = "kiosk.toml" if taken.declared else "the database"
                raise CounterError(f"counter {taken.id} already exists (in {where})")
            at = self._stamp()
            conn.execute(
                "INSERT INTO counters (id, services, names, direction, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    cid,
                    json.dumps(list(counter.services)),
                    json.dumps(dict(counter.names), ensure_ascii=False),
                    counter.direction,
                    at,
                    who,
                ),
            )
            note_change(conn, "counters", cid)
            write_audit(conn, at, who, "counter_add", None, f"{cid}: {','.join(counter.services)}")
        return counter

    def remove(self, counter_id: str, *, by: str) -> Counter:
        """Remove a database counter (audited). Its past calls stay for reports.

        Raises:
            UnknownCounter: no such counter.
            CounterError: it is declared in kiosk.toml (remove it there).
        """
        who = staff_name(by)
        with self._db.write() as conn:
            counter = self._get(conn, counter_id)
            if counter.declared:
                raise CounterError(
                    f"counter {counter.id} is declared in kiosk.toml; remove it there"
                )
            conn.execute("DELETE FROM counters WHERE id = ?", (counter.id,))
            note_change(conn, "counters", counter.id)
            write_audit(conn, self._stamp(), who, "counter_remove", None, counter.id)
        return counter

    # -- calling -------------------------------------------------------------------

    def _event(self, conn: Any, action: str, item_id: int, at: str, before: QueueItem) -> QueueItem:
        """The insight event for ``action``, in the same transaction; the item as now."""
        item = load_item(conn, item_id)
        record_item(conn, action, item, at, aware(self._now()).tzinfo, before)
        return item

    def call_next(self, counter_id: str, staff: str) -> QueueItem | None:
        """Call the next ticket this counter serves, by priority then arrival.

        Tickets sent to this counter by a transfer are called here whatever their
        service; tickets sent to another counter are not called here.

        Returns:
            The called ticket (status ``called``, ``counter`` set, ``calls`` 1),
            or None when nobody is waiting for this counter.

        Raises:
            UnknownCounter: no such counter.
            CounterError: the counter serves no service.
        """
        name = staff_name(staff)
        self._queue.roll_over()
        with self._db.write() as conn:
            counter = self._get(conn, counter_id)
            if not counter.services:
                raise CounterError(f"counter {counter.id} serves no service; nothing to call")
            marks = ", ".join("?" * len(counter.services))
            found = fetch_value(
                conn,
                "SELECT id FROM items WHERE status = 'waiting' AND kind = 'ticket' "
                f"AND (counter = ? OR (counter IS NULL AND service IN ({marks}))) "
                f"ORDER BY {ORDER_BY} LIMIT 1" + skip_locked(conn),
                (counter.id, *counter.services),
            )
            if found is None:
                return None
            item = load_item(conn, int(found))
            at = self._stamp()
            update_item(
                conn,
                item.id,
                {
                    "status": Status.CALLED.value,
                    "claimed_by": name,
                    "called_at": at,
                    "updated_at": at,
                    "counter": counter.id,
                    "calls": 1,
                },
            )
            _record_call(conn, item.id, at, counter.id, name, "call")
            write_audit(conn, at, name, "call_next", item.id, f"{item.label} → {counter.id}")
            return self._event(conn, "call_next", item.id, at, item)

    def recall(self, item_id: int, staff: str) -> QueueItem:
        """Call a called ticket again (the lobby flashes and says it again); counted.

        Raises:
            AlreadyClaimed: another member of staff called it.
            QueueError: it is not waiting at a counter (not called, or already served).
        """
        name = staff_name(staff)
        with self._db.write() as conn:
            item = load_item(conn, item_id)
            if item.claimed_by not in (None, name):
                raise AlreadyClaimed(item)
            if item.status is not Status.CALLED or item.counter is None:
                raise QueueError(
                    f"{item.label} is {item.status.value}, not called to a counter; "
                    "only a called number can be called again"
                )
            at = self._stamp()
            update_item(conn, item.id, {"calls": item.calls + 1, "updated_at": at})
            _record_call(conn, item.id, at, item.counter, name, "recall")
            write_audit(
                conn,
                at,
                name,
                "recall",
                item.id,
                f"{item.label} → {item.counter} (call {item.calls + 1})",
            )
            return self._event(conn, "recall", item.id, at, item)

    def transfer(
        self, item_id: int, service: str, staff: str, counter: str | None = None
    ) -> QueueItem:
        """Send an open item to another service's queue (or a counter); it keeps its
        arrival time, so it does not go to the back of the queue.

        The segment it leaves (which queue, waited and served times) is recorded.

        Raises:
            UnknownService: ``service`` is not a queue service.
            UnknownCounter: ``counter`` is given and unknown.
            AlreadyClaimed: another member of staff has it.
            QueueError: it is closed, or already waits in that very place.
        """
        if counter is None:
            return self._queue.transfer(item_id, service, staff)
        with self._db.read() as conn:
            target = self._get(conn, counter).id
        return self._queue.transfer(item_id, service, staff, target)

    def segments(self, item_id: int) -> list[dict[str, Any]]:
        """Each queue the item went through, oldest first, with ``waited_seconds`` and
        ``served_seconds`` (None while not yet known); the last is the current one."""
        with self._db.read() as conn:
            item = load_item(conn, item_id)
            rows = fetch_all(
                conn,
                "SELECT service, counter, joined_at, called_at, serving_at, ended_at, outcome "
                "FROM segments WHERE item_id = ? ORDER BY id",
                (item.id,),
            )
            rows.append(
                {
                    "service": item.service or "help",
                    "counter": item.counter,
                    "joined_at": joined_at(conn, item),
                    "called_at": item.called_at,
                    "serving_at": item.serving_at,
                    "ended_at": item.closed_at,
                    "outcome": item.status.value,
                }
            )
        for row in rows:
            row["waited_seconds"] = _seconds(
                row["joined_at"], row["called_at"] or row["serving_at"]
            )
            row["served_seconds"] = _seconds(row["serving_at"], row["ended_at"])
        return rows

    # -- the lobby -------------------------------------------------------------------

    def lobby_state(self, recent: int = RECENT_CALLS) -> LobbyState:
        """Today's latest calls (one per ticket, newest first), people waiting per
        service and the counters, read in one transaction."""
        today = local_day(aware(self._now()))
        with self._db.read() as conn:
            rows = fetch_all(
                conn,
                "SELECT c.id, c.item_id, c.at, c.counter, c.staff, c.kind, "
                "i.series, i.number, i.service, i.locale FROM calls c "
                "JOIN items i ON i.id = c.item_id "
                "WHERE i.day = ? AND c.id IN (SELECT MAX(id) FROM calls GROUP BY item_id) "
                "ORDER BY c.id DESC LIMIT ?",
                (today, recent + 1),
            )
            waiting = {
                str(service): int(count)
                for service, count in conn.execute(
                    "SELECT service, COUNT(*) FROM items WHERE status = 'waiting' "
                    "AND kind = 'ticket' AND day = ? GROUP BY service",
                    (today,),
                )
            }
            counters = {c.id: c for c in self._all(conn)}
        calls = tuple(
            CallRecord(
                id=r["id"],
                item_id=r["item_id"],
                number=label(r["series"], r["number"]),
                service=r["service"],
                counter=r["counter"],
                staff=r["staff"],
                kind=r["kind"],
                at=r["at"],
                locale=r["locale"],
            )
            for r in rows
        )
        ordered = {s: waiting[s] for s in ids.QUEUE_SERVICES if waiting.get(s)}
        return LobbyState(calls, ordered, counters, calls[0].id if calls else 0)

    def _stamp(self) -> str:
        return stamp(self._now())


def _counter(row: Mapping[str, Any]) -> Counter:
    try:
        services = tuple(json.loads(row["services"]))
        names = json.loads(row["names"] or "{}")
    except ValueError:  # a hand-edited row: show it, serving nothing, rather than fail
        services, names = (), {}
    return Counter(row["id"], services, names if isinstance(names, dict) else {}, row["direction"])


def _record_call(
    conn: sqlite3.Connection, item_id: int, at: str, counter: str, staff: str, kind: str
) -> None:
    row = conn.execute(
        "INSERT INTO calls (item_id, at, counter, staff, kind) VALUES (?, ?, ?, ?, ?) RETURNING id",
        (item_id, at, counter, staff, kind),
    ).fetchone()
    note_change(conn, "calls", row[0])


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return round((parse_stamp(end) - parse_stamp(start)).total_seconds(), 3)
