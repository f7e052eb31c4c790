"""The staff console's Today view: today's figures from the event record, in staff words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.app import build_console
from kiosk.config import Config
from kiosk.services.queue_service import QueueService
from kiosk.store import open_stores

CONFIG = Config()


@pytest.fixture
def branch(qtbot, data_dir: Path):
    other = open_stores(CONFIG, data_dir)  # kiosks and counters, elsewhere
    queue = QueueService(lambda: open_stores(CONFIG, data_dir))
    yield queue, other
    queue.shutdown()
    other.close()


def texts(view) -> str:
    return " | ".join(w.text() for w in view.findChildren(QLabel) if w.isVisibleTo(view))


def test_today_shows_the_day_so_far_and_refreshes(qtbot, branch) -> None:
    queue, other = branch
    window = build_console(CONFIG, queue)
    qtbot.addWidget(window)
    today = window.today
    qtbot.waitUntil(lambda: today.figures is not None, timeout=5000)
    assert today.figures.empty and today.nothing.isVisibleTo(today)
    first = other.queue.take_ticket("cash")
    other.queue.take_ticket("loan")
    other.queue.call_next("Wang")
    other.queue.done(first.id, "Wang")
    other.queue.rate(first.id, 3, "Wang")
    today.figures = None
    today.refresh_button.click()
    qtbot.waitUntil(lambda: today.figures is not None, timeout=5000)
    f = today.figures
    assert (f.issued, f.served) == (2, 1)
    shown = texts(today)
    assert "Tickets issued | 2" in shown and "Customers served | 1" in shown
    assert "Wang ×1" in shown  # the thank-you, so good service is seen
    assert not today.nothing.isVisibleTo(today)
