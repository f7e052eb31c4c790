"""Rows of the ``items`` and ``notes`` tables ↔ :class:`QueueItem` (no rules here)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from kiosk.queue.models import Kind, NotFound, QueueItem, Status
from kiosk.store.database import fetch_all
from kiosk.store.dialect import for_update, note_change

# Queue order (models.HELP_PRIORITY_RANK): possible fraud first, then a quiet
# check (Call staff held), then other priority items (accessibility help,
# priority tickets), then everyone else; oldest first within a group, the id
# breaking ties between items created in the same millisecond.
ORDER_GROUP = (
    "CASE WHEN kind = 'help' AND reason = 'fraud' THEN 0 "
    "WHEN kind = 'help' AND priority = 1 AND priority_reason = 'quiet_check' THEN 1 "
    "WHEN priority = 1 THEN 2 ELSE 3 END"
)
ORDER_BY = f"{ORDER_GROUP}, created_at, id"
OPEN_SQL = "status IN ('waiting', 'called', 'serving')"

_COLUMNS = (
    "kind",
    "day",
    "series",
    "number",
    "service",
    "status",
    "priority",
    "priority_reason",
    "kiosk_id",
    "location",
    "reason",
    "context",
    "locale",
    "created_at",
    "updated_at",
)


def _context(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def to_item(row: dict[str, Any], notes: list[dict[str, str]] | None = None) -> QueueItem:
    return QueueItem(
        id=row["id"],
        kind=Kind(row["kind"]),
        day=row["day"],
        series=row["series"],
        number=row["number"],
        service=row["service"],
        status=Status(row["status"]),
        priority=bool(row["priority"]),
        created_at=row["created_at"],
        priority_reason=row["priority_reason"],
        kiosk_id=row["kiosk_id"],
        location=row["location"],
        reason=row["reason"],
        context=_context(row["context"]),
        claimed_by=row["claimed_by"],
        called_at=row["called_at"],
        serving_at=row["serving_at"],
        closed_at=row["closed_at"],
        updated_at=row["updated_at"],
        notes=tuple(notes or ()),
        rating=row["rating"],
        thanked_staff=row["thanked_staff"],
        counter=row.get("counter"),
        calls=row.get("calls") or 0,
        locale=row.get("locale"),
    )


def load_item(conn: sqlite3.Connection, item_id: int) -> QueueItem:
    """The item with its notes.

    Raises:
        NotFound: no item has this id.
    """
    rows = fetch_all(conn, "SELECT * FROM items WHERE id = ?" + for_update(conn), (item_id,))
    if not rows:
        raise NotFound(item_id)
    notes = fetch_all(
        conn, "SELECT at, staff, text FROM notes WHERE item_id = ? ORDER BY id", (item_id,)
    )
    return to_item(rows[0], notes)


def load_items(conn: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> list[QueueItem]:
    """Items matching ``where``, in queue order, with their notes (two queries)."""
    rows = fetch_all(conn, f"SELECT * FROM items WHERE {where} ORDER BY {ORDER_BY}", params)
    notes: dict[int, list[dict[str, str]]] = defaultdict(list)
    if rows:
        # json_each takes any number of ids without hitting SQLite's variable limit.
        for note in fetch_all(
            conn,
            "SELECT item_id, at, staff, text FROM notes "
            "WHERE item_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) ORDER BY id",
            (json.dumps([r["id"] for r in rows]),),
        ):
            item_id = note.pop("item_id")
            notes[item_id].append(note)
    return [to_item(row, notes.get(row["id"])) for row in rows]


def next_number(conn: Any, day: str, series: str) -> int:
    """Today's next number in a series, from its counter row.

    The upsert locks the row until the caller's transaction ends, so two kiosks
    never get the same number on either store, and a rollback gives the number
    back (no gap), which a sequence would not.
    """
    row = conn.execute(
        "INSERT INTO day_numbers (day, series, last) VALUES (?, ?, 1) "
        "ON CONFLICT (day, series) DO UPDATE SET last = day_numbers.last + 1 RETURNING last",
        (day, series),
    ).fetchone()
    return int(row[0])


def insert_waiting(
    conn: Any,
    kind: Kind,
    day: str,
    series: str,
    at: str,
    *,
    stamp_now: Callable[[], str] | None = None,
    **values: Any,
) -> int:
    """A new waiting item with the day's next number in its series; its id.

    Call it inside the caller's write transaction, so the number and the item
    are written together (no gap, no duplicate). ``stamp_now``, when given,
    dates the item after its number is taken: on PostgreSQL kiosks wait on the
    counter row, not before the transaction, and A002 must not be older than A001.
    """
    number = next_number(conn, day, series)
    if stamp_now is not None:
        at = stamp_now()
    return insert_item(
        conn,
        {
            **values,
            "kind": kind.value,
            "day": day,
            "series": series,
            "number": number,
            "status": Status.WAITING.value,
            "created_at": at,
            "updated_at": at,
        },
    )


def insert_item(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    """Insert a new item (``values`` keyed by column; context as a dict)."""
    record = {name: values.get(name) for name in _COLUMNS}
    record["priority"] = int(bool(values.get("priority")))
    record["context"] = json.dumps(values.get("context") or {}, ensure_ascii=False)
    names = ", ".join(record)
    marks = ", ".join("?" for _ in record)
    row = conn.execute(
        f"INSERT INTO items ({names}) VALUES ({marks}) RETURNING id", tuple(record.values())
    ).fetchone()
    note_change(conn, "items", row[0])
    return int(row[0])


def update_item(conn: sqlite3.Connection, item_id: int, changes: dict[str, Any]) -> None:
    """Set some columns of one item (column names come from our code, never input)."""
    assignments = ", ".join(f"{name} = ?" for name in changes)
    conn.execute(f"UPDATE items SET {assignments} WHERE id = ?", (*changes.values(), item_id))
    note_change(conn, "items", item_id)


def insert_note(conn: sqlite3.Connection, item_id: int, at: str, staff: str, text: str) -> None:
    conn.execute(
        "INSERT INTO notes (item_id, at, staff, text) VALUES (?, ?, ?, ?)",
        (item_id, at, staff, text),
    )
