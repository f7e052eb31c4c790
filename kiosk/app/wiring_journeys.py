"""Journeys and forms: the runner, the home tiles' routes, drafts and booking check-ins."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.queue.models import QueueItem
from kiosk.services.booking_check_in import failed_lookup, found_lookup
from kiosk.services.customer_queue import CustomerQueue
from kiosk.services.journey_runner import JourneyRunner
from kiosk.services.queue_service import QueueService
from kiosk.services.session_controller import SessionController
from kiosk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kiosk.journeys.model import Journey


def add_journeys(
    journeys: dict[str, Journey],
    controller: SessionController,
    customer: CustomerQueue,
    queue: QueueService | None,
) -> JourneyRunner:
    """Give the (checked) journeys a runner and the home tiles their first screens."""
    runner = JourneyRunner(journeys, controller.session, controller.go)
    controller.add_handlers(runner.handlers())
    controller.context_providers.append(runner.context)
    controller.staff_waits.append(runner.waits_for_staff)
    controller.unsaved_work.append(runner.unsaved_form)
    for task in journeys:  # a home tile names its journey (its file's menu = "home")
        controller.task_routes[task] = runner.first_screen(task)
    controller.task_routes["forms"] = "forms"  # the forms menu (kiosk/ui/screens/forms.py)
    runner.help_was_needed.connect(
        lambda reason: customer.request_help(controller.help_context(), reason or None)
    )
    wire_journey_records(
        runner, customer, queue, controller.config["kiosk.id"], lambda: controller.prefs.locale
    )
    return runner


def wire_forms(runner: JourneyRunner, customer: CustomerQueue, window: MainWindow) -> None:
    """A form journey's result: its draft and a number for the counter, written together."""

    def prepare(journey: str, form: str, values: dict[str, str], service: str, key: str) -> None:
        window.ticket.show_taking()
        # The ticket keeps the customer's language (the lobby calls it in it first).
        customer.prepare_form(journey, form, values, service, key, window.context().prefs.locale)

    runner.draft_was_needed.connect(prepare)
    customer.form_did_prepare.connect(
        lambda journey, draft: runner.draft_did_finish(journey, draft.code if draft else None)
    )


def wire_journey_records(
    runner: JourneyRunner,
    customer: CustomerQueue,
    queue: QueueService | None,
    kiosk_id: str,
    language: Callable[[], str] = lambda: "",
) -> None:
    """Booking check-ins are written by the queue worker, never here.

    ``language`` gives the customer's kiosk language, kept with the ticket.
    """

    def check_in(journey: str, code: str) -> None:
        def found(result: tuple[Any, QueueItem]) -> None:
            booking, ticket = result
            customer.hold_ticket(ticket)  # shown large on the welcome, printed if a printer is
            runner.lookup_did_finish(journey, *found_lookup(booking, ticket))

        def missing(error: Exception) -> None:
            runner.lookup_did_finish(journey, *failed_lookup(error))

        if queue is None:
            runner.lookup_did_finish(journey, "not_found", {})
            return
        locale = language()
        queue.call(
            lambda stores: stores.bookings.check_in(code, kiosk_id=kiosk_id, locale=locale),
            on_done=found,
            on_error=missing,
        )

    runner.lookup_was_needed.connect(check_in)
