"""The visit tracker turns screen changes and bar actions into events (no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kiosk.core import ids
from kiosk.insight import events as ev
from kiosk.insight.events import Event, code_id
from kiosk.insight.visit import VisitTracker
from kiosk.insight.voice_turns import VoiceTurns

TZ = timezone(timedelta(hours=8))


class Clock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 2, 9, 30, tzinfo=TZ)

    def __call__(self) -> datetime:
        return self.moment

    def tick(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


def tracker() -> tuple[VisitTracker, Clock]:
    clock = Clock()
    results = {("take_ticket", "ticket")}
    return VisitTracker("kiosk-1", lambda j, s: (j, s) in results, clock), clock


def kinds(events: list[Event]) -> list[str]:
    return [e.kind for e in events]


def step(name: str) -> str:
    return ids.journey_screen("take_ticket", name)


def test_steps_entered_and_left_with_seconds_and_finish() -> None:
    visit, clock = tracker()
    out = visit.screen_changed(ids.HOME)
    assert out == []
    out = visit.screen_changed(step("service"))
    assert kinds(out) == [ev.STEP_ENTERED]
    assert (out[0].journey, out[0].step, out[0].kiosk) == ("take_ticket", "service", "kiosk-1")
    clock.tick(12.5)
    out = visit.screen_changed(step("ticket"))
    assert kinds(out) == [ev.STEP_LEFT, ev.STEP_ENTERED, ev.JOURNEY_FINISHED]
    assert out[0].step == "service" and out[0].value == 12.5


def test_back_then_leaving_the_journey_is_abandoned_there() -> None:
    visit, clock = tracker()
    visit.screen_changed(step("service"))
    visit.screen_changed(step("priority"))
    assert kinds(visit.action("back")) == [ev.BACK]
    out = visit.screen_changed(step("service"))
    assert out[0].kind == ev.STEP_LEFT and out[0].detail == "back"
    clock.tick(3)
    assert kinds(visit.action("start_again")) == [ev.START_AGAIN]
    out = visit.screen_changed(ids.HOME)
    assert kinds(out) == [ev.STEP_LEFT, ev.JOURNEY_ABANDONED]
    assert (out[1].journey, out[1].step, out[1].detail) == ("take_ticket", "service", "start_again")
    # Bar actions' arguments are never looked at, and other actions count nothing.
    assert visit.action("choose_language") == []


def test_overlays_pause_the_step_and_returning_is_not_a_new_visit() -> None:
    visit, clock = tracker()
    visit.screen_changed(step("service"))
    clock.tick(10)
    assert visit.screen_changed(ids.HELP_REQUESTED) == []
    clock.tick(100)  # waiting for staff is not time on the step
    assert visit.screen_changed(step("service")) == []
    clock.tick(5)
    out = visit.screen_changed(step("priority"))
    assert out[0].kind == ev.STEP_LEFT and out[0].value == 15


def test_timeout_warning_answered_and_timeout() -> None:
    visit, clock = tracker()
    visit.screen_changed(step("service"))
    out = visit.screen_changed(ids.TIMEOUT_WARNING)
    assert kinds(out) == [ev.TIMEOUT_WARNING] and out[0].screen == step("service")
    out = visit.screen_changed(step("service"))
    assert kinds(out) == [ev.TIMEOUT_ANSWERED]
    visit.screen_changed(ids.TIMEOUT_WARNING)
    clock.tick(20)
    out = visit.screen_changed(ids.WELCOME)  # the countdown ran out: wiped
    assert kinds(out) == [ev.TIMEOUT, ev.STEP_LEFT, ev.JOURNEY_ABANDONED]
    assert out[0].screen == step("service")
    assert out[2].detail == "timeout"
    assert visit.session_ended() == []


def test_call_staff_keeps_only_where_it_came_from() -> None:
    visit, _ = tracker()
    context = {"screen": step("service"), "typed": ["name: Wang Fang 13800138000"]}
    (event,) = visit.help_requested(context)
    assert (event.kind, event.journey, event.step) == (ev.CALL_STAFF, "take_ticket", "service")
    row = event.row()
    assert "Wang" not in str(row) and "13800138000" not in str(row)
    (quiet,) = visit.help_requested(context, quiet=True)
    assert quiet.kind == ev.QUIET_CHECK


def test_code_id_refuses_names_numbers_and_sentences() -> None:
    assert code_id("journey.take_ticket.service") == "journey.take_ticket.service"
    assert code_id("product.pension.page2") == "product.pension.page2"
    for personal in ("Wang Fang", "13800138000", "김민수", "my pin is 1234", "王芳", "a1b2"):
        assert code_id(personal) == "other", personal
    assert code_id(None) is None


def test_voice_turns_outcomes_and_faults_once() -> None:
    turns = VoiceTurns()
    assert turns.view("listening", False) == []
    assert turns.view("listening", True) == []
    assert turns.view("hidden", False) == [(ev.VOICE_TURN, "heard"), (ev.VOICE_TURN, "understood")]
    turns.view("listening", True)
    assert turns.view("ask", True)[-1] == (ev.VOICE_TURN, "did_you_mean")
    turns.view("listening", True)
    assert turns.view("sorry", True)[-1] == (ev.VOICE_TURN, "missed")
    turns.view("listening", False)
    assert turns.view("hidden", False) == []  # nothing heard, nothing done: no turn
    assert turns.view("off", False, "no_model") == [(ev.FAULT, "no_model")]
    assert turns.view("off", False, "no_model") == []
