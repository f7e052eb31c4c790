"""What the manager's report says, as plain data: drawn as PDF or HTML elsewhere.

:func:`kiosk.insight.report_build.build` fills a :class:`Report` from the
figures and the locale's words; :mod:`kiosk.insight.render` draws it. Every
chart carries the table of its numbers, so the drawing never computes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.core.errors import KioskError


class ReportError(KioskError):
    """The report cannot be drawn (a missing font, an unwritable file)."""


@dataclass(frozen=True)
class Table:
    """A chart's numbers: a heading, column headers and rows of text."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Series:
    """One coloured set of bars (``name`` is the legend's word)."""

    name: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Columns:
    """Vertical bars over labelled x positions (arrivals per half hour, waits)."""

    labels: tuple[str, ...]
    series: tuple[Series, ...]


@dataclass(frozen=True)
class Ranked:
    """Horizontal bars, largest first, each with its label and value shown."""

    labels: tuple[str, ...]
    values: tuple[int, ...]
    shown: tuple[str, ...]  # the value as printed beside the bar


@dataclass(frozen=True)
class Funnel:
    """One kiosk task's steps: reached, gave up here, called staff here."""

    title: str
    summary: str  # "120 started, 80 finished"
    steps: tuple[str, ...]
    reached: tuple[int, ...]
    left: tuple[int, ...]
    staff: tuple[int, ...]
    worst: str  # where most gave up or called staff, in words ("" when nobody did)


@dataclass(frozen=True)
class Panel:
    """One block of page 1: a heading, a chart (or a sentence when empty), its numbers."""

    key: str
    title: str
    chart: Columns | Ranked | None
    table: Table
    note: str = ""
    empty: str = ""  # said instead of the chart when there is nothing to draw


@dataclass
class Report:
    """The whole report in one locale.

    Attributes:
        lines: The period, when and how it was made (and the demo warning first).
        summary: The period's figures: (label, value) tiles.
        panels: Page 1's charts by key: arrivals, waits, services, staff, help,
            voice, faults.
        funnels: "Where journeys break", one small funnel per kiosk task.
    """

    title: str
    lines: list[str]
    demo: bool = False
    empty: str = ""
    summary: list[tuple[str, str]] = field(default_factory=list)
    panels: dict[str, Panel] = field(default_factory=dict)
    funnels: list[Funnel] = field(default_factory=list)
    funnel_title: str = ""
    funnel_legend: tuple[str, str, str] = ("", "", "")
    funnel_empty: str = ""
    funnel_tables: list[Table] = field(default_factory=list)
    numbers_title: str = ""
    numbers_note: str = ""

    def tables(self, charts_only: bool = False) -> list[Table]:
        """Every chart's numbers, in page order (the PDF's page 2, the HTML's details).

        Args:
            charts_only: Leave out the services table (page 1 already shows it as one).
        """
        order = (
            ("arrivals", "waits", "staff")
            if charts_only
            else ("arrivals", "waits", "services", "staff")
        )
        tail = ("help", "voice", "faults")
        return [
            *(self.panels[k].table for k in order if k in self.panels),
            *self.funnel_tables,
            *(self.panels[k].table for k in tail if k in self.panels),
        ]

    def texts(self) -> list[str]:
        """Every string drawn (to check the font has each glyph before drawing)."""
        out = [self.title, self.empty, self.funnel_title, self.funnel_empty]
        out += [self.numbers_title, self.numbers_note]
        out += [*self.lines, *self.funnel_legend, *(t for pair in self.summary for t in pair)]
        for panel in self.panels.values():
            out += [panel.title, panel.note, panel.empty]
            if isinstance(panel.chart, Columns):
                out += [*panel.chart.labels, *(s.name for s in panel.chart.series)]
            elif isinstance(panel.chart, Ranked):
                out += [*panel.chart.labels, *panel.chart.shown]
        for funnel in self.funnels:
            out += [funnel.title, funnel.summary, funnel.worst, *funnel.steps]
        for table in self.tables():
            out += [table.title, *table.headers, *(c for row in table.rows for c in row)]
        return out
