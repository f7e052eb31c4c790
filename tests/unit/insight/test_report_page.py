"""The manager's report: page 1 stands alone (every figure and chart, nothing off the page
or on top of anything else), the numbers behind each chart follow, in every locale."""

from __future__ import annotations

from datetime import date, timedelta, timezone
from itertools import combinations
from pathlib import Path

import matplotlib
import pytest
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure

from kiosk.content.catalog import load_catalogs
from kiosk.insight.demo_history import demo_rows, shapes_of
from kiosk.insight.figures import Figures, Funnel, FunnelStep, compute
from kiosk.insight.render import pdf, write_html
from kiosk.insight.render.fonts import font_for, style
from kiosk.insight.report_build import build
from kiosk.insight.report_model import Report
from kiosk.insight.report_words import Words
from kiosk.journeys.loader import load_journeys
from kiosk.paths import assets_dir, locales_dir
from kiosk.services.insight_report import step_names
from kiosk.store import event_log, open_database

TZ = timezone(timedelta(hours=8))
END = date(2026, 3, 31)
LOCALES = ("en", "zh_CN", "ko")


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    """Three weeks of the demo branch (every chart has something to draw)."""
    journeys = load_journeys(assets_dir() / "journeys")
    db = open_database(tmp_path_factory.mktemp("report") / "kiosk.sqlite3")
    with db.write() as conn:
        for rows in demo_rows(21, END, TZ, shapes_of(journeys)):
            event_log.append_rows(conn, rows)
    with db.read() as conn:
        result = compute(conn, END - timedelta(days=20), END,
                         order={j: list(x.steps) for j, x in journeys.items()})  # fmt: skip
    db.close()
    return result


def report_in(locale: str, figures: Figures) -> Report:
    catalog = load_catalogs(locales_dir(), [locale])[locale]
    journeys = load_journeys(assets_dir() / "journeys")
    return build(figures, Words(catalog), demo=True, step_names=step_names(catalog, journeys))


def laid_out(report: Report, locale: str) -> list[Figure]:
    with matplotlib.rc_context(style(font_for(locale, report.texts()))):
        pages = pdf.pages(report)
        renderer = RendererAgg(*(int(v * 72) for v in pdf.A4), 72)
        for page in pages:
            page.set_dpi(72)
            page.draw(renderer)  # lays every text out in the locale's fonts
    return pages


def boxes(page: Figure) -> list[tuple[str, object]]:
    renderer = RendererAgg(*(int(v * 72) for v in pdf.A4), 72)
    return [(t.get_text(), t.get_window_extent(renderer)) for t in page.texts if t.get_text()]


@pytest.mark.parametrize("locale", LOCALES)
def test_page_one_carries_every_figure_and_chart(figures: Figures, locale: str) -> None:
    report = report_in(locale, figures)
    pages = laid_out(report, locale)
    assert len(pages) >= 2  # the numbers follow
    first = " ".join(t.get_text() for t in pages[0].texts)
    for label, value in report.summary:
        assert value in first and label.split()[0] in first
    for panel in report.panels.values():
        assert panel.title[:12] in first  # headings may end in "…" when narrow
    assert report.funnel_title in first and len(report.funnels) == len(figures.funnels) == 7
    for funnel in report.funnels:
        assert funnel.title[:8] in first and funnel.worst  # where each journey breaks
    assert len(pages[0].axes) == 2  # only the time charts have axes; the rest is drawn


@pytest.mark.parametrize("locale", LOCALES)
def test_nothing_on_page_one_is_off_the_page_or_on_top_of_other_words(
    figures: Figures, locale: str
) -> None:
    report = report_in(locale, figures)
    page = laid_out(report, locale)[0]
    width, height = (v * 72 for v in pdf.A4)
    placed = boxes(page)
    for text, box in placed:
        assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, text
    for (a, box_a), (b, box_b) in combinations(placed, 2):
        overlap_w = min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0)
        overlap_h = min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0)
        assert overlap_w <= 1 or overlap_h <= 1, f"{a!r} overlaps {b!r}"


def test_the_numbers_pages_list_every_row_of_every_chart(figures: Figures) -> None:
    report = report_in("en", figures)
    pages = laid_out(report, "en")
    lines = {
        line for page in pages[1:] for text in page.texts for line in text.get_text().split("\n")
    }
    for table in report.tables(charts_only=True):
        assert table.title in lines
        for row in table.rows:
            name = row[0]
            assert name in lines or any(
                line.endswith("…") and name.startswith(line[:-1]) for line in lines
            ), name


def test_the_worst_step_is_where_most_gave_up_or_called_staff() -> None:
    figures = Figures(END, END, 15, events=10, issued=178_800)
    figures.funnels.append(
        Funnel("take_ticket", 9, 4, (
            FunnelStep("service", 9, 1, 0),
            FunnelStep("priority", 8, 2, 2),
            FunnelStep("ticket", 4, 0, 0),
        ))
    )  # fmt: skip
    report = report_in("en", figures)
    [funnel] = report.funnels
    step = "Do any of these apply to you?"  # the step's own title, as the customer saw it
    assert funnel.worst == f"Most lost at \u201c{step}\u201d: 2 gave up, 2 called staff"
    assert funnel.summary == "9 started, 4 finished"
    assert report.funnel_tables[0].rows[1] == (step, "8", "2", "2")
    assert report.summary[0][1] == "178,800"  # a year's counts, grouped for reading


def test_an_empty_period_is_one_page_that_says_so() -> None:
    report = report_in("ko", Figures(END, END, 15))
    pages = laid_out(report, "ko")
    assert len(pages) == 1 and not pages[0].axes
    assert report.empty in [t.get_text() for t in pages[0].texts]


def test_the_html_folds_each_chart_s_numbers_under_it(figures: Figures, tmp_path: Path) -> None:
    report = report_in("zh_CN", figures)
    out = tmp_path / "r.html"
    write_html(report, "zh_CN", out)
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 1
    assert page.count("<details>") == page.count("<table>") == len(report.tables())
    assert report.numbers_title in page and "流程在哪里中断" in page


@pytest.mark.parametrize("locale", LOCALES)
def test_every_step_has_a_name_a_manager_reads(locale: str) -> None:
    # Titles made for one customer ("Welcome, {name}", "Call {hotline}…") used to
    # leave the bare id ("block_now") in the funnel table.
    catalog = load_catalogs(locales_dir(), [locale])[locale]
    names = step_names(catalog, load_journeys(assets_dir() / "journeys"))
    bare = [f"{j}.{s}" for (j, s), name in names.items() if name == s or "{" in name]
    assert not bare
    assert names[("check_in", "welcome")] == catalog.text("spoken.journey.check_in.welcome.title")
