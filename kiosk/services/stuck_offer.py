"""The live offer of help when a customer seems stuck (issue 14), wired to the kiosk.

The Qt-free :class:`~kiosk.insight.stuck.StuckDetector` sees the same events as
the record (through :class:`EventRecorder`'s listeners) and a tick every few
seconds; an offer opens ``help.offer`` over the step. "Yes, please" returns to
the step and sends an ordinary help request whose context card says how the
customer was stuck; "No, thank you" returns to the step, and the kiosk does not
ask again there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from kiosk.core import ids
from kiosk.insight import events as ev
from kiosk.insight.stuck import OFFER_SCREEN, Offer, StuckDetector
from kiosk.insight.visit import OVERLAYS

if TYPE_CHECKING:
    from kiosk.services.event_recorder import EventRecorder
    from kiosk.services.session_controller import SessionController

TICK_MS = 2000
# Over these the step's clock stops (the offer itself, help, language, a warning…).
_PAUSING = OVERLAYS | {OFFER_SCREEN, ids.FEEDBACK}


class StuckOffer(QObject):
    """Connects the detector to the session, the record and the offer screen.

    Args:
        controller: The session (navigation, help requests, text size).
        recorder: The event record (its events feed the detector).
        base_seconds: ``insight.stuck_seconds``.
        tick_ms: How often the long-stay check runs.
    """

    def __init__(
        self,
        controller: SessionController,
        recorder: EventRecorder,
        base_seconds: int,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.recorder = recorder
        self.detector = StuckDetector(base_seconds, lambda: controller.prefs.text_size)
        self.asking: Offer | None = None
        self._accepted: Offer | None = None
        recorder.listeners.append(self._on_event)
        controller.screen_did_change.connect(self._on_screen)
        controller.session_did_end.connect(self._on_session_end)
        controller.context_providers.append(self.context)
        controller.add_handlers(
            {
                "help_offer_yes": lambda _: self.answer(True),
                "help_offer_no": lambda _: self.answer(False),
            }
        )
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(lambda: self._show(self.detector.tick(recorder.now())))
        self._timer.start()

    def context(self) -> dict[str, Any]:
        """For the help request's context card: how the customer was stuck."""
        return {"stuck": self._accepted.trigger} if self._accepted is not None else {}

    def answer(self, yes: bool) -> None:
        """The customer's answer to the offer on screen."""
        offer = self.detector.answered(yes)
        self.asking = None
        if offer is None:
            return
        kind = ev.STUCK_ACCEPTED if yes else ev.STUCK_DECLINED
        self.recorder.add(kind, detail=offer.trigger, journey=offer.journey, step=offer.step)
        self.controller.back()  # to the step: help is asked for from where they were
        if yes:
            self._accepted = offer
            try:
                self.controller.request_help()
            finally:
                self._accepted = None

    def _on_event(self, event: ev.Event) -> None:
        if event.kind.startswith(("stuck_", "ticket_")):
            return
        self._show(self.detector.feed(event))

    def _show(self, offer: Offer | None) -> None:
        if offer is not None:
            # After the screen change being handled now has reached every listener:
            # a change started inside another's signal would arrive before it.
            QTimer.singleShot(0, self, lambda: self._open(offer))

    def _open(self, offer: Offer) -> None:
        if self.controller.visible_screen != ids.journey_screen(offer.journey, offer.step):
            self.detector.answered(yes=True)  # not where they are now: forget it quietly
            return
        self.asking = offer
        self.recorder.add(
            ev.STUCK_OFFERED, detail=offer.trigger, journey=offer.journey, step=offer.step
        )
        self.controller.go(OFFER_SCREEN)

    def _on_screen(self, screen: str) -> None:
        self.detector.pause(screen in _PAUSING, self.recorder.now())
        if self.asking is not None and screen not in (OFFER_SCREEN, ids.TIMEOUT_WARNING):
            # They moved on some other way (Back, Call staff): the offer is over, unanswered.
            self.detector.answered(yes=True)
            self.asking = None

    def _on_session_end(self) -> None:
        self.asking = None
        self.detector.reset()
