"""Drawing on a page in inches from its top-left corner, with few artists.

Text, boxes and tables are drawn straight on the figure (no axes, no table
artists: their cell-by-cell layout was most of the report's drawing time). A
table is one text per column, its rows separated by new lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from kiosk.insight.report_words import short, width

INK, GREY, RULE = "#111111", "#444444", "#999999"
PITCH_EM = 1.45  # from one line of text to the next, in font sizes, in every locale
POINT = 1 / 72  # inch


@lru_cache(maxsize=8)
def _em_height(families: tuple[str, ...]) -> float:
    """matplotlib's line pitch at linespacing 1, in font sizes (Noto Sans ≈ 1.36, CJK 1.0)."""
    renderer = RendererAgg(100, 100, 72)
    figure = Figure(dpi=72)

    def tall(lines: int) -> float:
        text = figure.text(0, 0, "\n".join(["lp"] * lines), fontsize=10, linespacing=1.0)
        return float(text.get_window_extent(renderer=renderer).height)

    return (tall(11) - tall(1)) / 100


def line_spacing() -> float:
    """The ``linespacing`` that gives :data:`PITCH_EM` with the current rc fonts."""
    return PITCH_EM / _em_height(tuple(matplotlib.rcParams["font.family"]))


def line_height(size: float) -> float:
    """The distance between two lines of ``size`` points, in inches (every locale alike)."""
    return size * PITCH_EM * POINT


def text_width(text: str, size: float) -> float:
    """A generous estimate of ``text``'s width in inches (CJK characters are square)."""
    return width(text) * 0.56 * size * POINT


class Canvas:
    """A figure addressed in inches from the top-left, as a page is read."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        self.w, self.h = (float(v) for v in figure.get_size_inches())

    def text(self, x: float, y: float, text: str, size: float = 7, **style: Any) -> None:
        """``text`` with its top-left (or top-right with ``ha="right"``) at (x, y)."""
        if text:
            style.setdefault("color", INK)
            style.setdefault("linespacing", line_spacing())
            self.figure.text(x / self.w, 1 - y / self.h, text, fontsize=size, va="top", **style)

    def box(self, x: float, y: float, w: float, h: float, **style: Any) -> None:
        """A rectangle with its top-left at (x, y)."""
        style.setdefault("linewidth", 0)
        self.figure.add_artist(
            Rectangle(
                (x / self.w, 1 - (y + h) / self.h),
                w / self.w,
                h / self.h,
                transform=self.figure.transFigure,
                **style,
            )
        )

    def rule(self, x: float, y: float, w: float) -> None:
        self.box(x, y, w, 0.008, facecolor=RULE)

    def axes(self, x: float, y: float, w: float, h: float) -> Axes:
        """Axes whose plotting area has its top-left at (x, y)."""
        return self.figure.add_axes((x / self.w, 1 - (y + h) / self.h, w / self.w, h / self.h))

    def table(
        self, x: float, y: float, w: float, headers: Sequence[str], rows: Sequence[Sequence[str]],
        size: float = 7,
    ) -> float:  # fmt: skip
        """Columns of text: the first left-aligned, the numbers right-aligned; the height."""
        layout = measure(headers, rows, w, size)
        body = y + layout.head + 0.04
        left = x
        for i, header in enumerate(layout.headers):
            cells = "\n".join(
                str(row[i]) if i else fit(str(row[i]), layout.widths[0] - 0.05, size)
                for row in rows
            )
            at, ha = (left + layout.widths[i] - 0.04, "right") if i else (left, "left")
            self.text(at, y, header, size, weight="bold", ha=ha, multialignment=ha)
            self.text(at, body, cells, size, ha=ha, multialignment=ha)
            left += layout.widths[i]
        self.rule(x, body - 0.025, w)
        return layout.height


@dataclass(frozen=True)
class TableLayout:
    """Column widths, headers wrapped to fit them, and the heights (inches)."""

    widths: tuple[float, ...]
    headers: tuple[str, ...]
    head: float
    height: float


def measure(
    headers: Sequence[str], rows: Sequence[Sequence[str]], total: float, size: float
) -> TableLayout:
    """Widths that fit each column's longest cell, its header on as few lines as fit.

    Headers take one line, else two, else three; when even then the numbers do
    not fit, the first column (the names, shortened with "…") gives way, down to
    a quarter of the width; only then does every column shrink.
    """
    cells = [
        max((text_width(str(r[i]), size) for r in rows), default=0.0) for i in range(len(headers))
    ]
    names = min(max(cells[0], text_width(headers[0], size)) + 0.12, total * 0.45)
    for lines in (1, 2, 3):  # the fewest header lines that leave the names their room
        need = [
            max(narrowest(h, size, lines), c) + 0.12 for h, c in zip(headers, cells, strict=True)
        ]
        if names + sum(need[1:]) <= total:
            break
    rest = sum(need[1:])
    if rest <= total * 0.75:
        widths = [total - rest, *need[1:]]
    else:
        widths = [n * total / sum(need) for n in need]
    wrapped = tuple(wrap(h, w - 0.1, size, lines=3) for h, w in zip(headers, widths, strict=True))
    head = line_height(size) * max((h.count("\n") + 1 for h in wrapped), default=1)
    return TableLayout(tuple(widths), wrapped, head, head + 0.04 + line_height(size) * len(rows))


def narrowest(text: str, size: float, lines: int) -> float:
    """The narrowest width at which ``text`` fits on ``lines`` lines (broken at a space,
    or between Chinese characters; Korean breaks at spaces)."""
    best = text_width(text, size)
    if lines > 1:
        for i in range(1, len(text)):
            if text[i] == " " or _ideograph(text[i]) or _ideograph(text[i - 1]):
                first = text_width(text[:i].strip(), size)
                if first < best:
                    best = min(best, max(first, narrowest(text[i:].strip(), size, lines - 1)))
    return best


def _ideograph(ch: str) -> bool:
    return width(ch) == 2 and not "\uac00" <= ch <= "\ud7a3"  # Hangul syllables excepted


def fit(text: str, inches: float, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``inches`` at ``size`` points."""
    return short(text, max(4, int(inches / (0.56 * size * POINT))))


def wrap(text: str, inches: float, size: float, lines: int = 2) -> str:
    """``text`` broken into at most ``lines`` lines that fit ``inches`` (CJK too)."""
    out: list[str] = []
    rest = text
    while rest and len(out) < lines:
        cut = len(rest)
        while cut > 1 and text_width(rest[:cut], size) > inches:
            space = rest.rfind(" ", 0, cut)
            cut = space if space > 0 and text_width(rest[:space], size) <= inches else cut - 1
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out[-1] = fit(out[-1] + " " + rest, inches, size)
    return "\n".join(out)
