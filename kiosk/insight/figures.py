"""The manager's report, computed: figures from the event record of a period.

Pure Python on a DB-API connection (SQLite here), reading the per-day counts
the store keeps beside the events (``event_counts``), so a year of a busy
branch (about two million events) is a few hundred thousand rows.
:mod:`kiosk.insight.baseline` computes the same :class:`Figures` from the raw
events row by row in plain Python, as the benchmark's yardstick.

Percentiles are nearest-rank (the value at rank ⌈p·n⌉ of the sorted waits), so a
manager can check them by hand; the median is the usual middle value.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from kiosk.insight import events as ev

HELP = "help"
SLOTS = 48  # half hours in a day
# Wait-time distribution, in minutes: [lower, upper) and the last is open-ended.
WAIT_BINS: tuple[tuple[int, int | None], ...] = (
    (0, 5),
    (5, 10),
    (10, 15),
    (15, 20),
    (20, 30),
    (30, 45),
    (45, 60),
    (60, None),
)


class Connection(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...


@dataclass(frozen=True)
class ServiceRow:
    """One queue service's line in the table."""

    service: str
    issued: int
    served: int
    no_shows: int
    walk_outs: int
    median_wait: float | None  # minutes
    p90_wait: float | None


@dataclass(frozen=True)
class FunnelStep:
    step: str
    entered: int
    left_here: int
    called_staff: int


@dataclass(frozen=True)
class Funnel:
    """One kiosk task: how many started, finished, and where the others went."""

    journey: str
    started: int
    finished: int
    steps: tuple[FunnelStep, ...]


@dataclass(frozen=True)
class StaffRow:
    staff: str
    ratings: int
    average: float | None
    good: int  # ratings of 3 ("good")
    thanks: int


@dataclass
class Figures:
    """Everything the report shows for one period (minutes for waits)."""

    start: date
    end: date
    target_minutes: int
    issued: int = 0
    served: int = 0
    walk_outs: int = 0
    no_shows: int = 0
    help_requests: int = 0
    median_wait: float | None = None
    p90_wait: float | None = None
    over_target: float | None = None  # share 0..1 of called customers
    arrivals: list[int] = field(default_factory=lambda: [0] * SLOTS)
    served_by_slot: list[int] = field(default_factory=lambda: [0] * SLOTS)
    wait_bins: list[int] = field(default_factory=lambda: [0] * len(WAIT_BINS))
    services: list[ServiceRow] = field(default_factory=list)
    funnels: list[Funnel] = field(default_factory=list)
    help_reasons: dict[str, int] = field(default_factory=dict)
    voice: dict[str, int] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    staff: list[StaffRow] = field(default_factory=list)
    events: int = 0

    @property
    def empty(self) -> bool:
        return self.events == 0

    @property
    def voice_success(self) -> float | None:
        """Understood at once, as a share of the turns that ended one way or another."""
        turns = sum(self.voice.get(k, 0) for k in ("understood", "did_you_mean", "missed"))
        return self.voice.get("understood", 0) / turns if turns else None

    def busy_slots(self) -> range:
        """The half hours from the first to the last with any arrival or service."""
        used = [i for i in range(SLOTS) if self.arrivals[i] or self.served_by_slot[i]]
        return range(used[0], used[-1] + 1) if used else range(0)


# -- shared arithmetic (also used by the plain-Python baseline) --------------------


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def nearest_rank(sorted_values: Sequence[float], share: float) -> float | None:
    """The value at rank ⌈share·n⌉ (1-based) of already sorted values."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(share * len(sorted_values)))
    return float(sorted_values[rank - 1])


def wait_bin(minutes: float) -> int:
    for index, (low, high) in enumerate(WAIT_BINS):
        if high is None or low <= minutes < high:
            return index
    return len(WAIT_BINS) - 1


def bin_counts(sorted_minutes: Sequence[float]) -> list[int]:
    """How many sorted waits fall in each of :data:`WAIT_BINS` (as :func:`wait_bin`)."""
    m = sorted_minutes
    counts = [
        (bisect.bisect_left(m, high) if high is not None else len(m)) - bisect.bisect_left(m, low)
        for low, high in WAIT_BINS
    ]
    counts[-1] += bisect.bisect_left(m, WAIT_BINS[0][0])  # below the first bin: the last
    return counts


def wait_summary(waits_seconds: Iterable[float]) -> tuple[list[float], float | None, float | None]:
    """Sorted waits in minutes, their median and 90th percentile."""
    minutes = sorted(w / 60 for w in waits_seconds)
    return minutes, median(minutes), nearest_rank(minutes, 0.9)


def order_steps(
    journey: str, counts: Mapping[str, Any], order: Mapping[str, Sequence[str]]
) -> list[str]:
    """A journey's steps in its own order, then any others seen (most entered first)."""
    known = [s for s in order.get(journey, ()) if s in counts]
    rest = sorted((s for s in counts if s not in known), key=lambda s: -counts[s][0])
    return known + rest


def finish(
    figures: Figures,
    waits: dict[str, list[float]],
    per_service: dict[str, dict[str, int]],
    steps: dict[str, dict[str, list[int]]],
    journey_totals: dict[str, list[int]],
    ratings: dict[str, list[float]],
    thanks: dict[str, int],
    order: Mapping[str, Sequence[str]],
) -> Figures:
    """Turn grouped counts into the figures (one code path for SQL and the baseline)."""
    every_wait = [w for service_waits in waits.values() for w in service_waits]
    minutes, figures.median_wait, figures.p90_wait = wait_summary(every_wait)
    figures.wait_bins = bin_counts(minutes)
    if minutes:
        over = len(minutes) - bisect.bisect_right(minutes, figures.target_minutes)
        figures.over_target = over / len(minutes)
    names = sorted(set(per_service) | set(waits))
    for service in names:
        counts = per_service.get(service, {})
        _, mid, p90 = wait_summary(waits.get(service, []))
        figures.services.append(
            ServiceRow(
                service,
                counts.get(ev.TICKET_ISSUED, 0),
                counts.get(ev.TICKET_SERVED, 0),
                counts.get(ev.TICKET_NO_SHOW, 0),
                counts.get(ev.WALK_OUT, 0),
                mid,
                p90,
            )
        )
    for journey in sorted(steps):
        by_step = steps[journey]
        rows = tuple(
            FunnelStep(step, *by_step[step]) for step in order_steps(journey, by_step, order)
        )
        first = rows[0].entered if rows else 0
        started = journey_totals.get(journey, [0, 0])
        figures.funnels.append(Funnel(journey, started[0] or first, started[1], rows))
    for staff in sorted(set(ratings) | set(thanks)):
        scores = ratings.get(staff, [])
        figures.staff.append(
            StaffRow(
                staff,
                len(scores),
                round(sum(scores) / len(scores), 2) if scores else None,
                sum(1 for s in scores if s >= 3),
                thanks.get(staff, 0),
            )
        )
    figures.staff.sort(key=lambda r: (-r.thanks, -r.good, r.staff))
    return figures


# -- the computation, from the per-day counts ----------------------------------------

_PERIOD = "FROM event_counts WHERE day BETWEEN ? AND ?"
_STEP_COLUMN = {ev.STEP_ENTERED: 0, ev.JOURNEY_ABANDONED: 1, ev.CALL_STAFF: 2, ev.QUIET_CHECK: 2}


def _kinds(*kinds: str) -> str:
    return f"kind IN ({', '.join(repr(k) for k in kinds)})"  # our own constants, not input


def compute(
    conn: Connection,
    start: date,
    end: date,
    *,
    target_minutes: int = 15,
    order: Mapping[str, Sequence[str]] | None = None,
) -> Figures:
    """The figures for local days ``start`` … ``end`` (both included).

    Reads ``event_counts`` (kept with every event insert, see
    :func:`kiosk.insight.events.count_key`), a few narrow ``GROUP BY`` queries
    that sum over the days in SQL: a year of a busy branch is ~280 000 count
    rows but ~20 000 groups, and only those reach Python.

    Args:
        conn: A connection to the kiosk database (read only is enough).
        target_minutes: The branch's wait target (``insight.wait_target_minutes``).
        order: Each journey's steps in their order (the funnel's rows).
    """
    figures = Figures(start, end, target_minutes)
    period = (start.isoformat(), end.isoformat())
    figures.events = int(
        conn.execute(f"SELECT COALESCE(SUM(count), 0) {_PERIOD}", period).fetchone()[0]
    )
    if figures.empty:
        return figures
    per_service = _tickets(conn, period, figures)
    waits = _waits(conn, period)
    steps, journey_totals = _steps(conn, period)
    _counted(conn, period, figures)
    ratings, thanks = _ratings(conn, period)
    for total, kind in (("issued", ev.TICKET_ISSUED), ("served", ev.TICKET_SERVED),
                        ("no_shows", ev.TICKET_NO_SHOW), ("walk_outs", ev.WALK_OUT)):  # fmt: skip
        setattr(figures, total, sum(b.get(kind, 0) for b in per_service.values()))
    return finish(figures, waits, per_service, steps, journey_totals, ratings, thanks, order or {})


def _tickets(
    conn: Connection, period: tuple[str, str], figures: Figures
) -> dict[str, dict[str, int]]:
    """Tickets issued, served, not there and walked out, per service; arrivals per half hour."""
    per_service: dict[str, dict[str, int]] = {}
    kinds = _kinds(ev.TICKET_ISSUED, ev.TICKET_SERVED, ev.TICKET_NO_SHOW, ev.TICKET_CANCELLED)
    for kind, service, detail, slot, count in conn.execute(
        f"SELECT kind, service, detail, slot, SUM(count) {_PERIOD} AND {kinds} "
        "GROUP BY kind, service, detail, slot",
        period,
    ):
        service = service or ev.OTHER
        if service == HELP:  # a help request is not a queue ticket
            figures.help_requests += count if kind == ev.TICKET_ISSUED else 0
            continue
        if kind == ev.TICKET_CANCELLED:
            if detail != ev.WALK_OUT:
                continue
            kind = ev.WALK_OUT
        elif kind == ev.TICKET_ISSUED:
            figures.arrivals[slot] += count
        elif kind == ev.TICKET_SERVED:
            figures.served_by_slot[slot] += count
        bucket = per_service.setdefault(service, {})
        bucket[kind] = bucket.get(kind, 0) + count
    return per_service


def _waits(conn: Connection, period: tuple[str, str]) -> dict[str, list[float]]:
    """Every called ticket's wait in seconds, per service (help requests are no wait)."""
    waits: dict[str, list[float]] = {}
    for service, value, count in conn.execute(
        f"SELECT service, value, SUM(count) {_PERIOD} AND kind = ? AND value >= 0 "
        "GROUP BY service, value",
        (*period, ev.TICKET_CALLED),
    ):
        service = service or ev.OTHER
        if service != HELP:
            waits.setdefault(service, []).extend([float(value)] * int(count))
    return waits


def _steps(
    conn: Connection, period: tuple[str, str]
) -> tuple[dict[str, dict[str, list[int]]], dict[str, list[int]]]:
    """Per journey and step: reached, gave up, called staff; per journey: finished."""
    steps: dict[str, dict[str, list[int]]] = {}
    totals: dict[str, list[int]] = {}
    for kind, journey, step, count in conn.execute(
        f"SELECT kind, journey, step, SUM(count) {_PERIOD} "
        f"AND {_kinds(ev.JOURNEY_FINISHED, *_STEP_COLUMN)} AND journey != '' "
        "GROUP BY kind, journey, step",
        period,
    ):
        if kind == ev.JOURNEY_FINISHED:
            totals.setdefault(journey, [0, 0])[1] += count
        elif step:
            steps.setdefault(journey, {}).setdefault(step, [0, 0, 0])[_STEP_COLUMN[kind]] += count
    return steps, totals


def _counted(conn: Connection, period: tuple[str, str], figures: Figures) -> None:
    """Help reasons, voice turn outcomes and equipment faults."""
    into = {ev.HELP_REASON: figures.help_reasons, ev.VOICE_TURN: figures.voice,
            ev.FAULT: figures.faults}  # fmt: skip
    for kind, detail, count in conn.execute(
        f"SELECT kind, detail, SUM(count) {_PERIOD} AND {_kinds(*into)} GROUP BY kind, detail",
        period,
    ):
        key = detail or ev.OTHER
        into[kind][key] = into[kind].get(key, 0) + count


def _ratings(
    conn: Connection, period: tuple[str, str]
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Each member of staff's ratings (one value per rating) and thank-yous."""
    ratings: dict[str, list[float]] = {}
    thanks: dict[str, int] = {}
    for staff, value, detail, count in conn.execute(
        f"SELECT staff, value, detail, SUM(count) {_PERIOD} AND kind = ? AND staff != '' "
        "GROUP BY staff, value, detail",
        (*period, ev.RATING),
    ):
        if value >= 0:
            ratings.setdefault(staff, []).extend([float(value)] * int(count))
        if detail == ev.THANKED:
            thanks[staff] = thanks.get(staff, 0) + count
    return ratings, thanks
