"""The kiosk on a branch PostgreSQL server that stops and comes back: it says plainly
that numbers cannot be issued, Call staff says to raise a hand, and numbers come again
by themselves once the server is back (nothing issued meanwhile, nothing lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import screen_texts, tap
from pg_server import PgServer

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.store import open_stores

CONFIG = Config({"idle.timeout_seconds": 600, "idle.warning_seconds": 20})
NO_NUMBER = "numbers cannot be issued just now. Please ask a member of staff."


def take_cash_ticket(kiosk) -> None:
    kiosk.controller.handle("journey_start", "take_ticket")
    kiosk.controller.handle("journey_choose", "cash")
    kiosk.controller.handle("journey_choose", "none")


def test_a_stopped_server_is_said_plainly_and_numbers_return_with_it(
    qtbot, pg_url: str, pg_server: PgServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", pg_url)
    kiosk = build_kiosk(CONFIG, store_factory=lambda: open_stores(CONFIG, data_dir))
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    try:
        qtbot.waitUntil(lambda: kiosk.queue.available, timeout=10_000)
        tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
        tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
        pg_server.stop()
        try:
            take_cash_ticket(kiosk)
            qtbot.waitUntil(lambda: NO_NUMBER in screen_texts(kiosk), timeout=15_000)
            assert "A001" not in screen_texts(kiosk)
            tap(qtbot, kiosk.window.bar.buttons["call_staff"])
            qtbot.waitUntil(lambda: "Raise your hand" in screen_texts(kiosk), timeout=15_000)
        finally:
            pg_server.start()
        # The kiosk finds the server again by itself (its health check), then issues numbers.
        qtbot.waitUntil(lambda: kiosk.queue.available, timeout=10_000)
        kiosk.controller.handle("start_again")
        take_cash_ticket(kiosk)
        qtbot.waitUntil(lambda: "A001" in screen_texts(kiosk), timeout=10_000)
        stores = open_stores(CONFIG, data_dir)
        try:
            assert [i.label for i in stores.queue.list_open()] == ["A001"]
        finally:
            stores.close()
    finally:
        kiosk.window.allow_close()
        kiosk.queue.shutdown()
