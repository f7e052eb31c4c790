"""make_printer chooses once at start-up and never crashes on a missing device."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.core.errors import ConfigError
from kiosk.printing import NullPrinter, PrintableTicket, TicketPrinter, make_printer
from kiosk.printing.escpos_printer import EscposTicketPrinter

TICKET = PrintableTicket(
    label="C003",
    service="Cards",
    lines=("People before you: 3", "Show this at the counter"),
    qr_text="KIOSK-TICKET:2025-03-14:C003:14",
    locale="en",
    bank_name="Riverside Savings Bank",
    issued_at="14 Mar 2025, 10:42",
)


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_no_printer_configured_means_on_screen_only() -> None:
    printer = make_printer(Config())
    assert isinstance(printer, NullPrinter)
    assert isinstance(printer, TicketPrinter)
    assert not printer.configured
    result = printer.print_ticket(TICKET)
    assert (result.ok, result.message) == (False, "no printer configured")
    assert "on screen only" in printer.describe()


def test_dummy_printer_prints() -> None:
    printer = make_printer(Config({"printer.kind": "dummy"}))
    assert isinstance(printer, EscposTicketPrinter)
    assert printer.print_ticket(TICKET).ok
    assert b"\x1dv0" in printer.printer.output


def test_unknown_kind_is_refused_by_the_settings() -> None:
    with pytest.raises(ConfigError, match="one of none, dummy, network, usb, file") as caught:
        Config({"printer.kind": "laser"})
    assert caught.value.key == "printer.kind"


def test_unreachable_network_printer_falls_back_quickly() -> None:
    port = unused_port()
    settings = {"printer.host": "127.0.0.1", "printer.port": port, "printer.timeout_seconds": 1}
    config = Config({"printer.kind": "network", **settings})
    started = time.monotonic()
    printer = make_printer(config)
    assert time.monotonic() - started < 2
    assert isinstance(printer, NullPrinter)
    assert printer.configured
    assert f"cannot reach network printer 127.0.0.1:{port}" in printer.describe()
    assert "on-screen only" in printer.describe()
    assert not printer.print_ticket(TICKET).ok


def test_reachable_network_printer_receives_the_ticket() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(2)
        server.settimeout(2)
        port = server.getsockname()[1]
        config = Config(
            {"printer.kind": "network", "printer.host": "127.0.0.1", "printer.port": port}
        )
        printer = make_printer(config)
        server.accept()[0].close()  # the start-up probe
        assert isinstance(printer, EscposTicketPrinter)
        assert printer.print_ticket(TICKET).ok
        conn, _ = server.accept()
        with conn:
            received = b""
            while chunk := conn.recv(65536):
                received += chunk
    assert b"\x1dv0" in received
    assert b"\x1dV" in received


def test_missing_file_device_falls_back(tmp_path: Path) -> None:
    config = Config({"printer.kind": "file", "printer.device": str(tmp_path / "lp0")})
    printer = make_printer(config)
    assert isinstance(printer, NullPrinter)
    assert "does not exist" in printer.describe()


@pytest.mark.parametrize(
    ("settings", "key"),
    [
        ({"printer.kind": "network"}, "printer.host"),
        ({"printer.kind": "usb", "printer.usb_vendor": "epson"}, "printer.usb_vendor"),
        (
            {"printer.kind": "usb", "printer.usb_vendor": "0x04b8", "printer.usb_product": ""},
            "printer.usb_product",
        ),
        ({"printer.kind": "dummy", "printer.profile": "NoSuchModel"}, "printer.profile"),
    ],
)
def test_bad_printer_settings_name_the_key(settings: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        make_printer(Config(settings))
    assert caught.value.key == key


def test_without_python_escpos_the_kiosk_runs_on_screen_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "escpos", None)
    monkeypatch.setitem(sys.modules, "escpos.printer", None)
    printer = make_printer(Config({"printer.kind": "dummy"}))
    assert isinstance(printer, NullPrinter)
    assert "python-escpos is not installed" in printer.describe()


def test_importing_the_port_loads_neither_escpos_nor_pillow_nor_qt() -> None:
    code = (
        "import sys, kiosk.printing\n"
        "from kiosk.config import Config\n"
        "kiosk.printing.make_printer(Config())\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(loaded & {'escpos', 'PIL', 'PySide6'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
