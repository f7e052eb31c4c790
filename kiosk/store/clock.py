"""Time as the store sees it: an injectable clock, UTC timestamps, local days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The current time, timezone-aware, in the machine's local zone."""
    return datetime.now().astimezone()


def aware(moment: datetime) -> datetime:
    """A naive datetime is taken as local time (that is what ``datetime.now()`` gives)."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def stamp(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds: fixed width, so strings sort like times."""
    return aware(moment).astimezone(UTC).isoformat(timespec="milliseconds")


def parse_stamp(text: str) -> datetime:
    return datetime.fromisoformat(text)


def local_day(moment: datetime) -> str:
    """The branch's calendar day (``YYYY-MM-DD``) in the clock's own zone.

    Ticket numbers restart each local day, so this is the clock's wall-clock date,
    not the UTC date.
    """
    return aware(moment).date().isoformat()


def day_text(day: date | str) -> str:
    """Accept a ``date`` or a ``YYYY-MM-DD`` string; refuse anything else."""
    if isinstance(day, date):
        return day.isoformat()
    return date.fromisoformat(day).isoformat()
