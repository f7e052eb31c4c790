"""One screen at a window size, locale and text size, settled, as a customer sees it.

Shared by the layout tests (result pages, ask staff, the assistant, short windows).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.tools.tour import _history_for, panel_view, settle


def show_at(
    qapp,
    kiosk,
    screen_id: str,
    size: tuple[int, int],
    locale: str,
    text_size: int,
    staged: bool = False,
):
    """``screen_id`` on a ``size`` window, paginated after its layout settled.

    Args:
        staged: With the tour's sample data (a number, a form) on the screen.
    """
    window, controller = kiosk.window, kiosk.controller
    window.setFixedSize(*size)
    prefs = replace(controller.prefs, locale=locale, text_size=text_size)
    controller.session.prefs = prefs
    window.apply_prefs(prefs)
    controller.session.history = _history_for(screen_id)
    if staged:
        window.screen_for(screen_id).stage_for_tour(screen_id)
    window.show_screen(screen_id)
    settle(qapp)
    screen = window.current_screen()
    screen.pager.repaginate()
    settle(qapp)
    return screen


def panel_at(qapp, kiosk, size: tuple[int, int], locale: str, text_size: int, state: str):
    """Home with the assistant's panel in ``state`` (e.g. ``assistant.listening``), settled.

    Returns:
        The window, the panel and the view it shows.
    """
    window, controller = kiosk.window, kiosk.controller
    window.setFixedSize(*size)
    prefs = replace(controller.prefs, locale=locale, text_size=text_size)
    controller.session.prefs = prefs
    window.apply_prefs(prefs)
    window.show_screen(ids.HOME)
    panel = window.voice_panel
    panel.can_listen = True
    view = panel_view(state, locale)
    panel.show_view(view)
    settle(qapp)
    return window, panel, view


def box(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s rectangle in ``window``'s coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def in_view(screen, widget: QWidget) -> bool:
    """Shown, and wholly inside the page in view (the screen's viewport): seen
    without scrolling or turning a page."""
    viewport = screen.scroll_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    inside = viewport.rect().contains(QRect(top_left, widget.size()))
    return widget.isVisibleTo(screen) and inside


def pagings_while_idle(qapp, screen, turns: int = 50) -> int:
    """How many times ``screen``'s pages were worked out over ``turns`` idle loop turns."""
    count = 0

    def counted() -> None:
        nonlocal count
        count += 1

    screen.pager.pages_did_settle.connect(counted)
    try:
        for _ in range(turns):
            qapp.processEvents()
    finally:
        screen.pager.pages_did_settle.disconnect(counted)
    return count
