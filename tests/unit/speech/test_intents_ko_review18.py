"""Review 18 of round eighteen's Korean changes (ADR 0113): each finding as its sentences.

A read-only reviewer found the round's new ``elsewhere`` and ``neutral`` phrases covering
scam signs (R1 현금으로 달라 해서, R2 여섯 자리를 틀…), the ``asked_after`` lift taking a
time or a problem for a request (R3), the denied-control chain denying another task's
words (R4), the "don't go to the counter" rule alarming on a family's advice (R5) and
missing its own class in reported and honorific speech (R6). R7 and R8 were on main
before. The reviewer's sentences come first in each class, then siblings of our own.
R1-R7 read right since the "After review" section of ADR 0113; R8 is left (strict xfail).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import matcher_for


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestCashAskedForIsAScam:
    """R1. "현금으로 달라 해서" is a scammer's words: its signs count; a withdrawal is taken."""

    CASES: ClassVar[list[Any]] = [
        ("모르는 남자가 현금으로 달라 해서 천만 원 찾으러 왔어요 번호표 주세요", "fraud_check"),
        ("그 사람이 현금으로 달라고 해서 찾으러 왔어요 창구 어디예요", "fraud_check"),
        ("어떤 사람이 현금으로 달라 해서 돈 찾아야 되는데 번호표 어디서 뽑아요", "fraud_check"),
        ("모르는 남자가 현금으로 달라 해서 천만 원 찾으러 왔어요", "fraud_check"),
        ("아들 친구라는 사람이 현금으로 달라고 해서 찾아야 돼요", "fraud_check"),
        ("도배하는 아저씨한테 현금으로 주기로 했어요 그래서 찾으러 왔어요", "take_ticket"),
        (
            "도배 아저씨가 현금으로 달라 해서 오십만 원 찾으러 왔어요",
            ("take_ticket", "fraud_check"),
        ),
        (
            "현금으로 오백만 원 찾으러 왔어요 인테리어 아저씨가 현금으로 달라 해서",
            ("take_ticket", "fraud_check"),
        ),
        # our own
        ("어떤 여자가 현금으로 달라고 해서 오백만 원 뽑으러 왔어요", "fraud_check"),
        ("모르는 사람이 현금으로 달라 해서 돈 찾으려고요", "fraud_check"),
        ("이사 업체에 현금으로 주기로 해서 돈 찾으러 왔어요", "take_ticket"),
        # moved to test_intents_scam_0140.py (ADR 0140)
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSixDigitsNotToMistype:
    """R2. "Don't get the six digits wrong" is a caller's order; my own past mistake is app help."""

    CASES: ClassVar[list[Any]] = [
        (
            "전화한 사람이 여섯 자리를 틀리지 말고 빨리 불러 달래요 직원 좀 불러 주세요",
            "fraud_check",
        ),
        (
            "전화 온 사람이 여섯 자리를 틀리면 안 된대서 불러 줬어요 앱에 로그인이 안 돼요",
            "fraud_check",
        ),
        ("전화한 사람이 여섯 자리를 틀리지 말고 빨리 불러 달래요", "fraud_check"),
        ("그 사람이 여섯 자리를 틀리면 안 된다고 천천히 불러 달래요", "fraud_check"),
        # our own
        ("은행 직원이라는 사람이 여섯 자리를 틀리면 안 되니까 천천히 불러 달래요", "fraud_check"),
        ("모르는 사람이 여섯 자리 틀리지 말고 문자로 보내래요", "fraud_check"),
        ("여섯 자리를 다섯 번 틀려서 앱이 잠겼어요", "mobile_banking_help"),
        ("여섯 자리를 세 번 틀렸더니 앱이 잠겼어요", "mobile_banking_help"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestStoryElsewhereEndingOnTimeOrProblem:
    """R3. A story at another place closing on a time, a duty or a problem is no request here."""

    CASES: ClassVar[list[Any]] = [
        ("식당에서 번호표 뽑고 차례 기다렸어 오늘", "unknown"),
        # moved to test_intents_offer_0141.py (ADR 0141)
        ("보건소에서 번호표 뽑고 줄 서야 돼", "unknown"),
        ("라디오 소리가 작아서 볼륨 높여도 안 돼", "unknown"),
        ("라디오 볼륨을 키워도 소리가 작아 요즘", "unknown"),
        ("티비 볼륨 높여도 소리가 작아 이제", "unknown"),
        ("약국에서 약 봉투 글씨가 작아서 못 읽겠어 어떡해", "unknown"),
        ("신문 글씨가 작아서 확대경 써야 돼", "unknown"),
        # moved to test_intents_offer_0141.py (ADR 0141)
        # our own
        ("우체국에서 번호표 뽑고 한참 기다려야 돼", "unknown"),
        ("티비 소리가 작아서 볼륨 키워도 안 돼 요즘", "unknown"),
        ("병원에서 약 봉투 글씨가 작아서 돋보기 써도 안 보여", "unknown"),
        ("병원에서 번호표 뽑으러 왔는데 사람이 많네", "unknown"),
        # the round's own lifts still hold
        ("주차장에 차 댔는데 직원 좀 불러 주세요", "call_staff"),
        ("경비실에 말했는데 은행에도 이사한 주소 바꿔 주세요", "update_details"),
        ("신문에서 펀드 얘기 봤는데 이자 몇 프로 줘요", "explain_product"),
        ("동사무소에서 서류 떼고 왔는데 창구 번호표 뽑아 주세요", "take_ticket"),
        ("경비실에 택배 찾으러 갔다가 생각났는데 주소 바꾸러 왔어요", "update_details"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestDenialBeforeAnotherRequest:
    """R4. Denying one thing (바꾸지 말고, 두 장 말고) does not refuse the task asked beside it."""

    CASES: ClassVar[list[Any]] = [
        ("앱 비밀번호 바꾸지 말고 잠긴 거 좀 풀어 주세요", "mobile_banking_help"),
        ("은행 앱 비밀번호 바꾸지 말고 잠긴 거 좀 풀어 주세요", "mobile_banking_help"),
        ("번호표 두 장 말고 한 장만 주세요", "take_ticket"),
        # our own
        ("앱 비밀번호 바꾸지 말고 로그인 좀 도와주세요", "mobile_banking_help"),
        ("번호표 세 장 말고 한 장만 뽑아 주세요", "take_ticket"),
        # the round's own denials still hold
        ("글씨 더 크게 하지 말고 이대로 둬요", "unknown"),
        ("목소리 크게 하지 말아요 다 들려", "unknown"),
        ("소리 크게 하지 마세요", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)

    def test_the_task_asked_after_the_denial_is_offered(self) -> None:
        got = matcher_for("ko").understand("통장 정리 하지 말고 돈만 찾아 주세요")
        assert "take_ticket" in [a[0] for a in got.alternatives] or got.intent == "take_ticket"


class TestFamilyAdviceNotToGoToTheCounter:
    """R5. "Don't go to the counter, use the app": family advice; a caller's order is a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "아들이 창구 가지 말고 앱으로 보내래요 앱으로 송금하는 거 좀 가르쳐 주세요",
            "mobile_banking_help",
        ),
        (
            "며느리가 이제 창구 가지 말고 폰으로 돈 보내라고 가르쳐 줬는데 잘 안 돼요",
            "mobile_banking_help",
        ),
        ("딸이 지점 갈 필요 없다고 앱으로 이체하래요 어떻게 하는 거예요", "mobile_banking_help"),
        ("다리가 아파서 창구까지 가지 말고 기계에서 돈 찾으래요 기계가 어디 있어요", "take_ticket"),
        # our own
        ("아들이 지점 갈 필요 없다고 폰으로 송금하래요 가르쳐 주세요", "mobile_banking_help"),
        (
            "손자가 창구 가지 말고 기계에서 찾으면 된대요 기계 어디 있어요",
            ("unknown", "take_ticket"),
        ),
        ("며느리가 은행 가지 말고 집에 있으래요 돈은 자기가 찾아다 준대요", "unknown"),
        ("날이 추우니 은행까지 오지 말고 돈은 내가 찾아다 줄게", "unknown"),
        # a caller's order, a hand-over or a hurry stays a scam
        ("창구에 오지 말고 택배로 보내래요", "fraud_check"),
        ("은행 가지 말고 편의점 기계에서 뽑아서 가져오래요", "fraud_check"),
        ("검찰이라는 사람이 창구 가지 말고 기계에서 뽑아서 보내래요", "fraud_check"),
        ("전화로 창구에 가지 말고 빨리 이체하라고 했어요", "fraud_check"),
        ("은행 가지 말고 찾아서 그 사람한테 주라고 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestBankForbiddenReportedAndHonorific:
    """R6. "You mustn't go to the bank", reported (된대요) or honorific (가시면 안): a scam sign."""

    CASES: ClassVar[list[Any]] = [
        ("지점에 가면 안 된대요 앱으로 바로 보내래요", "fraud_check"),
        ("창구에 가면 안 된대요 앱으로 보내래요", "fraud_check"),
        ("창구 가시면 안 된대요 기계에서 바로 보내시래요", "fraud_check"),
        ("은행 창구로 가시면 안 돼요 기계에서 바로 이체하래요", "fraud_check"),
        (
            "은행에는 가실 필요 없어요 제가 알려 드리는 계좌로 이체만 하시면 된다고 했어요",
            "fraud_check",
        ),
        # our own
        ("지점으로 가시면 안 된대요 앱으로 이체하래요", "fraud_check"),
        ("창구에 오시면 안 된대요 기계로 송금하시래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestScamAskedAfterTheNews:
    """R7. The customer's own suspicious text asked about after a news story is a fraud question."""

    CASES: ClassVar[list[Any]] = [
        (
            "뉴스에서 보이스피싱 얘기 나오던데 저도 이상한 문자 받았어요 확인해 주세요",
            "fraud_check",
        ),
        # our own
        (
            "뉴스에서 스미싱 얘기 나오던데 나도 택배 문자 받았어 이거 사기인지 봐 주세요",
            "fraud_check",
        ),
        ("뉴스에서 보이스피싱 얘기 나오던데 무섭더라 요즘 사기가 많대", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# R8, left until review 24 (ADR 0137, after review): the lift keys the later words by their
# text, so 번호표 said again counted once; take_ticket's 뽑아 주세요 is now the second strong word.
@pytest.mark.parametrize(
    "text",
    ["병원에서 번호표 뽑고 왔는데 여기서도 번호표 뽑아 주세요"],
)
def test_a_word_said_again_after_the_elsewhere_word(text: str) -> None:
    assert offered("ko", text) == "take_ticket"


# Second review (review 18b, after the first mend): S1-S4 read right since the "Second
# review" paragraph of ADR 0113; S5 is left (strict xfail).


class TestSecondReviewCashPaymentHidesNoScam:
    """S1 (second review). "현금으로 주기로/드리기로/줬/드렸" is the scammer's script too: no
    ``elsewhere`` word hides the cash sign, and came_here lifts no scam to take_ticket."""

    CASES: ClassVar[list[Any]] = [
        ("경찰이 안전하게 보관해 준다고 현금으로 주기로 했어요 찾으러 왔어요", "fraud_check"),
        ("딸이라면서 문자 와서 현금으로 주기로 했어요 찾으러 왔어요", "fraud_check"),
        ("아들이라면서 전화 온 사람한테 현금으로 주기로 했어요 찾으러 왔어요", "fraud_check"),
        ("택배 기사한테 현금으로 주기로 했어요 찾으러 왔어요", "fraud_check"),
        ("집으로 가지러 온다는 사람한테 현금으로 주기로 했어요 찾으러 왔어요", "fraud_check"),
        ("그 사람한테 현금으로 줬는데 또 달래서 찾으러 왔어요", "fraud_check"),
        ("택배 기사한테 현금으로 주기로 했어요", "fraud_check"),
        ("퀵 기사한테 현금으로 드리기로 했어요 그래서 뽑으러 왔어요", "fraud_check"),
        ("퀵 기사한테 현금으로 주기로 했어요 번호표 주세요", "fraud_check"),
        ("전화 온 사람이 현금으로 주면 깎아 준대서 찾으러 왔어요", "fraud_check"),
        ("도배하는 아저씨한테 현금으로 주기로 했어요 그래서 찾으러 왔어요", "take_ticket"),
        # our own
        ("검사라는 사람한테 현금으로 드리기로 했어요 그래서 찾으러 왔어요", "fraud_check"),
        ("손자라면서 전화 와서 현금으로 드렸는데 또 달래요", "fraud_check"),
        ("퀵서비스 기사한테 현금으로 줬어요 그래서 또 뽑으러 왔어요", "fraud_check"),
        # the tradesman's change is made at a shop: 잔돈 만들어야, an elsewhere word without 현금
        (
            "수도 고친 아저씨한테 현금으로 드리기로 했는데 "
            "오만 원짜리뿐이라 가게에서 잔돈 만들어야겠어",
            "unknown",
        ),
        ("택배 기사한테 현금으로 주기로 했는데 잔돈 만들어야 돼요 찾으러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewRelativesOfferIsNoScam:
    """S2 (second review). "Don't come to the bank" with a relative's own offer to send is
    no scam: the prohibition needs an order to the customer (move_order: 보내래, 이체하래)."""

    CASES: ClassVar[list[Any]] = [
        ("눈이 와서 미끄러우니까 은행 가면 안 된대요 딸이 대신 보내 준대요", "unknown"),
        ("딸이 은행에 올 필요 없대요 자기가 보내 준대요", "unknown"),
        ("며느리가 눈 오는데 은행에 오지 말래요 자기가 대신 이체해 준대요", "unknown"),
        ("아들이 감기 걸렸으니 은행 가면 안 된다고 대신 이체해 준대요", "unknown"),
        ("아들이 지점에 오지 마시라고 제가 보내 드릴게요 했어요", "unknown"),
        (
            "눈 오는 날은 은행 가면 안 된다고 아들이 그러더라고요 "
            "그래서 앱으로 보내는 거 배우고 싶어요",
            "mobile_banking_help",
        ),
        # the orders still alarm
        ("지점에 가면 안 된대요 앱으로 바로 보내래요", "fraud_check"),
        ("창구 가시면 안 된대요 앱으로 보내시래요", "fraud_check"),
        (
            "은행에는 가실 필요 없어요 제가 알려 드리는 계좌로 이체만 하시면 된다고 했어요",
            "fraud_check",
        ),
        ("금감원이라면서 은행 가시면 안 된다고 바로 이체하래요", "fraud_check"),
        ("은행 직원이라는 사람이 지점에 오지 말고 앱으로 보내면 된다고 했어요", "fraud_check"),
        # our own
        ("손녀가 비 오는데 은행 오지 말래요 자기가 송금해 준대요", "unknown"),
        ("은행에 오시면 안 된대요 지금 바로 송금하래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewNewsAsideThenRequest:
    """S3 (second review). The fraud lift reaches anywhere after its words only while no
    other task's strong word follows: a news aside leaves the request its task."""

    CASES: ClassVar[list[Any]] = [
        # moved to test_intents_scam_0140.py (ADR 0140)
        # At the scam line: fraud_check first after the retrain on final23 (ADR 0126),
        # take_ticket again after the one on final24 (ADR 0130).
        # moved to test_intents_scam_0140.py (ADR 0140)
        # moved to test_intents_scam_0140.py (ADR 0140)
        # moved to test_intents_scam_0140.py (ADR 0140)
        (
            "뉴스에서 보이스피싱 얘기 나오던데 저도 이상한 문자 받았어요 확인해 주세요",
            "fraud_check",
        ),
        # our own
        ("티비에서 보이스피싱 사기 얘기 나오던데 번호표 하나 주세요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewSomeoneElsesVisit:
    """S4 (second review). came_here has no bare "러 왔다": a story of someone else's
    visit (왔다고 하더라, 왔다더라) is no task."""

    CASES: ClassVar[list[Any]] = [
        ("어제 병원에서 만난 할머니가 은행에 돈 찾으러 왔다고 하더라", "unknown"),
        ("식당에서 친구가 돈 찾으러 왔다더라", "unknown"),
        ("식당에서 밥 먹으러 왔다가 돈 찾으러 왔어요", "take_ticket"),
        ("경비실에 택배 찾으러 갔다가 주소 바꾸러 왔어요", "update_details"),
        # our own
        ("약국에서 만난 할아버지가 돈 찾으러 왔다더라", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="S5 (second review, minor, left): `urgency` as the caller of the 'don't go to "
    "the counter' rule makes a son's hurry a scam; dropping it loses 창구 가지 말고 지금 "
    "바로 앱으로 이체하래요 급하대요, and telling a named son from 아들이라면서 needs a "
    "new slot; in doubt the kiosk offers the scam check (one tap), left for a later round",
)
@pytest.mark.parametrize(
    "text",
    [
        "창구는 오래 걸리니까 가지 말고 기계에서 빨리 뽑으래요 아들이",
        "아들이 지금 바로 창구 가지 말고 기계에서 보내면 된대요 기계 어디 있어요",
    ],
)
def test_second_review_a_sons_hurry(text: str) -> None:
    assert offered("ko", text) != "fraud_check"


@pytest.mark.parametrize("text", ["창구 가지 말고 지금 바로 앱으로 이체하래요 급하대요"])
def test_second_review_the_hurried_order_stays_a_scam(text: str) -> None:
    assert offered("ko", text) == "fraud_check"


class TestFinalReadTheDenialInsideTheWord:
    """Final read, 1. A denial joined to the word's stem or an honorific is the word's:
    키우지 마세요 does not ask for louder, 취소하시지 마세요 does not cancel; a word closed on
    its own ending before the denial still asks (취소할래 안 할 거야)."""

    CASES: ClassVar[list[Any]] = [
        ("소리 키우지 마세요", "unknown"),
        ("글씨 키우지 마세요", "unknown"),
        ("취소하시지 마세요", "unknown"),
        ("취소할래 안 할 거야", "stop"),
        ("소리 좀 키워 주세요", "louder"),
        ("취소해 주세요", "stop"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.parametrize(("text", "denied"), [("소리 키우지 마세요", "louder")])
def test_final_read_a_denied_control_is_no_alternative_either(text: str, denied: str) -> None:
    alternatives = matcher_for("ko").understand(text).alternatives
    assert denied not in [alternative[0] for alternative in alternatives]
