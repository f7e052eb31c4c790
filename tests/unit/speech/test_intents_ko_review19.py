"""Review 19 of round nineteen's Korean changes (ADR 0117): each finding as its sentences.

A read-only reviewer found the round's new neutral ID-card phrases hiding the ID-photo
scam (R1) and lost_card's 잃어버 (R8), the stranger's-order rule taking a queue remark's
사람이 (R2), a neighbour's parcel (R3) and goods ordered (R4) for a stranger's order, cash
already paid to a politely named person read as the pick-up scam (R5), the phone's sound
and the household bills vetoing the kiosk's own sound and a product question (R6, R7),
the orderer slot missing the commonest ways a victim names the caller (R9) and a bare
``english`` beating the sentence's own task (R10). The reviewer's sentences come first in
each class, then siblings of our own. All read right (or at least no longer wrong the
round's way) since the "After review" section of ADR 0117; what is left is a strict xfail.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestIdPhotoScamIsSeen:
    """R1. "신분증을 다시 (보여, 찍어)" is the ID-photo scam itself: no neutral word hides it."""

    CASES: ClassVar[list[Any]] = [
        ("택배 기사라는 사람이 신분증을 다시 보여 달라고 사진 찍어 갔어요", "fraud_check"),
        ("은행이라고 문자가 와서 신분증을 다시 찍어서 올려 달래요", "fraud_check"),
        # our own
        ("어떤 남자가 주민등록증을 다시 찍어서 보내 달래요", "fraud_check"),
        ("카드 회사라면서 신분증을 다시 촬영해서 올리래요", "fraud_check"),
        ("그 사람이 신분증을 다시 찍어서 보내 달래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestQueueRemarkIsNoOrderer:
    """R2. "사람이 많네요" is about the queue: its 사람이 is no stranger giving an order."""

    CASES: ClassVar[list[Any]] = [
        ("아들이 시켜서 돈 찾으러 왔는데 오늘 사람이 많네요", "take_ticket"),
        ("영감이 시켜서 돈 부치러 왔는데 번호표 어디서 뽑아요 사람이 많네", "take_ticket"),
        # our own
        ("딸이 시켜서 현금 찾으러 왔는데 사람이 너무 많아서 기다려야 돼요", "take_ticket"),
        # the stranger's order itself still reads
        ("전화한 사람이 시켜서 돈 뽑으러 왔어요", "fraud_check"),
        ("기초연금 더 준다고 어떤 사람이 시켜서 현금 찾으러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="R2 (third sentence): no longer fraud_check (the regression is mended) but "
    "mobile_banking_help, as before the round; 공과금 내고 … 부치려고요 without 번호표 or 창구 "
    "reads app help, left for a later round",
)
def test_a_husbands_errand_with_bills_is_a_ticket() -> None:
    text = "남편이 하라고 해서 왔는데 공과금 내고 돈 좀 부치려고요 사람이 많네"
    assert offered("ko", text) == "take_ticket"


class TestParcelErrandsAreNoScam:
    """R3. A landlord's or neighbour's errand, or a bare 부치러/찾으러 (a parcel), is no
    stranger's order to move money."""

    CASES: ClassVar[list[Any]] = [
        ("집주인 아저씨가 시켜서 월세 부치러 왔어요", "take_ticket"),
        ("옆집 아줌마가 시켜서 소포 부치러 우체국 가는 길이에요", "unknown"),
        ("아저씨가 시켜서 택배 부치러 왔는데 여기 우체국 아니에요", "unknown"),
        (
            "택배 아저씨가 하라고 해서 택배 찾으러 왔는데 여기가 아닌가 봐",
            ("unknown", "take_ticket"),
        ),
        # our own
        ("옆집 아저씨가 시켜서 안경 찾으러 가는 길이에요", "unknown"),
        ("경비 아저씨가 시켜서 관리비 이체하러 왔어요", "take_ticket"),
        ("우리 아저씨가 시켜서 돈 찾으러 왔어요", "take_ticket"),
        # a stranger's order for money still reads; so does a bare 찾으러 from a plain stranger
        ("그 사람이 시켜서 찾으러 왔어요", "fraud_check"),
        ("모르는 남자가 시켜서 부치러 왔어요", "fraud_check"),
        ("어떤 남자가 시켜서 통장 돈 전부 옮기러 왔어요", "fraud_check"),
        ("그 남자가 하래서 적금이랑 예금 다 깨러 왔시유", "fraud_check"),
        ("모르는 여자가 시켜서 상품권 사러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestGoodsOrderedAreNoOrder:
    """R4. 시켰는데 is also "ordered (goods)": paying a home-shopping order is an errand."""

    CASES: ClassVar[list[Any]] = [
        ("홈쇼핑에서 이불 시켰는데 돈 부치러 왔어요", "take_ticket"),
        # our own
        ("홈쇼핑에서 냄비 시켰는데 돈 보내러 왔어요", "take_ticket"),
        ("아들이 치킨 시켰는데 돈 보내야 된대서 이체하러 왔어요", "take_ticket"),
        ("상담원이 시켜서 돈 보내러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestCashAlreadyPaidIsNoPickUp:
    """R5. Cash already given (드렸, 줬) to "…이라는 분" is polite naming, not the pick-up
    scam; cash promised (주기로, 드리기로) to a claimed person still is."""

    CASES: ClassVar[list[Any]] = [
        ("반장님이라는 분한테 회비 현금으로 드렸어요", ("unknown", "take_ticket")),
        # our own
        ("총무라는 분한테 회비를 현금으로 줬어요", ("unknown", "take_ticket")),
        ("아들 회사 동료라는 사람한테 현금을 주기로 했어요", "fraud_check"),
        ("검사라는 사람한테 현금 드리기로 했는데 빨리 오래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestKiosksOwnSound:
    """R6. The phone named beside the kiosk's own sound vetoes no louder."""

    CASES: ClassVar[list[Any]] = [
        ("핸드폰 소리는 잘 들리는데 이 기계 소리가 너무 작아요", "louder"),
        # our own
        ("핸드폰 소리가 작아서 전화를 못 받았어", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


def test_vibration_beside_the_kiosks_sound() -> None:
    """R6 (second sentence): the kiosk is meant (이 기계는), so louder; since round twenty
    (ADR 0121) 소리가 안 나 is a louder word, the phone's 소리가 안 나 an elsewhere one."""
    assert offered("ko", "진동만 울리고 이 기계는 소리가 안 나요 크게 해 줘요") == "louder"


class TestBillsAreAReasonToAsk:
    """R7. A household bill is often why a product is asked about: only the grumble vetoes."""

    CASES: ClassVar[list[Any]] = [
        ("생활비 통장으로 쓸 만한 상품 있어요", "explain_product"),
        ("난방비 아끼려면 적금 어떤 게 좋아요", "explain_product"),
        # our own
        ("생활비 쓸 통장 하나 만들려고요", "open_account"),
        ("아파트 관리비가 또 올랐대 난방비까지 하면 연금 반은 나가", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestLostIdWithCardOrTheft:
    """R8. A card lost with the ID is lost_card; a loan or account in my name after the ID
    was lost is identity theft."""

    CASES: ClassVar[list[Any]] = [
        ("주민등록증을 잃어버렸어요 카드도 같이 넣어 뒀는데", "lost_card"),
        ("신분증을 잃어버렸는데 누가 내 이름으로 대출을 받았대요", ("fraud_check", "call_staff")),
        # our own
        ("신분증을 잃어버렸는데 내 명의로 통장이 만들어졌대요", ("fraud_check", "call_staff")),
        ("주민등록증을 잃어버렸는데 동사무소 가면 되나요", "unknown"),
        ("지갑을 잃어버렸는데 신분증이랑 카드가 다 들었어요", "lost_card"),
        ("신분증을 잃어버렸는데 돈 찾을 수 있어요", ("take_ticket", "lost_card")),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestOrdererNamedLoosely:
    """R9. The caller named as 그분, 저쪽, a person on the phone, or a claimed title; and the
    coached denial before a large cash withdrawal (그 양반, 팀장님, bare 전화로: second review)."""

    CASES: ClassVar[list[Any]] = [
        ("그분이 시켜서 현금 찾으러 왔어요", "fraud_check"),
        ("전화 주신 분이 하라고 해서 적금 깨러 왔어요", "fraud_check"),
        ("그놈이 시켜서 돈 찾으러 왔어", "fraud_check"),
        ("저쪽에서 하라길래 돈 보내러 왔어요", "fraud_check"),
        ("담당자분이 시킨 대로 돈 찾으러 왔어요", "fraud_check"),
        ("그 직원이 시켜서 적금 깨러 왔어요", "fraud_check"),
        ("아무도 안 시켰어요 그냥 현금 이천만 원 찾으러 왔어요", "fraud_check"),
        # our own
        ("누가 시킨 거 아니에요 그냥 현금으로 삼천만 원 다 찾을 거예요", "fraud_check"),
        ("누가 시켜서 온 거 아니에요 내 돈 내가 찾으러 왔어요 현금으로 천만 원", "fraud_check"),
        ("사장님이 시켜서 가게 돈 입금하러 왔어요", "take_ticket"),
        ("친구가 시켜서 돈 좀 부치러 왔어요", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestEnglishInsideASentence:
    """R10. A bare ``english`` is a weak word: the sentence's own task outweighs it."""

    CASES: ClassVar[list[Any]] = [
        ("손주 english 학원비 보내러 왔어요", "take_ticket"),
        ("English 中文 한국어 mixed 카드를 잃어버렸어요 😀", "lost_card"),
        # our own
        ("English please", "change_language"),
        ("영어로 바꿔 주세요", "change_language"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# Second review (review 19b): the mend's own lists, each finding as its sentences.


class TestSecondReviewSavingsErrandAndQueue:
    """B1. 적금/예금 찾으러 is a money errand; only queue phrases of 사람이 많 are neutral,
    so "그 사람이 많이 급하다고" still names the orderer."""

    CASES: ClassVar[list[Any]] = [
        ("전화 온 사람이 시켜서 적금 찾으러 왔어요", "fraud_check"),
        ("전화 온 사람이 시켜서 예금 찾으러 왔어요", "fraud_check"),
        ("보험 회사에서 시켜서 예금 찾으러 왔어요", "fraud_check"),
        ("그 사람이 많이 급하다고 시켜서 현금 찾으러 왔어요", "fraud_check"),
        ("그 사람이 많이 아프다고 해서 현금 찾으러 왔어요 시켜서", "fraud_check"),
        # our own
        ("모르는 사람이 시켜서 예금을 찾으러 왔어요", "fraud_check"),
        ("전화하신 분이 시켜서 예금 찾으러 왔어요", "fraud_check"),
        ("아들이 시켜서 적금 찾으러 왔어요", "take_ticket"),
        ("사람이 많이 기다리네요 번호표 주세요", "take_ticket"),
        ("사람이 많네요 번호표 줘요", "take_ticket"),
        ("사람이 많은데 그 사람이 시켜서 빨리 현금 찾으러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewFamilyPhoneAndWorkErrands:
    """B2-B4. A family's order by phone, a team leader's work errand and 그 양반 (a wife's
    husband) are no stranger's order: the orderer is a person on the phone, not the phone."""

    CASES: ClassVar[list[Any]] = [
        ("딸이 전화로 시켜서 용돈 찾으러 왔어요", "take_ticket"),
        ("며느리가 전화로 하래서 돈 부치러 왔어", "take_ticket"),
        ("영감이 전화로 시켜서 돈 찾으러 왔어", "take_ticket"),
        ("아들한테 전화한 다음에 아들이 시켜서 돈 찾으러 왔어요", "take_ticket"),
        ("아까 딸한테 전화한 건데 딸이 시켜서 돈 부치러 왔어요", "take_ticket"),
        ("팀장님이 시켜서 회사 돈 입금하러 왔어요", "take_ticket"),
        ("과장님이 시켜서 거래처에 돈 보내러 왔어요", "take_ticket"),
        ("회사 팀장님이 시켜서 법인 통장에 돈 입금하러 왔어요", "take_ticket"),
        ("과장님이 시켜서 회사 돈 이체하러 왔어요", "take_ticket"),
        ("우리 팀장이 시켜서 송금하러 왔어요", "take_ticket"),
        ("그 양반이 시켜서 돈 찾으러 왔어요 우리 영감이요", "take_ticket"),
        ("우리 그 양반이 시켜서 돈 찾으러 왔어요", "take_ticket"),
        ("그 양반이 하래서 관리비 이체하러 왔어", "take_ticket"),
        # our own
        ("손자가 전화로 시켜서 돈 부치러 왔어요", "take_ticket"),
        ("부장님이 시켜서 회사 돈 송금하러 왔어요", "take_ticket"),
        ("전화 건 사람이 하래서 적금 깨러 왔어요", "fraud_check"),
        ("그분께서 전화로 시켜서 정기예금 해지하러 왔어요 수사 중이라고", "fraud_check"),
        ("금감원 팀장님이 시켜서 현금 찾으러 왔어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# B2-B4 cost, mended in round twenty (ADR 0121): an order by phone (전화로) and by a loose
# title (팀장님이, 과장님이, 그 양반이) with cash out or savings broken is a sign, unless a
# relative gave the order or the errand is the company's (the rule's unless).
@pytest.mark.parametrize(
    "text",
    [
        "전화로 시켜서 돈 찾으러 왔어요",
        "팀장님이 시켜서 현금 찾으러 왔어요",
        "그 양반이 하래서 정기예금 해지하러 왔어",
        "과장님이 하라고 해서 예금 다 해지하러 왔어요",
    ],
)
def test_second_review_loose_orderer_scams_left(text: str) -> None:
    assert offered("ko", text) == "fraud_check"


class TestSecondReviewLostIdAndCoachedDenial:
    """B5, B6. A lost ID and "the account in my name" is her own account; a bare 시킨 거 아니
    is goods ordered. Someone else's loan, account or phone in my name, and a coached
    denial with 다 빼, stay the scam."""

    CASES: ClassVar[list[Any]] = [
        ("신분증을 잃어버렸는데 내 이름으로 된 통장에서 돈 찾을 수 있어요", "take_ticket"),
        ("신분증을 분실했는데 제 명의로 된 카드는 어떻게 해요", ("unknown", "lost_card")),
        (
            "주민등록증 잃어버렸는데 제 이름으로 된 적금 해지할 수 있어요",
            ("take_ticket", "unknown"),
        ),
        (
            "이거 내가 시킨 거 아니고 며느리가 시킨 건데 현금으로 내야 돼요",
            ("take_ticket", "unknown"),
        ),
        ("치킨 시킨 게 아니고 피자 시켰는데 현금으로 내요", ("unknown", "take_ticket")),
        ("그거 내가 시킨 거 아니야 전부 며느리가 했어", "unknown"),
        ("누가 시킨 거 아니라니까 그냥 돈 다 빼 줘요 급해요", "fraud_check"),
        ("신분증을 잃어버렸는데 누가 내 이름으로 대출을 받았대요", "fraud_check"),
        ("신분증을 잃어버렸는데 모르는 사람이 제 명의로 통장을 만들었대요", "fraud_check"),
        ("주민등록증 분실했는데 명의 도용 됐다고 전화가 왔어요", "fraud_check"),
        ("아무도 안 시켰어 정기예금 전부 현금으로 줘", "fraud_check"),
        ("시켜서 온 거 아니에요 현금으로 삼천 찾아 주세요", "fraud_check"),
        # our own
        (
            "운전면허증을 잃어버렸는데 내 이름으로 된 예금 찾을 수 있어요",
            ("unknown", "take_ticket"),
        ),
        ("면허증 분실했는데 누가 제 명의로 폰을 개통했대요", "fraud_check"),
        ("누가 시킨 거 아니에요 적금 전부 빼 주세요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
