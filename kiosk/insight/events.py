"""The event record's vocabulary, and the rule that nothing personal gets in.

An event names *what* happened and *where* (a screen, a journey step, a queue
service), never *who*: no names, numbers, words said or typed. Every text
field is checked against a pattern of code ids (``journey.take_ticket.service``,
``cash``, ``printer_paper``); anything else is replaced by ``"other"`` before it
can reach the store, so a bug upstream cannot leak a customer's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Final

# -- kinds written by the kiosk (one session at a time) -----------------------
STEP_ENTERED: Final = "step_entered"
STEP_LEFT: Final = "step_left"  # value: seconds on the step
BACK: Final = "back"
START_AGAIN: Final = "start_again"
TIMEOUT_WARNING: Final = "timeout_warning"
TIMEOUT_ANSWERED: Final = "timeout_answered"
TIMEOUT: Final = "timeout"  # the session was wiped for lack of a touch
JOURNEY_FINISHED: Final = "journey_finished"
JOURNEY_ABANDONED: Final = "journey_abandoned"  # step: where; detail: how they left
CALL_STAFF: Final = "call_staff"
QUIET_CHECK: Final = "quiet_check"
HELP_REASON: Final = "help_reason"  # detail: the reason id
VOICE_TURN: Final = "voice_turn"  # detail: one of VOICE_OUTCOMES
FAULT: Final = "fault"  # detail: one of FAULTS
STUCK_OFFERED: Final = "stuck_offered"  # detail: the trigger
STUCK_ACCEPTED: Final = "stuck_accepted"
STUCK_DECLINED: Final = "stuck_declined"

# -- kinds written by the queue store (in the action's own transaction) -------
TICKET_ISSUED: Final = "ticket_issued"  # service: the queue, or "help"
TICKET_CALLED: Final = "ticket_called"  # value: seconds waited since issued
TICKET_RECALLED: Final = "ticket_recalled"
TICKET_SERVING: Final = "ticket_serving"
TICKET_SERVED: Final = "ticket_served"  # value: seconds from called to done
TICKET_NO_SHOW: Final = "ticket_no_show"
TICKET_CANCELLED: Final = "ticket_cancelled"  # detail "walk_out": never called
TICKET_TRANSFERRED: Final = "ticket_transferred"  # service: the new queue
TICKET_RELEASED: Final = "ticket_released"
RATING: Final = "rating"  # value: 1..3; staff: who served; detail "thanked" or None

KIOSK_KINDS: Final = frozenset(
    {
        STEP_ENTERED,
        STEP_LEFT,
        BACK,
        START_AGAIN,
        TIMEOUT_WARNING,
        TIMEOUT_ANSWERED,
        TIMEOUT,
        JOURNEY_FINISHED,
        JOURNEY_ABANDONED,
        CALL_STAFF,
        QUIET_CHECK,
        HELP_REASON,
        VOICE_TURN,
        FAULT,
        STUCK_OFFERED,
        STUCK_ACCEPTED,
        STUCK_DECLINED,
    }
)
QUEUE_KINDS: Final = frozenset(
    {
        TICKET_ISSUED,
        TICKET_CALLED,
        TICKET_RECALLED,
        TICKET_SERVING,
        TICKET_SERVED,
        TICKET_NO_SHOW,
        TICKET_CANCELLED,
        TICKET_TRANSFERRED,
        TICKET_RELEASED,
        RATING,
    }
)
KINDS: Final = KIOSK_KINDS | QUEUE_KINDS

VOICE_OUTCOMES: Final = ("heard", "understood", "did_you_mean", "missed")
FAULTS: Final = ("printer_paper", "printer_offline", "no_model", "no_microphone", "no_voice")
WALK_OUT: Final = "walk_out"
THANKED: Final = "thanked"

# A code id: lower-case words joined by "_" and ".", as screen ids, journeys,
# steps, services and reasons are. Names, phone numbers and sentences fail it.
_CODE_ID = re.compile(r"[a-z][a-z_]*(?:\.[a-z][a-z0-9_]*)*")
MAX_ID = 80
OTHER: Final = "other"


def code_id(text: object) -> str | None:
    """``text`` if it looks like one of the kiosk's own ids, else ``"other"`` (None stays None).

    Digits are allowed only after the first dotted part (``product.pension.page2``),
    never in the first word, so a number typed by a customer cannot pass.
    """
    if text is None or text == "":
        return None
    if isinstance(text, str) and len(text) <= MAX_ID and _CODE_ID.fullmatch(text):
        return text
    return OTHER


@dataclass(frozen=True)
class Event:
    """One row of the event record.

    Attributes:
        at: When, timezone-aware.
        kind: One of :data:`KINDS`.
        kiosk: The kiosk's configured id (a device, not a person).
        service: A queue service id, or ``"help"``.
        journey: A journey id.
        step: A step id of that journey.
        screen: A screen id.
        detail: A code id that refines the kind (a reason, an outcome, a fault).
        value: Seconds, or a rating.
        staff: The member of staff concerned (staff are named; customers never).
    """

    at: datetime
    kind: str
    kiosk: str | None = None
    service: str | None = None
    journey: str | None = None
    step: str | None = None
    screen: str | None = None
    detail: str | None = None
    value: float | None = None
    staff: str | None = field(default=None)

    def cleaned(self) -> Event:
        """This event with every id field checked (see :func:`code_id`).

        Raises:
            ValueError: ``kind`` is not one of :data:`KINDS` (a programming error).
        """
        if self.kind not in KINDS:
            raise ValueError(f"unknown event kind {self.kind!r}")
        value = self.value
        if value is not None and not isinstance(value, int | float):
            value = None
        return replace(
            self,
            service=code_id(self.service),
            journey=code_id(self.journey),
            step=code_id(self.step),
            screen=code_id(self.screen),
            detail=code_id(self.detail),
            value=None if value is None else float(value),
        )

    def row(self) -> dict[str, object]:
        """The store's columns (``at`` as UTC text, ``day``/``minute`` in local time)."""
        from datetime import UTC

        local = self.at if self.at.tzinfo is not None else self.at.astimezone()
        return {
            "at": local.astimezone(UTC).isoformat(timespec="milliseconds"),
            "day": local.date().isoformat(),
            "minute": local.hour * 60 + local.minute,
            "kind": self.kind,
            "kiosk": self.kiosk,
            "service": self.service,
            "journey": self.journey,
            "step": self.step,
            "screen": self.screen,
            "detail": self.detail,
            "value": self.value,
            "staff": self.staff,
        }


COLUMNS: Final = (
    "at",
    "day",
    "minute",
    "kind",
    "kiosk",
    "service",
    "journey",
    "step",
    "screen",
    "detail",
    "value",
    "staff",
)


# -- the counts the report reads (table ``event_counts``) --------------------------
COUNT_COLUMNS: Final = (
    "day",
    "kind",
    "service",
    "journey",
    "step",
    "detail",
    "staff",
    "slot",
    "value",
)
_PLACE_KINDS = frozenset(
    {STEP_ENTERED, JOURNEY_ABANDONED, CALL_STAFF, QUIET_CHECK, JOURNEY_FINISHED}
)
_DETAIL_KINDS = frozenset({TICKET_CANCELLED, HELP_REASON, VOICE_TURN, FAULT, RATING})
_SLOT_KINDS = frozenset({TICKET_ISSUED, TICKET_SERVED})
NO_SLOT: Final = -1
NO_VALUE: Final = -1.0


def count_key(row: tuple[object, ...]) -> tuple[object, ...]:
    """What the report counts a row (``COLUMNS`` order) under: only what it groups by.

    Waits are kept to the second (percentiles stay exact for the manager to
    check); everything else the report never reads is left out of the key.
    """
    _at, day, minute, kind, _kiosk, service, journey, step, _screen, detail, value, staff = row
    ticket = isinstance(kind, str) and (kind.startswith("ticket_") or kind == RATING)
    place = kind in _PLACE_KINDS
    if kind == TICKET_CALLED and isinstance(value, int | float):
        kept_value = float(round(value))
    elif kind == RATING and isinstance(value, int | float):
        kept_value = float(value)
    else:
        kept_value = NO_VALUE
    return (
        day,
        kind,
        (service or "") if ticket else "",
        (journey or "") if place else "",
        (step or "") if place else "",
        (detail or "") if kind in _DETAIL_KINDS else "",
        (staff or "") if kind == RATING else "",
        int(minute) // 30 if kind in _SLOT_KINDS and isinstance(minute, int) else NO_SLOT,
        kept_value,
    )
