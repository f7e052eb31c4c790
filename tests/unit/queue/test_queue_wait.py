"""Wait estimates: median service time, honest ranges, words for the UI."""

from __future__ import annotations

import math

import pytest

from kiosk.queue.models import WaitEstimate
from kiosk.queue.wait import estimate_wait, typical_service_seconds, wait_words


def minutes(ahead: int, samples: list[float], counters: int = 1) -> tuple[int, int]:
    e = estimate_wait(ahead, samples, counters)
    return e.low_minutes, e.high_minutes


def test_nobody_ahead() -> None:
    estimate = estimate_wait(0, [600, 600, 600])
    assert estimate == WaitEstimate(ahead=0, low_minutes=0, high_minutes=1)
    assert wait_words(estimate) == ("wait.none", {})


def test_too_few_samples_use_five_minutes() -> None:
    assert typical_service_seconds([60, 60]) == 300
    assert minutes(1, [60, 60]) == (4, 8)  # 5 min → floor(4.0) … ceil(6.5) + 1


def test_the_median_of_recent_services_is_used() -> None:
    assert typical_service_seconds([60, 120, 6000]) == 120  # one long case does not skew it
    assert minutes(3, [60, 120, 6000]) == (4, 9)  # 6 min → floor(4.8) … ceil(7.8) + 1


def test_unusable_samples_are_ignored() -> None:
    assert typical_service_seconds([0, -5, math.nan, math.inf, 60, 60]) == 300


def test_counters_share_the_queue() -> None:
    assert minutes(2, [], counters=2) == (4, 8)
    assert minutes(2, [], counters=0) == minutes(2, [], counters=1)  # never divide by zero


def test_someone_ahead_means_at_least_a_minute() -> None:
    assert minutes(1, [10, 10, 10]) == (1, 2)


def test_exact_products_are_not_pushed_up_by_rounding_errors() -> None:
    assert minutes(2, []) == (8, 14)  # 1.3 × 10 is 13, not 13.000000000000002


def test_long_waits_are_rounded_outwards_to_five_minutes() -> None:
    assert minutes(4, []) == (15, 30)  # 20 min → 16 … 27 → 15 … 30
    assert minutes(12, []) == (45, 80)  # 60 min → 48 … 79 → 45 … 80


@pytest.mark.parametrize("counters", [1, 2, 3])
@pytest.mark.parametrize("median", [45.0, 200.0, 300.0, 731.0])
def test_ranges_are_sane_for_any_queue(counters: int, median: float) -> None:
    previous = (0, 0)
    for ahead in range(1, 40):
        low, high = minutes(ahead, [median] * 5, counters)
        assert 1 <= low < high
        assert low >= previous[0] and high >= previous[1]  # more people, never shorter
        if low > 15:
            assert low % 5 == 0
        if high > 15:
            assert high % 5 == 0
        previous = (low, high)


def test_words_for_a_range() -> None:
    assert wait_words(estimate_wait(1, [])) == ("wait.range", {"low": 4, "high": 8})
    assert wait_words(WaitEstimate(3, 10, 20))[1] == {"low": 10, "high": 20}
