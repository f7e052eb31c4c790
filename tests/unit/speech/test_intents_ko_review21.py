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

The second section is review 21b's (the first mend's own faults): a banmal hurry neutral
inside a relayed hurry (1), the hurt sign's missing wordings (2), a family's driver or
colleagues waiting (3), 다시 뽑아야 vetoing repeat (4) and bare -(으)ㄹ라고 taking a
relative's plan (5).
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
        # moved to test_intents_scam_0140.py (ADR 0140)
        ("딸이 전화해서 병원에 같이 가재서 돈 좀 찾으러 왔어요", "take_ticket"),
        ("딸이 전화로 병원에 입원했다고 해서 돈 좀 찾아 가려고요", "take_ticket"),
        ("딸이 다쳐서 병원에 있다고 이 계좌로 송금하래요", "fraud_check"),
        ("아들이 사고 났다고 돈 좀 보내 주래요", "fraud_check"),
        ("조카가 수술해야 된다고 돈을 부쳐 주라고 해요", "fraud_check"),
        ("아들이 교통사고 나서 돈 보내야 된대요", "fraud_check"),
        # our own
        # moved to test_intents_scam_0140.py (ADR 0140)
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


# was a strict xfail (an account takeover told, 누가 … 바꿔 놨대요, had no sign of its own:
# unknown); read right since ADR 0142
def test_someone_changed_my_email_is_a_scam() -> None:
    assert offered("ko", "누가 내 이메일을 바꿔 놨대요 은행에서 문자 왔어요") == "fraud_check"


# was a strict xfail (the older update_details words took 주소를 바꾸라고 before any sign); read
# right since ADR 0142
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


# --- second review (review 21b, ADR 0125 "After the second review") -----------------


class TestAHurryInAMessageIsStillAHurry:
    """21b, 1. The hurry neutral keeps only the polite endings (…가 봐야 돼요, 해요,
    되거든요): the banmal ones sat inside the reason form (가 봐야 해서, 돼서) and a
    relative's words quoted without -고. The reason form is urgency (longer than the
    neutral, after one's own 그래서 only) and the reason form (가 봐야 해서, 돼서) is
    neutral too but counts as hurry_home beside a relative's message."""

    CASES: ClassVar[list[Any]] = [
        ("딸한테 카톡이 왔는데 얼른 집에 가 봐야 해서 돈 좀 이체해 달래요", "fraud_check"),
        ("손자가 카톡으로 집에 빨리 가 봐야 되거든 할머니 돈 좀 부쳐 줘 그러네", "fraud_check"),
        ("딸이 카톡으로 얼른 집에 가 봐야 해 엄마 돈 좀 보내 줘 하네", "fraud_check"),
        ("아들이 문자로 빨리 집에 가 봐야 돼서 돈 좀 보내 달래요", "fraud_check"),
        ("아들이 문자로 빨리 집에 가 봐야 돼 엄마 돈 좀 이체해 줘 그래", "fraud_check"),
        # our own
        ("조카가 문자로 집에 얼른 가 봐야 돼서 돈 좀 부쳐 달래요", "fraud_check"),
        ("손녀가 카톡으로 빨리 집에 가 봐야 돼 할머니 돈 좀 보내 줘 하더라", "fraud_check"),
        # a scam holding the narrowed neutral (polite ending)
        ("딸이 문자로 집에 빨리 가 봐야 해요 엄마 돈 좀 보내 줘요 하네", "fraud_check"),
        # the customer's own hurry stays no scam
        ("택배 온다고 해서 얼른 집에 가 봐야 돼요", "unknown"),
        ("가스 검침 온다고 해서 집에 빨리 가 봐야 해요", "unknown"),
        ("택배가 온다네 집에 빨리 가 봐야 돼 번호표 빨리 주세요", "take_ticket"),
        ("택배가 온다네 집에 빨리 가 봐야 돼", "unknown"),
        # the banmal ending after one's own 그래서 (probe16), and the reason form told
        # of oneself, stay neutral; with a relative's message they count (hurry_home)
        (
            "미국 사는 딸이 보내 준 비타민이 세관에서 한참 있다 나왔대 택배 아저씨가 오늘 "
            "갖다준다네 그래서 집에 빨리 가 봐야 돼",
            "unknown",
        ),
        ("그래서 집에 빨리 가 봐야 돼 현금 좀 찾을게요", "take_ticket"),
        ("집에 빨리 가 봐야 돼서 현금 좀 찾을게요", "take_ticket"),
        ("아들이 문자로 그래서 집에 빨리 가 봐야 돼서 돈 좀 보내 달래요", "fraud_check"),
        (
            "손녀가 카톡으로 친구가 다쳤대 그래서 빨리 집에 가 봐야 해서 돈 좀 보내 달래요",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativeHurtAsksInEveryWording:
    """21b, 2. The hurt sign reads 송금/이체/입금 좀 해 달(주래, 주라), 돈 좀 넣어 달 (with 돈:
    take_ticket's 돈 좀 넣어 covers the bare form), and 보내라 캐/카, 보내라네. Not the bare
    …좀 해 주 or 넣어 달 (a deposit done, an instalment paid in)."""

    CASES: ClassVar[list[Any]] = [
        ("아들이 사고가 나서 송금 좀 해 달래요", "fraud_check"),
        ("아들이 전화로 사고가 나서 송금 좀 해 달래요", "fraud_check"),
        ("손녀가 병원에서 수술받아야 된다고 수술비 송금 좀 해 주래", "fraud_check"),
        ("아들이 다쳐서 병원에 있다는데 돈 좀 넣어 달래요", "fraud_check"),
        ("아들이 전화로 다쳐서 병원에 있다는데 돈 좀 넣어 달래요", "fraud_check"),
        ("우리 아들이 다쳐 가지고 입원했다꼬 돈 좀 넣어 주라 카더라", "fraud_check"),
        ("사위가 사고 쳐서 합의 봐야 된다고 오백만 원 보내라 캐요", "fraud_check"),
        ("아들이 입원해서 돈 좀 넣어 달래서 입금하러 왔어요", "fraud_check"),
        # our own
        ("딸이 다쳐서 입원했는데 이체 좀 해 달래요", "fraud_check"),
        ("손자가 사고가 나서 돈을 넣어 달래요", "fraud_check"),
        ("조카가 입원했다고 병원비 보내라네", "fraud_check"),
        ("며느리가 응급실인데 입금 좀 해 주래요", "fraud_check"),
        # no scam: an instalment, a payment done, goods sent
        ("딸이 입원했는데 적금 좀 넣어 달래서 넣으러 왔어요", "unknown"),
        ("딸이 입원했는데 적금 좀 넣어 달래서 넣으러 왔어요 번호표 주세요", "take_ticket"),
        ("딸이 입원했는데 병원비 입금 좀 해 주고 왔어요", ("unknown", "take_ticket")),
        ("딸이 입원해서 과일 좀 보내 달래요 택배 어디서 부쳐요", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAFamilysDriverOrColleagueIsNoTaker:
    """21b, 3. The waiting sign [hand_to, waiting_says, waiter_role, handed_valuables] is
    void with a relative in the sentence (the daughter's taxi, the son's designated driver
    or colleagues). A caller's driver, courier or "employee" still reads a scam."""

    CASES: ClassVar[list[Any]] = [
        ("딸이 밖에서 택시 기사가 기다린다면서 현금 좀 갖다주래요", "unknown"),
        ("딸이 택시 기사님이 기다린다면서 택시비 현금 좀 갖다주래요", "unknown"),
        ("아들이 대리 기사 기다린다면서 카드 좀 갖다 주래요", "unknown"),
        ("아들이 회사 직원들 기다린다면서 카드 좀 갖다 주래요 밥값 내야 된다고", "unknown"),
        (
            "사위가 회사 직원이랑 차에서 기다린다면서 지갑이랑 카드 갖다주래요",
            ("unknown", "call_staff"),
        ),
        # our own
        ("손자가 학원 기사님이 기다린다면서 카드 좀 갖다 달래요", "unknown"),
        # scams: no relative, or a relative's accident with a taker (other signs)
        ("콜택시 기사가 밑에서 기다린다면서 현금 봉투 갖다 주래요", "fraud_check"),
        ("퀵 기사가 밑에서 기다린다면서 현금 봉투 갖다 달래요", "fraud_check"),
        ("금감원 직원이 집 앞에서 기다린다며 돈 찾아서 가져오래요", "fraud_check"),
        ("검찰청 직원이 집 앞에서 기다린다며 돈 찾아서 가져오래요", "fraud_check"),
        ("은행 직원이 집 앞에서 기다린다면서 카드랑 통장 갖다주래요", "fraud_check"),
        ("아들이 사고 났다면서 합의금 받으러 직원이 기다린다며 현금 갖다주래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestReDrawingATicketVetoesNoRepeat:
    """21b, 4. repeat's elsewhere keeps only 다시 뽑으러 (going to draw a ticket again);
    다시 뽑아야, 다시 뽑을 vetoed the customer asking the kiosk to say that again."""

    CASES: ClassVar[list[Any]] = [
        ("방금 뭐라고 했어요 번호표 다시 뽑아야 된다고요 다시 말해 주세요", "repeat"),
        ("잘 못 들었는데 번호표 다시 뽑을 거냐고 물어본 거예요 다시 말해 주세요", "repeat"),
        # our own
        ("방금 번호표 다시 뽑아야 된다고 했어요 다시 한번 말해 주세요", "repeat"),
        (
            "병원 수납 창구에서 내 번호를 불렀다는데 못 들었어 그래서 다시 뽑으러 가야 되는데",
            "unknown",
        ),
        ("번호표 다시 뽑으러 왔어요", "take_ticket"),
        ("현금 다시 뽑으러 왔어요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativesPlanIsNoRequest:
    """21b, 5. The shape -(으)ㄹ라고 counts only as an ending (을라고요, 할라고요,
    볼라고요, 놓을라고): bare 을라고 took a relative's plan (…받을라고 한다던데) as the
    customer's wish."""

    CASES: ClassVar[list[Any]] = [
        ("손자가 대출받을라고 한다던데 걱정이여", "unknown"),
        # our own
        ("딸이 집 살라고 대출받을라고 한다던데 괜찮을랑가", "unknown"),
        ("아들이 적금 깰라고 한대 걱정이여", "unknown"),
        ("며느리가 장사할라고 돈을 빌렸다던데 걱정이여", "unknown"),
        # requests keep their reading
        ("이메일인가 그거 손녀 걸로 바꿔 놓을라고", "update_details"),
        ("이메일 바꿀라고", "update_details"),
        ("이메일 바꿀라고 왔어요", "update_details"),
        ("카드 정지할라고", "lost_card"),
        ("돈 좀 찾을라고", "take_ticket"),
        ("통장 정리 좀 해 볼라고", "take_ticket"),
        ("송금할라고", "take_ticket"),
        # scams holding the narrowed shape
        ("검사님이 시키는 대로 이체해 볼라고요", "fraud_check"),
        ("송금할라고 했는데 그 사람이 자기 계좌로 먼저 수수료를 넣으래요", "fraud_check"),
        ("이체할라고 왔는데 검사라는 사람이 계속 전화해요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
