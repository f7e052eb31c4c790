"""Take a queue number: which service, any priority, then the ticket itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.qr import ticket_reference
from kiosk.queue.models import QueueItem, WaitEstimate
from kiosk.ui.screens.base import Screen, ScreenContext, sentence
from kiosk.ui.theme import Metrics, Palette
from kiosk.ui.widgets.qr_image import QrImage
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

SERVICE_ICONS = {
    "cash": "cash",
    "account": "account",
    "card": "card",
    "loan": "loan",
    "wealth": "wealth",
    "general": "general",
}


class TicketServiceScreen(Screen):
    screen_id = ids.TICKET_SERVICE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        self.bind(title, "ticket.service_title")
        self.layout_.addWidget(title)
        self.grid = ResponsiveGrid(max_columns=2)
        tiles = []
        for service in ids.QUEUE_SERVICES:
            tile = self.tile(
                "ticket_service", service, SERVICE_ICONS[service], f"service.{service}"
            )
            tiles.append(tile)
        self.grid.set_items(tiles)
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.grid.set_spacing(m.gap, round(m.label * 14))


class TicketPriorityScreen(Screen):
    screen_id = ids.TICKET_PRIORITY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        hint = text_label("body")
        self.bind(title, "ticket.priority_title")
        self.bind(hint, "ticket.priority_hint")
        self.layout_.addWidget(title)
        self.layout_.addWidget(hint)
        self.grid = ResponsiveGrid(max_columns=2)
        buttons = []
        for reason in (*ids.PRIORITY_REASONS, "none"):
            button = self.button("ticket_priority", reason)
            self.bind(button, f"ticket.priority.{reason}")
            buttons.append(button)
        self.grid.set_items(buttons)
        self.layout_.addWidget(self.grid)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.grid.set_spacing(m.gap, round(m.label * 12))


class TicketResultScreen(Screen):
    """The number, huge; the service; the wait; a QR for the counter."""

    screen_id = ids.TICKET_RESULT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: QueueItem | None = None
        self.estimate: WaitEstimate | None = None
        self.failed = False
        self.printed = False
        self.caption = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
        self.number = text_label("number", align=Qt.AlignmentFlag.AlignHCenter)
        self.service = text_label("heading", align=Qt.AlignmentFlag.AlignHCenter)
        self.wait = text_label("body", align=Qt.AlignmentFlag.AlignHCenter)
        self.qr = QrImage()
        self.qr_caption = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
        self.print_line = text_label("body", align=Qt.AlignmentFlag.AlignHCenter)
        self.call = self.button("call_staff", variant="primary")
        self.call.set_icon("call_staff")
        self.bind(self.call, "ask_staff.call", spoken=False)
        self.finish = self.button("finish")
        self.finish.set_icon("home")
        self.bind(self.finish, "ticket.finish", spoken=False)
        # Number and words beside the QR on a wide screen, above it on a narrow one.
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.number, self.service, self.wait, self.print_line):
            words_layout.addWidget(widget)
        words_layout.addStretch(1)
        code = QWidget()
        code_layout = QVBoxLayout(code)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        code_layout.addWidget(self.qr_caption)
        code_layout.addStretch(1)
        self.columns = ResponsiveGrid(max_columns=2)
        self.columns.set_items([words, code])
        self.layout_.addWidget(self.columns)
        self.layout_.addWidget(self.call)
        self.layout_.addWidget(self.finish)
        self.layout_.addStretch(1)

    def show_taking(self) -> None:
        self.item, self.estimate, self.failed, self.printed = None, None, False, False
        self._refresh()

    def show_ticket(self, item: QueueItem, printed: bool) -> None:
        self.item, self.failed, self.printed = item, False, printed
        self._refresh()

    def stage_for_tour(self, screen_id: str) -> None:
        from kiosk.ui import samples

        self.show_ticket(samples.item(7, "A", 7, service="cash"), printed=False)
        self.show_estimate(samples.ESTIMATE)

    def set_printed(self, printed: bool) -> None:
        self.printed = printed
        self._refresh()

    def show_estimate(self, estimate: WaitEstimate) -> None:
        self.estimate = estimate
        self._refresh()

    def show_failure(self) -> None:
        self.item, self.failed = None, True
        self._refresh()

    def _refresh(self) -> None:
        if self.context is not None:
            self.retranslate(self.context)

    def after_retranslate(self, context: ScreenContext) -> None:
        c, item = context.catalog, self.item
        issued = item is not None
        self.caption.setVisible(issued)
        self.number.setVisible(issued)
        self.service.setVisible(issued)
        self.qr.setVisible(issued)
        self.qr_caption.setVisible(issued)
        self.finish.setVisible(issued)
        self.call.setVisible(self.failed)
        self.wait.setVisible(issued and self.estimate is not None)
        if item is not None:
            self.caption.setText(c.text("ticket.number_caption"))
            self.number.setText(item.label)
            self.service.setText(
                c.text("ticket.for_service", service=c.text(f"service.{item.service}"))
            )
            self.qr.set_text(ticket_reference(item.day, item.label, item.id))
            self.qr_caption.setText(c.text("ticket.qr_caption"))
            self.print_line.setText(
                c.text("ticket.printed" if self.printed else "ticket.not_printed")
            )
        elif self.failed:
            self.print_line.setText(c.text("ticket.failed"))
        else:
            self.print_line.setText(c.text("ticket.taking"))
        if self.estimate is not None:
            e = self.estimate
            self.wait.setText(
                c.text("wait.none")
                if e.ahead == 0
                else c.text("wait.range", ahead=e.ahead, low=e.low_minutes, high=e.high_minutes)
            )

    def spoken_text(self) -> str:
        labels = (
            self.caption,
            self.number,
            self.service,
            self.wait,
            self.qr_caption,
            self.print_line,
        )
        parts = [lbl.text() for lbl in labels if not lbl.isHidden() and lbl.text()]
        parts += [b.title.text() for b in (self.call, self.finish) if not b.isHidden()]
        return " ".join(sentence(p) for p in parts)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.qr.set_side(m.target * 3)
        self.columns.set_spacing(m.gap, m.target * 4)
