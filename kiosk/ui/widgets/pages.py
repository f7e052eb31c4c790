"""The page maths of a paged screen body, without Qt (so a unit test reaches it).

A page ends before the first thing it would cut: a control, or a line of
words (a long label may go on over a page's edge between two of its lines,
never through one). A page always shows something whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from kiosk.look.theme import MIN_GAP_PX

Span = tuple[int, int]  # top, bottom (exclusive) in content coordinates

# Empty space under the last atom up to this is the body's margin: it makes no page.
MARGIN_AIR = 4 * MIN_GAP_PX


def page_breaks(
    height: int, page: int, atoms: Sequence[Span], controls: Sequence[Span] = ()
) -> list[Span]:
    """Split ``height`` pixels of content into pages of at most ``page`` pixels.

    Each page ends at the top of the first atom (a control, a line of words)
    that would otherwise cross its lower edge, so no atom is cut. An atom
    taller than a whole page is the only thing ever cut (nothing else fits).
    A page always shows at least one atom whole: it never ends above the
    first one that starts on it (a margin strip above two columns whose
    lines never line up was once a whole, empty first page).

    Args:
        height: The content's full height.
        page: The height one page can show (> 0).
        atoms: Vertical extents of things that must not be cut.
        controls: Those of them that are controls: where no page end can miss
            every atom, it misses the controls and cuts words rather than a button.

    Returns:
        ``(top, bottom)`` of each page, covering the content in order.
    """
    if page <= 0 or height <= page:
        return [(0, max(height, 0))]
    every = [*atoms, *controls]
    pages: list[Span] = []
    start = 0
    lowest = max((bottom for _, bottom in every), default=height)
    # A margin under the last atom (the body's edge) is no page of its own.
    air = height - lowest <= MARGIN_AIR
    while start + page < height and not (air and start + page >= lowest):
        limit = start + page
        cut = _page_end(start, limit, page, atoms, controls)
        pages.append((start, cut))
        start = cut
    pages.append((start, height))
    return pages


def _page_end(
    start: int, limit: int, page: int, atoms: Sequence[Span], controls: Sequence[Span]
) -> int:
    """Where a page from ``start`` ends: the lowest place that cuts the least.

    The place is the page's full height, the top of an atom or the bottom of
    one, and never above the end of the first atom that starts on the page
    (so the page shows it whole). It cuts as few controls as it can, then as
    few atoms (lines of words); an atom taller than a page is cut wherever the
    page ends (nothing else can be done), so it does not count.
    """
    every = [*atoms, *controls]
    on_page = [bottom for top, bottom in every if start <= top and bottom <= limit]
    least = min(on_page, default=start + 1)
    edges = {edge for span in every for edge in span if least <= edge < limit}
    kept_controls = [(top, bottom) for top, bottom in controls if bottom - top <= page]
    kept_atoms = [(top, bottom) for top, bottom in every if bottom - top <= page]

    def harm(place: int) -> tuple[int, int, int]:
        return (
            sum(top < place < bottom for top, bottom in kept_controls),
            sum(top < place < bottom for top, bottom in kept_atoms),
            -place,
        )

    return min({limit, *edges}, key=harm)


def line_spans(
    top: float, box: float, lines: Sequence[tuple[float, float]], align: str = "center"
) -> list[Span]:
    """The lines of a word-wrapped label, in content coordinates.

    Args:
        top: The top of the label's contents box (margins and padding inside).
        box: That box's height: the words are placed in it as ``align`` says,
            and what falls outside it is not drawn.
        lines: ``(y, height)`` of each laid-out line, the first at ``y == 0``
            (as ``QTextLine.position().y()`` and ``.height()`` give them).
        align: ``"top"``, ``"center"`` or ``"bottom"`` (the label's vertical alignment).

    Returns:
        ``(top, bottom)`` of each line shown, in order; one line's bottom is
        the next one's top, so a page may end between them.
    """
    if not lines:
        return []
    block = lines[-1][0] + lines[-1][1]
    offset = {"top": 0.0, "bottom": box - block}.get(align, (box - block) / 2)
    tops = [math.floor(top + offset + y) for y, _ in lines]
    last_y, last_h = lines[-1]
    ends = [*tops[1:], math.ceil(top + offset + last_y + last_h)]
    low, high = math.floor(top), math.ceil(top + box)
    spans = []
    for start, end in zip(tops, ends, strict=True):
        start, end = max(start, low), min(max(end, start), high)
        if end > start:
            spans.append((start, end))
    return spans
