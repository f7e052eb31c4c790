"""Understanding measured on what customers say (tests/data/utterances/<lang>.yaml).

The utterances are written apart from the templates, as a tester would; the
thresholds are the product's: ≥ 95 % of intents right, ≤ 5 % of out-of-domain
speech (weather, family, football) taken for a bank request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.core import ids
from kiosk.speech.intents import INTENTS, SLOT_VALUES, UNKNOWN, matcher_for

DATA = Path(__file__).resolve().parents[2] / "data" / "utterances"
MIN_ACCURACY = 0.95
MAX_FALSE_ACCEPTS = 0.05
MIN_UTTERANCES = 80
MIN_OUT_OF_DOMAIN = 15


@dataclass(frozen=True)
class Case:
    text: str
    intent: str
    slots: dict[str, str]
    has_slots: bool


def cases(locale: str) -> list[Case]:
    table: dict[str, Any] = yaml.safe_load((DATA / f"{locale}.yaml").read_text("utf-8"))
    assert table["locale"] == locale
    return [
        Case(str(u["text"]), str(u["intent"]), dict(u.get("slots") or {}), "slots" in u)
        for u in table["utterances"]
    ]


@dataclass(frozen=True)
class Score:
    total: int
    right: int
    ood: int
    false_accepts: int
    slot_cases: int
    slots_right: int
    misses: list[str]

    @property
    def accuracy(self) -> float:
        return self.right / self.total

    @property
    def false_accept_rate(self) -> float:
        return self.false_accepts / self.ood


def score(locale: str) -> Score:
    matcher = matcher_for(locale)
    right = ood = false_accepts = slot_cases = slots_right = 0
    misses = []
    all_cases = cases(locale)
    for case in all_cases:
        got = matcher.understand(case.text)
        right += got.intent == case.intent
        if case.intent == UNKNOWN:
            ood += 1
            false_accepts += got.intent != UNKNOWN
        if case.has_slots:
            slot_cases += 1
            slots_right += (got.intent, got.slots) == (case.intent, case.slots)
        if got.intent != case.intent or (case.has_slots and got.slots != case.slots):
            misses.append(
                f"{case.text!r}: want {case.intent} {case.slots}, "
                f"got {got.intent} {got.slots} ({got.confidence:.2f})"
            )
    return Score(len(all_cases), right, ood, false_accepts, slot_cases, slots_right, misses)


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {locale: score(locale) for locale in ids.LOCALES}


def table(scores: dict[str, Score]) -> str:
    lines = [
        f"{'locale':<7} {'n':>4} {'intent acc':>10} {'OOD':>4} {'false acc':>9} {'slots':>9}",
    ]
    for locale, s in scores.items():
        lines.append(
            f"{locale:<7} {s.total:>4} {s.accuracy:>10.1%} {s.ood:>4} "
            f"{s.false_accept_rate:>9.1%} {s.slots_right:>4}/{s.slot_cases:<4}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_data_is_big_and_varied_enough(locale: str) -> None:
    found = cases(locale)
    assert len(found) >= MIN_UTTERANCES
    assert sum(c.intent == UNKNOWN for c in found) >= MIN_OUT_OF_DOMAIN
    assert {c.intent for c in found} == set(INTENTS), "every intent is tested"
    for case in found:
        assert case.intent in INTENTS, case
        for slot, value in case.slots.items():
            assert value in SLOT_VALUES[slot], case
    texts = [c.text for c in found]
    assert len(set(texts)) == len(texts), "no duplicates"


def test_accuracy_per_locale(scores: dict[str, Score], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\nintent understanding on tests/data/utterances\n" + table(scores))
    for locale, s in scores.items():
        detail = "\n".join(s.misses)
        assert s.accuracy >= MIN_ACCURACY, f"{locale}: {s.accuracy:.1%} < 95 %\n{detail}"
        assert s.false_accept_rate <= MAX_FALSE_ACCEPTS, (
            f"{locale}: {s.false_accept_rate:.1%} of out-of-domain speech accepted\n{detail}"
        )


def test_slots_where_utterances_name_them(scores: dict[str, Score]) -> None:
    for locale, s in scores.items():
        assert s.slot_cases >= 15, f"{locale}: too few utterances with slots to judge"
        wrong = [m for m in s.misses if "{'" in m.split("want", 1)[1].split(",", 1)[0]]
        assert s.slots_right / s.slot_cases >= MIN_ACCURACY, f"{locale}:\n" + "\n".join(wrong)


def vosk_style(text: str) -> str:
    """What Vosk's Chinese model returns: words (here: every ideograph) spaced out."""
    return " ".join(re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+", text))


def test_chinese_with_vosk_spaces_means_the_same() -> None:
    matcher = matcher_for("zh_CN")
    for case in cases("zh_CN"):
        plain, spaced = matcher.understand(case.text), matcher.understand(vosk_style(case.text))
        assert (spaced.intent, spaced.slots, spaced.confidence) == (
            plain.intent,
            plain.slots,
            plain.confidence,
        ), vosk_style(case.text)
