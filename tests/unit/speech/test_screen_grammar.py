"""Per-screen grammars: short, natural, and made from the same templates as understanding."""

from __future__ import annotations

import pytest

from kiosk.core import ids
from kiosk.speech.intents import matcher_for
from kiosk.speech.intents.fuzzy import closest_label
from kiosk.speech.intents.normalise import normalise
from kiosk.speech.intents.screen_grammar import MAX_PHRASES, grammar_for, readings_for
from kiosk.speech.intents.spoken_numbers import (
    SPOKEN_CORRECTIONS,
    SPOKEN_DIGITS,
    digits_in,
    keypad_words,
)

SCREENS = (ids.HOME, ids.TICKET_SERVICE, ids.PRODUCTS, "journey.fraud_check.phone", ids.LANGUAGE)


def test_first_sentences_are_the_plain_wording_people_use() -> None:
    assert matcher_for("ko").first_sentences("call_staff")[0] == "직원 불러 주세요"
    assert matcher_for("en").first_sentences("lost_card")[0] == "i lost my card"
    assert matcher_for("zh_CN").first_sentences("lost_card")[0] == "银行卡丢了"
    cash = matcher_for("en").first_sentences("take_ticket", {"service": "cash"})
    assert cash[:4] == ["a number for cash", "can i have a number for cash", "which queue for cash",
                        "which queue do i join for cash"]  # fmt: skip
    assert all(matcher_for("en").understand(s).slots == {"service": "cash"} for s in cash)


@pytest.mark.parametrize("locale", ids.LOCALES)
@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_listens_for_a_short_list_its_words_first(locale: str, screen: str) -> None:
    matcher = matcher_for(locale)
    grammar = grammar_for(screen, matcher, ["Next", "Show me again"])
    assert 10 <= len(grammar) <= MAX_PHRASES
    assert grammar[:2] == ["next", "show me again"]
    assert len(set(grammar)) == len(grammar)
    # Every phrase means what the screen expects: the matcher reads it back exactly.
    wanted = {intent for intent, _ in readings_for(screen)}
    for phrase in grammar[2:]:
        understood = matcher.understand(phrase)
        assert understood.intent in wanted, (phrase, understood)
        assert understood.confidence == 1.0, (phrase, understood)


def test_the_ticket_screen_listens_for_every_service() -> None:
    matcher = matcher_for("en")
    grammar = grammar_for(ids.TICKET_SERVICE, matcher)
    services = {matcher.understand(p).slots.get("service") for p in grammar}
    assert services >= set(ids.QUEUE_SERVICES)


def test_a_said_button_word_is_found_and_a_sentence_about_something_else_is_not() -> None:
    labels = ["next", "show me again", "i'm stuck call staff"]
    assert closest_label("next", labels) == 0
    assert closest_label("next please", labels) == 0
    assert closest_label("show me again", labels) == 1
    assert closest_label("i lost my card and i need to block it now", labels) is None
    assert closest_label("", labels) is None
    assert closest_label("nest", ["next", "back"]) is None or closest_label("nest", ["next"]) == 0


# -- keypad fields: the digits are said one word at a time -------------------------


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_a_keypad_field_listens_for_each_digit_word_and_the_corrections(locale: str) -> None:
    matcher = matcher_for(locale)
    grammar = grammar_for("journey.lost_card.phone", matcher, ["Next"], keypad=True)
    assert len(grammar) <= MAX_PHRASES
    assert len(set(grammar)) == len(grammar)
    assert grammar[0] == "next"  # the screen's own words still come first
    keys = [normalise(w, locale) for w in keypad_words(locale)]
    assert grammar[1 : 1 + len(keys)] == keys  # each its own phrase, so they can be strung
    assert set(SPOKEN_DIGITS[locale]) <= set(grammar)
    assert {normalise(w, locale) for w in SPOKEN_CORRECTIONS[locale]} <= set(grammar)
    # The commands that work everywhere are still heard; a field asks no yes/no question.
    sentences = grammar[1 + len(keys) :]
    understood = {matcher.understand(s).intent for s in sentences}
    assert "call_staff" in understood and "back" in understood
    assert not understood & {"yes", "no"}
    every_digit = " ".join(SPOKEN_DIGITS[locale])
    assert digits_in(every_digit, locale) is not None  # what Vosk strings together reads back


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_only_a_keypad_field_listens_for_digits(locale: str) -> None:
    matcher = matcher_for(locale)
    for screen in SCREENS:
        grammar = grammar_for(screen, matcher, ["Next"])
        assert not set(SPOKEN_DIGITS[locale]) & set(grammar), screen


def test_the_cap_never_cuts_a_digit_word() -> None:
    matcher = matcher_for("ko")
    labels = [f"버튼 {n}" for n in "가나다라마바"]
    grammar = grammar_for("journey.lost_card.phone", matcher, labels, keypad=True, cap=25)
    assert len(grammar) == 25
    assert set(SPOKEN_DIGITS["ko"]) <= set(grammar)


def test_a_button_is_listened_for_by_its_heading_and_its_amounts_as_words() -> None:
    from kiosk.speech.intents.screen_grammar import label_forms

    assert label_forms("현금: 출금이나 입금", "ko") == ["현금 출금이나 입금", "현금"]
    assert label_forms("现金：取钱或存钱", "zh_CN") == ["现金取钱或存钱", "现金"]
    # A heading before a bracket, as the cash service is labelled today.
    assert label_forms("现金（取钱、存钱）", "zh_CN")[-1] == "现金"
    assert label_forms("현금(출금·입금)", "ko")[-1] == "현금"
    assert label_forms("Cash (take out or put in money)", "en")[-1] == "cash"
    assert label_forms("70세 이상입니다", "ko") == ["칠십세 이상입니다"]
    assert label_forms("Next", "en") == ["next"]


def test_most_of_a_buttons_words_is_near_but_one_word_is_not() -> None:
    from kiosk.speech.intents.fuzzy import closest_label, nearly_label

    labels = ["휴대전화에 앱 깔기", "로그인하기", "다음"]
    heard = "뒤로 휴대전화에 깔기"  # a word lost, a stray one added
    assert closest_label(heard, labels) is None
    assert nearly_label(heard, labels) == 0
    assert nearly_label("다음 주에", labels) is None  # one-word labels need the close match
    assert nearly_label("비밀번호를 잊었어요", labels) is None
    assert nearly_label("the", ["send money to the bank"]) is None  # one shared word is not most
    assert nearly_label("send money bank", ["send money to the bank"]) == 0  # 3 of 5 is
