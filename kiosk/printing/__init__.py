"""Ticket printing: choose the printer once at start-up, fall back to on-screen only.

The UI depends on :class:`TicketPrinter` and :func:`make_printer` only; Pillow
and python-escpos are imported when a printer is actually configured.
"""

from __future__ import annotations

import logging

from kiosk.config import Config
from kiosk.printing.ports import (
    NO_PRINTER,
    NullPrinter,
    PrintableTicket,
    PrinterUnavailable,
    PrintingError,
    PrintResult,
    TicketPrinter,
)

__all__ = [
    "NO_PRINTER",
    "NullPrinter",
    "PrintResult",
    "PrintableTicket",
    "PrinterUnavailable",
    "PrintingError",
    "TicketPrinter",
    "fix_hint",
    "make_printer",
]

log = logging.getLogger(__name__)

_FIX_HINTS = {
    "network": "switch the printer on, check its cable and that printer.host / printer.port "
    "in kiosk.toml match its address (print its self-test page to see it)",
    "usb": "check the USB cable, printer.usb_vendor / printer.usb_product (see `lsusb`), "
    "that pyusb is installed (pip install 'python-escpos[usb]') and that the kiosk user "
    "may use the device (udev rule)",
    "file": "check the cable and printer.device, and that the kiosk user may write to it "
    "(usually group lp)",
}


def fix_hint(kind: str) -> str:
    """What a technician should check when a printer of ``kind`` cannot be used."""
    return _FIX_HINTS.get(kind, "check the printer settings in kiosk.toml")


def make_printer(config: Config) -> TicketPrinter:
    """The printer the settings ask for, or a :class:`NullPrinter` that says why not.

    Never fails because of the device: a missing library or an unreachable
    printer gives a NullPrinter whose ``describe()`` names the reason. It may
    wait up to ``printer.timeout_seconds`` for a network printer.

    Raises:
        ConfigError: a printer setting is missing or malformed (a mistake in
            kiosk.toml, reported at start-up like every other bad setting).
    """
    kind = config["printer.kind"]
    if kind == "none":
        return NullPrinter()
    try:
        from kiosk.printing.escpos_printer import connect_printer
    except ImportError as exc:  # Pillow missing: the kiosk still runs
        reason = f"printing library missing ({exc.name or exc}); run pip install -e ."
        log.warning("ticket printer disabled: %s", reason)
        return NullPrinter(reason)
    try:
        printer = connect_printer(config)
    except PrinterUnavailable as exc:
        log.warning("ticket printer disabled: %s", exc)
        return NullPrinter(str(exc))
    log.info("ticket printer: %s", printer.describe())
    return printer
