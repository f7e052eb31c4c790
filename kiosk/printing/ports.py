"""The ticket-printer port and the no-printer fallback.

Pure Python (no escpos, no Pillow, no Qt): the UI and the services depend on
this module only, so the kiosk runs the same with or without a printer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from kiosk.core.errors import KioskError

NO_PRINTER = "no printer configured"


@dataclass(frozen=True)
class PrintableTicket:
    """Everything printed on a ticket, already in the customer's words.

    The printer translates nothing: the caller passes text for ``locale``.

    Attributes:
        label: The queue number, e.g. ``"A007"``.
        service: The service in words, e.g. ``"Cash"`` / ``"现金业务"``.
        lines: Further lines, e.g. ``("People before you: 3", "Show this at the counter")``.
        qr_text: What the QR code holds (see :func:`kiosk.qr.ticket_reference`).
        locale: ``en``, ``zh_CN`` or ``ko``; picks a font with the right glyphs.
        bank_name: Printed at the top.
        issued_at: Local time as the customer reads it, e.g. ``"2025-03-14 10:42"``.
    """

    label: str
    service: str
    lines: Sequence[str] = field(default=())
    qr_text: str = ""
    locale: str = "en"
    bank_name: str = ""
    issued_at: str = ""

    def __post_init__(self) -> None:
        # A list passed by the caller must not change the ticket after the fact.
        object.__setattr__(self, "lines", tuple(self.lines))


@dataclass(frozen=True)
class PrintResult:
    """Whether the ticket came out; ``message`` is for the log, not the customer."""

    ok: bool
    message: str


@runtime_checkable
class TicketPrinter(Protocol):
    """A ticket printer. Implementations never raise: failures come back as results."""

    def print_ticket(self, ticket: PrintableTicket) -> PrintResult:
        """Print one ticket; blocking I/O, so call it off the GUI thread."""
        ...

    def describe(self) -> str:
        """One line for the technician and the log: which printer, or why none."""
        ...


class PrintingError(KioskError):
    """A ticket cannot be printed (no font with its glyphs, printer unreachable)."""


class PrinterUnavailable(PrintingError):
    """The configured printer cannot be used; the message says why, in words."""


class NullPrinter:
    """No usable printer: the number is shown on screen only.

    Used when none is configured and as the fallback when the configured one
    cannot be reached at start-up, so the UI has a single "on-screen only" case.
    """

    def __init__(self, reason: str = NO_PRINTER) -> None:
        self.reason = reason

    @property
    def configured(self) -> bool:
        """True when a printer was configured but is unusable (a fault to report)."""
        return self.reason != NO_PRINTER

    def print_ticket(self, ticket: PrintableTicket) -> PrintResult:
        return PrintResult(ok=False, message=self.reason)

    def describe(self) -> str:
        if not self.configured:
            return "none configured — tickets are shown on screen only"
        return f"on-screen only: {self.reason}"
