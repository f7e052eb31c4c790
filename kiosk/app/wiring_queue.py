"""The customer's queue: help requests, tickets (shown and printed) and the feedback rating."""

from __future__ import annotations

from kiosk.content.catalog import Catalog
from kiosk.queue.models import QueueItem, Status
from kiosk.services.customer_queue import CustomerQueue, HelpView
from kiosk.services.feedback import FeedbackRating
from kiosk.services.queue_service import QueueService
from kiosk.services.session_controller import SessionController
from kiosk.services.ticket_printing import TicketPrinting, Words
from kiosk.ui.main_window import MainWindow


def customer_words(window: MainWindow) -> Words:
    """The customer's catalogue and locale, read when a ticket is printed."""

    def words() -> tuple[Catalog, str]:
        context = window.context()
        return context.catalog, context.prefs.locale

    return words


def wire_customer_queue(
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
    tickets: TicketPrinting,
) -> None:
    """Customer taps → queue operations → what the help and ticket screens show."""
    rating = FeedbackRating(customer.rate)

    def on_help(view: HelpView) -> None:
        window.help.show_view(view)
        if view.phase == "closed" and view.item is not None:
            window.feedback.reset(view.item.claimed_by or "")
            rating.help_did_close(view.item.id)
            controller.help_did_close(served=view.item.status == Status.DONE)

    def on_ticket(item: QueueItem) -> None:
        window.ticket.show_ticket(item, printed=False)
        tickets.print(item)
        if queue is not None:
            queue.call(
                lambda s: s.queue.wait_estimate(item.id), on_done=window.ticket.show_estimate
            )
            refresh_counters()  # counters: "Served at: Counter 1" (kiosk.queue.counters)

    def refresh_counters() -> None:
        if queue is not None:
            queue.call(lambda s: s.counters.list_all(), on_done=window.ticket.set_counters)

    def on_rating(score: int) -> None:
        window.feedback.mark_rated()
        rating.rate(score)

    def on_thanks() -> None:
        window.feedback.mark_thanked()
        rating.thank(window.feedback.staff_name)

    refresh_counters()
    controller.help_was_requested.connect(customer.request_help)
    controller.quiet_alert_was_raised.connect(customer.request_quiet_check)
    controller.help_reason_was_chosen.connect(customer.set_reason)
    controller.help_was_cancelled.connect(customer.cancel_help)
    controller.rating_was_given.connect(on_rating)
    controller.staff_was_thanked.connect(on_thanks)
    controller.session_did_end.connect(customer.forget)
    controller.session_did_end.connect(rating.forget)
    customer.help_did_change.connect(on_help)
    customer.ticket_did_issue.connect(on_ticket)
    customer.ticket_did_fail.connect(lambda _msg: window.ticket.show_failure())
    tickets.print_did_finish.connect(window.ticket.set_printed)
