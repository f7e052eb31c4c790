"""The report's content from the figures: what page 1 shows and the numbers behind it.

Pure Python (no drawing): one small function per block of the page, each
giving its chart and the table of the chart's numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from kiosk.insight import figures as fig
from kiosk.insight.figures import WAIT_BINS, Figures
from kiosk.insight.report_model import Columns, Funnel, Panel, Ranked, Report, Series, Table
from kiosk.insight.report_words import Words, count, slot_label

StepNames = Mapping[tuple[str, str], str]
STAFF_ON_PAGE = 6  # the chart names the most thanked; the table names everyone


def build(
    figures: Figures,
    words: Words,
    *,
    demo: bool = False,
    step_names: StepNames | None = None,
    now: datetime | None = None,
) -> Report:
    """What the report says, independent of PDF or HTML."""
    when = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    lines = [
        words("report.period", start=figures.start.isoformat(), end=figures.end.isoformat()),
        words("report.generated", when=when),
    ]
    if demo:
        lines.insert(0, words("report.demo"))
    report = Report(words("report.title"), lines, demo=demo)
    if figures.empty:
        report.empty = words("report.empty")
        return report
    report.summary = summary(figures, words)
    for panel in (
        arrivals(figures, words),
        waits(figures, words),
        services(figures, words),
        staff(figures, words),
        *counts(figures, words),
    ):
        report.panels[panel.key] = panel
    report.funnel_title = words("report.funnel.title")
    report.funnel_empty = words("report.funnel.none")
    report.funnel_legend = (
        words("report.funnel.entered"),
        words("report.funnel.left"),
        words("report.funnel.staff"),
    )
    for journey in figures.funnels:
        chart, table = funnel(journey, words, step_names or {})
        report.funnels.append(chart)
        report.funnel_tables.append(table)
    report.numbers_title = words("report.numbers.heading")
    report.numbers_note = words("report.numbers.note")
    return report


def summary(f: Figures, words: Words) -> list[tuple[str, str]]:
    """The period's figures, as (label, value) tiles."""
    return [
        (words("report.figure.issued"), count(f.issued)),
        (words("report.figure.served"), count(f.served)),
        (words("report.figure.walk_outs"), count(f.walk_outs)),
        (words("report.figure.no_shows"), count(f.no_shows)),
        (words("report.figure.help_requests"), count(f.help_requests)),
        (words("report.figure.median_wait"), words.minutes(f.median_wait)),
        (words("report.figure.p90_wait"), words.minutes(f.p90_wait)),
        (words("report.figure.over_target", target=f.target_minutes), words.percent(f.over_target)),
    ]


def arrivals(f: Figures, words: Words) -> Panel:
    """Arrivals against customers served, per half hour of the busy part of the day."""
    slots = list(f.busy_slots())
    labels = tuple(slot_label(i) for i in slots)
    arrived = tuple(f.arrivals[i] for i in slots)
    served = tuple(f.served_by_slot[i] for i in slots)
    heads = tuple(words(f"report.arrivals.{k}") for k in ("time", "arrived", "served"))
    title = words("report.arrivals.heading")
    rows = tuple((labels[i], count(arrived[i]), count(served[i])) for i in range(len(slots)))
    chart = Columns(labels, (Series(heads[1], arrived), Series(heads[2], served)))
    return Panel(
        "arrivals", title, chart if slots else None, Table(title, heads, rows),
        empty=words("report.arrivals.none"),
    )  # fmt: skip


def waits(f: Figures, words: Words) -> Panel:
    """How many customers waited how long (the bins of :data:`WAIT_BINS`)."""
    labels = tuple(
        words("report.waits.bin", low=low, high=high)
        if high is not None
        else words("report.waits.bin_open", low=low)
        for low, high in WAIT_BINS
    )
    heads = (words("report.waits.range"), words("report.waits.customers"))
    title = words("report.waits.heading")
    rows = tuple((labels[i], count(c)) for i, c in enumerate(f.wait_bins))
    chart = Columns(labels, (Series(heads[1], tuple(f.wait_bins)),))
    return Panel(
        "waits", title, chart if sum(f.wait_bins) else None, Table(title, heads, rows),
        empty=words("report.waits.none"),
    )  # fmt: skip


def services(f: Figures, words: Words) -> Panel:
    """One row per queue service (a table on page 1 too: it has no chart)."""
    keys = ("service", "issued", "served", "no_shows", "walk_outs", "median", "p90")
    heads = tuple(words(f"report.services.{k}") for k in keys)
    rows = tuple(
        (
            words.named(f"service.{r.service}", r.service),
            count(r.issued),
            count(r.served),
            count(r.no_shows),
            count(r.walk_outs),
            words.minutes(r.median_wait),
            words.minutes(r.p90_wait),
        )
        for r in f.services
    )
    title = words("report.services.heading")
    return Panel("services", title, None, Table(title, heads, rows))


def staff(f: Figures, words: Words) -> Panel:
    """Thank-yous per member of staff (the most thanked on the chart, all in the table)."""
    keys = ("name", "ratings", "average", "good", "thanks")
    heads = tuple(words(f"report.staff.{k}") for k in keys)
    rows = tuple(
        (r.staff, count(r.ratings), words.number(r.average), count(r.good), count(r.thanks))
        for r in f.staff
    )
    top = f.staff[:STAFF_ON_PAGE]  # already ordered: most thanked, then most "good"
    chart = Ranked(
        tuple(r.staff for r in top),
        tuple(r.thanks for r in top),
        tuple(
            words("report.staff.shown", thanks=count(r.thanks), average=words.number(r.average))
            for r in top
        ),
    )
    title = words("report.staff.heading")
    return Panel(
        "staff", title, chart if top else None, Table(title, heads, rows),
        empty=words("report.staff.none"),
    )  # fmt: skip


def counts(f: Figures, words: Words) -> list[Panel]:
    """Help reasons, voice turns and equipment faults: a ranked bar chart each."""
    success = f.voice_success
    voice_note = (
        "" if success is None else words("report.voice.success", value=round(100 * success))
    )
    return [
        _ranked("help", "reason", f.help_reasons, words, lambda k: f"help.reason.{k}"),
        _ranked("voice", "outcome", f.voice, words, lambda k: f"report.voice.{k}", voice_note),
        _ranked("faults", "fault", f.faults, words, lambda k: f"report.faults.{k}"),
    ]


def _ranked(
    area: str,
    first: str,
    counted: Mapping[str, int],
    words: Words,
    key: Callable[[str], str],
    note: str = "",
) -> Panel:
    ordered = sorted(counted, key=lambda k: (-counted[k], k))
    labels = tuple(words.named(key(k), k) for k in ordered)
    values = tuple(counted[k] for k in ordered)
    heads = (words(f"report.{area}.{first}"), words(f"report.{area}.count"))
    title = words(f"report.{area}.heading")
    rows = tuple((labels[i], count(v)) for i, v in enumerate(values))
    chart = Ranked(labels, values, tuple(count(v) for v in values))
    return Panel(
        area, title, chart if values else None, Table(title, heads, rows), note,
        empty=words(f"report.{area}.none"),
    )  # fmt: skip


def funnel(journey: fig.Funnel, words: Words, names: StepNames) -> tuple[Funnel, Table]:
    """One kiosk task's small funnel for page 1, and the table of all its steps."""
    name = words.named(f"report.journey.{journey.journey}", journey.journey)
    steps = tuple(names.get((journey.journey, s.step), s.step) for s in journey.steps)
    reached = tuple(s.entered for s in journey.steps)
    left = tuple(s.left_here for s in journey.steps)
    called = tuple(s.called_staff for s in journey.steps)
    lost = [left[i] + called[i] for i in range(len(steps))]
    worst = ""
    if any(lost):
        i = max(range(len(steps)), key=lambda n: (lost[n], -n))
        worst = words(
            "report.funnel.worst", step=steps[i], left=count(left[i]), staff=count(called[i])
        )
    chart = Funnel(
        name,
        words(
            "report.funnel.summary",
            started=count(journey.started),
            finished=count(journey.finished),
        ),
        steps, reached, left, called, worst,
    )  # fmt: skip
    heads = tuple(words(f"report.funnel.{k}") for k in ("step", "entered", "left", "staff"))
    rows = tuple(
        (steps[i], count(reached[i]), count(left[i]), count(called[i])) for i in range(len(steps))
    )
    return chart, Table(words("report.funnel.heading", journey=name), heads, rows)
