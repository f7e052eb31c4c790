"""How far along a journey a step is: "step 3 of 5", as staff would say it. Pure.

A journey is a small graph (choices and yes/no questions branch). The step's
number is the shortest way to it from the first step; the total adds the longest
way on from it to an end, so the count never runs past the total on any path.
"""

from __future__ import annotations

from collections import deque

from kiosk.journeys.model import Journey


def _distance(journey: Journey, step_id: str) -> int | None:
    """Steps from the first one to ``step_id`` (0 for the first), or None if unreachable."""
    seen = {journey.first: 0}
    queue = deque([journey.first])
    while queue:
        here = queue.popleft()
        if here == step_id:
            return seen[here]
        step = journey.steps.get(here)
        if step is None:
            continue
        for target in step.onward():
            if target not in seen:
                seen[target] = seen[here] + 1
                queue.append(target)
    return None


def _longest_onward(journey: Journey, step_id: str, path: frozenset[str] = frozenset()) -> int:
    """The most steps still to come after ``step_id`` (a loop is counted once)."""
    step = journey.steps.get(step_id)
    if step is None:
        return 0
    longest = 0
    for target in step.onward():
        if target in path or target == step_id:
            continue
        longest = max(longest, 1 + _longest_onward(journey, target, path | {step_id}))
    return longest


def position(journey: Journey, step_id: str) -> tuple[int, int] | None:
    """``(number, total)`` of ``step_id`` in ``journey``, both counted from 1.

    Returns:
        None when the step is not part of the journey (an old or unknown id).
    """
    if step_id not in journey.steps:
        return None
    distance = _distance(journey, step_id)
    if distance is None:
        return None
    number = distance + 1
    return number, number + _longest_onward(journey, step_id)
