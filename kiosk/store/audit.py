"""The audit trail: who did what to which item, written in the same transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kiosk.store.database import fetch_all


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    staff: str | None
    action: str
    item_id: int | None
    detail: str


def write_audit(
    conn: sqlite3.Connection,
    at: str,
    staff: str | None,
    action: str,
    item_id: int | None = None,
    detail: str = "",
) -> None:
    """Append one row. Call inside the write transaction of the action itself, so
    an action and its audit row are committed (or lost) together."""
    conn.execute(
        "INSERT INTO audit (at, staff, action, item_id, detail) VALUES (?, ?, ?, ?, ?)",
        (at, staff, action, item_id, detail),
    )


def read_audit(conn: sqlite3.Connection, limit: int = 100) -> list[AuditEntry]:
    """The newest ``limit`` rows, newest first."""
    rows = fetch_all(conn, "SELECT * FROM audit ORDER BY id DESC LIMIT ?", (max(0, limit),))
    return [AuditEntry(**row) for row in rows]
