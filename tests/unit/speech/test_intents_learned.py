"""The learned second opinion (locales/<lang>/learned.json, docs/design/0089)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from benchmarks.learned_train import training_hash
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import locales_dir
from kiosk.speech import intents
from kiosk.speech.intent_actions import ACT_AT, ASK_AT
from kiosk.speech.intents import learned
from kiosk.speech.intents.learned import Learned, consult, learned_path, load_learned
from kiosk.speech.intents.vocabulary import Understanding

# The sentences below were written for this test, in no studied or held-out set.
OTHERS = {
    "take_ticket": 0.02,
    "lost_card": 0.02,
    "unknown": 0.02,
}


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
def test_the_file_is_small_and_loads_fast(locale: str) -> None:
    path = learned_path(locales_dir(), locale)
    assert path.stat().st_size < 2_000_000
    took = []
    for _ in range(3):  # the best of three: the machine's other work is not the load's cost
        began = time.perf_counter()
        load_learned(path, locale)
        took.append(time.perf_counter() - began)
    assert min(took) < 0.2


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
    path.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_learned(path, "en")
    assert caught.value.path == path
    assert caught.value.field == field


def test_a_file_that_is_not_json_is_a_content_error(tmp_path: Path) -> None:
    path = tmp_path / "learned.json"
    path.write_text("{weights: ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"learned\.json"):
        load_learned(path, "en")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_the_same_sentence_gets_the_same_probabilities(weights, locale: str) -> None:
    said = {"en": "hello there", "zh_CN": "你好", "ko": "안녕하세요"}[locale]
    again = load_learned(learned_path(locales_dir(), locale), locale)
    first = weights[locale].probabilities(said)
    assert first == weights[locale].probabilities(said) == again.probabilities(said)
    assert abs(sum(first.values()) - 1.0) < 1e-9


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


def test_a_learned_reading_is_offered_never_acted_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "OFFER_AT", 0.7)
    got = consult(Understanding("…", "unknown", {}, 0.8), probs(lost_card=0.95))
    assert got.intent == "lost_card"
    assert ASK_AT <= got.confidence < ACT_AT


def test_a_learned_scam_reading_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "SCAM_AT", 0.7)
    rules = Understanding("…", "take_ticket", {"service": "cash"}, 0.62)
    got = consult(rules, probs(fraud_check=0.9))
    assert got.intent == "fraud_check"
    assert ASK_AT <= got.confidence < ACT_AT
    assert got.alternatives[0][:2] == ("take_ticket", {"service": "cash"})
    assert got.alternatives[0][2] >= ASK_AT  # still a button


def test_a_certain_reading_is_never_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OFFER_AT", "SCAM_AT", "VETO_AT"):
        monkeypatch.setattr(learned, name, 0.5)
    exact = Understanding("…", "take_ticket", {"service": "cash"}, 1.0)
    assert consult(exact, probs(fraud_check=0.99)) is exact
    report = Understanding("…", "unknown", {}, 1.0)
    assert consult(report, probs(lost_card=0.99)) is report


def test_a_veto_keeps_the_reading_but_does_not_offer_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "VETO_AT", 0.7)
    rules = Understanding("…", "lost_card", {}, 0.6)
    got = consult(rules, probs(unknown=0.9))
    assert got.intent == "unknown"
    assert got.alternatives[0][0] == "lost_card"
    assert all(c < ASK_AT for _, _, c in got.alternatives)


def test_a_scam_reading_of_the_rules_is_never_vetoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "VETO_AT", 0.5)
    rules = Understanding("…", "fraud_check", {}, 0.6)
    assert consult(rules, probs(unknown=0.95)) is rules
