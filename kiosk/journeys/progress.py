"""How far along a journey a step is: "step 3 of 5", as staff would say it. Pure.

A journey is a small graph (choices and yes/no questions branch). The step's
number is how many of the journey's steps the customer has actually passed to
reach it (their way through, when it is known; else the shortest way from the
first step); the total adds the longest way on from it to an end, so the count
never runs past the total on any path.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

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


def _walked(journey: Journey, step_id: str, taken: Sequence[str]) -> int | None:
    """Steps of ``journey`` the customer passed to reach ``step_id`` (counting it).

    ``taken`` is the screens they went through, oldest first (Back removes a
    screen from it); None when its last step of this journey is not ``step_id``.
    """
    prefix = f"journey.{journey.id}."
    run: list[str] = []
    for screen_id in reversed(taken):
        if not screen_id.startswith(prefix):
            if run:
                break
            continue  # screens over the step (help requested …) come after it
        run.append(screen_id.removeprefix(prefix))
    if not run or run[0] != step_id:
        return None
    return len(run)


def position(
    journey: Journey, step_id: str, taken: Sequence[str] | None = None
) -> tuple[int, int] | None:
    """``(number, total)`` of ``step_id`` in ``journey``, both counted from 1.

    Args:
        taken: The screen ids the customer went through (the help context's
            ``steps``): the number then counts their own way, which on a longer
            branch is more than the shortest one.

    Returns:
        None when the step is not part of the journey (an old or unknown id).
    """
    if step_id not in journey.steps:
        return None
    number = _walked(journey, step_id, taken) if taken else None
    if number is None:
        distance = _distance(journey, step_id)
        if distance is None:
            return None
        number = distance + 1
    return number, number + _longest_onward(journey, step_id)
