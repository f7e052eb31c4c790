"""The learned second opinion (locales/<lang>/learned.json, docs/design/0089)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks import learned_train
from benchmarks.learned_train import training_hash
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import locales_dir
from kiosk.speech import intents
from kiosk.speech.intent_actions import ACT_AT, ASK_AT
from kiosk.speech.intents import learned
from kiosk.speech.intents.learned import Learned, consult, learned_path, load_learned
from kiosk.speech.intents.vocabulary import Understanding

# The other classes' probabilities beside the one a test makes sure.
OTHERS = {
    "take_ticket": 0.02,
    "lost_card": 0.02,
    "unknown": 0.02,
}


# Written into a file as 1e400, which JSON reads as infinity (every probability NaN).
HUGE = 123456.789


def probs(**sure: float) -> dict[str, float]:
    table = {**OTHERS, "fraud_check": 0.01, **sure}
    return table


@pytest.fixture(scope="module")
def weights() -> dict[str, Learned]:
    return {
        locale: load_learned(learned_path(locales_dir(), locale), locale) for locale in ids.LOCALES
    }


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_weights_are_trained_on_the_current_sets(weights, locale: str) -> None:
    assert weights[locale].sha256 == training_hash(locale), (
        f"locales/{locale}/learned.json is stale: run make learned"
    )


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_file_stays_small(locale: str) -> None:
    # Its load time is the intent bench's "load 3 locales" row (benchmarks/).
    assert learned_path(locales_dir(), locale).stat().st_size < 2_000_000


def test_a_locale_without_the_file_has_the_stage_off(tmp_path: Path) -> None:
    folder = tmp_path / "locales"
    shutil.copytree(locales_dir(), folder)
    learned_path(folder, "en").unlink()
    try:
        matcher = intents.matcher_for("en", folder)
        assert matcher.learned is None
        assert matcher.understand("I'd like to take out some money").intent == "take_ticket"
    finally:
        intents.clear_cache()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda t: t.update(bias=[0.0]), "bias"),
        (lambda t: t.update(classes=["take_ticket", "dancing"]), "classes[1]"),
        (lambda t: t["weights"].update({"w money": [0, "a lot"]}), "weights.w money"),
        (lambda t: t["weights"].update({"w money": [99, 0.5]}), "weights.w money"),
        (lambda t: t.pop("sha256"), "sha256"),
        (lambda t: t.update(locale="ko"), "locale"),
        (lambda t: t.update(classes=["take_ticket", "take_ticket"]), "classes[1]"),
        (lambda t: t.update(bias=[0.0, HUGE]), "bias"),
        (lambda t: t["weights"].update({"w money": [0, HUGE]}), "weights.w money"),
        (lambda t: t["weights"].update({"w money": [0, 1.0, 1]}), "weights.w money"),
        (lambda t: t["weights"].update({"w money": [0, True]}), "weights.w money"),
        (lambda t: t["weights"].update({"w money": [1.0, 0.5]}), "weights.w money"),
        (lambda t: t["weights"].update({"w money": 0.5}), "weights.w money"),
        (lambda t: t.update(format=0, weights_v0={}), "format"),
        (lambda t: t.update(extra=1), "extra"),
    ],
)
def test_a_broken_file_names_the_file_and_the_field(tmp_path: Path, change, field: str) -> None:
    table = {
        "format": 1,
        "locale": "en",
        "model": "test",
        "sources": [],
        "sha256": "0",
        "features": "test",
        "classes": ["take_ticket", "unknown"],
        "bias": [0.0, 0.0],
        "weights": {"w money": [0, 1.0]},
    }
    path = tmp_path / "learned.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    assert load_learned(path, "en").classes == ("take_ticket", "unknown")
    change(table)
    path.write_text(json.dumps(table).replace(str(HUGE), "1e400"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_learned(path, "en")
    assert caught.value.path == path
    assert caught.value.field == field


def test_a_file_that_is_not_json_is_a_content_error(tmp_path: Path) -> None:
    path = tmp_path / "learned.json"
    path.write_text("{weights: ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"learned\.json"):
        load_learned(path, "en")


@pytest.mark.parametrize(
    ("locale", "said", "found"),
    [
        (
            "en",
            "my pin",
            [
                "w my",
                "w pin",
                "b ^ my",
                "b my pin",
                "b pin $",
                "c <my",
                "c my>",
                "c <my>",
                "c <pi",
                "c pin",
                "c in>",
                "c <pin",
                "c pin>",
            ],
        ),
        ("zh_CN", "挂失", ["挂", "失", "^挂", "挂失", "失$", "^挂失", "挂失$"]),
        (
            "ko",
            "카드 분실",
            [
                "카",
                "드",
                "분",
                "실",
                "^카",
                "카드",
                "드 ",
                " 분",
                "분실",
                "실$",
                "^카드",
                "카드 ",
                "드 분",
                " 분실",
                "분실$",
            ],
        ),
    ],
)
def test_the_features_are_the_ones_the_weights_were_trained_on(
    locale: str, said: str, found: list[str]
) -> None:
    # The stored weights are keyed by these strings, in this order of discovery:
    # a change here must come with `make learned` (the freshness hash sees it too).
    assert learned.features(said, locale) == found


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_a_sentence_of_no_known_feature_reads_as_the_classes_alone(weights, locale: str) -> None:
    probabilities = weights[locale].probabilities("ZZQX")
    assert abs(sum(probabilities.values()) - 1.0) < 1e-9
    assert max(probabilities.values()) < 0.7  # no rule of consult() acts on priors alone


@pytest.mark.parametrize(
    ("locale", "text", "intent"),
    [
        ("en", "my bank card has vanished from my handbag, please stop it", "lost_card"),
        ("en", "the cricket score this afternoon was dreadful", "unknown"),
        (
            "en",
            "a stranger on the phone wants my pin number to keep my savings safe",
            "fraud_check",
        ),
        ("zh_CN", "我的银行卡找不到了，快帮我挂失", "lost_card"),
        ("zh_CN", "今天菜市场的白菜真便宜", "unknown"),
        ("ko", "은행 카드를 잃어버렸어요 정지해 주세요", "lost_card"),
        ("ko", "오늘 날씨가 참 좋네요 산책하기 좋겠어요", "unknown"),
    ],
)
def test_the_classifier_reads_plain_sentences(weights, locale: str, text: str, intent: str) -> None:
    assert weights[locale].best(text)[0] == intent


def test_a_learned_reading_is_offered_never_acted_on() -> None:
    got = consult(Understanding("…", "unknown", {}, 0.8), probs(lost_card=0.95))
    assert got.intent == "lost_card"
    assert ASK_AT <= got.confidence < ACT_AT


def test_a_learned_scam_reading_comes_first() -> None:
    rules = Understanding("…", "take_ticket", {"service": "cash"}, 0.62)
    got = consult(rules, probs(fraud_check=0.9))
    assert got.intent == "fraud_check"
    assert ASK_AT <= got.confidence < ACT_AT
    assert got.alternatives[0][:2] == ("take_ticket", {"service": "cash"})
    assert got.alternatives[0][2] >= ASK_AT  # still a button


def test_a_learned_task_borrows_the_rules_own_slots() -> None:
    rules = Understanding("…", "take_ticket", {"service": "cash"}, 0.4)
    got = consult(rules, probs(take_ticket=0.9))
    assert (got.intent, got.slots) == ("take_ticket", {"service": "cash"})


def test_a_learned_task_keeps_the_rules_reading_as_a_lower_button() -> None:
    # A near template acted on today (0.9) that the classifier reads as another task.
    rules = Understanding("…", "check_in", {}, 0.9)
    got = consult(rules, probs(take_ticket=0.8))
    assert (got.intent, got.confidence) == ("take_ticket", learned.OFFERED)
    assert got.alternatives[0][0] == "check_in"
    assert ASK_AT <= got.alternatives[0][2] < got.confidence


def test_a_language_change_to_no_language_is_not_offered() -> None:
    rules = Understanding("…", "unknown", {}, 0.8)
    assert consult(rules, probs(change_language=0.95)) is rules
    named = Understanding("…", "unknown", {}, 0.8, [("change_language", {"lang": "ko"}, 0.3)])
    assert consult(named, probs(change_language=0.95)).slots == {"lang": "ko"}


def test_no_other_reading_stands_above_a_learned_scam() -> None:
    rules = Understanding("…", "lost_card", {}, 0.7, [("take_ticket", {}, 0.69)])
    got = consult(rules, probs(fraud_check=0.9))
    assert got.intent == "fraud_check"
    assert [i for i, _, _ in got.alternatives] == ["lost_card", "take_ticket"]
    assert all(c < got.confidence for _, _, c in got.alternatives)


def test_learned_offers_use_the_actions_line() -> None:
    # learned.py keeps its own copy (the layers keep it from importing intent_actions).
    assert learned.ASK_AT == ASK_AT
    assert ASK_AT <= learned.OFFERED < ACT_AT
    assert learned.VETOED < ASK_AT <= learned.SECOND < learned.OFFERED


def test_a_certain_task_is_never_changed() -> None:
    exact = Understanding("…", "take_ticket", {"service": "cash"}, 1.0)
    assert consult(exact, probs(fraud_check=0.99)) is exact


def test_a_story_the_rules_are_sure_of_is_read_by_the_classifier_too() -> None:
    # A certain unknown (a report of the world, a memory): on the first contacts the
    # classifier found more requests and scams in them than it lost (ADR 0142).
    report = Understanding("…", "unknown", {}, 1.0)
    assert consult(report, probs(lost_card=0.9)).intent == "lost_card"
    assert consult(report, probs(fraud_check=0.9)).intent == "fraud_check"
    assert consult(report, probs(unknown=0.9)) is report


def test_an_unsure_classifier_changes_nothing() -> None:
    rules = Understanding("…", "check_in", {}, 0.6)
    unsure = {"take_ticket": 0.35, "unknown": 0.34, "check_in": 0.31}
    assert max(unsure.values()) < (learned.TRUST_AT or 1.0)
    assert consult(rules, unsure) is rules


def test_agreeing_with_the_rules_keeps_their_confidence() -> None:
    rules = Understanding("…", "take_ticket", {"service": "cash"}, 0.9)
    assert consult(rules, probs(take_ticket=0.9)) is rules  # still acted on


def test_a_veto_keeps_the_reading_but_does_not_offer_it() -> None:
    rules = Understanding("…", "check_in", {}, 0.6)
    got = consult(rules, probs(unknown=0.9))
    assert got.intent == "unknown"
    assert got.alternatives[0][0] == "check_in"
    assert all(c < ASK_AT for _, _, c in got.alternatives)


def test_a_scam_the_rules_offer_stands_while_the_classifier_allows_one() -> None:
    # The rules' scam reading is kept unless the classifier gives a scam less than
    # KEEP_SCAM_AT: a missed scam costs savings, a needless question a tap.
    rules = Understanding("…", "fraud_check", {}, 0.6)
    allows = {"unknown": 0.8, "fraud_check": learned.KEEP_SCAM_AT}
    assert consult(rules, allows) is rules
    small_talk = {"unknown": 0.95, "fraud_check": learned.KEEP_SCAM_AT - 0.01}
    assert consult(rules, small_talk).intent == "unknown"


def test_the_stage_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "TRUST_AT", None)
    rules = Understanding("…", "check_in", {}, 0.6)
    assert consult(rules, probs(unknown=0.99)) is rules


def test_a_reading_the_rules_offered_is_turned_away_only_when_small_talk_is_likelier() -> None:
    rules = Understanding("…", "check_in", {}, 0.6)
    below = {"unknown": learned.VETO_AT - 0.05, "check_in": 0.3, "take_ticket": 0.25}
    assert max(below.values()) >= (learned.TRUST_AT or 1.0)  # sure enough for anything else
    assert consult(rules, below) is rules
    assert consult(rules, probs(unknown=learned.VETO_AT + 0.05)).intent == "unknown"


@pytest.mark.parametrize("intent", ["call_staff", "lost_card"])
def test_a_person_or_a_lost_card_is_turned_away_only_at_its_own_line(intent: str) -> None:
    # The customer's way out, and a card not stopped (ADR 0096): 0.7, not VETO_AT.
    line = learned.VETO_AT_FOR[intent]
    assert line > learned.VETO_AT
    rules = Understanding("…", intent, {}, 0.65)
    assert consult(rules, probs(unknown=line - 0.05)) is rules
    assert consult(rules, probs(unknown=line + 0.05)).intent == "unknown"


def test_a_scam_where_the_rules_hear_no_request_needs_its_own_line() -> None:
    silence = Understanding("…", "unknown", {}, 0.3)
    line = learned.SCAM_IN_SILENCE_AT
    assert consult(silence, probs(fraud_check=line - 0.05)) is silence
    assert consult(silence, probs(fraud_check=line + 0.05)).intent == "fraud_check"
    # beside a request the rules offer, the ordinary line is enough
    task = Understanding("…", "take_ticket", {"service": "cash"}, 0.6)
    assert (
        consult(task, probs(fraud_check=(learned.TRUST_AT or 0.0) + 0.05)).intent == "fraud_check"
    )


def test_training_without_the_round_sentences_names_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(learned_train, "ROUNDS", tmp_path)
    with pytest.raises(SystemExit) as stopped:
        learned_train.rounds("ko")
    message = str(stopped.value)
    assert str(tmp_path / "ko.yaml") in message
    assert "make learned" in message
