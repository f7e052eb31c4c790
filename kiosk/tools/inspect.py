"""Describe what a window shows: every visible text and tappable control.

Used by ``kiosk tour`` (and through it the accessibility audit), so the
descriptions are exact: window coordinates, the pixel size of the font, and
whether the words fit their box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QTableView, QWidget

from kiosk.core import ids
from kiosk.look.fonts import glyph_gaps_any
from kiosk.look.theme import font_families
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.text import longest_unit_width


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _clips(widget: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """(part not cut by any parent box, part also inside the scroll viewport).

    Being scrolled out of sight is not clipping: above a scroll viewport only
    the visible part is narrowed, not the box the widget must fit in.
    """
    own = _rect(widget, window)
    boxed = QRect(own)
    shown = QRect(own)
    past_viewport = False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = _rect(parent, window)
        past_viewport = past_viewport or isinstance(parent.parentWidget(), QScrollArea)
        if not past_viewport:
            boxed = boxed.intersected(area)
        shown = shown.intersected(area)
        parent = parent.parentWidget()
    return boxed, shown


def _pager_of(widget: QWidget, window: QWidget) -> PagedArea | None:
    """The paged area whose content holds ``widget`` (not its own Next/Previous row)."""
    for parent in _ancestors(widget, window):
        if isinstance(parent, PagedArea):
            content = parent.content()
            return parent if content is not None and content.isAncestorOf(widget) else None
    return None


def _page_fields(widget: QWidget, window: QWidget, shown: QRect) -> tuple[QRect, dict[str, Any]]:
    """Narrow ``shown`` to the page in view; say which page shows the widget whole.

    ``page`` is 1-based; 0 means no page shows it whole (it is cut by a page end).
    """
    pager = _pager_of(widget, window)
    if pager is None or not pager.paged:
        return shown, {}
    page = pager.page_rect()
    window_page = QRect(pager.mapTo(window, page.topLeft()), page.size())
    index = pager.page_of(widget)
    fields = {
        "page": 0 if index is None else index + 1,
        "pages": len(pager.pages),
        "page_shown": pager.page + 1,
    }
    return shown.intersected(window_page), fields


def _ancestors(widget: QWidget, window: QWidget) -> list[QWidget]:
    out = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def _font_px(widget: QWidget) -> int:
    px = widget.font().pixelSize()
    return px if px > 0 else QFontInfo(widget.font()).pixelSize()


def label_fits(label: QLabel) -> bool:
    """Do all the label's words show, uncut, inside its box?

    Heights compare whole widgets (heightForWidth includes frame and padding);
    the longest word must fit inside the contents, padding excluded.
    """
    if label.wordWrap():
        if longest_unit_width(label) > label.contentsRect().width() + 1:
            return False
        return label.heightForWidth(label.width()) <= label.height() + 1
    hint = label.sizeHint()
    return hint.width() <= label.width() + 1 and hint.height() <= label.height() + 1


def _lang(widget: QWidget, locale: str) -> str:
    value = widget.property("lang")
    return str(value) if value else locale


def _inside(widget: QWidget, window: QWidget, names: tuple[str, ...]) -> bool:
    return any(p.objectName() in names for p in [widget, *_ancestors(widget, window), window])


STAFF_AREAS = ("StaffBar", "StaffConsole")


def _label_of_button(label: QLabel, window: QWidget) -> QAbstractButton | None:
    for parent in _ancestors(label, window):
        if isinstance(parent, QAbstractButton):
            return parent
    return None


def _table_cells(
    table: QTableView, window: QWidget, locale: str, base: dict[str, Any]
) -> list[dict[str, Any]]:
    """Visible cells of a table (a table widget's or any model's), as text elements."""
    out = []
    viewport = table.viewport()
    area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    families = font_families(locale)
    px = _font_px(table)
    metrics = table.fontMetrics()
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            cell = table.visualRect(index)
            rect = QRect(viewport.mapTo(window, cell.topLeft()), cell.size())
            shown = rect.intersected(area)
            if shown.isEmpty():
                continue
            one_line = metrics.horizontalAdvance(text) <= cell.width() - 6
            wrapped = metrics.boundingRect(
                cell.adjusted(3, 0, -3, 0), int(Qt.TextFlag.TextWordWrap), text
            )
            out.append(
                {
                    **base,
                    "kind": "text",
                    "text": text,
                    "font_px": px,
                    "tappable": False,
                    "action": "",
                    "role": "cell",
                    "line_px": table.fontMetrics().lineSpacing(),
                    "fits": one_line or wrapped.height() <= cell.height() + 1,
                    "missing_glyphs": glyph_gaps_any(families, text),
                    "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
                    "visible_rect": [shown.x(), shown.y(), shown.width(), shown.height()],
                }
            )
    return out


def describe(window: QWidget, locale: str) -> list[dict[str, Any]]:
    """Every visible text and tappable control of ``window``, in window coordinates."""
    elements: list[dict[str, Any]] = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and _is_element(widget):
            elements.extend(_describe_widget(widget, window, locale))
    return elements


def _is_element(widget: QWidget) -> bool:
    """Would :func:`_describe_widget` describe it? (Checked first: measuring costs.)"""
    kind = widget.property("kiosk_kind")
    return (
        isinstance(widget, QTableView)
        or (isinstance(widget, QAbstractButton) and bool(kind))
        or kind == "input"
        or (isinstance(widget, QLabel) and bool(widget.text()))
        or (kind == "image" and not (isinstance(widget, QLabel) and widget.pixmap().isNull()))
    )


def _describe_widget(widget: QWidget, window: QWidget, locale: str) -> list[dict[str, Any]]:
    """The element(s) one visible widget shows: none when its words are out of sight."""
    boxed, shown = _clips(widget, window)
    shown, paging = _page_fields(widget, window, shown)
    kind = widget.property("kiosk_kind")
    tappable = kind in ("button", "tile", "key", "input") and not isinstance(widget, QLabel)
    if shown.isEmpty():
        if not tappable:
            return []  # words scrolled (or paged) out of sight entirely
        # A choice out of sight is still a choice: the fold rule must see it.
        shown = QRect(0, 0, 0, 0)
    own = _rect(widget, window)
    base = {
        "rect": [own.x(), own.y(), own.width(), own.height()],
        "visible_rect": [shown.x(), shown.y(), shown.width(), shown.height()],
        **paging,
        "in_bar": _inside(widget, window, ("FixedBar",)),
        "assistant": _inside(widget, window, ("VoicePanel",)),
        # Staff areas follow desktop sizes; contrast and clipping rules still hold.
        "staff": _inside(widget, window, STAFF_AREAS),
    }
    if isinstance(widget, QTableView):
        return _table_cells(widget, window, locale, base)
    fits = boxed == own
    if isinstance(widget, QAbstractButton) and kind:
        return [{**_button_fields(widget, str(kind), fits), **base}]
    if kind == "input":
        return [{**_input_fields(widget, fits), **base}]
    if isinstance(widget, QLabel) and widget.text():
        return [{**_text_fields(widget, window, locale, fits), **base}]
    # An image (the guard in _is_element: a label's picture is set).
    return [{**_image_fields(fits), **base}]


def _button_fields(widget: QAbstractButton, kind: str, fits: bool) -> dict[str, Any]:
    title = getattr(widget, "title", None)
    return {
        "kind": kind,
        "text": widget.accessibleName() or widget.text(),
        "font_px": _font_px(title) if isinstance(title, QLabel) else _font_px(widget),
        "tappable": True,
        "action": str(widget.property("kiosk_action") or ""),
        "variant": str(widget.property("variant") or ""),
        "enabled": widget.isEnabled(),
        "fits": fits,
    }


def _input_fields(widget: QWidget, fits: bool) -> dict[str, Any]:
    text = getattr(widget, "currentText", None) or getattr(widget, "text", None)
    return {
        "kind": "input",
        "text": str(text() if callable(text) else ""),
        "font_px": _font_px(widget),
        # A field that only shows what the keypad typed is not a target.
        "tappable": not isinstance(widget, QLabel),
        "action": str(widget.property("kiosk_action") or ""),
        "fits": fits,
    }


def _text_fields(label: QLabel, window: QWidget, locale: str, fits: bool) -> dict[str, Any]:
    families = font_families(_lang(label, locale))
    button = _label_of_button(label, window)
    return {
        "kind": "text",
        "text": label.text(),
        "font_px": _font_px(label),
        "tappable": False,
        "action": str(button.property("kiosk_action") or "") if button else "",
        "role": str(label.property("role") or ""),
        "line_px": label.fontMetrics().lineSpacing(),
        "fits": label_fits(label) and fits,
        "missing_glyphs": glyph_gaps_any(families, label.text()),
    }


def _image_fields(fits: bool) -> dict[str, Any]:
    return {
        "kind": "image",
        "text": "",
        "font_px": 0,
        "tappable": False,
        "action": "",
        "fits": fits,
    }


def bar_actions() -> tuple[str, ...]:
    return ids.BAR_ACTIONS
