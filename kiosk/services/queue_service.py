"""Queue operations off the GUI thread, with results delivered back as signals.

One worker thread owns the store (SQLite connections belong to one thread),
runs every operation in order, and polls for changes other processes make
(the staff console, the CLI) so every window sees them within a second.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from kiosk.core.errors import KioskError
from kiosk.queue.models import QueueItem, QueueStore
from kiosk.services.change_listener import ChangeListener, listen_for_changes

log = logging.getLogger(__name__)

SAFETY_POLL_MS = 5000  # with live updates from the server, a slow safety net only
REOPEN_MS = 2000  # a branch server unreachable at start-up is tried again this often
# What the open-items snapshot reads: the kiosks' event batches do not wake it.
QUEUE_TABLES = frozenset({"items", "calls"})


class Stores(Protocol):
    """What the worker opens: the queue store plus whatever shares its database."""

    # Read-only: the store's own Stores is a frozen dataclass.
    @property
    def queue(self) -> QueueStore: ...

    def close(self) -> None: ...


StoreFactory = Callable[[], Stores]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]
# Work for the worker thread: a function of the open stores and the call's arguments.
Operation = Callable[..., Any]


class _Worker(QObject):
    """Lives on the worker thread; never touches widgets."""

    did_finish = Signal(int, object)
    did_fail = Signal(int, object)
    snapshot_did_change = Signal(list)
    store_did_fail = Signal(str)
    store_did_open = Signal()

    def __init__(self, factory: StoreFactory, poll_ms: int) -> None:
        super().__init__()
        self._factory = factory
        self._poll_ms = poll_ms
        self._stores: Stores | None = None
        self._token: int | None = None
        self._timer: QTimer | None = None
        self._listener: ChangeListener | None = None
        self._retrying = False
        self._stopped = False

    @Slot()
    def start(self) -> None:
        if self._stopped:
            return
        try:
            self._stores = self._factory()
        except KioskError as exc:
            if not self._retrying:
                log.error("queue store unavailable: %s", exc)
                self.store_did_fail.emit(str(exc))
            # A branch server that is down now will be back: keep trying (PostgreSQL
            # store, issue 13). A broken SQLite file needs a person, not retries.
            self._retrying = str(getattr(exc, "path", "")).startswith("postgresql://")
            if self._retrying:
                QTimer.singleShot(REOPEN_MS, self.start)
            return
        if self._retrying:
            log.info("queue store is back")
            self._retrying = False
            self.store_did_open.emit()
        self._timer = QTimer(self)
        self._timer.setInterval(self._poll_ms)
        self._timer.timeout.connect(self.poll)
        # PostgreSQL store: the server wakes us (LISTEN/NOTIFY); polling becomes a slow
        # safety net. The listener's first connect refreshes, as does every reconnect.
        self._listener = listen_for_changes(self._stores, self.refresh, self, QUEUE_TABLES)
        if self._listener is not None:
            self._timer.setInterval(max(self._poll_ms, SAFETY_POLL_MS))
        self._timer.start()
        self.poll()

    @Slot()
    def refresh(self) -> None:
        """Reload the open items now, whether or not the change token moved."""
        self._token = None
        self.poll()

    @Slot(int, object, tuple, dict)
    def run(
        self, tag: int, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        if self._stores is None:
            self.did_fail.emit(tag, KioskError("the queue is not available"))
            return
        try:
            result = operation(self._stores, *args, **kwargs)
        except KioskError as exc:
            self.did_fail.emit(tag, exc)
            return
        except Exception as exc:  # a bug must not kill the worker thread
            log.exception("queue operation %s failed", operation)
            self.did_fail.emit(tag, exc)
            return
        self.did_finish.emit(tag, result)
        self.poll()

    @Slot()
    def poll(self) -> None:
        if self._stores is None:
            return
        try:
            # Closing time, midnight and the regular damage check, on this thread.
            self._stores.queue.tick()
            token = self._stores.queue.change_token()
            if token != self._token:
                self._token = token
                self.snapshot_did_change.emit(self._stores.queue.list_open())
        except KioskError as exc:
            log.warning("queue poll failed: %s", exc)

    @Slot()
    def stop(self) -> None:
        self._stopped = True
        if self._timer is not None:
            self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
        if self._stores is not None:
            self._stores.close()
            self._stores = None


class QueueService(QObject):
    """Asynchronous front of a :class:`QueueStore` for the UI.

    Each call returns at once; ``on_done(result)`` or ``on_error(exception)``
    runs later on the GUI thread (a :class:`KioskError` says in words what is wrong).

    Signals:
        queue_did_change(list): the open items, whenever anyone changed them.
        store_did_fail(str): the store could not be opened (kiosk degrades).
    """

    queue_did_change = Signal(list)
    store_did_fail = Signal(str)
    _submit = Signal(int, object, tuple, dict)

    def __init__(
        self,
        factory: StoreFactory,
        poll_ms: int = 300,
        parent: QObject | None = None,
        *,
        start: bool = True,
    ):
        super().__init__(parent)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._tags = itertools.count(1)
        self.available = True
        self.snapshot: list[QueueItem] = []
        self._thread = QThread()
        self._thread.setObjectName("queue-worker")
        self._worker = _Worker(factory, poll_ms)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._submit.connect(self._worker.run)
        self._worker.did_finish.connect(self._on_finish)
        self._worker.did_fail.connect(self._on_fail)
        self._worker.snapshot_did_change.connect(self._on_snapshot)
        self._worker.store_did_fail.connect(self._on_store_fail)
        self._worker.store_did_open.connect(self._on_store_open)
        if start:
            self.start()

    def start(self) -> None:
        """Open the store on the worker thread (calls made before wait for it)."""
        if not self._thread.isRunning():
            self._thread.start()

    def call(
        self,
        operation: Operation,
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``operation(stores, *args, **kwargs)`` on the worker thread.

        ``operation`` is a function of the open stores, e.g.
        ``lambda s: s.queue.cancel(item_id)`` or one of ``kiosk.staff.queue_calls``;
        never a method's name in a string, which no checker or search follows.
        """
        tag = next(self._tags)
        self._callbacks[tag] = (on_done, on_error)
        self._submit.emit(tag, operation, args, kwargs)

    def shutdown(self) -> None:
        """Finish queued writes, close the store and stop the thread."""
        if self._thread.isRunning():
            QMetaObject.invokeMethod(
                self._worker, "stop", Qt.ConnectionType.BlockingQueuedConnection
            )
            self._thread.quit()
            self._thread.wait(5000)

    def _on_finish(self, tag: int, result: object) -> None:
        on_done, _ = self._callbacks.pop(tag, (None, None))
        if on_done is not None:
            on_done(result)

    def _on_fail(self, tag: int, error: Exception) -> None:
        _, on_error = self._callbacks.pop(tag, (None, None))
        log.warning("queue operation failed: %s", error)
        if on_error is not None:
            on_error(error)

    def _on_snapshot(self, items: list[QueueItem]) -> None:
        self.snapshot = items
        self.queue_did_change.emit(items)

    def _on_store_fail(self, message: str) -> None:
        self.available = False
        self.store_did_fail.emit(message)

    def _on_store_open(self) -> None:
        """The branch server came back after failing at start-up: calls work again."""
        self.available = True
