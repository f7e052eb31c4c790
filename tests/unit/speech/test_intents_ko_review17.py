"""Review 17 of round seventeen's Korean word lists (ADR 0106): each finding as its sentences.

A reviewer found the round's app phrases ("여섯 자리를 넣으라고 나와") swallowing the
scam sign 여섯 자리 on a texted site (K1), ``ties: requests`` turning "no, don't
cancel" into stop (K2), memory openings closing requests the round itself taught
(K3), and ``elsewhere`` words vetoing the very request they stand beside (K4-K9).
The reviewer's sentences come first in each class, then siblings of our own.
K5-K7 need an "elsewhere unless asked after it" rule in shared code: round eighteen
(ADR 0113) built it for Korean (``asked_after``); K5 and K6 read right since, K7 is left
(strict xfail).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestPhishingSiteSixDigits:
    """K1. A site, a texted or sent address opened the screen asking six digits: a scam."""

    CASES: ClassVar[list[Any]] = [
        ("전화 온 사람이 알려 준 사이트에 들어가니까 여섯 자리를 넣으라고 나와요", "fraud_check"),
        ("카톡으로 온 사이트에 들어가니까 여섯 자리를 넣으라고 나와요", "fraud_check"),
        ("문자에 있는 주소를 눌렀더니 여섯 자리를 넣으라는데요", "fraud_check"),
        ("아들이 보내 준 주소를 눌렀더니 여섯 자리를 입력하라고 나오네", "fraud_check"),
        # our own
        ("택배 문자에 온 주소를 누르니까 여섯 자리를 입력하라고 나와요", "fraud_check"),
        ("딸이라고 카톡에 온 사이트로 들어갔더니 여섯 자리 넣으라는데 넣어도 돼요", "fraud_check"),
        ("메시지로 온 주소를 눌렀는데 여섯 자리를 누르라고 나오네요", "fraud_check"),
        # the round's own app help stays app help
        (
            "아들이 은행 거 깔아 줬는데 들어가니까 여섯 자리를 넣으라고 나오네 뭘 넣어요",
            "mobile_banking_help",
        ),
        ("은행 앱을 여니까 여섯 자리를 입력하라고 나오는데 생각이 안 나요", "mobile_banking_help"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestNoDoNotCancel:
    """K2. 취소 negated after it (-지 마, 안 해요) is no, never stop."""

    CASES: ClassVar[list[Any]] = [
        ("아니요 취소하지 마세요", "no"),
        ("아니요 취소 안 해요", "no"),
        # our own
        ("아니요 취소 안 할게요", "no"),
        ("아니요 그만두지 마세요", "no"),
        ("아니 취소하지 말고 그냥 해 주세요", ("no", "unknown")),
        # the round's targets stay stop
        ("안 할래요 취소해 주세요", "stop"),
        ("취소할래요 안 할래", "stop"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestMemoryThenAsk:
    """K3. After a memory opening (젊었을 적, 그 시절, 왕년에) the round's ask endings still ask."""

    CASES: ClassVar[list[Any]] = [
        ("젊었을 적에 들어 둔 적금이 있는데 그게 뭔지 설명 좀", "explain_product"),
        ("그 시절에 들어 둔 연금이 있는데 얼마 나오는지 알아보러", "explain_product"),
        ("왕년에 쓰던 통장인데 잔액 좀 확인해 줍서", "mobile_banking_help"),
        # our own
        ("그때는 몰랐는데 그 보험이 뭔지 설명해 주실래요", "explain_product"),
        ("처녀 때 들어 둔 적금인데 이자가 얼마나 되는지 설명 좀 해 줘", "explain_product"),
        # memories alone stay stories
        ("젊었을 때는 배 타고 고기 잡으러 다녔지", "unknown"),
        ("그 시절이 좋았지 다들 어디 갔는지", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSpouseHardOfHearing:
    """K4. A spouse hard of hearing stands at the kiosk: louder; a friend's ears are a story."""

    CASES: ClassVar[list[Any]] = [
        ("남편이 귀가 어두워서 그러는데 소리 좀 크게 해 줘요", "louder"),
        # our own
        ("우리 남편도 귀가 어두우니 소리 좀 키워 주세요", "louder"),
        ("그 친구도 귀가 어두워서 말을 잘 못 알아들어", "unknown"),
        ("영감이 귀가 어두워서 티비 소리를 너무 크게 틀어 놔", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAppHelpBesideOtherApps:
    """K8. Learning the app from YouTube and the ID photo's camera are bank-app help."""

    CASES: ClassVar[list[Any]] = [
        ("유튜브 보고 따라 했는데 은행 앱 비밀번호가 잠겼어요", "mobile_banking_help"),
        ("은행 앱에서 신분증을 찍으라는데 카메라 앱이 안 열려요", "mobile_banking_help"),
        # our own
        ("유튜브에서 배운 대로 했는데 은행 앱 로그인이 안 돼요", "mobile_banking_help"),
        ("손주가 유튜브에서 트로트 틀어 주는 거 보는 게 낙이야", "unknown"),
        ("딸이 사 준 새 폰으로 유튜브 노래 듣는 게 요즘 낙이야", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestNotThisCardButThat:
    """K9. "X 말고": the shop card is denied, so its `elsewhere` no longer empties the reading."""

    CASES: ClassVar[list[Any]] = [
        ("포인트 카드 말고 은행 카드 새로 만들고 싶어요", "open_account"),
        # our own
        ("교통카드 말고 은행 통장 하나 만들고 싶어요", "open_account"),
        ("마트 포인트 카드를 새로 만들었어", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# K5, read since the Chinese mend (review 17 Z1): an unknown made only by an `elsewhere`
# veto is not certain, so the learned stage hears the withdrawal (돈 … 찾으러 is take_ticket's
# own word beside the veto, so the classifier may offer it).
ASKED_AFTER_HEARD = [("외상값 갚으려고 돈 좀 찾으러 왔어요", "take_ticket")]


@pytest.mark.parametrize(("text", "want"), ASKED_AFTER_HEARD)
def test_a_request_after_an_elsewhere_word_the_classifier_hears(text: str, want: str) -> None:
    _check(text, want)


# K5 and K6, read since round eighteen (ADR 0113): the request after the `elsewhere` word
# closes the sentence, two strong words of the same task, so the veto is lifted.
ASKED_AFTER_READ = [
    # K5: take_ticket `elsewhere` 외상값, 회비 내는 날
    ("회비 내는 날이라 현금 찾으러 왔어요", "take_ticket"),
    # K6: call_staff `elsewhere` 주차장, 통신사
    ("주차장에 차 댔는데 직원 좀 불러 주세요", "call_staff"),
    ("통신사 요금을 자동이체로 바꾸고 싶은데 직원 좀 불러 줘요", "call_staff"),
]


@pytest.mark.parametrize(("text", "want"), ASKED_AFTER_READ)
def test_a_request_closing_the_sentence_after_an_elsewhere_word(text: str, want: str) -> None:
    _check(text, want)


# K7 was a strict xfail (the request after the `elsewhere` word is one strong word and a weak
# one, or comes before the word); read right since ADR 0142.
ASKED_AFTER = [
    # K7: update_details `elsewhere` 경비실, 친구가 번호를 바꿨
    ("이사 가서 주소 바꾸려는데 경비실에서 우편물을 받아 줘요", "update_details"),
    ("친구가 번호를 바꿨다길래 생각났는데 나도 전화번호 바꿔야 해요", "update_details"),
]


@pytest.mark.parametrize(("text", "want"), ASKED_AFTER)
def test_a_request_after_an_elsewhere_word(text: str, want: str) -> None:
    _check(text, want)


@pytest.mark.parametrize(
    "text",
    [
        "떡집 외상값 갚게 현금 좀 찾으려고요",
        "통장에서 돈 좀 찾으러 왔어요",
    ],
)
def test_a_plain_withdrawal_is_taken(text: str) -> None:
    _check(text, "take_ticket")
