"""Putting the lobby display together: its window, its feed from the store, the tour's sample.

``kiosk lobby`` runs :func:`run_lobby`. The announcer (chime and speech) is
connected to :attr:`LobbyWindow.call_did_appear` where the lobby is built.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.content.catalog import Catalog
from kiosk.queue.counters import Call, CallRecord, Counter, LobbyState
from kiosk.services.lobby_feed import LobbyFeed, StoresFactory
from kiosk.ui.lobby import LobbyWindow

log = logging.getLogger(__name__)


def build_lobby(
    config: Mapping[str, Any],
    catalogs: Mapping[str, Catalog],
    factory: StoresFactory,
    *,
    poll_ms: int | None = None,
) -> tuple[LobbyWindow, LobbyFeed]:
    """The lobby window following the store through a feed (started, not shown).

    Its ``call_did_appear`` goes to :func:`lobby_announcer` where a lobby runs.
    """
    window = LobbyWindow(
        catalogs,
        config["lobby.languages"],
        config["ui.default_theme"],
        flash_seconds=config["lobby.flash_seconds"],
        language_seconds=config["lobby.language_seconds"],
    )
    feed = LobbyFeed(factory, **({"poll_ms": poll_ms} if poll_ms else {}), parent=window)
    feed.state_did_change.connect(window.show_state)
    feed.state_did_change.connect(lambda _: window.set_reconnecting(False))
    feed.store_did_fail.connect(lambda _: window.set_reconnecting(True))
    feed.store_did_recover.connect(lambda: window.set_reconnecting(False))
    feed.start()
    return window, feed


def lobby_announcer(
    config: Mapping[str, Any], data_dir: Path, catalogs: Mapping[str, Catalog], parent: Any
) -> Callable[[Call], None]:
    """Chime, then the call in the ticket's language and the branch's (never cut off)."""
    from kiosk.queue.announcement import BadAnnouncement, announcement_for
    from kiosk.services.announcer import create_announcer

    announcer = create_announcer(config, data_dir, catalogs, parent=parent)
    app = QCoreApplication.instance()
    if app is not None:  # its voice thread ends before Qt tears down
        app.aboutToQuit.connect(announcer.shutdown)
    if not announcer.audible:
        log.warning("lobby: no audio device, calls are shown only")
    main = config["ui.default_locale"]

    def announce(call: Call) -> None:
        try:
            announcer.announce(announcement_for(call, main))
        except BadAnnouncement as exc:  # shown on the board all the same
            log.warning("lobby: call %s not announced: %s", call.number, exc)

    return announce


def run_lobby(config: Mapping[str, Any], data_dir: Path, *, fullscreen: bool = True) -> int:
    """``kiosk lobby``: the display, fullscreen, until closed or signalled."""
    from kiosk.app.qt import qt_app, require_display, run_until_quit
    from kiosk.content.catalog import load_catalogs
    from kiosk.paths import locales_dir

    if not require_display():
        return 2
    app = qt_app()
    catalogs = load_catalogs(locales_dir())

    def open_on_worker() -> Any:
        from kiosk.store import open_stores  # sqlite-utils: on the feed's thread

        return open_stores(config, data_dir)

    window, feed = build_lobby(config, catalogs, open_on_worker)
    window.call_did_appear.connect(lobby_announcer(config, data_dir, catalogs, window))
    if fullscreen:
        window.showFullScreen()
        window.setCursor(_blank_cursor())
    else:
        window.resize(1280, 720)
        window.show()
    log.info("lobby display started, data dir %s", data_dir)
    print("kiosk lobby: showing calls (close the window or press Ctrl+C to stop)", file=sys.stderr)
    code = run_until_quit(app, window)
    feed.shutdown()
    return code


def _blank_cursor() -> Any:
    from PySide6.QtCore import Qt

    return Qt.CursorShape.BlankCursor  # a TV shows no mouse pointer


def sample_counters() -> list[Counter]:
    """A small branch's counters, for the tour (lobby and staff console)."""
    return [
        Counter("1", ("cash",), direction="left"),
        Counter("2", ("cash", "card")),
        Counter("3", ("account", "loan"), direction="right"),
        Counter("5", ("wealth",), direction="upstairs"),
    ]


def sample_state() -> LobbyState:
    """A mid-morning board for the tour: a recall on show, six calls before it."""
    counters = {c.id: c for c in sample_counters()}
    called = [
        ("A012", "cash", "1", "recall"),
        ("B004", "account", "3", "call"),
        ("A011", "cash", "2", "call"),
        ("E002", "wealth", "5", "call"),
        ("A010", "cash", "1", "call"),
        ("C003", "card", "2", "call"),
        ("A009", "cash", "2", "call"),
    ]
    calls = tuple(
        CallRecord(
            id=40 - n,
            item_id=100 - n,
            number=number,
            service=service,
            counter=counter,
            staff="-",
            kind=kind,
            at="2026-11-28T01:45:00.000+00:00",
            locale="zh_CN",
        )
        for n, (number, service, counter, kind) in enumerate(called)
    )
    waiting = {"cash": 7, "account": 2, "card": 1, "wealth": 1}
    return LobbyState(calls, waiting, counters, calls[0].id)


def tour_lobby(
    catalogs: Mapping[str, Catalog], locale: str, theme: str, size: tuple[int, int]
) -> LobbyWindow:
    """The lobby as `kiosk tour` draws it: the sample board in one language, not turning."""
    languages = [locale, *(lang for lang in catalogs if lang != locale and lang != "pseudo")]
    window = LobbyWindow(
        catalogs,
        languages[:3] if locale in catalogs else list(catalogs)[:3],
        theme,
        language_seconds=0,
        now=lambda: datetime(2026, 11, 28, 9, 45),
    )
    window.setFixedSize(*size)
    window.show_state(sample_state())
    window.show()
    return window
