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
    for value in minutes:
        figures.wait_bins[wait_bin(value)] += 1
    if minutes:
        target = figures.target_minutes
        figures.over_target = sum(1 for m in minutes if m > target) / len(minutes)
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
    :func:`kiosk.insight.events.count_key`): a year of a busy branch is a few
    hundred thousand rows there against millions of events.

    Args:
        conn: A connection to the kiosk database (read only is enough).
        target_minutes: The branch's wait target (``insight.wait_target_minutes``).
        order: Each journey's steps in their order (the funnel's rows).
    """
    figures = Figures(start, end, target_minutes)
    per_service: dict[str, dict[str, int]] = {}
    waits: dict[str, list[float]] = {}
    steps: dict[str, dict[str, list[int]]] = {}
    journey_totals: dict[str, list[int]] = {}
    ratings: dict[str, list[float]] = {}
    thanks: dict[str, int] = {}
    counted = {ev.HELP_REASON: figures.help_reasons, ev.VOICE_TURN: figures.voice,
               ev.FAULT: figures.faults}  # fmt: skip
    column = {ev.STEP_ENTERED: 0, ev.JOURNEY_ABANDONED: 1, ev.CALL_STAFF: 2, ev.QUIET_CHECK: 2}
    cursor = conn.execute(
        "SELECT kind, service, journey, step, detail, staff, slot, value, count "
        "FROM event_counts WHERE day BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    )
    for kind, service, journey, step, detail, staff, slot, value, count in cursor:
        figures.events += count
        if kind.startswith("ticket_"):
            service = service or ev.OTHER
            if service == HELP:
                if kind == ev.TICKET_ISSUED:
                    figures.help_requests += count
                continue
            if kind == ev.TICKET_CALLED:
                if value >= 0:
                    waits.setdefault(service, []).extend([value] * count)
                continue
            if kind == ev.TICKET_ISSUED:
                figures.arrivals[slot] += count
            elif kind == ev.TICKET_SERVED:
                figures.served_by_slot[slot] += count
            elif kind == ev.TICKET_CANCELLED:
                if detail != ev.WALK_OUT:
                    continue
                kind = ev.WALK_OUT
            elif kind != ev.TICKET_NO_SHOW:
                continue
            bucket = per_service.setdefault(service, {})
            bucket[kind] = bucket.get(kind, 0) + count
        elif kind in column and journey and step:
            steps.setdefault(journey, {}).setdefault(step, [0, 0, 0])[column[kind]] += count
        elif kind == ev.JOURNEY_FINISHED and journey:
            journey_totals.setdefault(journey, [0, 0])[1] += count
        elif kind in counted:
            key = detail or ev.OTHER
            counted[kind][key] = counted[kind].get(key, 0) + count
        elif kind == ev.RATING and staff:
            if value >= 0:
                ratings.setdefault(staff, []).extend([value] * count)
            if detail == ev.THANKED:
                thanks[staff] = thanks.get(staff, 0) + count
    figures.issued = sum(b.get(ev.TICKET_ISSUED, 0) for b in per_service.values())
    figures.served = sum(b.get(ev.TICKET_SERVED, 0) for b in per_service.values())
    figures.no_shows = sum(b.get(ev.TICKET_NO_SHOW, 0) for b in per_service.values())
    figures.walk_outs = sum(b.get(ev.WALK_OUT, 0) for b in per_service.values())
    if figures.empty:
        return figures
    return finish(figures, waits, per_service, steps, journey_totals, ratings, thanks, order or {})
