"""A queue ticket as the customer sees it: the number, huge; the service; the wait; a QR."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.core.ids import draft_reference
from kiosk.look.theme import Metrics
from kiosk.qr import ticket_reference
from kiosk.queue.counters import Counter, calling_words
from kiosk.queue.models import QueueItem, WaitEstimate
from kiosk.speech.aloud import say_number, spell_code
from kiosk.ui.widgets.geometry import shown_as_before, top_column
from kiosk.ui.widgets.phrases import keep_phrases, plain, widest_phrase
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
        self._catalog: Catalog | None = None  # the words last drawn in, for speech
        # False where the page shows its own QR above Finish when narrow (a form's).
        self.below_allowed = True
        # A form's page says "remember your number" itself, under Finish (room).
        self.compact = False
        # On a short, wide page: the number's words and the QR side by side in a
        # narrower card; how they will be called stands beside it (``calling_page``).
        self.beside = False
        # A page that does not fit even so: the number in display size, so that
        # "Your number" and the number share the first page.
        self.lean = False
        # Beside, and the page still too short: the service and the wait under the
        # number and its QR, across the card (see set_split()).
        self.split = False
        # The QR's caption across the card, under the number and the QR, where its
        # widest phrase does not fit the QR's column (see fit_width()).
        self.caption_across = False
        self._target = 0
        self._gap = 0
        self._was_stacked = False
        self._build()

    def _build(self) -> None:
        """The card's labels, its QR boxes and the columns they stand in."""
        center = Qt.AlignmentFlag.AlignHCenter
        self.caption = text_label("hint", align=center)  # "Your number", small above it
        self.number = text_label("number", align=center)
        self.service = text_label("heading", align=center)
        self.wait = text_label("body", align=center)
        # How they will be called, and at which counters (kiosk.queue.counters).
        self.calling = text_label("body", align=center)
        self.counters: list[Counter] = []
        self.print_line = text_label("body", align=center)
        # Number and words beside the QR on a wide screen. On a narrow one the QR
        # goes below the way on (the step screen places ``below`` after Finish),
        # so Finish stays in view: the number matters more than the code.
        self.code, self._code_column, self.qr, self.qr_caption = _qr_box()
        # Beside the words, the calling line goes under the QR, where there is room.
        self.calling_side = text_label("body", align=Qt.AlignmentFlag.AlignHCenter)
        self.counters_side = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
        code_column = self._code_column
        code_column.insertWidget(code_column.count() - 1, self.calling_side)
        code_column.insertWidget(code_column.count() - 1, self.counters_side)
        self.below, _, self.qr_below, self.qr_below_caption = _qr_box()
        # The calling lines in the page's own column, over Finish (the page places it).
        self.calling_page = text_label("body")
        self.calling_page.hide()
        self._words, self._words_column = top_column(
            self.caption, self.number, self.service, self.wait, self.calling, self.print_line
        )
        self.columns = ResponsiveGrid(max_columns=2)
        # The words get two thirds: the service and the wait then take fewer lines.
        self.columns.stretches = [2, 1]
        self.columns.set_items([self._words, self.code])
        # Split: the service and the wait, the card's full width, under the number.
        self._details = QWidget()
        self._details.hide()
        details = self._details_column = QVBoxLayout(self._details)
        details.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns)
        layout.addWidget(self._details)
        self._layout = layout

    @property
    def issued(self) -> bool:
        return self.item is not None

    @property
    def draft_code(self) -> str:
        """The form draft this number was given with ("" for a plain ticket)."""
        code = self.item.context.get("draft_code") if self.item is not None else None
        return code if isinstance(code, str) else ""

    @property
    def stacked(self) -> bool:
        """Too narrow for the QR beside the words."""
        return self.columns.columns_for(self.width()) == 1

    @property
    def placed(self) -> bool:
        """In a page's column (the page gives the calling lines a place there)."""
        return self.calling_page.parentWidget() is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        stacked = self.stacked
        across = self.caption_across
        self._place_caption(self.width())
        self._place_qr()
        if across != self.caption_across:  # a line more or less: the page measures again
            QTimer.singleShot(0, self, self.state_did_change.emit)
        if stacked != self._was_stacked:  # the page may place a QR of its own instead
            self._was_stacked = stacked
            # After this layout pass, not inside it: the page redraws once it is done.
            QTimer.singleShot(0, self, self.state_did_change.emit)

    def fit_width(self, width: int) -> None:
        """Take the layout the card will have ``width`` wide (measured before it is)."""
        self.columns.fit_width(width)
        self._place_caption(width)

    def _place_caption(self, width: int) -> None:
        """The QR's caption under the QR, or across the card where the QR's column
        is too narrow for its widest phrase ("您的表格编号：" broke inside words)."""
        shares = self._shares()
        spacing = self.columns.spacing()
        column = max(self.qr.width(), (width - spacing) * shares[1] // sum(shares))
        # A word may take the column's gap too (a grid's column grows to its words).
        need = widest_phrase(self.qr_caption.text(), self.qr_caption.fontMetrics())
        across = self.columns.columns_for(width) > 1 and need > column + spacing
        if across == self.caption_across:
            return
        self.caption_across = across
        hidden = self.qr_caption.isHidden()
        code = self._code_column
        (code if across else self._layout).removeWidget(self.qr_caption)
        if across:  # right under the number and the QR, before the split's details
            self._layout.insertWidget(1, self.qr_caption)
        else:
            code.insertWidget(1, self.qr_caption)
        self.qr_caption.setVisible(not hidden)

    def _shares(self) -> list[int]:
        """The card's column shares: words, QR."""
        split = self.split and self.beside
        return [1, 1] if split else [3, 1] if self.beside else [2, 1]

    def set_shown(self, shown: bool) -> None:
        """Shown on a ticket step, hidden elsewhere (with the QR placed below it)."""
        self.setVisible(shown)
        self._place_qr()

    def _place_qr(self) -> None:
        self.code.setVisible(self.issued and not self.stacked)
        # Across the card, the caption goes with the QR it names.
        self.qr_caption.setVisible(not self.code.isHidden())
        # "Watch the screen above the counters": not on a form's page, which is full.
        calling = self.issued and not self.compact
        self.calling.setVisible(calling and self.stacked and not self.beside)
        self.calling_side.setVisible(calling and not self.stacked and not self.beside)
        if self.placed:  # with "Please remember your number", if it is said
            self.calling_page.setVisible(self.issued and self.beside and not self.compact)
        self.print_line.setHidden(self._print_hidden())
        self.counters_side.setVisible(self.calling_side.isVisibleTo(self) and bool(self.counters))
        self.below.setVisible(
            self.issued and self.stacked and self.below_allowed and not self.isHidden()
        )

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

    def set_compact(self, compact: bool) -> None:
        """A form's number in display size, not poster size: the page also holds the
        form's code and the way on, and still fits at 150 % (it stays the largest text)."""
        self.compact = compact
        self._restyle()

    def set_beside(self, beside: bool) -> None:
        """On a short, wide page: a narrower card beside what comes next.

        The number in display size (still the largest text), the service in body
        size, the QR beside them at its smallest; the calling lines go to
        ``calling_page``, which the page places over Finish.
        """
        if beside != self.beside:
            self.beside = beside
            self._restyle()

    def number_fits(self, width: int) -> bool:
        """Whether the number stands on one line beside the QR in a card ``width`` wide."""
        self.number.ensurePolished()
        spacing = self.columns.spacing()
        qr = max(self.qr.width(), (width - spacing) // 4)
        return self.number.sizeHint().width() <= width - spacing - qr

    def set_lean(self, lean: bool) -> None:
        """The number in display size and the service in body size, on a page that
        does not fit: the number, its service, the wait and Finish then share page 1."""
        if lean != self.lean:
            self.lean = lean
            self._restyle()

    def set_split(self, split: bool) -> None:
        """Beside, on a page that does not fit even so: the number and its QR side by
        side, the service and the wait under them across the card (a long service
        name took four lines beside the QR, and the number's column was refused)."""
        if split != self.split:
            self.split = split
            self._restyle()

    def _place_details(self) -> None:
        """The service and the wait under the number (split) or in its column."""
        split = self.split and self.beside
        if (self.service.parentWidget() is self._details) == split:
            return
        moving = (self.service, self.wait)
        words, details = self._words_column, self._details_column
        with shown_as_before(moving):
            for index, label in enumerate(moving):
                (words if split else details).removeWidget(label)
                if split:
                    details.addWidget(label)
                else:
                    words.insertWidget(2 + index, label)  # after the caption and the number
        self._details.setVisible(split)

    def _restyle(self) -> None:
        small = self.compact or self.beside or self.lean
        _set_role(self.number, "display" if small else "number")
        _set_role(self.service, "body" if self.beside or self.lean else "heading")
        self._place_details()
        # Beside, the QR's column is just wide enough for it: the words wrap less.
        # Split, the number and the QR's caption share the width.
        self.columns.stretches = self._shares()
        # ... by its share, not by the width its words would take on one line.
        policy = QSizePolicy.Policy.Ignored if self.beside else QSizePolicy.Policy.Preferred
        self._words.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        if self._target:
            self.columns.set_spacing(self._gap, self._min_item_width())
        self._size_qr()
        self._place_qr()

    def set_counters(self, counters: list[Counter]) -> None:
        """The branch's counters (:class:`kiosk.queue.counters.Counter`), for "Served at"."""
        self.counters = list(counters)
        self._size_qr()
        self.state_did_change.emit()

    def show_failure(self) -> None:
        self.item, self.failed = None, True
        self.state_did_change.emit()

    # -- drawing ------------------------------------------------------------------
    def retranslate(self, c: Catalog, caption: str) -> None:
        """Show the latest state in ``c``'s words, ``caption`` over the number."""
        self._catalog = c
        item = self.item
        issued = item is not None
        self._was_stacked = self.stacked  # what the page is told now (see resizeEvent)
        for widget in (self.caption, self.number, self.service):
            widget.setVisible(issued)
        self.caption.setText(caption)
        self._place_qr()
        self.wait.setVisible(issued and self.estimate is not None)
        if item is not None:
            self.number.setText(item.label)
            calling = calling_words(item.service, self.counters, c, c.locale)
            self.calling.setText(" ".join(calling))
            self.calling_side.setText(calling[0])
            self.counters_side.setText(" ".join(calling[1:]))
            self.service.setText(
                c.text("ticket.for_service", service=c.text(f"service.{item.service}"))
            )
            # A form's number carries the form's code: the counter scans it to open the form.
            code = self.draft_code
            reference = draft_reference(code) if code else None
            for qr in (self.qr, self.qr_below):
                qr.set_text(reference or ticket_reference(item.day, item.label, item.id))
            caption = c.text("ticket.form_code", code=code) if code else c.text("ticket.qr_caption")
            for label in (self.qr_caption, self.qr_below_caption):
                label.setText(keep_phrases(caption))  # Chinese breaks after "：" only
            self._place_caption(self.width())
            self.print_line.setText(
                c.text("ticket.printed" if self.printed else "ticket.not_printed")
            )
        else:
            self.print_line.setText(c.text("ticket.failed" if self.failed else "ticket.taking"))
        self.print_line.setHidden(self._print_hidden())
        self.calling_page.setText(self._page_words(c))
        if self.estimate is not None:
            e = self.estimate
            self.wait.setText(
                c.text("wait.none")
                if e.ahead == 0
                else c.text("wait.range", ahead=e.ahead, low=e.low_minutes, high=e.high_minutes)
            )

    def _print_hidden(self) -> bool:
        """A form's page says "remember your number" itself; beside, the page's column does."""
        issued = self.item is not None
        return issued and ((self.compact and not self.printed) or self.beside)

    def _page_words(self, c: Catalog) -> str:
        """The page's column beside the card: printed or not, then how they are called."""
        if self.item is None:
            return ""
        words = [] if self.compact else [self.print_line.text()]
        if not self.compact:
            words += calling_words(self.item.service, self.counters, c, c.locale)
        # Whole sentences, each with its stop: Chinese runs them on without a space.
        return ("" if c.locale == "zh_CN" else " ").join(w for w in words if w)

    def spoken_parts(self, aloud: Mapping[int, str] | None = None) -> list[str]:
        """The words shown, in reading order (the number, then the rest).

        The number is said as calling systems say it: "A, zero, one, two", "A零一二号".

        Args:
            aloud: What a label says instead of its text, by ``id(label)`` (the
                page's caption without the customer's name).
        """
        labels = (
            self.caption,
            self.number,
            self.service,
            self.wait,
            self.print_line,
            self.calling,
            self.calling_side,
            self.counters_side,
            self.calling_page,
        )
        instead = {id(self.number): self.spoken_number(), **(aloud or {})}
        parts = []
        for label in labels:
            if label.isHidden() or not label.text():
                continue
            parts.append(instead.get(id(label), label.text()))
        # The QR's caption where the card shows a QR: a narrow form's page shows
        # the code itself instead (and says it), so it is not said twice.
        qr_shown = not self.code.isHidden() or not self.below.isHidden()
        return parts + ([self._spoken_qr_caption()] if self.issued and qr_shown else [])

    def _spoken_qr_caption(self) -> str:
        """The QR's caption as said: a form's code spelled out ("N, nine, eight, …")."""
        code = self.draft_code
        if not code or self._catalog is None:
            return plain(self.qr_caption.text())
        return self._catalog.text("ticket.form_code", code=spell_code(code, self._catalog))

    def spoken_number(self) -> str:
        """The number as said on its own ("A, zero, one, two"); empty before one is issued."""
        if self.item is None:
            return ""
        if self._catalog is None:
            return self.item.label
        return say_number(self.item.label, self._catalog, alone=True)

    def apply_metrics(self, m: Metrics) -> None:
        self._target, self._gap = m.target, m.gap
        self._size_qr()
        self.columns.set_spacing(m.gap, self._min_item_width())

    def _min_item_width(self) -> int:
        # Beside the page's next steps the QR's column is as narrow as the QR.
        return self._beside_qr() if self.beside else self._target * 4

    def _beside_qr(self) -> int:
        # A target's side, and at least 4 px a module (a form's QR is 29 modules
        # with its margin): a counter's scanner reads it off the screen.
        return max(self._target, 120)

    def _size_qr(self) -> None:
        # A counter's scanner reads a smaller code too; a form's page needs the room.
        if self._target:
            # Beside the words it shares its column with the calling lines (a counter's
            # scanner reads 1 mm modules): smaller still when counters are listed too.
            side = round(self._target * (1.5 if self.counters else 2))
            self.qr.set_side(self._beside_qr() if self.beside else side)
            self.qr_below.set_side(self._target * (2 if self.compact else 3))


def _set_role(label: QLabel, role: str) -> None:
    """Give ``label`` the text role ``role`` (its font), restyled at once."""
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


def _qr_box() -> tuple[QWidget, QVBoxLayout, QrImage, QLabel]:
    """A QR with its caption under it, centred, in a box (and the box's column)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    qr = QrImage()
    caption = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(qr, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(caption)
    layout.addStretch(1)
    return box, layout, qr, caption
