"""The PDF's "numbers" pages: every chart's table, in two columns that flow on.

Page 1 stands alone; these pages only list the numbers behind its charts
(docs/design: the one-page report). A table longer than a column goes on in
the next column under its heading again.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from kiosk.insight.render.canvas import Canvas, line_height, measure
from kiosk.insight.report_model import Report, Table

SIZE = 7.0
COLUMNS = 2
GAP = 0.3
TOP, BOTTOM, MARGIN = 0.55, 0.5, 0.45


def pages(report: Report, new_page: Callable[[], Figure]) -> list[Figure]:
    """The numbers pages for ``report`` (none when the period is empty)."""
    tables = report.tables(charts_only=True)
    if not tables:
        return []
    figure = new_page()
    canvas = Canvas(figure)
    done = [figure]
    width = (canvas.w - 2 * MARGIN - GAP * (COLUMNS - 1)) / COLUMNS
    canvas.text(MARGIN, TOP - 0.2, report.numbers_title, 12, weight="bold")
    column, y = 0, TOP + 0.15
    heading = line_height(SIZE + 1.5) + 0.02
    for table in tables:
        rows = list(table.rows)
        while True:
            head = measure(table.headers, rows[:1], width, SIZE).head
            room = canvas.h - BOTTOM - y - heading - head - 0.05
            fits = max(0, int(room / line_height(SIZE)))
            if fits < min(3, len(rows)):  # not even a few rows here: next column or page
                column += 1
                if column == COLUMNS:
                    figure = new_page()
                    canvas, column = Canvas(figure), 0
                    done.append(figure)
                y = TOP
                continue
            part = Table(table.title, table.headers, tuple(rows[:fits]))
            x = MARGIN + column * (width + GAP)
            canvas.text(x, y, table.title, SIZE + 1.5, weight="bold")
            y += heading + canvas.table(x, y + heading, width, part.headers, part.rows, SIZE) + 0.12
            rows = rows[fits:]
            if not rows:
                break
            y = canvas.h  # the rest goes on in the next column
    return done
