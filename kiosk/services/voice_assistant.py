"""The talking assistant: listen → understand → act, ask, or offer a person.

Glue between the recogniser (:class:`RecognitionService`), the decisions
(:mod:`kiosk.services.voice_turn`) and the session: what is heard or typed
becomes the same action a tap would send. Voice is never required and never
acts on a guess: a low-confidence reading becomes "Did you mean …?" with big
buttons, and three misunderstandings in a row offer a member of staff. On a
keypad field, said digits press the keypad's keys (the customer still checks
them and taps or says Next); a sensitive field is never filled by voice. On
a name field the recogniser listens freely and the name said ("제 이름은
김민수입니다" → 김민수) is written in the field, read back, and offered with
the recogniser's other readings of it, to be checked before Next.

This class keeps what needs Qt: the signals, the recogniser and microphone,
the turn in progress and the screen in view. What a sentence does is decided
once, without Qt, by :func:`kiosk.services.voice_turn.decide`.

The UI draws :class:`AssistantView` and calls :meth:`VoiceAssistant.toggle`,
:meth:`finish`, :meth:`take_text` and :meth:`choose`; nothing here blocks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.journeys.model import FieldSpec, Journey, Step, StepKind
from kiosk.services import voice_turn
from kiosk.services.assistant_view import SPOKEN_PHASES, AssistantView, Phase, Why
from kiosk.services.journey_runner import parse
from kiosk.services.recognition_service import ModelState
from kiosk.services.session_controller import SessionController
from kiosk.services.voice_turn import PRESS, Decision, Heard, Move, Screen, Turn
from kiosk.speech.intent_actions import Listener, Reading

if TYPE_CHECKING:  # imported when first used: numpy and hassil would slow the first paint
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.speech.audio_in import AudioSource
    from kiosk.speech.intents.matcher import Matcher

__all__ = ["PRESS", "AssistantView", "Phase", "Reading", "VoiceAssistant", "Why"]

log = logging.getLogger(__name__)

# Why the customer cannot speak, by where the language's model is.
WHY_BY_MODEL = {
    ModelState.LOADED: Why.NONE,
    ModelState.OFF: Why.OFF,
    ModelState.NOT_LOADED: Why.LOADING,
    ModelState.LOADING: Why.LOADING,
    ModelState.FAILED: Why.NO_MODEL,
}


def _matcher(locale: str) -> Matcher:
    from kiosk.speech.intents import matcher_for

    return matcher_for(locale)


def _says_keys(text: str, locale: str) -> bool:
    """Whether ``text`` says keypad keys: digits, or one correction key."""
    from kiosk.speech.intents.spoken_numbers import correction_in, digits_in

    return digits_in(text, locale) is not None or correction_in(text, locale) is not None


def _load_journeys() -> dict[str, Journey]:
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir

    try:
        return load_journeys(assets_dir() / "journeys")
    except KioskError as exc:  # start-up has named the file already; voice just types nothing
        log.warning("no journeys for spoken digits: %s", exc)
        return {}


class VoiceAssistant(QObject):
    """Turns speech (or typed words) into the kiosk's own actions.

    Args:
        controller: The session; actions go through ``controller.handle``.
        recognition: Speech input, or None when this kiosk has none at all.
        source: The microphone (one source serves every turn); None: none.
        screen_words: The words on the buttons of the screen in view.
        press_word: Taps the button with that index in ``screen_words()``.
        moves_on: Whether that button only turns the page (an info step's
            Next), so it may be pressed on a poor hearing.
        reading_words: A "Did you mean" answer's words, as its button shows them.
        before_listening: Silences the kiosk's own voice.
        journeys: The journeys by id (the runner's), to know a field step's
            field; None: loaded from ``assets/journeys`` when first needed.
        field_text: What stands in a journey's field now, by (journey, field).
        parent: Qt parent.

    Signals:
        view_did_change(AssistantView): redraw the panel.
        level_did_change(float): microphone loudness 0..1 while listening.
        availability_did_change(bool): whether Speak (rather than Type) is
            offered; again whenever the reason why not changes.
    """

    view_did_change = Signal(object)
    level_did_change = Signal(float)
    availability_did_change = Signal(bool)

    def __init__(
        self,
        controller: SessionController,
        recognition: RecognitionService | None,
        source: AudioSource | None,
        screen_words: Callable[[], Sequence[str]] = list,
        press_word: Callable[[int], None] = lambda _i: None,
        moves_on: Callable[[int], bool] = lambda _i: False,
        reading_words: Callable[[Reading], str] = lambda r: r[0],
        before_listening: Callable[[], None] = lambda: None,
        journeys: Mapping[str, Journey] | None = None,
        field_text: Callable[[str, str], str] = lambda _j, _f: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.recognition: RecognitionService | None = None
        self.source: AudioSource | None = None
        self.screen_words = screen_words
        self.press_word = press_word
        self.moves_on = moves_on
        self.reading_words = reading_words
        self.before_listening = before_listening
        self.journeys = journeys
        self.field_text = field_text
        self.listener = Listener()
        self.view = AssistantView()
        # The turn in progress: the screen it began on, the panel then (a question
        # open?), and whether it checks a name written from speech.
        self._turn: tuple[str, Turn] = ("", Turn())
        self._why: Why | None = None  # why not listening, as last said (None: not yet)
        self.attach(recognition, source)
        controller.prefs_did_change.connect(lambda _p: self.refresh())
        controller.screen_did_change.connect(self._on_screen)
        controller.session_did_end.connect(self.reset)

    def attach(self, recognition: RecognitionService | None, source: AudioSource | None) -> None:
        """Take speech input (``kiosk run`` builds it after the first paint: the
        microphone probe and the recogniser's modules need not delay it)."""
        self.recognition, self.source = recognition, source
        if recognition is not None:
            recognition.level_did_change.connect(self.level_did_change)
            recognition.partial_did_arrive.connect(self._on_partial)
            recognition.result_did_arrive.connect(self._on_result)
            recognition.listening_did_fail.connect(self._on_failed)
            recognition.model_did_load.connect(lambda _l: self.refresh())
            recognition.model_did_fail.connect(lambda _l, _w: self.refresh())
        if self._why is not None:  # attached after start-up: say what changed
            self.refresh()

    # -- state -----------------------------------------------------------------

    @property
    def locale(self) -> str:
        locale = self.controller.prefs.locale
        return locale if locale in ids.LOCALES else "en"

    def why_not(self) -> Why:
        """``Why.NONE`` ("") when the customer can speak now, else why not."""
        if self.recognition is None:
            return Why.OFF
        if self.source is None or not self.source.available:
            return Why.NO_MICROPHONE
        # A pause is no reason: the kiosk is talking, and a tap on Speak silences it.
        return WHY_BY_MODEL[self.recognition.model_state(self.locale)]

    def refresh(self) -> None:
        """Say whether Speak or Type is offered, and so why not (after a model
        loads or fails, speech input arrives, or the language changes)."""
        why = self.why_not()
        if why != self._why:
            self._why = why
            self.availability_did_change.emit(not why)

    def _show(self, view: AssistantView) -> None:
        self.view = view
        self.view_did_change.emit(view)

    # -- listening ---------------------------------------------------------------

    def toggle(self) -> None:
        """The Speak control: start listening, or end the turn and take what was said."""
        if self.view.phase == Phase.LISTENING:
            self.finish()
        else:
            self.listen()

    def listen(self, again: bool = False) -> None:
        """Start a listening turn.

        On a name field the first turn (or one asked for with ``again``) hears
        a name, freely; while a written name is being checked, the turn listens
        for the screen's words (Next, yes, no, Delete), which free recognition
        hears far less reliably (:func:`voice_turn.listening_turn`).
        """
        why = self.why_not()
        if why:
            self._show(AssistantView(Phase.OFF, why=why))
            return
        self.before_listening()
        if self.recognition is not None and self.recognition.paused:
            self.recognition.resume()  # the voice was just silenced
        view = self.view
        on_name = self.name_in_view() is not None
        checking, naming = voice_turn.listening_turn(view, on_name, again)
        self._turn = (self.controller.visible_screen, Turn(view, checking_name=checking))
        grammar = None if naming else self._grammar()
        if (
            self.recognition is None
            or self.source is None
            or not self.recognition.listen(self.locale, self.source, grammar, free=naming)
        ):
            self._show(AssistantView(Phase.OFF, why=self.why_not() or Why.NO_MICROPHONE))
            return
        self._show(AssistantView(Phase.LISTENING))

    def finish(self) -> None:
        """Stop taking sound; the words heard so far are the answer."""
        if self.view.phase == Phase.LISTENING and self.source is not None:
            self.source.close()

    def cancel(self) -> None:
        """Stop listening and close the panel; nothing is acted on."""
        self._turn = ("", Turn())
        if self.recognition is not None:
            self.recognition.cancel()
        self._show(AssistantView())

    def reset(self) -> None:
        """A new customer: no transcript, no count of misunderstandings."""
        self.cancel()
        self.listener = Listener()

    def kiosk_will_speak(self) -> None:
        """The microphone closes while the kiosk talks (it must not hear itself)."""
        if self.recognition is not None:
            self.recognition.pause()
        if self.view.phase == Phase.LISTENING:
            self._show(AssistantView())

    def kiosk_did_stop_speaking(self) -> None:
        if self.recognition is not None:
            self.recognition.resume()

    def _grammar(self) -> list[str] | None:
        from kiosk.speech.intents.screen_grammar import grammar_for, label_forms

        try:
            matcher = _matcher(self.locale)
        except KioskError as exc:  # broken intents file: free recognition still helps
            log.warning("no grammar for %s: %s", self.locale, exc)
            return None
        spec = self.field_in_view()
        phrases = grammar_for(
            self.controller.visible_screen,
            matcher,
            self.screen_words(),
            keypad=spec is not None and not spec.sensitive,  # secrets are not listened for
            corrections=self.name_in_view() is not None,
        )
        if self.view.phase == Phase.ASK:
            # "Did you mean …?" is answered by an answer's words (or yes or no to one).
            answers = [
                f
                for r in self.view.readings
                for f in label_forms(self.reading_words(r), self.locale)
            ]
            if len(self.view.readings) == 1:
                answers += [*matcher.first_sentences("yes")[:1], *matcher.first_sentences("no")[:1]]
            phrases += [a for a in dict.fromkeys(answers) if a and a not in phrases]
        return phrases

    # -- the screen in view -------------------------------------------------------

    def field_in_view(self) -> FieldSpec | None:
        """The keypad field on the screen in view (number, phone, date, code), else None."""
        return self._screen().keypad_field

    def name_in_view(self) -> FieldSpec | None:
        """The name field on the screen in view, else None."""
        return self._screen().name_field

    def _screen(self, labels: Sequence[str] = ()) -> Screen:
        """The screen in view, as :mod:`voice_turn` decides on it."""
        step = self._step()
        return Screen(
            self.controller.visible_screen,
            self.controller.prefs.text_size,
            step=step.kind if step is not None else None,
            field=step.field if step is not None and step.kind == StepKind.FIELD else None,
            labels=tuple(labels),
            moves_on=self.moves_on,
        )

    def _step(self) -> Step | None:
        """The journey step in view, else None."""
        parsed = parse(self.controller.visible_screen)
        if parsed is None:
            return None
        if self.journeys is None:
            self.journeys = _load_journeys()
        journey = self.journeys.get(parsed[0])
        return journey.steps.get(parsed[1]) if journey is not None else None

    def _field_now(self, spec: FieldSpec | None) -> str:
        """What stands in the field in view now (typed, or written from speech)."""
        parsed = parse(self.controller.visible_screen)
        return self.field_text(parsed[0], spec.name) if parsed and spec is not None else ""

    # -- the recogniser's answers ---------------------------------------------------

    def _on_partial(self, text: str) -> None:
        if self.view.phase == Phase.LISTENING:
            spec = self.field_in_view()
            if spec is not None and spec.sensitive and _says_keys(text, self.locale):
                text = ""  # a secret said aloud is not written on the screen as well
            self._show(AssistantView(Phase.LISTENING, heard=text))

    def _on_result(self, text: str, confidence: float, others: Sequence[str] = ()) -> None:
        if self.view.phase != Phase.LISTENING:
            return
        self.take_text(text, hearing=confidence, others=others)

    def _on_failed(self, reason: str) -> None:
        log.warning("listening failed: %s", reason)
        self._show(AssistantView(Phase.OFF, why=Why.NO_MICROPHONE))

    def _on_screen(self, _screen_id: str) -> None:
        # A tap moved on while a question was open: the question is stale.
        # So is "speaking cannot work now" (no microphone): the panel must not
        # keep the screen tapped to set aside behind it (ADR 0037).
        if self.view.phase in SPOKEN_PHASES or self.view.phase == Phase.OFF:
            self._show(AssistantView())
        # A tap (the bar's Call staff) moved on mid-turn: the customer chose by
        # touch, and the panel must not keep the new screen set aside (ADR 0037).
        # A turn being carried out has already ended (``_end_turn``).
        elif self.view.phase == Phase.LISTENING and self._turn[0]:
            self.cancel()

    # -- understanding -------------------------------------------------------------

    def take_text(self, text: str, hearing: float = 1.0, others: Sequence[str] = ()) -> None:
        """Act on what was said or typed (decided by :func:`voice_turn.decide`).

        Args:
            text: The words.
            hearing: The recogniser's confidence (1 for typed words).
            others: The recogniser's other readings of the same sound.
        """
        turn = self._end_turn()
        locale = self.locale
        heard = Heard(text, locale, lambda: _matcher(locale), hearing, others)
        screen = self._screen(self.screen_words())
        self._carry_out(voice_turn.decide(heard, screen, turn, self.listener.misses), screen)

    def _end_turn(self) -> Turn:
        """The turn that ends now; a blank one if a tap moved on (its panel is gone)."""
        screen_id, turn = self._turn
        self._turn = ("", Turn())
        if screen_id != self.controller.visible_screen:
            return Turn()
        if turn.question.phase != Phase.ASK:
            return turn
        offered = tuple(self.reading_words(r) for r in turn.question.readings)
        return replace(turn, offered=offered)

    def _carry_out(self, decision: Decision, screen: Screen) -> None:
        """Do what was decided: the panel closes before acting, any other view shows after."""
        view = decision.view
        if decision.misses is not None:
            self.listener.misses = decision.misses
        if view.phase == Phase.HIDDEN:
            self._show(view)
        if decision.press is not None:
            self.press_word(decision.press)
        for action, argument in decision.actions:
            self.controller.handle(action, argument)
        if view.phase != Phase.HIDDEN:
            if decision.read_back:  # as the field keeps it (at most its length)
                view = replace(view, heard=self._field_now(screen.field) or view.heard)
            self._show(view)

    def choose(self, index: int) -> None:
        """The customer tapped one of the "Did you mean" readings (or another name)."""
        screen = self._screen()
        decision = voice_turn.choose(self.view, index, screen)
        if decision is not None:
            self._carry_out(decision, screen)

    def none_of_these(self) -> None:
        """None of the readings was meant: counts as a misunderstanding."""
        self._carry_out(voice_turn.miss(self.view.heard, self.listener.misses), self._screen())

    def go_on(self) -> None:
        """The panel's own Next (the screen set aside): keep what was written, go on."""
        self._carry_out(
            Decision(Move.KEEP_NAME, actions=(("journey_submit", ""),), misses=0), self._screen()
        )

    def call_staff(self) -> None:
        self._show(AssistantView())
        self.controller.handle("call_staff")
