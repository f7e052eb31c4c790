"""Printing a customer's ticket off the GUI thread, on whichever printer start-up found."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.content.catalog import Catalog
from kiosk.printing import NullPrinter, PrintResult, TicketPrinter, make_printer
from kiosk.printing.slip import printable_ticket
from kiosk.queue.counters import Counter
from kiosk.queue.models import QueueItem
from kiosk.services.background import Background

log = logging.getLogger(__name__)

# The customer's words and language now: (catalogue, locale).
Words = Callable[[], tuple[Catalog, str]]


class TicketPrinting(QObject):
    """Prints a ticket in the customer's words, off the GUI thread.

    Args:
        words: The customer's catalogue and locale at the moment of printing.
        printer: The printer; ``None`` chooses one from the settings in the
            background (tickets are on-screen only until it is ready).

    Signals:
        print_did_finish(bool): the ticket came out of a printer (True), or the
            customer must remember the number on the screen (False).
        print_did_report(object): the printer's :class:`PrintResult` (out of
            paper, offline …), for the event record's equipment faults.
    """

    print_did_finish = Signal(bool)
    print_did_report = Signal(object)

    def __init__(
        self,
        config: Config,
        background: Background,
        words: Words,
        printer: TicketPrinter | None,
        parent: QObject | None = None,
        counters: Callable[[], Sequence[Counter]] = tuple,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.counters = counters  # which counters serve the ticket, for its calling lines
        self.background = background
        self.words = words
        self.printer: TicketPrinter = printer or NullPrinter("printer still connecting")
        if printer is None:
            background.run(lambda: make_printer(config), on_done=self._ready)

    def _ready(self, printer: TicketPrinter) -> None:
        self.printer = printer
        log.info("ticket printer: %s", printer.describe())

    def print(self, item: QueueItem) -> None:
        """Print if we can; :attr:`print_did_finish` says which (take it below / remember it)."""
        if isinstance(self.printer, NullPrinter):
            self.print_did_finish.emit(False)
            return
        catalog, locale = self.words()
        issued_at = datetime.now().strftime("%Y-%m-%d %H:%M")
        ticket = printable_ticket(
            item, catalog, locale, self.config["bank.name"], issued_at, self.counters()
        )
        printer = self.printer
        self.background.run(
            lambda: printer.print_ticket(ticket), on_done=self._printed, on_error=self._failed
        )

    def _printed(self, result: PrintResult) -> None:
        self.print_did_finish.emit(bool(result.ok))
        self.print_did_report.emit(result)

    def _failed(self, _error: Exception) -> None:
        self.print_did_finish.emit(False)
