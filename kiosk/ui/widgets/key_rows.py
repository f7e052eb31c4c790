"""Where each key of a name keyboard goes: the layouts' blocks and the row maths.

Pure (no Qt), so the arrangement can be tested on its own: a block of keys
flows into rows of a given number of columns; a ``tail`` block (Delete, Clear)
ends the last row at the right, as on a phone; two sections (Korean consonants
and vowels) go side by side when that takes fewer rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.journeys import hangul

LATIN = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
PINYIN = tuple("abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Block:
    """Keys that start on a new row (``tail``: or finish the row above, at its end)."""

    keys: tuple[str, ...]
    tail: bool = False


# Each layout: sections, placed side by side when that saves rows, else stacked.
SECTIONS: dict[str, tuple[tuple[Block, ...], ...]] = {
    "en": ((Block(LATIN), Block(("space", "-", "'", "delete", "clear"), tail=True)),),
    "ko": (
        (Block(tuple(hangul.CONSONANT_KEYS)),),
        (Block(tuple(hangul.VOWEL_KEYS)), Block(("space", "delete", "clear"), tail=True)),
    ),
    "zh_CN": ((Block(PINYIN), Block(("·", "delete", "clear"), tail=True)),),
}

Cell = tuple[str, int, int, int]  # what, row, column, span
Items = Sequence[tuple[str, int]]  # what, span


def layout_for(locale: str) -> str:
    return locale if locale in SECTIONS else "en"


def flow(blocks: Sequence[tuple[Items, bool]], columns: int) -> tuple[list[Cell], int, list[int]]:
    """Blocks of keys in rows of ``columns``: (cells, rows used, spacer rows between blocks).

    A ``tail`` block (Delete, Clear) ends at the right edge, as on a phone: in
    the last row when it fits there, else on a row of its own.
    """
    cells: list[Cell] = []
    spacers: list[int] = []
    row, used = -1, columns
    for items, tail in blocks:
        if not items:
            continue
        width = sum(min(span, columns) for _, span in items)
        if tail and width <= columns:
            if row < 0 or used + width > columns:
                row += 1
            column = columns - width
            for what, span in items:
                cells.append((what, row, column, span))
                column += span
            used = columns
            continue
        if row >= 0:
            row += 1
            spacers.append(row)
        row, column = row + 1, 0
        for what, span in items:
            span = min(span, columns)
            if column + span > columns:
                row, column = row + 1, 0
            cells.append((what, row, column, span))
            column += span
        used = column
    return cells, row + 1, spacers


def with_name(
    header: Items, sections: Sequence[Sequence[tuple[Items, bool]]], lead: Items, end: Items
) -> tuple[Items, list[list[tuple[Items, bool]]]]:
    """``header`` and ``sections`` with the name typed (``lead``) starting the top
    row, where the eye starts, and Next (``end``) ending the last, as Enter does:
    the keys' page then shows what was typed and the way on (200 %)."""
    blocks = [list(section) for section in sections]
    if lead and header:
        header = [*lead, *header]
    elif lead and blocks and blocks[0]:
        items, tail = blocks[0][0]
        blocks[0][0] = ([*lead, *items], tail)
    if end and blocks and blocks[-1]:
        items, tail = blocks[-1][-1]
        if tail:  # Delete and Clear: Next joins them at the right end
            blocks[-1][-1] = ([*items, *end], True)
        else:
            blocks[-1].append((end, True))
    return header, blocks


def arrange(
    header: Items, sections: Sequence[Sequence[tuple[Items, bool]]], columns: int
) -> tuple[list[Cell], list[int], list[int]]:
    """Where every key goes: (cells, spacer rows, gap columns).

    ``header`` (the Chinese characters offered) spans the top; the sections go
    side by side when that takes fewer rows (each at least three keys wide),
    else one under another.
    """
    head, top, spacers = flow([(header, False)], columns) if header else ([], 0, [])
    if top:
        spacers = [top]
        top += 1
    stacked: list[Cell] = []
    stacked_spacers: list[int] = []
    row = top
    for index, section in enumerate(sections):
        if index:
            stacked_spacers.append(row)
            row += 1
        cells, rows, inner = flow(section, columns)
        stacked += [(w, r + row, c, s) for w, r, c, s in cells]
        stacked_spacers += [r + row for r in inner]
        row += rows
    # (rows, cells, spacer rows, gap columns) of the fewest-rows arrangement.
    best: tuple[int, list[Cell], list[int], list[int]] = (row, stacked, stacked_spacers, [])
    if len(sections) == 2:
        for left in range(3, columns - 3):
            right = columns - 1 - left
            a, rows_a, inner_a = flow(sections[0], left)
            b, rows_b, inner_b = flow(sections[1], right)
            rows = top + max(rows_a, rows_b)
            if rows < best[0]:
                cells = [(w, r + top, c, s) for w, r, c, s in a]
                cells += [(w, r + top, c + left + 1, s) for w, r, c, s in b]
                inner = sorted({r + top for r in inner_a + inner_b})
                best = (rows, cells, inner, [left])
    return head + best[1], spacers + best[2], best[3]
