"""The live offer of help when a customer seems stuck: its rules, fed by the event record.

Its screen (``help.offer``) is built with the other task screens (kiosk.app.kiosk).
"""

from __future__ import annotations

from kiosk.services.event_recorder import EventRecorder
from kiosk.services.session_controller import SessionController
from kiosk.services.stuck_offer import StuckOffer
from kiosk.ui.main_window import MainWindow


def add_stuck_offer(
    window: MainWindow, controller: SessionController, recorder: EventRecorder, base_seconds: int
) -> StuckOffer:
    """The offer's rules on the window (it opens ``help.offer`` when a customer seems stuck)."""
    offer = StuckOffer(controller, recorder, base_seconds, parent=window)
    window.stuck_offer = offer  # type: ignore[attr-defined]  # kept for tests and the tour
    return offer
