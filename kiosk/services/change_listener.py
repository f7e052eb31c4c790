"""Live queue updates from a PostgreSQL store: LISTEN/NOTIFY on an event loop.

A :class:`QSocketNotifier` watches the listening connection's socket, so the
thread that owns it (the queue worker thread) is woken by the server instead of
asking it every few hundred milliseconds, and never blocks on it. After every
(re)connect it asks for a full refresh: notifications sent while it was away
are lost. A lost connection is retried every second, so screens catch up within
seconds of the server's return. SQLite stores have no listener (polling stays).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from kiosk.core.errors import KioskError

log = logging.getLogger(__name__)

RETRY_MS = 1000


class ChangeListener(QObject):
    """Calls ``on_change()`` after a committed change it cares about and after each reconnect.

    Args:
        feed: A ``kiosk.store.pg_listen.ChangeFeed`` (or anything with open/drain/close).
        on_change: Reload what is shown (runs on this object's thread).
        tables: Only changes to these tables wake it (None: every change). The
            payload names the tables, so the lobby sleeps through the event record.
    """

    def __init__(
        self,
        feed: Any,
        on_change: Callable[[], None],
        parent: QObject | None = None,
        tables: frozenset[str] | None = None,
    ):
        super().__init__(parent)
        self._feed = feed
        self._on_change = on_change
        self._tables = tables
        self.changes_seen = 0  # notifications that woke this listener (for tests and benches)
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._connect)
        self.reconnects = 0

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def start(self) -> None:
        self._connect()

    def stop(self) -> None:
        self._retry.stop()
        self._drop_notifier()
        self._feed.close()

    def _connect(self) -> None:
        try:
            socket = self._feed.open()
        except KioskError as exc:
            if not self._retry.isActive():
                log.warning("live updates paused: %s", exc)
                self._retry.start()
            return
        self._retry.stop()
        self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.reconnects += 1
        self._on_change()  # whatever happened while we were not listening

    def _readable(self) -> None:
        try:
            changes = self._feed.drain()
        except KioskError as exc:
            log.warning("live updates lost: %s; reconnecting", exc)
            self._drop_notifier()
            self._retry.start()
            self._on_change()  # the caller learns the store is unreachable on its own
            return
        wanted = [c for c in changes if self._tables is None or c.touches(self._tables)]
        if wanted:
            self.changes_seen += len(wanted)
            self._on_change()

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None


def listen_for_changes(
    stores: Any,
    on_change: Callable[[], None],
    parent: QObject | None = None,
    tables: frozenset[str] | None = None,
) -> ChangeListener | None:
    """A started listener when ``stores`` are on PostgreSQL; None for SQLite.

    Args:
        tables: Wake only for changes to these tables (see :class:`ChangeListener`).
    """
    db = getattr(getattr(stores, "queue", None), "db", None)
    if db is None or getattr(db, "dialect", None) != "postgresql":
        return None
    from kiosk.store.pg_listen import ChangeFeed

    listener = ChangeListener(ChangeFeed(db.url), on_change, parent, tables)
    listener.start()
    return listener
