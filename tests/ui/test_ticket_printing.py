"""The ticket printing service alone: no window, a real worker thread, a recording printer."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.config import Config
from kiosk.content.catalog import load_catalogs
from kiosk.paths import locales_dir
from kiosk.printing import NullPrinter, PrintableTicket, PrintResult
from kiosk.queue import samples
from kiosk.services.background import Background
from kiosk.services.ticket_printing import TicketPrinting


class RecordingPrinter:
    def __init__(self, ok: bool = True, fail: bool = False) -> None:
        self.ok, self.fail = ok, fail
        self.printed: list[PrintableTicket] = []

    def print_ticket(self, ticket: PrintableTicket) -> PrintResult:
        if self.fail:
            raise OSError("paper jam")
        self.printed.append(ticket)
        return PrintResult(ok=self.ok, message="")

    def describe(self) -> str:
        return "recording"


def _service(printer: object) -> tuple[TicketPrinting, list[bool]]:
    owner = QObject()
    catalog = load_catalogs(locales_dir())["zh_CN"]
    config = Config()
    service = TicketPrinting(config, Background(owner), lambda: (catalog, "zh_CN"), printer)  # type: ignore[arg-type]
    service.setParent(owner)
    results: list[bool] = []
    service.print_did_finish.connect(results.append)
    service._owner = owner  # type: ignore[attr-defined]  # keeps the worker relay alive
    return service, results


def test_without_a_printer_the_screen_is_told_at_once(qtbot) -> None:
    service, results = _service(NullPrinter("none configured"))
    service.print(samples.item(1, "A", 1, service="cash"))
    assert results == [False]


def test_a_ticket_is_printed_off_the_gui_thread_in_the_customers_words(qtbot) -> None:
    printer = RecordingPrinter()
    service, results = _service(printer)
    service.print(samples.item(1, "A", 1, service="cash"))
    qtbot.waitUntil(lambda: results == [True], timeout=10_000)
    (ticket,) = printer.printed
    assert ticket.label == "A001"
    assert ticket.locale == "zh_CN"
    assert ticket.service == load_catalogs(locales_dir())["zh_CN"].text("service.cash")


def test_a_printer_that_fails_or_raises_tells_the_customer_to_remember_the_number(qtbot) -> None:
    for printer in (RecordingPrinter(ok=False), RecordingPrinter(fail=True)):
        service, results = _service(printer)
        service.print(samples.item(2, "B", 2, service="account"))
        qtbot.waitUntil(lambda results=results: results == [False], timeout=10_000)
