"""The report as an A4 PDF: page 1 carries every figure and chart; then the numbers."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from kiosk.insight.render import dashboard, numbers
from kiosk.insight.render.canvas import GREY, Canvas, line_height, wrap
from kiosk.insight.render.fonts import font_for, style
from kiosk.insight.render.output import write_bytes
from kiosk.insight.report_model import Report

A4 = (8.27, 11.69)
MARGIN = 0.45
TILE_GAP = 0.1


def pages(report: Report) -> list[Figure]:
    """The report laid out on A4 pages (call inside the locale's ``rc_context``)."""
    figure = Figure(figsize=A4)
    canvas = Canvas(figure)
    width = canvas.w - 2 * MARGIN
    y = header(canvas, report, MARGIN, 0.4, width)
    if report.empty:
        canvas.text(MARGIN, y + 0.2, report.empty, 14, weight="bold", wrap=True)
        return [figure]
    y = dashboard.draw(canvas, report, MARGIN, y + 0.12, width)
    canvas.text(MARGIN, y + 0.1, report.numbers_note, 7, color=GREY, style="italic")
    return [figure, *numbers.pages(report, lambda: Figure(figsize=A4))]


def header(canvas: Canvas, report: Report, x: float, y: float, w: float) -> float:
    """Title, period, the demo warning and the period's figures; the y below them."""
    canvas.text(x, y, report.title, 16, weight="bold")
    y += 0.36
    for i, line in enumerate(report.lines):
        demo = report.demo and i == 0
        canvas.text(x, y, line, 8, weight="bold" if demo else "normal",
                    color="#8a4b00" if demo else "#222222")  # fmt: skip
        y += line_height(8)
    if not report.summary:
        return y
    y += 0.1
    tile = (w - TILE_GAP * (len(report.summary) - 1)) / len(report.summary)
    for i, (label, value) in enumerate(report.summary):
        left = x + i * (tile + TILE_GAP)
        canvas.box(left, y, tile, 0.62, facecolor="#eef2f7")
        canvas.text(left + 0.05, y + 0.05, wrap(label, tile - 0.1, 6.5), 6.5, color="#333333")
        canvas.text(left + 0.05, y + 0.33, value, 13, weight="bold")
    return y + 0.62


def write_pdf(report: Report, locale: str, path: Path) -> None:
    """Write the report as a PDF to ``path`` (all or nothing)."""
    families = font_for(locale, report.texts())
    buffer = io.BytesIO()
    with (
        matplotlib.rc_context(style(families)),
        PdfPages(buffer, metadata={"CreationDate": None}) as pdf,
    ):
        for page in pages(report):
            pdf.savefig(page)
    write_bytes(path, buffer.getvalue())


def write_pngs(report: Report, locale: str, folder: Path, dpi: int = 80) -> list[Path]:
    """The PDF's pages as PNG pictures (to look at them without a PDF viewer)."""
    families = font_for(locale, report.texts())
    written = []
    with matplotlib.rc_context(style(families)):
        for number, page in enumerate(pages(report), 1):
            target = folder / f"page{number}.png"
            page.savefig(target, dpi=dpi)
            written.append(target)
    return written
