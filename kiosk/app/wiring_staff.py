"""Staff-assisted mode: hidden gesture → staff PIN on the kiosk → staff bar over the screen."""

from __future__ import annotations

import logging

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
    from kiosk.staff.auth import record, staff_names, verify_pin
    from kiosk.staff.words import bar_summary

    def open_sign_in() -> None:
        if assist.active or queue is None:
            log.info("staff gesture ignored (%s)", "already in staff mode" if queue else "no queue")
            return
        sign_in = window.staff_sign_in  # built after the first paint
        sign_in.reset()
        controller.open_staff_sign_in()
        queue.call(staff_names, on_done=sign_in.set_names)

    def check_pin(name: str) -> None:
        if queue is None:
            return
        catalog = window.context().catalog
        sign_in = window.staff_sign_in

        def verified(ok: object) -> None:
            if ok:
                controller.back()  # to the customer's screen, now with the staff bar
                assist.start(name)
            else:
                sign_in.show_message(catalog.text("staff.wrong_pin"))

        def failed(error: Exception) -> None:
            until = getattr(error, "until", None)
            sign_in.show_message(
                catalog.text("staff.locked", time=until.strftime("%H:%M")) if until else str(error)
            )

        queue.call(verify_pin, name, sign_in.take_pin(), on_done=verified, on_error=failed)

    def refresh_bar(*_: object) -> None:
        if assist.staff is None:
            return
        catalog = window.context().catalog
        context = controller.help_context()
        summary = bar_summary(context, catalog, journeys.journeys, window.context_values)
        window.staff_bar.show_for(
            catalog, controller.prefs.theme, assist.staff, summary, assist.helping
        )

    def helping() -> None:
        if assist.staff is not None:
            assist.mark_helping()
            customer.staff_is_helping(assist.staff, controller.help_context())
            refresh_bar()

    def ended() -> None:
        window.staff_bar.hide()
        controller.set_staff_mode(False)

    if queue is not None:
        assist.on_audit = lambda staff, action: queue.call(record, staff, action)
    gesture.gesture_did_happen.connect(open_sign_in)
    controller.staff_sign_in_was_requested.connect(check_pin)
    assist.did_start.connect(lambda _name: controller.set_staff_mode(True))
    assist.did_start.connect(refresh_bar)
    assist.did_end.connect(ended)
    controller.screen_did_change.connect(refresh_bar)
    controller.prefs_did_change.connect(refresh_bar)
    controller.session_did_end.connect(assist.end)
    window.staff_bar.helping_was_tapped.connect(helping)
    window.staff_bar.return_was_tapped.connect(assist.end)
