"""What a NOTIFY payload says: tables and ids, within PostgreSQL's 8000 bytes."""

from __future__ import annotations

import json

import pytest

from kiosk.store.changes import PAYLOAD_LIMIT, ChangeSet, decode, written_table


def test_the_payload_names_tables_and_ids_and_decodes_back() -> None:
    changed = ChangeSet()
    changed.tables.update({"items", "audit", "events"})
    changed.note("items", 12)
    changed.note("items", 3)
    changed.note("calls", 40)
    changed.note("counters", "3")
    payload = changed.payload()
    assert json.loads(payload) == {
        "tables": ["audit", "calls", "counters", "events", "items"],
        "items": ["3", "12"],
        "calls": ["40"],
        "counters": ["3"],
    }
    change = decode(payload)
    assert change.ids == {
        "items": frozenset({"3", "12"}),
        "calls": frozenset({"40"}),
        "counters": frozenset({"3"}),
    }
    assert not change.everything
    assert change.touches(frozenset({"calls"})) and not change.touches(frozenset({"drafts"}))


def test_too_many_ids_say_reload_everything_within_the_limit() -> None:
    changed = ChangeSet()
    changed.tables.add("items")
    for item in range(5000):  # a purge or a day's roll-over
        changed.note("items", 100_000 + item)
    payload = changed.payload()
    assert len(payload.encode()) <= PAYLOAD_LIMIT < 8000
    change = decode(payload)
    assert change.everything and change.tables == {"items"} and not change.ids


def test_only_the_event_record_changed_wakes_no_queue_screen() -> None:
    changed = ChangeSet()
    changed.tables.update({"events", "event_counts"})
    change = decode(changed.payload())
    assert not change.touches(frozenset({"items", "calls", "counters"}))


@pytest.mark.parametrize("payload", ["", "not json", "[1, 2]", '{"items": [1]}'])
def test_an_empty_or_unreadable_payload_means_reload_everything(payload: str) -> None:
    # An empty payload is what kiosks before issue 13 send: still understood.
    assert decode(payload).everything


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("INSERT INTO items (a) VALUES (?) RETURNING id", "items"),
        ("  update calls SET x = 1", "calls"),
        ("DELETE FROM event_counts WHERE day < ?", "event_counts"),
        ("SELECT id FROM items FOR UPDATE", None),
        ("SELECT pg_advisory_xact_lock(hashtext(?))", None),
    ],
)
def test_the_written_table_is_read_off_the_statement(sql: str, table: str | None) -> None:
    assert written_table(sql) == table


def test_an_unknown_kind_of_id_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown change kind"):
        ChangeSet().note("customers", 1)
