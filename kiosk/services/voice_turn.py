"""One sentence heard or typed, decided once: what the assistant does with it (no Qt).

:func:`decide` takes the sentence (:class:`Heard`: normalised once,
understood at most once), the screen it was said on (:class:`Screen`) and
what the panel asked when the turn began (:class:`Turn`), and returns a
:class:`Decision`: press a button, act, ask "Did you mean …?", say sorry,
offer a person, type digits, write or check a name. Nothing here runs an
action or draws the panel; :class:`~kiosk.services.voice_assistant.VoiceAssistant`
carries the decision out. The rules, in the order they are tried:

1. A question open ("Did you mean …?") is answered by an answer's words, or
   yes or no to a single answer (docs/design/0009).
2. On a keypad field, digits or Delete/Clear press the keypad's keys (a
   sensitive field is never typed from speech).
3. On a name field, Delete/Clear correct the name written.
4. A button's words press it; heard unsurely, they ask about it.
5. Otherwise the words are a request (act, ask, sorry, staff), or on a name
   field a name, written for the customer to check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.journeys.model import FieldSpec, InputKind, StepKind
from kiosk.services.assistant_view import AssistantView, Phase
from kiosk.services.heard import Heard, Match
from kiosk.speech.intent_actions import (
    ACT_AT,
    ASK_AT,
    MISSES_BEFORE_STAFF,
    Action,
    Listener,
    Reading,
    Verdict,
    actions_for,
)

log = logging.getLogger(__name__)

# Below this the recogniser itself doubts what it heard: ask, never act.
SURE_HEARING = 0.6
MAX_NAMES = 3  # other readings of a name offered (one button each)
PRESS = "press"  # a reading that is one of the screen's buttons, not an intent


class Move(StrEnum):
    """What a heard sentence does."""

    PRESS = "press"  # a button of the screen, named: pressed
    ACT = "act"  # a request understood surely (or an answer chosen): done
    ASK = "ask"  # "Did you mean …?"
    STILL_ASKING = "still_asking"  # a yes heard unsurely: the same question stays open
    SORRY = "sorry"  # not understood: say it again
    STAFF = "staff"  # the third miss in a row: offer a person
    TYPE_KEYS = "type_keys"  # digits, Delete or Clear pressed on the keypad
    KEYPAD_ONLY = "keypad_only"  # a sensitive field: type it, nothing said is shown
    WRITE_NAME = "write_name"  # a name written in the field, to check before Next
    CORRECT_NAME = "correct_name"  # Delete or Clear on the name written
    KEEP_NAME = "keep_name"  # yes to the name written: Next
    CLEAR_NAME = "clear_name"  # no to the name written: cleared, said again


@dataclass(frozen=True)
class Decision:
    """What the assistant does with one sentence (or one tap on the panel).

    Carried out in this order: the panel closes first when ``view`` is
    hidden; ``misses`` is kept; ``press`` is pressed; ``actions`` run as taps
    would send them; then any other ``view`` is shown, with ``heard`` read
    back from the field when ``read_back`` (as the field keeps it).

    Attributes:
        move: What kind of answer this is.
        view: The panel afterwards.
        actions: Run in order, e.g. open the ticket page, then choose cash on it.
        press: The index of a screen button (in :attr:`Screen.labels`) to press.
        misses: Misunderstandings in a row from now on; None: unchanged.
        read_back: The view shows what the field in view holds afterwards
            (``view.heard`` when it holds nothing).
    """

    move: Move
    view: AssistantView = field(default_factory=AssistantView)
    actions: tuple[Action, ...] = ()
    press: int | None = None
    misses: int | None = None
    read_back: bool = False


def _never(_index: int) -> bool:
    return False


@dataclass(frozen=True)
class Screen:
    """The screen a sentence was said on, as far as deciding needs it.

    Attributes:
        screen_id: The screen in view.
        text_size: The customer's text size (a larger one may be asked for).
        step: The kind of journey step in view; None off the journeys.
        field: The field of the field step in view, else None.
        labels: The words on the screen's buttons, as shown.
        moves_on: Whether the button with that index only turns the page.
    """

    screen_id: str
    text_size: int = 100
    step: StepKind | None = None
    field: FieldSpec | None = None
    labels: tuple[str, ...] = ()
    moves_on: Callable[[int], bool] = _never

    @property
    def keypad_field(self) -> FieldSpec | None:
        """The keypad field in view (number, phone, date, code), else None."""
        spec = self.field
        return None if spec is None or spec.input == InputKind.NAME else spec

    @property
    def name_field(self) -> FieldSpec | None:
        """The name field in view, else None."""
        spec = self.field
        return spec if spec is not None and spec.input == InputKind.NAME else None


@dataclass(frozen=True)
class Turn:
    """What the panel held when the listening turn began (on the same screen).

    Attributes:
        question: The panel then; a "Did you mean" (``ask``) is answered now.
        offered: The words of the question's answers, as their buttons show them.
        checking_name: The turn checks a name written from speech.
    """

    question: AssistantView = field(default_factory=AssistantView)
    offered: tuple[str, ...] = ()
    checking_name: bool = False


def decide(heard: Heard, screen: Screen, turn: Turn = Turn(), misses: int = 0) -> Decision:
    """What one sentence does on ``screen`` (the rules are in the module's docstring).

    Args:
        heard: The sentence.
        screen: Where it was said.
        turn: What the panel asked when the turn began.
        misses: Misunderstandings in a row so far.
    """
    early = (
        _answer(heard, screen, turn, misses)
        or _keys(heard, screen)
        or _name_correction(heard, screen)
    )
    if early is not None:
        return early
    if not heard.said:
        return miss(heard.text, misses)
    named = heard.button(screen.labels)
    if named is not None and named[1] != Match.LOOSE:
        return _button(heard, screen, turn, *named)
    return _request(heard, screen, turn, misses, named[0] if named is not None else None)


def choose(view: AssistantView, index: int, screen: Screen) -> Decision | None:
    """One of the panel's answers, tapped (or said): a reading, or another name.

    Returns:
        None when ``view`` offers no answer with that index.
    """
    spec = screen.name_field
    if view.phase == Phase.NAME and spec is not None and 0 <= index < len(view.names):
        names = list(view.names)
        chosen = names.pop(index)
        # The name written before stays on offer, in case it was right after all.
        return write_name(spec, chosen, (view.heard, *names))
    if not 0 <= index < len(view.readings):
        return None
    return _chosen(view.readings[index], screen)


def miss(heard: str, misses: int) -> Decision:
    """Not understood (or none of the readings was meant): sorry, or the third time, staff."""
    misses += 1
    if misses >= MISSES_BEFORE_STAFF:
        return Decision(Move.STAFF, AssistantView(Phase.STAFF, heard=heard), misses=0)
    return Decision(Move.SORRY, AssistantView(Phase.SORRY, heard=heard), misses=misses)


def listening_turn(view: AssistantView, on_name: bool, again: bool) -> tuple[bool, bool]:
    """What a new listening turn listens for: (checks a written name, hears a name freely).

    On a name field a turn hears a name (freely: names are in no phrase list),
    unless it answers the panel: a name written is being checked, or a
    question is open. "Say the name again" (``again``) always hears a name.
    """
    checking = on_name and not again and view.phase == Phase.NAME and bool(view.heard)
    asked = not again and view.phase == Phase.ASK
    return checking, on_name and not (checking or asked)


def write_name(spec: FieldSpec, name: str, offered: tuple[str, ...]) -> Decision:
    """Write ``name`` in the name field, read it back and offer the other readings."""
    log.info("heard a name on %s: %d letters", spec.name, len(name))  # never the name
    view = AssistantView(Phase.NAME, heard=name, names=offered[:MAX_NAMES])
    return Decision(
        Move.WRITE_NAME, view, actions=(("journey_text", name),), misses=0, read_back=True
    )


def on_this_step(actions: Sequence[Action], step: StepKind | None) -> tuple[Action, ...]:
    """Yes or no on a step that asks no question: "네" on a page means go on, "no" nothing."""
    done: list[Action] = []
    for action, argument in actions:
        if action in ("journey_yes", "journey_no") and step not in (None, StepKind.YES_NO):
            go_on = action == "journey_yes" and step in (StepKind.INFO, StepKind.REVIEW)
            action = "journey_next" if go_on else ""
        if action:
            done.append((action, argument))
    return tuple(done)


# -- the rules ------------------------------------------------------------------------


def _answer(heard: Heard, screen: Screen, turn: Turn, misses: int) -> Decision | None:
    """ "Did you mean …?" answered: by the words of an answer, or yes or no to one.

    The words of an answer are taken whatever the recogniser's confidence:
    the customer picks from the kiosk's own short list, and says again what
    was heard unsurely once. A yes must be heard surely (a guess that the
    guess was right is no answer): otherwise the question stays.
    """
    question = turn.question
    if question.phase != Phase.ASK:
        return None
    named = heard.button(turn.offered)
    if named is not None and named[1] != Match.LOOSE:
        return _chosen(question.readings[named[0]], screen)
    if len(question.readings) != 1:
        return None
    understood = heard.understood
    if understood.intent not in ("yes", "no") or understood.confidence < ASK_AT:
        return None
    if heard.hearing < SURE_HEARING:
        return Decision(Move.STILL_ASKING, question)
    if understood.intent == "yes":
        return _chosen(question.readings[0], screen)
    return miss(question.heard, misses)


def _keys(heard: Heard, screen: Screen) -> Decision | None:
    """On a keypad field, said digits (or Delete, Clear) press the keypad's keys.

    Typing is no guess acted on, whatever the recogniser's confidence: the
    digits stand in the field to be checked, and only Next submits them.
    """
    spec = screen.keypad_field
    if spec is None or not heard.keys:
        return None
    if spec.sensitive:
        # Never typed from speech, and what was said is not shown either.
        return Decision(Move.KEYPAD_ONLY, AssistantView(Phase.KEYPAD_ONLY), misses=0)
    keys = heard.keys
    log.info("heard keys on %s: %d", spec.name, len(keys))  # never the digits themselves
    view = AssistantView(Phase.TYPED, heard=heard.text)
    return Decision(
        Move.TYPE_KEYS, view, actions=tuple(("journey_key", key) for key in keys), misses=0
    )


def _name_correction(heard: Heard, screen: Screen) -> Decision | None:
    """On a name field, "Delete" takes off the last letter and "Clear" all of it."""
    if screen.name_field is None or heard.correction is None:
        return None
    # What is left of the name is read back.
    key = (("journey_key", heard.correction),)
    return Decision(Move.CORRECT_NAME, AssistantView(Phase.NAME), key, misses=0, read_back=True)


def _button(heard: Heard, screen: Screen, turn: Turn, index: int, how: Match) -> Decision:
    """A button's words (exactly or nearly): pressed, or asked about when heard unsurely.

    The recogniser's confidence runs low for a clear short word on a short
    phrase list (0.2-0.5 for "다음", docs/design/0009). Pressed anyway: the
    exact words of an info step's Next, which only turns the page (Back turns
    it back), and any button while a written name is checked (the review step
    shows it again). Otherwise a poor hearing asks: a choice, an answer, a
    confirmation.
    """
    page_turn = screen.step == StepKind.INFO and how == Match.EXACT and screen.moves_on(index)
    if heard.hearing >= SURE_HEARING or turn.checking_name or page_turn:
        return Decision(Move.PRESS, press=index, misses=0)
    return _ask_press(heard.text, index, screen.labels[index])


def _request(heard: Heard, screen: Screen, turn: Turn, misses: int, index: int | None) -> Decision:
    """Words that name no button exactly: a request, a name, or most of a button's words."""
    understood = heard.understood
    confidence = understood.confidence
    if heard.hearing < SURE_HEARING:
        confidence = min(confidence, ACT_AT - 0.05)  # heard poorly: ask first
    if turn.checking_name:
        answered = _confirm_name(screen, understood.intent, confidence)
        if answered is not None:
            return answered
    actions = actions_for(understood.intent, understood.slots, screen.screen_id, screen.text_size)
    request = understood.intent != "unknown" and confidence >= ASK_AT and bool(actions)
    # Most of a button's words beat a reading the matcher itself is unsure
    # of ("say what you see"): its word lists find a task in many a label.
    request = request and not (index is not None and understood.confidence < ACT_AT)
    if not request and not turn.checking_name:
        name = _name(heard, screen)
        if name is not None:
            return name  # on a name field, what is no request is the name
    if not request and index is not None:  # most of a button's words: ask
        return _ask_press(heard.text, index, screen.labels[index])
    return _judge(heard, screen, confidence, misses)


def _judge(heard: Heard, screen: Screen, confidence: float, misses: int) -> Decision:
    """The matcher's reading: act on it, ask about it, or say sorry (staff the third time)."""
    understood = heard.understood
    listener = Listener(misses=misses)  # the domain's rule, on this turn's count
    decided = listener.decide(
        understood.intent,
        understood.slots,
        confidence,
        list(understood.alternatives),
        screen.screen_id,
        screen.text_size,
    )
    # Never the words: a customer may say a name, a number, an address.
    log.info(
        "heard %d words → %s %s (%s)",
        len(heard.said.split()),
        understood.intent,
        understood.slots,
        decided.verdict,
    )
    if decided.verdict == Verdict.ACT:
        actions = on_this_step(decided.actions, screen.step)
        return Decision(Move.ACT, actions=actions, misses=listener.misses)
    if decided.verdict == Verdict.ASK:
        readings = [(i, dict(s)) for i, s in decided.readings]
        readings = [
            r for r in readings if actions_for(r[0], r[1], screen.screen_id, screen.text_size)
        ]
        view = AssistantView(Phase.ASK, heard=heard.text, readings=tuple(readings[:3]))
        return Decision(Move.ASK, view, misses=listener.misses)
    if decided.verdict == Verdict.STAFF:
        view = AssistantView(Phase.STAFF, heard=heard.text)
        return Decision(Move.STAFF, view, misses=listener.misses)
    return Decision(
        Move.SORRY, AssistantView(Phase.SORRY, heard=heard.text), misses=listener.misses
    )


def _chosen(reading: Reading, screen: Screen) -> Decision:
    """A "Did you mean" answer taken: its button pressed, or its request done."""
    intent, slots = reading
    if intent == PRESS:
        return Decision(Move.PRESS, press=int(slots["index"]), misses=0)
    actions = actions_for(intent, slots, screen.screen_id, screen.text_size)
    return Decision(Move.ACT, actions=on_this_step(actions, screen.step), misses=0)


def _ask_press(heard: str, index: int, words: str) -> Decision:
    """ "Did you mean this?" about one of the screen's buttons."""
    reading = (PRESS, {"index": str(index), "words": words})
    return Decision(Move.ASK, AssistantView(Phase.ASK, heard=heard, readings=(reading,)))


def _confirm_name(screen: Screen, intent: str, confidence: float) -> Decision | None:
    """ "Is that right?" answered: yes keeps the name (Next), no clears it."""
    if screen.name_field is None or confidence < ASK_AT or intent not in ("yes", "no"):
        return None
    if intent == "yes":
        return Decision(Move.KEEP_NAME, actions=(("journey_submit", ""),), misses=0)
    # "Say your name, or type it."
    clear = (("journey_key", "clear"),)
    return Decision(Move.CLEAR_NAME, AssistantView(Phase.NAME), clear, misses=0)


def _name(heard: Heard, screen: Screen) -> Decision | None:
    """On a name field, the name said is written; the other readings are offered.

    Like digits, a name is no guess acted on: it stands in the field, is
    read back, and only Next keeps it.
    """
    from kiosk.speech.intents.spoken_names import name_in

    spec = screen.name_field
    name = name_in(heard.text, heard.locale) if spec is not None else None
    if spec is None or name is None:
        return None
    alike = (name_in(other, heard.locale) for other in heard.others)
    offered = tuple(n for n in dict.fromkeys(alike) if n and n != name)
    return write_name(spec, name, offered)
