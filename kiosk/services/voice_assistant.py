"""The talking assistant: listen → understand → act, ask, or offer a person.

Glue between the recogniser (:class:`RecognitionService`), the understanding
(:mod:`kiosk.speech.intents`) and the session: what is heard or typed becomes
the same action a tap would send. Voice is never required and never acts on a
guess: a low-confidence reading becomes "Did you mean …?" with big buttons,
and three misunderstandings in a row offer a member of staff. On a keypad
field, said digits press the keypad's keys (the customer still checks them
and taps or says Next); a sensitive field is never filled by voice. On a
name field the recogniser listens freely and the name said ("제 이름은
김민수입니다" → 김민수) is written in the field, read back, and offered with the
recogniser's other readings of it, to be checked before Next.

The UI draws :class:`AssistantView` and calls :meth:`VoiceAssistant.toggle`,
:meth:`finish`, :meth:`take_text` and :meth:`choose`; nothing here blocks.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.journeys.model import FieldSpec, InputKind, Journey, Step, StepKind
from kiosk.services.journey_runner import parse
from kiosk.services.session_controller import SessionController
from kiosk.speech.intent_actions import ACT_AT, ASK_AT, Action, Listener, Reading, actions_for

if TYPE_CHECKING:  # imported when first used: numpy and hassil would slow the first paint
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.speech.audio_in import AudioSource
    from kiosk.speech.intents.matcher import Matcher

log = logging.getLogger(__name__)


def _matcher(locale: str) -> Matcher:
    from kiosk.speech.intents import matcher_for

    return matcher_for(locale)


def _normalise(text: str, locale: str) -> str:
    from kiosk.speech.intents.normalise import normalise

    return normalise(text, locale)


def _spoken_keys(text: str, locale: str) -> list[str]:
    """The keypad keys ``text`` says: its digits, or one correction key; [] if neither."""
    from kiosk.speech.intents.spoken_numbers import correction_in, digits_in

    digits = digits_in(text, locale)
    if digits is not None:
        return list(digits)
    key = correction_in(text, locale)
    return [key] if key is not None else []


def _name_in(text: str, locale: str) -> str | None:
    from kiosk.speech.intents.spoken_names import name_in

    return name_in(text, locale)


def _correction(text: str, locale: str) -> str | None:
    from kiosk.speech.intents.spoken_numbers import correction_in

    return correction_in(text, locale)


def _button_said(said: str, labels: Sequence[str], locale: str) -> tuple[int | None, str]:
    """Which button ``said`` (normalised) names, and how: ``exact`` (its very
    words), ``close`` (nearly), ``loose`` (most of its words: ask, never act)."""
    from kiosk.speech.intents.fuzzy import closest_label, nearly_label
    from kiosk.speech.intents.screen_grammar import label_forms

    said = label_forms(said, locale)[0]  # "70" said or typed is matched as the words for it
    per_label = [label_forms(label, locale) for label in labels]
    # A heading two buttons share ("Cash: take out", "Cash: put in") names neither.
    headings = Counter(form for forms in per_label for form in forms[1:])
    forms = [
        (i, form)
        for i, label_said in enumerate(per_label)
        for k, form in enumerate(label_said)
        if k == 0 or headings[form] == 1
    ]
    texts = [form for _index, form in forms]
    hit = closest_label(said, texts)
    if hit is not None:
        index, form = forms[hit]
        return index, "exact" if said == form else "close"
    hit = nearly_label(said, texts)
    return (forms[hit][0], "loose") if hit is not None else (None, "")


def _load_journeys() -> dict[str, Journey]:
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir

    try:
        return load_journeys(assets_dir() / "journeys")
    except KioskError as exc:  # start-up has named the file already; voice just types nothing
        log.warning("no journeys for spoken digits: %s", exc)
        return {}


# Below this the recogniser itself doubts what it heard: ask, never act.
SURE_HEARING = 0.6
MAX_NAMES = 3  # other readings of a name offered (one button each)
PRESS = "press"  # a reading that is one of the screen's buttons, not an intent

# The answers said aloud as well as shown (listening and "off" are shown only:
# the customer is talking, or the bar's own line says why).
SPOKEN_PHASES = frozenset(("ask", "sorry", "staff", "typed", "keypad_only", "name"))


@dataclass(frozen=True)
class AssistantView:
    """What the assistant panel shows.

    Attributes:
        phase: ``hidden`` (nothing to show), ``listening``, ``ask`` (did you
            mean), ``sorry`` (not understood), ``staff`` (offer a person),
            ``off`` (speech input cannot work: ``why`` says which), ``typed``
            (said digits were typed on the field: check them, then Next),
            ``keypad_only`` (a sensitive field: type it on the keypad),
            ``name`` (a name said was written in the field: check it, then Next).
        heard: What was heard or typed so far; for ``name``, the name written.
        readings: For ``ask``: up to three (intent, slots), best first; a
            button of the screen is (``press``, {"index", "words"}).
        why: For ``off``: ``no_model``, ``no_microphone``, ``loading`` or ``off``.
        names: For ``name``: other ways the name may have been heard, to
            write instead with one tap.
    """

    phase: str = "hidden"
    heard: str = ""
    readings: tuple[Reading, ...] = ()
    why: str = ""
    names: tuple[str, ...] = ()

    @property
    def said_aloud(self) -> bool:
        """An answer the kiosk says as well as shows, like every error and question."""
        return self.phase in SPOKEN_PHASES


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
        self._turn: tuple[str, AssistantView, bool] = ("", AssistantView(), False)
        self._why: str | None = None  # why not listening, as last said (None: not yet)
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

    def why_not(self) -> str:
        """ "" when the customer can speak now, else why not (a word for the UI)."""
        if self.recognition is None:
            return "off"
        if self.source is None or not self.source.available:
            return "no_microphone"
        # A pause is no reason: the kiosk is talking, and a tap on Speak silences it.
        ok, reason = self.recognition.model_ready(self.locale)
        if ok:
            return ""
        if "turned off" in reason:
            return "off"
        return "loading" if "loading" in reason or "not been loaded" in reason else "no_model"

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
        if self.view.phase == "listening":
            self.finish()
        else:
            self.listen()

    def listen(self, again: bool = False) -> None:
        """Start a listening turn.

        On a name field the first turn (or one asked for with ``again``) hears
        a name, freely; while a written name is being checked, the turn listens
        for the screen's words (Next, yes, no, Delete), which free recognition
        hears far less reliably.
        """
        why = self.why_not()
        if why:
            self._show(AssistantView("off", why=why))
            return
        self.before_listening()
        if self.recognition is not None and self.recognition.paused:
            self.recognition.resume()  # the voice was just silenced
        # On a name field a turn hears a name (freely: names are in no phrase
        # list), unless it answers the panel: a name written is being checked,
        # or a question is open. "Say the name again" always hears a name.
        view = self.view
        on_name = self.name_in_view() is not None
        checking = on_name and not again and view.phase == "name" and bool(view.heard)
        asked = not again and view.phase == "ask"
        naming = on_name and not (checking or asked)
        self._turn = (self.controller.visible_screen, view, checking)
        grammar = None if naming else self._grammar()
        if (
            self.recognition is None
            or self.source is None
            or not self.recognition.listen(self.locale, self.source, grammar, free=naming)
        ):
            self._show(AssistantView("off", why=self.why_not() or "no_microphone"))
            return
        self._show(AssistantView("listening"))

    def finish(self) -> None:
        """Stop taking sound; the words heard so far are the answer."""
        if self.view.phase == "listening" and self.source is not None:
            self.source.close()

    def cancel(self) -> None:
        """Stop listening and close the panel; nothing is acted on."""
        self._turn = ("", AssistantView(), False)
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
        if self.view.phase == "listening":
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
        if self.view.phase == "ask":
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

    def field_in_view(self) -> FieldSpec | None:
        """The keypad field on the screen in view (number, phone, date, code), else None."""
        spec = self._field()
        return None if spec is None or spec.input == InputKind.NAME else spec

    def name_in_view(self) -> FieldSpec | None:
        """The name field on the screen in view, else None."""
        spec = self._field()
        return spec if spec is not None and spec.input == InputKind.NAME else None

    def _field(self) -> FieldSpec | None:
        step = self._step()
        return step.field if step is not None and step.kind == StepKind.FIELD else None

    def _step(self) -> Step | None:
        """The journey step in view, else None."""
        parsed = parse(self.controller.visible_screen)
        if parsed is None:
            return None
        if self.journeys is None:
            self.journeys = _load_journeys()
        journey = self.journeys.get(parsed[0])
        return journey.steps.get(parsed[1]) if journey is not None else None

    def _on_partial(self, text: str) -> None:
        if self.view.phase == "listening":
            spec = self.field_in_view()
            if spec is not None and spec.sensitive and _spoken_keys(text, self.locale):
                text = ""  # a secret said aloud is not written on the screen as well
            self._show(AssistantView("listening", heard=text))

    def _on_result(self, text: str, confidence: float, others: Sequence[str] = ()) -> None:
        if self.view.phase != "listening":
            return
        self.take_text(text, hearing=confidence, others=others)

    def _on_failed(self, reason: str) -> None:
        log.warning("listening failed: %s", reason)
        self._show(AssistantView("off", why="no_microphone"))

    def _on_screen(self, _screen_id: str) -> None:
        # A tap moved on while a question was open: the question is stale.
        if self.view.phase in ("ask", "sorry", "staff", "typed", "keypad_only", "name"):
            self._show(AssistantView())

    # -- understanding -------------------------------------------------------------

    def take_text(self, text: str, hearing: float = 1.0, others: Sequence[str] = ()) -> None:
        """Act on what was said or typed.

        Args:
            text: The words.
            hearing: The recogniser's confidence (1 for typed words).
            others: The recogniser's other readings of the same sound.
        """
        screen, before, confirming = self._turn
        self._turn = ("", AssistantView(), False)
        if screen != self.controller.visible_screen:  # a tap moved on: the turn's panel is gone
            before, confirming = AssistantView(), False
        if self._answer_question(before, text, hearing) or self._press_keys(text):
            return
        if self._correct_name(text):
            return
        said = _normalise(text, self.locale)
        if not said:
            self._miss(text)
            return
        labels = list(self.screen_words())
        index, how = _button_said(said, labels, self.locale)
        if index is not None and how != "loose":
            # The recogniser's confidence runs low for a clear short word on a
            # short phrase list (0.2-0.5 for "다음", docs/design/0009). Acted on
            # anyway: the exact words of an info step's Next, which only turns
            # the page (Back turns it back), and any button while a written name
            # is checked (the review step shows it again). Otherwise a poor
            # hearing asks: a choice, an answer, a confirmation.
            step = self._step()
            page_turn = step is not None and step.kind == StepKind.INFO
            page_turn = page_turn and how == "exact" and self.moves_on(index)
            if hearing >= SURE_HEARING or confirming or page_turn:
                self.listener.misses = 0
                self._show(AssistantView())
                self.press_word(index)
            else:
                self._ask_press(text, index, labels[index])
            return
        understood = _matcher(self.locale).understand(text)
        confidence = understood.confidence
        if hearing < SURE_HEARING:
            confidence = min(confidence, ACT_AT - 0.05)  # heard poorly: ask first
        screen = self.controller.visible_screen
        size = self.controller.prefs.text_size
        if confirming and self._confirm_name(understood.intent, confidence):
            return
        request = understood.intent != "unknown" and confidence >= ASK_AT
        request = request and bool(actions_for(understood.intent, understood.slots, screen, size))
        # Most of a button's words beat a reading the matcher itself is unsure
        # of ("say what you see"): its word lists find a task in many a label.
        request = request and not (index is not None and understood.confidence < ACT_AT)
        if not request and not confirming and self._write_name(text, others):
            return  # on a name field, what is no request is the name
        if not request and index is not None:  # most of a button's words: ask
            self._ask_press(text, index, labels[index])
            return
        kind, found = self.listener.decide(
            understood.intent,
            understood.slots,
            confidence,
            list(understood.alternatives),
            screen,
            size,
        )
        # Never the words: a customer may say a name, a number, an address.
        log.info(
            "heard %d words → %s %s (%s)",
            len(said.split()),
            understood.intent,
            understood.slots,
            kind,
        )
        if kind == "act":
            self._show(AssistantView())
            # decide()'s kind says which list it returned: actions to run here.
            self._run(cast(list[Action], found))
        elif kind == "ask":
            readings = [(i, dict(s)) for i, s in cast(list[Reading], found)]
            readings = [r for r in readings if actions_for(r[0], r[1], screen, size)]
            self._show(AssistantView("ask", heard=text, readings=tuple(readings[:3])))
        elif kind == "staff":
            self._show(AssistantView("staff", heard=text))
        else:
            self._show(AssistantView("sorry", heard=text))

    def _ask_press(self, heard: str, index: int, words: str) -> None:
        """ "Did you mean this?" about one of the screen's buttons."""
        reading = (PRESS, {"index": str(index), "words": words})
        self._show(AssistantView("ask", heard=heard, readings=(reading,)))

    def _answer_question(self, before: AssistantView, text: str, hearing: float) -> bool:
        """ "Did you mean …?" answered: by the words of an answer, or yes or no to one.

        The words of an answer are taken whatever the recogniser's confidence:
        the customer picks from the kiosk's own short list, and says again
        what was heard unsurely once. A yes must be heard surely (a guess that
        the guess was right is no answer): otherwise the question stays.
        """
        if before.phase != "ask":
            return False
        said = _normalise(text, self.locale)
        offered = [self.reading_words(r) for r in before.readings]
        index, how = _button_said(said, offered, self.locale) if said else (None, "")
        if index is not None and how != "loose":
            self.view = before
            self.choose(index)
            return True
        if len(before.readings) != 1:
            return False
        understood = _matcher(self.locale).understand(text)
        if understood.intent not in ("yes", "no") or understood.confidence < ASK_AT:
            return False
        if hearing < SURE_HEARING:
            self._show(before)  # heard unsurely: the same question, still open
        elif understood.intent == "yes":
            self.view = before
            self.choose(0)
        else:
            self.view = before
            self.none_of_these()
        return True

    def _press_keys(self, text: str) -> bool:
        """On a keypad field, said digits (or Delete, Clear) press the keypad's keys.

        Typing is no guess acted on, whatever the recogniser's confidence: the
        digits stand in the field to be checked, and only Next submits them.

        Returns:
            True when ``text`` was taken as keys (typed, or refused as sensitive).
        """
        spec = self.field_in_view()
        keys = _spoken_keys(text, self.locale) if spec is not None else None
        if spec is None or not keys:
            return False
        self.listener.misses = 0
        if spec.sensitive:
            # Never typed from speech, and what was said is not shown either.
            self._show(AssistantView("keypad_only"))
            return True
        log.info("heard keys on %s: %d", spec.name, len(keys))  # never the digits themselves
        self._run([("journey_key", key) for key in keys])
        self._show(AssistantView("typed", heard=text))
        return True

    def _write_name(self, text: str, others: Sequence[str]) -> bool:
        """On a name field, write the name said; the other readings are offered.

        Like digits, a name is no guess acted on: it stands in the field, is
        read back, and only Next keeps it.

        Returns:
            True when ``text`` held a name for the field in view.
        """
        spec = self.name_in_view()
        name = _name_in(text, self.locale) if spec is not None else None
        if spec is None or name is None:
            return False
        alike = (_name_in(other, self.locale) for other in others)
        offered = tuple(n for n in dict.fromkeys(alike) if n and n != name)
        self._put_name(spec, name, offered)
        return True

    def _put_name(self, spec: FieldSpec, name: str, offered: tuple[str, ...]) -> None:
        self.listener.misses = 0
        log.info("heard a name on %s: %d letters", spec.name, len(name))  # never the name
        self._run([("journey_text", name)])
        written = self._field_now(spec) or name  # as the field keeps it (at most its length)
        self._show(AssistantView("name", heard=written, names=offered[:MAX_NAMES]))

    def _confirm_name(self, intent: str, confidence: float) -> bool:
        """ "Is that right?" answered: yes keeps the name (Next), no clears it."""
        if self.name_in_view() is None or confidence < ASK_AT or intent not in ("yes", "no"):
            return False
        self.listener.misses = 0
        if intent == "yes":
            self._show(AssistantView())
            self._run([("journey_submit", "")])
        else:
            self._run([("journey_key", "clear")])
            self._show(AssistantView("name"))  # "say your name, or type it"
        return True

    def _correct_name(self, text: str) -> bool:
        """On a name field, "Delete" takes off the last letter and "Clear" all of it."""
        spec = self.name_in_view()
        key = _correction(text, self.locale) if spec is not None else None
        if spec is None or key is None:
            return False
        self.listener.misses = 0
        self._run([("journey_key", key)])
        self._show(AssistantView("name", heard=self._field_now(spec)))  # read back what is left
        return True

    def _field_now(self, spec: FieldSpec) -> str:
        """What stands in the field in view now (typed, or written from speech)."""
        parsed = parse(self.controller.visible_screen)
        return self.field_text(parsed[0], spec.name) if parsed else ""

    def _miss(self, heard: str) -> None:
        self.listener.misses += 1
        if self.listener.misses >= 3:
            self.listener.misses = 0
            self._show(AssistantView("staff", heard=heard))
        else:
            self._show(AssistantView("sorry", heard=heard))

    def choose(self, index: int) -> None:
        """The customer tapped one of the "Did you mean" readings (or another name)."""
        spec = self.name_in_view()
        if self.view.phase == "name" and spec is not None and 0 <= index < len(self.view.names):
            names = list(self.view.names)
            chosen = names.pop(index)
            # The name written before stays on offer, in case it was right after all.
            self._put_name(spec, chosen, (self.view.heard, *names))
            return
        readings = self.view.readings
        if not 0 <= index < len(readings):
            return
        intent, slots = readings[index]
        self.listener.misses = 0
        screen = self.controller.visible_screen
        self._show(AssistantView())
        if intent == PRESS:
            self.press_word(int(slots["index"]))
            return
        self._run(actions_for(intent, slots, screen, self.controller.prefs.text_size))

    def none_of_these(self) -> None:
        """None of the readings was meant: counts as a misunderstanding."""
        self._miss(self.view.heard)

    def call_staff(self) -> None:
        self._show(AssistantView())
        self.controller.handle("call_staff")

    def _run(self, actions: Sequence[tuple[str, str]]) -> None:
        # In order: open the ticket page, then choose cash on it.
        for action, argument in actions:
            if action in ("journey_yes", "journey_no"):
                action = self._yes_no_here(action)
            if action:
                self.controller.handle(action, argument)

    def _yes_no_here(self, action: str) -> str:
        """Yes or no on a step that asks no question: "네" on a page means go on."""
        step = self._step()
        if step is None or step.kind == StepKind.YES_NO:
            return action
        go_on = action == "journey_yes" and step.kind in (StepKind.INFO, StepKind.REVIEW)
        return "journey_next" if go_on else ""
