"""A screen body that turns pages instead of scrolling.

Older customers rarely discover scrolling, and a grey scrollbar is easy to
miss. When a screen's content is taller than the space it has (mostly at
200 % text size), :class:`PagedArea` splits it into pages: each page ends
before the first control or line of words it would cut, so nothing is ever
shown in half, and large "Previous page" / "Next page" buttons with
"Page 2 of 3" between them sit under the page, always in view. They are
ordinary buttons: spoken, pressed by voice ("say what you see") and by touch.

The page maths (:mod:`kiosk.ui.widgets.pages`) is pure, so a unit test can reach it;
here a word-wrapped label is measured into the lines it draws.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QRegion, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from kiosk.content.catalog import Catalog
from kiosk.look.theme import (
    BAR_EDGE_PX,
    BAR_TARGET_PX,
    BASE_METRICS,
    MIN_GAP_PX,
    Metrics,
    Palette,
    bar_metrics,
    ink,
)
from kiosk.ui.widgets.label_button import LabelButton, line_width, words_width
from kiosk.ui.widgets.pages import MARGIN_AIR, Box, Span, line_spans, page_breaks, plan_pages
from kiosk.ui.widgets.text import text_label

# Set on a widget whose parts belong on one page (a keypad and its field).
KEEP_TOGETHER = "keep_together"

__all__ = ["KEEP_TOGETHER", "MARGIN_AIR", "PagedArea", "Span", "label_lines", "page_breaks"]


def label_lines(label: QLabel) -> list[Span] | None:
    """The lines a word-wrapped plain-text label draws, in its own coordinates.

    Laid out as QLabel draws them (its contents box, the font's leading, each
    line on a whole pixel), so a page can end between two of them. None for a
    label whose words are not plain wrapped lines (a picture, rich text).
    """
    text = label.text()
    plain = label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" not in text  # no tag: plain
    )
    if not (text and label.wordWrap() and plain):
        return None
    box = label.contentsRect()
    margin = label.margin()
    box.adjust(margin, margin, -margin, -margin)
    font = label.font()
    # As QPainter::drawText: a newline breaks the line (a paragraph of the same label).
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    leading = QFontMetricsF(font).leading()
    lines: list[tuple[float, float]] = []
    y = -leading
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(box.width())
        y = math.ceil(y + leading)
        lines.append((y, line.height()))
        y += line.height()
    layout.endLayout()
    flags = label.alignment()
    align = (
        "top"
        if flags & Qt.AlignmentFlag.AlignTop
        else "bottom"
        if flags & Qt.AlignmentFlag.AlignBottom
        else "center"
    )
    return line_spans(box.top(), box.height(), lines, align)


class _Area(QScrollArea):
    """The scroll area the content lives in; only the pager moves it."""

    def ensureWidgetVisible(self, child: QWidget, xmargin: int = 0, ymargin: int = 0) -> None:
        owner = self.parentWidget()
        if isinstance(owner, PagedArea):
            owner.show_widget(child)
        else:
            super().ensureWidgetVisible(child, xmargin, ymargin)


class PagedArea(QWidget):
    """Content in pages, with Previous/Next page buttons when it does not fit.

    ``scroll`` is the underlying :class:`QScrollArea` (its ``setWidget`` takes the
    content); the scrollbar is never shown.

    Signals:
        page_did_change(int): the page now shown (0-based), after a tap or a reflow.
        pages_did_settle(): the pages were worked out again (the words on the page
            in view may have changed: a compactor, another page count).
    """

    page_did_change = Signal(int)
    pages_did_settle = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PagedArea")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.scroll_area = _Area(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Icon beside the words: the row stays one line tall even at 200 %.
        self.previous = LabelButton("page_previous", horizontal=True)
        self.next = LabelButton("page_next", horizontal=True)
        self.previous.set_icon("back")
        self.next.set_icon("forward")
        self.previous.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next.clicked.connect(lambda: self.go_to(self.page + 1))
        # A widget to keep in view (show_widget) while the layout settles around it.
        self._follow: QWidget | None = None
        self.where = text_label("label", align=Qt.AlignmentFlag.AlignCenter)
        self.where.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.bar = QWidget(self)
        self.bar.setObjectName("Pager")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous, 2)
        row.addWidget(self.where, 1)
        row.addWidget(self.next, 2)
        self._row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.bar, 0)
        self.bar.hide()
        self.pages: list[Span] = [(0, 0)]
        # What each page does not draw (shown whole on another page): see plan_pages.
        self._hidden: list[tuple[Box, ...]] = [()]
        self.page: int = 0  # typed here: the page buttons above read it
        self._catalog: Catalog | None = None
        self._busy = False
        # Ways to make the content shorter before it is split (e.g. tiles without
        # their second line), least harmful first; each takes a bool. When the
        # content does not fit they are switched on one more at a time, in this
        # order, until it fits: compactor i on means every one before it is on.
        self.compactors: list[Callable[[bool], None]] = []
        self.compact_level = 0  # how many compactors are on (the first ones)
        # Check the choice again when the full content turns out not to fit (the
        # welcome screen, which must be one page; other screens keep the first choice).
        self.recheck_compact = False
        self._compact_for: tuple[object, ...] | None = None
        self.fit_key: Callable[[], object] = lambda: None
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.repaginate)

    # -- content -------------------------------------------------------------
    def setWidget(self, widget: QWidget) -> None:
        self.scroll_area.setWidget(widget)
        widget.installEventFilter(self)

    def content(self) -> QWidget | None:
        return self.scroll_area.widget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._pending.start()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_row()
        self._pending.start()

    # -- words and sizes -----------------------------------------------------
    def retranslate(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.previous.set_words(catalog.text("pager.previous"))
        self.next.set_words(catalog.text("pager.next"))
        self._show_where()
        self._fit_row()

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        # Sized like the fixed bar (it grows at a quarter of the content's rate):
        # the row is the same on every page and must leave the page its room.
        b = bar_metrics(round(100 * m.body / BASE_METRICS.body))
        self._row.setSpacing(b.gap)
        # Above the row, the gap DESIGN.md asks between two controls (the page's
        # last control may end right at the page's edge); below it, what the fixed
        # bar's own edge leaves of that gap. One line tall, as low as a target.
        self.bar.setContentsMargins(b.margin, MIN_GAP_PX, b.margin, MIN_GAP_PX - BAR_EDGE_PX)
        for button in (self.previous, self.next):
            button.apply_metrics(b.pad, b.pad // 2, b.label, ink(palette, ""), vpad=b.pad // 2)
        self._fit_row()
        self._pending.start()

    def _fit_row(self) -> None:
        """Words broken only between words; "Page 2 of 3" on one line where it can be."""
        buttons = 0
        for button in (self.previous, self.next):
            button.title.ensurePolished()
            button.title.setMinimumWidth(words_width(button.title))
            least = max(BAR_TARGET_PX, button.least_width())
            button.setMinimumWidth(least)  # the style sheet's target would hide the words'
            buttons += least
        where = self.where
        where.ensurePolished()
        margins = self.bar.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * self._row.spacing() - buttons
        where.setMinimumWidth(min(line_width(where), max(room, words_width(where))))

    def _show_where(self) -> None:
        if self._catalog is not None:
            words = self._catalog.text("pager.where", page=self.page + 1, pages=len(self.pages))
            if words != self.where.text():
                self.where.setText(words)
                self._fit_row()

    # -- pages ---------------------------------------------------------------
    @property
    def paged(self) -> bool:
        return len(self.pages) > 1

    @property
    def settling(self) -> bool:
        """Are the pages about to be worked out again (a layout change is waiting)?"""
        return self._pending.isActive()

    def _content_height(self, content: QWidget, width: int) -> int:
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def _atoms(self, content: QWidget) -> tuple[list[Box], list[Box]]:
        """Things that must stay whole: lines of words; controls and kept-together groups."""
        words: list[Box] = []
        controls: list[Box] = []
        for widget in content.findChildren(QWidget):
            if not widget.isVisibleTo(content):
                continue
            control = widget.property("kiosk_kind") in ("button", "tile", "key", "input", "image")
            label = isinstance(widget, QLabel) and bool(widget.text())
            if not (control or label or widget.property(KEEP_TOGETHER)):
                continue
            place = widget.mapTo(content, QPoint(0, 0))
            left, right = place.x(), place.x() + widget.width()
            if control or widget.property(KEEP_TOGETHER):  # never hidden in part
                controls.append((place.y(), place.y() + widget.height(), left, right))
                continue
            lines = label_lines(widget) if isinstance(widget, QLabel) else None
            if lines:  # a page may end between two lines of words, never through one
                words.extend((place.y() + a, place.y() + b, left, right) for a, b in lines)
            else:
                words.append((place.y(), place.y() + widget.height(), left, right))
        return words, controls

    def repaginate(self) -> None:
        """Work out the pages for the current sizes and show the current one again."""
        content = self.content()
        if content is None or self._busy or self.width() <= 0:
            return
        self._busy = True
        try:
            total = self.height()
            width = self.scroll_area.viewport().width()
            self._choose_compact(content, width, total)
            needed = self._content_height(content, width)
            more = self.compact_level < len(self.compactors)
            if needed > total and self.recheck_compact and more:
                # The choice was made on sizes a restyle had not reached yet (text
                # size 150 → 200 measured the old fonts): the content does not fit
                # after all, so the next compactors are tried now. Only while one is
                # left: measuring invalidates the layouts, which posts a layout
                # request, which pages the content again (with every compactor on
                # and still in pages, that was every other loop turn, forever).
                needed = self._compact_until_fits(content, width, total)
            if needed <= total:
                self.bar.hide()
                self.pages = [(0, needed)]
                self._hidden = [()]
            else:
                self.bar.show()
                bar = self._row_height()
                page = total - bar
                if page < bar:  # not laid out yet (or absurdly small): wait for a real size
                    self.bar.hide()
                    self.pages = [(0, needed)]
                    self._hidden = [()]
                    self.page = 0
                    self._apply_page()
                    return
                # The content is laid out at its full height before it is measured,
                # at the height the scroll area keeps: it grows a resizable widget
                # to the widget's own minimum (a layout's minimum is taken at its
                # narrowest, so it can exceed the height for this width). Resized to
                # less, the scroll area grew it back, each resize asked for another
                # paging, and the pages were worked out on every loop turn forever.
                # Its width likewise: content whose least width is wider than the view
                # (a long number at 200 % on a portrait screen) is kept that wide.
                least = QWidgetItem(content).minimumSize()
                content.resize(
                    max(self.scroll_area.viewport().width(), least.width()),
                    max(needed, page, least.height()),
                )
                words, controls = self._atoms(content)
                # The height-for-width answer can fall short of what the layout gives
                # (a minimum size wins): the last page reaches the lowest atom.
                height = max([content.height(), *(box[1] for box in words + controls)])
                plan = plan_pages(height, page, words, controls)
                self.pages = [(p.top, p.bottom) for p in plan]
                self._hidden = [p.hidden for p in plan]
            self.page = min(self.page, len(self.pages) - 1)
            if self._follow is not None:
                self.page = self._page_showing(self._follow)
            self._apply_page()
        finally:
            self._busy = False
        self.pages_did_settle.emit()

    @property
    def compact(self) -> bool:
        """Is any compactor on (the content made shorter to fit)?"""
        return self.compact_level > 0

    def row_height(self) -> int:
        """The page row's height at this width: what a page leaves its content."""
        return self._row_height()

    def _row_height(self) -> int:
        """The page row's height at this width (its buttons answer for their words)."""
        row = self.bar.layout()
        if row is not None and row.hasHeightForWidth():
            return row.totalHeightForWidth(self.width())
        return self.bar.sizeHint().height()

    def reapply_compact(self) -> None:
        """After new words were set (they show every line again)."""
        for compactor in self.compactors[: self.compact_level]:
            compactor(True)

    def _set_compact_level(self, level: int) -> None:
        """Switch on the first ``level`` compactors and off the others."""
        self.compact_level = level
        for index, compactor in enumerate(self.compactors):
            compactor(index < level)

    def _compact_until_fits(self, content: QWidget, width: int, total: int) -> int:
        """Switch on one more compactor at a time until the content fits; its height."""
        needed = self._measured(content, width)
        while needed > total and self.compact_level < len(self.compactors):
            self.compact_level += 1  # first: a compactor may read ``compact``
            self.compactors[self.compact_level - 1](True)
            needed = self._measured(content, width)
        return needed

    def _choose_compact(self, content: QWidget, width: int, total: int) -> None:
        """The fewest compactors that make the content fit; decided once per size.

        Deciding once per (width, height, words) keeps the choice stable: showing
        and hiding lines asks for a new layout, which would otherwise come back here.
        When even all of them do not fit, all stay on (the pages are then fewest).
        """
        if not self.compactors:
            return
        key = (width, total, self.fit_key())
        if key == self._compact_for:
            return
        self._compact_for = key
        self._set_compact_level(0)
        self._compact_until_fits(content, width, total)

    def fits_in(self, width: int, height: int) -> bool:
        """Would the content fit on one page of this size, its compactors tried in order?

        Asked before the area is given that size (the assistant's panel opening
        below it); the compactors are chosen again when it is.
        """
        content = self.content()
        if content is None or width <= 0:
            return True
        self._compact_for = None
        self._set_compact_level(0)
        return self._compact_until_fits(content, width, height) <= height

    def _measured(self, content: QWidget, width: int) -> int:
        # Shown or hidden lines reach the outer layouts' cached heights only through
        # posted events; clear the caches so the height is measured now.
        for widget in [content, *content.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        return self._content_height(content, width)

    def go_to(self, page: int) -> None:
        """Show ``page`` (0-based; clamped to the pages there are)."""
        page = max(0, min(page, len(self.pages) - 1))
        self._follow = None
        changed = page != self.page
        self.page = page
        self._apply_page()
        if changed:
            self.page_did_change.emit(page)

    def page_of(self, widget: QWidget) -> int | None:
        """The page (0-based) that shows all of ``widget``, or None if it is cut."""
        content = self.content()
        if content is None or not content.isAncestorOf(widget):
            return None
        top = widget.mapTo(content, QPoint(0, 0)).y()
        bottom = top + widget.height()
        for index, (start, end) in enumerate(self.pages):
            if start <= top and bottom <= end:
                return index
        return None

    def show_widget(self, widget: QWidget) -> None:
        """Turn to the page that shows ``widget`` (its first part, if it is cut).

        It stays followed while its words change the layout, until a page is
        turned by hand (or the screen is entered again).
        """
        content = self.content()
        if content is None or not content.isAncestorOf(widget):
            return
        self.go_to(self._page_showing(widget))
        self._follow = widget

    def _page_showing(self, widget: QWidget) -> int:
        content = self.content()
        if content is None or not content.isAncestorOf(widget):
            return self.page
        page = self.page_of(widget)
        if page is None:
            top = widget.mapTo(content, QPoint(0, 0)).y()
            page = max((i for i, (s, _) in enumerate(self.pages) if s <= top), default=0)
        return page

    def page_rect(self) -> QRect:
        """What the current page shows, in this widget's coordinates."""
        viewport = self.scroll_area.viewport()
        start, end = self.pages[self.page] if self.paged else (0, viewport.height())
        offset = self.scroll_area.verticalScrollBar().value()
        top = viewport.mapTo(self, QPoint(0, 0)).y()
        height = min(end - start, viewport.height())
        return QRect(0, top + start - offset, viewport.width(), height)

    def _apply_page(self) -> None:
        viewport = self.scroll_area.viewport()
        bar = self.scroll_area.verticalScrollBar()
        if not self.paged:
            viewport.clearMask()
            bar.setValue(0)
            self._show_where()
            return
        start, end = self.pages[self.page]
        bar.setValue(min(start, bar.maximum()))
        offset = bar.value()
        # Only this page's part is drawn (and takes touches); the rest is page background.
        region = QRegion(0, start - offset, viewport.width(), end - start)
        hidden = self._hidden[self.page] if self.page < len(self._hidden) else ()
        for top, bottom, left, right in hidden:
            region -= QRegion(left, top - offset, right - left, bottom - top)
        viewport.setMask(region)
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < len(self.pages) - 1)
        self._show_where()
