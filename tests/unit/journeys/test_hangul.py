"""Korean 2-beolsik composition: jamo keys in, syllables out, Delete one key at a time."""

import pytest

from kiosk.journeys.hangul import compose, decompose, delete_last, keys_for


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("ㅎㅏㄴㄱㅡㄹ", "한글"),
        ("ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ", "안녕하세요"),
        ("ㄱㅏㅂㅅㅇㅣ", "값이"),  # ㅄ stays a final: the vowel takes only the ㅇ
        ("ㄷㅏㄹㄱ", "닭"),
        ("ㅂㅜㅔㄹㄱ", "뷁"),  # compound vowel ㅞ and double final ㄺ in one syllable
        ("ㅇㅡㅣㅅㅏ", "의사"),  # ㅡ+ㅣ → ㅢ; ㅅ moves on when ㅏ follows
        ("ㄱㅣㅁㅁㅣㄴㅅㅜ", "김민수"),
        ("ㅇㅣㅇㅕㅇㅎㅡㅣ", "이영희"),
        ("ㅂㅏㄱㅈㅓㅇㅅㅜㄱ", "박정숙"),
        ("ㄷㅏㄹㄱㅏ", "달가"),  # a double final splits: ㄹ stays, ㄱ moves on
        ("ㄲㅗㅊ", "꽃"),
        ("ㄸㅏㄸ", "따ㄸ"),  # ㄸ is never a final
        ("ㅗㅏ", "ㅘ"),  # a lone compound vowel
        ("ㄱ", "ㄱ"),
        ("ㄱㄴ", "ㄱㄴ"),
        ("ㅏ", "ㅏ"),
    ],
)
def test_keys_compose_to_syllables(keys: str, text: str) -> None:
    assert compose(list(keys)) == text


def test_other_characters_pass_through_and_end_the_syllable() -> None:
    assert compose([*"ㄱㅣㅁ", " ", *"ㅇㅣ"]) == "김 이"
    assert compose(["A", *"ㄱㅏ", "-", *"ㄴㅏ"]) == "A가-나"


def test_delete_takes_back_one_key_at_a_time() -> None:
    keys = list("ㄱㅏㅂㅅ")
    seen = []
    while keys:
        seen.append(compose(keys))
        keys = delete_last(keys)
    assert seen == ["값", "갑", "가", "ㄱ"]
    keys = list("ㄷㅏㄹㄱㅇㅣ")  # 닭이 → 닭ㅇ → 닭 → 달 → 다
    assert [compose(keys[:n]) for n in range(6, 1, -1)] == ["닭이", "닭ㅇ", "닭", "달", "다"]


@pytest.mark.parametrize("text", ["한글", "뷁", "김민수", "의사", "값이", "꽃", "O'Brien 김"])
def test_decompose_gives_the_keys_that_type_the_text(text: str) -> None:
    assert compose(decompose(text)) == text
    assert keys_for(text) == decompose(text)


def test_text_that_keys_cannot_retype_has_no_keys() -> None:
    assert decompose("가ㄱ") == list("ㄱㅏㄱ")
    assert keys_for("가ㄱ") is None  # typing ㄱㅏㄱ gives 각, not 가ㄱ
