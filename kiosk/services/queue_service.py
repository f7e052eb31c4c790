"""Queue operations off the GUI thread, with results delivered back as signals.

One worker thread owns the store (SQLite connections belong to one thread),
runs every operation in order, and polls for changes other processes make
(the staff console, the CLI) so every window sees them within a second.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from kiosk.core.errors import KioskError
from kiosk.queue.models import QueueItem, QueueStore

log = logging.getLogger(__name__)

StoreFactory = Callable[[], QueueStore]
Done = Callable[[Any], None]
Failed = Callable[[str], None]


class _Worker(QObject):
    """Lives on the worker thread; never touches widgets."""

    did_finish = Signal(int, object)
    did_fail = Signal(int, str)
    snapshot_did_change = Signal(list)
    store_did_fail = Signal(str)

    def __init__(self, factory: StoreFactory, poll_ms: int) -> None:
        super().__init__()
        self._factory = factory
        self._poll_ms = poll_ms
        self._store: QueueStore | None = None
        self._token: int | None = None
        self._timer: QTimer | None = None

    @Slot()
    def start(self) -> None:
        try:
            self._store = self._factory()
        except KioskError as exc:
            log.error("queue store unavailable: %s", exc)
            self.store_did_fail.emit(str(exc))
            return
        self._timer = QTimer(self)
        self._timer.setInterval(self._poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    @Slot(int, str, tuple, dict)
    def run(self, tag: int, operation: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if self._store is None:
            self.did_fail.emit(tag, "the queue is not available")
            return
        try:
            result = getattr(self._store, operation)(*args, **kwargs)
        except KioskError as exc:
            self.did_fail.emit(tag, str(exc))
            return
        except Exception as exc:  # a bug must not kill the worker thread
            log.exception("queue operation %s failed", operation)
            self.did_fail.emit(tag, f"unexpected error: {exc}")
            return
        self.did_finish.emit(tag, result)
        self.poll()

    @Slot()
    def poll(self) -> None:
        if self._store is None:
            return
        try:
            token = self._store.change_token()
            if token != self._token:
                self._token = token
                self.snapshot_did_change.emit(self._store.list_open())
        except KioskError as exc:
            log.warning("queue poll failed: %s", exc)

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        close = getattr(self._store, "close", None)
        if callable(close):
            close()


class QueueService(QObject):
    """Asynchronous front of a :class:`QueueStore` for the UI.

    Each call returns at once; ``on_done(result)`` or ``on_error(message)``
    runs later on the GUI thread.

    Signals:
        queue_did_change(list): the open items, whenever anyone changed them.
        store_did_fail(str): the store could not be opened (kiosk degrades).
    """

    queue_did_change = Signal(list)
    store_did_fail = Signal(str)
    _submit = Signal(int, str, tuple, dict)

    def __init__(self, factory: StoreFactory, poll_ms: int = 300, parent: QObject | None = None):
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
        self._thread.start()

    def call(
        self,
        operation: str,
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``store.<operation>(*args, **kwargs)`` on the worker thread."""
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

    def _on_fail(self, tag: int, message: str) -> None:
        _, on_error = self._callbacks.pop(tag, (None, None))
        log.warning("queue operation failed: %s", message)
        if on_error is not None:
            on_error(message)

    def _on_snapshot(self, items: list[QueueItem]) -> None:
        self.snapshot = items
        self.queue_did_change.emit(items)

    def _on_store_fail(self, message: str) -> None:
        self.available = False
        self.store_did_fail.emit(message)
