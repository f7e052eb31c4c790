"""The barcode scanner: a booking QR held under it checks the customer in, from any screen."""

from __future__ import annotations

import logging

from kiosk.journeys.booking_code import scan_allowed
from kiosk.services.journey_runner import CHECK_IN, JourneyRunner
from kiosk.services.scanner import ScannerListener
from kiosk.services.session_controller import SessionController
from kiosk.staff.assist import StaffAssist
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def wire_scanner(
    controller: SessionController,
    window: MainWindow,
    journeys: JourneyRunner,
    assist: StaffAssist,
    gap_ms: int,
) -> ScannerListener:
    """A booking QR held under the scanner checks the customer in, from any screen.

    Installed after the other filters so it runs first; ``only=window`` leaves
    the staff console (same process in the demo) its own scans.
    """
    scanner = ScannerListener(window, only=window, max_gap_ms=gap_ms)

    def on_scan(text: str) -> None:
        controller.note_activity()  # scanner keys never reach the activity filter
        if not scan_allowed(controller.visible_screen, assist.active):
            log.info("scan ignored on %s", controller.visible_screen)
            return
        if not journeys.scan_booking(text):
            # Not a booking (a ticket, a form code, a shop barcode): the not-found
            # page says what to check and offers staff.
            log.info("scanned code is not a booking")
            journeys.start(CHECK_IN)
            journeys.lookup_did_finish(CHECK_IN, "not_found", {})

    scanner.did_scan.connect(on_scan)
    return scanner  # the caller installs it with the other app-wide filters
