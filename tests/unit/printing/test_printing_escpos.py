"""EscposTicketPrinter on python-escpos' Dummy printer: commands sent, failures contained."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from escpos.printer import Dummy

from kiosk.printing import PrintableTicket
from kiosk.printing.escpos_printer import EscposTicketPrinter

RASTER_IMAGE = b"\x1dv0"  # GS v 0
CUT = b"\x1dV"  # GS V
NATIVE_QR = b"\x1d(k"  # GS ( k: the printer draws the 2D code itself

ZH = PrintableTicket(
    label="A007",
    service="现金业务",
    lines=["您前面还有 3 位客户", "请在柜台出示此票"],
    qr_text="KIOSK-TICKET:2025-03-14:A007:12",
    locale="zh_CN",
    bank_name="河畔储蓄银行",
    issued_at="2025-03-14 10:42",
)
KO = PrintableTicket(
    label="B012",
    service="계좌 업무",
    lines=["앞에 3명이 기다리고 있습니다", "창구에서 이 번호표를 보여 주세요"],
    qr_text="KIOSK-TICKET:2025-03-14:B012:13",
    locale="ko",
    bank_name="리버사이드 저축은행",
    issued_at="2025-03-14 10:42",
)


@pytest.mark.parametrize("ticket", [ZH, KO], ids=["zh_CN", "ko"])
def test_cjk_ticket_prints_as_image_qr_and_cut(ticket: PrintableTicket) -> None:
    dummy = Dummy()
    result = EscposTicketPrinter(dummy).print_ticket(ticket)
    assert result.ok, result.message
    out = dummy.output
    assert RASTER_IMAGE in out
    assert NATIVE_QR in out
    assert ticket.qr_text.encode() in out
    assert CUT in out
    assert out.index(RASTER_IMAGE) < out.index(NATIVE_QR) < out.rindex(CUT)


def test_printer_without_native_qr_gets_the_qr_as_an_image() -> None:
    dummy = Dummy(profile="NT-5890K")  # 58 mm, no QR command, 384 dots wide
    printer = EscposTicketPrinter(dummy)
    assert printer.width_px == 384
    result = printer.print_ticket(KO)
    assert result.ok, result.message
    assert NATIVE_QR not in dummy.output
    assert dummy.output.count(RASTER_IMAGE) >= 2


def test_generic_profile_learns_the_paper_width_without_changing_other_printers() -> None:
    dummy = Dummy()
    EscposTicketPrinter(dummy, paper_width_px=512)
    assert dummy.profile.profile_data["media"]["width"]["pixels"] == 512
    assert Dummy().profile.profile_data["media"]["width"]["pixels"] == "Unknown"


class FailingImage(Dummy):
    def image(self, *args: Any, **kwargs: Any) -> None:
        raise OSError(5, "Input/output error: paper out")


def test_a_device_error_becomes_a_result_not_an_exception(
    caplog: pytest.LogCaptureFixture,
) -> None:
    printer = EscposTicketPrinter(FailingImage(), name="test printer")
    result = printer.print_ticket(ZH)
    assert not result.ok
    assert "paper out" in result.message
    assert "test printer" in result.message
    assert "paper out" in caplog.text


class FlakyOpen(Dummy):
    def __init__(self) -> None:
        super().__init__()
        self.failures = 1
        self.closed = 0

    def open(self) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionRefusedError("printer switched off")

    def close(self) -> None:
        self.closed += 1


def test_the_next_ticket_prints_once_the_printer_is_back() -> None:
    dummy = FlakyOpen()
    printer = EscposTicketPrinter(dummy)
    first = printer.print_ticket(KO)
    assert not first.ok
    assert "switched off" in first.message
    assert printer.print_ticket(KO).ok
    assert dummy.closed == 2  # the connection is released after every ticket


def test_a_vanished_device_file_is_not_recreated(tmp_path: Path) -> None:
    from escpos.printer import File

    path = tmp_path / "lp0"
    result = EscposTicketPrinter(File(str(path))).print_ticket(KO)
    assert not result.ok
    assert "does not exist" in result.message
    assert not path.exists()


def test_a_ticket_the_fonts_cannot_draw_is_refused_in_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kiosk.printing import render

    monkeypatch.setattr(render, "find_font", lambda locale: None)
    dummy = Dummy()
    result = EscposTicketPrinter(dummy).print_ticket(ZH)
    assert not result.ok
    assert "fonts-noto-cjk" in result.message
    assert dummy.output == b""
