"""The report as one self-contained HTML page: figures as text, charts as inline SVG.

The charts are page 1's (the same drawing as the PDF, glyphs as paths: no font
or file is fetched); below them each chart's numbers sit in a ``<details>``
element a manager opens when they want the figures behind a bar.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

from kiosk.insight.render import dashboard
from kiosk.insight.render.canvas import Canvas
from kiosk.insight.render.fonts import font_for, style
from kiosk.insight.render.output import write_bytes
from kiosk.insight.report_model import Report, Table

WIDTH = 8.27  # inches: the PDF's page width, so both show the same drawing
MARGIN = 0.3

_CSS = """
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR", sans-serif;
       max-width: 60em; margin: 1.5em auto; padding: 0 1em; color: #111; line-height: 1.4; }
h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { font-size: 1.25em; margin-top: 1.5em; }
.demo { background: #fff3c4; border: 2px solid #b58900; padding: .5em 1em; font-weight: bold; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: .6em; }
.figures div { background: #eef2f7; padding: .5em .7em; }
.figures b { display: block; font-size: 1.6em; }
details { margin: .4em 0; } summary { cursor: pointer; font-weight: bold; }
table { border-collapse: collapse; margin: .4em 0 1em; }
th, td { border-bottom: 1px solid #bbb; padding: .2em .7em; text-align: left; }
td + td, th + th { text-align: right; } svg { width: 100%; height: auto; }
"""


def write_html(report: Report, locale: str, path: Path) -> None:
    """Write the report as one HTML file to ``path`` (all or nothing)."""
    families = font_for(locale, report.texts())
    esc = html.escape
    lang = {"zh_CN": "zh-CN"}.get(locale, locale)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{esc(report.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(report.title)}</h1>",
    ]
    for i, line in enumerate(report.lines):
        demo = report.demo and i == 0
        parts.append(f'<p class="demo">{esc(line)}</p>' if demo else f"<p>{esc(line)}</p>")
    if report.empty:
        parts.append(f"<h2>{esc(report.empty)}</h2>")
    else:
        parts.append('<div class="figures">')
        parts += [f"<div>{esc(k)}<b>{esc(v)}</b></div>" for k, v in report.summary]
        parts.append("</div>")
        with matplotlib.rc_context(style(families)):
            parts.append(charts_svg(report))
        parts.append(f"<p><i>{esc(report.numbers_note)}</i></p>")
        parts.append(f"<h2>{esc(report.numbers_title)}</h2>")
        parts += [table_html(t) for t in report.tables()]
    parts.append("</body></html>\n")
    write_bytes(path, "\n".join(parts).encode("utf-8"))


def charts_svg(report: Report) -> str:
    """Page 1's charts as one inline ``<svg>`` (call inside the locale's rc_context)."""
    width = WIDTH - 2 * MARGIN
    figure = Figure(figsize=(WIDTH, dashboard.height(report, width) + 2 * MARGIN))
    dashboard.draw(Canvas(figure), report, MARGIN, MARGIN, width)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


def table_html(table: Table) -> str:
    """One chart's numbers, folded away under its title."""
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in table.rows
    )
    return (
        f"<details><summary>{esc(table.title)}</summary><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></details>"
    )
