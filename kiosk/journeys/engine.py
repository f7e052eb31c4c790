"""Moving through a journey: which step comes next, and what the customer has answered.

The engine is pure: it takes the current step and what the customer did, and
returns the next step id (or a :class:`Problem` in words). The session keeps
the :class:`Answers`, so they survive Back, a language switch, and a visit to
the review page.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date

from kiosk.core import ids
from kiosk.journeys.model import Journey, Reply, Step, StepKind
from kiosk.journeys.validators import Problem, check, clean


@dataclass
class Answers:
    """One journey's answers so far, and where an edit from the review returns to."""

    values: dict[str, str] = field(default_factory=dict)
    typing: dict[str, str] = field(default_factory=dict)  # half-typed, per field
    chosen: dict[str, str] = field(default_factory=dict)  # choice step id → option id
    return_to: str | None = None
    # Filled in by the kiosk, not typed: a form draft's code, a booking's details.
    found: dict[str, str] = field(default_factory=dict)
    draft: str = ""  # "" (none yet), "pending", "ready" or "offline"
    # Yes/no question id → "yes", "no" or "unsure", in the order first asked
    # (staff see which warning signs were answered yes or not sure).
    replies: dict[str, str] = field(default_factory=dict)
    # After "Not sure": (the detour step, where its Next goes on to).
    detour: tuple[str, str] | None = None
    # Names this visit to the journey for the store: writing its form again
    # (Back and on again) updates the same draft and keeps the same number.
    request_key: str = field(default_factory=lambda: secrets.token_hex(8))


class JourneyError(ValueError):
    """The customer did something this step does not offer (a bug, not bad input)."""


def choose(journey: Journey, step: Step, option_id: str, answers: Answers | None = None) -> str:
    """The step an option leads to; the choice is kept in ``answers`` (a ticket's service)."""
    if step.kind != StepKind.CHOICE:
        raise JourneyError(f"{journey.id}.{step.id} is not a choice")
    for option in step.options:
        if option.id == option_id:
            if answers is not None:
                answers.chosen[step.id] = option_id
            return option.next
    raise JourneyError(f"{journey.id}.{step.id} has no option {option_id!r}")


def answer(journey: Journey, step: Step, reply: Reply, answers: Answers | None = None) -> str:
    """Where a reply to a yes/no question leads; the reply is kept in ``answers``.

    "Not sure" (only where the step has ``unsure``) leads to that step; when it
    is an info step, its Next later goes on to where "No" would have led, so
    one "not sure" page serves every question.
    """
    if step.kind != StepKind.YES_NO or step.yes is None or step.no is None:
        raise JourneyError(f"{journey.id}.{step.id} is not a yes/no question")
    if reply == Reply.UNSURE and step.unsure is None:
        raise JourneyError(f"{journey.id}.{step.id} has no 'not sure' answer")
    if answers is not None:
        answers.replies[step.id] = reply.value
    if reply == Reply.UNSURE and step.unsure is not None:
        if answers is not None:
            answers.detour = (step.unsure, step.no)
        return step.unsure
    return step.yes if reply == Reply.YES else step.no


def go_on(journey: Journey, step: Step, answers: Answers | None = None) -> str:
    """Next from an info or review step (from a "not sure" detour: back on the way)."""
    # The detour is kept (not cleared), so Back onto it and Next again still works.
    if answers is not None and answers.detour is not None and answers.detour[0] == step.id:
        return answers.detour[1]
    if step.next is None:
        raise JourneyError(f"{journey.id}.{step.id} has no next step")
    return step.next


def submit(
    journey: Journey, step: Step, answers: Answers, today: date | None = None
) -> str | Problem:
    """Check the typed answer; keep it and move on, or say what is wrong."""
    spec = step.field
    if step.kind != StepKind.FIELD or spec is None:
        raise JourneyError(f"{journey.id}.{step.id} is not a field")
    typed = answers.typing.get(spec.name, "")
    problem = check(spec, typed, today)
    if problem is not None:
        return problem
    answers.values[spec.name] = clean(spec, typed)
    if answers.return_to is not None:  # changed from the review page: back there
        target, answers.return_to = answers.return_to, None
        return target
    return go_on(journey, step)


def outcome(journey: Journey, step: Step, result: str) -> str:
    """Where a lookup's result (``found``, ``not_found``, ``not_today``) leads."""
    for name, target in step.outcomes:
        if name == result:
            return target
    raise JourneyError(f"{journey.id}.{step.id} has no outcome {result!r}")


def edit(journey: Journey, review: Step, field_name: str, answers: Answers) -> str:
    """From the review page to the step that asks ``field_name``, and back after."""
    if review.kind != StepKind.REVIEW or field_name not in review.review:
        raise JourneyError(f"{journey.id}.{review.id} does not review {field_name!r}")
    answers.return_to = review.id
    answers.typing[field_name] = answers.values.get(field_name, "")
    return journey.step_for_field(field_name).id


def counter_service(journey: Journey, answers: Answers) -> str:
    """The queue a form's number is for: a service the customer chose on the way
    (open_account's "A bank card" → ``card``), else the journey's own."""
    chosen = set(answers.chosen.values())
    return next((s for s in ids.QUEUE_SERVICES if s in chosen), journey.service)


def ticket_request(answers: Answers) -> tuple[str, str]:
    """The service and priority reason ("" for none) the customer chose on the way."""
    chosen = set(answers.chosen.values())
    service = next((s for s in ids.QUEUE_SERVICES if s in chosen), "general")
    reason = next((r for r in ids.PRIORITY_REASONS if r in chosen), "")
    return service, reason
