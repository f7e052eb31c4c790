"""What the lobby display shows, read off the GUI thread, woken by the store.

A worker thread owns the store. On PostgreSQL it listens (``LISTEN/NOTIFY``
through :class:`~kiosk.services.change_listener.ChangeListener`, a socket
notifier on this thread's event loop): a change to tickets, calls or counters
in any process wakes it, and it reads the lobby state at once; after every
(re)connect it reads everything, because notifications sent meanwhile are
lost. On SQLite it polls the cheap change token every :data:`POLL_MS`. Either
way it reads the whole state every :data:`REFRESH_SECONDS` as a safety net (the
day changes, a broken connection must be noticed). When the store fails it
says so, drops the connection and opens a new one on a later tick: the display
keeps its last state meanwhile and never crashes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from kiosk.services.change_listener import ChangeListener, listen_for_changes

log = logging.getLogger(__name__)

POLL_MS = 250  # SQLite: how often the change token is asked
REFRESH_SECONDS = 5.0  # a full read even without a change (midnight, a dead connection)
RETRY_SECONDS = 2.0  # between attempts to reopen a store that failed
# What the lobby shows: a change elsewhere (the event record, drafts) does not wake it.
LOBBY_TABLES = frozenset({"items", "calls", "counters"})

StoresFactory = Callable[[], Any]  # → an object with .queue and .counters, and .close()


class _Worker(QObject):
    state_did_change = Signal(object)
    store_did_fail = Signal(str)
    store_did_recover = Signal()

    def __init__(self, factory: StoresFactory, poll_ms: int, refresh_seconds: float) -> None:
        super().__init__()
        self._factory = factory
        self._poll_ms = poll_ms
        self._refresh = refresh_seconds
        self._stores: Any = None
        self._token: int | None = None
        self._read_at = 0.0
        self._failed_at: float | None = None
        self._timer: QTimer | None = None
        self._listener: ChangeListener | None = None

    @property
    def listener(self) -> ChangeListener | None:
        """The PostgreSQL listener once the store is open there (None on SQLite)."""
        return self._listener

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setInterval(self._poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    @Slot()
    def refresh(self) -> None:
        """Read the state now (a notification, or a (re)connect of the listener)."""
        self._token = None
        self._read_at = float("-inf")
        if self._failed_at is not None:  # the server is back: reopen now, not in a while
            self._failed_at = time.monotonic() - RETRY_SECONDS
        self.poll()

    @Slot()
    def poll(self) -> None:
        now = time.monotonic()
        if self._stores is None and not self._open(now):
            return
        try:
            token = self._stores.queue.change_token()
            if token == self._token and now - self._read_at < self._refresh:
                return
            state = self._stores.counters.lobby_state()
        except Exception as exc:  # a lost file or server: keep the last state, reconnect
            self._fail(exc)
            return
        self._token, self._read_at = token, now
        if self._failed_at is not None:
            self._failed_at = None
            self.store_did_recover.emit()
        self.state_did_change.emit(state)

    def _open(self, now: float) -> bool:
        """Open the store (and, the first time on PostgreSQL, start listening)."""
        if self._failed_at is not None and now - self._failed_at < RETRY_SECONDS:
            return False
        try:
            self._stores = self._factory()
        except Exception as exc:  # any failure: the display waits and tries again
            self._fail(exc)
            return False
        self._token = None
        if self._listener is None:
            # The listener keeps its own connection and reconnects on its own; the
            # poll timer then only runs the slow safety net.
            self._listener = listen_for_changes(self._stores, self.refresh, self, LOBBY_TABLES)
            if self._listener is not None and self._timer is not None:
                self._timer.setInterval(max(self._poll_ms, round(self._refresh * 1000)))
        return True

    def _fail(self, exc: Exception) -> None:
        first = self._failed_at is None
        self._failed_at = time.monotonic()
        if first:
            log.warning("lobby display lost the queue store: %s", exc)
        self._close()
        self.store_did_fail.emit(str(exc))

    def _close(self) -> None:
        stores, self._stores = self._stores, None
        if stores is not None:
            try:
                stores.close()
            except Exception:  # closing a broken connection may fail too
                log.debug("closing a failed store", exc_info=True)

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
        self._close()


class LobbyFeed(QObject):
    """The lobby's view of the queue, delivered on the GUI thread.

    Signals:
        state_did_change(object): a new :class:`kiosk.queue.counters.LobbyState`.
        store_did_fail(str): the store could not be read; the last state stands.
        store_did_recover(): it can be read again.
    """

    state_did_change = Signal(object)
    store_did_fail = Signal(str)
    store_did_recover = Signal()

    def __init__(
        self,
        factory: StoresFactory,
        poll_ms: int = POLL_MS,
        refresh_seconds: float = REFRESH_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("lobby-feed")
        self._worker = _Worker(factory, poll_ms, refresh_seconds)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._worker.state_did_change.connect(self.state_did_change)
        self._worker.store_did_fail.connect(self.store_did_fail)
        self._worker.store_did_recover.connect(self.store_did_recover)

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()

    @property
    def listener(self) -> ChangeListener | None:
        """The worker's PostgreSQL listener (tests and benches watch its counters)."""
        return self._worker.listener

    def shutdown(self) -> None:
        """Stop polling and close the store (waits for a read under way)."""
        if self._thread.isRunning():
            QMetaObject.invokeMethod(
                self._worker, "stop", Qt.ConnectionType.BlockingQueuedConnection
            )
            self._thread.quit()
            self._thread.wait(5000)
