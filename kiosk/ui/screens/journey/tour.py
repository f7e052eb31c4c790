"""Believable sample data on a journey step for ``kiosk tour``."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.journeys.engine import Answers, counter_service
from kiosk.journeys.model import Effect, InputKind, Journey, Step
from kiosk.queue import samples
from kiosk.queue.models import SERIES
from kiosk.services.customer_queue import HelpView
from kiosk.ui.widgets.text_keyboard import TextKeyboard
from kiosk.ui.widgets.ticket_card import TicketCard

TOUR_FOUND = {
    "name": "Mrs Wang", "time": "10:30", "topic": "pension", "number": "A012",
    "day": "2026-12-03", "code": "K7F3QM",
}  # fmt: skip
# The booking's greeting as a bank's system in each country would hold it (the
# check-in page adds "님" in Korean itself).
TOUR_GREETED = {"en": "Mrs Wang", "zh_CN": "王女士", "ko": "김영자"}
# A name typed in each language, for the tour (Chinese: one more character half-typed).
TOUR_NAMES = {"en": "Mary O'Brien", "zh_CN": "王秀英", "ko": "김민수"}
TOUR_PINYIN = "xiu"  # typed after 王 on the name step, its characters offered


@dataclass(frozen=True)
class Staged:
    """What the screen keeps from the staging.

    Attributes:
        half_typed: Letters are half-typed on the keyboard: entering the step
            must not drop them.
        help: The help request the step says staff are answering, if it called them.
    """

    half_typed: bool = False
    help: HelpView | None = None


def stage(
    journey: Journey,
    step: Step,
    answers: Answers,
    locale: str,
    keyboard: TextKeyboard,
    ticket: TicketCard,
) -> Staged:
    """Every answer typed, what the kiosk found, and the number a step shows."""
    _type_answers(journey, step, answers, locale)
    spec = step.field
    half_typed = False
    if spec is not None and spec.input == InputKind.NAME:
        if locale == "zh_CN":
            answers.typing[spec.name] = answers.typing[spec.name][:1]
        keyboard.set_locale(locale)
        keyboard.restart(answers.typing[spec.name])
        if locale == "zh_CN":  # show the characters offered for half-typed pinyin
            for letter in TOUR_PINYIN:
                keyboard.key(letter).click()
            half_typed = True
    answers.found.update(TOUR_FOUND, name=TOUR_GREETED.get(locale, TOUR_FOUND["name"]))
    waiting = None
    if step.effect == Effect.HELP_REQUEST:  # as in a branch: staff called, not offline
        waiting = HelpView("waiting", samples.item(3, "H", 3, kiosk_id="kiosk-1"))
    _show_number(ticket, journey, step, answers)
    answers.draft = "ready"
    return Staged(half_typed, waiting)


def _type_answers(journey: Journey, step: Step, answers: Answers, locale: str) -> None:
    typed_samples = {"phone": "13812345678", "date": "19480512"}
    typed_samples["name"] = TOUR_NAMES.get(locale, TOUR_NAMES["en"])
    for name, each in journey.fields().items():
        sample = typed_samples.get(each.input.value, "2468")
        # The same journey is toured in every language: a name follows the language.
        if each.input == InputKind.NAME:
            answers.values[name] = sample
        answers.values.setdefault(name, sample)
    spec = step.field
    if spec is not None:
        whole = answers.values[spec.name]
        answers.typing[spec.name] = whole if spec.input == InputKind.NAME else whole[:5]


def _show_number(ticket: TicketCard, journey: Journey, step: Step, answers: Answers) -> None:
    """A booking's priority number, a ticket, or a form's number carrying its code."""
    if step.shows_number:
        ticket.show_ticket(samples.item(7, "E", 7, service="wealth", priority=True), printed=False)
        ticket.show_estimate(samples.ESTIMATE)
    elif step.effect in (Effect.TICKET, Effect.FORM_DRAFT):
        if step.effect == Effect.TICKET:
            number = samples.item(7, "A", 7, service="cash")
        else:  # a form's number, for its counter, carrying the form's code
            service = counter_service(journey, answers)
            context = {"draft_code": TOUR_FOUND["code"], "journey": journey.id}
            number = samples.item(7, SERIES[service], 7, service=service, context=context)
        ticket.show_ticket(number, printed=False)
        ticket.show_estimate(samples.ESTIMATE)
