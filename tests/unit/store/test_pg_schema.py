"""The PostgreSQL adapter's static rules: a twin for every migration, psycopg in one
place, SQL translated once, no password in any message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.store.errors import StoreError
from kiosk.store.pg_database import check_url, describe_url, to_postgres
from kiosk.store.pg_schema import PG_MIGRATIONS
from kiosk.store.schema import MIGRATION_NAMES

KIOSK = Path(__file__).resolve().parents[3] / "kiosk"


def test_every_sqlite_migration_has_its_postgresql_twin_in_the_same_order() -> None:
    # Adding a table: write its PostgreSQL DDL in kiosk/store/pg_schema.py too.
    assert list(PG_MIGRATIONS) == MIGRATION_NAMES


def test_only_the_postgresql_adapter_imports_psycopg() -> None:
    importers = sorted(
        str(path.relative_to(KIOSK))
        for path in KIOSK.rglob("*.py")
        if re.search(r"^\s*(import psycopg|from psycopg)", path.read_text(), re.MULTILINE)
    )
    assert importers and all(re.fullmatch(r"store/pg_\w+\.py", p) for p in importers), importers


@pytest.mark.parametrize(
    ("shared", "postgres"),
    [
        ("SELECT * FROM items WHERE id = ?", "SELECT * FROM items WHERE id = %s"),
        ("SELECT 1 WHERE name LIKE 'a%'", "SELECT 1 WHERE name LIKE 'a%%'"),
        (
            "SELECT value FROM json_each(?)",
            "SELECT value FROM json_array_elements_text(CAST(%s AS json))",
        ),
        (
            "SELECT name FROM staff ORDER BY name COLLATE NOCASE",
            "SELECT name FROM staff ORDER BY name",
        ),
    ],
)
def test_shared_sql_is_spelled_for_postgresql(shared: str, postgres: str) -> None:
    assert to_postgres(shared) == postgres


def test_messages_name_the_server_never_the_password() -> None:
    url = "postgresql://kiosk:s3cret@db.branch:5433/queue"
    assert describe_url(url) == "postgresql://kiosk@db.branch:5433/queue"
    with pytest.raises(StoreError) as refused:
        check_url("mysql://kiosk:s3cret@db/queue")
    assert "is not a PostgreSQL URL" in str(refused.value)
    assert "s3cret" not in str(refused.value)
