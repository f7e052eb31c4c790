"""Wires the kiosk's signals to the insight event record (issue 14).

Each signal becomes a few :class:`~kiosk.insight.events.Event` rows, kept in a
list on the GUI thread (microseconds per tap) and written in one batch every
few seconds on the queue worker thread, which owns the database. A failed
write is logged and dropped: the record is for the manager's report, and it
must never block or break the customer's screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.insight import events as ev
from kiosk.insight.events import Event
from kiosk.insight.visit import VisitTracker, result_steps
from kiosk.insight.voice_turns import VoiceTurns

if TYPE_CHECKING:
    from kiosk.printing.ports import PrintResult
    from kiosk.services.journey_runner import JourneyRunner
    from kiosk.services.queue_service import QueueService
    from kiosk.services.session_controller import SessionController
    from kiosk.services.voice_assistant import VoiceAssistant

log = logging.getLogger(__name__)

FLUSH_MS = 3000
MAX_BATCH = 200
# Events kept while the store cannot take them (then the oldest go).
MAX_PENDING = 5000


def _write(stores: Any, batch: list[Event]) -> int:
    """On the queue worker thread: one transaction for the batch."""
    from kiosk.store.event_log import append_batch

    return append_batch(stores.db, batch)


def local_now() -> datetime:
    return datetime.now().astimezone()


class EventRecorder(QObject):
    """Collects events on the GUI thread and writes them in batches off it.

    Args:
        kiosk_id: This kiosk's id, stamped on every event.
        queue: Runs the writes on its worker (None: events are only counted).
        is_result: Whether (journey, step) ends its journey.
        now: The clock.
        flush_ms: How often the batch is written.
    """

    def __init__(
        self,
        kiosk_id: str,
        queue: QueueService | None,
        is_result: Callable[[str, str], bool],
        now: Callable[[], datetime] = local_now,
        flush_ms: int = FLUSH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kiosk_id = kiosk_id
        self.queue = queue
        self.now = now
        self.visit = VisitTracker(kiosk_id, is_result, now)
        self.voice = VoiceTurns()
        self.pending: list[Event] = []
        self.written = 0
        self.dropped = 0
        # Whoever else wants to see the events as they happen (the stuck detector).
        self.listeners: list[Callable[[Event], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(flush_ms)
        self._timer.timeout.connect(self.flush)
        self._timer.start()
        # The last few seconds' events go to the worker before the queue shuts down.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # -- input -------------------------------------------------------------------
    def record(self, events: list[Event]) -> None:
        """Keep ``events`` for the next batch (never raises into the caller's slot)."""
        if not events:
            return
        self.pending.extend(events)
        for listener in self.listeners:
            for event in events:
                listener(event)
        if len(self.pending) > MAX_PENDING:
            over = len(self.pending) - MAX_PENDING
            del self.pending[:over]
            self.dropped += over
        elif len(self.pending) >= MAX_BATCH:
            self.flush()

    def add(self, kind: str, **fields: Any) -> None:
        """Record one kiosk event of ``kind`` now."""
        self.record([Event(self.now(), kind, self.kiosk_id, **fields).cleaned()])

    # -- output ------------------------------------------------------------------
    def flush(self) -> None:
        """Send the pending events to the store (off this thread)."""
        if not self.pending or self.queue is None or not self.queue.available:
            return
        batch, self.pending = self.pending, []

        def written(count: object) -> None:
            self.written += int(count) if isinstance(count, int) else 0

        def failed(error: Exception) -> None:
            self.dropped += len(batch)
            log.warning("%d events not recorded: %s", len(batch), error)

        self.queue.call(_write, batch, on_done=written, on_error=failed)

    # -- wiring ------------------------------------------------------------------
    def attach_session(self, controller: SessionController) -> None:
        visit = self.visit
        controller.action_will_run.connect(lambda action: self.record(visit.action(action)))
        controller.screen_did_change.connect(lambda s: self.record(visit.screen_changed(s)))
        controller.session_did_end.connect(lambda: self.record(visit.session_ended()))
        controller.help_was_requested.connect(
            lambda context: self.record(visit.help_requested(context))
        )
        controller.quiet_alert_was_raised.connect(
            lambda context: self.record(visit.help_requested(context, quiet=True))
        )
        controller.help_reason_was_chosen.connect(
            lambda reason: self.add(ev.HELP_REASON, detail=reason)
        )

    def attach_journeys(self, runner: JourneyRunner, controller: SessionController) -> None:
        def needed(reason: str) -> None:
            self.record(self.visit.help_requested(controller.help_context()))
            if reason:
                self.add(ev.HELP_REASON, detail=reason)

        runner.help_was_needed.connect(needed)

    def attach_voice(self, assistant: VoiceAssistant) -> None:
        def view(state: Any) -> None:
            for kind, detail in self.voice.view(state.phase, bool(state.heard), state.why):
                self.add(kind, detail=detail, screen=self.visit.screen)

        assistant.view_did_change.connect(view)

    def printed(self, result: PrintResult) -> None:
        """A ticket print's result: a failure is an equipment fault."""
        if not result.ok:
            paper = "paper" in result.message.lower()
            self.add(ev.FAULT, detail="printer_paper" if paper else "printer_offline")

    def print_failed(self, _error: Exception) -> None:
        self.add(ev.FAULT, detail="printer_offline")


def record_events(
    kiosk_id: str,
    controller: SessionController,
    runner: JourneyRunner,
    assistant: VoiceAssistant,
    queue: QueueService | None,
    parent: QObject,
) -> EventRecorder:
    """Build the recorder and connect it to the kiosk's signals (one call from app)."""
    results = result_steps(runner.journeys.values())
    recorder = EventRecorder(
        kiosk_id, queue, lambda journey, step: (journey, step) in results, parent=parent
    )
    recorder.attach_session(controller)
    recorder.attach_journeys(runner, controller)
    recorder.attach_voice(assistant)
    return recorder
