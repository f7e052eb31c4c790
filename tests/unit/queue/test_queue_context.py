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
    "text", ["call 999", "12345", "one two three", "A101", "2 people", "pinyin 12", "四五"]
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


# Issue 16: masking that could be walked around.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("born 1948.05.12", "born ••••"),
        ("pin is 2,4,6,8,1,3", "pin ••••"),
        ("code 246 813", "code ••••"),
        ("card 4111.1111.1111.1111", "card •••• 1111"),
        ("4111  1111  1111  1111", "•••• 1111"),
        ("4111/1111/1111/1111 thanks", "•••• 1111 thanks"),
        ("call 020 7946 0958", "call ••••"),
        ("2025-03-03", "••••"),
        ("12345678901", "••••"),
    ],
)
def test_six_or_more_digits_are_masked_however_separated(text: str, expected: str) -> None:
    assert mask_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it is two four six eight one three", "it is ••••"),
        ("Two-Four-Six, Eight-One-Three", "••••"),
        ("oh one oh, double five one two", "••••"),
        ("号码是二四六八一三", "号码是••••"),
        ("幺 三 八 零 零 一", "••••"),
        ("번호는 이사육팔일삼 이에요", "번호는 ••••에요"),  # 이 is 2 as well: masked too
        ("공일공 일이삼사", "••••"),
    ],
    ids=["en", "en-dashes", "en-repeat", "zh", "zh-yao", "ko", "ko-phone"],
)
def test_numbers_written_as_words_are_masked_in_each_language(text: str, expected: str) -> None:
    assert mask_numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my number is nought seven nine one one five", "my number is ••••"),
        ("o seven nine, o one one five", "••••"),
        ("공일공 칠구륙 오오", "••••"),  # 륙: 육 as written after some syllables
        ("영 구 륙 일 이 삼", "••••"),
    ],
    ids=["en-nought", "en-o", "ko-ryuk", "ko-yeong-ryuk"],
)
def test_a_phone_number_said_with_every_digit_word_is_masked(text: str, expected: str) -> None:
    assert mask_numbers(text) == expected


def test_the_masking_knows_every_digit_word_the_keypad_hears() -> None:
    """One list serves both: a word the keypad types as a digit is masked as one."""
    from kiosk.core.languages import languages
    from kiosk.speech.intents.spoken_numbers import DIGIT_WORDS, digits_in

    for locale, lang in languages().items():
        assert DIGIT_WORDS[locale] == lang.digit_words
        for word, digit in lang.digit_words.items():
            said = " ".join([word] * 6)
            assert digits_in(said, locale) == digit * 6, (locale, word)
            assert mask_numbers(said) == "••••", (locale, word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pin 2468", "pin ••••"),
        ("My PIN is 2468. Please help", "My PIN ••••. Please help"),
        ("PIN:1357", "PIN ••••"),
        ("password: hunter2", "password ••••"),
        ("我的密码是2468", "我的密码 ••••"),
        ("密码 二四六八。谢谢", "密码 ••••。谢谢"),
        ("비밀번호는 2468이에요", "비밀번호 ••••"),
        ("비밀번호 이사육팔", "비밀번호 ••••"),
        ("I forgot my PIN", "I forgot my PIN"),
    ],
)
def test_whatever_follows_pin_is_masked(text: str, expected: str) -> None:
    assert mask_numbers(text) == expected


def test_a_number_split_across_entries_is_masked_as_one() -> None:
    said = ["my card is 4111 1111", "1111 1111", "and my pin", "2468"]
    clean = sanitise_context({"said": said, "typed": ["2468", "13"]})
    assert clean["said"] == ["my card is ••••", "•••• 1111", "and my pin", "••••"]
    assert clean["typed"] == ["••••", "••••"]
    assert "2468" not in json.dumps(clean)


def test_control_characters_in_context_text_become_spaces() -> None:
    clean = sanitise_context({"screen": "home\n\x1b[31mred", "said": ["a\u202eb"]})
    assert clean == {"screen": "home  [31mred", "said": ["a b"]}


def test_a_draft_code_of_digits_only_is_kept_for_the_teller() -> None:
    assert sanitise_context({"draft_code": "234567"}) == {"draft_code": "234567"}
    assert sanitise_context({"draft_code": "pin 2468\n"}) == {}


def test_an_amount_and_a_term_are_two_numbers() -> None:
    assert mask_numbers("personal_loan: 5000 / 24 months") == "personal_loan: 5000 / 24 months"
    assert mask_numbers("born 1948/05/12") == "born ••••"
