"""The matcher's behaviour: normalising, exact vs fuzzy, confidence, phrases for Vosk."""

from __future__ import annotations

import re

import pytest

from kiosk.core import ids
from kiosk.paths import locales_dir
from kiosk.speech.intents import UNKNOWN, Understanding, matcher_for, phrases, understand
from kiosk.speech.intents.expand import expand
from kiosk.speech.intents.loader import intents_path, load_intent_file
from kiosk.speech.intents.matcher import PHRASE_CAP, SAMPLE_BUDGET, Matcher, calibrate
from kiosk.speech.intents.normalise import FillerStripper, normalise


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Um, I'd like ＴＷＯ tickets!!", "en", "um i'd like two tickets"),
        ("“Can’t” hear — you…", "en", "can't hear you"),
        ("我 想 取 钱。", "zh_CN", "我想取钱"),
        ("我想用 APP 转账", "zh_CN", "我想用app转账"),
        ("请问，ＡＴＭ在哪？", "zh_CN", "请问atm在哪"),
        ("저기요, 카드가 먹혔어요!", "ko", "저기요 카드가 먹혔어요"),
        ("[unk] lost my card", "en", "lost my card"),
    ],
)
def test_normalise(text: str, locale: str, expected: str) -> None:
    assert normalise(text, locale) == expected


def test_fillers_are_whole_words_except_in_chinese() -> None:
    assert FillerStripper(["um", "excuse me"], "en")("um excuse me my umbrella") == "my umbrella"
    assert FillerStripper(["请问", "嗯"], "zh_CN")("嗯请问我想取钱") == "我想取钱"
    assert FillerStripper(["저"], "ko")("저 저축예금") == "저축예금"


# The examples DESIGN.md and the brief give, said the way they are given.
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("I can't hear you", "louder", {}),
        ("I can't read this", "bigger_text", {}),
        ("is this safe", "explain_product", {}),
        ("someone on the phone told me to move my money to a safe account", "fraud_check", {}),
        ("my card got eaten by the machine", "lost_card", {}),
        ("I got a new phone number", "update_details", {}),
        ("I want to speak to a person", "call_staff", {}),
        ("I'd like to deposit some money", "take_ticket", {"service": "cash"}),
        ("I want to borrow some money", "take_ticket", {"service": "loan"}),
        ("what products do you have", "explain_product", {}),
        ("tell me about time deposits", "explain_product", {"product": "time_deposit"}),
        ("Korean please", "change_language", {"lang": "ko"}),
        ("what's the weather", UNKNOWN, {}),
        ("my grandson plays football", UNKNOWN, {}),
    ],
)
def test_english_examples(text: str, intent: str, slots: dict[str, str]) -> None:
    got = understand(text, "en")
    assert (got.intent, got.slots) == (intent, slots), got


@pytest.mark.parametrize(
    ("text", "locale"),
    [("今天天气怎么样", "zh_CN"), ("今 天 天 气 怎 么 样", "zh_CN"), ("오늘 날씨 어때요", "ko")],
)
def test_out_of_domain_is_not_forced(text: str, locale: str) -> None:
    got = understand(text, locale)
    assert got.intent == UNKNOWN, got
    assert got.slots == {}


def test_exact_template_match_is_certain_fuzzy_is_not() -> None:
    exact = understand("I've lost my card", "en")
    assert (exact.intent, exact.confidence) == ("lost_card", 1.0)
    fuzzy = understand("lost my cart", "en")  # the recogniser's "cart"
    assert fuzzy.intent == "lost_card"
    assert 0.5 <= fuzzy.confidence < 1.0


@pytest.mark.parametrize("locale", ids.LOCALES)
@pytest.mark.parametrize("text", ["", "   ", "...", "um", "[unk]"])
def test_nothing_said_is_unknown(locale: str, text: str) -> None:
    got = understand(text, locale)
    assert (got.intent, got.slots, got.alternatives) == (UNKNOWN, {}, [])


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("could you make the writing bigger please", "en"),
        ("the machine outside swallowed my bank card", "en"),
        ("帮我把卡冻结了", "zh_CN"),
        ("카드 정지 해주세요", "ko"),
        ("tell me a story about football", "en"),
    ],
)
def test_result_shape(text: str, locale: str) -> None:
    got = understand(text, locale)
    assert isinstance(got, Understanding)
    assert got.text == text
    assert 0.0 <= got.confidence <= 1.0
    assert len(got.alternatives) <= 3
    confidences = [c for _, _, c in got.alternatives]
    assert confidences == sorted(confidences, reverse=True)
    assert (got.intent, got.slots) not in [(i, s) for i, s, _ in got.alternatives]
    assert set(got.to_json()) == {"text", "intent", "slots", "confidence"}


def test_calibration() -> None:
    assert calibrate(0.5, 0.0) == 0.5
    assert calibrate(1.0, 0.0) == 0.95
    assert calibrate(0.4, 0.0) < 0.5
    assert calibrate(0.8, 0.79) < calibrate(0.8, 0.3), "a close runner-up lowers confidence"
    assert calibrate(0.0, 0.0) == 0.0


def test_matchers_are_cached() -> None:
    assert matcher_for("ko") is matcher_for("ko")


CJK_SPACE = re.compile(r"[\u4e00-\u9fff] | [\u4e00-\u9fff]")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_phrases_are_bounded_distinct_and_cover_every_word(locale: str) -> None:
    found = phrases(locale)
    assert 100 <= len(found) <= PHRASE_CAP
    assert len(set(found)) == len(found)
    assert all(p == p.strip() and p for p in found)
    source = load_intent_file(intents_path(locales_dir(), locale), locale)
    expanded = [s.text for group in expand(source.intents, locale, SAMPLE_BUDGET) for s in group]
    if locale == "zh_CN":
        assert not any(CJK_SPACE.search(p) for p in found), "Chinese phrases are unspaced"
        assert set("".join(expanded)) <= set("".join(found))
    else:
        assert {w for t in expanded for w in t.split()} <= {w for p in found for w in p.split()}


def test_phrases_are_the_same_on_every_build() -> None:
    source = load_intent_file(intents_path(locales_dir(), "en"), "en")
    assert Matcher(source).phrases() == Matcher(source).phrases() == phrases("en")
