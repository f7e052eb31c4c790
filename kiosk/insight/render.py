"""Drawing the manager's report: PDF for printing, self-contained HTML with inline SVG.

The only importer of matplotlib. Chinese and Korean are drawn with the Noto CJK
fonts the kiosk installs (fonts-noto-cjk); before drawing, every character of
the report's words is checked against the chosen font's glyphs, so a missing
font is a clear error rather than a page of boxes. Every chart is followed by a
small table of its numbers, and an empty period says so instead of drawing axes.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: the report is made on a server or a kiosk's shell

from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

from kiosk.content.catalog import Catalog
from kiosk.core.errors import KioskError
from kiosk.insight.figures import WAIT_BINS, Figures

# The families the kiosk's own screens use, per locale (kiosk/look/theme.py).
FAMILIES: Mapping[str, tuple[str, ...]] = {
    "en": ("Noto Sans", "DejaVu Sans"),
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans", "DejaVu Sans"),
    "ko": ("Noto Sans CJK KR", "Noto Sans", "DejaVu Sans"),
}
ARRIVED, SERVED, BAR = "#1f5fa8", "#e07b00", "#2e7d32"
A4 = (8.27, 11.69)


class ReportError(KioskError):
    """The report cannot be drawn (a missing font, an unwritable file)."""


@dataclass
class Section:
    """One block of the report: a heading, maybe a chart, and the table of its numbers."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    chart: Callable[[Axes], None] | None = None
    note: str = ""
    chart_height: float = 3.2


@dataclass
class Report:
    title: str
    lines: list[str]
    summary: list[tuple[str, str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    empty: str = ""


class Words:
    """The report's words in one locale (``report.*`` keys, with the kiosk's own for ids)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def __call__(self, key: str, **values: object) -> str:
        return self.catalog.text(key, **values)

    def named(self, key: str, fallback: str) -> str:
        """A name by key, or ``fallback`` (an id) when this catalogue has none."""
        if not self.catalog.has(key):
            return fallback
        try:
            text = self.catalog.text(key)
        except (KeyError, ValueError, IndexError):
            return fallback
        # A title made for one customer ("{name}, welcome") names no step: use the id.
        return fallback if "{" in text else text


def _num(value: float | None, words: Words, minutes: bool = False) -> str:
    if value is None:
        return words("report.none")
    text = f"{value:.1f}".rstrip("0").rstrip(".") if minutes else f"{value:g}"
    return words("report.minutes", value=text) if minutes else text


def _pct(share: float | None, words: Words) -> str:
    return (
        words("report.none") if share is None else words("report.percent", value=round(100 * share))
    )


def _slot(index: int) -> str:
    return f"{index // 2:02d}:{30 * (index % 2):02d}"


def build(
    figures: Figures,
    words: Words,
    *,
    demo: bool = False,
    step_names: Mapping[tuple[str, str], str] | None = None,
    now: datetime | None = None,
) -> Report:
    """What the report says, independent of PDF or HTML."""
    names = step_names or {}
    when = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    lines = [
        words("report.period", start=figures.start.isoformat(), end=figures.end.isoformat()),
        words("report.generated", when=when),
    ]
    if demo:
        lines.insert(0, words("report.demo"))
    report = Report(words("report.title"), lines)
    if figures.empty:
        report.empty = words("report.empty")
        return report
    f = figures
    report.summary = [
        (words("report.figure.issued"), str(f.issued)),
        (words("report.figure.served"), str(f.served)),
        (words("report.figure.walk_outs"), str(f.walk_outs)),
        (words("report.figure.no_shows"), str(f.no_shows)),
        (words("report.figure.help_requests"), str(f.help_requests)),
        (words("report.figure.median_wait"), _num(f.median_wait, words, True)),
        (words("report.figure.p90_wait"), _num(f.p90_wait, words, True)),
        (words("report.figure.over_target", target=f.target_minutes), _pct(f.over_target, words)),
    ]
    add = report.sections.append
    slots = list(f.busy_slots())
    arrived = [f.arrivals[i] for i in slots]
    served = [f.served_by_slot[i] for i in slots]
    labels = [_slot(i) for i in slots]

    def arrivals_chart(ax: Axes) -> None:
        x = list(range(len(slots)))
        ax.bar(
            [i - 0.2 for i in x],
            arrived,
            0.4,
            color=ARRIVED,
            label=words("report.arrivals.arrived"),
        )
        ax.bar(
            [i + 0.2 for i in x],
            served,
            0.4,
            color=SERVED,
            hatch="//",
            label=words("report.arrivals.served"),
        )
        ax.set_xticks(x, labels, rotation=60)
        ax.legend(frameon=False)

    add(
        Section(
            words("report.arrivals.heading"),
            (
                words("report.arrivals.time"),
                words("report.arrivals.arrived"),
                words("report.arrivals.served"),
            ),
            [(labels[i], str(arrived[i]), str(served[i])) for i in range(len(slots))],
            arrivals_chart if slots else None,
        )
    )
    bin_labels = [
        words("report.waits.bin", low=low, high=high)
        if high is not None
        else words("report.waits.bin_open", low=low)
        for low, high in WAIT_BINS
    ]

    def waits_chart(ax: Axes) -> None:
        ax.bar(range(len(bin_labels)), f.wait_bins, color=BAR)
        ax.set_xticks(range(len(bin_labels)), bin_labels, rotation=30)

    add(
        Section(
            words("report.waits.heading"),
            (words("report.waits.range"), words("report.waits.customers")),
            [(bin_labels[i], str(c)) for i, c in enumerate(f.wait_bins)],
            waits_chart if sum(f.wait_bins) else None,
        )
    )
    add(
        Section(
            words("report.services.heading"),
            tuple(
                words(f"report.services.{k}")
                for k in ("service", "issued", "served", "no_shows", "walk_outs", "median", "p90")
            ),
            [
                (
                    words.named(f"service.{r.service}", r.service),
                    str(r.issued),
                    str(r.served),
                    str(r.no_shows),
                    str(r.walk_outs),
                    _num(r.median_wait, words, True),
                    _num(r.p90_wait, words, True),
                )
                for r in f.services
            ],
        )
    )
    for funnel in f.funnels:
        journey = words.named(f"report.journey.{funnel.journey}", funnel.journey)
        step_labels = [names.get((funnel.journey, s.step), s.step) for s in funnel.steps]
        entered = [s.entered for s in funnel.steps]
        left = [s.left_here for s in funnel.steps]
        staff = [s.called_staff for s in funnel.steps]

        def funnel_chart(ax: Axes, e=entered, lft=left, st=staff, lab=step_labels) -> None:
            y = list(range(len(lab)))[::-1]
            ax.barh(y, e, color="#c9d8ea", label=words("report.funnel.entered"))
            ax.barh(y, lft, color="#b3261e", label=words("report.funnel.left"))
            ax.barh(y, st, left=lft, color=SERVED, hatch="..", label=words("report.funnel.staff"))
            ax.set_yticks(y, [_short(s) for s in lab])
            ax.legend(frameon=False, fontsize=8, loc="lower right")

        add(
            Section(
                words("report.funnel.heading", journey=journey),
                (
                    words("report.funnel.step"),
                    words("report.funnel.entered"),
                    words("report.funnel.left"),
                    words("report.funnel.staff"),
                ),
                [
                    (step_labels[i], str(entered[i]), str(left[i]), str(staff[i]))
                    for i in range(len(step_labels))
                ],
                funnel_chart if step_labels else None,
                note=words(
                    "report.funnel.summary", started=funnel.started, finished=funnel.finished
                ),
                chart_height=max(1.6, 0.38 * len(step_labels) + 0.8),
            )
        )
    _counts_section(
        report, words, "help", f.help_reasons, lambda k: words.named(f"help.reason.{k}", k)
    )
    _counts_section(
        report,
        words,
        "voice",
        f.voice,
        lambda k: words.named(f"report.voice.{k}", k),
        note=words("report.voice.success", value=round(100 * f.voice_success))
        if f.voice_success is not None
        else "",
    )
    _counts_section(
        report,
        words,
        "faults",
        f.faults,
        lambda k: words.named(f"report.faults.{k}", k),
        empty=words("report.faults.none"),
    )
    add(
        Section(
            words("report.staff.heading"),
            tuple(
                words(f"report.staff.{k}") for k in ("name", "ratings", "average", "good", "thanks")
            ),
            [
                (r.staff, str(r.ratings), _num(r.average, words), str(r.good), str(r.thanks))
                for r in f.staff
            ],
            note="" if f.staff else words("report.staff.none"),
        )
    )
    return report


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _counts_section(
    report: Report,
    words: Words,
    area: str,
    counts: Mapping[str, int],
    name: Callable[[str], str],
    note: str = "",
    empty: str = "",
) -> None:
    keys = sorted(counts, key=lambda k: -counts[k])
    labels = [name(k) for k in keys]
    values = [counts[k] for k in keys]

    def chart(ax: Axes) -> None:
        y = list(range(len(labels)))[::-1]
        ax.barh(y, values, color=BAR)
        ax.set_yticks(y, [_short(s) for s in labels])

    heading_key = {"help": "report.help", "voice": "report.voice", "faults": "report.faults"}[area]
    first, second = {
        "help": ("reason", "count"),
        "voice": ("outcome", "count"),
        "faults": ("fault", "count"),
    }[area]
    report.sections.append(
        Section(
            words(f"{heading_key}.heading"),
            (words(f"{heading_key}.{first}"), words(f"{heading_key}.{second}")),
            [(labels[i], str(values[i])) for i in range(len(labels))],
            chart if labels else None,
            note=note or ("" if labels else empty),
            chart_height=max(1.6, 0.4 * len(labels) + 0.8),
        )
    )


# -- fonts ------------------------------------------------------------------------


def font_for(locale: str, texts: Sequence[str]) -> list[str]:
    """The font families for ``locale``, after checking the first has every glyph.

    Raises:
        ReportError: the font is missing, or lacks a character the report uses.
    """
    families = list(FAMILIES.get(locale, FAMILIES["en"]))
    first = families[0]
    try:
        path = font_manager.findfont(
            font_manager.FontProperties(family=first), fallback_to_default=False
        )
    except ValueError:
        raise ReportError(
            f"the report in {locale} needs the font '{first}': apt-get install fonts-noto-cjk"
        ) from None
    charmap = set(FT2Font(path).get_charmap())
    needed = {ch for text in texts for ch in text if not ch.isspace() and ord(ch) > 0x2FF}
    missing = sorted(ch for ch in needed if ord(ch) not in charmap)
    if missing:
        raise ReportError(
            f"font '{first}' has no glyph for {''.join(missing[:10])}: "
            "apt-get install fonts-noto-cjk"
        )
    return families


def _texts(report: Report) -> list[str]:
    out = [report.title, report.empty, *report.lines]
    out += [t for pair in report.summary for t in pair]
    for s in report.sections:
        out += [s.title, s.note, *s.headers, *(c for row in s.rows for c in row)]
    return out


def _style(families: list[str]) -> Any:  # matplotlib types its rc keys as literals
    return {
        "font.family": families,
        "font.size": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.fonttype": "path",  # the HTML needs no font: glyphs are drawn as shapes
        "pdf.fonttype": 3,  # Type 3: subsetting a CJK font for Type 42 takes seconds
        "svg.hashsalt": "kiosk-report",  # the same data draws the same file
    }


def _chart(section: Section, width: float = 7.2) -> Figure:
    figure = Figure(figsize=(width, section.chart_height), layout="constrained")
    ax = figure.subplots()
    assert section.chart is not None  # callers check; typing only
    section.chart(ax)
    return figure


# -- HTML -------------------------------------------------------------------------

_CSS = """
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR", sans-serif;
       max-width: 60em; margin: 2em auto; color: #111; line-height: 1.4; }
h1 { font-size: 1.8em; } h2 { font-size: 1.3em; margin-top: 2em; }
.demo { background: #fff3c4; border: 2px solid #b58900; padding: .5em 1em; font-weight: bold; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: .8em; }
.figures div { border: 1px solid #bbb; padding: .6em; }
.figures b { display: block; font-size: 1.6em; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #bbb; padding: .2em .6em; }
td.n, th.n { text-align: right; } svg { max-width: 100%; height: auto; }
"""


def write_html(report: Report, locale: str, path: Path) -> None:
    families = font_for(locale, _texts(report))
    esc = html.escape
    lang = {"zh_CN": "zh-CN"}.get(locale, locale)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{esc(report.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(report.title)}</h1>",
    ]
    for i, line in enumerate(report.lines):
        demo = i == 0 and len(report.lines) == 3
        parts.append(f'<p class="demo">{esc(line)}</p>' if demo else f"<p>{esc(line)}</p>")
    if report.empty:
        parts.append(f"<h2>{esc(report.empty)}</h2>")
    if report.summary:
        parts.append('<div class="figures">')
        parts += [f"<div>{esc(k)}<b>{esc(v)}</b></div>" for k, v in report.summary]
        parts.append("</div>")
    with matplotlib.rc_context(_style(families)):
        for section in report.sections:
            parts.append(f"<section><h2>{esc(section.title)}</h2>")
            if section.note:
                parts.append(f"<p>{esc(section.note)}</p>")
            if section.chart is not None:
                buffer = io.StringIO()
                _chart(section).savefig(buffer, format="svg", metadata={"Date": None})
                svg = buffer.getvalue()
                parts.append(svg[svg.index("<svg") :])
            if section.rows:
                parts.append(_html_table(section))
            parts.append("</section>")
    parts.append("</body></html>\n")
    _write_bytes(path, "\n".join(parts).encode("utf-8"))


def _html_table(section: Section) -> str:
    esc = html.escape
    head = "".join(
        f"<th{' class=n' if i else ''}>{esc(h)}</th>" for i, h in enumerate(section.headers)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td{' class=n' if i else ''}>{esc(c)}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in section.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# -- PDF --------------------------------------------------------------------------


def write_pdf(report: Report, locale: str, path: Path) -> None:
    families = font_for(locale, _texts(report))
    buffer = io.BytesIO()
    with (
        matplotlib.rc_context(_style(families)),
        PdfPages(buffer, metadata={"CreationDate": None}) as pdf,
    ):
        for page in pages(report):
            pdf.savefig(page)
    _write_bytes(path, buffer.getvalue())


def write_pngs(report: Report, locale: str, folder: Path, dpi: int = 80) -> list[Path]:
    """The PDF's pages as PNG pictures (to look at them without a PDF viewer)."""
    families = font_for(locale, _texts(report))
    written = []
    with matplotlib.rc_context(_style(families)):
        for number, page in enumerate(pages(report), 1):
            target = folder / f"page{number}.png"
            page.savefig(target, dpi=dpi)
            written.append(target)
    return written


def pages(report: Report) -> list[Figure]:
    """The report laid out on A4 pages (call inside the locale's rc_context)."""
    page, y = _page(report)
    done = [page]
    if report.empty:
        page.text(0.06, y, report.empty, fontsize=14, weight="bold", va="top", wrap=True)
    for section in report.sections:
        if y - _height(section) < 0.04:
            page, y = Figure(figsize=A4), 0.96
            done.append(page)
        y = _draw_section(page, section, y)
    return done


def _page(report: Report) -> tuple[Figure, float]:
    page = Figure(figsize=A4)
    page.text(0.06, 0.965, report.title, fontsize=17, weight="bold", va="top")
    y = 0.93
    for i, line in enumerate(report.lines):
        demo = i == 0 and len(report.lines) == 3
        page.text(
            0.06,
            y,
            line,
            fontsize=10,
            va="top",
            weight="bold" if demo else "normal",
            color="#8a4b00" if demo else "#222",
        )
        y -= 0.022
    y -= 0.01
    for i, (label, value) in enumerate(report.summary):
        x = 0.06 + (i % 4) * 0.225
        row_y = y - (i // 4) * 0.065
        page.text(x, row_y, label, fontsize=8, va="top", color="#333")
        page.text(x, row_y - 0.02, value, fontsize=15, weight="bold", va="top")
    if report.summary:
        y -= 0.14
    return page, y


def _height(section: Section) -> float:
    chart = section.chart_height / A4[1] if section.chart is not None else 0.0
    return 0.04 + chart + 0.018 * (len(section.rows) + 1) + (0.02 if section.note else 0)


def _draw_section(page: Figure, section: Section, y: float) -> float:
    page.text(0.06, y, section.title, fontsize=12, weight="bold", va="top")
    y -= 0.03
    if section.note:
        page.text(0.06, y, section.note, fontsize=9, va="top")
        y -= 0.02
    if section.chart is not None:
        height = section.chart_height / A4[1]
        ax = page.add_axes(
            (
                0.3 if _horizontal(section) else 0.1,
                y - height + 0.03,
                0.62 if _horizontal(section) else 0.84,
                height - 0.05,
            )
        )
        section.chart(ax)
        y -= height + 0.02
    if section.rows:
        rows = len(section.rows) + 1
        height = 0.018 * rows
        ax = page.add_axes((0.06, y - height, 0.88, height))
        ax.axis("off")
        table = ax.table(
            cellText=[list(r) for r in section.rows],
            colLabels=list(section.headers),
            loc="upper left",
            cellLoc="left",
        )
        table.auto_set_font_size(False)
        table.set_fontsize(7.5)
        table.scale(1, 1)
        y -= height + 0.02
    return y


def _horizontal(section: Section) -> bool:
    return section.chart_height != 3.2


def _write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file beside ``path``: a failure leaves no half report."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from None
