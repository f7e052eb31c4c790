"""Review 22 of round twenty-two's Korean changes (ADR 0129): each finding as its sentences.

A read-only reviewer found the round's new fraud_check ``elsewhere`` words 뉴스에 나 / 신문에
나 / 티비에 나 / 텔레비전에 나 vetoing the customer's own scam report told beside the news (1);
the round C sign [그런/같은 전화·문자, 나한테도 …, 왔/받았] firing on the filler 저 그, on 나왔어
and on any notice that "came to me too" (2); bigger_text's bare 고지서 / 건강검진 / 결과지
vetoing the kiosk's own "the screen text is too small" (3); the doubt sign on 복사기인가요 and
news commentary (4); and the parcel errand mended only in the words written (minor). The
reviewer's sentences come first in each class, then siblings of our own, with a scam sentence
for each neutral word or narrowing of the mend. What is left is a strict xfail with its reason.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestTheNewsDoesNotHideTheCustomersOwnScam:
    """1. The four news phrases are no longer fraud_check's elsewhere words (explain_product's
    longer elsewhere covers them again, now 티비에 나 too); someone else's scam told in
    Gyeongsang hearsay (당했다꼬, 당했다카) joined the "남이 당한 이야기" group instead."""

    CASES: ClassVar[list[Any]] = [
        ("뉴스에 나오는 보이스피싱 전화가 저한테 왔어요", "fraud_check"),
        ("뉴스에 나온 사기 문자가 왔어요", "fraud_check"),
        ("뉴스에 나온 거 같은 문자가 왔는데 이거 사기죠", "fraud_check"),
        ("뉴스에 나왔던 보이스피싱 같은데 어떻게 해요", "fraud_check"),
        ("텔레비전에 나온 사기랑 똑같은 문자가 왔어요 어떡해요", "fraud_check"),
        ("텔레비전에 나오는 수상한 전화가 자꾸 와요", "fraud_check"),
        ("뉴스에 나온 스미싱 문자 같은 게 왔는데 눌러 버렸어요", "fraud_check"),
        ("뉴스에 나오는 스미싱 문자를 눌러 버렸는데 어떡해요", "fraud_check"),
        ("뉴스에 나오는 보이스피싱 당했어요 어떡해요", "fraud_check"),
        ("뉴스에 나온 사기를 제가 당했어요", "fraud_check"),
        ("신문에 나온 것처럼 가짜 검사한테 속았어요", "fraud_check"),
        ("뉴스에 나온 것처럼 가짜 은행 문자 받았어요", "fraud_check"),
        ("뉴스에 나오는 보이스피싱을 우리 엄마가 당한 거 같아요", "fraud_check"),
        ("뉴스에 나온 그 수법으로 우리 아버지가 속은 거 같아요", "fraud_check"),
        ("뉴스에 나오는 그 스미싱인 거 같아요", "fraud_check"),
        ("뉴스에 나오는 거 말고 저한테 이상한 문자가 왔어요", "fraud_check"),
        ("뉴스에 나왔다카던 그 보이스피싱 전화 아이가 이거", "fraud_check"),
        ("어제 뉴스에 나왔던 그 사기 전화 같아 엄마 폰 좀 봐 주세요", "fraud_check"),
        ("뉴스에 나오는 사기 전화 같은데 좀 봐 주세요", "fraud_check"),
        # siblings of our own: 티비에 나 (now explain_product's elsewhere like the other three)
        ("티비에 나온 그런 수상한 문자가 저한테 왔어요", "fraud_check"),
        ("신문에 나오는 사기 전화를 어제 받았어요", "fraud_check"),
        ("티비에 나온 보험 상품이라면서 전화가 와서 카드 번호 불러 달래요", "fraud_check"),
        # someone else's scam in Gyeongsang hearsay: the new 당했다꼬, 당했다카 …
        ("옆집 양반이 보이스피싱 당했다꼬 뉴스에 나왔는데", "unknown"),
        ("친구가 사기 당했다카더라 뉴스에도 나왔다", "unknown"),
        ("앞집 할매가 전화 사기 당했다고 티비에 나오더라 세상 참 무섭다", "unknown"),
        # … with a scam of one's own beside them
        ("옆집 양반이 보이스피싱 당했다꼬 하던데 나한테도 안전계좌로 돈 옮기래요", "fraud_check"),
        ("친구가 사기 당했다카던데 저한테도 검찰이라고 전화 와서 현금 찾아 두래요", "fraud_check"),
        ("누가 당했다 카던데 은행이라면서 문자가 와서 인증번호 알려 달래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


NEWS_PRICE = pytest.mark.xfail(
    strict=True,
    reason="1, the price: with the news veto gone, a news story that names a scam "
    "(사기꾼 잡혔대요, 사기 당한 것 같다고 뉴스에 나왔더라) asks 'Is this a scam?' again, as on "
    "main; a tap, where the veto lost the customer's own reports",
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("뉴스에 나온 그 사기꾼 잡혔대요", marks=NEWS_PRICE),
        # was a strict xfail (the price of the news veto gone); read right since ADR 0142
        "신문에 나왔더라 사기꾼들이 요새 택배 기사 행세한다고",
        pytest.param("옆집 할매가 사기 당한 것 같다고 뉴스에 나왔더라", marks=NEWS_PRICE),
    ],
)
def test_a_news_story_of_a_scam_is_talk(text: str) -> None:
    assert offered("ko", text) == "unknown"


class TestTheSameCallCameToMeTooNeedsAWorry:
    """2. The round C sign lost 나도 그 / 저도 그 (the filler 저 그 …, 나 그래서) and gained a
    fourth place: a worry or a likeness to a scam (어떡해, 무서, 진짜, 처럼, 뉴스에 나 …, 눌렀,
    사기). Its second place no longer needs 도 (저한테 왔어요)."""

    CASES: ClassVar[list[Any]] = [
        ("그런 전화 조심하라고 뉴스에 나왔어 나도 그 뉴스 봤어", "unknown"),
        ("친구가 그런 전화 받았다는데 나도 그 얘기 들었어", "unknown"),
        ("옆집 할머니가 그런 전화를 받았다는데 나도 그 할머니 걱정돼", "unknown"),
        ("나도 그 사람 잘 알아 그런 전화 받았어 아들한테서", "unknown"),
        ("동창회 한다고 같은 문자가 나한테도 왔어요", "unknown"),
        ("손주 생일 파티 한다고 같은 문자가 저한테도 왔어요 엄마한테는 비밀이래요", "unknown"),
        ("적금 만기 됐다는 같은 문자가 저한테도 왔는데 찾으러 왔어요", "take_ticket"),
        ("교회에서 같은 문자가 왔는데 저 그 헌금 통장 정리하러 왔어요", "take_ticket"),
        ("동사무소에서 같은 연락이 나한테도 왔는데 주소 바꾸래요", "update_details"),
        # the round's own class, and siblings: still the scam reading
        ("뉴스에 나온 거 같은 전화가 나한테도 왔어요 어떡해요", "fraud_check"),
        ("뉴스에 나온 그런 전화가 저한테도 왔어요 무서워요", "fraud_check"),
        ("뉴스에 나온 그런 전화가 저한테 왔어요", "fraud_check"),
        ("뉴스에 나온 그런 전화가 우리 집에 왔어요", "fraud_check"),
        ("그런 문자가 저한테도 왔는데 진짜 사기예요", "fraud_check"),
        ("같은 전화가 우리 집에도 왔어요 어떻게 해야 돼요", "fraud_check"),
        ("티비에서 본 그런 문자가 저한테도 왔는데 눌러도 돼요", "fraud_check"),
        # scams with the narrowed words (저도 그, 나 그래서, a notice) in them
        ("저도 그 문자 받았는데 은행이라면서 비밀번호 알려 달래요", "fraud_check"),
        ("동창회 한다고 같은 문자가 나한테도 왔는데 링크 눌렀더니 돈이 빠져나갔어", "fraud_check"),
        ("나 그래서 그런 전화가 왔는데 경찰이라면서 현금 찾아서 맡기래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="2, left: no longer a sign (the filler 나 그 is gone) but unknown, as on main; "
    "축의금 찾으러 is a cash errand no cash word names yet; for a later round",
)
def test_wedding_money_after_a_call_is_a_ticket() -> None:
    text = "아들이 결혼한다고 그런 전화가 왔어 나 그래서 축의금 찾으러 왔어"
    assert offered("ko", text) == "take_ticket"


@pytest.mark.xfail(
    strict=True,
    reason="2, left: no longer the round C sign, but the older sign [은행, 연락, …] reads it "
    "fraud_check, as on main; a bank that 'got in touch' is the scam reading when in doubt",
)
def test_the_bank_telling_of_matured_savings_is_a_ticket() -> None:
    text = "은행에서 그런 연락이 왔는데 저 그 적금 만기라서 찾으러 왔어요"
    assert offered("ko", text) == "take_ticket"


class TestAPaperNamedAsTheErrandVetoesNoScreen:
    """3. bigger_text's paper words are now the paper named as what is read (고지서가, 고지서를,
    고지서 글…, 결과지가 …, 검진 결과): 고지서 내러 (the errand) vetoes nothing. Bare 건강검진
    stays: a longer 건강검진 결과 would hide the smishing lure 검진 결과 (round 14)."""

    CASES: ClassVar[list[Any]] = [
        ("고지서 내러 왔는데 화면 글씨가 작아서 안 보여요", "bigger_text"),
        ("고지서 내러 왔는데 글씨 좀 크게 해 주세요", "bigger_text"),
        ("관리비 고지서 말고 화면 글씨가 너무 작아요", "bigger_text"),
        ("관리비 고지서가 왔는데 글씨가 깨알 같아서 돋보기를 써야겠어", "unknown"),
        ("결과지 글씨가 작아서 못 읽겠네 딸한테 읽어 달라 해야지", "unknown"),
        ("건강검진 결과가 우편으로 왔는데 글씨가 작아서 뭐라는지 모르겠어", "unknown"),
        # scams with the paper words in them
        ("고지서 내러 왔는데 모르는 사람이 전화로 비밀번호를 알려 달래요", "fraud_check"),
        ("고지서 내러 왔는데 검찰이라면서 현금을 찾아 두래요", "fraud_check"),
        ("관리비 고지서라면서 문자가 와서 링크 누르고 카드 번호 넣으래요", "fraud_check"),
        ("검진 결과 알려 준다면서 전화가 와서 인증번호를 불러 달래요", "fraud_check"),
        ("건강검진 결과 보라는 문자를 눌렀는데 큰일 났나", "fraud_check"),
        ("건강검진 결과라면서 문자가 와서 링크를 눌렀더니 돈이 빠져나갔어요", "fraud_check"),
        ("고지서가 밀렸다고 전화가 와서 오늘 안 내면 끊긴다고 이 계좌로 넣으래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# 3 was a strict xfail (건강검진 and 결과지 글씨 are the paper being read, and the screen asked
# after it is one strong word, below asked_after's two); read right since ADR 0142.
@pytest.mark.parametrize(
    "text",
    [
        "건강검진 결과지가 왔는데 결과지 글씨 말고 이 화면 글씨 좀 키워 주세요",
        # bare 건강검진 stays an elsewhere word (see the class above)
        "건강검진 받고 왔는데 화면 글씨가 작아서 안 보여요",
    ],
)
def test_the_screen_asked_after_a_check_up(text: str) -> None:
    assert offered("ko", text) == "bigger_text"


@pytest.mark.xfail(
    strict=True,
    reason="4, left on purpose: 사기인가요 / 사기 아닌가요 / 보이스피싱 같아요 are read as "
    "written across word ends; main reads these fraud_check too (the strong word 사기), and "
    "a neutral 복사기 does not hide a sign word. Narrowing the doubt sign to 이거 사기 … would "
    "lose a doubt told beside a news word; the price is a tap",
)
@pytest.mark.parametrize(
    "text",
    [
        "티비에 나오는 거 보니까 그게 다 보이스피싱 같아요",
        "이거 복사기인가요",
        "이거 주사기 아닌가요",
        "이거 복사기 아니에요 복사 좀 하려고요",
        "이거 사기 아니에요 그냥 우리 딸이 보낸 거예요",
    ],
)
def test_a_photocopier_is_no_doubt(text: str) -> None:
    assert offered("ko", text) == "unknown"


class TestTheDoubtSignStillReadsScams:
    """4. The doubt sign is kept: scams that ask with it."""

    CASES: ClassVar[list[Any]] = [
        ("이거 사기인가요 모르는 사람이 돈 보내래요", "fraud_check"),
        ("이거 사기 아닌가요 문자가 와서 눌렀어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAParcelSentIsAnErrandToo:
    """Minor: the errand neutral now has 보내러 beside 부치러 (택배/소포 (를) 보내러 가야)."""

    CASES: ClassVar[list[Any]] = [
        ("택배 보내러 가야 되는데 현금 좀 찾아 주세요", "take_ticket"),
        ("소포 보내러 가야 되는데 통장 정리 좀 해 주세요", "take_ticket"),
        # scams with the new neutral in them
        ("경찰이 현금을 상자에 넣어서 택배 보내러 가야 한대요", "fraud_check"),
        ("택배 보내러 가야 되는데 모르는 사람이 비밀번호를 알려 달래요", "fraud_check"),
        ("소포를 보내러 가야 되는데 아들이라면서 문자가 와서 돈 좀 보내 달래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# Were a strict xfail (no sign names a caller like the news's with no 'to me'); offered
# as a scam since the classifier's scam in silence at 0.5 (ADR 0144).
@pytest.mark.parametrize(
    "text",
    [
        "뉴스에 나온 그 전화가 어제 나한테 왔어",
        "뉴스에서 조심하라던 그런 문자가 왔어요",
        "티비에 나오는 그런 전화가 왔어요 무서워요",
    ],
)
def test_a_caller_like_the_news_without_to_me(text: str) -> None:
    assert offered("ko", text) == "fraud_check"


# --- second review (review 22b) -------------------------------------------------------
# The mend's hearsay 당했다 카 was a prefix of 카톡 / 카드 (1), the round C sign's fourth
# place counted emphasis (진짜, 처럼, 맞아요 …) as a worry (2), and 고지서가/를/는 with its
# particle still vetoed the kiosk's own screen (3).


class TestHearsayIsWrittenWithItsEnding:
    """22b, 1: the Gyeongsang hearsay is written with its ending (당했다카더/카데/카네, spaced
    or not), never the bare 카 (카톡, 카드) nor 카던 (a caller's 당했다카던데 is one's own); and
    a scam named beside a request to block an account or a bankbook is a sign, however the
    scam was told (a carer's 당했대요 / 당했다카네요)."""

    CASES: ClassVar[list[Any]] = [
        ("사기 당했다 카톡으로 돈 보냈어요 어떡해요", "fraud_check"),
        ("우리 엄마가 보이스피싱 당했다카는데 계좌 좀 막아 주세요", "fraud_check"),
        ("뉴스에 나온 그 사기를 우리 어머니가 당했다카네요 계좌 좀 막아 주세요", "fraud_check"),
        ("우리 엄마가 보이스피싱 당했대요 계좌 좀 막아 주세요", "fraud_check"),
        ("아버지가 사기를 당했다 카데요 통장 좀 막아 주이소", "fraud_check"),
        ("어머니가 스미싱 당한 거 같대요 지급정지 해 주세요", "fraud_check"),
        ("사기 당했다 카드로 결제됐대요 어떡해요", "fraud_check"),
        ("경찰이 내 명의가 도용 당했다카던데 이거 사기 맞나", "fraud_check"),
        ("검찰이 그러는데 내가 당했다카면서 돈 옮기래", "fraud_check"),
        ("할매 나한테 그런 전화 왔다 아들이 사고 당했다카데 돈 보내라 카는데 우째", "fraud_check"),
        ("손자가 사고 당했다 카면서 합의금 보내래요", "fraud_check"),
        # someone else's scam, told: still talk
        ("옆집 양반이 보이스피싱 당했다꼬 뉴스에 나왔는데", "unknown"),
        ("옆집 할매가 사기 당했다카던데 불쌍하다", "unknown"),
        # moved to test_intents_scam_0140.py (ADR 0140)
        # moved to test_intents_scam_0140.py (ADR 0140)
        # a block without a scam named is the lost card's
        ("통장 좀 막아 주세요 잃어버렸어요", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestEmphasisIsNoWorry:
    """22b, 2: the round C sign's fourth place takes doubt, not emphasis: 진짜예요 / 진짜인가 /
    진짜 맞 / 진짜야, 것처럼 / 거처럼, 같은 거 같, 걱정돼 / 걱정되 / 걱정이; bare 진짜, 처럼,
    같은 거, 걱정, 맞아요, 괜찮은 are gone. Each narrowed word has its scam below."""

    NOT_FRAUD = ("unknown", "take_ticket", "open_account", "explain_product", "update_details")

    CASES: ClassVar[list[Any]] = [
        ("동창회 한다고 같은 문자가 나한테도 왔어 진짜 반갑더라", "unknown"),
        ("손주 돌잔치 한다고 같은 문자가 저한테도 왔어요 진짜 귀여워요", "unknown"),
        ("교회 바자회 한다고 그런 문자가 나한테 왔는데 작년처럼 떡 팔아요", "unknown"),
        ("아들 취직했다고 그런 전화가 나한테 왔어 진짜 기뻐서 적금 하나 들려고", "open_account"),
        (
            "손주가 대학 붙었다고 그런 전화가 저한테 왔어요 진짜 좋아서 용돈 찾으러 왔어요",
            "take_ticket",
        ),
        ("딸이 그런 전화가 나한테 왔는데 걱정 말래 용돈 찾으러 왔어", "take_ticket"),
        ("적금 만기라고 같은 문자가 저한테 왔는데 작년이랑 같은 거 들려고요", NOT_FRAUD),
        ("은행에서 같은 문자가 저한테 왔는데 맞아요 통장 정리하러 왔어요", NOT_FRAUD),
        (
            "아파트에서 관리비 나왔다고 같은 문자가 우리 집에 왔는데 "
            "관리비 내러 왔어요 진짜 많이 나왔네",
            NOT_FRAUD,
        ),
        ("동사무소에서 같은 연락이 저한테 왔는데 괜찮은 거죠 주소 바꾸러 왔어요", NOT_FRAUD),
        # scams with each narrowed word
        ("그런 문자가 저한테 왔는데 이거 진짜예요", "fraud_check"),
        ("같은 전화가 나한테도 왔는데 진짜인가 모르겠어요", "fraud_check"),
        ("그런 문자가 나한테 왔는데 이게 진짜 맞아요", "fraud_check"),
        ("같은 문자가 나한테 왔어 진짜야 가짜야", "fraud_check"),
        ("그런 전화가 저한테 왔는데 검찰인 것처럼 말해요", "fraud_check"),
        ("같은 전화가 나한테도 왔는데 은행인 거처럼 하더라", "fraud_check"),
        ("그런 문자가 저한테 왔는데 사기 같은 거 같아요", "fraud_check"),
        ("그런 전화가 우리 집에도 왔는데 걱정돼요", "fraud_check"),
        ("같은 문자가 나한테 왔는데 걱정이 돼서 왔어요", "fraud_check"),
        ("그런 전화가 저한테 왔는데 걱정되네요", "fraud_check"),
        # kept words
        ("그런 문자가 나한테 왔는데 진짜 눌러도 돼요", "fraud_check"),
        ("그런 문자가 저한테도 왔는데 진짜 사기예요", "fraud_check"),
        ("검찰이라는 그런 전화가 저한테 왔어요 무서워요", "fraud_check"),
        ("같은 문자가 우리 집에 왔는데 어떡해", "fraud_check"),
        ("티비에서 본 거랑 같은 전화가 저한테 왔어요", "fraud_check"),
        ("그런 전화가 나한테 왔는데 뉴스에 나온 거 맞죠", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAPaperIsVetoedOnlyAsRead:
    """22b, 3: 고지서 / 결과지 veto the screen only when told as read (… 글씨, … 안 보, … 를
    못 읽 / 를 읽, … 가 왔는데/와서 글씨): with a bare particle the paper is the errand."""

    CASES: ClassVar[list[Any]] = [
        ("고지서는 어디다 내요 화면 글씨 좀 키워 주세요", "bigger_text"),
        ("고지서가 왔는데 이 기계 글씨가 안 보여요", "bigger_text"),
        ("고지서를 내야 되는데 화면이 안 보여요 글씨 좀 키워 줘", "bigger_text"),
        ("고지서는 있는데 글씨가 작아서 화면을 못 보겠어요", "bigger_text"),
        ("관리비 고지서를 내려고 왔는데 화면 글씨가 너무 작아요", ("bigger_text", "take_ticket")),
        ("결과지는 나중에 보고 이 화면 글씨 좀 키워 주세요", "bigger_text"),
        ("결과지를 받으러 왔는데 화면 글씨가 작아요", "bigger_text"),
        # the paper read: still not the screen
        ("관리비 고지서가 왔는데 글씨가 깨알 같아서 돋보기를 써야겠어", "unknown"),
        ("고지서가 안 보여서 돋보기 찾았어", "unknown"),
        ("고지서를 못 읽어서 아들한테 물어봤어", "unknown"),
        # moved to test_intents_offer_0141.py (ADR 0141)
        # scams with the narrowed paper words
        ("고지서가 미납됐다고 문자가 왔는데 링크 눌렀어요", "fraud_check"),
        ("고지서를 문자로 받았는데 주소 눌러서 돈 냈어요", "fraud_check"),
        ("고지서를 읽어 보라고 문자 와서 링크 눌렀어요", "fraud_check"),
        ("고지서가 왔는데 글씨가 이상하고 링크 누르라 해서 눌렀어요 사기 같아요", "fraud_check"),
        ("건강검진 결과지가 나왔다고 문자 와서 주소 눌렀어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
