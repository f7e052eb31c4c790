"""The report's figures computed row by row in plain Python: the benchmark's baseline.

Reads every event of the period once and counts in dictionaries, with the same
rules as :func:`kiosk.insight.figures.compute`; tests check both agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from kiosk.insight import events as ev
from kiosk.insight.figures import HELP, Connection, Figures, finish

_STEP_COLUMN = {ev.STEP_ENTERED: 0, ev.JOURNEY_ABANDONED: 1, ev.CALL_STAFF: 2, ev.QUIET_CHECK: 2}
_COUNTED = {ev.HELP_REASON: "help_reasons", ev.VOICE_TURN: "voice", ev.FAULT: "faults"}


def compute_plain(
    conn: Connection,
    start: date,
    end: date,
    *,
    target_minutes: int = 15,
    order: Mapping[str, Sequence[str]] | None = None,
) -> Figures:
    """Same result as :func:`kiosk.insight.figures.compute`, one row at a time."""
    tally = _Tally(Figures(start, end, target_minutes))
    cursor = conn.execute(
        "SELECT kind, minute, service, journey, step, detail, value, staff FROM events "
        "WHERE day BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    )
    for row in cursor:
        tally.add(*row)
    figures, per_service = tally.figures, tally.per_service
    figures.issued = sum(b.get(ev.TICKET_ISSUED, 0) for b in per_service.values())
    figures.served = sum(b.get(ev.TICKET_SERVED, 0) for b in per_service.values())
    figures.no_shows = sum(b.get(ev.TICKET_NO_SHOW, 0) for b in per_service.values())
    figures.walk_outs = sum(b.get(ev.WALK_OUT, 0) for b in per_service.values())
    if figures.empty:
        return figures
    return finish(
        figures, tally.waits, per_service, tally.steps, tally.journey_totals, tally.ratings,
        tally.thanks, order or {},
    )  # fmt: skip


class _Tally:
    """The dictionaries one pass over the events fills."""

    def __init__(self, figures: Figures) -> None:
        self.figures = figures
        self.per_service: dict[str, dict[str, int]] = {}
        self.waits: dict[str, list[float]] = {}
        self.steps: dict[str, dict[str, list[int]]] = {}
        self.journey_totals: dict[str, list[int]] = {}
        self.ratings: dict[str, list[float]] = {}
        self.thanks: dict[str, int] = {}

    def add(self, kind: str, minute: int, service: str | None, journey: str | None,
            step: str | None, detail: str | None, value: float | None,
            staff: str | None) -> None:  # fmt: skip
        """Count one event."""
        figures = self.figures
        figures.events += 1
        if kind.startswith("ticket_"):
            self._ticket(kind, minute, service or ev.OTHER, detail, value)
        elif kind in _STEP_COLUMN and journey is not None and step is not None:
            self.steps.setdefault(journey, {}).setdefault(step, [0, 0, 0])[_STEP_COLUMN[kind]] += 1
        elif kind == ev.JOURNEY_FINISHED and journey is not None:
            self.journey_totals.setdefault(journey, [0, 0])[1] += 1
        elif kind in _COUNTED:
            counts: dict[str, int] = getattr(figures, _COUNTED[kind])
            key = detail or ev.OTHER
            counts[key] = counts.get(key, 0) + 1
        elif kind == ev.RATING and staff is not None:
            if value is not None:
                self.ratings.setdefault(staff, []).append(value)
            if detail == ev.THANKED:
                self.thanks[staff] = self.thanks.get(staff, 0) + 1

    def _ticket(
        self, kind: str, minute: int, service: str, detail: str | None, value: float | None
    ) -> None:
        figures = self.figures
        if service == HELP:
            figures.help_requests += kind == ev.TICKET_ISSUED
            return
        if kind == ev.TICKET_CALLED:
            if value is not None:
                self.waits.setdefault(service, []).append(value)
            return
        if kind == ev.TICKET_ISSUED:
            figures.arrivals[minute // 30] += 1
        elif kind == ev.TICKET_SERVED:
            figures.served_by_slot[minute // 30] += 1
        elif kind == ev.TICKET_CANCELLED:
            if detail != ev.WALK_OUT:
                return
            kind = ev.WALK_OUT
        elif kind != ev.TICKET_NO_SHOW:
            return
        bucket = self.per_service.setdefault(service, {})
        bucket[kind] = bucket.get(kind, 0) + 1
