"""The staff console's list of open items: a table model over the queue snapshot, and its view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.look.icons import icon_pixmap
from kiosk.look.theme import PALETTES, STAFF_ROW_COLOURS
from kiosk.queue.models import Kind, QueueItem
from kiosk.staff.words import KIND_ICONS, item_kind, kind_words, kiosk_words, priority_reason_words

COLUMNS: Final = ("number", "what", "status", "waiting", "staff")
ICON_PX: Final = 28  # the row's kind icon, beside its word
FRAME_PX: Final = 5  # the frame around a selected coloured row
ITEM_ID_ROLE: Final = Qt.ItemDataRole.UserRole  # a cell's queue item id
KIND_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # a cell's row kind (kiosk.staff.words.item_kind)
_WAITING: Final = COLUMNS.index("waiting")
_WHAT: Final = COLUMNS.index("what")

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT: Final = QModelIndex()  # the table's parent: an invalid index


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


def what_words(item: QueueItem, catalog: Catalog) -> str:
    """ "PRIORITY: possible fraud — Help needed at Kiosk by the door (Main hall)"."""
    c = catalog
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


class QueueTableModel(QAbstractTableModel):
    """The open items in serving order, one row each, in the staff member's words.

    Fraud, quiet-check and priority rows carry their own colour, icon *and* word.

    Args:
        catalog: The staff member's words.
        theme: ``standard`` or ``high_contrast`` (the rows' colours).
        now: Clock for the "waiting" column.
    """

    def __init__(
        self, catalog: Catalog, theme: str, now: Callable[[], datetime], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.now = now
        self.items: list[QueueItem] = []
        self._rows: list[tuple[str, ...]] = []
        self._kinds: list[str] = []
        self._headers = [catalog.text(f"staff.col_{col}") for col in COLUMNS]
        self._colours = {
            kind: (QBrush(QColor(background)), QBrush(QColor(text)))
            for kind, (background, text) in STAFF_ROW_COLOURS[theme].items()
        }
        self._icons = {
            kind: QIcon(icon_pixmap(KIND_ICONS[kind], text, ICON_PX))
            for kind, (_, text) in STAFF_ROW_COLOURS[theme].items()
            if kind in KIND_ICONS
        }

    def set_items(self, items: list[QueueItem]) -> None:
        """Show a new snapshot (already in serving order)."""
        self.beginResetModel()
        self.items = list(items)
        self._kinds = [item_kind(item) for item in self.items]
        self._rows = [self._values(item) for item in self.items]
        self.endResetModel()

    def replace(self, item: QueueItem) -> None:
        """One item changed (an action's result), before the next snapshot arrives."""
        for row, old in enumerate(self.items):
            if old.id == item.id:
                self.items[row] = item
                self._kinds[row] = item_kind(item)
                self._rows[row] = self._values(item)
                last = self.index(row, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(row, 0), last)

    def tick(self) -> None:
        """The "waiting" column moves on with the clock."""
        if not self.items:
            return
        now = self.now()
        for row, item in enumerate(self.items):
            values = list(self._rows[row])
            values[_WAITING] = age_words(item.created_at, now)
            self._rows[row] = tuple(values)
        top, bottom = self.index(0, _WAITING), self.index(len(self.items) - 1, _WAITING)
        self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def _values(self, item: QueueItem) -> tuple[str, ...]:
        return (
            item.label,
            what_words(item, self.catalog),
            self.catalog.text(f"staff.status.{item.status.value}"),
            age_words(item.created_at, self.now()),
            item.claimed_by or "",
        )

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind = self._kinds[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[row][column]
        if role == ITEM_ID_ROLE:
            return self.items[row].id
        if role == KIND_ROLE:
            return kind
        if kind and role == Qt.ItemDataRole.BackgroundRole:
            return self._colours[kind][0]
        if kind and role == Qt.ItemDataRole.ForegroundRole:
            return self._colours[kind][1]
        if kind and role == Qt.ItemDataRole.DecorationRole and column == _WHAT:
            return self._icons.get(kind)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return super().headerData(section, orientation, role)


class _KindRowDelegate(QStyledItemDelegate):
    """Selected fraud / quiet-check / priority rows keep their colour, framed instead.

    The usual selection fill would hide the very colour that says "possible fraud".
    """

    def __init__(self, frame: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = frame

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
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

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # Room above and below a coloured row's words for its selection frame.
        size = super().sizeHint(option, index)
        return size + QSize(0, 2 * FRAME_PX + 4) if index.data(KIND_ROLE) else size


class QueueTable(QTableView):
    """One row per open item, selected whole; wrapped words, rows as tall as they need."""

    def __init__(self, model: QueueTableModel, theme: str) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_WHAT, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setItemDelegate(_KindRowDelegate(PALETTES[theme].focus, self))
        # Wrapped words need taller rows whenever a column changes width.
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def selected_row(self) -> int | None:
        """The first selected row, or None."""
        rows = {index.row() for index in self.selectedIndexes()}
        return min(rows) if rows else None
