"""Page 1's charts, laid out in four rows that a manager reads top to bottom.

1. arrivals against customers served per half hour | how long customers waited
2. each service (a table) | thank-yous per member of staff
3. where journeys break: one small funnel per kiosk task
4. why customers asked for help | speaking to the kiosk | equipment faults

Only the two time charts use matplotlib axes; the rest are boxes and text
drawn straight on the page (see :mod:`kiosk.insight.render.canvas`).
"""

from __future__ import annotations

from matplotlib.ticker import MaxNLocator

from kiosk.insight.render.canvas import (
    GREY,
    Canvas,
    fit,
    line_height,
    measure,
    text_width,
    wrap,
)
from kiosk.insight.report_model import Columns, Funnel, Panel, Ranked, Report

ARRIVED, SERVED, BAR, REACHED, LEFT = "#1f5fa8", "#d86f00", "#2e7d32", "#c9d8ea", "#b3261e"
HEADING = 8.5  # points
BODY = 7.0
SMALL = 6.5
GAP = 0.22  # inches between panels side by side
ROW_GAP = 0.14  # inches between rows
HEAD = 0.26  # a panel's heading line
CHART = 1.3  # the time charts' plotting height
TICKS = 0.42  # room for their rotated labels
PITCH = 0.27  # one ranked bar with its label
FUNNEL_COLUMNS = 4
FUNNEL_CELL = 1.5
WIDE = 0.6  # share of the width for the left panel of rows 1 and 2


def height(report: Report, w: float) -> float:
    """The inches :func:`draw` uses for ``report`` at width ``w``."""
    return sum(_row_heights(report, w)) + ROW_GAP * 3


def _row_heights(report: Report, w: float) -> list[float]:
    services = report.panels["services"].table
    table = measure(services.headers, services.rows, w * WIDE, BODY).height
    second = max(table, _ranked_height(report.panels["staff"]))
    rows = -(-max(1, len(report.funnels)) // FUNNEL_COLUMNS)
    fourth = max(_ranked_height(report.panels[k]) for k in ("help", "voice", "faults"))
    return [HEAD + CHART + TICKS, HEAD + second, HEAD + rows * FUNNEL_CELL, HEAD + 0.16 + fourth]


def _ranked_height(panel: Panel) -> float:
    items = len(panel.chart.labels) if isinstance(panel.chart, Ranked) else 1
    return items * PITCH


def draw(canvas: Canvas, report: Report, x: float, y: float, w: float) -> float:
    """Draw the four rows from (x, y) across ``w`` inches; the y below them."""
    heights = _row_heights(report, w)
    left = w * WIDE
    right = w - left - GAP
    p = report.panels
    _time_chart(canvas, p["arrivals"], x, y, left, every_hour=True)
    _time_chart(canvas, p["waits"], x + left + GAP, y, right, every_hour=False)
    y += heights[0] + ROW_GAP
    _heading(canvas, p["services"].title, x, y)
    table = p["services"].table
    canvas.table(x, y + HEAD, left, table.headers, table.rows, BODY)
    _ranked_panel(canvas, p["staff"], x + left + GAP, y, right, ARRIVED)
    y += heights[1] + ROW_GAP
    _funnels(canvas, report, x, y, w)
    y += heights[2] + ROW_GAP
    third = (w - 2 * GAP) / 3
    for i, key in enumerate(("help", "voice", "faults")):
        _ranked_panel(canvas, p[key], x + i * (third + GAP), y, third, BAR, noted=True)
    return y + heights[3]


def _heading(canvas: Canvas, title: str, x: float, y: float, w: float = 0) -> None:
    canvas.text(x, y, fit(title, w, HEADING) if w else title, HEADING, weight="bold")


def _empty(canvas: Canvas, panel: Panel, x: float, y: float, w: float) -> None:
    canvas.text(x, y, fit(panel.empty, w, BODY), BODY, color=GREY, style="italic")


def _time_chart(
    canvas: Canvas, panel: Panel, x: float, y: float, w: float, every_hour: bool
) -> None:
    _heading(canvas, panel.title, x, y, w)
    if not isinstance(panel.chart, Columns):
        _empty(canvas, panel, x, y + HEAD, w)
        return
    chart = panel.chart
    ax = canvas.axes(x + 0.32, y + HEAD + 0.05, w - 0.36, CHART - 0.05)
    count, kinds = len(chart.labels), len(chart.series)
    width = 0.8 / kinds
    looks = ((ARRIVED, ""), (SERVED, "////")) if kinds > 1 else ((BAR, ""),)
    for j, series in enumerate(chart.series):
        colour, hatch = looks[j]
        ax.bar(
            [i - 0.4 + width * (j + 0.5) for i in range(count)], series.values, width,
            color=colour, hatch=hatch, edgecolor="white", linewidth=0, label=series.name,
        )  # fmt: skip
    ticks = [i for i, label in enumerate(chart.labels) if not every_hour or label.endswith(":00")]
    ax.set_xticks(ticks, [chart.labels[i] for i in ticks], rotation=45 if every_hour else 35,
                  ha="right", rotation_mode="anchor")  # fmt: skip
    ax.set_xlim(-0.6, count - 0.4)
    ax.tick_params(labelsize=SMALL, length=2, pad=2)
    ax.yaxis.set_major_locator(MaxNLocator(4, integer=True))
    if kinds > 1:
        ax.legend(frameon=False, fontsize=SMALL, loc="upper right", ncols=kinds, borderaxespad=0)


def _ranked_panel(
    canvas: Canvas, panel: Panel, x: float, y: float, w: float, colour: str, noted: bool = False
) -> None:
    _heading(canvas, panel.title, x, y, w)
    y += HEAD
    if noted:
        canvas.text(x, y - 0.02, fit(panel.note, w, BODY), BODY, weight="bold")
        y += 0.16
    if not isinstance(panel.chart, Ranked):
        _empty(canvas, panel, x, y, w)
        return
    chart = panel.chart
    top = max(chart.values) or 1
    for i, label in enumerate(chart.labels):
        row = y + i * PITCH
        shown = chart.shown[i]
        canvas.text(x, row, fit(label, w - text_width(shown, BODY) - 0.1, BODY), BODY)
        canvas.text(x + w, row, shown, BODY, ha="right", weight="bold")
        bar = max(0.02, w * chart.values[i] / top) if chart.values[i] else 0.0
        canvas.box(x, row + line_height(BODY) + 0.01, bar, 0.065, facecolor=colour)


def _funnels(canvas: Canvas, report: Report, x: float, y: float, w: float) -> None:
    _heading(canvas, report.funnel_title, x, y)
    legend = x + w
    for colour, hatch, words in reversed(
        tuple(zip((REACHED, LEFT, SERVED), ("", "", "...."), report.funnel_legend, strict=True))
    ):
        legend -= text_width(words, SMALL) + 0.05
        canvas.text(legend, y + 0.04, words, SMALL)
        legend -= 0.16
        canvas.box(legend, y + 0.05, 0.11, 0.09, facecolor=colour, hatch=hatch, edgecolor="white")
        legend -= 0.1
    if not report.funnels:
        canvas.text(x, y + HEAD, report.funnel_empty, BODY, color=GREY, style="italic")
        return
    cell = (w - GAP * (FUNNEL_COLUMNS - 1)) / FUNNEL_COLUMNS
    for n, funnel in enumerate(report.funnels):
        column, row = n % FUNNEL_COLUMNS, n // FUNNEL_COLUMNS
        _funnel(canvas, funnel, x + column * (cell + GAP), y + HEAD + row * FUNNEL_CELL, cell)


def _funnel(canvas: Canvas, funnel: Funnel, x: float, y: float, w: float) -> None:
    """One task: its name, started/finished, a column per step, and where most were lost.

    Above the line: how many reached each step. Below it, on its own scale so a
    few dozen show beside thousands: who gave up there and who called staff.
    """
    canvas.text(x, y, fit(funnel.title, w, BODY + 0.5), BODY + 0.5, weight="bold")
    canvas.text(x, y + 0.15, fit(funnel.summary, w, SMALL), SMALL, color=GREY)
    base, up, down = y + 0.33 + 0.42, 0.42, 0.22
    most = max(funnel.reached, default=0) or 1
    worst = max((a + b for a, b in zip(funnel.left, funnel.staff, strict=True)), default=0) or 1
    pitch = w / max(1, len(funnel.steps))
    for i in range(len(funnel.steps)):
        left, bar = x + i * pitch, pitch * 0.8
        reached = up * funnel.reached[i] / most
        gave_up = _visible(down * funnel.left[i] / worst, funnel.left[i])
        staff = _visible(down * funnel.staff[i] / worst, funnel.staff[i])
        canvas.box(left, base - reached, bar, reached, facecolor=REACHED)
        canvas.box(left, base + 0.01, bar, gave_up, facecolor=LEFT)
        canvas.box(left, base + 0.01 + gave_up, bar, staff, facecolor=SERVED, hatch="....",
                   edgecolor="white")  # fmt: skip
    canvas.rule(x, base, w)
    canvas.text(x, base + down + 0.05, wrap(funnel.worst, w, SMALL, lines=3), SMALL)


def _visible(height: float, value: int) -> float:
    """A few customers out of thousands still show as a sliver."""
    return max(height, 0.02) if value else 0.0
