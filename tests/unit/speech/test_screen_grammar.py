"""Per-screen grammars: short, natural, and made from the same templates as understanding."""

from __future__ import annotations

import pytest

from kiosk.core import ids
from kiosk.speech.intents import matcher_for
from kiosk.speech.intents.fuzzy import closest_label
from kiosk.speech.intents.screen_grammar import MAX_PHRASES, grammar_for, readings_for

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
