"""The customer's queue: help requests, tickets (shown and printed) and the feedback rating."""

from __future__ import annotations

import logging
from datetime import datetime

from kiosk.config import Config
from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.printing import NullPrinter, PrintableTicket, TicketPrinter, make_printer
from kiosk.queue.models import QueueItem, Status
from kiosk.services.background import Background
from kiosk.services.customer_queue import CustomerQueue, HelpView
from kiosk.services.queue_service import QueueService
from kiosk.services.session_controller import SessionController
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class TicketPrinting:
    """Prints a ticket in the customer's words, off the GUI thread."""

    def __init__(
        self,
        config: Config,
        background: Background,
        window: MainWindow,
        printer: TicketPrinter | None,
    ) -> None:
        self.config = config
        self.background = background
        self.window = window
        self.printer: TicketPrinter = printer or NullPrinter("printer still connecting")
        if printer is None:
            background.run(lambda: make_printer(config), on_done=self._ready)

    def _ready(self, printer: TicketPrinter) -> None:
        self.printer = printer
        log.info("ticket printer: %s", printer.describe())

    def print(self, item: QueueItem) -> None:
        """Print if we can; the screen says which (take it below / remember it)."""
        if isinstance(self.printer, NullPrinter):
            self.window.ticket.set_printed(False)
            return
        from kiosk.qr import ticket_reference

        context = self.window.context()
        c = context.catalog
        lines, qr_text = form_slip(item, c)
        ticket = PrintableTicket(
            label=item.label,
            service=c.text(f"service.{item.service}"),
            lines=lines,
            qr_text=qr_text or ticket_reference(item.day, item.label, item.id),
            locale=context.prefs.locale,
            bank_name=self.config["bank.name"],
            issued_at=datetime.now().strftime("%Y-%m-%d %H:%M"),
        )
        printer = self.printer
        self.background.run(
            lambda: printer.print_ticket(ticket),
            on_done=lambda result: self.window.ticket.set_printed(bool(result.ok)),
            on_error=lambda _exc: self.window.ticket.set_printed(False),
        )


def form_slip(item: QueueItem, catalog: Catalog) -> tuple[tuple[str, ...], str]:
    """A ticket slip's lines and QR text: a form's number carries its code and opens it.

    Returns:
        The lines under the number, and the QR text ("" for a plain ticket's own).
    """
    code = item.context.get("draft_code")
    if not isinstance(code, str) or not code:
        return (catalog.text("ticket.qr_caption"),), ""
    return (catalog.text("ticket.form_code", code=code),), ids.draft_reference(code)


def wire_customer_queue(
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
    tickets: TicketPrinting,
) -> None:
    """Customer taps → queue operations → what the help and ticket screens show."""
    rating: dict[str, int] = {}

    def on_help(view: HelpView) -> None:
        window.help.show_view(view)
        if view.phase == "closed" and view.item is not None:
            window.feedback.reset(view.item.claimed_by or "")
            rating["item"] = view.item.id
            controller.help_did_close(served=view.item.status == Status.DONE)

    def on_ticket(item: QueueItem) -> None:
        window.ticket.show_ticket(item, printed=False)
        tickets.print(item)
        if queue is not None:
            queue.call("wait_estimate", item.id, on_done=window.ticket.show_estimate)

    def on_rating(score: int) -> None:
        rating["score"] = score
        window.feedback.mark_rated()
        if "item" in rating:
            customer.rate(rating["item"], score)

    def on_thanks() -> None:
        window.feedback.mark_thanked()
        if "item" in rating:
            customer.rate(rating["item"], rating.get("score", 3), window.feedback.staff_name)

    controller.help_was_requested.connect(customer.request_help)
    controller.quiet_alert_was_raised.connect(customer.request_quiet_check)
    controller.help_reason_was_chosen.connect(customer.set_reason)
    controller.help_was_cancelled.connect(customer.cancel_help)
    controller.rating_was_given.connect(on_rating)
    controller.staff_was_thanked.connect(on_thanks)
    controller.session_did_end.connect(customer.forget)
    controller.session_did_end.connect(rating.clear)
    customer.help_did_change.connect(on_help)
    customer.ticket_did_issue.connect(on_ticket)
    customer.ticket_did_fail.connect(lambda _msg: window.ticket.show_failure())
