"""The staff console: who is waiting, what they were doing, and one click to act."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.look.icons import icon_pixmap
from kiosk.look.theme import PALETTES, STAFF_ROW_COLOURS, build_staff_stylesheet, font_families
from kiosk.queue.counters import Counter, offer_no_show
from kiosk.queue.models import AlreadyClaimed, Kind, QueueItem, Status
from kiosk.services.queue_service import QueueService
from kiosk.staff.auth import staff_names, verify_pin
from kiosk.staff.context_card import card_rows
from kiosk.staff.counter_choice import remember_counter, remembered_counter
from kiosk.staff.words import (
    KIND_ICONS,
    Journeys,
    field_words,
    item_kind,
    journey_name,
    kind_words,
    kiosk_words,
    priority_reason_words,
    sign_in_refusal,
)

log = logging.getLogger(__name__)

COLUMNS = ("number", "what", "status", "waiting", "staff")
ACTIONS = ("claim", "serve", "done", "call_again", "no_show", "cancel")
COUNTER_TARGET = "counter:"  # a counter in the transfer list ("counter:3"), beside services
SPACING = 12  # between controls: desktop-normal, still clear of mis-clicks


def age_words(created_at: str, now: datetime) -> str:
    """'4:05' under an hour, '1 h 12 min' after."""
    try:
        start = datetime.fromisoformat(created_at)
    except ValueError:
        return "?"
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    seconds = max(0, int((now - start).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


ICON_PX = 28  # the row's kind icon, beside its word
FRAME_PX = 5  # the frame around a selected coloured row
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's row kind (kiosk.staff.words.item_kind)


class _KindRowDelegate(QStyledItemDelegate):
    """Selected fraud / quiet-check / priority rows keep their colour, framed instead.

    The usual selection fill would hide the very colour that says "possible fraud".
    """

    def __init__(self, frame: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = frame

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not (selected and index.data(KIND_ROLE)):
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(QColor(self.frame), FRAME_PX))
        rect = option.rect.adjusted(0, FRAME_PX // 2, 0, -FRAME_PX // 2)
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Room above and below a coloured row's words for its selection frame.
        size = super().sizeHint(option, index)
        return size + QSize(0, 2 * FRAME_PX + 4) if index.data(KIND_ROLE) else size


def _button(text: str, action: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("kiosk_kind", "button")
    button.setProperty("kiosk_action", action)
    if primary:
        button.setProperty("variant", "primary")
    return button


def _label(role: str = "body", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class StaffConsole(QWidget):
    """Sign in, then a live list of help requests and tickets with their context.

    Args:
        queue: The shared queue service (its worker owns the database).
        catalogs: Words; the console speaks the staff member's language.
        locale: Staff language.
        theme: ``standard`` or ``high_contrast``.
        now: Clock (tests pin it).
        journeys: The loaded journeys, so a customer's place reads "step 3 of 5".
        data_dir: Where this machine remembers its counter (None: not remembered).
        recalls_before_no_show: "Call again"s before "Did not come" is offered.
    """

    def __init__(
        self,
        queue: QueueService | None,
        catalogs: Mapping[str, Catalog],
        locale: str = "en",
        theme: str = "standard",
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        journeys: Journeys | None = None,
        *,
        data_dir: Path | None = None,
        recalls_before_no_show: int = 3,
    ) -> None:
        super().__init__()
        self.setObjectName("StaffConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.queue = queue
        self.catalogs = catalogs
        self.catalog = catalogs[locale]
        self.theme = theme
        self.now = now
        self.journeys = journeys
        self.staff: str | None = None
        self.items: list[QueueItem] = []
        self.selected_id: int | None = None
        self.draft: Any = None  # a form draft looked up by its code
        # Counters and calling: the counters, and the one this machine sits at.
        self.data_dir = data_dir
        self.recalls_before_no_show = recalls_before_no_show
        self.counters: list[Counter] = []
        self.counter_id: str | None = remembered_counter(data_dir)
        self.setStyleSheet(build_staff_stylesheet(theme))
        font = self.font()
        font.setFamilies(list(font_families(locale)))
        self.setFont(font)
        self.setWindowTitle(self.catalog.text("staff.title"))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_sign_in())
        self.pages.addWidget(self._build_console())
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 16)
        root.addWidget(self.pages)

        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick_ages)
        self._ticker.start()
        if queue is not None:
            queue.queue_did_change.connect(self.show_snapshot)
            queue.store_did_fail.connect(self._on_store_fail)
            self.show_snapshot(queue.snapshot)
            self.reload_names()
            self.reload_counters()
        self._update_actions()

    # -- building --------------------------------------------------------------
    def _build_sign_in(self) -> QWidget:
        c = self.catalog
        page = QWidget()
        layout = QVBoxLayout(page)
        title = _label("heading")
        title.setText(c.text("staff.sign_in_title"))
        self.name_box = QComboBox()
        self.name_box.setProperty("kiosk_kind", "input")
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setProperty("kiosk_kind", "input")
        self.pin_edit.setPlaceholderText(c.text("staff.pin"))
        self.pin_edit.returnPressed.connect(self.sign_in)
        self.sign_in_button = _button(c.text("staff.sign_in"), "sign_in", primary=True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_message = _label("alert")
        # The demo's account and PIN (kiosk demo only: see show_sign_in_hint).
        self.sign_in_hint = _label("hint")
        self.sign_in_hint.hide()
        name_label, pin_label = _label(), _label()
        name_label.setText(c.text("staff.name"))
        pin_label.setText(c.text("staff.pin"))
        form = QGridLayout()
        form.setSpacing(SPACING)
        form.addWidget(name_label, 0, 0)
        form.addWidget(self.name_box, 0, 1)
        form.addWidget(pin_label, 1, 0)
        form.addWidget(self.pin_edit, 1, 1)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_in_message)
        layout.addWidget(self.sign_in_hint)
        layout.addStretch(1)
        page.setMaximumWidth(720)
        return page

    def _build_console(self) -> QWidget:
        c = self.catalog
        page = QWidget()
        header = QHBoxLayout()
        header.setSpacing(SPACING)
        self.title = _label("heading", wrap=False)
        self.title.setText(c.text("staff.title"))
        self.signed_in = _label("body", wrap=False)
        self.sign_out_button = _button(c.text("staff.sign_out"), "sign_out")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.call_next_button = _button(c.text("staff.call_next"), "call_next", primary=True)
        self.call_next_button.clicked.connect(self.call_next)
        self.counter_label = _label("body", wrap=False)
        self.counter_label.setText(c.text("staff.my_counter"))
        self.counter_box = QComboBox()
        self.counter_box.setProperty("kiosk_kind", "input")
        self.counter_box.currentIndexChanged.connect(self._choose_counter)
        # Two rows, so the console fits beside the kiosk on a laptop: who is
        # signed in above; this counter and "Call next" under it.
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.signed_in)
        header.addWidget(self.sign_out_button)
        calling = QHBoxLayout()
        calling.setSpacing(SPACING)
        calling.addWidget(self.counter_label)
        calling.addWidget(self.counter_box)
        calling.addStretch(1)
        calling.addWidget(self.call_next_button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([c.text(f"staff.col_{col}") for col in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setIconSize(QSize(ICON_PX, ICON_PX))
        self.table.setItemDelegate(_KindRowDelegate(PALETTES[self.theme].focus, self.table))
        self.table.itemSelectionChanged.connect(self._on_select)
        # Wrapped words need taller rows whenever a column changes width.
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        self.empty = _label("hint")
        self.empty.setText(c.text("staff.empty"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        # Insight (issue 14): today's figures under the queue.
        from kiosk.staff.today import TodayView

        self.today = TodayView(self.queue, c)
        left_layout.addWidget(self.today)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(SPACING)
        self.card_title = _label("heading")
        self.card = QGridLayout()
        self.card.setColumnStretch(1, 1)
        self.card_hint = _label("hint")
        self.card_hint.setText(c.text("staff.select"))
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()
        actions.setSpacing(SPACING)
        for index, action in enumerate(ACTIONS):
            button = _button(c.text(f"staff.{action}"), action, primary=action == "claim")
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            self.action_buttons[action] = button
            actions.addWidget(button, index // 3, index % 3)
        self.transfer_box = QComboBox()
        self.transfer_box.setProperty("kiosk_kind", "input")
        self._fill_transfer_box()
        self.transfer_button = _button(c.text("staff.transfer"), "transfer")
        self.transfer_button.clicked.connect(self.transfer)
        transfer = QHBoxLayout()
        transfer.setSpacing(SPACING)
        transfer.addWidget(self.transfer_button)
        transfer.addWidget(self.transfer_box, 1)
        self.note_edit = QLineEdit()
        self.note_edit.setProperty("kiosk_kind", "input")
        self.note_edit.setPlaceholderText(c.text("staff.note_placeholder"))
        self.note_edit.setMaxLength(200)
        self.note_button = _button(c.text("staff.note"), "note")
        self.note_button.clicked.connect(self.add_note)
        note = QHBoxLayout()
        note.setSpacing(SPACING)
        note.addWidget(self.note_edit, 1)
        note.addWidget(self.note_button)
        right_layout.addWidget(self.card_title)
        right_layout.addWidget(self.card_hint)
        right_layout.addLayout(self.card)
        right_layout.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addLayout(transfer)
        right_layout.addLayout(note)
        right_layout.addLayout(self._build_draft_lookup())

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # On a short screen the card and its actions scroll rather than squeeze.
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right.setObjectName("StaffCard")
        right_scroll.setWidget(right)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.message = _label("alert")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)  # the two header rows' buttons apart as any others
        layout.addLayout(header)
        layout.addLayout(calling)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On a narrow (portrait) screen the card goes under the list, not beside it.
        narrow = self.width() < 1200
        self.splitter.setOrientation(
            Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        )
        super().resizeEvent(event)

    def _build_draft_lookup(self) -> QHBoxLayout:
        """A form prepared at the kiosk: type (or scan) its code, see the answers."""
        c = self.catalog
        self.draft_edit = QLineEdit()
        self.draft_edit.setProperty("kiosk_kind", "input")
        self.draft_edit.setPlaceholderText(c.text("staff.draft_placeholder"))
        self.draft_edit.setMaxLength(40)  # a scanner may send the whole QR text
        self.draft_edit.returnPressed.connect(self.look_up_draft)
        self.draft_button = _button(c.text("staff.draft_lookup"), "draft_lookup")
        self.draft_button.clicked.connect(self.look_up_draft)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.draft_edit, 1)
        row.addWidget(self.draft_button)
        return row

    def look_up_draft(self) -> None:
        code = self.draft_edit.text().strip()
        if not code or self.queue is None or self.staff is None:
            return
        staff = self.staff
        self.queue.call(
            lambda stores: stores.drafts.lookup(code, staff),
            on_done=self._show_draft,
            on_error=lambda exc: self.message.setText(str(exc)),
        )

    def _show_draft(self, draft: Any) -> None:
        """Show a looked-up draft in the card area until someone in the list is chosen."""
        self.draft = draft
        self.selected_id = None
        self.table.clearSelection()
        self._show_card()
        self.message.clear()

    def _draw_draft(self, draft: Any) -> None:
        c = self.catalog
        self.card_hint.hide()
        form = journey_name(draft.journey, c)  # "Preparing a form: lost card", not card_block
        self.card_title.setText(c.text("staff.draft_title", code=draft.code, form=form))
        self.card_title.show()
        for row, (name, value) in enumerate(sorted(draft.fields.items())):
            key, val = _label("hint"), _label("body")
            key.setText(field_words(name, c))
            val.setText(str(value))
            self.card.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            self.card.addWidget(val, row, 1)

    # -- counters ----------------------------------------------------------------
    def reload_counters(self) -> None:
        if self.queue is not None:
            self.queue.call(lambda stores: stores.counters.list_all(), on_done=self.show_counters)

    def show_counters(self, counters: list[Counter]) -> None:
        """Offer the branch's counters; the one remembered on this machine is chosen."""
        self.counters = list(counters)
        c = self.catalog
        self.counter_box.blockSignals(True)
        self.counter_box.clear()
        for counter in self.counters:
            self.counter_box.addItem(counter.name(c, c.locale), counter.id)
        index = self.counter_box.findData(self.counter_id)
        self.counter_box.setCurrentIndex(index)
        self.counter_box.blockSignals(False)
        if index < 0:
            self.counter_id = None
        # Without counters the console calls from every queue, as it always did.
        for widget in (self.counter_label, self.counter_box):
            widget.setVisible(bool(self.counters))
        self._fill_transfer_box()
        self._update_actions()

    def _choose_counter(self, index: int) -> None:
        counter_id = self.counter_box.itemData(index) if index >= 0 else None
        self.counter_id = counter_id
        if counter_id:
            remember_counter(self.data_dir, counter_id)
            self.message.clear()

    def _fill_transfer_box(self) -> None:
        """Services, then counters ("Counter 3"): where a customer can be sent."""
        c = self.catalog
        self.transfer_box.clear()
        for service in ids.QUEUE_SERVICES:
            self.transfer_box.addItem(c.text(f"service.{service}"), service)
        for counter in self.counters:
            self.transfer_box.addItem(counter.name(c, c.locale), COUNTER_TARGET + counter.id)

    # -- signing in ------------------------------------------------------------
    def reload_names(self) -> None:
        if self.queue is not None:
            self.queue.call(staff_names, on_done=self._show_names)

    def _show_names(self, names: list[str]) -> None:
        self.name_box.clear()
        self.name_box.addItems(names)
        self.sign_in_message.setText("" if names else self.catalog.text("staff.no_staff"))

    def show_sign_in_hint(self, text: str) -> None:
        """A line under the sign-in button (the demo shows its account and PIN there)."""
        self.sign_in_hint.setText(text)
        self.sign_in_hint.setVisible(bool(text))

    def sign_in(self) -> None:
        name, pin = self.name_box.currentText(), self.pin_edit.text()
        if not name or not pin or self.queue is None:
            return
        self.sign_in_button.setEnabled(False)
        self.queue.call(
            verify_pin,
            name,
            pin,
            on_done=lambda ok: self._on_verified(name, bool(ok)),
            on_error=self._on_sign_in_error,
        )

    def _on_verified(self, name: str, ok: bool) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin_edit.clear()
        if not ok:
            self.sign_in_message.setText(self.catalog.text("staff.wrong_pin"))
            return
        self.signed_in_as(name)

    def _on_sign_in_error(self, error: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin_edit.clear()
        self.sign_in_message.setText(sign_in_refusal(error, self.catalog))

    def signed_in_as(self, name: str) -> None:
        self.staff = name
        self.signed_in.setText(self.catalog.text("staff.signed_in", name=name))
        self.pages.setCurrentIndex(1)
        self.message.clear()
        self.reload_counters()
        self._update_actions()

    def sign_out(self) -> None:
        if self.staff is not None and self.queue is not None:  # the audit shows who left when
            from kiosk.staff.auth import record

            self.queue.call(record, self.staff, "sign_out")
        self.staff = None
        self.pages.setCurrentIndex(0)
        self.reload_names()

    # -- the list ----------------------------------------------------------------
    def show_snapshot(self, items: list[QueueItem]) -> None:
        """Redraw the list from the open items (already in serving order)."""
        self.items = list(items)
        colours = STAFF_ROW_COLOURS[self.theme]
        self.table.setRowCount(len(self.items))
        now = self.now()
        what_column = COLUMNS.index("what")
        for row, item in enumerate(self.items):
            kind = item_kind(item)
            values = (
                item.label,
                self._what(item),
                self.catalog.text(f"staff.status.{item.status.value}"),
                age_words(item.created_at, now),
                item.claimed_by or "",
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setData(KIND_ROLE, kind)
                if kind:  # its own colour, icon *and* word (fraud, quiet check, priority)
                    background, text = colours[kind]
                    cell.setBackground(QBrush(QColor(background)))
                    cell.setForeground(QBrush(QColor(text)))
                    if column == what_column:
                        cell.setIcon(QIcon(icon_pixmap(KIND_ICONS[kind], text, ICON_PX)))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.items)
        self._reselect()

    def _what(self, item: QueueItem) -> str:
        """ "PRIORITY: possible fraud — Help needed at Kiosk by the door (Main hall)"."""
        c = self.catalog
        if item.kind == Kind.HELP:
            words = c.text("staff.help_kind", kiosk=kiosk_words(item))
            if item.location:
                words += f" ({item.location})"
        else:
            words = c.text(f"service.{item.service}") if item.service else "?"
        kind = item_kind(item)
        if kind:
            why = priority_reason_words(item, c)
            flag = f"{kind_words(kind, c)} ({why})" if why else kind_words(kind, c)
            words = f"{flag} — {words}"
        return words

    def _tick_ages(self) -> None:
        now = self.now()
        column = COLUMNS.index("waiting")
        for row, item in enumerate(self.items):
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setText(age_words(item.created_at, now))

    def select(self, item_id: int) -> None:
        self.selected_id = item_id
        self._reselect()

    def _reselect(self) -> None:
        rows = [r for r, i in enumerate(self.items) if i.id == self.selected_id]
        self.table.blockSignals(True)
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self._show_card()

    def _on_select(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        self.selected_id = self.items[min(rows)].id if rows else None
        self._show_card()

    def selected(self) -> QueueItem | None:
        return next((i for i in self.items if i.id == self.selected_id), None)

    def _show_card(self) -> None:
        while self.card.count():
            taken = self.card.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        item = self.selected()
        if item is not None:
            self.draft = None
        elif self.draft is not None:  # a looked-up form stays until a customer is chosen
            self._draw_draft(self.draft)
            self._update_actions()
            return
        self.card_hint.setVisible(item is None)
        self.card_title.setText(
            f"{item.label} · {self.catalog.text('staff.card.title')}" if item else ""
        )
        self.card_title.setVisible(item is not None)
        code = item.context.get("draft_code") if item is not None else None
        if isinstance(code, str) and code:  # a form came with this number: one tap opens it
            self.draft_edit.setText(code)
        if item is not None:
            rows = card_rows(item, self.catalog, dict(self.catalogs), self.journeys)
            if item.counter is not None and item.calls:  # "Called 2 times at Counter 3"
                rows = [*rows, ("", self._called_words(item))]
            kind = item_kind(item)
            for row, (name, value) in enumerate(rows):
                key, val = _label("hint"), _label("body")
                key.setText(name)
                val.setText(value)
                if kind and row == 0:  # the alert row wears the list row's colour
                    background, text = STAFF_ROW_COLOURS[self.theme][kind]
                    val.setObjectName("StaffAlert")
                    val.setStyleSheet(
                        f"QLabel#StaffAlert {{ background: {background}; color: {text};"
                        " font-weight: 700; padding: 4px 8px; }"
                    )
                self.card.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
                self.card.addWidget(val, row, 1)
        self._update_actions()

    def _called_words(self, item: QueueItem) -> str:
        counter = next((c for c in self.counters if c.id == item.counter), None)
        counter = counter or Counter(str(item.counter), ())
        name = counter.name(self.catalog, self.catalog.locale)
        return self.catalog.text("staff.called_times", count=item.calls, counter=name)

    def _update_actions(self) -> None:
        item = self.selected()
        status = item.status if item else None
        at_counter = item is not None and status == Status.CALLED and item.counter is not None
        allowed = {
            "claim": status == Status.WAITING,
            "serve": status in (Status.WAITING, Status.CALLED),
            "done": status in (Status.CALLED, Status.SERVING),
            "call_again": at_counter,
            # Called to a counter: "Did not come" only after enough calls again.
            "no_show": status == Status.CALLED
            and (
                item is None
                or item.counter is None
                or offer_no_show(item, self.recalls_before_no_show)
            ),
            "cancel": item is not None and item.is_open,
        }
        for action, button in self.action_buttons.items():
            button.setEnabled(allowed[action] and self.staff is not None)
        open_item = item is not None and item.is_open and self.staff is not None
        self.transfer_button.setEnabled(open_item)
        self.note_button.setEnabled(open_item)
        self.call_next_button.setEnabled(self.staff is not None)

    # -- acting ----------------------------------------------------------------
    def act(self, action: str) -> None:
        item = self.selected()
        if item is None or self.queue is None or self.staff is None:
            return
        if action == "call_again":
            staff = self.staff
            self.queue.call(
                lambda stores: stores.counters.recall(item.id, staff),
                on_done=self._on_done,
                on_error=self._on_error,
            )
            return
        operation = {
            "claim": "claim",
            "serve": "serve",
            "done": "done",
            "no_show": "no_show",
            "cancel": "cancel",
        }[action]
        self.queue.call(
            operation, item.id, self.staff, on_done=self._on_done, on_error=self._on_error
        )

    def call_next(self) -> None:
        if self.queue is not None and self.staff is not None and self.counters:
            # The branch has counters: call for the one this member of staff sits at.
            staff, counter = self.staff, self.counter_id
            if counter is None:
                self.message.setText(self.catalog.text("staff.choose_counter"))
                return
            self.queue.call(
                lambda stores: stores.counters.call_next(counter, staff),
                on_done=self._on_called,
                on_error=self._on_error,
            )
        elif self.queue is not None and self.staff is not None:
            self.queue.call(
                "call_next", self.staff, on_done=self._on_called, on_error=self._on_error
            )

    def transfer(self) -> None:
        item = self.selected()
        if item is not None and self.queue is not None and self.staff is not None:
            target, staff = self.transfer_box.currentData(), self.staff
            service, counter = target, None
            if target.startswith(COUNTER_TARGET):  # a counter: keep the service if it serves it
                counter = target.removeprefix(COUNTER_TARGET)
                serves = next((c.services for c in self.counters if c.id == counter), ())
                service = item.service if item.service in serves or not serves else serves[0]
                service = service or ids.QUEUE_SERVICES[-1]
            # The counters' transfer keeps the arrival time and records the segment.
            self.queue.call(
                lambda stores: stores.counters.transfer(item.id, service, staff, counter),
                on_done=self._on_done,
                on_error=self._on_error,
            )

    def add_note(self) -> None:
        item, text = self.selected(), self.note_edit.text().strip()
        if item is not None and text and self.queue is not None and self.staff is not None:
            self.queue.call(
                "add_note",
                item.id,
                self.staff,
                text,
                on_done=self._on_done,
                on_error=self._on_error,
            )
            self.note_edit.clear()

    def _on_called(self, item: QueueItem | None) -> None:
        if item is None:
            self.message.setText(self.catalog.text("staff.nothing_waiting"))
            return
        self._on_done(item)

    def _on_done(self, item: QueueItem) -> None:
        self.message.clear()
        self.selected_id = item.id if item.is_open else None
        self.items = [item if i.id == item.id else i for i in self.items]
        self._reselect()

    def _on_error(self, error: Exception) -> None:
        if isinstance(error, AlreadyClaimed):
            self.message.setText(
                self.catalog.text(
                    "staff.claimed_by_other",
                    number=error.item.label,
                    name=error.item.claimed_by or "?",
                )
            )
        else:
            self.message.setText(str(error))

    def _on_store_fail(self, message: str) -> None:
        self.sign_in_message.setText(self.catalog.text("staff.offline", message=message))
        self.message.setText(self.catalog.text("staff.offline", message=message))
