"""The staff console: who is waiting, what they were doing, and one click to act.

The window puts together its parts: :class:`~kiosk.staff.sign_in_page.SignInPage`,
the list (:mod:`kiosk.staff.queue_table`), the context card
(:class:`~kiosk.staff.card_view.CardView`) and the
:class:`~kiosk.staff.action_panel.ActionPanel`. What it asks of the queue is in
:mod:`kiosk.staff.queue_calls`, run on the queue worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.look.theme import build_staff_stylesheet, font_families
from kiosk.queue.counters import Counter
from kiosk.queue.models import QueueItem
from kiosk.services.queue_service import QueueService
from kiosk.staff import queue_calls
from kiosk.staff.action_panel import ActionPanel
from kiosk.staff.actions import allowed_actions, transfer_destination
from kiosk.staff.auth import record, staff_names, verify_pin
from kiosk.staff.card_view import CardView
from kiosk.staff.context_card import called_words, card_rows
from kiosk.staff.controls import SPACING, button, label
from kiosk.staff.counter_choice import remember_counter, remembered_counter
from kiosk.staff.queue_table import QueueTable, QueueTableModel, age_words
from kiosk.staff.sign_in_page import SignInPage
from kiosk.staff.today import TodayView
from kiosk.staff.words import Journeys, action_refusal, item_kind, sign_in_refusal

if TYPE_CHECKING:
    from kiosk.store.drafts import Draft

__all__ = ["StaffConsole", "age_words"]

NARROW_PX = 1200  # under this width (portrait) the card goes under the list


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
        self.selected_id: int | None = None
        self.draft: Draft | None = None  # a form draft looked up by its code
        self._reselecting = False  # the console itself moves the selection
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
        self.sign_in_page = SignInPage(self.catalog)
        self.sign_in_page.sign_in_was_requested.connect(self._check_pin)
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self._build_console())
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 16)
        root.addWidget(self.pages)
        self._name_parts()

        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self.model.tick)
        self._ticker.start()
        if queue is not None:
            queue.queue_did_change.connect(self.show_snapshot)
            queue.store_did_fail.connect(self._on_store_fail)
            self.show_snapshot(queue.snapshot)
            self.reload_names()
            self.reload_counters()
        self._update_actions()

    # -- building --------------------------------------------------------------
    def _name_parts(self) -> None:
        """The parts' controls under the names the tests, the tour and the demo use."""
        page, card, panel = self.sign_in_page, self.card_view, self.action_panel
        self.name_box, self.pin_edit = page.name_box, page.pin_edit
        self.sign_in_button, self.sign_in_message = page.sign_in_button, page.message
        self.sign_in_hint = page.hint
        self.card, self.card_title = card.grid, card.title
        self.action_buttons = panel.action_buttons
        self.transfer_box, self.transfer_button = panel.transfer_box, panel.transfer_button
        self.note_edit, self.note_button = panel.note_edit, panel.note_button
        self.draft_edit, self.draft_button = panel.draft_edit, panel.draft_button

    def _build_console(self) -> QWidget:
        page = QWidget()
        header, calling = self._build_header()
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_card_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.message = label("alert")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)  # the two header rows' buttons apart as any others
        layout.addLayout(header)
        layout.addLayout(calling)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        return page

    def _build_header(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Two rows, so the console fits beside the kiosk on a laptop: who is signed
        in above; this counter and "Call next" under it."""
        c = self.catalog
        self.title = label("heading", wrap=False)
        self.title.setText(c.text("staff.title"))
        self.signed_in = label("body", wrap=False)
        self.sign_out_button = button(c.text("staff.sign_out"), "sign_out")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.call_next_button = button(c.text("staff.call_next"), "call_next", primary=True)
        self.call_next_button.clicked.connect(self.call_next)
        self.counter_label = label("body", wrap=False)
        self.counter_label.setText(c.text("staff.my_counter"))
        self.counter_box = QComboBox()
        self.counter_box.setProperty("kiosk_kind", "input")
        self.counter_box.currentIndexChanged.connect(self._choose_counter)
        header = QHBoxLayout()
        header.setSpacing(SPACING)
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
        return header, calling

    def _build_list(self) -> QWidget:
        """The open items, a word when there are none, and today's figures (issue 14)."""
        self.model = QueueTableModel(self.catalog, self.theme, self.now, self)
        self.table = QueueTable(self.model, self.theme)
        self.table.selectionModel().selectionChanged.connect(self._on_select)
        self.empty = label("hint")
        self.empty.setText(self.catalog.text("staff.empty"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        self.today = TodayView(self.queue, self.catalog)
        left_layout.addWidget(self.today)
        return left

    def _build_card_side(self) -> QScrollArea:
        """The context card over the action panel; on a short screen they scroll."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(SPACING)
        self.card_view = CardView(self.catalog, self.theme)
        self.action_panel = ActionPanel(self.catalog)
        self.action_panel.action_was_chosen.connect(self.act)
        self.action_panel.transfer_was_chosen.connect(self.transfer)
        self.action_panel.note_was_written.connect(self.add_note)
        self.action_panel.draft_was_asked.connect(self.look_up_draft)
        right_layout.addWidget(self.card_view)
        right_layout.addStretch(1)
        right_layout.addWidget(self.action_panel)
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right.setObjectName("StaffCard")
        right_scroll.setWidget(right)
        return right_scroll

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On a narrow (portrait) screen the card goes under the list, not beside it.
        narrow = self.width() < NARROW_PX
        self.splitter.setOrientation(
            Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        )
        super().resizeEvent(event)

    # -- counters ----------------------------------------------------------------
    def reload_counters(self) -> None:
        if self.queue is not None:
            self.queue.call(queue_calls.counters, on_done=self.show_counters)

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
        self.action_panel.fill_transfer(self.counters)
        self._update_actions()

    def _choose_counter(self, index: int) -> None:
        counter_id = self.counter_box.itemData(index) if index >= 0 else None
        self.counter_id = counter_id
        if counter_id:
            remember_counter(self.data_dir, counter_id)
            self.message.clear()

    # -- signing in ------------------------------------------------------------
    # The console, not its page, asks the queue: a pending answer keeps the whole
    # window alive (the page alone would outlive its deleted parent).
    def reload_names(self) -> None:
        if self.queue is not None:
            self.queue.call(staff_names, on_done=self._show_names)

    def _show_names(self, names: list[str]) -> None:
        self.sign_in_page.set_names(names, self.catalog.text("staff.no_staff"))

    def show_sign_in_hint(self, text: str) -> None:
        """A line under the sign-in button (the demo shows its account and PIN there)."""
        self.sign_in_page.show_hint(text)

    def sign_in(self) -> None:
        """Check the name and PIN on the sign-in page (as its button does)."""
        self.sign_in_page.submit()

    def _check_pin(self, name: str, pin: str) -> None:
        if self.queue is None:
            return
        self.sign_in_page.checking()
        self.queue.call(
            verify_pin,
            name,
            pin,
            on_done=lambda ok: self._on_verified(name, bool(ok)),
            on_error=self._on_sign_in_error,
        )

    def _on_verified(self, name: str, ok: bool) -> None:
        self.sign_in_page.answered("" if ok else self.catalog.text("staff.wrong_pin"))
        if ok:
            self.signed_in_as(name)

    def _on_sign_in_error(self, error: Exception) -> None:
        self.sign_in_page.answered(sign_in_refusal(error, self.catalog))

    def signed_in_as(self, name: str) -> None:
        self.staff = name
        self.signed_in.setText(self.catalog.text("staff.signed_in", name=name))
        self.pages.setCurrentIndex(1)
        self.message.clear()
        self.reload_counters()
        self._update_actions()

    def sign_out(self) -> None:
        if self.staff is not None and self.queue is not None:  # the audit shows who left when
            self.queue.call(record, self.staff, "sign_out")
        self.staff = None
        self.pages.setCurrentIndex(0)
        self.reload_names()

    # -- the list ----------------------------------------------------------------
    @property
    def items(self) -> list[QueueItem]:
        """The open items shown, in serving order."""
        return self.model.items

    def show_snapshot(self, items: list[QueueItem]) -> None:
        """Redraw the list from the open items (already in serving order)."""
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.items)
        self._reselect()

    def select(self, item_id: int) -> None:
        self.selected_id = item_id
        self._reselect()

    def _reselect(self) -> None:
        rows = [r for r, i in enumerate(self.items) if i.id == self.selected_id]
        self._reselecting = True
        try:
            if rows:
                self.table.selectRow(rows[0])
            else:
                self.table.clearSelection()
        finally:
            self._reselecting = False
        self._show_card()

    def _on_select(self, *_: object) -> None:
        if self._reselecting:
            return
        row = self.table.selected_row()
        self.selected_id = self.items[row].id if row is not None else None
        self._show_card()

    def selected(self) -> QueueItem | None:
        return next((i for i in self.items if i.id == self.selected_id), None)

    def _show_card(self) -> None:
        item = self.selected()
        if item is None:
            if self.draft is not None:  # a looked-up form stays until a customer is chosen
                self.card_view.show_draft(self.draft)
            else:
                self.card_view.show_nothing()
            self._update_actions()
            return
        self.draft = None
        code = item.context.get("draft_code")
        if isinstance(code, str) and code:  # a form came with this number: one tap opens it
            self.action_panel.draft_edit.setText(code)
        rows = card_rows(item, self.catalog, dict(self.catalogs), self.journeys)
        if item.counter is not None and item.calls:  # "Called 2 times at Counter 3"
            rows = [*rows, ("", called_words(item, self.counters, self.catalog))]
        self.card_view.show_item(item.label, rows, item_kind(item))
        self._update_actions()

    def _update_actions(self) -> None:
        item, signed_in = self.selected(), self.staff is not None
        allowed = allowed_actions(item, self.recalls_before_no_show)
        self.action_panel.enable(
            {action: ok and signed_in for action, ok in allowed.items()},
            open_item=item is not None and item.is_open and signed_in,
        )
        self.call_next_button.setEnabled(signed_in)

    # -- acting ----------------------------------------------------------------
    def act(self, action: str) -> None:
        """One of :data:`kiosk.staff.actions.ACTIONS` on the selected item."""
        item = self.selected()
        if item is None or self.queue is None or self.staff is None:
            return
        self.queue.call(
            queue_calls.ITEM_ACTIONS[action],
            item.id,
            self.staff,
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def call_next(self) -> None:
        if self.queue is None or self.staff is None:
            return
        if not self.counters:  # no counters: call from every queue, as it always did
            self.queue.call(
                queue_calls.call_next,
                self.staff,
                on_done=self._on_called,
                on_error=self._on_error,
            )
            return
        # The branch has counters: call for the one this member of staff sits at.
        if self.counter_id is None:
            self.message.setText(self.catalog.text("staff.choose_counter"))
            return
        self.queue.call(
            queue_calls.call_next_at,
            self.counter_id,
            self.staff,
            on_done=self._on_called,
            on_error=self._on_error,
        )

    def transfer(self, target: str) -> None:
        """Send the selected item to a service, or to ``counter:<id>``."""
        item = self.selected()
        if item is None or self.queue is None or self.staff is None:
            return
        service, counter = transfer_destination(item, target, self.counters)
        self.queue.call(
            queue_calls.transfer,
            item.id,
            service,
            self.staff,
            counter,
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def add_note(self, text: str) -> None:
        item = self.selected()
        if item is not None and text and self.queue is not None and self.staff is not None:
            self.queue.call(
                queue_calls.add_note,
                item.id,
                self.staff,
                text,
                on_done=self._on_done,
                on_error=self._on_error,
            )
            self.action_panel.note_edit.clear()

    def look_up_draft(self, code: str) -> None:
        """Open a form prepared at the kiosk by its code."""
        if not code or self.queue is None or self.staff is None:
            return
        self.queue.call(
            queue_calls.look_up_draft,
            code,
            self.staff,
            on_done=self._show_draft,
            on_error=lambda exc: self.message.setText(str(exc)),
        )

    def _show_draft(self, draft: Draft) -> None:
        """Show a looked-up draft in the card area until someone in the list is chosen."""
        self.draft = draft
        self.selected_id = None
        self.table.clearSelection()
        self._show_card()
        self.message.clear()

    def _on_called(self, item: QueueItem | None) -> None:
        if item is None:
            self.message.setText(self.catalog.text("staff.nothing_waiting"))
            return
        self._on_done(item)

    def _on_done(self, item: QueueItem) -> None:
        self.message.clear()
        self.selected_id = item.id if item.is_open else None
        self.model.replace(item)
        self._reselect()

    def _on_error(self, error: Exception) -> None:
        self.message.setText(action_refusal(error, self.catalog))

    def _on_store_fail(self, message: str) -> None:
        words = self.catalog.text("staff.offline", message=message)
        self.sign_in_page.message.setText(words)
        self.message.setText(words)
