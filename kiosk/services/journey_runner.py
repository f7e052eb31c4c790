"""Runs the data-driven journeys: taps become engine calls, answers live in the session."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.core import ids
from kiosk.core.session import Session
from kiosk.journeys import engine
from kiosk.journeys.booking_code import code_from_scan
from kiosk.journeys.engine import Answers
from kiosk.journeys.keys import apply_key
from kiosk.journeys.model import Effect, Journey, Reply, Step
from kiosk.journeys.validators import Problem, check

log = logging.getLogger(__name__)

DRAFTS_KEY = "journeys"
CHECK_IN = "check_in"
# Pages the fixed bar opens over whatever the customer was doing.
_BAR_PAGES = frozenset({ids.ASSISTANT, ids.LANGUAGE})


def parse(screen_id: str) -> tuple[str, str] | None:
    """``journey.<journey>.<step>`` → (journey, step)."""
    parts = screen_id.split(".")
    if len(parts) == 3 and parts[0] == "journey":
        return parts[1], parts[2]
    return None


class JourneyRunner(QObject):
    """Knows the journeys and this session's answers; tells the controller where to go.

    Args:
        journeys: Loaded journeys by id.
        session: The customer's session (answers are kept in its drafts).
        go: Shows a screen id (the session controller's navigation).

    Signals:
        answers_did_change(): something typed or answered; redraw the step.
        problem_did_arise(object): a :class:`Problem` to show and say, or None.
        help_was_needed(str): a step asks for a help request with this reason ("" for
            none: the customer may tell staff why on the help screen).
        draft_was_needed(str, str, dict, str, str): journey, form and answers for a
            form draft, the queue service for its number, and the visit's request key.
        lookup_was_needed(str, str): journey and the booking code to check in.
        ticket_was_needed(str, str): a queue number for this service, with this
            priority reason ("" for none).
    """

    answers_did_change = Signal()
    problem_did_arise = Signal(object)
    help_was_needed = Signal(str)
    draft_was_needed = Signal(str, str, dict, str, str)
    lookup_was_needed = Signal(str, str)
    ticket_was_needed = Signal(str, str)

    def __init__(
        self,
        journeys: Mapping[str, Journey],
        session: Session,
        go: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.journeys = dict(journeys)
        self.session = session
        self._go = go

    # -- reading ----------------------------------------------------------------
    def first_screen(self, journey_id: str) -> str:
        return ids.journey_screen(journey_id, self.journeys[journey_id].first)

    def where(self) -> tuple[Journey, Step] | None:
        parsed = parse(self.session.current)
        if parsed is None or parsed[0] not in self.journeys:
            return None
        journey = self.journeys[parsed[0]]
        return (journey, journey.step(parsed[1])) if parsed[1] in journey.steps else None

    def unsaved_form(self) -> str | None:
        """The form journey in view when it holds typed answers not yet saved as a draft.

        Start again asks "Leave this form?" only then: nothing typed, or a draft
        already stored (its code is on the screen), loses nothing.
        """
        journey = self._form_underneath()
        if journey is None:
            return None
        answers = self.answers(journey.id)
        if answers.draft in ("pending", "ready"):
            return None
        typed = any(v.strip() for v in answers.typing.values()) or any(answers.values.values())
        return journey.id if typed else None

    def _form_underneath(self) -> Journey | None:
        """The form journey the customer is in, looking through the bar's own pages.

        Typing to the assistant or choosing a language from the bar mid-form
        leaves the form underneath; Start again from there would still lose it.
        """
        for screen_id in reversed(self.session.history):
            if screen_id in _BAR_PAGES:
                continue
            parsed = parse(screen_id)
            journey = self.journeys.get(parsed[0]) if parsed else None
            return journey if journey is not None and journey.form else None
        return None

    def answers(self, journey_id: str) -> Answers:
        store: dict[str, Answers] = self.session.drafts.setdefault(DRAFTS_KEY, {})
        return store.setdefault(journey_id, Answers())

    def context(self) -> dict[str, Any]:
        """For the staff's context card: journey, step, reason and what was typed."""
        here = self.where()
        if here is None:
            return {}
        journey, step = here
        # What was chosen or answered (a ticket's service, what happened to a card,
        # a fraud check's yes / no / unsure) as "step=answer" ids staff words turn
        # into sentences, and what was typed.
        answers = self.answers(journey.id)
        chosen = [f"{k}={v}" for k, v in {**answers.chosen, **answers.replies}.items()]
        typed = [f"{k}: {v}" for k, v in self.form_values(journey).items()]
        return {"journey": journey.id, "step": step.id, "chosen": chosen, "typed": typed}

    def waits_for_staff(self, screen_id: str) -> bool:
        """A step that called staff (the fraud warning) stays until they come: no idle wipe."""
        parsed = parse(screen_id)
        journey = self.journeys.get(parsed[0]) if parsed is not None else None
        if parsed is None or journey is None or parsed[1] not in journey.steps:
            return False
        return journey.step(parsed[1]).effect == Effect.HELP_REQUEST

    # -- actions (from taps or, later, spoken intents) ---------------------------
    def handlers(self) -> dict[str, Callable[[str], None]]:
        return {
            "journey_start": lambda j: self.start(j),
            "journey_next": lambda _: self._move(
                lambda j, s: engine.go_on(j, s, self.answers(j.id))
            ),
            "journey_choose": lambda o: self._move(
                lambda j, s: engine.choose(j, s, o, self.answers(j.id))
            ),
            "journey_yes": lambda _: self._reply(Reply.YES),
            "journey_no": lambda _: self._reply(Reply.NO),
            "journey_unsure": lambda _: self._reply(Reply.UNSURE),
            "journey_staff": lambda _: self.ask_staff(),
            "journey_key": self.key,
            "journey_text": self.type_text,
            "journey_submit": lambda _: self.submit(),
            "journey_edit": self.edit,
            "journey_again": lambda _: self._move(lambda j, s: s.again or j.first),
        }

    def start(self, journey_id: str) -> None:
        if journey_id not in self.journeys:
            log.error("no journey %r", journey_id)
            return
        self.session.drafts.setdefault(DRAFTS_KEY, {})[journey_id] = Answers()
        self._enter(self.first_screen(journey_id))

    def ask_staff(self) -> None:
        """The big "ask a member of staff" button of an ``offer_staff`` step.

        Staff are told the journey's reason (possible fraud, from the fraud
        check), with the context card of this step; then the help screen shows.
        """
        here = self.where()
        if here is None:
            return
        journey = here[0]
        # "other" is the default for journeys that name none: let the customer say.
        self.help_was_needed.emit("" if journey.help_reason == "other" else journey.help_reason)
        self._go(ids.HELP_REQUESTED)

    def key(self, key: str) -> None:
        here = self.where()
        spec = here[1].field if here is not None else None
        if here is None or spec is None:
            return
        journey = here[0]
        answers = self.answers(journey.id)
        typed = answers.typing.get(spec.name, "")
        answers.typing[spec.name] = apply_key(typed, key, spec.max_length)
        self.problem_did_arise.emit(None)
        self.answers_did_change.emit()

    def type_text(self, text: str) -> None:
        """A name field's whole text, as the on-screen keyboard composed it."""
        here = self.where()
        spec = here[1].field if here is not None else None
        if here is None or spec is None:
            return
        journey = here[0]
        self.answers(journey.id).typing[spec.name] = text[: spec.max_length]
        self.problem_did_arise.emit(None)
        self.answers_did_change.emit()

    def submit(self) -> None:
        here = self.where()
        if here is None:
            return
        journey, step = here
        if step.effect == Effect.CHECK_IN and step.field is not None:
            self._look_up(journey, step)
            return
        outcome = engine.submit(journey, step, self.answers(journey.id))
        if isinstance(outcome, Problem):
            self.problem_did_arise.emit(outcome)
            return
        self.problem_did_arise.emit(None)
        self._enter(ids.journey_screen(journey.id, outcome))

    def _look_up(self, journey: Journey, step: Step) -> None:
        """A booking code: check it here, then ask the kiosk to look it up."""
        spec = step.field
        if spec is None:
            return
        answers = self.answers(journey.id)
        typed = answers.typing.get(spec.name, "")
        problem = check(spec, typed)
        self.problem_did_arise.emit(problem)
        if problem is None:
            answers.values[spec.name] = typed
            self.lookup_was_needed.emit(journey.id, typed)

    def scan_booking(self, text: str) -> bool:
        """A scanned QR: a booking's code starts (or continues) check-in and is looked up.

        Call it only where :func:`kiosk.journeys.booking_code.scan_allowed` says so.
        The scan skips the keypad's digits-only check: the code came from the
        bank's own QR, and the bookings store decides whether it exists.

        Returns:
            False, doing nothing, when the text is no booking code (or there is
            no check-in journey); the caller says so to the customer.
        """
        code = code_from_scan(text)
        journey = self.journeys.get(CHECK_IN)
        if code is None or journey is None:
            return False
        step = next((s for s in journey.steps.values() if s.effect == Effect.CHECK_IN), None)
        if step is None or step.field is None:
            return False
        here = self.where()
        if here is None or (here[0].id, here[1].id) != (CHECK_IN, step.id):
            self.start(CHECK_IN)  # from anywhere else, a fresh check-in
            if step.id != journey.first:
                self._enter(ids.journey_screen(CHECK_IN, step.id))
        answers = self.answers(CHECK_IN)
        answers.typing[step.field.name] = code
        answers.values[step.field.name] = code
        self.problem_did_arise.emit(None)
        self.answers_did_change.emit()
        self.lookup_was_needed.emit(CHECK_IN, code)
        return True

    def lookup_did_finish(self, journey_id: str, result: str, found: dict[str, str]) -> None:
        """The booking lookup answered: go where the journey says for that result."""
        here = self.where()
        if here is None or here[0].id != journey_id:
            return  # the customer has moved on meanwhile
        journey, step = here
        if not any(name == result for name, _ in step.outcomes):
            # An answer to an earlier try (the code sent twice), arriving after the first
            # answer already moved the customer on: stale, not a step to leave.
            return
        self.answers(journey_id).found.update(found)
        self._enter(ids.journey_screen(journey_id, engine.outcome(journey, step, result)))

    def draft_did_finish(self, journey_id: str, code: str | None) -> None:
        """The form draft was stored (its code) or could not be (shown on screen instead)."""
        answers = self.answers(journey_id)
        answers.draft = "ready" if code else "offline"
        if code:
            answers.found["code"] = code
        self.answers_did_change.emit()

    def edit(self, field_name: str) -> None:
        here = self.where()
        if here is None:
            return
        journey, step = here
        target = engine.edit(journey, step, field_name, self.answers(journey.id))
        self._enter(ids.journey_screen(journey.id, target))

    # -- internals ----------------------------------------------------------------
    def _reply(self, reply: Reply) -> None:
        self._move(lambda j, s: engine.answer(j, s, reply, self.answers(j.id)))

    def _move(self, pick: Callable[[Journey, Step], str]) -> None:
        here = self.where()
        if here is None:
            return
        journey, step = here
        try:
            target = pick(journey, step)
        except engine.JourneyError:
            log.exception("journey action does not fit this step")
            return
        self._enter(ids.journey_screen(journey.id, target))

    def _enter(self, screen_id: str) -> None:
        self._go(screen_id)
        here = self.where()
        if here is None:
            return
        journey, step = here
        if step.effect == Effect.HELP_REQUEST:
            self.help_was_needed.emit(journey.help_reason)
        elif step.effect == Effect.FORM_DRAFT:
            self.answers(journey.id).draft = "pending"
            answers = self.answers(journey.id)
            self.draft_was_needed.emit(
                journey.id,
                journey.form,
                self.form_values(journey),
                engine.counter_service(journey, answers),
                answers.request_key,
            )
        elif step.effect == Effect.TICKET:
            self.ticket_was_needed.emit(*engine.ticket_request(self.answers(journey.id)))

    def form_values(self, journey: Journey) -> dict[str, Any]:
        """Answers fit to hand over: sensitive fields never leave the kiosk."""
        fields = journey.fields()
        values = self.answers(journey.id).values
        return {k: v for k, v in values.items() if k in fields and not fields[k].sensitive}
