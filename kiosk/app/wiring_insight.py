"""The live offer of help when a customer seems stuck: its screen and its rules."""

from __future__ import annotations

from kiosk.services.event_recorder import EventRecorder
from kiosk.services.session_controller import SessionController
from kiosk.services.stuck_offer import StuckOffer
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.help_offer import HelpOfferScreen


def add_stuck_offer(
    window: MainWindow, controller: SessionController, recorder: EventRecorder, base_seconds: int
) -> StuckOffer:
    """The offer's screen on the window; its rules fed by the recorder's events."""
    window.add_screen(HelpOfferScreen())
    offer = StuckOffer(controller, recorder, base_seconds, parent=window)
    window.stuck_offer = offer  # type: ignore[attr-defined]  # kept for tests and the tour
    return offer
