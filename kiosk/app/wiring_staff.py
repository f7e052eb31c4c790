"""Staff-assisted mode: hidden gesture → staff PIN on the kiosk → staff bar over the screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kiosk.services.customer_queue import CustomerQueue
from kiosk.services.journey_runner import JourneyRunner
from kiosk.services.queue_service import QueueService
from kiosk.services.session_controller import SessionController
from kiosk.staff.assist import StaffAssist, StaffGesture
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def wire_staff_assist(
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
    assist: StaffAssist,
    gesture: StaffGesture,
    journeys: JourneyRunner,
) -> None:
    """Hidden gesture → staff PIN on the kiosk → staff bar over the customer's place."""
    from kiosk.staff.auth import record

    mode = _AssistedMode(controller, window, customer, queue, assist, journeys)
    if queue is not None:
        assist.on_audit = lambda staff, action: queue.call(record, staff, action)
    gesture.gesture_did_happen.connect(mode.open_sign_in)
    controller.staff_sign_in_was_requested.connect(mode.check_pin)
    assist.did_start.connect(lambda _name: controller.set_staff_mode(True))
    assist.did_start.connect(mode.refresh_bar)
    assist.did_end.connect(mode.ended)
    controller.screen_did_change.connect(mode.refresh_bar)
    controller.prefs_did_change.connect(mode.refresh_bar)
    controller.session_did_end.connect(assist.end)
    window.staff_bar.helping_was_tapped.connect(mode.helping)
    window.staff_bar.return_was_tapped.connect(assist.end)


class _AssistedMode(QObject):
    """What the staff gesture, the PIN and the staff bar's buttons do."""

    def __init__(
        self,
        controller: SessionController,
        window: MainWindow,
        customer: CustomerQueue,
        queue: QueueService | None,
        assist: StaffAssist,
        journeys: JourneyRunner,
    ) -> None:
        super().__init__(window)  # kept alive with the window: its methods are slots
        self.controller = controller
        self.window = window
        self.customer = customer
        self.queue = queue
        self.assist = assist
        self.journeys = journeys

    def open_sign_in(self) -> None:
        from kiosk.staff.auth import staff_names

        queue = self.queue
        if self.assist.active or queue is None:
            log.info("staff gesture ignored (%s)", "already in staff mode" if queue else "no queue")
            return
        sign_in = self.window.staff_sign_in  # built after the first paint
        sign_in.reset()
        self.controller.open_staff_sign_in()
        queue.call(staff_names, on_done=sign_in.set_names)

    def check_pin(self, name: str) -> None:
        from kiosk.staff.auth import verify_pin
        from kiosk.staff.words import sign_in_refusal

        if self.queue is None:
            return
        catalog = self.window.context().catalog
        sign_in = self.window.staff_sign_in

        def verified(ok: object) -> None:
            if ok:
                self.controller.back()  # to the customer's screen, now with the staff bar
                self.assist.start(name)
            else:
                sign_in.show_message(catalog.text("staff.wrong_pin"))

        def failed(error: Exception) -> None:
            sign_in.show_message(sign_in_refusal(error, catalog))

        self.queue.call(verify_pin, name, sign_in.take_pin(), on_done=verified, on_error=failed)

    def refresh_bar(self, *_: object) -> None:
        from kiosk.staff.words import bar_summary

        if self.assist.staff is None:
            return
        catalog = self.window.context().catalog
        context = self.controller.help_context()
        summary = bar_summary(context, catalog, self.journeys.journeys, self.window.context_values)
        self.window.staff_bar.show_for(
            catalog, self.controller.prefs.theme, self.assist.staff, summary, self.assist.helping
        )

    def helping(self) -> None:
        if self.assist.staff is not None:
            self.assist.mark_helping()
            self.customer.staff_is_helping(self.assist.staff, self.controller.help_context())
            self.refresh_bar()

    def ended(self) -> None:
        self.window.staff_bar.hide()
        self.controller.set_staff_mode(False)
