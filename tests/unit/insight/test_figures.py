"""The report's figures against ones computed by hand on a small fixed history."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.insight import events as ev
from kiosk.insight.baseline import compute_plain
from kiosk.insight.events import Event
from kiosk.insight.figures import compute
from kiosk.store import KioskDatabase, event_log, open_database

TZ = timezone(timedelta(hours=8))
DAY = date(2026, 3, 2)
ORDER = {"take_ticket": ["service", "priority", "ticket"]}


def at(hh: int, mm: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=TZ)


def history() -> list[Event]:
    e: list[Event] = []

    def add(moment: datetime, kind: str, **fields: object) -> None:
        e.append(Event(moment, kind, "kiosk-1", **fields))  # type: ignore[arg-type]

    # Five tickets and one help request on Monday 2 March.
    add(at(9, 5), ev.TICKET_ISSUED, service="cash")
    add(at(9, 10), ev.TICKET_CALLED, service="cash", value=300, staff="Mei")
    add(at(9, 20), ev.TICKET_SERVED, service="cash", value=600, staff="Mei")
    add(at(9, 10), ev.TICKET_ISSUED, service="cash")
    add(at(9, 25), ev.TICKET_CALLED, service="cash", value=900, staff="Mei")
    add(at(9, 40), ev.TICKET_SERVED, service="cash", value=600, staff="Mei")
    add(at(9, 40), ev.TICKET_ISSUED, service="cash")
    add(at(10, 5), ev.TICKET_CALLED, service="cash", value=1500, staff="Wang")
    add(at(10, 8), ev.TICKET_NO_SHOW, service="cash", staff="Wang")
    add(at(10, 0), ev.TICKET_ISSUED, service="loan")
    add(at(10, 30), ev.TICKET_CANCELLED, service="loan", detail=ev.WALK_OUT)
    add(at(10, 10), ev.TICKET_ISSUED, service="loan")
    add(at(10, 20), ev.TICKET_CALLED, service="loan", value=600, staff="Wang")
    add(at(10, 40), ev.TICKET_SERVED, service="loan", value=1200, staff="Wang")
    add(at(9, 20), ev.TICKET_ISSUED, service="help")
    add(at(9, 21), ev.TICKET_CALLED, service="help", value=60, staff="Mei")  # not a wait
    # The take-a-number journey: 4 start, 1 calls staff, 1 gives up, 2 finish.
    for _ in range(4):
        add(at(9, 0), ev.STEP_ENTERED, journey="take_ticket", step="service")
    add(at(9, 1), ev.CALL_STAFF, journey="take_ticket", step="service", screen="x.y")
    for _ in range(3):
        add(at(9, 1), ev.STEP_ENTERED, journey="take_ticket", step="priority")
    add(at(9, 2), ev.JOURNEY_ABANDONED, journey="take_ticket", step="priority", detail="back")
    for _ in range(2):
        add(at(9, 2), ev.STEP_ENTERED, journey="take_ticket", step="ticket")
        add(at(9, 2), ev.JOURNEY_FINISHED, journey="take_ticket", step="ticket")
    add(at(9, 3), ev.HELP_REASON, detail="confused")
    add(at(9, 3), ev.HELP_REASON, detail="confused")
    add(at(9, 3), ev.HELP_REASON, detail="fraud")
    for outcome in ("heard", "understood", "heard", "understood", "heard", "missed"):
        add(at(9, 4), ev.VOICE_TURN, detail=outcome)
    add(at(11, 0), ev.FAULT, detail="printer_paper")
    add(at(11, 5), ev.FAULT, detail="printer_paper")
    add(at(9, 21), ev.RATING, value=3, staff="Mei")
    add(at(9, 21), ev.RATING, detail=ev.THANKED, staff="Mei")
    add(at(9, 41), ev.RATING, value=2, staff="Mei")
    add(at(10, 41), ev.RATING, value=3, staff="Wang")
    # Outside the period: not counted.
    add(at(9, 0, date(2026, 3, 5)), ev.TICKET_ISSUED, service="cash")
    add(at(9, 0, date(2026, 3, 1)), ev.RATING, value=1, staff="Mei")
    return e


@pytest.fixture
def db(data_dir: Path) -> KioskDatabase:
    database = open_database(data_dir / "kiosk.sqlite3")
    event_log.append_batch(database, history())
    yield database
    database.close()


@pytest.mark.parametrize("how", [compute, compute_plain])
def test_figures_match_the_hand_computed_ones(db: KioskDatabase, how) -> None:
    with db.read() as conn:
        f = how(conn, DAY, date(2026, 3, 3), target_minutes=15, order=ORDER)
    assert (f.issued, f.served, f.walk_outs, f.no_shows, f.help_requests) == (5, 3, 1, 1, 1)
    # Waits 5, 15, 25 (cash) and 10 (loan) minutes: sorted 5 10 15 25.
    assert f.median_wait == 12.5
    assert f.p90_wait == 25  # nearest rank: the ⌈0.9 × 4⌉ = 4th
    assert f.over_target == 0.25  # only 25 min is longer than 15
    assert f.wait_bins == [0, 1, 1, 1, 1, 0, 0, 0]
    assert f.arrivals[18:22] == [2, 1, 2, 0]  # 09:00, 09:30, 10:00, 10:30
    assert f.served_by_slot[18:22] == [1, 1, 0, 1]
    assert [s for s in range(48) if f.arrivals[s] or f.served_by_slot[s]] == [18, 19, 20, 21]
    cash, loan = f.services
    assert (cash.service, cash.issued, cash.served, cash.no_shows, cash.walk_outs) == (
        "cash", 3, 2, 1, 0,
    )  # fmt: skip
    assert (cash.median_wait, cash.p90_wait) == (15, 25)
    assert (loan.issued, loan.served, loan.walk_outs, loan.median_wait) == (2, 1, 1, 10)
    (funnel,) = f.funnels
    assert (funnel.journey, funnel.started, funnel.finished) == ("take_ticket", 4, 2)
    assert [(s.step, s.entered, s.left_here, s.called_staff) for s in funnel.steps] == [
        ("service", 4, 0, 1),
        ("priority", 3, 1, 0),
        ("ticket", 2, 0, 0),
    ]
    assert f.help_reasons == {"confused": 2, "fraud": 1}
    assert f.voice == {"heard": 3, "understood": 2, "missed": 1}
    assert f.voice_success == pytest.approx(2 / 3)
    assert f.faults == {"printer_paper": 2}
    mei, wang = f.staff  # the one thanked first
    assert (mei.staff, mei.ratings, mei.average, mei.good, mei.thanks) == ("Mei", 2, 2.5, 1, 1)
    assert (wang.ratings, wang.average, wang.thanks) == (1, 3.0, 0)


def test_an_empty_period_is_empty(db: KioskDatabase) -> None:
    with db.read() as conn:
        figures = compute(conn, date(2025, 1, 1), date(2025, 1, 31))
        plain = compute_plain(conn, date(2025, 1, 1), date(2025, 1, 31))
    assert figures.empty and plain.empty
    assert figures.median_wait is None and figures.services == []
    assert figures.busy_slots() == range(0)


def test_counts_and_plain_python_agree_on_a_demo_history(data_dir: Path) -> None:
    from kiosk.insight.demo_history import demo_rows, shapes_of
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir

    database = open_database(data_dir / "demo.sqlite3")
    journeys = load_journeys(assets_dir() / "journeys")
    with database.write() as conn:
        for rows in demo_rows(14, date(2026, 3, 31), TZ, shapes_of(journeys)):
            event_log.append_rows(conn, rows)
    order = {jid: list(j.steps) for jid, j in journeys.items()}
    with database.read() as conn:
        counted = compute(conn, date(2026, 3, 18), date(2026, 3, 31), order=order)
        plain = compute_plain(conn, date(2026, 3, 18), date(2026, 3, 31), order=order)
    database.close()
    assert counted.issued > 500 and counted.funnels and counted.staff
    # Waits are counted to the second; the demo's are stored to a tenth.
    assert counted.median_wait == pytest.approx(plain.median_wait, abs=1 / 60)
    assert counted.p90_wait == pytest.approx(plain.p90_wait, abs=1 / 60)
    for name in ("issued", "served", "walk_outs", "no_shows", "help_requests", "events",
                 "arrivals", "served_by_slot", "funnels", "help_reasons", "voice", "faults",
                 "staff"):  # fmt: skip
        assert getattr(counted, name) == getattr(plain, name), name
