"""What the lobby says for a call, in which languages, and in what order (no Qt)."""

from __future__ import annotations

import pytest

from kiosk.config import Config
from kiosk.content.catalog import Catalog, load_catalogs
from kiosk.paths import locales_dir
from kiosk.queue.announcement import (
    CHIME,
    SPEECH,
    AnnouncementQueue,
    AnnouncementSettings,
    BadAnnouncement,
    CallAnnouncement,
    Clip,
    announcement_locales,
    announcement_sentences,
    plan_clips,
    resolve_particles,
)

COUNTER_3 = {"en": "counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"}


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return load_catalogs(locales_dir())


def call(number: str = "A012", recall: bool = False, **kw: object) -> CallAnnouncement:
    kw.setdefault("counter_names", COUNTER_3)
    kw.setdefault("locales", ("en", "zh_CN", "ko"))
    return CallAnnouncement(number, recall=recall, **kw)  # type: ignore[arg-type]


def test_each_language_calls_the_number_character_by_character(catalogs) -> None:
    said = announcement_sentences(call(), catalogs)
    assert said == {
        "en": "Number A, zero, one, two, please go to counter 3.",
        "zh_CN": "请A零一二号顾客到3号窗口办理。",
        "ko": "에이 공일이 번 고객님, 3번 창구로 오십시오.",
    }
    assert list(said) == ["en", "zh_CN", "ko"]  # in the call's order


def test_the_ticket_language_comes_first_then_the_branch_language(catalogs) -> None:
    assert announcement_locales("ko", "zh_CN") == ("ko", "zh_CN")
    assert announcement_locales("zh_CN", "zh_CN") == ("zh_CN",)
    assert announcement_locales(None, "en") == ("en",)  # a ticket taken by staff
    assert announcement_locales("xx", "ko") == ("ko",)
    said = announcement_sentences(call(locales=announcement_locales("ko", "en")), catalogs)
    assert list(said) == ["ko", "en"]


def test_a_recall_says_it_is_calling_again(catalogs) -> None:
    said = announcement_sentences(call("B105", recall=True), catalogs)
    assert said["en"] == "Calling again: number B, one, zero, five, please go to counter 3."
    assert said["zh_CN"] == "再次呼叫：请B一零五号顾客到3号窗口办理。"
    assert said["ko"].startswith("다시 한 번 안내해 드립니다. 비 일공오 번 고객님")


def test_a_direction_is_said_where_each_language_puts_it(catalogs) -> None:
    upstairs = {"en": "upstairs", "zh_CN": "二楼", "ko": "2층"}
    said = announcement_sentences(call(direction=upstairs), catalogs)
    assert said["en"] == "Number A, zero, one, two, please go to counter 3, upstairs."
    assert said["zh_CN"] == "请A零一二号顾客到二楼的3号窗口办理。"
    assert said["ko"] == "에이 공일이 번 고객님, 2층 3번 창구로 오십시오."


def test_arrows_on_the_display_are_not_read_out(catalogs) -> None:
    said = announcement_sentences(
        call(direction={"en": "← on the left"}, locales=("en", "zh_CN")), catalogs
    )
    assert said["en"].endswith("counter 3, on the left.")
    # No Chinese direction: not said in English by the Chinese voice.
    assert said["zh_CN"] == "请A零一二号顾客到3号窗口办理。"


def test_a_counter_named_in_english_only_is_still_announced(catalogs) -> None:
    said = announcement_sentences(call(counter_names={"en": "counter 7"}), catalogs)
    assert said["en"].endswith("please go to counter 7.")
    assert "counter 7" in said["ko"]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("3번 창구(으)로 오십시오", "3번 창구로 오십시오"),
        ("상담실(으)로 오십시오", "상담실로 오십시오"),  # ㄹ takes 로
        ("접수석(으)로 오십시오", "접수석으로 오십시오"),
        ("창구 3(으)로", "창구 3으로"),  # 삼
        ("창구 2(으)로", "창구 2로"),  # 이
        ("창구 7(으)로", "창구 7로"),  # 칠: ㄹ
        ("VIP(으)로", "VIP로"),
        ("Please go to counter 3.", "Please go to counter 3."),
    ],
)
def test_korean_to_particle_follows_the_sound_before_it(written: str, said: str) -> None:
    assert resolve_particles(written) == said


def test_korean_particle_in_a_real_announcement(catalogs) -> None:
    desk = {"en": "the advice desk", "ko": "상담석"}
    said = announcement_sentences(call(counter_names=desk, locales=("ko",)), catalogs)
    assert said["ko"] == "에이 공일이 번 고객님, 상담석으로 오십시오."


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"number": ""}, "letters and digits like A012"),
        ({"number": "A 012"}, "letters and digits like A012"),
        ({"number": "A0123456789012"}, "letters and digits like A012"),
        ({"counter_names": {}}, "has no name"),
        ({"counter_names": {"en": " "}}, "must be plain text"),
        ({"counter_names": {"en": "counter\n3"}}, "must be plain text"),
        ({"locales": ()}, "announce in one or more of en, zh_CN, ko"),
        ({"locales": ("en", "fr")}, "not ['en', 'fr']"),
        ({"direction": {"en": ""}}, "direction for en must be plain text"),
    ],
)
def test_bad_calls_are_refused_with_a_clear_message(kwargs: dict, message: str) -> None:
    values = {"number": "A012", "counter_names": COUNTER_3, "locales": ("en",), **kwargs}
    with pytest.raises(BadAnnouncement, match=message.replace("[", r"\[").replace("]", r"\]")):
        CallAnnouncement(**values)


def test_a_call_is_normalised_and_cannot_change_afterwards() -> None:
    names = {"en": " counter 3 "}
    made = CallAnnouncement(" a012 ", names, locales=("en", "en"))
    names["en"] = "counter 9"  # the caller's dict changes later …
    assert made.number == "A012" and made.locales == ("en",)
    assert made.counter_name("en") == "counter 3"  # … the call does not
    with pytest.raises(TypeError):
        made.counter_names["en"] = "x"  # type: ignore[index]


def test_a_locale_without_words_loaded_is_refused(catalogs) -> None:
    only_english = {"en": catalogs["en"]}
    with pytest.raises(BadAnnouncement, match="no words are loaded for ko"):
        announcement_sentences(call(locales=("en", "ko")), only_english)


def test_the_chime_comes_first_then_rounds_of_languages() -> None:
    said = {"ko": "K", "en": "E"}
    clips = plan_clips(call(locales=("ko", "en")), said, repeats=2)
    assert [(c.kind, c.locale, c.text) for c in clips] == [
        (CHIME, "", ""),
        (SPEECH, "ko", "K"),
        (SPEECH, "en", "E"),
        (SPEECH, "ko", "K"),
        (SPEECH, "en", "E"),
    ]
    assert plan_clips(call(locales=("en",)), {"en": "E"}, repeats=0) == (
        Clip(CHIME, "A012"),
        Clip(SPEECH, "A012", "en", "E"),
    )  # said at least once


def test_with_speech_off_only_the_chime() -> None:
    assert plan_clips(call(), {}, repeats=2, speak=False) == (Clip(CHIME, "A012"),)


def settings_from(**values: object) -> AnnouncementSettings:
    return AnnouncementSettings.from_config(Config(values))


def test_settings_come_from_the_declared_config() -> None:
    assert settings_from() == AnnouncementSettings(True, 2, 150, 0.9)
    custom = settings_from(**{"lobby.speak": False, "lobby.announce_repeats": 3})
    assert not custom.speak and custom.repeats == 3
    from kiosk.core.errors import ConfigError

    with pytest.raises(ConfigError, match=r"lobby\.announce_repeats.*at most 5"):
        Config({"lobby.announce_repeats": 9})


def one_clip_plan(made: CallAnnouncement) -> list[Clip]:
    return [Clip(CHIME, made.number), Clip(SPEECH, made.number, "en", str(made.recall))]


def play_all(queue: AnnouncementQueue) -> list[tuple[str, str]]:
    """Drain the queue as a player would: one clip after another, calls in turn."""
    heard = []
    while queue.begin() is not None:
        while (clip := queue.next_clip()) is not None:
            heard.append((clip.number, clip.text or clip.kind))
        queue.finish()
    return heard


def test_calls_are_announced_in_arrival_order() -> None:
    queue = AnnouncementQueue(one_clip_plan)
    for number in ("A012", "B003", "A013"):
        queue.push(call(number))
    assert [c.number for c in queue.pending] == ["A012", "B003", "A013"]
    assert play_all(queue) == [
        ("A012", "chime"), ("A012", "False"),
        ("B003", "chime"), ("B003", "False"),
        ("A013", "chime"), ("A013", "False"),
    ]  # fmt: skip
    assert not queue.busy


def test_a_call_arriving_while_one_plays_waits_its_turn() -> None:
    queue = AnnouncementQueue(one_clip_plan)
    queue.push(call("A012"))
    assert queue.begin().number == "A012"
    assert queue.next_clip().kind == CHIME
    queue.push(call("B003"))
    assert queue.begin() is None  # A012 is still being announced
    assert queue.current.number == "A012"
    assert queue.next_clip().number == "A012"  # A012 goes on to its end
    assert queue.next_clip() is None
    queue.finish()
    assert queue.begin().number == "B003"


def test_a_recall_of_the_number_being_announced_is_announced_again() -> None:
    queue = AnnouncementQueue(one_clip_plan)
    queue.push(call("A012"))
    queue.begin()
    queue.push(call("A012", recall=True))
    assert [c.recall for c in queue.pending] == [True]
    queue.finish()
    assert play_all(queue) == [("A012", "chime"), ("A012", "True")]


def test_one_waiting_announcement_per_number_the_newest_in_its_place() -> None:
    queue = AnnouncementQueue(one_clip_plan)
    queue.push(call("A012"))
    queue.push(call("B003"))
    moved = {"en": "counter 5", "zh_CN": "5号窗口", "ko": "5번 창구"}
    merged = queue.push(call("A012", recall=True, counter_names=moved))
    # Not heard yet, so still a first call; now to counter 5; still first in line.
    assert not merged.recall and merged.counter_name("en") == "counter 5"
    assert [c.number for c in queue.pending] == ["A012", "B003"]
    assert queue.pending[0].counter_name("en") == "counter 5"


def test_clear_forgets_waiting_calls() -> None:
    queue = AnnouncementQueue(one_clip_plan)
    queue.push(call("A012"))
    queue.push(call("B003"))
    queue.begin()
    queue.clear()
    assert not queue.busy and queue.next_clip() is None


def test_a_call_the_lobby_shows_is_said_in_the_tickets_language_then_the_branchs(
    catalogs: dict[str, Catalog],
) -> None:
    from kiosk.queue.announcement import announcement_for, sentence
    from kiosk.queue.counters import CallRecord, Counter, describe_call

    record = CallRecord(7, 3, "E002", "wealth", "5", "Wang", "recall", "2026-12-03T01:00:00Z", "ko")
    call = describe_call(record, Counter("5", ("wealth",), direction="upstairs"), catalogs)
    said = announcement_for(call, "zh_CN")
    assert said.locales == ("ko", "zh_CN") and said.recall
    assert sentence(said, "ko", catalogs["ko"]) == (
        "다시 한 번 안내해 드립니다. 영문 이 공공이 번 고객님, 위층 5번 창구로 오십시오."
    )
    assert (
        sentence(said, "zh_CN", catalogs["zh_CN"])
        == "再次呼叫：请E零零二号顾客到楼上的5号窗口办理。"
    )
    # A ticket taken by staff keeps no language: the branch's only, no direction words.
    plain = describe_call(
        CallRecord(8, 4, "A001", "cash", "1", "Li", "call", "2026-12-03T01:01:00Z", None),
        Counter("1", ("cash",)),
        catalogs,
    )
    said = announcement_for(plain, "en")
    assert said.locales == ("en",) and said.direction is None
    assert sentence(said, "en", catalogs["en"]) == (
        "Number A, zero, zero, one, please go to Counter 1."
    )
