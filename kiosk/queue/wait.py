"""How long a customer will wait, as an honest range ("about 5 to 10 minutes").

Pure arithmetic; the store supplies people ahead and recent service times,
the UI turns the catalogue key and values into words.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any

from kiosk.queue.models import WaitEstimate

DEFAULT_SERVICE_SECONDS = 300.0  # until a branch has its own history
MIN_SAMPLES = 3  # fewer recent services than this say little about the next one
SAMPLE_COUNT = 20  # the store passes the last 20 done items …
SAMPLE_DAYS = 7  # … of the last 7 days
COARSE_ABOVE_MINUTES = 15  # beyond this, minute precision would be false precision
COARSE_STEP = 5
_EPSILON = 1e-9  # 1.3 * 10 is 13.000000000000002 in floating point


def typical_service_seconds(recent_service_seconds: Sequence[float]) -> float:
    """Median of recent service durations, or the default when there are too few."""
    samples = [s for s in recent_service_seconds if math.isfinite(s) and s > 0]
    if len(samples) < MIN_SAMPLES:
        return DEFAULT_SERVICE_SECONDS
    return float(statistics.median(samples))


def estimate_wait(
    ahead: int, recent_service_seconds: Sequence[float], counters: int = 1
) -> WaitEstimate:
    """A range of whole minutes for someone with ``ahead`` people before them.

    expected = ahead × median service time / counters; the range is
    floor(0.8 × expected) … ceil(1.3 × expected) + 1 minutes, the low end at
    least 1 when anyone is ahead, and both rounded outwards to 5-minute steps
    above 15 minutes.

    Args:
        ahead: People waiting before this customer in the same queue.
        recent_service_seconds: Durations (serving → done) of recent services.
        counters: Staff serving this queue in parallel.

    Returns:
        The estimate; ``low_minutes`` is 0 when nobody is ahead.
    """
    ahead = max(0, ahead)
    counters = max(1, counters)
    expected = ahead * typical_service_seconds(recent_service_seconds) / counters / 60
    low = math.floor(0.8 * expected + _EPSILON)
    if ahead > 0:
        low = max(1, low)
    high = math.ceil(1.3 * expected - _EPSILON) + 1
    if low > COARSE_ABOVE_MINUTES:
        low = low // COARSE_STEP * COARSE_STEP  # round down: never promise too little
    if high > COARSE_ABOVE_MINUTES:
        high = -(-high // COARSE_STEP) * COARSE_STEP  # round up
    return WaitEstimate(ahead=ahead, low_minutes=low, high_minutes=high)


def wait_words(estimate: WaitEstimate) -> tuple[str, dict[str, Any]]:
    """The catalogue key and values for the UI to say the estimate.

    Returns:
        ``("wait.none", {})`` when nobody is ahead, else
        ``("wait.range", {"low": …, "high": …})``.
    """
    if estimate.ahead == 0:
        return "wait.none", {}
    return "wait.range", {"low": estimate.low_minutes, "high": estimate.high_minutes}
