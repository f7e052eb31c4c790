"""Numbers, codes and personal details as the kiosk says them, per locale (pure, no Qt).

The tables are the contract: a calling system reads "A012" one character at a
time, and a name or phone number never goes out through the loudspeaker.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.content.catalog import Catalog, load_catalogs
from kiosk.paths import locales_dir
from kiosk.speech.aloud import (
    say_answer,
    say_number,
    say_sentence,
    say_time,
    say_values,
    spell_code,
)


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return load_catalogs(locales_dir())


NUMBERS = [
    # (locale, label, in a sentence, said on its own)
    ("en", "A012", "A, zero, one, two", "A, zero, one, two"),
    ("zh_CN", "A012", "A零一二", "A零一二号"),
    ("ko", "A012", "에이 공일이", "에이 공일이 번"),
    ("en", "H003", "H, zero, zero, three", "H, zero, zero, three"),
    ("zh_CN", "H003", "H零零三", "H零零三号"),
    ("ko", "H003", "에이치 공공삼", "에이치 공공삼 번"),
    ("en", "B120", "B, one, two, zero", "B, one, two, zero"),
    ("zh_CN", "B120", "B一二零", "B一二零号"),
    ("ko", "C007", "씨 공공칠", "씨 공공칠 번"),
]


@pytest.mark.parametrize(("locale", "label", "inside", "alone"), NUMBERS)
def test_queue_numbers_are_read_as_calling_systems_read_them(
    catalogs: dict[str, Catalog], locale: str, label: str, inside: str, alone: str
) -> None:
    assert say_number(label, catalogs[locale]) == inside
    assert say_number(label, catalogs[locale], alone=True) == alone


CODES = [
    ("en", "K7F3QM", "K, seven, F, three, Q, M"),
    ("zh_CN", "K7F3QM", "K，七，F，三，Q，M"),
    ("ko", "K7F3QM", "케이, 칠, 에프, 삼, 큐, 엠"),
    ("en", "w2z9", "W, two, Z, nine"),  # typed lower-case: the same code
    ("ko", "W2Z9", "더블유, 이, 제트, 구"),
    # E and 2 are both "이", O and 5 both "오" in Korean: the letter is marked.
    ("ko", "E2O5", "영문 이, 이, 영문 오, 오"),
    ("en", "E2O5", "E, two, O, five"),
    ("zh_CN", "20261203", "二，零，二，六，一，二，零，三"),
    ("en", "AB-12", "A, B, one, two"),  # a dash is no character of the code
]


@pytest.mark.parametrize(("locale", "code", "said"), CODES)
def test_codes_are_spelled_with_letter_names_people_know(
    catalogs: dict[str, Catalog], locale: str, code: str, said: str
) -> None:
    assert spell_code(code, catalogs[locale]) == said


ANSWERS = [
    # (locale, kind, value, loudspeaker, private audio)
    ("en", "phone", "13812345678", "ending in seven, eight",
     "one, three, eight, one, two, three, four, five, six, seven, eight"),
    ("zh_CN", "phone", "13812345678", "尾号七八", "一三八一二三四五六七八"),
    ("ko", "phone", "01012345678", "끝자리 칠팔", "공일공일이삼사오육칠팔"),
    ("en", "name", "Mary O'Brien", "please check it on the screen", "Mary O'Brien"),
    ("zh_CN", "name", "王秀英", "请在屏幕上核对", "王秀英"),
    ("ko", "name", "김민수", "화면에서 확인해 주세요", "김민수"),
    ("en", "date", "19480512", "please check it on the screen", "1948-05-12"),
    ("zh_CN", "date", "19480512", "请在屏幕上核对", "1948-05-12"),
    ("ko", "date", "19480512", "화면에서 확인해 주세요", "1948-05-12"),
    ("ko", "code", "12345678", "일, 이, 삼, 사, 오, 육, 칠, 팔", "일, 이, 삼, 사, 오, 육, 칠, 팔"),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "kind", "value", "loud", "private"), ANSWERS)
def test_personal_answers_are_masked_unless_the_audio_is_private(
    catalogs: dict[str, Catalog], locale: str, kind: str, value: str, loud: str, private: str
) -> None:
    catalog = catalogs[locale]
    assert say_answer(kind, value, catalog) == loud
    assert say_answer(kind, value, catalog, private=True) == private
    if kind in PERSONAL:
        assert value not in say_answer(kind, value, catalog)
        assert value[-4:] not in say_answer(kind, value, catalog)


PERSONAL = ("phone", "name", "date")


@pytest.mark.parametrize(
    ("locale", "loud"),
    [("en", "Welcome"), ("zh_CN", "欢迎您"), ("ko", "어서 오세요")],
)
def test_a_booking_name_is_not_said_through_the_loudspeaker(
    catalogs: dict[str, Catalog], locale: str, loud: str
) -> None:
    catalog = catalogs[locale]
    name = {"en": "Mrs Wang", "zh_CN": "王秀英", "ko": "김민수"}[locale]
    key = "journey.check_in.welcome.title"
    said = say_sentence(catalog, key, {}, {"name": name})
    assert said == loud and name not in said
    assert name in say_sentence(catalog, key, {}, {"name": name}, private=True)
    assert say_sentence(catalog, key, {}, {"name": name}, private=True) == catalog.text(
        key, name=name
    )


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_a_name_written_from_speech_is_not_read_back_aloud(
    catalogs: dict[str, Catalog], locale: str
) -> None:
    catalog = catalogs[locale]
    name = {"en": "Mary O'Brien", "zh_CN": "王秀英", "ko": "김민수"}[locale]
    for key in ("assistant.name_written", "assistant.name_instead"):
        assert name not in say_sentence(catalog, key, {}, {"name": name})
        assert name in say_sentence(catalog, key, {}, {"name": name}, private=True)


def test_without_a_spoken_form_a_personal_value_becomes_look_at_the_screen(
    catalogs: dict[str, Catalog],
) -> None:
    catalog = Catalog("en", {"x": "Hello {name}."}, fallback=catalogs["en"])
    assert say_sentence(catalog, "x", {}, {"name": "Mary"}) == (
        "Hello please check it on the screen."
    )


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "Your number is A, zero, one, two."),
        ("zh_CN", "您的号码是A零一二。"),
        ("ko", "번호는 에이 공일이번입니다."),
    ],
)
def test_a_number_inside_a_sentence_keeps_the_sentences_own_counter_word(
    catalogs: dict[str, Catalog], locale: str, said: str
) -> None:
    catalog = catalogs[locale]
    values = say_values({"number": "A012", "topic": "x", "time": "10:30"}, catalog)
    body = catalog.text("journey.check_in.welcome.simpler", **values)
    assert body.endswith(said)


@pytest.mark.parametrize(
    ("locale", "hotline", "said"),
    [("en", "95588", "nine, five, five, eight, eight"), ("zh_CN", "95588", "九五五八八"),
     ("ko", "1588-1688", "일오팔팔일육팔팔")],
)  # fmt: skip
def test_a_service_phone_number_is_read_digit_by_digit(
    catalogs: dict[str, Catalog], locale: str, hotline: str, said: str
) -> None:
    values = say_values(
        {"hotline": hotline, "bank": "Bank 24", "seconds": 2000, "day": "2026-12-03"},
        catalogs[locale],
    )
    assert values["hotline"] == said
    assert values["bank"] == "Bank 24" and values["seconds"] == 2000
    assert values["day"] == "2026-12-03"


TIMES = [
    ("en", "10:30", "ten 30"), ("en", "14:00", "two o'clock"), ("en", "9:05", "nine oh 5"),
    ("zh_CN", "10:30", "十点30分"), ("zh_CN", "14:00", "两点"), ("zh_CN", "9:05", "九点零5分"),
    ("ko", "10:30", "열 시 30 분"), ("ko", "14:00", "두 시"), ("ko", "11:45", "열한 시 45 분"),
    ("ko", "25:00", "25:00"), ("en", "soon", "soon"),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "clock", "said"), TIMES)
def test_a_booking_time_is_said_as_people_say_it(
    catalogs: dict[str, Catalog], locale: str, clock: str, said: str
) -> None:
    """espeak-ng reads "10:30" as 십 삼십 in Korean (not 열 시 삼십 분) and 十 三十 in Chinese."""
    assert say_time(clock, catalogs[locale]) == said
    assert say_values({"time": clock}, catalogs[locale])["time"] == said


def test_a_damaged_catalogue_still_spells_one_character_at_a_time() -> None:
    empty = Catalog("en", {})
    assert spell_code("K7F", empty) == "K 7 F"
    assert say_number("A012", empty, alone=True) == "A 0 1 2"


def test_aloud_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import kiosk.speech.aloud, kiosk.speech.voice_check\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


needs_espeak_program = pytest.mark.skipif(
    __import__("shutil").which("espeak-ng") is None, reason="espeak-ng is not installed"
)
# What espeak-ng's chosen voice must say (its IPA), and what it says for the bare label.
HEARD = {
    # locale: (must be heard in order, must not be heard)
    "en": (["ˈeɪ", "zˈiəɹoʊ", "wˈʌn", "tˈuː"], "twˈɛlv"),  # not "A zero twelve"
    "zh_CN": (["ˈei5", "lˈiɜŋ", "jˈi5", "ˈər5", "χˈɑu5"], "s.i.ɜ"),  # 零一二号, not 十二 (shí)
    "ko": (["ˈei", "ɡˈoŋiɾˌi", "pˈʌn"], "sˈip"),  # 에이 공일이 번, not 영십이
}


@needs_espeak_program
def test_the_korean_voice_says_ten_thirty_with_native_hours(catalogs: dict[str, Catalog]) -> None:
    from kiosk.speech.voice_check import read_phonemes

    assert read_phonemes("ko", say_time("10:30", catalogs["ko"])).startswith("jˈʌɫ sˈi")  # 열 시
    assert read_phonemes("ko", "10:30").startswith("sˈip")  # 십: what the bare time gives


@needs_espeak_program
@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_the_chosen_voice_says_each_character_of_the_number(
    catalogs: dict[str, Catalog], locale: str
) -> None:
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser
    from kiosk.speech.voice_check import language_switches, read_phonemes

    voice = Pyttsx3Synthesiser().voice_for(locale)
    said = read_phonemes(voice.id, say_number("A012", catalogs[locale], alone=True))
    bare = read_phonemes(voice.id, "A012")
    wanted, wrong = HEARD[locale]
    flat = " ".join(said.split())
    position = 0
    for sound in wanted:
        position = flat.index(sound, position) + len(sound)  # in this order
    assert wrong not in flat and language_switches(said) == []
    assert wrong in bare  # what espeak-ng would have said for the label as printed


@needs_espeak_program
@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_a_spelled_code_is_six_sounds_in_the_locales_own_voice(
    catalogs: dict[str, Catalog], locale: str
) -> None:
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser
    from kiosk.speech.voice_check import language_switches, read_phonemes

    voice = Pyttsx3Synthesiser().voice_for(locale)
    said = read_phonemes(voice.id, spell_code("K7F3QM", catalogs[locale]))
    assert len(said.split()) == 6 and language_switches(said) == []  # one pause per character


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_the_chinese_and_korean_voices_meet_no_latin_words(
    catalogs: dict[str, Catalog], locale: str
) -> None:
    """espeak-ng's Korean voice switches to English for Latin letters, and the
    Mandarin voice reads them as pinyin: what they say must be in their script.

    (Spelled letters are the exception: read_aloud's own letter names.)
    """
    import re

    catalog = catalogs[locale]
    latin = []
    for key in catalog.messages:
        if key.startswith(("spoken.", "read_aloud.", "staff.")):  # staff words are not said
            continue
        said = re.sub(r"\{[^}]*\}", "", catalog.spoken(key))
        if re.search("[A-Za-z]", said):
            latin.append(f"{key}: {said}")
    assert latin == []
