"""Named steps a screen takes, least harmful first, to fit a short, wide window.

A 1366×768 window at 150 % leaves a screen about 500 px of height but 1266 px
of width. Rather than turn pages, a screen first gets tighter (less air, controls
only as tall as their words), then uses the width (choices beside the words),
and only last gives up a picture. Each step is one of the pager's
``compactors``: they are tried one more at a time, in the order they were
added, until the content fits, so a screen that already fits never changes.
The decision is the pager's (by measuring the content), never the window size's
or the locale's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from kiosk.look.theme import MIN_GAP_PX, Metrics
from kiosk.ui.screens.base import BOTTOM_EDGE_PX
from kiosk.ui.widgets.geometry import set_style_property
from kiosk.ui.widgets.paged_area import PagedArea

# The least air between and around things a tight screen keeps (DESIGN: 16 px apart).
TIGHT_GAP = MIN_GAP_PX


class FitSteps:
    """The steps a screen has turned on, kept so a restyle can lay them out again.

    Args:
        pager: The screen's pager; each :meth:`add` appends a compactor to it.
        apply: Lays the screen out for the steps now on (also called by the
            screen's ``apply_metrics``, since a restyle resets sizes).
    """

    def __init__(self, pager: PagedArea, apply: Callable[[], None]) -> None:
        self._pager = pager
        self._apply = apply
        self._on: set[str] = set()

    def add(self, *names: str) -> None:
        """Register steps, in the order the pager should try them."""
        for name in names:
            self._pager.compactors.append(partial(self._set, name))

    def _set(self, name: str, on: bool) -> None:
        if (name in self._on) == on:
            return
        if on:
            self._on.add(name)
        else:
            self._on.discard(name)
        self._apply()
        # A layout item caches its widget's height for a width until the widget
        # says its geometry changed; without this the pager measures the old one.
        content = self._pager.content()
        if content is not None:
            for widget in [content, *content.findChildren(QWidget)]:
                if widget.layout() is not None:
                    widget.updateGeometry()

    def __contains__(self, name: object) -> bool:
        return name in self._on


def set_air(layout: QBoxLayout, m: Metrics, tight: bool) -> None:
    """A screen body's margins and spacing: the usual ones (as Screen sets them) or tight.

    Tight, the least air is left below: the fixed bar's (or the page row's) own
    edge makes it DESIGN's 16 px to the next target, as under any screen.
    """
    if tight:
        layout.setContentsMargins(m.margin, TIGHT_GAP, m.margin, BOTTOM_EDGE_PX)
        layout.setSpacing(TIGHT_GAP)
    else:
        layout.setContentsMargins(m.margin, m.gap, m.margin, m.gap)
        layout.setSpacing(round(m.gap * 3 / 4))


def set_half_air(layout: QBoxLayout, m: Metrics, tight: bool) -> int:
    """A screen body's air, halved when tight (never under 16 px); the gap it set.

    For screens whose tight step keeps some air (the assistant, ask staff).
    """
    gap = max(TIGHT_GAP, m.gap // 2) if tight else round(m.gap * 3 / 4)
    layout.setContentsMargins(m.margin, gap if tight else m.gap, m.margin, gap)
    layout.setSpacing(gap)
    return gap


def set_tight(buttons: Iterable[QPushButton], on: bool, pad: int) -> None:
    """Let ``buttons`` be as tall as their words need (the style sheet's ``tight``).

    Tight, they keep half their padding above and below the words and never go
    under the fixed bar's target size (≥ 96 px at every text size); words, icons
    and the padding at the sides keep their size.

    Args:
        pad: The controls' usual padding (``Metrics.pad``).
    """
    for button in buttons:
        layout = button.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            vertical = pad // 2 if on else pad
            layout.setContentsMargins(margins.left(), vertical, margins.right(), vertical)
        set_style_property(button, "tight", on)
        button.updateGeometry()  # the margins changed even where the property did not


def set_beside(layout: QBoxLayout, beside: bool) -> None:
    """Words and choices side by side (a wide, short window) or one above the other."""
    direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)
