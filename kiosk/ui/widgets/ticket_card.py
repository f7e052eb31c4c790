"""A queue ticket as the customer sees it: the number, huge; the service; the wait; a QR."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.qr import ticket_reference
from kiosk.queue.models import QueueItem, WaitEstimate
from kiosk.ui.theme import Metrics
from kiosk.ui.widgets.qr_image import QrImage
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class TicketCard(QWidget):
    """What the queue said about this customer's number, while it is taken and after.

    The queue answers off the GUI thread, in any order (the number, then the
    wait and whether it printed); the card keeps the latest of each and says
    so when it changed, so the step screen can redraw and re-read it.

    Signals:
        state_did_change(): taking, issued, failed, printed or the wait changed.
    """

    state_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: QueueItem | None = None
        self.estimate: WaitEstimate | None = None
        self.failed = False
        self.printed = False
        center = Qt.AlignmentFlag.AlignHCenter
        self.caption = text_label("hint", align=center)  # "Your number", small above it
        self.number = text_label("number", align=center)
        self.service = text_label("heading", align=center)
        self.wait = text_label("body", align=center)
        self.print_line = text_label("body", align=center)
        # Number and words beside the QR on a wide screen. On a narrow one the QR
        # goes below the way on (the step screen places ``below`` after Finish),
        # so Finish stays in view: the number matters more than the code.
        self.code, self.qr, self.qr_caption = _qr_box()
        self.below, self.qr_below, self.qr_below_caption = _qr_box()
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.number, self.service, self.wait, self.print_line):
            words_layout.addWidget(widget)
        words_layout.addStretch(1)
        self.columns = ResponsiveGrid(max_columns=2)
        # The words get two thirds: the service and the wait then take fewer lines.
        self.columns.stretches = [2, 1]
        self.columns.set_items([words, self.code])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns)

    @property
    def issued(self) -> bool:
        return self.item is not None

    @property
    def stacked(self) -> bool:
        """Too narrow for the QR beside the words."""
        return self.columns.columns_for(self.width()) == 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_qr()

    def set_shown(self, shown: bool) -> None:
        """Shown on a ticket step, hidden elsewhere (with the QR placed below it)."""
        self.setVisible(shown)
        self._place_qr()

    def _place_qr(self) -> None:
        self.code.setVisible(self.issued and not self.stacked)
        self.below.setVisible(self.issued and self.stacked and not self.isHidden())

    # -- what the queue said ------------------------------------------------------
    def show_taking(self) -> None:
        self.item, self.estimate, self.failed, self.printed = None, None, False, False
        self.state_did_change.emit()

    def show_ticket(self, item: QueueItem, printed: bool) -> None:
        self.item, self.failed, self.printed = item, False, printed
        self.state_did_change.emit()

    def show_estimate(self, estimate: WaitEstimate) -> None:
        self.estimate = estimate
        self.state_did_change.emit()

    def set_printed(self, printed: bool) -> None:
        self.printed = printed
        self.state_did_change.emit()

    def show_failure(self) -> None:
        self.item, self.failed = None, True
        self.state_did_change.emit()

    # -- drawing ------------------------------------------------------------------
    def retranslate(self, c: Catalog, caption: str) -> None:
        """Show the latest state in ``c``'s words, ``caption`` over the number."""
        item = self.item
        issued = item is not None
        for widget in (self.caption, self.number, self.service):
            widget.setVisible(issued)
        self.caption.setText(caption)
        self._place_qr()
        self.wait.setVisible(issued and self.estimate is not None)
        if item is not None:
            self.number.setText(item.label)
            self.service.setText(
                c.text("ticket.for_service", service=c.text(f"service.{item.service}"))
            )
            for qr in (self.qr, self.qr_below):
                qr.set_text(ticket_reference(item.day, item.label, item.id))
            for label in (self.qr_caption, self.qr_below_caption):
                label.setText(c.text("ticket.qr_caption"))
            self.print_line.setText(
                c.text("ticket.printed" if self.printed else "ticket.not_printed")
            )
        else:
            self.print_line.setText(c.text("ticket.failed" if self.failed else "ticket.taking"))
        if self.estimate is not None:
            e = self.estimate
            self.wait.setText(
                c.text("wait.none")
                if e.ahead == 0
                else c.text("wait.range", ahead=e.ahead, low=e.low_minutes, high=e.high_minutes)
            )

    def spoken_parts(self) -> list[str]:
        """The words shown, in reading order (the number, then the rest)."""
        labels = (self.caption, self.number, self.service, self.wait, self.print_line)
        parts = [lbl.text() for lbl in labels if not lbl.isHidden() and lbl.text()]
        return parts + ([self.qr_caption.text()] if self.issued else [])

    def apply_metrics(self, m: Metrics) -> None:
        for qr in (self.qr, self.qr_below):
            qr.set_side(m.target * 3)
        self.columns.set_spacing(m.gap, m.target * 4)


def _qr_box() -> tuple[QWidget, QrImage, QLabel]:
    """A QR with its caption under it, centred."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    qr = QrImage()
    caption = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(qr, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(caption)
    layout.addStretch(1)
    return box, qr, caption
