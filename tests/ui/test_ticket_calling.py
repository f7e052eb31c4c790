"""The customer's side of calling: the ticket keeps their language, and the ticket
screen and printed ticket say how they will be called and at which counters."""

from __future__ import annotations

from pathlib import Path

from conftest import screen_texts, tap

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.printing.ports import PrintableTicket, PrintResult
from kiosk.store import open_stores

CONFIG = Config(
    {
        "idle.timeout_seconds": 600,
        "counters": [
            {"id": "1", "services": ["cash"]},
            {"id": "2", "services": ["loan", "cash"]},
            {"id": "3", "services": ["account"]},
        ],
    }
)


class KeepingPrinter:
    """A printer that keeps what it was asked to print (the words, before any raster)."""

    def __init__(self) -> None:
        self.tickets: list[PrintableTicket] = []

    def print_ticket(self, ticket: PrintableTicket) -> PrintResult:
        self.tickets.append(ticket)
        return PrintResult(True, "kept")

    def describe(self) -> str:
        return "keeping printer (test)"


def test_a_ticket_taken_in_chinese_says_how_and_where_it_will_be_called(
    qtbot, data_dir: Path
) -> None:
    printer = KeepingPrinter()
    staff = open_stores(CONFIG, data_dir)
    kiosk = build_kiosk(
        CONFIG, store_factory=lambda: open_stores(CONFIG, data_dir), printer=printer
    )
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    try:
        tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
        tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["zh_CN"])
        kiosk.controller.handle("journey_start", "take_ticket")
        kiosk.controller.handle("journey_choose", "cash")
        kiosk.controller.handle("journey_choose", "none")
        qtbot.waitUntil(lambda: "A001" in screen_texts(kiosk), timeout=5000)
        ticket = staff.queue.list_open()[0]
        assert ticket.locale == "zh_CN"  # the lobby announces it in Chinese first
        words = "请留意柜台上方的屏幕，我们也会广播叫号。"
        qtbot.waitUntil(lambda: "办理窗口：1号窗口、2号窗口" in screen_texts(kiosk), timeout=5000)
        assert words in screen_texts(kiosk)
        assert words in kiosk.window.current_screen().spoken_text()
        qtbot.waitUntil(lambda: bool(printer.tickets), timeout=5000)
        assert printer.tickets[0].lines[:2] == (words, "办理窗口：1号窗口、2号窗口")
    finally:
        kiosk.window.allow_close()
        kiosk.queue.shutdown()
        staff.close()
