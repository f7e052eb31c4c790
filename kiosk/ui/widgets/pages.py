"""The page maths of a paged screen body, without Qt (so a unit test reaches it).

A page ends before the first thing it would cut: a control, or a line of
words (a long label may go on over a page's edge between two of its lines,
never through one). A page always shows something whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.look.theme import MIN_GAP_PX

Span = tuple[int, int]  # top, bottom (exclusive) in content coordinates
Box = tuple[int, int, int, int]  # top, bottom, left, right (exclusive) in content coordinates

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


@dataclass(frozen=True)
class Page:
    """One page: the content from ``top`` to ``bottom``, less what it hides.

    ``hidden`` are the boxes not drawn on this page: lines of words its end
    would cut (the next page starts at their top and shows them whole), and
    what the page before already showed whole above that start.
    """

    top: int
    bottom: int
    hidden: tuple[Box, ...] = ()


def plan_pages(
    height: int, page: int, words: Sequence[Box], controls: Sequence[Box] = ()
) -> list[Page]:
    """Pages whose ends may step between columns, so no line of words is cut.

    The ends are :func:`page_breaks`'s. Where an end must cut a line of words
    (two columns whose lines never line up), that line is hidden on the page
    and the next page starts at its top, hiding there what this page showed
    whole; a page's edge then runs under each column's last whole line.

    Args:
        height: The content's full height.
        page: The height one page can show (> 0).
        words: Boxes of lines of words (and labels kept whole).
        controls: Boxes of controls and kept-together groups (never hidden in part).
    """
    if page <= 0 or height <= page:
        return [Page(0, max(height, 0))]
    every = [*words, *controls]
    spans = [(top, bottom) for top, bottom, _, _ in every]
    control_spans = [(top, bottom) for top, bottom, _, _ in controls]
    pages: list[Page] = []
    start = 0
    hidden: list[Box] = []
    lowest = max((bottom for _, bottom in spans), default=height)
    air = height - lowest <= MARGIN_AIR
    while start + page < height and not (air and start + page >= lowest):
        cut = _page_end(start, start + page, page, spans, control_spans)
        cut = _with_more_choices(cut, start, start + page, page, words, controls)
        fits = [box for box in every if box[1] - box[0] <= page]
        cut_words = [box for box in words if box[0] < cut < box[1] and box[1] - box[0] <= page]
        cut_controls = [box for box in controls if box[0] < cut < box[1]]
        shown = [box for box in fits if start <= box[0] and box[1] <= cut]
        after = min((box[0] for box in cut_words), default=cut)
        if cut_controls or after <= start or not shown:
            pages.append(Page(start, cut, tuple(hidden)))
            start, hidden = cut, []
            continue
        # The cut lines wait for the next page, which starts at the highest of them.
        waiting = tuple((max(top, start), cut, left, right) for top, _, left, right in cut_words)
        pages.append(Page(start, cut, (*hidden, *waiting)))
        hidden = [box for box in shown if box[1] > after]
        start = after
    pages.append(Page(start, height, tuple(hidden)))
    return pages


def _with_more_choices(
    cut: int, start: int, limit: int, page: int, words: Sequence[Box], controls: Sequence[Box]
) -> int:
    """A lower end that shows more controls whole, its cut lines going to the next page.

    Two columns: a question beside its choices, whose lines pass between no two
    of them. The end that cuts nothing may show one line and one choice; one
    that cuts a line of the question (hidden, shown on the next page) may show
    every choice beside the question's first lines.
    """
    kept = [box for box in controls if box[1] - box[0] <= page]

    def whole(place: int) -> int:
        return sum(start <= top and bottom <= place for top, bottom, _, _ in kept)

    places = {limit, *(edge for box in (*words, *controls) for edge in box[:2])}
    better = [
        place
        for place in places
        if cut < place <= limit
        and not any(top < place < bottom for top, bottom, _, _ in kept)
        and all(top > start for top, bottom, _, _ in words if top < place < bottom)
        and whole(place) > whole(cut)
    ]
    return max(better, default=cut)


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
    # An empty box (a hidden spacer: top == bottom) shows nothing: it never ends a page.
    on_page = [bottom for top, bottom in every if start <= top < bottom <= limit]
    least = max(min(on_page, default=start + 1), start + 1)
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
