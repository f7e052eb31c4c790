"""Understanding stories and scams told in the customer's own words.

Measured on tests/data/heldout/<lang>.yaml: sentences written as older
customers talk, before the second stage (kiosk/speech/intents/cues.py) was
built, and never used to write templates or word lists. The product's targets
(issue 11 §7): ≥ 97 % per locale, no scam description missed (nor answered
"Sorry, I did not understand"), ≤ 3 % of out-of-domain talk accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import locales_dir
from kiosk.speech.intent_actions import ACT_AT, ASK_AT, Listener, Verdict
from kiosk.speech.intents import INTENTS, SLOT_VALUES, UNKNOWN, matcher_for
from kiosk.speech.intents.cues import cues_path, load_cues

DATA = Path(__file__).resolve().parents[2] / "data" / "heldout"
# A second set, seen once before the last round of word-list changes: its
# scams are kept as a regression guard (the honest unseen figure is in
# tests/data/final, shown by `make bench`).
BLIND = DATA.parent / "blind"
MIN_ACCURACY = 0.97
MAX_FALSE_ACCEPTS = 0.03
MIN_UTTERANCES = 150
MIN_OUT_OF_DOMAIN = 30


@dataclass(frozen=True)
class Case:
    text: str
    intent: str
    scam: bool


def cases(locale: str, folder: Path = DATA) -> list[Case]:
    table: dict[str, Any] = yaml.safe_load((folder / f"{locale}.yaml").read_text("utf-8"))
    assert table["locale"] == locale
    return [
        Case(str(u["text"]), str(u["intent"]), bool(u.get("scam"))) for u in table["utterances"]
    ]


@dataclass(frozen=True)
class Result:
    total: int
    right: int
    ood: int
    false_accepts: int
    scams: int
    scams_missed: list[str]
    misses: list[str]


def measure(locale: str) -> Result:
    """Right means the intent a customer would be offered: acted on or asked about."""
    matcher = matcher_for(locale)
    right = ood = false_accepts = scams = 0
    scams_missed: list[str] = []
    misses: list[str] = []
    for case in cases(locale):
        got = matcher.understand(case.text)
        offered = got.intent if got.intent == UNKNOWN or got.confidence >= ASK_AT else UNKNOWN
        right += offered == case.intent
        if case.intent == UNKNOWN:
            ood += 1
            false_accepts += offered != UNKNOWN
        if case.scam:
            scams += 1
            if offered != "fraud_check":
                scams_missed.append(case.text)
        if offered != case.intent:
            misses.append(
                f"{case.text!r}: want {case.intent}, got {offered} ({got.confidence:.2f})"
            )
    return Result(len(cases(locale)), right, ood, false_accepts, scams, scams_missed, misses)


@pytest.fixture(scope="module")
def results() -> dict[str, Result]:
    return {locale: measure(locale) for locale in ids.LOCALES}


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_heldout_set_is_big_and_varied(locale: str) -> None:
    found = cases(locale)
    assert len(found) >= MIN_UTTERANCES
    assert sum(c.intent == UNKNOWN for c in found) >= MIN_OUT_OF_DOMAIN
    assert sum(c.scam for c in found) >= 20, "scams told many ways"
    assert {c.intent for c in found} == set(INTENTS), "every intent is tested"
    assert all(c.intent == "fraud_check" for c in found if c.scam)
    texts = [c.text for c in found]
    assert len(set(texts)) == len(texts), "no duplicates"


def test_targets_per_locale(results: dict[str, Result], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\nunderstanding on tests/data/heldout")
        for locale, r in results.items():
            print(
                f"{locale:<6} n={r.total} right {r.right / r.total:.1%}, "
                f"scams missed {len(r.scams_missed)}/{r.scams}, "
                f"out-of-domain accepted {r.false_accepts}/{r.ood}"
            )
    for locale, r in results.items():
        detail = "\n".join(r.misses)
        assert r.right / r.total >= MIN_ACCURACY, f"{locale}: {r.right}/{r.total}\n{detail}"
        assert not r.scams_missed, f"{locale}: scams missed: {r.scams_missed}"
        assert r.false_accepts / r.ood <= MAX_FALSE_ACCEPTS, f"{locale}:\n{detail}"


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_a_scam_is_never_sorry_and_never_acted_on_unasked(locale: str) -> None:
    """Every scam story reaches the "Did you mean: is this a scam?" question."""
    matcher = matcher_for(locale)
    for case in cases(locale) + cases(locale, BLIND):
        if not case.scam:
            continue
        got = matcher.understand(case.text)
        decided = Listener().decide(
            got.intent, got.slots, got.confidence, list(got.alternatives), "home", 100
        )
        assert decided.verdict == Verdict.ASK, (case.text, decided.verdict)
        assert decided.readings[0] == ("fraud_check", {}), case.text


STORIES = {
    "en": ("my son installed the app but I can't log in", "mobile_banking_help"),
    "zh_CN": ("我儿子给我装了个手机银行，可是我登不进去", "mobile_banking_help"),
    "ko": ("아들이 앱을 깔아 줬는데 로그인이 안 돼요", "mobile_banking_help"),
}


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_a_story_is_offered_never_acted_on(locale: str) -> None:
    text, intent = STORIES[locale]
    got = matcher_for(locale).understand(text)
    assert got.intent == intent
    assert ASK_AT <= got.confidence < ACT_AT


def test_a_scam_sign_outranks_a_plain_request_which_stays_second() -> None:
    # "take out my money" alone is a queue ticket for the cashier; told by the police, a scam.
    got = matcher_for("en").understand("the police told me to take out all my money today")
    assert got.intent == "fraud_check"
    assert got.confidence < ACT_AT
    assert got.alternatives and got.alternatives[0][0] == "take_ticket"


def test_chinese_is_segmented_over_the_lists_not_greedily() -> None:
    cues = matcher_for("zh_CN").cues
    assert cues is not None
    # Greedy longest match would take 新手机号 and leave 码也换了.
    reading = cues.read("儿子给我买了个新手机号码也换了")
    assert reading.intent == "update_details", reading.words
    # Vosk's spaced Chinese reads the same.
    assert cues.read("儿子 给 我 买 了 个 新 手机 号码 也 换 了") == reading


def test_a_longer_phrase_wins_over_its_words() -> None:
    cues = matcher_for("en").cues
    assert cues is not None
    reading = cues.read("what is a time deposit")
    assert (reading.intent, reading.slots) == ("explain_product", {"product": "time_deposit"})


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("locale: en\nintents: {wish: {strong: [a]}}\n", "intents.wish"),
        ("locale: en\nintents: {lost_card: {loud: [a]}}\n", "intents.lost_card.loud"),
        ("locale: en\nintents: {lost_card: {strong: ['']}}\n", "intents.lost_card.strong[0]"),
        ("locale: ko\nintents: {}\n", "locale"),
        ("locale: en\nintents: {}\nslots: {service: {weight: huge, values: {}}}\n", "weight"),
        (
            "locale: en\nintents: {}\nslots: {service: {weight: weak, values: {gold: [x]}}}\n",
            "slots.service.values.gold",
        ),
        ("locale: en\nintents: {}\nsigns: [[]]\n", "signs[0]"),
        ("locale: en\nintents: {}\ncaution: [[]]\n", "caution[0]"),
        ("locale: en\nintents: [\n", "(syntax)"),
    ],
)
def test_a_broken_word_list_names_the_field(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ContentError) as error:
        load_cues(path, "en")
    assert problem in error.value.field


def test_a_missing_word_list_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="missing"):
        load_cues(tmp_path / "cues.yaml", "en")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_shipped_word_lists_load_and_name_known_slots(locale: str) -> None:
    index = load_cues(cues_path(locales_dir(), locale), locale)
    for cue in index._starts.values():
        for c in cue:
            if c.slot is not None:
                assert c.slot[1] in SLOT_VALUES[c.slot[0]]


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_no_word_list_overrides_a_template_sentence(locale: str) -> None:
    """What the kiosk listens for it still understands exactly (a sign is no excuse)."""
    matcher = matcher_for(locale)
    doubted = [p for p in matcher.phrases() if matcher.understand(p).confidence < 1.0]
    assert not doubted


def test_chinese_stories_read_the_same_with_vosk_spaces() -> None:
    """Vosk's Chinese comes spaced out; the word lists must not care."""
    matcher = matcher_for("zh_CN")
    for case in cases("zh_CN"):
        # Each ideograph spaced out, Latin words ("app") kept whole, as Vosk returns them.
        spaced = " ".join(re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+", case.text))
        plain, heard = matcher.understand(case.text), matcher.understand(spaced)
        assert (heard.intent, heard.slots, heard.confidence) == (
            plain.intent,
            plain.slots,
            plain.confidence,
        ), spaced


def test_korean_phrases_cross_a_space_only_from_a_word_start() -> None:
    cues = matcher_for("ko").cues
    assert cues is not None
    reading = cues.read("은행 우편물이 자꾸 예전 집으로 가요")  # 물이 자꾸: no 이자 "interest"
    assert "이자" not in reading.words
    assert reading.intent == "update_details"
    assert cues.read("안전 계좌로 옮기래요").scam  # 안전 계좌 spaced or not


def test_a_sign_word_inside_a_longer_request_phrase_is_not_said() -> None:
    cues = matcher_for("en").cues
    assert cues is not None
    assert not cues.read("phone banking keeps asking for a code").scam
    assert cues.read("a man on the phone keeps asking for a code").scam


def test_two_equally_likely_tasks_are_both_offered() -> None:
    got = matcher_for("en").understand("I'd like to see someone about a loan for my roof")
    decided = Listener().decide(
        got.intent, got.slots, got.confidence, list(got.alternatives), "home", 100
    )
    assert decided.verdict == Verdict.ASK
    assert {intent for intent, _ in decided.readings} >= {"call_staff", "take_ticket"}


def test_half_a_sign_in_a_story_nothing_explains_asks_about_a_scam_with_a_person() -> None:
    matcher = matcher_for("en")
    got = matcher.understand("a stranger keeps texting me about a refund")
    assert (got.intent, got.confidence) == ("fraud_check", 0.55)
    assert got.alternatives == [("call_staff", {}, 0.5)]
    # Family and money is no caution; a clear request keeps its reading.
    assert matcher.understand("my son gave me some money for my birthday").intent == UNKNOWN
    assert matcher.understand("she wants to open a new account").intent == "open_account"
