"""A realistic, clearly marked demo history for the report (``kiosk demo-data``).

Every demo event comes from a kiosk whose id starts with ``demo`` and the report
says so on its first line. The branch opens 09:00–17:00 Monday to Friday and
09:00–12:00 on Saturday; Monday mornings are busy, pension days (the 15th and
the last working day of the month) bring older customers to the cash counter,
and now and then the printer runs out of paper until someone refills it.
Deterministic for a given seed, so tests can rely on its shape.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from kiosk.insight import events as ev

DEMO_PREFIX = "demo"
KIOSKS = ("demo-door", "demo-hall")
STAFF = ("Wang Li", "Kim Minji", "Sarah Jones", "Chen Hui", "Park Joon")
SERVICES = {"cash": 40, "account": 18, "card": 12, "loan": 8, "wealth": 10, "general": 12}
SERVICE_MINUTES = {"cash": 5, "account": 12, "card": 8, "loan": 20, "wealth": 25, "general": 7}
JOURNEY_SHARE = {
    "take_ticket": 60,
    "check_in": 10,
    "lost_card": 4,
    "update_details": 5,
    "open_account": 4,
    "mobile_banking_help": 8,
    "fraud_check": 3,
}
HELP_REASONS = {"confused": 50, "mobility": 15, "hearing": 15, "fraud": 5, "other": 15}
# Arrivals per half hour on an ordinary weekday, from 09:00.
WEEKDAY_SHAPE = (6, 9, 11, 11, 10, 8, 9, 10, 8, 6, 6, 7, 8, 8, 7, 5)
COUNTERS = 4

Row = tuple[object, ...]


@dataclass(frozen=True)
class JourneyShape:
    """What the generator needs of a journey: its first step, where each leads, results."""

    first: str
    onward: Mapping[str, tuple[str, ...]]
    results: frozenset[str]


def shapes_of(journeys: Mapping[str, object]) -> dict[str, JourneyShape]:
    """Journey models (``kiosk.journeys.model.Journey``) → shapes."""
    out: dict[str, JourneyShape] = {}
    for journey_id, journey in journeys.items():
        steps = getattr(journey, "steps", {})
        out[journey_id] = JourneyShape(
            first=str(getattr(journey, "first", "")),
            onward={sid: tuple(step.onward()) for sid, step in steps.items()},
            results=frozenset(sid for sid, s in steps.items() if str(s.kind) == "result"),
        )
    return out


def is_pension_day(day: date) -> bool:
    """The 15th, and the last weekday of the month."""
    if day.day == 15:
        return True
    last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    while last.weekday() >= 5:
        last -= timedelta(days=1)
    return day == last


def _pick(rng: random.Random, weights: Mapping[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Day:
    """One branch day's rows."""

    def __init__(
        self,
        rng: random.Random,
        day: date,
        zone: tzinfo,
        shapes: dict[str, JourneyShape],
        scale: float = 1.0,
    ):
        self.rng = rng
        self.day = day
        self.zone = zone
        self.shapes = shapes
        self.rows: list[Row] = []
        self.paper_out: tuple[datetime, datetime] | None = None
        self.scale = scale
        counters = max(1, round(COUNTERS * scale))
        self.counters_free = [datetime.combine(day, time(9), zone)] * counters

    def add(self, moment: datetime, kind: str, kiosk: str | None = None, **fields: object) -> None:
        local = moment.astimezone(self.zone)
        self.rows.append(
            (
                moment.astimezone(UTC).isoformat(timespec="milliseconds"),
                local.date().isoformat(),
                local.hour * 60 + local.minute,
                kind,
                kiosk,
                fields.get("service"),
                fields.get("journey"),
                fields.get("step"),
                fields.get("screen"),
                fields.get("detail"),
                fields.get("value"),
                fields.get("staff"),
            )
        )

    def run(self) -> list[Row]:
        weekday = self.day.weekday()
        if weekday == 6:
            return []
        slots = WEEKDAY_SHAPE[:6] if weekday == 5 else WEEKDAY_SHAPE
        pension = is_pension_day(self.day)
        if self.rng.random() < 0.12:  # the printer runs out of paper today
            start = datetime.combine(self.day, time(10), self.zone) + timedelta(
                minutes=self.rng.randint(0, 300)
            )
            self.paper_out = (start, start + timedelta(minutes=self.rng.randint(15, 50)))
        for index, base in enumerate(slots):
            rate = self.scale * base * (1.25 if weekday == 0 and index < 6 else 1.0)
            if weekday == 0 and index < 6:
                rate *= 1.3
            if pension and index < 8:
                rate *= 1.8
            opens = datetime.combine(self.day, time(9), self.zone) + timedelta(minutes=30 * index)
            for _ in range(self._poisson(rate)):
                self.visit(opens + timedelta(seconds=self.rng.uniform(0, 1800)), pension)
        return self.rows

    def _poisson(self, mean: float) -> int:
        # Knuth's method: fine for the small means of a half hour.
        limit, count, product = math.exp(-mean), 0, self.rng.random()
        while product > limit:
            count += 1
            product *= self.rng.random()
        return count

    def visit(self, moment: datetime, pension: bool) -> None:
        rng = self.rng
        kiosk = rng.choice(KIOSKS)
        journey = _pick(rng, JOURNEY_SHARE)
        moment, outcome = self.walk(moment, kiosk, journey)
        if rng.random() < 0.3:  # some customers speak to the kiosk
            for _ in range(rng.randint(1, 3)):
                heard = _pick(rng, {"understood": 72, "did_you_mean": 17, "missed": 11})
                self.add(moment, ev.VOICE_TURN, kiosk, detail="heard")
                self.add(moment, ev.VOICE_TURN, kiosk, detail=heard)
        if outcome == "help":
            self.queue(moment, kiosk, "help")
        elif outcome == "finished" or rng.random() < 0.3:
            weights = dict(SERVICES)
            if pension:
                weights["cash"] *= 2
            service = _pick(rng, weights) if journey in ("take_ticket", "check_in") else "general"
            self.queue(moment, kiosk, service)

    def walk(self, moment: datetime, kiosk: str, journey: str) -> tuple[datetime, str]:
        """The customer's steps through one journey; how it ended."""
        rng = self.rng
        shape = self.shapes.get(journey)
        if shape is None or not shape.first:
            return moment, "finished"
        step, previous = shape.first, None
        for _ in range(12):
            self.add(moment, ev.STEP_ENTERED, kiosk, journey=journey, step=step)
            if step in shape.results:
                self.add(moment, ev.JOURNEY_FINISHED, kiosk, journey=journey, step=step)
                return moment, "finished"
            # Typing steps (forms) take longer and lose more people.
            hard = (
                journey in ("update_details", "open_account", "lost_card") and previous is not None
            )
            seconds = rng.gammavariate(2.0, 14.0 if hard else 6.0)
            moment += timedelta(seconds=seconds)
            roll = rng.random()
            if roll < (0.05 if hard else 0.02):
                self.add(moment, ev.STEP_LEFT, kiosk, journey=journey, step=step, value=seconds)
                self.add(moment, ev.CALL_STAFF, kiosk, journey=journey, step=step)
                reason = _pick(rng, HELP_REASONS)
                self.add(moment, ev.HELP_REASON, kiosk, detail=reason)
                return moment, "help"
            if roll < (0.09 if hard else 0.04):
                how = rng.choice((ev.START_AGAIN, ev.TIMEOUT))
                if how == ev.TIMEOUT:
                    self.add(moment, ev.TIMEOUT_WARNING, kiosk, screen=f"journey.{journey}.{step}")
                self.add(moment, how, kiosk)
                self.add(moment, ev.STEP_LEFT, kiosk, journey=journey, step=step, value=seconds)
                self.add(
                    moment, ev.JOURNEY_ABANDONED, kiosk, journey=journey, step=step, detail=how
                )
                return moment, "abandoned"
            if roll < 0.12 and previous is not None:
                self.add(moment, ev.BACK, kiosk)
                self.add(moment, ev.STEP_LEFT, kiosk, journey=journey, step=step, value=seconds)
                step, previous = previous, None
                continue
            onward = shape.onward.get(step, ())
            if not onward:
                return moment, "finished"
            self.add(moment, ev.STEP_LEFT, kiosk, journey=journey, step=step, value=seconds)
            previous, step = step, rng.choice(onward)
        return moment, "abandoned"

    def queue(self, moment: datetime, kiosk: str, service: str) -> None:
        rng = self.rng
        self.add(moment, ev.TICKET_ISSUED, kiosk, service=service)
        if (
            self.paper_out
            and self.paper_out[0] <= moment <= self.paper_out[1]
            and service != "help"
        ):
            self.add(moment, ev.FAULT, kiosk, detail="printer_paper")
        # The first free counter calls the customer; long waits make some walk out.
        counter = min(range(len(self.counters_free)), key=lambda i: self.counters_free[i])
        called = max(moment + timedelta(seconds=rng.uniform(20, 90)), self.counters_free[counter])
        waited = (called - moment).total_seconds()
        if waited > 30 * 60 and rng.random() < 0.35:
            self.add(
                moment + timedelta(minutes=30),
                ev.TICKET_CANCELLED,
                kiosk,
                service=service,
                detail=ev.WALK_OUT,
            )
            return
        staff = STAFF[(counter + self.day.toordinal()) % len(STAFF)]
        self.add(
            called, ev.TICKET_CALLED, kiosk, service=service, value=round(waited, 1), staff=staff
        )
        if rng.random() < 0.03:
            self.add(
                called + timedelta(minutes=3),
                ev.TICKET_NO_SHOW,
                kiosk,
                service=service,
                staff=staff,
            )
            self.counters_free[counter] = called + timedelta(minutes=3)
            return
        minutes = SERVICE_MINUTES.get(service, 6) if service != "help" else 6
        length = rng.gammavariate(3.0, minutes / 3.0) * 60
        done = called + timedelta(seconds=60 + length)
        self.add(
            called + timedelta(seconds=60), ev.TICKET_SERVING, kiosk, service=service, staff=staff
        )
        self.add(
            done, ev.TICKET_SERVED, kiosk, service=service, value=round(length, 1), staff=staff
        )
        self.counters_free[counter] = done
        if rng.random() < 0.3:
            score = _pick(rng, {"3": 80, "2": 15, "1": 5})
            self.add(done, ev.RATING, kiosk, service=service, value=float(score), staff=staff)
            if score == "3" and rng.random() < 0.4:
                self.add(done, ev.RATING, kiosk, service=service, detail=ev.THANKED, staff=staff)


def demo_rows(
    days: int,
    end: date,
    zone: tzinfo,
    shapes: dict[str, JourneyShape],
    seed: int = 14,
    scale: float = 1.0,
) -> Iterator[list[Row]]:
    """Each day's rows (``events`` columns in order), the ``days`` days up to ``end``.

    ``scale`` multiplies the customers (and the counters serving them): 1 is a
    small branch, 5 a busy one (about two million events a year).
    """
    rng = random.Random(seed)
    for offset in range(days - 1, -1, -1):
        day = end - timedelta(days=offset)
        rows = _Day(rng, day, zone, shapes, scale).run()
        if day.toordinal() % 23 == 0:  # now and then a kiosk starts without its microphone
            rows.append(_fault_row(day, zone, "no_microphone"))
        yield rows


def _fault_row(day: date, zone: tzinfo, fault: str) -> Row:
    moment = datetime.combine(day, time(8, 55), zone)
    return (
        moment.astimezone(UTC).isoformat(timespec="milliseconds"),
        day.isoformat(),
        8 * 60 + 55,
        ev.FAULT,
        KIOSKS[1],
        None,
        None,
        None,
        None,
        fault,
        None,
        None,
    )
