"""Review 20 of round twenty's Korean changes (ADR 0121): each finding as its sentences.

A read-only reviewer found the new "ordered by phone" rule cancelled by any relative
named anywhere in the sentence (1: 딸이 알면 안 된대요, a widow living alone) and by the
법인 inside 불법인가요 (4), the grandson's-friend collector told in ordinary words still
missed (7); the hand-over rule's valuables matching 금 inside 지금, 금요일, 요금 (2) and its
bare takers (사람한테, 직원한테, 기사님한테, 분한테: 3) making cash paid to a carer, the boiler
man or a church deacon a scam, 그 양반이 (a wife's husband) as a loose orderer (8); bare
택배, 민원실 (5), 재래시장 and 카드를 안 받 (6) vetoing the bank's own ticket and cash
requests; and 소리가 안 나게 (quiet) read as louder (9). The reviewer's sentences come first
in each class, then siblings of our own. All read right since the "After review" section of
ADR 0121; what is left is a strict xfail.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestRelativeNamedIsNoOrderer:
    """1. A relative cancels the phone-ordered withdrawal only as the one giving the order
    (딸이 전화로, 딸이 시켜), not when named anywhere else in the sentence."""

    CASES: ClassVar[list[Any]] = [
        ("전화로 시켜서 현금 다 찾으러 왔어요 딸이 알면 안 된대요", "fraud_check"),
        ("전화로 시켜서 현금 찾으러 왔어요 애들이 알면 걱정하니까 말 안 했어요", "fraud_check"),
        ("전화로 시켜서 적금 깨러 왔어요 애들이 알면 걱정해요", "fraud_check"),
        ("영감이 세상 떠나고 혼자 사는데 전화로 시켜서 적금 깨러 왔어요", "fraud_check"),
        ("전화로 시켜서 정기예금 해지하러 왔어요 남편이 돌아가시고 혼자 살아요", "fraud_check"),
        ("전화로 시켜서 현금 다 찾으러 왔는데 동생이 보증을 잘못 섰대요", "fraud_check"),
        # our own
        ("아들이 알면 안 되니까 전화로 시켜서 적금 깨러 왔어요", "fraud_check"),
        ("며느리가 알면 큰일 나요 전화로 시켜서 현금 다 찾으러 왔어요", "fraud_check"),
        ("남편 먼저 보내고 혼자 사는데 전화로 하래서 정기예금 해지하러 왔어요", "fraud_check"),
        # the relative who gave the order keeps the errand
        ("딸이 전화로 시켜서 용돈 찾으러 왔어요", "take_ticket"),
        ("딸이 아까 전화로 시켜서 용돈 찾으러 왔어요", "take_ticket"),
        ("엄마가 전화로 시켜서 현금 찾으러 왔어요", "take_ticket"),
        ("손녀가 아까 전화로 시켜서 적금 깨러 왔어요", ("unknown", "take_ticket")),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestGoldInsideWordsIsNoValuable:
    """2. The hand-over rule's valuables hold no bare 금 (지금, 금요일, 요금) or 시계 (a watch
    left for repair); gold named as such (금반지, 금붙이) still counts."""

    CASES: ClassVar[list[Any]] = [
        (
            "옆집 사람한테 반찬 갖다주기로 했는데 지금 바빠서 번호표 빨리 주세요",
            "take_ticket",
        ),
        (
            "교회 분한테 김장 김치 갖다주기로 했는데 금요일이라 통장 정리만 할게요",
            "take_ticket",
        ),
        ("시계방 사람한테 고장 난 시계 맡기기로 했어요", "unknown"),
        (
            "세탁소 아저씨 아니고 세탁소 직원한테 이불 맡기기로 했는데 요금이 얼마래요",
            ("unknown", "call_staff"),
        ),
        # our own
        ("친구한테 반찬 갖다주기로 했는데 지금 통장 정리 좀 해 주세요", "take_ticket"),
        ("모르는 사람한테 금반지 맡기기로 했어요", "fraud_check"),
        ("어떤 사람한테 금붙이랑 현금 갖다주기로 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestKnownPersonPaidInCashIsNoTaker:
    """3. A carer, the boiler man, movers, a shop's young man, a church deacon paid in cash
    are no takers: only a stranger, a person sent or waiting, a bank's or an
    investigator's man is."""

    CASES: ClassVar[list[Any]] = [
        (
            "요양원 직원한테 이번 달 요양비 현금으로 갖다주기로 했어요 돈 좀 찾아 주세요",
            "take_ticket",
        ),
        (
            "동네 사람한테 빌린 돈 현금으로 갖다주기로 했어요 오십만 원 찾을게요",
            ("take_ticket", "unknown"),
        ),
        (
            "계모임 총무 보는 사람한테 곗돈 현금으로 갖다주기로 했는데 찾아 주세요",
            ("take_ticket", "unknown"),
        ),
        ("보일러 기사님한테 수리비 현금으로 건네주기로 했어요", "take_ticket"),
        ("이삿짐센터 기사님한테 잔금 현금으로 전해 주기로 했어요", "take_ticket"),
        ("우리 가게 일하는 청년한테 월급 현금으로 갖다주기로 했어요", "take_ticket"),
        ("간병인 선생님 분한테 간병비 현금으로 전해 드리기로 했어요", "take_ticket"),
        ("약국 아가씨한테 약값 외상 현금으로 갖다주기로 했어요", "take_ticket"),
        ("교회 집사분한테 헌금 현금으로 갖다주기로 했어요 찾아 주세요", "take_ticket"),
        # our own
        (
            "수리 기사님한테 부품값 현금으로 전해 주기로 했어요 돈 좀 찾아 주세요",
            "take_ticket",
        ),
        # the takers that stay
        ("은행 직원한테 현금 갖다주기로 했어요 천만 원", "fraud_check"),
        ("모르는 사람한테 현금 갖다주기로 했어요", "fraud_check"),
        ("경찰이라는 사람한테 현금 전해 주기로 했어요", "fraud_check"),
        ("검찰에서 보낸 직원한테 통장 넘겨주기로 했어요", "fraud_check"),
        (
            "요 앞 커피숍에 앉아 있는 사람한테 현금 갖다주기로 했는데 "
            "하루에 얼마까지 뽑을 수 있능교",
            "fraud_check",
        ),
        ("지하철역 앞에 서 있는 사람한테 카드랑 통장 건네주기로 했어요", "fraud_check"),
        ("퀵 기사님한테 통장이랑 카드 맡기기로 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestIllegalIsNoCompany:
    """4. 불법인가요 ("is this illegal?") holds no company 법인: only 법인 돈, 법인 통장 … do."""

    CASES: ClassVar[list[Any]] = [
        ("전화로 시켜서 현금 찾으러 왔는데 이거 불법인가요", "fraud_check"),
        ("이게 불법인지 모르겠는데 전화로 시켜서 적금 깨러 왔어요", "fraud_check"),
        # our own
        ("이거 불법인지 아닌지 모르겠어요 전화로 시켜서 현금 다 찾으러 왔어요", "fraud_check"),
        ("과장님이 시켜서 법인 통장에서 현금 찾으러 왔어요", "take_ticket"),
        ("팀장님이 시켜서 회사 돈 입금하러 왔어요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="4 (the reviewer's 형이 aside): 형이 is bound to the order now (형이 전화로, 형이 "
    "시켜), so 모형이 no longer cancels the sign; what hides it here is the older fraud_check "
    "phrase 진짜 전화 (is the call real?), which covers 전화로 (진짜 전화로 시켜서 … reads "
    "take_ticket before the round too); left for a later round",
)
def test_a_model_not_real_phone_order_is_a_scam() -> None:
    assert offered("ko", "모형이 아니라 진짜 전화로 시켜서 현금 찾으러 왔어요") == "fraud_check"


class TestParcelAndOfficeWordsAloneVetoNothing:
    """5. Bare 택배, 민원실 are no other place's errand: only posting a parcel (택배 부치,
    소포 보내려) or another office's 번호표 (민원실도 번호표) is."""

    CASES: ClassVar[list[Any]] = [
        ("택배 기사가 왔다 가서 늦었는데 번호표 좀 뽑아 주세요", "take_ticket"),
        ("경비 아저씨한테 택배 맡기기로 했는데 통장 정리도 해 주세요", "take_ticket"),
        ("민원실 갔다가 왔는데 여기 번호표 뽑아 주세요", "take_ticket"),
        # our own
        ("택배 받느라고 늦었어요 번호표 주세요", "take_ticket"),
        ("민원실에 서류 떼고 왔는데 통장 정리 좀 해 주세요", "take_ticket"),
        # posting a parcel is still the post office's business
        ("우체국 택배 부치려면 어디로 가야 돼요", "unknown"),
        ("소포 부치러 왔는데 여기 우체국 아니죠", "unknown"),
        ("택배 부치러 왔는데 여기 우체국 아니죠", "unknown"),
        # the parcel scams stay
        ("택배가 반송됐다고 문자 와서 링크 눌렀어요", "fraud_check"),
        ("우체국 택배로 통장을 보내라고 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="5 (fourth sentence): no longer fraud_check (as before the round) but unknown; "
    "주민센터도 번호표 is the round's other-office veto, and 여기도 뽑아야 돼요 is no request "
    "word strong enough to lift it (the reviewer's other option, a closing 번호표 … 주세요 "
    "lifting the veto, is shared code); left for a later round",
)
def test_another_offices_ticket_then_ours_is_a_ticket() -> None:
    assert offered("ko", "주민센터도 번호표 뽑던데 여기도 뽑아야 돼요") == "take_ticket"


class TestMarketAndMachineAreNoShopStory:
    """6. 재래시장 is a place where cash is spent, and a machine that "doesn't take my card"
    is the kiosk's problem: only a shop's way (카드를 안 받는다, 카드 안 받는 집) vetoes."""

    CASES: ClassVar[list[Any]] = [
        ("재래시장 장 보러 가야 돼서 현금 좀 뽑아 주세요", "take_ticket"),
        ("재래시장 상인인데 동전 좀 바꾸러 왔어요", "take_ticket"),
        ("현금 찾으려는데 저 기계가 카드를 안 받아요", ("take_ticket", "call_staff")),
        # our own
        ("저 기계가 카드를 안 받는데 현금 찾을 수 있어요", ("take_ticket", "call_staff")),
        ("시장에서 카드를 안 받아서 현금 좀 찾으려고요", "take_ticket"),
        ("시장 할매 집에서 카드를 안 받는다 캐서 현금 내고 왔지", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestRelativesGoBetweenIsATaker:
    """7. A grandchild's friend, or a friend or junior a relative "sends", who is to be
    handed cash, is the collector of the grandchild scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "손자 친구가 온다고 해서 현금 전해 주기로 했는데 얼마까지 찾을 수 있어요",
            "fraud_check",
        ),
        ("손자가 친구를 보낸다고 현금 전해 주래요", "fraud_check"),
        # our own
        ("아들 친구가 온대서 현금 갖다주기로 했어요", "fraud_check"),
        ("딸이 후배를 보낸다고 통장 맡기래요", "fraud_check"),
        ("손자 친구라는 청년한테 현금 갖다주기로 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestThatManIsAHusband:
    """8. 그 양반이 is how an older wife names her husband, but also how a victim names the
    caller (review 19b: 그 양반이 하래서 정기예금 해지하러 is a scam), so it stays a loose
    orderer; a matured deposit collected (만기된 적금 찾으러) is no savings broken, and a
    mother-in-law's order is a relative's."""

    CASES: ClassVar[list[Any]] = [
        ("그 양반이 시켜서 만기된 적금 찾으러 왔어요", "take_ticket"),
        ("시어머니가 전화로 시켜서 용돈 찾으러 왔어요", "take_ticket"),
        # our own
        ("그 양반이 시켜서 만기 된 정기예금 다 찾으러 왔어요", "take_ticket"),
        ("어머니가 전화로 시켜서 현금 찾으러 왔어요", "take_ticket"),
        ("아버지가 시켜서 현금 찾으러 왔어요", "take_ticket"),
        # the scams stay
        ("그 양반이 하래서 정기예금 해지하러 왔어", "fraud_check"),
        ("그 양반이 전화로 시켜서 현금 다 찾으러 왔어요", "fraud_check"),
        ("팀장님이 시켜서 만기 전에 적금 다 깨러 왔어요", "fraud_check"),
        ("팀장님이 시켜서 현금 찾으러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="8 (second sentence), left: a deposit broken early on 그 양반's word is review "
    "19b's scam (그 양반이 하래서 정기예금 해지하러, a plain test), and a better rate "
    "elsewhere is also the investment scam's bait; fraud_check, one tap",
)
def test_a_husbands_move_to_a_better_rate_is_his_errand() -> None:
    text = "그 양반이 시켜서 정기예금 해지하러 왔어요 이자가 더 좋은 데로 옮긴대요"
    assert offered("ko", text) in ("explain_product", "take_ticket")


class TestNoSoundIsQuiet:
    """9. 소리가 안 나게 asks for quiet, not for the kiosk's sound up."""

    CASES: ClassVar[list[Any]] = [
        ("이 기계 소리가 안 나게 좀 조용히 해 주세요", ("stop", "unknown")),
        # our own
        ("소리 안 나게 좀 해 주세요", ("stop", "unknown")),
        ("화면 소리가 안 나게 꺼 주세요", ("stop", "unknown")),
        # the kiosk that makes no sound is still louder
        ("이 기계는 소리가 안 나요 크게 해 주세요", "louder"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
