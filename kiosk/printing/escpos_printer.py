"""Ticket printing through python-escpos (the only importer of ``escpos``).

``escpos`` is imported inside functions only, so the kiosk starts
(on-screen only) on a machine without it. Every device error becomes a
:class:`PrintResult` with ``ok=False``: a jammed printer never reaches the UI
as an exception.
"""

from __future__ import annotations

import copy
import logging
import os
import threading
from typing import Any

from kiosk.config import Config
from kiosk.core.errors import ConfigError
from kiosk.printing.ports import PrintableTicket, PrinterUnavailable, PrintResult
from kiosk.printing.render import PAPER_WIDTH_PX, render_ticket_image

__all__ = ["EscposTicketPrinter", "connect_printer", "render_ticket_image"]

log = logging.getLogger(__name__)

QR_DOT_SIZE = 8  # 8 dots per module: about 25 mm wide for a ticket reference


def _reason(exc: BaseException) -> str:
    """An exception as one line (escpos messages span several)."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class EscposTicketPrinter:
    """Prints tickets on any python-escpos printer object.

    The connection is opened for each ticket and closed after it: a network
    printer is free for others in between, and a printer switched off and on
    again (or a USB cable re-plugged) works for the next ticket.
    """

    def __init__(
        self,
        printer: Any,
        *,
        paper_width_px: int = PAPER_WIDTH_PX,
        name: str = "ESC/POS printer",
    ) -> None:
        self.printer = printer
        self.name = name
        self.width_px = _fit_profile(printer, paper_width_px)
        self._lock = threading.Lock()  # one ticket at a time on one device

    def describe(self) -> str:
        return self.name

    def print_ticket(self, ticket: PrintableTicket) -> PrintResult:
        try:
            image = render_ticket_image(ticket, self.width_px)
        except Exception as exc:  # a ticket that cannot be drawn must not stop the kiosk
            log.warning("ticket %s not printed: %s", ticket.label, _reason(exc))
            return PrintResult(False, f"cannot draw ticket: {_reason(exc)}")
        with self._lock:
            try:
                self._open()
                self.printer.image(image)
                self._qr(ticket.qr_text)
                self.printer.cut()
            except Exception as exc:  # offline, paper out, USB gone: all mean "not printed"
                log.warning(
                    "ticket %s not printed on %s: %s", ticket.label, self.name, _reason(exc)
                )
                return PrintResult(False, f"{self.name}: {_reason(exc)}")
            finally:
                self._close()
        log.info("ticket %s printed on %s", ticket.label, self.name)
        return PrintResult(True, f"printed {ticket.label}")

    def probe(self) -> None:
        """Open and close the connection once; PrinterUnavailable says why it failed."""
        with self._lock:
            try:
                self._open()
            except Exception as exc:  # every reason a device can be unreachable
                raise PrinterUnavailable(f"cannot reach {self.name} ({_reason(exc)})") from exc
            finally:
                self._close()

    def _open(self) -> None:
        # escpos' File printer opens its path for writing: a vanished device
        # node would silently become a regular file instead of an error.
        devfile = getattr(self.printer, "devfile", None)
        if devfile and not os.path.exists(devfile):
            raise PrinterUnavailable(f"{devfile} does not exist (printer unplugged?)")
        self.printer.open()

    def _close(self) -> None:
        try:
            self.printer.close()
        except Exception as exc:  # closing a dead connection may fail too; nothing to do
            log.debug("closing %s: %s", self.name, _reason(exc))

    def _qr(self, text: str) -> None:
        """The printer's own QR command; an image when the model lacks it or refuses."""
        if not text:
            return
        from escpos.constants import QR_ECLEVEL_M  # medium, like the QR on screen

        self.printer.set(align="center")
        try:
            if _supports(self.printer, "qrCode"):
                self.printer.qr(text, ec=QR_ECLEVEL_M, size=QR_DOT_SIZE, native=True)
                return
        except (ValueError, NotImplementedError) as exc:
            log.info("native QR refused (%s); printing it as an image", _reason(exc))
        finally:
            self.printer.set(align="left")
        self.printer.qr(text, ec=QR_ECLEVEL_M, size=QR_DOT_SIZE, native=False, center=True)


def _supports(printer: Any, feature: str) -> bool:
    try:
        return bool(printer.profile.supports(feature))
    except (AttributeError, KeyError):
        return True  # unknown model: try the command and fall back on refusal


def _fit_profile(printer: Any, width_px: int) -> int:
    """The image width to use, and tell escpos the paper width when its profile does not.

    escpos refuses images wider than a known model's paper; a generic profile
    has no width, which breaks centring (and makes escpos print to stdout).
    """
    try:
        pixels = printer.profile.profile_data["media"]["width"]["pixels"]
    except (AttributeError, KeyError, TypeError):
        return width_px
    if isinstance(pixels, int):
        if pixels < width_px:
            log.info("printer model prints %d dots wide; tickets drawn at that width", pixels)
        return min(width_px, pixels)
    # The profile's data is shared by every printer of that model: copy before changing.
    data = copy.deepcopy(printer.profile.profile_data)
    data["media"]["width"]["pixels"] = width_px
    printer.profile.profile_data = data
    return width_px


def _hex_id(config: Config, key: str) -> int:
    text = config[key].strip()
    try:
        value = int(text, 16)
    except ValueError:
        value = -1
    if not 0 < value <= 0xFFFF:
        raise ConfigError(key, f"must be a USB id in hex like 0x04b8, not {text!r}", config.source)
    return value


def _require(config: Config, key: str) -> str:
    value = config[key].strip()
    if not value:
        kind = config["printer.kind"]
        raise ConfigError(key, f"is needed when printer.kind is {kind}", config.source)
    return value


def _profile(config: Config) -> str | None:
    name = config["printer.profile"].strip()
    if not name:
        return None
    from escpos.capabilities import get_profile_class

    try:
        get_profile_class(name)
    except KeyError:
        raise ConfigError(
            "printer.profile", f"is not a python-escpos printer model: {name!r}", config.source
        ) from None
    return name


def _build(config: Config) -> tuple[Any, str]:
    """An unopened escpos printer for the settings, and its name for people."""
    try:
        from escpos import printer as models
    except ImportError as exc:
        raise PrinterUnavailable(f"python-escpos is not installed ({exc})") from exc
    kind = config["printer.kind"]
    timeout = config["printer.timeout_seconds"]
    common = {"profile": _profile(config)}
    if kind == "dummy":
        return models.Dummy(**common), "dummy printer (keeps output in memory; for tests)"
    if kind == "network":
        host, port = _require(config, "printer.host"), config["printer.port"]
        device = models.Network(host, port, timeout=timeout, **common)
        return device, f"network printer {host}:{port}"
    if kind == "usb":
        vendor = _hex_id(config, "printer.usb_vendor")
        product = _hex_id(config, "printer.usb_product")
        # pyusb counts milliseconds; escpos' default of 0 would wait forever.
        device = models.Usb(vendor, product, timeout=timeout * 1000, **common)
        return device, f"USB printer {vendor:04x}:{product:04x}"
    if kind == "file":
        path = _require(config, "printer.device")
        return models.File(path, **common), f"printer at {path}"
    raise ConfigError("printer.kind", f"is not a printer kind: {kind!r}", config.source)


def connect_printer(config: Config) -> EscposTicketPrinter:
    """The configured printer, checked reachable once at start-up.

    Raises:
        ConfigError: a printer setting is missing or malformed.
        PrinterUnavailable: the library is missing or the printer cannot be reached.
    """
    device, name = _build(config)
    printer = EscposTicketPrinter(
        device, paper_width_px=config["printer.paper_width_px"], name=name
    )
    printer.probe()
    return printer
