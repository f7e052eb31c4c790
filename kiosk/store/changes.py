"""What a committed write changed: the ids a PostgreSQL ``NOTIFY`` carries (issue 13).

A write transaction collects the tables it changed and, where the store code
names them, the ids of the tickets and help requests (``items``), calls and
counters it touched. The payload is compact JSON, ids only: never customer
text. PostgreSQL caps a payload at 8000 bytes, so a change too big to list
(a purge, a day's roll-over) says only which tables moved and that everything
should be reloaded. A listener decodes it and lets each screen ignore what it
does not show (the lobby display does not care about the event record).

Pure Python: used by the PostgreSQL adapter and the listeners alike.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

PAYLOAD_LIMIT = 7900  # bytes; PostgreSQL refuses more than 8000
KINDS = ("items", "calls", "counters")  # the ids a payload may name
_WRITE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)


def written_table(sql: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes, else None."""
    match = _WRITE.match(sql)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class Change:
    """One notification, decoded.

    Attributes:
        tables: The tables the transaction changed.
        ids: Per kind in :data:`KINDS`, the ids it named.
        everything: Too much to list, or a payload from an older kiosk (empty):
            reload everything.
    """

    tables: frozenset[str] = frozenset()
    ids: dict[str, frozenset[str]] = field(default_factory=dict)
    everything: bool = False

    def touches(self, tables: frozenset[str] | set[str]) -> bool:
        """Whether a screen showing ``tables`` must reload."""
        return self.everything or bool(self.tables & tables)


class ChangeSet:
    """Collects what one write transaction changed (cleared at each BEGIN)."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.ids: dict[str, set[str]] = {}

    def clear(self) -> None:
        self.tables.clear()
        self.ids.clear()

    def note(self, kind: str, key: object) -> None:
        """Name one changed row: ``kind`` in :data:`KINDS`, ``key`` its id."""
        if kind not in KINDS:
            raise ValueError(f"unknown change kind {kind!r}")
        self.tables.add(kind)
        self.ids.setdefault(kind, set()).add(str(key))

    def payload(self) -> str:
        """The NOTIFY payload: tables and ids, or tables and "all" when too long."""
        body: dict[str, object] = {"tables": sorted(self.tables)}
        for kind in KINDS:
            if self.ids.get(kind):
                body[kind] = sorted(self.ids[kind], key=_id_order)
        text = json.dumps(body, separators=(",", ":"))
        if len(text.encode()) > PAYLOAD_LIMIT:
            text = json.dumps({"tables": sorted(self.tables), "all": True}, separators=(",", ":"))
        return text


def _id_order(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (0, key)


def decode(payload: str) -> Change:
    """A payload as a :class:`Change`; anything unreadable means "reload everything"."""
    try:
        body = json.loads(payload) if payload else None
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("tables"), list):
        return Change(everything=True)
    ids = {
        kind: frozenset(str(k) for k in body[kind])
        for kind in KINDS
        if isinstance(body.get(kind), list)
    }
    tables = frozenset(str(t) for t in body["tables"])
    return Change(tables, ids, everything=bool(body.get("all")))
