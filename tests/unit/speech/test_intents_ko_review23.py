"""Review 23 of round twenty-three's Korean changes (ADR 0133): each finding as its sentences.

A read-only reviewer found the round's English ``open`` → 개설 rewrite turning a smishing victim's
"첨부 파일 open 했어요" into open_account (1, the worst) and any shop or door that "opened" into
open_account (2); ``account`` → 계좌 making a Netflix or Instagram account a bank account (3); and
the attachment sign's bare 메시지 firing on a daughter's, an office's or a church's message (4).
The reviewer's sentences come first in each class, then siblings of our own, with a scam sentence
for each neutral word or narrowing of the mend. What is left is a strict xfail with its reason.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestAnAttachmentOpenedInEnglishIsTheScam:
    """1. open is 개설 only after an account word (계좌를 / 통장 하나 / 계좌를 새로 open); elsewhere
    open 했 / 해 / 하 is 열었 / 열어 / 열, so the attachment sign and the link signs see it. The
    sign's third group gained 열고 나, 누르고 나, 열어 봤, 눌러 봤."""

    CASES: ClassVar[list[Any]] = [
        ("문자로 온 첨부 파일을 open 했어요", "fraud_check"),
        ("택배 문자 첨부 파일 open 했어요", "fraud_check"),
        ("택배 왔다고 문자가 와서 첨부 파일 open 하고 나니 폰이 이상해요", "fraud_check"),
        ("모르는 번호 문자에 첨부 파일 open 했더니 은행 앱이 이상해요", "fraud_check"),
        # siblings of our own
        ("모르는 번호 문자에 있는 파일을 open 했더니 돈이 빠져나갔어요", "fraud_check"),
        ("택배 문자에 온 첨부 파일 open 하고 나서 돈이 빠져나갔어요", "fraud_check"),
        ("문자로 첨부 파일이 와서 열고 나니 폰이 이상해요", "fraud_check"),
        ("우체국이라면서 택배 앱을 open 하라 해서 했어요", "fraud_check"),
        # the reviewer's held scams, now read through 열 instead of 개설
        ("은행이라면서 원격 앱을 open 하라 해서 했어요", "fraud_check"),
        ("모르는 사람이 화면 공유 앱 open 하라 캐서 했어요", "fraud_check"),
        ("금감원 직원이 팀뷰어 open 해 놓고 화면 보여 달래요", "fraud_check"),
        ("문자로 온 링크를 open 했더니 앱이 깔렸어요", "fraud_check"),
        ("택배 문자 링크를 open 했는데 돈이 빠져나갔어요", "fraud_check"),
        ("청첩장 문자 와서 open 했더니 폰이 이상해요", "fraud_check"),
        ("우체국이라면서 카드 배송 문자에 첨부 파일 open 하래요", "fraud_check"),
        # scams with the narrowed 개설 (open after an account word)
        ("은행이라면서 전화 와서 새 account를 open 하라고 했어요", "fraud_check"),
        ("모르는 사람이 말하지 말라고 하고 new account open 하래요", "fraud_check"),
        ("검찰이라면서 새 account를 open 해서 돈을 옮기라 카더라", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestOnlyAnAccountIsOpenedAsAnAccount:
    """2. A shop, a door or a machine that opens is no request; an account or a bankbook that
    opens still is."""

    CASES: ClassVar[list[Any]] = [
        ("우리 동네 빵집이 새로 open 했어요", "unknown"),
        ("가게 문을 open 하고 나서 은행에 왔어요", "unknown"),
        ("ATM open 했어요", "unknown"),
        ("open 해", "unknown"),
        # siblings of our own
        ("약국이 아홉 시에 open 해요", "unknown"),
        # the round's requests, kept
        ("여기서 account를 새로 open 해야 돼요", "open_account"),
        ("통장 open 하고 싶어요", "open_account"),
        ("Account 하나 Open 할래요", "open_account"),
        ("account하나 open해 주세요", "open_account"),
        ("계좌를 open 하고 싶어요", "open_account"),
        ("통장 하나 open 할래요", "open_account"),
        ("새 계좌를 open 해 주세요", "open_account"),
        ("우리 손자 통장 open 해 주세요", "open_account"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAnAppsAccountIsNoBankAccount:
    """3. account after a service's name (넷플릭스, 인스타, 구글, 카카오, 카톡, 네이버, 유튜브,
    이메일, 페이스북, 애플, 쿠팡, 게임, 앱, 사이트 …) is 계정, a word no cue names; elsewhere it is
    계좌 as before."""

    CASES: ClassVar[list[Any]] = [
        ("손녀가 넷플릭스 account 만들어 준대요", "unknown"),
        ("손녀가 인스타 account 만들어 줬어요", "unknown"),
        # siblings of our own
        ("손자가 유튜브 account 만들어 줬어요", "unknown"),
        ("아들이 이메일 account 만들어 줬어요", "unknown"),
        # as on main
        ("google account 비밀번호를 잊어버렸어요", "mobile_banking_help"),
        # scams with the new 계정
        ("검찰이라면서 카카오 account 비밀번호를 알려 달래요", "fraud_check"),
        ("은행이라면서 구글 account로 로그인하라고 링크를 보냈어요", "fraud_check"),
        ("카톡 account 인증번호를 모르는 사람이 불러 달래요", "fraud_check"),
        ("경찰이라는 사람이 네이버 account 비밀번호 알려 달래요", "fraud_check"),
        # account alone is still 계좌: the round's scams
        ("검찰청이라면서 안전한 account로 돈 옮기라 카더라", "fraud_check"),
        ("경찰이라는 사람이 와서 account 비밀번호 알려 달래요", "fraud_check"),
        ("모르는 사람이 내 account로 돈이 잘못 들어갔다고 돌려 달래요", "fraud_check"),
        ("적금 account open 할래요", "open_account"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="3, left: account alone is 계좌, and 계좌 alone reads take_ticket on main "
    "too; the English word now reads as its Korean one, a tap from the right screen",
)
def test_account_alone_is_unknown() -> None:
    assert offered("ko", "account") == "unknown"


class TestAMessageFromFamilyIsNoAttachmentScam:
    """4. The attachment sign's second group lost the bare 메시지 (any sender); a message that came
    (메시지로 온, 메시지에 온, 메시지가 와) or a strange or unknown one still counts. 이라고 is
    kept: when in doubt, the scam reading (the 'photo' and 'hospital results' smishing)."""

    CASES: ClassVar[list[Any]] = [
        ("딸이 보낸 메시지에 첨부 파일 열었는데 사진이 안 보여요", "unknown"),
        ("회사 메시지에 첨부 파일 열었더니 회의 자료였어요", "unknown"),
        ("교회 메시지에 첨부 파일 열어 보래서 열었어요", "unknown"),
        ("병원에서 문자로 검사 결과 첨부 파일 보내 줘서 눌렀어요", "fraud_check"),
        ("손자가 생일 사진이라고 첨부 파일을 보내서 열었어요", "fraud_check"),
        # as on main and after the round
        ("딸이 카톡으로 첨부 파일 보냈는데 어떻게 여는지 모르겠어", "unknown"),
        ("딸이 보낸 메시지에 첨부 파일이 안 열려요", "unknown"),
        # scams with the narrowed 메시지
        ("메시지로 온 첨부 파일 열었더니 돈이 빠져나갔어요", "fraud_check"),
        ("모르는 사람이 메시지로 첨부 파일 보내서 열었어요", "fraud_check"),
        ("이상한 메시지에 첨부 파일이 있어서 눌렀어요", "fraud_check"),
        ("택배 메시지가 와서 첨부 파일 열었어요", "fraud_check"),
        # the sign's scams from the round and the review
        ("첨부 파일을 열어 보라고 문자가 와서 눌렀어요", "fraud_check"),
        ("아들 친구라는 사람이 카톡으로 첨부 파일 보내서 깔았어요", "fraud_check"),
        ("부고 문자 첨부 파일 눌러 봤는데", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# --- second review (review 23b) ------------------------------------------------------------------


class TestANewAccountOpenedToMoveTheMoneyIsTheScam:
    """23b, 1. A new account or bankbook opened on someone's order to move the money into (the
    safe-account scam told without a named caller). The sign next to the account-made-for-you one
    takes the order (옮기라, 옮기래, 보내라, 이체하래 ...) only, so the customer's own plan stays
    open_account."""

    CASES: ClassVar[list[Any]] = [
        ("새 계좌 open 해서 돈을 옮기라 했어요", "fraud_check"),
        ("새 계좌 만들어서 돈을 옮기라 했어요", "fraud_check"),
        ("새 통장 open 해서 돈 옮기래요", "fraud_check"),
        ("새 계좌 열어서 돈을 옮기라고 했어요", "fraud_check"),
        # siblings of our own
        ("통장을 새로 만들어서 거기로 돈을 보내라고 했어요", "fraud_check"),
        ("계좌를 하나 개설해서 예금을 이체하래요", "fraud_check"),
        ("새 통장 open 좀 해서 거기로 돈을 옮겨 두라고 했어요", "fraud_check"),
        # the customer's own plan (no order) stays a request
        ("새 통장 만들어서 돈 옮기려고요", "open_account"),
        ("새 계좌 만들어서 월급 옮기고 싶어요", "open_account"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAMessageThatCameWithoutItsParticle:
    """23b, 2. The attachment sign's second group gained the spoken, particle-less 메시지 왔 /
    메시지 와서 and a sender not known (모르는 데서, 모르는 곳, 모르는 데); a family member's
    message still reads calm."""

    CASES: ClassVar[list[Any]] = [
        ("메시지 왔길래 첨부 파일 열어 봤어요", "fraud_check"),
        ("모르는 데서 메시지 왔는데 첨부 파일 open 했어요", "fraud_check"),
        # siblings of our own
        ("모르는 곳에서 온 첨부파일 눌렀어요", "fraud_check"),
        ("메시지 와서 첨부 파일 열었더니 폰이 이상해요", "fraud_check"),
        ("딸이 보낸 메시지에 첨부 파일 열었는데 손주 사진이에요", "unknown"),
        ("아들이 보낸 첨부 파일 열어 봤어요", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestALinkToldAsAnAddressInAText:
    """23b, 3. A link told as 주소 in a text, a chat or a message, then opened, followed or an app
    installed by it, is the link scam; 주소 alone (moving house) stays update_details."""

    CASES: ClassVar[list[Any]] = [
        ("문자에 있는 주소 open 하니까 앱이 깔렸어요", "fraud_check"),
        # siblings of our own
        ("카톡으로 온 주소 눌렀더니 돈이 빠져나갔어요", "fraud_check"),
        ("메시지에 있는 주소로 들어갔는데 이상해요", "fraud_check"),
        ("모르는 데서 온 문자에 있는 주소 눌렀어요", "fraud_check"),
        ("문자에 있는 링크 open 하니까 앱이 깔렸어요", "fraud_check"),
        ("주소 바꾸려고 왔어요", "update_details"),
        ("이사해서 주소 바꿔야 해요", "update_details"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="23b, 3, left: a child's link told as 주소 shares every word with the "
    "'엄마 나 폰 고장' link scam; in doubt the scam reading (update_details before the mend)",
)
def test_a_childs_address_in_a_chat_is_calm() -> None:
    assert offered("ko", "아들이 카톡으로 보낸 주소 눌렀어요") == "unknown"


class TestOpenWithAFillerWordIsStillARequest:
    """23b, 4. The 개설 rule takes up to two filler words before open (그거, 그 now among them) and
    좀 / 하나 after it; each neutral filler also stands in a scam sentence."""

    CASES: ClassVar[list[Any]] = [
        ("통장 그거 하나 open 할래요", "open_account"),
        # siblings of our own
        ("통장 open 좀 할래요", "open_account"),
        ("계좌 그 open 하고 싶어요", "open_account"),
        ("통장 하나 open 좀 해 주세요", "open_account"),
        ("계좌 그거 하나 open 하고 싶어요", "open_account"),
        # scams with the widened rule
        ("검찰이라면서 통장 그거 하나 open 해서 돈 옮기라 했어요", "fraud_check"),
        ("모르는 사람이 계좌 open 좀 하래요 돈 옮기라고", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


def test_a_grandchilds_bankbook_opened_with_a_filler() -> None:
    # 23b, 4: left in round 23; round 24 (ADR 0137): the closing "I will" (-할래요) is an ask
    assert offered("ko", "손주 통장 open 좀 할래요") == "open_account"
