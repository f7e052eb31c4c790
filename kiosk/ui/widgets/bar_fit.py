"""How the fixed bar's buttons share one row: pure arithmetic, no Qt.

Each button can be drawn three ways (its *forms*):

* ``above``: icon above the words, the words on one line;
* ``beside``: icon beside the words, the words on at most two lines, broken
  only between words (never inside one: "重新开始" stays whole);
* ``stacked``: icon above the words on at most two lines (the tallest form).

:func:`choose_shape` picks, for the width there is, the lowest bar: one row if
any mix of forms fits (the same form for all when that is as low), else rows
beside Call staff. Call staff is always wider than any other button.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Size = tuple[int, int]  # width, height

ABOVE = "above"
BESIDE = "beside"
STACKED = "stacked"

# Form sets tried for the small buttons, in order of preference when two give
# the same height: one form for all looks calmer than a mix.
_PATTERNS: tuple[tuple[str, ...], ...] = (
    (ABOVE,),
    (BESIDE,),
    (ABOVE, BESIDE),
    (STACKED,),
    (STACKED, BESIDE),
    (ABOVE, BESIDE, STACKED),
)


@dataclass(frozen=True)
class ButtonSizes:
    """The least size of one button in each form (targets and padding included)."""

    above: Size
    beside: Size
    stacked: Size

    def form(self, name: str) -> Size:
        return {ABOVE: self.above, BESIDE: self.beside, STACKED: self.stacked}[name]


@dataclass(frozen=True)
class BarShape:
    """The chosen layout: forms and least widths, Call staff first."""

    forms: tuple[str, ...]
    widths: tuple[int, ...]
    columns: int  # small buttons per row; all of them when the bar is one row
    gap: int
    height: int  # of the row (of all the rows and the gaps between them)

    @property
    def one_row(self) -> bool:
        return self.columns == len(self.forms) - 1


def _narrowest(sizes: ButtonSizes, forms: Sequence[str]) -> str:
    return min(forms, key=lambda f: (sizes.form(f)[0], sizes.form(f)[1]))


def _one_row(
    call: ButtonSizes,
    others: Sequence[ButtonSizes],
    pattern: Sequence[str],
    call_form: str,
    extra: int,
) -> tuple[tuple[str, ...], tuple[int, ...], int]:
    forms = [_narrowest(s, pattern) for s in others]
    widths = [s.form(f)[0] for s, f in zip(others, forms, strict=True)]
    height = max(s.form(f)[1] for s, f in zip(others, forms, strict=True))
    call_width = max(call.form(call_form)[0], max(widths) + extra)
    height = max(height, call.form(call_form)[1])
    return (call_form, *forms), (call_width, *widths), height


def choose_shape(
    call: ButtonSizes,
    others: Sequence[ButtonSizes],
    available: int,
    usual_gap: int,
    least_gap: int,
    extra: int,
) -> BarShape:
    """The lowest bar for ``available`` pixels of width.

    Args:
        call: Call staff's sizes.
        others: The other buttons', in bar order.
        available: Width inside the bar's side margins.
        usual_gap: Space between buttons where there is room.
        least_gap: The least space between two targets (DESIGN: 16 px).
        extra: How much wider than any other button Call staff is at least.
    """
    n = len(others)
    best: BarShape | None = None
    # Call staff keeps its words on one line: icon beside them is lowest, above
    # them narrowest. A lower row wins; at the same height the earlier pattern.
    for pattern in _PATTERNS:
        for call_form in (BESIDE, ABOVE):
            forms, widths, height = _one_row(call, others, pattern, call_form, extra)
            for gap in (usual_gap, least_gap):
                if sum(widths) + n * gap <= available:
                    if best is None or height < best.height:
                        best = BarShape(forms, widths, n, gap, height)
                    break
    if best is not None:
        return best
    return _rows(call, others, available, usual_gap, extra)


def _rows(
    call: ButtonSizes, others: Sequence[ButtonSizes], available: int, gap: int, extra: int
) -> BarShape:
    """Rows beside Call staff (which keeps the bar's full height at the left end).

    The small buttons share equal columns; of the ways that fit, the lowest
    stack of rows wins (a form that is narrower but taller may need fewer rows).
    """
    n = len(others)
    call_form = _narrowest(call, (ABOVE, BESIDE))
    best: tuple[int, BarShape] | None = None
    for pattern in _PATTERNS:
        forms = [_narrowest(s, pattern) for s in others]
        sizes = [s.form(f) for s, f in zip(others, forms, strict=True)]
        column = max(w for w, _ in sizes)
        call_width = max(call.form(call_form)[0], column + extra)
        fitting = [c for c in range(n - 1, 0, -1) if call_width + c * (column + gap) <= available]
        columns = fitting[0] if fitting else 1
        rows = [sizes[i : i + columns] for i in range(0, n, columns)]
        total = sum(max(h for _, h in row) for row in rows) + (len(rows) - 1) * gap
        shape = BarShape(
            (call_form, *forms), (call_width, *(column for _ in others)), columns, gap, total
        )
        if best is None or total < best[0]:
            best = (total, shape)
    assert best is not None  # _PATTERNS is not empty
    return best[1]
