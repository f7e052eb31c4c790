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


# was a strict xfail (the older fraud_check phrase 진짜 전화 covered 전화로 and hid the order); read
# right since ADR 0142
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


# --- second review (review 20b, after the first mend) --------------------------------
#
# A second read-only review found nine more: scams lost when the mend narrowed
# `taker` (B1: 은행에서 나왔다는 사람한테, 이라고 하는 분한테, 우체국 직원한테);
# 다 찾아서 갖다주기로 not an errand (B2); a caller who speaks for a relative,
# hiding behind the relative's order (B3: 아들이 하라고 했다고 전화로); the
# matured exemption too wide (B4: 만기가 된다는, 만기 돼서 나온 돈 … 갖다 줘야);
# then false alarms: go-between words on family gifts (B5: 축의금, 김치값),
# carers' and tradesmen's cash (B6: 간병인 여자한테 간병비, 기다리는 양반),
# a relative's errand with a time word before 전화로 (B7: 딸이 아침에 전화로);
# and the quiet-request words (B8) and cash requests vetoed by a shop's card
# words or a parcel errand (B9).


class TestClaimedOriginReceiverIsATaker:
    """B1. A receiver named by a claim (왔다는 사람, 이라고 하는 분) or by a company's staff
    (우체국 직원한테, 카드사 직원한테) is a taker; a polite 나와 계신 분 too."""

    CASES: ClassVar[list[Any]] = [
        ("은행에서 나왔다는 사람한테 현금 맡기기로 했어요", "fraud_check"),
        ("아들이 시켜서 왔다는 청년한테 현금 다 찾아서 전해 주기로 했어요", "fraud_check"),
        ("은행 직원이라고 하는 분한테 현금 맡기기로 했어요", "fraud_check"),
        ("아파트 앞에 나와 계신 분한테 현금 전해 드리기로 했어요", "fraud_check"),
        ("우체국 직원한테 현금 맡기기로 했어요 보관해 준대요", "fraud_check"),
        ("카드사 직원한테 카드랑 통장 건네주기로 했어요", "fraud_check"),
        ("대출 상담 직원한테 현금으로 갖다주기로 했어요 기존 대출 갚는 거래요", "fraud_check"),
        # our own
        ("보험회사에서 나왔다는 사람한테 통장 맡기기로 했어요", "fraud_check"),
        ("검사라고 하는 사람한테 현금 전해 주기로 했어요", "fraud_check"),
        ("통신사 직원한테 현금 건네주기로 했어요 요금 정리해 준대요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestEverythingTakenOutToDeliverIsABigErrand:
    """B2. 다 찾아서, 전부 찾아서, 다 깨서, 다 해지해서 (all of it out, to be delivered) is the
    by-phone rule's big errand."""

    CASES: ClassVar[list[Any]] = [
        ("전화로 시켜서 만기된 정기예금 다 찾아서 갖다주기로 했어요", "fraud_check"),
        ("전화로 시켜서 정기예금 다 찾아서 갖다주기로 했어요", "fraud_check"),
        # our own
        ("전화로 하래서 적금 전부 찾아서 갖다주기로 했어요", "fraud_check"),
        ("전화로 시켜서 예금 다 해지해서 갖다주기로 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestCallerSpeakingForARelativeIsNoRelative:
    """B3. A call that reports a relative's order (하라고 했다고, 시킨 거라고, 부탁했다고) is the
    caller's claim: the relative's order phrase inside it cancels nothing."""

    CASES: ClassVar[list[Any]] = [
        ("아들이 하라고 했다고 전화로 시켜서 적금 다 깨러 왔어요", "fraud_check"),
        (
            "딸이 시킨 거라고 전화로 하래서 정기예금 해지하러 왔어요 빨리 좀 해 주세요",
            "fraud_check",
        ),
        (
            "오늘 아침에 전화가 왔는데 아들이 시켜서 전화한 거라고 적금 깨서 현금으로 가져오래요",
            "fraud_check",
        ),
        # our own
        ("며느리가 시켰다고 전화로 하래서 현금 다 찾으러 왔어요", "fraud_check"),
        ("손자가 부탁한 거라고 전화가 와서 현금 찾으러 왔어요", "fraud_check"),
        # a relay without a phone keeps its reading
        ("아들이 하라고 했다고 남편이 그래서 적금 깨러 왔어요", ("unknown", "take_ticket")),
        ("딸이 부탁했다고 며느리가 그래서 현금 좀 찾으러 왔어요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="B3's cost, left: a family relay told over the phone (딸이 전화로 하라고 했다고 "
    "남편이, 전화가 와서 며느리가 하라고 했다고) has the caller's-claim words of the scam "
    "(phone + 했다고); the scam reading is kept, one tap",
)
@pytest.mark.parametrize(
    "text",
    [
        "딸이 전화로 하라고 했다고 남편이 그러길래 적금 깨러 왔어요",
        "아들한테 전화가 와서 며느리가 하라고 했다고 현금 좀 찾으러 왔어요 손주 학원비요",
    ],
)
def test_a_family_relay_by_phone_is_an_errand(text: str) -> None:
    assert offered("ko", text) in ("take_ticket", "unknown")


class TestNotYetMaturedIsBrokenEarly:
    """B4. The matured exemption is bound to its noun (만기된 적금, 만기가 된 예금), so 만기가
    된다는 (not yet matured) is a deposit broken early; a loose title's order to deliver the
    matured money (… 갖다 줘야) is a sign of its own."""

    CASES: ClassVar[list[Any]] = [
        ("그 양반이 시켜서 다음 달에 만기가 된다는 적금을 지금 깨러 왔어요", "fraud_check"),
        ("그 양반이 시켜서 다음 달 만기된다는 적금을 깨러 왔어요", "fraud_check"),
        ("그 양반이 시켜서 만기 된다고 하는 정기예금 미리 해지하러 왔어요", "fraud_check"),
        (
            "과장님이 시켜서 만기 돼서 나온 돈 현금으로 다 찾으러 왔어요 오늘 갖다 줘야 된대요",
            "fraud_check",
        ),
        # our own
        ("과장님이 시켜서 다음 달에 만기가 된다는 예금 미리 깨러 왔어요", "fraud_check"),
        # a matured deposit collected stays the errand
        ("그 양반이 시켜서 만기된 적금 찾으러 왔어요", "take_ticket"),
        ("그 양반이 시켜서 만기가 된 정기예금 찾으러 왔어요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="B4's cost, left: 그 양반 (a husband, or a loose title) ordering matured savings "
    "all out and delivered in cash (갖다 드려야) is the words of the fourth scam; the scam "
    "reading is kept, one tap",
)
def test_a_husbands_matured_savings_delivered_is_an_errand() -> None:
    text = "그 양반이 시켜서 만기된 적금 다 찾아서 현금으로 갖다 드려야 돼요"
    assert offered("ko", text) == "take_ticket"


class TestAGiftOrABillHandedIsNoScam:
    """B5, B6. Money named as a gift or a bill (축의금, 용돈, 김치값, 간병비, 수리비, 교무금) is
    the customer's own business, whoever it goes to; 보낸다고 alone, 기다리는 양반 (a husband)
    and 나오는 분 (at church) mark no taker."""

    CASES: ClassVar[list[Any]] = [
        ("손자 친구가 결혼한다고 해서 축의금 현금으로 전해 주기로 했어요", "take_ticket"),
        ("손자 친구가 이번에 군대 간다고 해서 용돈 현금으로 전해 주기로 했어요", "take_ticket"),
        ("손녀가 청첩장 보낸다고 해서 축의금 돈 전해 주기로 했어요", ("take_ticket", "unknown")),
        ("딸 친구가 온다고 해서 김치값 현금으로 갖다주기로 했어요", "take_ticket"),
        ("교회 친구가 온다길래 김장값 돈으로 건네주기로 했어요", ("take_ticket", "unknown")),
        ("간병인 여자한테 간병비 현금으로 건네주기로 했어요", "take_ticket"),
        ("미용실 여자한테 파마값 현금으로 갖다주기로 했어요", "take_ticket"),
        ("집 고쳐 준 남자한테 수리비 현금으로 건네주기로 했어요 돈 좀 찾을게요", "take_ticket"),
        ("집에서 기다리는 양반한테 약값 갖다주기로 했는데 현금 좀 찾아 주세요", "take_ticket"),
        ("성당 나오는 분한테 교무금 현금으로 전해 드리기로 했어요", "take_ticket"),
        # our own
        ("조카 친구가 결혼한다고 해서 축의금 현금으로 전해 주기로 했어요", "take_ticket"),
        ("요양보호사 여자한테 간병비 현금으로 갖다주기로 했어요", "take_ticket"),
        ("손녀 친구가 온다고 해서 반찬값 현금으로 건네주기로 했어요", "take_ticket"),
        # the collectors stay scams (no gift or bill named, or the scam's own: 병원비)
        ("손자 친구가 온다고 해서 현금 전해 주기로 했어요", "fraud_check"),
        ("손녀 친구가 온다고 해서 병원비 현금으로 전해 주기로 했어요", "fraud_check"),
        ("은행 앞에 서 있는 남자한테 현금 갖다주기로 했어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativeWithATimeWordStillOrders:
    """B7. A relative who phoned at a time (딸이 아침에 전화로, 딸내미가 어제 전화로) still gives
    the order: the errand stays."""

    CASES: ClassVar[list[Any]] = [
        ("딸이 아침에 전화로 시켜서 현금 찾으러 왔어요 사위 생일이래요", "take_ticket"),
        # moved to test_intents_scam_0140.py (ADR 0140)
        (
            "엄마가 오늘 아침에 전화로 하라고 해서 엄마 적금 깨러 왔어요 저는 딸이고요",
            ("take_ticket", "unknown"),
        ),
        # our own
        ("아들이 어제 전화로 시켜서 현금 찾으러 왔어요 손주 용돈이래요", "take_ticket"),
        ("며느리가 오늘 아침에 전화로 하래서 적금 깨러 왔어요", ("take_ticket", "unknown")),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestMakeItSilentIsStop:
    """B8. 소리가 안 나게 해/좀 asks for quiet (stop); a kiosk that has gone silent
    (소리가 안 나게 됐어요) still asks for louder."""

    CASES: ClassVar[list[Any]] = [
        ("갑자기 소리가 안 나게 됐어요 소리 좀 크게 해 주세요", "louder"),
        ("이 기계 소리가 안 나게 해 주세요", "stop"),
        ("소리가 안 나게 해 주세요", "stop"),
        # our own
        ("소리 안 나게 좀 해 주세요", "stop"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAShopsHearsayIsNoVeto:
    """B9. A shop's card practice told as hearsay (카드를 안 받는대서) is a reason before a cash
    request, not another place's business."""

    CASES: ClassVar[list[Any]] = [
        ("시장에서 카드를 안 받는대서 현금 좀 뽑아 주세요", "take_ticket"),
        # our own
        ("시장에서 카드 안 받는대서 현금 좀 찾아 주세요", "take_ticket"),
        ("시장에서 카드를 안 받는대서 현금 좀 찾으러 왔어요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# B9 (second sentence): mended in round twenty-two (ADR 0129) by the neutral 택배/소포 부치러
# 가야 (one's own errand elsewhere), longer than take_ticket's elsewhere 택배 부치러.
@pytest.mark.parametrize(
    "text",
    ["택배 부치러 가야 되는데 현금 좀 찾아 주세요", "소포 부치러 가야 되는데 현금 좀 뽑아 주세요"],
)
def test_a_parcel_errand_then_cash_is_cash(text: str) -> None:
    assert offered("ko", text) == "take_ticket"
