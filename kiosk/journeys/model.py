"""What a journey is made of: steps of a few kinds, and where each one leads."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.journey_menus import MenuEntry


class StepKind(StrEnum):
    INFO = "info"  # words (and maybe a picture); Next
    CHOICE = "choice"  # up to six options, each leading somewhere
    YES_NO = "yes_no"  # a plain question (Yes, No, and "Not sure" where it has ``unsure``)
    FIELD = "field"  # one answer typed on the big keypad (or keyboard), checked in words
    REVIEW = "review"  # every answer read back, each one changeable
    RESULT = "result"  # the end: what happens now (a code, a number, a warning)


class InputKind(StrEnum):
    NUMBER = "number"
    PHONE = "phone"
    DATE = "date"
    CODE = "code"
    NAME = "name"  # a person's name, typed on the on-screen keyboard of the locale


NAME_DEFAULT_LENGTH = 30
NAME_MAX_LENGTH = 60  # the most a name field may allow (a long name on a passport)


class Effect(StrEnum):
    """What a step does when the customer reaches it (carried out by the kiosk)."""

    NONE = "none"
    HELP_REQUEST = "help_request"  # a priority help request with the journey's reason
    FORM_DRAFT = "form_draft"  # the answers become a draft with a short code and a QR
    CHECK_IN = "check_in"  # (on a field) look the booking code up; found/not_found/not_today
    # (on a result) take a queue number for the service chosen on the way, with
    # priority if a priority reason was chosen (option ids from DESIGN.md).
    TICKET = "ticket"


MAX_OPTIONS = 6


class Reply(StrEnum):
    """An answer to a yes/no question, kept for the staff's context card."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Option:
    id: str
    next: str
    icon: str = ""  # an icon from assets/icons beside the words
    words: str = ""  # a catalogue key, when the words are shared (default: the step's option.<id>)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    input: InputKind
    min_length: int = 1
    max_length: int = 12
    sensitive: bool = False  # never spoken, never stored in the context card


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    next: str | None = None
    yes: str | None = None
    no: str | None = None
    options: tuple[Option, ...] = ()
    field: FieldSpec | None = None
    review: tuple[str, ...] = ()  # field names read back on a review step
    effect: Effect = Effect.NONE
    tone: str = "calm"  # "warning" draws a strong, calm warning
    picture: str = ""  # an icon from assets/icons, or guide.<id> for a drawn picture guide
    again: str | None = None  # "Show me again" goes back to this step (picture guides)
    # "Not sure" on a yes/no question leads here. An info step reached this way is
    # a detour: its Next goes on to where "No" would have led.
    unsure: str | None = None
    # A big "ask a member of staff" button comes first; the step's own way on
    # (Next, Finish) is drawn smaller beneath it.
    offer_staff: bool = False
    # Where a lookup's outcome leads (check-in): "found", "not_found", "not_today".
    outcomes: tuple[tuple[str, str], ...] = ()
    # A result that shows the customer's queue number (check-in's welcome): the
    # number is the largest thing on it.
    shows_number: bool = False

    def onward(self) -> list[str]:
        """Every step a tap can lead to from here (not "Show me again", which goes back)."""
        targets = [self.next, self.yes, self.no, self.unsure]
        targets += [o.next for o in self.options]
        targets += [target for _, target in self.outcomes]
        return [t for t in targets if t]


@dataclass(frozen=True)
class Journey:
    id: str
    first: str
    steps: dict[str, Step] = field(default_factory=dict)
    help_reason: str = "other"  # what Call staff reports from inside this journey
    form: str = ""  # the paper form this journey replaces (form drafts)
    # The queue a form draft's number is for (the counter that handles the form).
    service: str = "general"
    # Where its tile is and which intent starts it (docs/journeys.md).
    entry: MenuEntry | None = None

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def fields(self) -> dict[str, FieldSpec]:
        return {s.field.name: s.field for s in self.steps.values() if s.field is not None}

    def step_for_field(self, name: str) -> Step:
        return next(s for s in self.steps.values() if s.field is not None and s.field.name == name)
