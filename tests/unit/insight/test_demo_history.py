"""The demo history looks like a real branch: busy Monday mornings, pension days, paper out."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta, timezone

from kiosk.insight import events as ev
from kiosk.insight.demo_history import DEMO_PREFIX, demo_rows, is_pension_day, shapes_of
from kiosk.journeys.loader import load_journeys
from kiosk.paths import assets_dir

TZ = timezone(timedelta(hours=8))
END = date(2026, 3, 31)  # a Tuesday; 8 weeks back covers two 15ths and two month ends


def test_demo_history_has_the_branch_patterns() -> None:
    shapes = shapes_of(load_journeys(assets_dir() / "journeys"))
    rows = [r for day in demo_rows(56, END, TZ, shapes) for r in day]
    assert all(str(r[4]).startswith(DEMO_PREFIX) for r in rows)  # clearly marked
    issued = [r for r in rows if r[3] == ev.TICKET_ISSUED and r[5] != "help"]
    mornings = Counter(date.fromisoformat(r[1]).weekday() for r in issued if r[2] < 12 * 60)
    assert mornings[0] > 1.3 * mornings[2]  # Monday mornings beat Wednesdays
    cash = Counter(is_pension_day(date.fromisoformat(r[1])) for r in issued if r[5] == "cash")
    days = Counter(is_pension_day(date.fromisoformat(d)) for d in {r[1] for r in issued})
    assert cash[True] / days[True] > 1.5 * cash[False] / days[False]
    assert any(r[3] == ev.FAULT and r[9] == "printer_paper" for r in rows)
    assert not any(date.fromisoformat(r[1]).weekday() == 6 for r in rows)  # closed on Sunday
    assert is_pension_day(date(2026, 3, 31)) and is_pension_day(date(2026, 2, 27))
