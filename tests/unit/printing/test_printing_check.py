"""`kiosk check` reports the printer: none is fine, unreachable is a failure with a fix."""

from __future__ import annotations

import socket
from pathlib import Path

from kiosk.diagnostics import CHECKS, check_printer


def configure(data_dir: Path, text: str) -> None:
    (data_dir / "kiosk.toml").write_text(text, encoding="utf-8")


def test_printer_check_is_part_of_kiosk_check() -> None:
    assert check_printer in CHECKS


def test_no_printer_is_ok(data_dir: Path) -> None:
    result = check_printer(data_dir)
    assert result.ok
    assert result.detail == "none configured — tickets are shown on screen only"


def test_dummy_printer_is_ready(data_dir: Path) -> None:
    configure(data_dir, '[printer]\nkind = "dummy"\n')
    result = check_printer(data_dir)
    assert result.ok, result.detail
    assert "ready" in result.detail


def test_unreachable_printer_fails_with_a_fix(data_dir: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    configure(data_dir, f'[printer]\nkind = "network"\nhost = "127.0.0.1"\nport = {port}\n')
    result = check_printer(data_dir)
    assert not result.ok
    assert "cannot reach" in result.detail
    assert "printer.host" in result.fix


def test_bad_printer_setting_fails_naming_it(data_dir: Path) -> None:
    configure(data_dir, '[printer]\nkind = "usb"\nusb_vendor = "epson"\n')
    result = check_printer(data_dir)
    assert not result.ok
    assert "printer.usb_vendor" in result.detail
