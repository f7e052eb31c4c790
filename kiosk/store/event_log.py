"""Appending to and trimming the insight event record (table ``events``).

Kiosk events arrive in batches from the event recorder (one transaction per
batch). Queue events are written by the queue store inside the transaction of
the action itself, so a ticket and its "issued" event are committed together.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo

from kiosk.insight import events as ev
from kiosk.insight.events import COLUMNS, COUNT_COLUMNS, Event, count_key
from kiosk.queue.models import Kind, QueueItem, Status
from kiosk.store.clock import parse_stamp
from kiosk.store.database import KioskDatabase
from kiosk.store.dialect import Database

log = logging.getLogger(__name__)

_INSERT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"

# Queue actions (the audit's names) → event kinds.
_QUEUE_ACTIONS = {
    "issue": ev.TICKET_ISSUED,
    "claim": ev.TICKET_CALLED,
    "call_next": ev.TICKET_CALLED,
    "recall": ev.TICKET_RECALLED,
    "serve": ev.TICKET_SERVING,
    "done": ev.TICKET_SERVED,
    "no_show": ev.TICKET_NO_SHOW,
    "cancel": ev.TICKET_CANCELLED,
    "cancelled": ev.TICKET_CANCELLED,  # by the customer (not audited)
    "expire": ev.TICKET_CANCELLED,
    "transfer": ev.TICKET_TRANSFERRED,
    "release": ev.TICKET_RELEASED,
    "rate": ev.RATING,
}


_COUNT = (
    f"INSERT INTO event_counts ({', '.join(COUNT_COLUMNS)}, count) "
    f"VALUES ({', '.join('?' * (len(COUNT_COLUMNS) + 1))}) "
    f"ON CONFLICT ({', '.join(COUNT_COLUMNS)}) "
    # Qualified: PostgreSQL finds a bare "count" ambiguous (the row or the new values).
    "DO UPDATE SET count = event_counts.count + excluded.count"
)


def append(conn: sqlite3.Connection, batch: Iterable[Event]) -> int:
    """Insert cleaned events (call inside a write transaction); how many."""
    rows = [tuple(e.cleaned().row().values()) for e in batch]
    return append_rows(conn, rows)


def append_rows(conn: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> int:
    """Insert rows already in ``COLUMNS`` order (cleaned), and count them for the report."""
    conn.executemany(_INSERT, rows)
    counts = Counter(count_key(row) for row in rows)
    conn.executemany(_COUNT, [(*key, n) for key, n in counts.items()])
    return len(rows)


def append_batch(db: KioskDatabase, batch: Iterable[Event]) -> int:
    """One transaction for a batch of kiosk events; how many were written."""
    with db.write() as conn:
        return append(conn, batch)


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return round((parse_stamp(end) - parse_stamp(start)).total_seconds(), 1)


def item_event(
    action: str,
    item: QueueItem,
    at: str,
    zone: tzinfo | None = None,
    before: QueueItem | None = None,
) -> Event | None:
    """The event for a queue action on ``item`` (as it is after the action), if any.

    Args:
        action: The audit's action name (``call_next``, ``done`` …) or ``issue``/``rate``.
        item: The item after the change.
        at: The action's UTC stamp.
        zone: The branch's time zone (the store's clock); None: this machine's.
        before: For ``rate``, the item before: a second call (the thank-you after
            the rating) adds only what is new, so nothing is counted twice.
    """
    kind = _QUEUE_ACTIONS.get(action)
    if kind is None:
        return None
    moment = parse_stamp(at).astimezone(zone)
    service = item.service if item.kind is Kind.TICKET else "help"
    value: float | None = None
    detail: str | None = None
    staff = item.claimed_by
    if kind == ev.TICKET_CALLED:
        value = _seconds(item.created_at, item.called_at)
    elif kind == ev.TICKET_SERVED:
        value = _seconds(item.serving_at or item.called_at, item.closed_at)
    elif kind == ev.TICKET_CANCELLED and item.status is Status.CANCELLED:
        # Never called and gone: the customer walked out (or the day ended first).
        detail = ev.WALK_OUT if item.called_at is None else None
    elif kind == ev.RATING:
        rated_before = before.rating if before is not None else None
        thanked_before = before.thanked_staff if before is not None else None
        new_score = item.rating is not None and item.rating != rated_before
        value = float(item.rating) if new_score and item.rating is not None else None
        detail = ev.THANKED if item.thanked_staff and not thanked_before else None
        if value is None and detail is None:
            return None
        staff = item.thanked_staff or item.claimed_by
    return Event(
        moment, kind, item.kiosk_id, service=service, detail=detail, value=value, staff=staff
    )


def record_item(
    conn: sqlite3.Connection,
    action: str,
    item: QueueItem,
    at: str,
    zone: tzinfo | None = None,
    before: QueueItem | None = None,
) -> None:
    """Append the event for a queue action, inside that action's transaction.

    A failure here (a damaged or missing events table) is logged and undone on
    its own: a ticket must never be refused because the report lost a row.
    """
    event = item_event(action, item, at, zone, before)
    if event is None:
        return
    conn.execute("SAVEPOINT insight_event")
    try:
        append(conn, [event])
    except Exception as exc:  # sqlite3's or psycopg's: the report never refuses a ticket
        conn.execute("ROLLBACK TO insight_event")
        log.warning("queue event %s not recorded: %s", event.kind, exc)
    finally:
        conn.execute("RELEASE insight_event")


def purge_before(db: Database, day: date | str) -> int:
    """Delete events of local days before ``day`` (retention); how many."""
    cutoff = day if isinstance(day, str) else day.isoformat()
    with db.write() as conn:
        conn.execute("DELETE FROM event_counts WHERE day < ?", (cutoff,))
        deleted: int = conn.execute("DELETE FROM events WHERE day < ?", (cutoff,)).rowcount
        return deleted


def keep_days(db: Database, days: int, today: datetime | None = None) -> int:
    """Keep the last ``days`` local days of events (0: only today); how many went."""
    now = today or datetime.now().astimezone()
    return purge_before(db, (now.date() - timedelta(days=days)).isoformat())
