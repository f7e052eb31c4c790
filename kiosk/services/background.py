"""Blocking device work (printing, connecting to a printer) on a thread pool.

Results and errors come back on the GUI thread as plain callbacks, so a slow
or broken device never freezes the screen.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_LIVE: weakref.WeakSet[Background] = weakref.WeakSet()


class _Relay(QObject):
    did_finish = Signal(object)
    did_fail = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported, never raised into the pool
            log.exception("background job failed")
            self.relay.did_fail.emit(exc)
            return
        self.relay.did_finish.emit(result)


class Background(QObject):
    """``run(work, on_done)``: ``work()`` on a worker thread, ``on_done(result)`` here."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        _LIVE.add(self)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)  # keep it alive until the job reports

        def finished(result: object) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(result)

        def failed(error: object) -> None:
            self._relays.discard(relay)
            if on_error is not None and isinstance(error, Exception):
                on_error(error)

        relay.did_finish.connect(finished)
        relay.did_fail.connect(failed)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


def finish_background_work(msecs: int = 30_000) -> bool:
    """Wait for every pool's jobs; False if one is still running after ``msecs``.

    For after the event loop, before Qt tears down: a job still running then
    reports to a relay Qt has already deleted ("Signal source has been
    deleted", or a crash at exit on a busy machine).
    """
    # A deleted pool waited for its jobs in its destructor: nothing left there.
    live = [background for background in list(_LIVE) if shiboken6.isValid(background.pool)]
    return all([background.wait(msecs) for background in live])
