"""A clock for store tests (a module, not conftest: conftest names clash across folders)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# A branch eight hours ahead of UTC, so "local day" and "UTC day" differ near midnight.
BRANCH_TZ = timezone(timedelta(hours=8))


class FakeClock:
    """Returns the same moment until the test advances it."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment
