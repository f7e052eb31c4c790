"""The lobby display: sizes from its widgets' fonts, flashing, the last 6 calls,
announcing new calls, and riding out a store that goes away (real SQLite file)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.app.lobby import build_lobby, sample_state
from kiosk.config import Config
from kiosk.content.catalog import load_catalogs
from kiosk.paths import locales_dir
from kiosk.queue.counters import Call, CallRecord, Counter, LobbyState
from kiosk.store import StoreError, open_stores
from kiosk.ui.lobby import MIN_NUMBER_PX, MIN_PX, LobbyWindow

COUNTERS = [{"id": "3", "services": ["cash"], "direction": "left"}]


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Any]:
    return load_catalogs(locales_dir())


def _record(n: int, kind: str = "call", counter: str = "3") -> CallRecord:
    return CallRecord(
        id=n,
        item_id=n,
        number=f"A{n:03d}",
        service="cash",
        counter=counter,
        staff="Wang",
        kind=kind,
        at=f"2026-11-28T01:{n:02d}:00.000+00:00",
        locale="ko",
    )


def _state(*records: CallRecord) -> LobbyState:
    newest = tuple(sorted(records, key=lambda r: -r.id))
    counters = {"3": Counter("3", ("cash",), direction="left")}
    return LobbyState(newest, {"cash": 2}, counters, newest[0].id if newest else 0)


def _lobby(qtbot, catalogs, size=(1920, 1080), **kwargs: Any) -> LobbyWindow:
    window = LobbyWindow(catalogs, language_seconds=0, **kwargs)
    qtbot.addWidget(window)
    window.setFixedSize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown_labels(window: LobbyWindow) -> list[QLabel]:
    return [w for w in window.findChildren(QLabel) if w.isVisible() and w.text()]


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)])
@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_number_is_huge_and_nothing_is_under_48_px(qtbot, catalogs, size, locale) -> None:
    window = _lobby(qtbot, catalogs, size)
    window.show_language(locale)
    window.show_state(sample_state())
    window.set_reconnecting(True)
    assert window.number.text() == "A012"
    if size == (1920, 1080):
        assert window.number.font().pixelSize() >= MIN_NUMBER_PX
    labels = _shown_labels(window)
    assert window.note in labels and len(labels) > 15
    small = {w.text(): w.font().pixelSize() for w in labels if w.font().pixelSize() < MIN_PX}
    assert not small


def test_it_lists_the_last_six_calls_under_the_one_now(qtbot, catalogs) -> None:
    window = _lobby(qtbot, catalogs)
    window.show_state(_state(*(_record(n) for n in range(1, 9))))
    assert window.number.text() == "A008"
    shown = [number.text() for number, _ in window.recent_rows if number.isVisible()]
    assert shown == ["A007", "A006", "A005", "A004", "A003", "A002"]
    assert all(where.text() == "→ Counter 3" for _, where in window.recent_rows)


def test_a_new_call_flashes_for_the_set_seconds_and_is_announced_once(qtbot, catalogs) -> None:
    window = _lobby(qtbot, catalogs, flash_seconds=3)
    heard: list[Call] = []
    window.call_did_appear.connect(heard.append)
    window.show_state(_state(_record(1)))  # the board at start-up: shown, not announced
    assert heard == [] and not window.flashing
    calm = window.styleSheet()

    started = time.monotonic()
    window.show_state(_state(_record(1), _record(2)))
    assert window.flashing and window.styleSheet() != calm
    qtbot.waitUntil(lambda: not window.flashing, timeout=15000)
    assert time.monotonic() - started >= 2.9  # a timer never fires early
    assert window.styleSheet() == calm

    window.show_state(_state(_record(1), _record(2), _record(3, kind="recall", counter="3")))
    assert [(c.number, c.recall) for c in heard] == [("A002", False), ("A003", True)]
    call = heard[0]
    assert call.counter_names == {"en": "Counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"}
    assert call.directions["en"] == "On your left" and call.locale == "ko"
    assert window.recall_badge.isVisible()


class FlakyStores:
    """Real stores on the test's SQLite file that can be made to fail on demand."""

    def __init__(self, config: Config, data_dir: Path, down: threading.Event) -> None:
        if down.is_set():
            raise StoreError("the database server is not answering")
        self._real = open_stores(config, data_dir)
        self._down = down

    def __getattr__(self, name: str) -> Any:
        if self._down.is_set():
            raise StoreError("the database server is not answering")
        return getattr(self._real, name)

    def close(self) -> None:
        self._real.close()


def test_it_follows_the_store_and_keeps_the_last_state_while_reconnecting(
    qtbot, catalogs, data_dir: Path
) -> None:
    config = Config({"counters": COUNTERS})
    desk = open_stores(config, data_dir)  # a staff console, as another connection
    down = threading.Event()
    window, feed = build_lobby(
        config, catalogs, lambda: FlakyStores(config, data_dir, down), poll_ms=50
    )
    qtbot.addWidget(window)
    window.setFixedSize(1920, 1080)
    window.show()
    heard: list[Call] = []
    window.call_did_appear.connect(heard.append)
    try:
        qtbot.waitUntil(lambda: window.state is not None, timeout=10000)
        desk.queue.take_ticket("cash", locale="zh_CN")
        desk.counters.call_next("3", "Wang")
        qtbot.waitUntil(lambda: window.number.text() == "A001", timeout=10000)
        assert heard and heard[0].locale == "zh_CN" and heard[0].number == "A001"

        down.set()
        qtbot.waitUntil(lambda: window.note.isVisible(), timeout=15000)
        assert window.number.text() == "A001" and window.reconnecting

        desk.queue.take_ticket("cash")
        desk.counters.call_next("3", "Wang")
        down.clear()
        qtbot.waitUntil(lambda: window.number.text() == "A002", timeout=15000)
        assert not window.note.isVisible()
        assert [c.number for c in heard] == ["A001", "A002"]
    finally:
        feed.shutdown()
        desk.close()


@pytest.mark.parametrize("resolution", [(1920, 1080), (1366, 768)])
def test_the_toured_lobby_passes_the_audit(qtbot, tmp_path: Path, resolution) -> None:
    from tour_audit import audit_tour

    from kiosk.tools.tour import render_tour

    render_tour(Config(), tmp_path, text_sizes=[100], resolution=resolution, only=["lobby"])
    violations, summary = audit_tour(tmp_path)
    assert summary["ids"] == {"lobby"} and summary["screens"] == 6  # 3 languages, 2 themes
    assert not violations, "\n".join(map(str, violations))
