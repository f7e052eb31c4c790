"""The context card: whitelisted, secret-free, card numbers masked, capped."""

from __future__ import annotations

import copy
import json
import re

import pytest

from kiosk.queue.context import MAX_TEXT, mask_numbers, sanitise_context


def test_only_whitelisted_keys_survive() -> None:
    raw = {
        "kiosk_id": "kiosk-2",
        "location": "by the door",
        "locale": "zh_CN",
        "text_size": 150,
        "theme": "high_contrast",
        "voice_on": True,
        "screen": "journey.lost_card.confirm",
        "journey": "lost_card",
        "step": "confirm",
        "steps": ["home", "journey.lost_card.start"],
        "said": ["I lost my card"],
        "typed": ["lee"],
        "draft_code": "F-2231",
        "account_balance": 1200,
        "name": "Mrs Lee",
        "session": {"nested": "thing"},
    }
    clean = sanitise_context(raw)
    assert set(clean) == set(raw) - {"account_balance", "name", "session"}
    assert clean["text_size"] == 150 and clean["voice_on"] is True
    json.dumps(clean)  # storable as JSON


@pytest.mark.parametrize("key", ["pin", "PIN", "new_pin", "cvv2", "password", "Password_hint"])
def test_secret_looking_keys_are_dropped(key: str) -> None:
    assert sanitise_context({key: "1234", "screen": "home"}) == {"screen": "home"}


def test_values_of_the_wrong_type_are_dropped() -> None:
    raw = {
        "text_size": True,
        "voice_on": "yes",
        "steps": "home",
        "said": ["ok", 5, None, "fine"],
        "screen": 12,
    }
    assert sanitise_context(raw) == {"said": ["ok", "fine"]}


def test_only_the_last_utterances_are_kept() -> None:
    said = [f"sentence {i}" for i in range(9)]
    clean = sanitise_context({"said": said, "typed": said, "steps": [str(i) for i in range(30)]})
    assert clean["said"] == said[-5:] and clean["typed"] == said[-5:]
    assert clean["steps"] == [str(i) for i in range(10, 30)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4111111111111111", "•••• 1111"),
        ("card 4111 1111 1111 1234 please", "card •••• 1234 please"),
        ("4111-1111-1111-5678", "•••• 5678"),
        ("account 123456789012", "account •••• 9012"),
        ("６２２２ ０２１２ ３４５６ ７８９０", "•••• 7890"),
        ("four one one one one one one one one one two three four five", "•••• 2345"),
        ("卡号 六 二 二 二 零 二 一 二 三 四 五 六", "卡号 •••• 3456"),
        ("카드 사일일일일일일일일일오육칠팔", "카드 •••• 5678"),
    ],
)
def test_long_numbers_are_masked_to_the_last_four(text: str, expected: str) -> None:
    assert mask_numbers(text) == expected
    assert sanitise_context({"said": [text]})["said"] == [expected]


@pytest.mark.parametrize(
    "text",
    ["call 020 7946 0958", "12345678901", "amount 1,234,567.89", "one two three", "2025-03-03"],
)
def test_short_numbers_are_left_alone(text: str) -> None:
    assert mask_numbers(text) == text


def test_every_string_field_is_masked() -> None:
    card = "5500 0000 0000 0004"
    raw = {k: f"x {card}" for k in ("location", "screen", "step", "draft_code", "journey")}
    raw["typed"] = [card]  # type: ignore[assignment]
    dumped = json.dumps(sanitise_context(raw), ensure_ascii=False)
    assert "5500" not in dumped and "•••• 0004" in dumped


def test_strings_are_capped_after_masking() -> None:
    text = "x" * (MAX_TEXT - 10) + " 4111 1111 1111 1111 and more words" * 3
    clean = sanitise_context({"said": [text], "screen": "y" * 1000})
    assert len(clean["said"][0]) <= MAX_TEXT and len(clean["screen"]) == MAX_TEXT
    assert not re.search(r"\d{5}", clean["said"][0].replace(" ", ""))


def test_the_input_is_not_changed() -> None:
    raw = {"said": ["4111111111111111"] * 7, "pin": "1"}
    before = copy.deepcopy(raw)
    sanitise_context(raw)
    assert raw == before


def test_the_fraud_answers_and_the_quiet_check_reach_staff() -> None:
    chosen = ["on_phone=no", "authority=unsure", "courier=yes"]
    clean = sanitise_context({"chosen": chosen, "quiet_check": True, "journey": "fraud_check"})
    assert clean["chosen"] == chosen
    assert clean["quiet_check"] is True


def test_odd_fraud_answers_are_dropped() -> None:
    clean = sanitise_context({"chosen": ["courier=yes", 1, None], "quiet_check": "yes"})
    assert clean == {"chosen": ["courier=yes"]}
    assert sanitise_context({"chosen": "courier=yes"}) == {}
