"""One customer's visit, seen as screen changes and bar actions → events.

Qt-free: :class:`kiosk.services.event_recorder.EventRecorder` feeds it the
session controller's signals and a clock; it answers with :class:`Event` lists.
It keeps only ids and times, and forgets everything when the session ends.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime

from kiosk.core import ids
from kiosk.insight import events as ev
from kiosk.insight.events import Event
from kiosk.insight.stuck import OFFER_SCREEN

# Pages shown *over* what the customer was doing: the step underneath is still
# theirs (its clock pauses), and returning to it is not a new visit of the step.
OVERLAYS = frozenset(
    {
        ids.ASSISTANT,
        ids.LANGUAGE,
        ids.HELP_REQUESTED,
        ids.TIMEOUT_WARNING,
        ids.LEAVE_FORM,
        ids.STAFF_SIGN_IN,
        OFFER_SCREEN,
    }
)
# Bar actions worth counting (their argument is never looked at).
COUNTED_ACTIONS = {"back": ev.BACK, "start_again": ev.START_AGAIN}


def journey_step(screen: str) -> tuple[str, str] | None:
    """``journey.<journey>.<step>`` → (journey, step), else None."""
    parts = screen.split(".")
    if len(parts) == 3 and parts[0] == "journey":
        return parts[1], parts[2]
    return None


@dataclass
class _OnStep:
    journey: str
    step: str
    since: datetime
    seconds: float = 0.0
    paused: bool = False


class VisitTracker:
    """Turns one kiosk's screen changes and bar actions into events.

    Args:
        kiosk: This kiosk's id (stamped on every event).
        is_result: Whether (journey, step) is a journey's last step (finished).
        now: The clock (timezone-aware datetimes).
    """

    def __init__(
        self,
        kiosk: str,
        is_result: Callable[[str, str], bool],
        now: Callable[[], datetime],
    ) -> None:
        self.kiosk = kiosk
        self.is_result = is_result
        self.now = now
        self._reset()

    def _reset(self) -> None:
        self.screen = ids.WELCOME
        self._on: _OnStep | None = None
        self._journey: str | None = None  # the journey in progress (not finished)
        self._last_move = ""  # how the customer moved last: back, start_again, …
        self._warned = False

    # -- inputs ------------------------------------------------------------------
    def action(self, name: str) -> list[Event]:
        """A bar action was run (``back``, ``start_again``, ``more_time`` …)."""
        self._last_move = name
        kind = COUNTED_ACTIONS.get(name)
        return [self._event(kind)] if kind is not None else []

    def screen_changed(self, screen: str) -> list[Event]:
        """The screen in view is now ``screen``."""
        out: list[Event] = []
        moment = self.now()
        previous, self.screen = self.screen, screen
        if screen == ids.TIMEOUT_WARNING and previous != screen:
            self._warned = True
            out.append(self._event(ev.TIMEOUT_WARNING, screen=previous))
        elif self._warned and screen != ids.TIMEOUT_WARNING:
            self._warned = False
            if screen == ids.WELCOME:  # the countdown ran out: the session is wiped
                self._last_move = ev.TIMEOUT
                out.append(self._event(ev.TIMEOUT, screen=self._underneath()))
            else:
                out.append(self._event(ev.TIMEOUT_ANSWERED, screen=screen))
        if screen in OVERLAYS:
            self._pause(moment)
            return out
        here = journey_step(screen)
        on = self._on
        if on is not None and here == (on.journey, on.step):
            self._resume(moment)  # back from an overlay to the same step
            return out
        if on is not None:
            out.append(self._left(on, moment))
            self._on = None
        if self._journey is not None and (here is None or here[0] != self._journey):
            out.append(self._abandoned(self._journey, previous_step=on))
            self._journey = None
        if here is not None:
            journey, step = here
            self._on = _OnStep(journey, step, moment)
            out.append(self._event(ev.STEP_ENTERED, journey=journey, step=step, screen=screen))
            if self.is_result(journey, step):
                out.append(self._event(ev.JOURNEY_FINISHED, journey=journey, step=step))
                self._journey = None
            else:
                self._journey = journey
        self._last_move = ""
        return out

    def help_requested(self, context: dict[str, object], *, quiet: bool = False) -> list[Event]:
        """Call staff (or the quiet check); only where it came from is kept."""
        self._last_move = ev.CALL_STAFF
        screen = context.get("screen")
        here = journey_step(screen) if isinstance(screen, str) else None
        return [
            self._event(
                ev.QUIET_CHECK if quiet else ev.CALL_STAFF,
                screen=screen if isinstance(screen, str) else None,
                journey=here[0] if here else None,
                step=here[1] if here else None,
            )
        ]

    def session_ended(self) -> list[Event]:
        """The session was wiped: close the step and the journey, forget everything."""
        moment = self.now()
        out: list[Event] = []
        on = self._on
        if on is not None:
            out.append(self._left(on, moment))
        if self._journey is not None:
            out.append(self._abandoned(self._journey, previous_step=on))
        self._reset()
        return out

    # -- internals -----------------------------------------------------------------
    def _underneath(self) -> str | None:
        on = self._on
        return ids.journey_screen(on.journey, on.step) if on is not None else None

    def _pause(self, moment: datetime) -> None:
        on = self._on
        if on is not None and not on.paused:
            on.seconds += (moment - on.since).total_seconds()
            on.paused = True

    def _resume(self, moment: datetime) -> None:
        on = self._on
        if on is not None and on.paused:
            on.since = moment
            on.paused = False

    def _left(self, on: _OnStep, moment: datetime) -> Event:
        seconds = on.seconds + (0.0 if on.paused else (moment - on.since).total_seconds())
        return self._event(
            ev.STEP_LEFT,
            journey=on.journey,
            step=on.step,
            value=round(max(0.0, seconds), 1),
            detail=self._last_move or None,
        )

    def _abandoned(self, journey: str, previous_step: _OnStep | None) -> Event:
        step = previous_step.step if previous_step is not None else None
        how = self._last_move or "left"
        return self._event(ev.JOURNEY_ABANDONED, journey=journey, step=step, detail=how)

    def _event(self, kind: str, **fields: object) -> Event:
        return Event(self.now(), kind, self.kiosk, **fields).cleaned()  # type: ignore[arg-type]


def result_steps(journeys: Collection[object]) -> set[tuple[str, str]]:
    """(journey, step) of every result step in loaded journeys (model objects)."""
    found: set[tuple[str, str]] = set()
    for journey in journeys:
        for step_id, step in getattr(journey, "steps", {}).items():
            if str(getattr(step, "kind", "")) == "result":
                found.add((str(journey.id), str(step_id)))  # type: ignore[attr-defined]
    return found
