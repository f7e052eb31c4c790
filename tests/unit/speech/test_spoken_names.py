"""A name said on a name field: the words around it go, requests are no name."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kiosk.speech.intent_actions import ASK_AT
from kiosk.speech.intents import UNKNOWN, matcher_for
from kiosk.speech.intents.spoken_names import name_in

UTTERANCES = Path(__file__).resolve().parents[2] / "data" / "utterances"


@pytest.mark.parametrize(
    ("locale", "said", "name"),
    [
        ("en", "mary o'brien", "Mary O'Brien"),
        ("en", "um, my name is john smith-jones", "John Smith-Jones"),
        ("en", "It's Ann McDonald, thank you.", "Ann McDonald"),  # typed capitals kept
        ("en", "yes, i'm peter van der berg", "Peter Van Der Berg"),
        ("ko", "김민수", "김민수"),
        ("ko", "제 이름은 김민수입니다", "김민수"),
        ("ko", "음 김 민수요", "김민수"),  # the recogniser's spaces are no part of a name
        ("ko", "저는 남궁민수라고 합니다", "남궁민수"),
        ("ko", "김민준이에요", "김민준"),
        ("ko", "김지은", "김지은"),  # 은 is a syllable of the name here, not a particle
        ("zh_CN", "王小明", "王小明"),
        ("zh_CN", "我叫 王 小明", "王小明"),
        ("zh_CN", "我的名字是欧阳娜娜吧", "欧阳娜娜"),
        ("zh_CN", "我姓王，名叫小明", "王小明"),
        ("zh_CN", "阿卜杜·热合曼", "阿卜杜·热合曼"),
        ("zh_CN", "嗯 我 叫 王小明", "王小明"),  # Vosk's spaced Chinese, a filler first
        ("zh_CN", "我叫李想", "李想"),
        ("zh_CN", "不是，我叫王小明", "王小明"),  # correcting a name written from speech
        ("ko", "저기 김민수", "김민수"),  # a filler word, not 저 + 기김민수
        ("ko", "김민수 맞아요", "김민수"),
        ("ko", "아니요 제 이름이 김민수예요", "김민수"),
        ("en", "no, Mary Smith", "Mary Smith"),
        ("en", "d'arcy smith-jones", "D'Arcy Smith-Jones"),
    ],
)
def test_the_name_is_taken_from_what_people_say_around_it(
    locale: str, said: str, name: str
) -> None:
    assert name_in(said, locale) == name


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "one two three four"),  # a number, on the wrong field
        ("en", "what's the time"),
        ("en", "i lost my card"),
        ("en", "my name is"),  # nothing after it
        ("en", "john 3"),
        ("en", "Mary Anne Louise de la Cruz"),  # six words: a sentence, not a name
        ("en", "yes that's right"),  # not That'S Right
        ("ko", "네"),
        ("ko", "공일공 일이삼사"),
        ("ko", "카드를 잃어버렸어요"),
        ("ko", "버스 언제 와요"),
        ("ko", "John"),  # another script than the customer's language
        ("zh_CN", "我要取钱"),
        ("zh_CN", "今天星期几"),
        ("zh_CN", "王 three"),
    ],
)
def test_what_is_no_name_gives_none(locale: str, said: str) -> None:
    assert name_in(said, locale) is None


@pytest.mark.parametrize("locale", ["en", "ko", "zh_CN"])
def test_on_a_name_field_requests_still_work_and_chatter_is_seldom_a_name(locale: str) -> None:
    """Every request in the test utterances is either understood as one (the
    assistant acts or asks) or no name; at most 5 % of the out-of-domain ones
    (weather, football) would be written into the field as a name."""
    matcher = matcher_for(locale)
    table = yaml.safe_load((UTTERANCES / f"{locale}.yaml").read_text("utf-8"))
    written, other = [], []
    for row in table["utterances"]:
        text = str(row["text"])
        heard = matcher.understand(text)
        request = heard.intent != UNKNOWN and heard.confidence >= ASK_AT
        if request or name_in(text, locale) is None:
            continue
        (other if row["intent"] == UNKNOWN else written).append(text)
    assert written == []  # a request never becomes a name
    out_of_domain = sum(row["intent"] == UNKNOWN for row in table["utterances"])
    assert len(other) <= 0.05 * out_of_domain, other
