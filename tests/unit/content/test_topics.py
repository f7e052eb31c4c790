"""Booking topics come as ids and are said in the customer's own language."""

from __future__ import annotations

import re

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.content.topics import topic_key, topic_keys, topic_words
from kiosk.core import ids
from kiosk.paths import locales_dir

CATALOGS = load_catalogs(locales_dir())
LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_every_topic_has_words_in_every_language(locale: str) -> None:
    catalog = CATALOGS[locale]
    missing = [key for key in topic_keys() if not catalog.has(key)]
    assert not missing, missing


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_no_english_word_inside_a_chinese_or_korean_welcome(locale: str) -> None:
    catalog = CATALOGS[locale]
    for topic in (*ids.BOOKING_TOPICS, "crypto_advice", "", "PENSION"):
        words = topic_words(topic, catalog)
        sentence = catalog.text(
            "journey.check_in.welcome.body", time="10:30", topic=words, number="E007", name="王"
        )
        assert not LATIN.search(sentence), (topic, sentence)


def test_known_ids_any_case_and_unknown_ids_neutral() -> None:
    en = CATALOGS["en"]
    assert topic_words(" Pension ", en) == "your pension"
    assert topic_key("crypto_advice") == topic_key("") == "journey.check_in.topic.other"
    assert topic_words("crypto_advice", en) == "what you booked"
    assert topic_words("pension", CATALOGS["zh_CN"]) == "养老金业务"
    assert topic_words("loan", CATALOGS["ko"]) == "대출 상담"
