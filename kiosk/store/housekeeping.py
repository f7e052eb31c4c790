"""End-of-day tidying: close leftovers, roll up counts, wipe personal text.

Numbers, statuses and timestamps stay for reports; what a customer said or
typed (context cards) and staff note texts go once a day is past retention.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import date

from kiosk.queue.models import QueueError, Status
from kiosk.store.audit import write_audit
from kiosk.store.clock import day_text
from kiosk.store.dialect import for_update, serialize
from kiosk.store.drafts import delete_drafts_before
from kiosk.store.event_log import record_item
from kiosk.store.items import OPEN_SQL, load_item


@dataclass(frozen=True)
class PurgeResult:
    """What a purge did.

    Attributes:
        days: The days whose text was wiped (now counted in ``daily_counts``).
        items: Items whose context card was wiped.
        expired: Items still open from an earlier day, now cancelled.
    """

    days: tuple[str, ...]
    items: int
    expired: int = 0

    def with_expired(self, expired: int) -> PurgeResult:
        return replace(self, expired=expired)


def checked_day(day: date | str) -> str:
    try:
        return day_text(day)
    except (TypeError, ValueError):
        raise QueueError(f"a day looks like 2025-05-31, not {day!r}") from None


def expire_open_created_before(conn: sqlite3.Connection, moment: str, at: str) -> int:
    """Cancel items still open that were created before ``moment`` (a stamp): the
    branch has closed, so the day's leftovers go as at midnight. Call inside a
    write transaction."""
    return _cancel_open(conn, "created_at", moment, at, "open at closing")


def expire_open_before(conn: sqlite3.Connection, day: date | str, at: str) -> int:
    """Cancel items still open from before ``day``: yesterday's numbers must not
    sit in today's queue next to today's A001. Also deletes earlier days' form
    drafts. Call inside a write transaction."""
    cutoff = checked_day(day)
    # Form drafts are kept only until the end of their day, whatever the retention.
    delete_drafts_before(conn, cutoff)
    return _cancel_open(conn, "day", cutoff, at, "left open")


def purge_before(conn: sqlite3.Connection, day: date | str, at: str) -> PurgeResult:
    """Roll days before ``day`` into ``daily_counts`` and wipe their personal text.

    Idempotent: a day is counted from all its items each time it is purged, and
    items already purged are skipped. Call inside a write transaction.
    """
    cutoff = checked_day(day)
    serialize(conn, "purge")  # two processes purging at once would both count a day
    expired = expire_open_before(conn, cutoff, at)
    # Bookings carry customers' names: they go with the rest of past days' personal text.
    conn.execute("DELETE FROM bookings WHERE day < ?", (cutoff,))
    days = [
        str(row[0])
        for row in conn.execute(
            "SELECT DISTINCT day FROM items WHERE day < ? AND purged = 0 ORDER BY day", (cutoff,)
        )
    ]
    if not days:
        return PurgeResult((), 0, expired)
    day_list = json.dumps(days)
    conn.execute(
        "DELETE FROM daily_counts WHERE day IN (SELECT value FROM json_each(?))", (day_list,)
    )
    conn.execute(
        "INSERT INTO daily_counts (day, kind, service, status, count) "
        "SELECT day, kind, COALESCE(service, ''), status, COUNT(*) FROM items "
        "WHERE day IN (SELECT value FROM json_each(?)) "
        "GROUP BY day, kind, COALESCE(service, ''), status",
        (day_list,),
    )
    conn.execute(
        "UPDATE notes SET text = '' "
        "WHERE item_id IN (SELECT id FROM items WHERE day < ? AND purged = 0)",
        (cutoff,),
    )
    wiped = conn.execute(
        "UPDATE items SET context = '{}', purged = 1 WHERE day < ? AND purged = 0", (cutoff,)
    ).rowcount
    return PurgeResult(tuple(days), wiped, expired)


def _cancel_open(conn: sqlite3.Connection, column: str, before: str, at: str, why: str) -> int:
    """Cancel the open items whose ``column`` (``day`` or ``created_at``) is before
    ``before``, each audited as expired with ``why``; how many."""
    rows = conn.execute(
        f"SELECT id, series, number FROM items WHERE {column} < ? AND {OPEN_SQL} ORDER BY id"
        + for_update(conn),
        (before,),
    ).fetchall()
    for item_id, series, number in rows:
        conn.execute(
            "UPDATE items SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?",
            (Status.CANCELLED.value, at, at, item_id),
        )
        write_audit(conn, at, None, "expire", item_id, f"{series}{number:03d} {why}")
        record_item(conn, "expire", load_item(conn, item_id), at)
    return len(rows)
