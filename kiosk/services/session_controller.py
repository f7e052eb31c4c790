"""The customer session as a state machine: every tap becomes an action here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.core import ids
from kiosk.core.session import Preferences, Session, next_text_size
from kiosk.services.idle import IdleTimer

log = logging.getLogger(__name__)

# Screens where nobody is mid-task: no idle countdown there (nor where the
# customer was told to wait for a person: see waits_for_staff).
_NO_IDLE = frozenset({ids.WELCOME})


def default_task_routes() -> dict[str, str]:
    """Home tile → first screen; a feature not built yet opens the honest ask-staff page."""
    routes = {task: ids.ask_staff_screen(task) for task in ids.HOME_TASKS}
    routes["take_ticket"] = ids.TICKET_SERVICE
    routes["products"] = ids.PRODUCTS
    return routes


class SessionController(QObject):
    """Owns the :class:`Session` and turns action ids into screen changes.

    Args:
        config: Validated settings (defaults, idle times, kiosk id).
        task_routes: Home task id → screen id it opens.
        idle_unit_ms: Length of one idle "second" (tests shorten it).

    Signals:
        screen_did_change(str): show this screen id.
        prefs_did_change(object): the :class:`Preferences` changed.
        help_was_requested(dict): the customer asked for a person; the context card.
        quiet_alert_was_raised(dict): the discreet "I feel pressured" hold; the context
            card, with ``quiet_check`` set (the screen shows an ordinary call).
        help_reason_was_chosen(str): the optional reason, tapped afterwards.
        help_was_cancelled(): the customer no longer needs help.
        rating_was_given(int): 1 (not good) … 3 (good).
        staff_was_thanked(): the customer said thank you to the staff member.
        staff_sign_in_was_requested(str): a staff name; the PIN waits on the screen.
        countdown_did_tick(int): seconds left on the timeout warning.
        session_did_end(): the session was wiped (timeout or staff).
        action_will_run(str): an action's id (never its argument), for the event record.
    """

    screen_did_change = Signal(str)
    prefs_did_change = Signal(object)
    help_was_requested = Signal(dict)
    quiet_alert_was_raised = Signal(dict)
    help_reason_was_chosen = Signal(str)
    help_was_cancelled = Signal()
    rating_was_given = Signal(int)
    staff_was_thanked = Signal()
    staff_sign_in_was_requested = Signal(str)
    countdown_did_tick = Signal(int)
    session_did_end = Signal()
    action_will_run = Signal(str)

    def __init__(
        self,
        config: Config,
        task_routes: Mapping[str, str] | None = None,
        parent: QObject | None = None,
        idle_unit_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.config = config
        defaults = Preferences(
            locale=config["ui.default_locale"],
            text_size=config["ui.default_text_size"],
            theme=config["ui.default_theme"],
            voice_on=config["ui.voice_default"],
        )
        self.session = Session(defaults=defaults)
        self.staff_mode = False
        # Features add to the context card (e.g. the journey step and what was typed).
        self.context_providers: list[Callable[[], dict[str, Any]]] = []
        # Features name more screens where the customer waits for staff (the fraud
        # warning): like help.requested, no idle countdown wipes them.
        self.staff_waits: list[Callable[[str], bool]] = []
        # Features that hold unsaved work (a half-typed form) say so here: each
        # returns what would be lost (a journey id) or None. Start again asks first.
        self.unsaved_work: list[Callable[[], str | None]] = []
        self.asking_to_leave = False
        self.task_routes = dict(task_routes or default_task_routes())
        self.idle = IdleTimer(
            config["idle.timeout_seconds"], config["idle.warning_seconds"], self, idle_unit_ms
        )
        self.idle.warning_did_start.connect(self._on_warning)
        self.idle.countdown_did_tick.connect(self.countdown_did_tick)
        self.idle.time_did_run_out.connect(self.end_session)
        self._handlers: dict[str, Callable[[str], None]] = {
            "start": lambda _: self._go(ids.LANGUAGE),
            # Open the screen id in the argument (e.g. product.savings_account.calculator).
            "go": self._go,
            "choose_language": self.choose_language,
            # Spoken "in Korean, please": switch in place, no language page.
            "set_language": lambda loc: self._set_prefs(locale=loc) if loc in ids.LOCALES else None,
            "theme": lambda _: self.toggle_theme(),
            "task": self.open_task,
            "call_staff": lambda _: self.request_help(),
            "quiet_alert": lambda _: self.quiet_alert(),
            "cancel_help": lambda _: self.cancel_help(),
            "help_reason": self.help_reason_was_chosen.emit,
            "rate": lambda score: self.rating_was_given.emit(int(score)),
            "thank_staff": lambda _: self.staff_was_thanked.emit(),
            "finish": lambda _: self.end_session(),
            "staff_sign_in": self.staff_sign_in_was_requested.emit,
            "more_time": lambda _: self.extend(),
            "back": lambda _: self.back(),
            "start_again": lambda _: self.start_again(),
            "leave_form": lambda _: self.leave_form(),
            "stay_in_form": lambda _: self.stay_in_form(),
            "language": lambda _: self._go(ids.LANGUAGE),
            "text_size": lambda _: self.cycle_text_size(),
            "voice": lambda _: self.toggle_voice(),
        }

    def add_handlers(self, handlers: Mapping[str, Callable[[str], None]]) -> None:
        """Features (journeys, products) add their action ids here."""
        self._handlers.update(handlers)

    # -- reading -------------------------------------------------------------
    @property
    def prefs(self) -> Preferences:
        return self.session.prefs

    @property
    def visible_screen(self) -> str:
        if self.idle.warning_active:
            return ids.TIMEOUT_WARNING
        return ids.LEAVE_FORM if self.asking_to_leave else self.session.current

    # -- actions -------------------------------------------------------------
    def handle(self, action: str, argument: str = "") -> None:
        """Run one action id (from a tap, or later a spoken intent)."""
        handler = self._handlers.get(action)
        if handler is None:
            log.error("no handler for action %r (argument %r)", action, argument)
            return
        self.action_will_run.emit(action)
        handler(argument)

    def note_activity(self) -> None:
        """A touch anywhere: a warning in progress means the customer is back."""
        if self.idle.warning_active:
            self.extend()
        else:
            self.idle.restart()

    def extend(self) -> None:
        """ "I need more time": back to where they were, with a fresh idle period."""
        was_warning = self.idle.warning_active
        self.idle.restart()
        if was_warning:
            self.screen_did_change.emit(self.visible_screen)

    def choose_language(self, locale: str) -> None:
        self._set_prefs(locale=locale)
        # First time through (from welcome) the menu comes next; from the bar,
        # return to exactly where the customer was.
        if self.session.previous() == ids.WELCOME:
            self._go(ids.HOME)
        else:
            self.back()

    def toggle_theme(self) -> None:
        self._set_prefs(
            theme="standard" if self.prefs.theme == "high_contrast" else "high_contrast"
        )

    def cycle_text_size(self) -> None:
        self._set_prefs(text_size=next_text_size(self.prefs.text_size))

    def toggle_voice(self) -> None:
        self._set_prefs(voice_on=not self.prefs.voice_on)

    def open_task(self, task: str) -> None:
        screen = self.task_routes.get(task)
        if screen is None:
            log.error("home task %r has no route", task)
            screen = ids.ask_staff_screen(task)
        self._go(screen)

    def back(self) -> None:
        if self.asking_to_leave:  # Back on "Leave this form?" is "No, go on"
            self.stay_in_form()
            return
        self._show(self.session.back())

    def start_again(self) -> None:
        """Back to the task menu — but a half-typed form asks "Leave this form?" once first.

        Tapped or said ("start again") alike. While the question is shown, Start
        again changes nothing: the question's own buttons answer it.
        """
        if self.asking_to_leave:
            return
        if any(unsaved() for unsaved in self.unsaved_work):
            self.asking_to_leave = True
            self.screen_did_change.emit(ids.LEAVE_FORM)
            return
        self._show(self.session.start_again())

    def leave_form(self) -> None:
        """ "Yes, leave": the form's answers go, the task menu comes."""
        self.asking_to_leave = False
        self._show(self.session.start_again())

    def stay_in_form(self) -> None:
        """ "No, go on": back to the form exactly as it was."""
        if self.asking_to_leave:
            self.asking_to_leave = False
            self.screen_did_change.emit(self.session.current)

    def request_help(self) -> None:
        """One tap: tell whoever listens (the queue) and show help.requested."""
        context = self.help_context()
        self._go(ids.HELP_REQUESTED)
        self.help_was_requested.emit(context)

    def quiet_alert(self) -> None:
        """ "I feel pressured" (Call staff held): the customer sees the ordinary call.

        A long press is often just a slow or trembling tap, so it must answer like
        one: help.requested, exactly as a tap shows it. Staff receive it as a
        priority quiet check (``context["quiet_check"]``), not as a fraud alarm.
        """
        context = {**self.help_context(), "quiet_check": True}
        self._go(ids.HELP_REQUESTED)
        self.quiet_alert_was_raised.emit(context)

    def waits_for_staff(self, screen_id: str) -> bool:
        """The customer was told a person is coming here (help.requested, the fraud warning)."""
        return screen_id == ids.HELP_REQUESTED or any(w(screen_id) for w in self.staff_waits)

    def help_context(self) -> dict[str, Any]:
        """What staff need to know so the customer never repeats themselves."""
        p = self.prefs
        steps = [s for s in self.session.history if s not in (ids.WELCOME, ids.HELP_REQUESTED)]
        context = {
            "kiosk_id": self.config["kiosk.id"],
            "kiosk_name": self.config["kiosk.name"],
            "location": self.config["kiosk.location"],
            "locale": p.locale,
            "text_size": p.text_size,
            "theme": p.theme,
            "voice_on": p.voice_on,
            "screen": self.session.current,
            "steps": steps,
        }
        for provide in self.context_providers:
            context.update(provide())
        return context

    def open_staff_sign_in(self) -> None:
        """The hidden staff gesture: sign-in over the customer's place (Back returns)."""
        if self.session.current != ids.STAFF_SIGN_IN:
            self._go(ids.STAFF_SIGN_IN)

    def set_staff_mode(self, active: bool) -> None:
        """While staff help, the customer's idle countdown waits."""
        self.staff_mode = active
        self._show(self.session.current)

    def cancel_help(self) -> None:
        self.help_was_cancelled.emit()
        self.back()

    def help_did_close(self, served: bool) -> None:
        """Staff closed the help request: ask how it went, if the customer is still waiting."""
        current = self.session.current
        if not self.waits_for_staff(current):
            return
        if served:
            self._go(ids.FEEDBACK)
        elif current == ids.HELP_REQUESTED:
            self.back()
        else:  # e.g. the fraud warning stays, but nobody is coming now: idle counts again
            self.idle.set_enabled(not self.staff_mode)

    def end_session(self) -> None:
        """Wipe everything about this customer and return to welcome."""
        log.info("session ended; wiping preferences, drafts and history")
        self.session.wipe()
        self.asking_to_leave = False
        self.idle.set_enabled(False)
        self.prefs_did_change.emit(self.prefs)
        self.screen_did_change.emit(self.session.current)
        self.session_did_end.emit()

    # -- internals -----------------------------------------------------------
    def _set_prefs(self, **changes: Any) -> None:
        prefs = replace(self.session.prefs, **changes)
        if prefs != self.session.prefs:  # re-picking the same language costs nothing
            self.session.prefs = prefs
            self.prefs_did_change.emit(prefs)

    def go(self, screen_id: str) -> None:
        """Show ``screen_id`` next (Back returns from it)."""
        self._show(self.session.go(screen_id))

    _go = go

    def _show(self, screen_id: str) -> None:
        self.asking_to_leave = False  # any move answers (or drops) the question
        waiting = screen_id in _NO_IDLE or self.waits_for_staff(screen_id)
        self.idle.set_enabled(not waiting and not self.staff_mode)
        self.screen_did_change.emit(screen_id)

    def _on_warning(self, seconds: int) -> None:
        # Seconds first, so the screen shows and says the right number on entry.
        self.countdown_did_tick.emit(seconds)
        self.screen_did_change.emit(ids.TIMEOUT_WARNING)
