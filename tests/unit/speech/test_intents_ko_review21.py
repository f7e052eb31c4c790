"""Review 21 of round twenty-one's Korean changes (ADR 0125): each finding as its sentences.

A read-only reviewer found the round's new neutral and elsewhere words hiding scam signs
inside them: 접수 창구 / 수납 창구 hid the counter (창구) a caller tells one to stay away from
(1), 카드를 충전 hid the top-up before a cash-out (2), the Gangwon ending 드래요 hid the hearsay
래요 of a relayed "money paid in by mistake" (3) and 집에 빨리 가 봐야 hid a reported hurry (4);
the taker 기다린다면서 counted a relative waiting in the car (5); the new sign [family,
trouble, send_asked] fired on clothes and side dishes sent to hospital (6) and its hospital
words, put in the shared trouble, widened an older rule (7); the e-mail change rule took a
phishing e-mail and others' acts (8); bare 공단, 운전면허 (9) and 약국, 병원, 보건소 (10) vetoed
real requests; the new scam class was mended only in the forms written (11). The reviewer's
sentences come first in each class, then siblings of our own, with a scam sentence for each
neutral word or narrowing of the mend. All read right since the "After review" section of
ADR 0125; what is left is a strict xfail.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestAnotherCounterHidesNoBankCounter:
    """1, 10. 수납 창구, 접수 창구 and bare 병원, 약국, 보건소 are no longer repeat's elsewhere
    words: only another place's calling (병원 수납, 병원에서 내 번호, 보건소 접수) is, and
    take_ticket's 접수 창구에서 내 (번호, 이름) keeps the story of another counter's call."""

    CASES: ClassVar[list[Any]] = [
        ("아까 그 사람이 접수 창구 가지 말고 기계에서 바로 보내래", "fraud_check"),
        ("약국 가야 되니까 빨리 다시 한번 말해 줘요", "repeat"),
        # our own
        ("전화 온 사람이 수납 창구 가지 말고 기계로 보내래요", "fraud_check"),
        ("보건소 들렀다 왔는데 다시 한번 말해 줘요", "repeat"),
        ("약국 들렀다 와서 못 들었어요 한 번 더 말해 주세요", "repeat"),
        ("병원에서 왔는데 방금 뭐라고 했어요 다시 말해 주세요", "repeat"),
        ("병원 수납 창구에서 내 번호를 불렀다는데", "unknown"),
        # scams holding the mend's elsewhere words (병원 수납, 병원에서 내 번호, 약국에서 번호,
        # 보건소 접수, 다시 뽑으러, 접수 창구에서 내, 수납 창구에서 내)
        ("병원 수납 창구라면서 문자가 왔는데 인증번호를 알려 달래요", "fraud_check"),
        ("병원에서 내 번호를 알고 전화 와서 계좌번호 불러 달래요", "fraud_check"),
        ("약국에서 번호 받았다면서 모르는 사람이 인증번호 불러 달래요", "fraud_check"),
        ("보건소 접수 창구라면서 전화 와서 카드 비밀번호를 불러 달래요", "fraud_check"),
        ("검사라는 사람이 번호표 다시 뽑으러 가지 말고 기계로 보내래요", "fraud_check"),
        ("병원 접수 창구에서 내 아들이 다쳤다고 병원비를 이 계좌로 보내래요", "fraud_check"),
        (
            "수납 창구에서 내 번호를 불렀다면서 모르는 사람이 계좌 비밀번호를 물어봐요",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestACardTopUpIsStillTopUp:
    """2. 카드 충전, 카드를 충전 are no longer lost_card's elsewhere words (a transport card's
    top-up is said with 버스 카드, 지하철 카드, which stay)."""

    CASES: ClassVar[list[Any]] = [
        ("게임에서 딴 돈 출금하려면 카드를 충전하래요", "fraud_check"),
        # our own
        ("당첨금 찾으려면 먼저 카드 충전을 해야 된대요", "fraud_check"),
        ("버스 카드 충전해 준다는 사람이 카드랑 비밀번호를 달래요", "fraud_check"),
        ("버스 카드 되는 체크카드를 잃어버렸어요 정지해 주세요", "lost_card"),
        ("지하철 카드 겸용 신용카드 분실 신고하려고요", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestGangwonHearsayIsHearsay:
    """3. -드래요 is no neutral ending: only a thing found missing (찾아도 없드래, 안 보이드래,
    없어졌드래) is lost_card's word, longer than the hearsay 래요 it covers."""

    CASES: ClassVar[list[Any]] = [
        (
            "모르는 사람이 그러는데 내 통장에 돈이 잘못 들어왔드래요 "
            "그거 그 사람한테 송금하러 왔어요",
            "fraud_check",
        ),
        ("모르는 사람이 그러는데 내 통장에 돈이 잘못 들어왔드래요", "fraud_check"),
        # our own
        ("경찰이라는 사람이 그러는데 내 통장이 범죄에 쓰였드래 현금 찾아서 맡기래", "fraud_check"),
        ("카드가 아무리 찾아도 없드래요", "lost_card"),
        ("카드가 안 보이드래요", "lost_card"),
        # scams holding the new lost_card words
        ("검사라는 사람이 그러는데 내 카드가 없어졌드래요 현금 찾아서 맡기래", "fraud_check"),
        ("카드가 없드래요 그래서 은행 직원이라는 사람한테 비밀번호 불러 줬어요", "fraud_check"),
        ("통장이 어디 갔는지 없드래요 누가 전화해서 비밀번호 물어보드래", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAReportedHurryIsAHurry:
    """4. Only the speaker's own hurry home (…가 봐야 돼, 해, 되거든) is neutral; a hurry
    reported (…가 봐야 된다고, 한다고) counts."""

    CASES: ClassVar[list[Any]] = [
        (
            "딸한테 카톡이 왔는데 얼른 집에 가 봐야 된다고 급한 돈 좀 이체해 달래서 이체하려고요",
            "fraud_check",
        ),
        ("아들 문자가 왔는데 빨리 집에 가 봐야 한다고 돈 좀 보내래요", "fraud_check"),
        # our own
        ("택배 온다고 해서 얼른 집에 가 봐야 돼요", "unknown"),
        # scams holding the narrowed neutral words
        ("검사라는 사람이 집에 빨리 가 봐야 돼 그러면서 현금 찾아서 집에 두래요", "fraud_check"),
        (
            "경찰이라는 사람이 얼른 집에 가 봐야 해 하면서 현금 다 찾아서 냉장고에 넣어 두래요",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativeWaitingIsNoTaker:
    """5. 기다린다면서 is no taker by itself: a rule of its own needs a driver or an employee
    (기사, 직원) saying he waits; strangers and claimed people are the older rule's."""

    CASES: ClassVar[list[Any]] = [
        ("딸이 밖에서 기다린다면서 현금 찾아서 갖다 주래요", ("unknown", "take_ticket")),
        ("아들이 주차장에서 기다린다며 통장 좀 갖다주래요", ("unknown", "take_ticket")),
        ("영감이 차에서 기다린다면서 통장 갖다주래요", ("unknown", "take_ticket")),
        ("며느리가 차에서 기다린다면서 통장이랑 도장 갖다 주래요", ("unknown", "take_ticket")),
        (
            "손자가 밖에서 기다리겠다면서 카드 갖다 주래요 과자 사 준다고",
            ("unknown", "take_ticket"),
        ),
        (
            "손주가 은행 앞에서 기다린다며 할머니 카드 좀 갖다주래 그래서 카드 가지고 왔지",
            ("unknown", "take_ticket"),
        ),
        # our own
        ("택시 기사가 밖에서 기다린다면서 빨리 나오래요", "unknown"),
        # scams of the narrowed class
        ("콜택시 기사가 은행 앞에서 기다린다면서 현금 봉투 갖다주래요", "fraud_check"),
        ("은행 앞에서 기다린다면서 어떤 남자가 통장 갖다 주래요", "fraud_check"),
        ("금감원 직원이 밖에서 기다린다며 현금 갖다 주래요", "fraud_check"),
        ("택배 기사가 아파트 앞에서 기다리겠다면서 현금 봉투 갖다 달래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativeHurtAsksForMoney:
    """6, 7, 11. The relative-in-trouble sign is [family, hurt, send_asked, money] or [family,
    hurt, money_send_asked] (송금하래, 이체해 달, 돈 보내야 된대): a narrow hurt concept of its
    own, money needed, trouble left as before the round, and the ordered forms counted."""

    CASES: ClassVar[list[Any]] = [
        ("손녀가 입원해서 전화로 옷 좀 보내 달래요 택배 부치러 가는 길이에요", "unknown"),
        ("딸이 입원해 있는데 반찬 좀 부쳐 달래서 우체국 가는 길이에요", "unknown"),
        ("딸이 필요하다고 등본 보내 달래요 어디서 떼요", "unknown"),
        ("딸이 전화해서 병원에 같이 가재서 돈 좀 찾으러 왔어요", "take_ticket"),
        ("딸이 전화로 병원에 입원했다고 해서 돈 좀 찾아 가려고요", "take_ticket"),
        ("딸이 다쳐서 병원에 있다고 이 계좌로 송금하래요", "fraud_check"),
        ("아들이 사고 났다고 돈 좀 보내 주래요", "fraud_check"),
        ("조카가 수술해야 된다고 돈을 부쳐 주라고 해요", "fraud_check"),
        ("아들이 교통사고 나서 돈 보내야 된대요", "fraud_check"),
        # our own
        ("손자가 입원해서 과일 좀 보내 달래요", "unknown"),
        ("아들이 사고 났는데 다행히 안 다쳤대요", "unknown"),
        ("딸이 병원에 같이 가재서 돈 좀 찾으러 왔어요", "take_ticket"),
        ("아들이 사고 나서 돈 보내야 한대요", "fraud_check"),
        ("아들이 사고 나서 돈을 보내야 된대요", "fraud_check"),
        ("손녀가 입원했다고 돈을 이체하래요", "fraud_check"),
        ("딸이 사고 나서 병원에 있다고 치료비를 송금하래요", "fraud_check"),
        ("손녀가 응급실에 있다고 돈 좀 부쳐 달래요 엄마한테는 말하지 말래", "fraud_check"),
        ("아들이 쓰러져서 입원했다고 병원비를 이 계좌로 넣으래요", "fraud_check"),
        ("조카가 다쳐 가지고 합의금을 보내라고 해서 왔어요", "fraud_check"),
        ("손자가 다쳐서 병원에 있다고 치료비 좀 보내 달래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAnEmailChangeIsTheCustomersOwn:
    """8. change_to holds the customer's own wish (바꾸러, 바꾸려, 바꿀라, 바꿔 주세요,
    변경하려), not an order (바꾸라는) nor another's act (바꿔 놨대, 바꿔 준다고)."""

    CASES: ClassVar[list[Any]] = [
        ("이메일로 비밀번호 바꾸라는 메일이 왔는데 이거 진짜예요", "fraud_check"),
        ("딸이 내 이메일 바꿔 준다고 폰을 가져갔어요", "unknown"),
        # our own
        ("이메일 주소 바꾸러 왔어요", "update_details"),
        ("이메일 주소 변경하려고요", "update_details"),
        ("이메일인가 그거 손녀 걸로 바꿔 놓을라고", "update_details"),
        # scams holding the narrowed words
        ("은행이라고 이메일이 왔는데 비밀번호를 변경하래요 링크 눌렀어요", "fraud_check"),
        (
            "은행이라고 전화 와서 이메일 주소를 바꿔 줄 테니 인증번호를 불러 달래서 불러 줬어요",
            "fraud_check",
        ),
        ("검사라는 사람이 돈을 안전 계좌로 옮길라고 하는데 인증번호를 불러 달래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="8 (second sentence), left: no longer update_details but unknown, as on main; an "
    "account takeover told (누가 … 바꿔 놨대요) has no sign of its own yet (누가 with a "
    "changed detail would take every 'who changed my number?' story); for a later round",
)
def test_someone_changed_my_email_is_a_scam() -> None:
    assert offered("ko", "누가 내 이메일을 바꿔 놨대요 은행에서 문자 왔어요") == "fraud_check"


@pytest.mark.xfail(
    strict=True,
    reason="8 (related, older: main reads update_details too): 주소를 바꾸라고 is an order "
    "but the older update_details words take it before any sign; for a later round",
)
def test_a_stranger_ordering_an_email_change_is_a_scam() -> None:
    assert offered("ko", "이메일 주소를 바꾸라고 모르는 사람이 전화했어요") == "fraud_check"


class TestThePensionServiceAndALicenceAreNoVeto:
    """9. Bare 공단, 연금공단, 운전면허 no longer veto update_details: only the service's
    letter or telephone number (공단에서 편지, 공단 전화번호) and the licence's own errands
    (적성검사, 면허 갱신)."""

    CASES: ClassVar[list[Any]] = [
        ("주소 바꾸러 왔어요 공단에도 알려야 되나", "update_details"),
        ("운전면허증 새로 받았는데 신분증 정보 바꿔야 되나요", "update_details"),
        ("운전면허 따서 신분증이 바뀌었는데 은행에도 바꿔야 돼요", "update_details"),
        # our own
        ("주소 바꾸러 왔어요 연금공단에도 알려야 되나", "update_details"),
        ("운전면허 새로 땄는데 신분증 정보 바꿔야 되나요", "update_details"),
        ("우리 영감이 공단에 다닐 때 얘기예요", "unknown"),
        # scams holding the narrowed words
        ("연금공단이라고 전화 와서 통장 비밀번호를 물어봐요", "fraud_check"),
        ("연금공단에서 편지가 왔다고 전화 와서 통장 비밀번호를 불러 달래요", "fraud_check"),
        ("연금공단 전화번호라면서 문자가 왔는데 링크 눌러서 인증번호 넣으래요", "fraud_check"),
        ("운전면허 적성검사 안 하면 과태료라고 문자 와서 링크 눌렀어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
