"""``kiosk demo-data`` and ``kiosk report``: real processes, a real SQLite file, real fonts."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import fails, kiosk

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    result = kiosk(folder, "demo-data", "--days", "21")
    assert result.returncode == 0, result.stderr
    assert "demo events for 21 days" in result.stdout
    return folder


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "Where service breaks"), ("zh_CN", "网点报告"), ("ko", "지점 보고서")],
)
def test_html_report_is_self_contained_in_each_language(
    demo_dir: Path, tmp_path: Path, lang: str, words: str
) -> None:
    out = tmp_path / f"report-{lang}.html"
    result = kiosk(demo_dir, "report", "--lang", lang, "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert words in page
    assert page.count("<svg") == 1  # page 1's charts, drawn once
    # Every chart's numbers, folded away: arrivals, waits, services, staff, a table per
    # kiosk task, help, voice, faults.
    assert page.count("<details>") == page.count("<table") >= 7 + 7
    # Nothing fetched: no images, scripts or links; SVG's own #references only.
    assert not re.search(r"<(img|script|link)\b|src=|href=\"(?!#)", page)
    assert "DEMO" in page or "演示" in page or "시연" in page


def test_pdf_report_and_a_chosen_period(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.pdf"
    start = (TODAY - timedelta(days=6)).isoformat()
    result = kiosk(demo_dir, "report", "--from", start, "--to", TODAY.isoformat(), "--lang",
                   "zh_CN", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"NotoSansCJK" in data.replace(b"-", b"")


def test_an_empty_period_says_so(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.html"
    result = kiosk(demo_dir, "report", "--from", "2001-01-01", "--to", "2001-01-31",
                   "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "Nothing was recorded in this period" in page
    assert "<svg" not in page


def test_bad_input_is_one_clear_line(demo_dir: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "r.pdf")
    fails(kiosk(demo_dir, "report", "--from", "2026-03-10", "--to", "2026-03-01", "--out", out),
          "is after")  # fmt: skip
    fails(kiosk(demo_dir, "report", "--from", "2026-02-30", "--out", out), "--from", "date")
    fails(kiosk(demo_dir, "report", "--lang", "fr", "--out", out), "--lang", "fr")
    fails(kiosk(demo_dir, "report", "--out", str(tmp_path / "nowhere" / "r.pdf")), "does not exist")
    fails(kiosk(demo_dir, "report", "--out", str(tmp_path / "r.docx")), ".pdf or .html")
    fails(kiosk(demo_dir, "report", "--out", str(tmp_path)), "")
    fails(kiosk(demo_dir, "demo-data", "--days", "0"), "--days")
    # A folder nobody may write in (root ignores modes: /proc refuses even root).
    fails(kiosk(demo_dir, "report", "--out", "/proc/kiosk-report.pdf"), "cannot write")
    fails(kiosk(tmp_path / "new", "report", "--out", out), "nothing has been recorded")


def test_demo_data_never_mixes_with_a_real_branch(tmp_path: Path) -> None:
    data = tmp_path / "branch"
    assert kiosk(data, "queue", "take", "--service", "cash").returncode == 0
    fails(kiosk(data, "demo-data", "--days", "3"), "real kiosk")


def test_the_report_reads_the_branch_postgresql_store(
    demo_dir: Path, tmp_path: Path, pg_url: str
) -> None:
    # A branch moved to PostgreSQL keeps its history: the same figures from the server.
    copied = kiosk(demo_dir, "db", "copy", "--to", pg_url)
    assert copied.returncode == 0, copied.stderr
    local, server = tmp_path / "local.html", tmp_path / "server.html"
    assert kiosk(demo_dir, "report", "--out", str(local)).returncode == 0
    result = kiosk(demo_dir, "--database", pg_url, "report", "--out", str(server))
    assert result.returncode == 0, result.stderr
    figure = re.compile(r"<div>([^<]+)<b>([^<]+)</b></div>")
    on_server = figure.findall(server.read_text(encoding="utf-8"))
    assert len(on_server) >= 8 and on_server[0][1] != "0"  # tickets issued, served, waits…
    assert on_server == figure.findall(local.read_text(encoding="utf-8"))
