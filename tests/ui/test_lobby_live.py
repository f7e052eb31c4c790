"""The lobby display on PostgreSQL: woken by NOTIFY from another process (its safety-net
poll set far too long to help), sleeping through changes it does not show, and
reloading everything after the server restarts."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer

from kiosk.config import Config
from kiosk.queue.counters import LobbyState
from kiosk.services.lobby_feed import LobbyFeed
from kiosk.store import open_stores

COUNTERS = [{"id": "3", "services": ["cash"], "direction": "left"}]
NEVER_SECONDS = 600.0  # the safety net: far longer than any wait below

_ELSEWHERE = """
import json, sys
from pathlib import Path
from datetime import datetime, timezone
from kiosk.config import Config
from kiosk.insight import events as ev
from kiosk.insight.events import Event
from kiosk.store import event_log, open_stores
stores = open_stores(Config({"counters": json.loads(sys.argv[2])}), Path(sys.argv[3]))
if sys.argv[1] == "ticket":
    print(stores.queue.take_ticket("cash").label)
elif sys.argv[1] == "call":
    print(stores.counters.call_next("3", "Wang").label)
else:  # a kiosk's batch of anonymous events: nothing the lobby shows
    when = datetime.now(timezone.utc)
    print(event_log.append_batch(stores.db, [Event(when, ev.FAULT, "kiosk-2", detail="no_voice")]))
stores.close()
"""


def elsewhere(what: str, url: str, folder: Path) -> str:
    """Another process (a kiosk, a counter PC) changes the branch's store."""
    result = subprocess.run(
        [sys.executable, "-c", _ELSEWHERE, what, json.dumps(COUNTERS), str(folder)],
        capture_output=True, text=True, timeout=60, env={**_env(), "KIOSK_DATABASE_URL": url},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


@pytest.fixture
def feed(
    qtbot, pg_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[LobbyFeed, list[LobbyState]]]:
    monkeypatch.setenv("KIOSK_DATABASE_URL", pg_url)
    config = Config({"counters": COUNTERS})
    lobby = LobbyFeed(
        lambda: open_stores(config, data_dir), poll_ms=250, refresh_seconds=NEVER_SECONDS
    )
    states: list[LobbyState] = []
    lobby.state_did_change.connect(states.append)
    lobby.start()
    qtbot.waitUntil(lambda: lobby.listener is not None and lobby.listener.listening, timeout=10_000)
    qtbot.waitUntil(lambda: bool(states), timeout=10_000)  # the first full read
    yield lobby, states
    lobby.shutdown()


def waiting(states: list[LobbyState]) -> int:
    return states[-1].waiting.get("cash", 0) if states else -1


def test_a_ticket_and_a_call_elsewhere_reach_the_lobby_by_notification(
    qtbot, feed, pg_url: str, data_dir: Path
) -> None:
    lobby, states = feed
    assert elsewhere("ticket", pg_url, data_dir) == "A001"
    qtbot.waitUntil(lambda: waiting(states) == 1, timeout=10_000)
    assert elsewhere("call", pg_url, data_dir) == "A001"
    qtbot.waitUntil(lambda: bool(states[-1].calls), timeout=10_000)
    assert states[-1].calls[0].number == "A001" and waiting(states) == 0
    assert lobby.listener is not None and lobby.listener.changes_seen >= 2


def test_the_event_record_does_not_wake_the_lobby(qtbot, feed, pg_url: str, data_dir) -> None:
    lobby, states = feed
    listener = lobby.listener
    assert listener is not None
    seen, reads = listener.changes_seen, len(states)
    assert elsewhere("events", pg_url, data_dir) == "1"
    assert elsewhere("ticket", pg_url, data_dir) == "A001"  # notified after the events
    qtbot.waitUntil(lambda: waiting(states) == 1, timeout=10_000)
    assert listener.changes_seen == seen + 1  # the ticket only
    assert len(states) == reads + 1


def test_after_a_server_restart_the_lobby_reloads_everything(
    qtbot, feed, pg_url: str, pg_server: PgServer, data_dir: Path
) -> None:
    lobby, states = feed
    listener = lobby.listener
    assert listener is not None
    before = pg_server.outage(qtbot, listener)
    # Taken while the lobby may not be listening yet: only the full reload finds it.
    assert elsewhere("ticket", pg_url, data_dir) == "A001"
    qtbot.waitUntil(lambda: listener.reconnects > before, timeout=10_000)
    qtbot.waitUntil(lambda: waiting(states) == 1, timeout=10_000)
    assert elsewhere("ticket", pg_url, data_dir) == "A002"
    qtbot.waitUntil(lambda: waiting(states) == 2, timeout=10_000)
