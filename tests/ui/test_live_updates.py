"""Live updates on PostgreSQL: a change made by another process reaches a QueueService
through LISTEN/NOTIFY (not its poll), and again after the server restarts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer

from kiosk.config import Config
from kiosk.services.queue_service import QueueService
from kiosk.store import open_stores

# Far longer than any wait below: an update seen in time came from the server.
NO_POLL_MS = 600_000


@pytest.fixture
def service(
    qtbot, pg_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[QueueService]:
    monkeypatch.setenv("KIOSK_DATABASE_URL", pg_url)
    monkeypatch.setattr("kiosk.services.queue_service.SAFETY_POLL_MS", NO_POLL_MS)
    queue = QueueService(lambda: open_stores(Config(), data_dir), poll_ms=NO_POLL_MS)
    qtbot.waitUntil(lambda: queue._worker._listener is not None, timeout=10_000)
    yield queue
    queue.shutdown()


def take_ticket_elsewhere(url: str, service: str = "cash") -> str:
    """Another process (a kiosk by the door) takes a ticket; its label."""
    code = (
        "import sys; from kiosk.store import SqliteQueueStore; "
        "from kiosk.store.pg_database import open_pg_database; "
        "print(SqliteQueueStore(open_pg_database(sys.argv[1])).take_ticket(sys.argv[2]).label)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, url, service], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def labels(queue: QueueService) -> list[str]:
    return [item.label for item in queue.snapshot]


def test_another_process_change_arrives_without_polling(
    qtbot, service: QueueService, pg_url: str
) -> None:
    assert take_ticket_elsewhere(pg_url) == "A001"
    qtbot.waitUntil(lambda: labels(service) == ["A001"], timeout=10_000)
    assert take_ticket_elsewhere(pg_url, "loan") == "D001"
    qtbot.waitUntil(lambda: labels(service) == ["A001", "D001"], timeout=10_000)


def test_after_a_server_restart_it_reconnects_and_reloads_everything(
    qtbot, service: QueueService, pg_url: str, pg_server: PgServer
) -> None:
    listener = service._worker._listener
    assert listener is not None
    before = pg_server.outage(qtbot, listener)
    assert take_ticket_elsewhere(pg_url) == "A001"  # may land before the listener is back
    qtbot.waitUntil(lambda: listener.reconnects > before, timeout=10_000)
    qtbot.waitUntil(lambda: labels(service) == ["A001"], timeout=10_000)
    assert take_ticket_elsewhere(pg_url) == "A002"
    qtbot.waitUntil(lambda: labels(service) == ["A001", "A002"], timeout=10_000)


def test_a_server_down_at_start_up_is_waited_for(
    qtbot, pg_url: str, pg_server: PgServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", pg_url)
    pg_server.stop()
    try:
        queue = QueueService(lambda: open_stores(Config(), data_dir), start=False)
        with qtbot.waitSignal(queue.store_did_fail, timeout=10_000) as failed:
            queue.start()
        assert "cannot reach the database server" in failed.args[0]
        assert not queue.available
    finally:
        pg_server.start()
    try:
        qtbot.waitUntil(lambda: queue.available, timeout=10_000)
        with qtbot.waitSignal(queue.queue_did_change, timeout=10_000):
            queue.call(lambda s: s.queue.take_ticket("cash"))
        qtbot.waitUntil(lambda: labels(queue) == ["A001"], timeout=10_000)
    finally:
        queue.shutdown()
