"""Review 24 of round twenty-four's Korean changes (ADR 0137): each finding as its sentences.

A read-only reviewer found the round's `[possessed, gadget]` narrowing losing phone-takeover scams
main caught (1, the worst: a coached victim seldom names the device); the told-to-install forms in
`remote` taking a relative's bank-app errand as fraud (2); `[got_installed, clicked]` taking an app
installed from the store as fraud (3); the counted-parcel and raised-bill `elsewhere` words hiding a
closing ticket or address request (4, 5); `app_fetch` missing its own one-word variants (6); and the
closing -할게요 ask turning a relative's quoted words into a task (7). The reviewer's sentences come
first in each class, then siblings of our own, with a scam sentence for each neutral word or
narrowing of the mend.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestATakenOverPhoneNeedsNoDeviceWord:
    """1. `possessed` is a sign beside the scam's context (an unknown number, a contact word, a
    call just ended, a claimed caller, someone, an authority, 시키는 대로, an install told), with
    no device named; beside a device word alone (전화기 now among them) unless the sentence is a
    body (혼자 움직이기, 거동), a standing order (자동이체) or the kiosk's own screen (처음으로
    돌아가)."""

    CASES: ClassVar[list[Any]] = [
        ("모르는 번호로 전화 받고 나서 저절로 움직여요 무서워요", "fraud_check"),
        ("상담원이 시키는 대로 했더니 그때부터 저절로 넘어가고 난리예요", "fraud_check"),
        ("아까 그 사람이랑 통화하고 나서 이게 제멋대로 움직이네", "fraud_check"),
        ("전화기 이게 혼자서 움직여요 누가 들어온 것 같아요", "fraud_check"),
        ("모르는 번호로 전화 받고 나서 이게 지 혼자 막 움직이네 어떡해요", "fraud_check"),
        # not from this round (main reads these fraud_check too), fixed with it
        ("다리가 아파서 혼자 움직이기가 힘든데 화면에서 번호표 좀 뽑아 주세요", "take_ticket"),
        # the kiosk's own screen: what "처음으로 다시 해 주세요" reads alone (repeat), no scam
        ("이 화면이 저절로 넘어가 버렸어요 처음으로 다시 해 주세요", ("home", "back", "repeat")),
        ("매달 자동이체로 저절로 돈이 빠져나가는데 그거 끊고 싶어요", ("take_ticket", "unknown")),
        # siblings of our own
        ("검찰이라는 사람이랑 통화하고 나서 저절로 움직여요", "fraud_check"),
        ("아들이라고 문자 와서 시키는 대로 했더니 저절로 넘어가요", "fraud_check"),
        ("전화기가 혼자서 막 움직여요", "fraud_check"),
        ("통장에서 저절로 돈이 빠져나가요", "fraud_check"),
        ("폰이 저절로 움직여요", "fraud_check"),
        ("이 화면이 저절로 넘어가 버렸어요 처음으로 돌아가 주세요", "home"),
        ("허리가 아파서 거동이 힘들어요 혼자 움직이기가 어려워요", "unknown"),
        # scams with the new unless words (body, standing order, the kiosk's screen)
        (
            "다리가 아파서 혼자 움직이기가 힘든데 모르는 번호로 전화 와서 시키는 대로 했더니 "
            "폰이 저절로 움직여요",
            "fraud_check",
        ),
        ("거동이 불편한데 경찰이라면서 전화 와서 폰이 저절로 움직여요", "fraud_check"),
        (
            "자동이체 해 놓은 통장에서 모르는 번호로 전화 받고 나서 저절로 돈이 빠져나가요",
            "fraud_check",
        ),
        (
            "모르는 번호로 전화 와서 시키는 대로 했더니 폰 화면이 저절로 넘어가요 "
            "처음으로 다시 해 주세요",
            "fraud_check",
        ),
        ("은행이라면서 전화 끊고 나니 폰이 저절로 움직여요 처음으로 돌아가 주세요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativesBankAppErrandIsNoScam:
    """2. The told-to-install forms (깔라 해, 깔아야 된다, 설치하면 된다 …) left `remote` for
    `install_told`: a sign beside an unknown number, a claimed caller, someone, an authority or
    시키는 대로, or beside a company and a contact unless a relative and a bank app are both named.
    The remote-control tools (퀵서포트, 알서포트, teamviewer, anydesk) stay in `remote`."""

    CASES: ClassVar[list[Any]] = [
        ("며느리가 카톡으로 은행 어플 깔라 해서 깔았는데 비밀번호가 뭐예요", "mobile_banking_help"),
        ("딸이 문자로 은행 앱 깔아 보라 해서 왔어요", "mobile_banking_help"),
        ("손자가 카톡으로 은행 앱 깔아야 된다고 해서 왔어요 좀 도와주세요", "mobile_banking_help"),
        ("손주가 카톡으로 그러는데 은행 어플 깔아야 한대요 깔아 주세요", "mobile_banking_help"),
        ("아들한테 전화했더니 은행 앱 설치하면 된다 해서 왔어요", "mobile_banking_help"),
        # siblings of our own
        ("딸이 카톡으로 앱 깔아 보라 해서 왔어요", "mobile_banking_help"),
        # the reviewer's held scams
        ("카드사라고 전화 와서 퀵서포트 깔아 보라 하길래 깔았어요", "fraud_check"),
        ("애니데스크 깔라 캐서 깔았는데 괜찮은교", "fraud_check"),
        ("어떤 사람이 전화로 알서포트 깔면 도와준다 해서 깔았어요", "fraud_check"),
        (
            "모르는 번호로 전화 와서 깔면 도와준다 해서 깔았더니 폰이 지 혼자 막 움직이데",
            "fraud_check",
        ),
        ("은행이라는데 보안 앱 깔아야 된다고 전화 왔어요", "fraud_check"),
        ("아들이라고 문자 와서 앱 하나 깔라 해서 깔았더니 지 혼자 막 움직여요", "fraud_check"),
        # scams of our own: a company's call, with a relative or a bank app named (the narrowing)
        ("카드사에서 전화 와서 앱 깔라 해서 깔았어요", "fraud_check"),
        ("카드사에서 전화 와서 보안 앱 깔아야 된다고 해서 깔았는데 딸이 이상하대요", "fraud_check"),
        ("은행에서 전화 와서 은행 앱 새로 깔아야 한대요", "fraud_check"),
        ("경찰이라면서 전화로 앱 깔아 보라 해서 깔았어요", "fraud_check"),
        ("모르는 사람이 카톡으로 앱 설치하면 된다 해서 설치했어요", "fraud_check"),
        ("아들이라면서 카톡 와서 은행 앱 깔아야 된대요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAnAppInstalledFromTheStoreIsNoScam:
    """3. A plain install (깔렸, 설치됐) after a press is a sign only with a contact word (not
    when the store or its install button is named: `store_install`) or with an unknown number,
    a claimed caller, someone, an authority or a link; a strange app (이상한 앱, 모르는 앱) still
    is."""

    CASES: ClassVar[list[Any]] = [
        (
            "플레이스토어에서 은행 앱 찾아서 설치 눌렀더니 설치됐는데 로그인이 안 돼요",
            "mobile_banking_help",
        ),
        (
            "손녀가 알려 준 대로 설치 버튼 눌렀더니 은행 앱이 깔렸는데 이제 어떻게 해요",
            "mobile_banking_help",
        ),
        (
            "은행 가서 물어보니까 앱 설치하면 된다길래 설치 눌렀더니 깔렸어요 이제 뭐 해요",
            "mobile_banking_help",
        ),
        # the round's scams keep their contact word
        ("아들이 문자로 보내 준 거 눌렀더니 은행 앱이 깔렸어요", "fraud_check"),
        ("택배 왔다고 문자 와서 눌렀더니 이상한 앱이 깔렸어요", "fraud_check"),
        # siblings of our own, scams with the new neutral words among them
        ("눌렀더니 이상한 앱이 깔렸어요", "fraud_check"),
        ("카톡으로 온 거 눌렀더니 뭐가 설치됐어요", "fraud_check"),
        (
            "모르는 번호 문자 눌렀더니 플레이스토어가 열리고 설치 버튼 눌렀더니 깔렸어요",
            "fraud_check",
        ),
        ("앱스토어에서 설치 눌렀더니 모르는 앱이 깔렸어요", "fraud_check"),
        ("은행이라면서 문자 와서 설치 눌렀더니 깔렸어요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAClosingRequestLiftsTheStorysElsewhere:
    """4, 5. take_ticket gains 뽑아 주세요 / 뽑아 줘 (what this kiosk prints or pays out: a ticket
    or cash), so a closing "번호표 뽑아 주세요" is two strong words after a parcel story;
    update_details gains 변경하러 / 변경하려 as strong words (the rule word of the same spot hid
    변경), so "주소 변경하러 왔어요" closes the sentence on the request."""

    CASES: ClassVar[list[Any]] = [
        ("고추 농사 지어서 아들네 한 상자 부쳐 주려고 왔는데 번호표 뽑아 주세요", "take_ticket"),
        ("딸네 감자 두 박스 부쳐 주고 오는 길인데 번호표 하나 뽑아 주세요", "take_ticket"),
        ("보험료가 올랐다는 편지를 받았는데 주소 변경하러 왔어요", "update_details"),
        (
            "보험료가 올랐다고 편지가 왔는데 주소가 옛날 주소로 와서 주소 변경하러 왔어요",
            "update_details",
        ),
        # siblings of our own
        ("고추 한 상자 부쳐 주려고요 번호표 뽑아 주세요", "take_ticket"),
        ("사과를 박스씩 보내 주려고 우체국 가는 길이에요", "unknown"),
        ("돈 좀 뽑아 주세요", "take_ticket"),
        ("세금이 올랐다고 편지가 왔는데 전화번호 변경하러 왔어요", "update_details"),
        # scams with the new words
        ("검찰이라는 사람이 현금을 두 상자 부쳐 주면 보호해 준대요 돈 뽑아 주세요", "fraud_check"),
        ("모르는 번호로 문자가 와서 돈을 한 상자 부쳐 달래요 돈 좀 뽑아 주세요", "fraud_check"),
        ("경찰이라면서 현금을 뽑아 줘야 한대요", "fraud_check"),
        (
            "보험료가 올랐다는 편지에 적힌 번호로 전화했더니 계좌 비밀번호를 물어봐서 "
            "주소 변경하러 왔어요",
            "fraud_check",
        ),
        (
            "건강보험료가 올랐다고 편지가 와서 환급받으려면 링크 누르라 해요 주소 변경하려고요",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAnAppToFetchInItsOtherWordOrders:
    """6. `app_fetch` gains 하나 / 을 하나 between the app and 받으라 / 받으래, and 받아야 한대 /
    된대; a relative's own bank-app errand stays mobile_banking_help."""

    CASES: ClassVar[list[Any]] = [
        ("딸이라고 카톡 와서 어플 하나 받으래요 받아도 돼요", "fraud_check"),
        ("아들이라면서 문자 와서 앱 하나 받으래서 받았어요", "fraud_check"),
        ("모르는 번호로 전화 와서 앱을 하나 받으래요", "fraud_check"),
        # siblings of our own
        ("경찰이라면서 프로그램 하나 받아야 한대요", "fraud_check"),
        ("모르는 번호로 전화 와서 보안 앱을 받아야 된대요", "fraud_check"),
        ("어떤 남자가 전화로 어플을 하나 받으라 해서 받았어요", "fraud_check"),
        ("며느리가 카톡으로 어플 받으라 해서 받았는데 어떻게 써요", "mobile_banking_help"),
        ("우리 아들이 은행 어플 받으래서 받았는데 로그인이 안 돼요", "mobile_banking_help"),
        ("손녀 친구가 게임 앱 받으래서 받아 줬어요", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestARelativesQuotedWordsAreNoAsk:
    """7. ko's reports gain `asides`: -할게요 / -할래요 / -들게요 / -들래요 quoted back (그러더라,
    하더라, 하대, 하던데) is no ask; an ask after it still is, and a scam stays one."""

    CASES: ClassVar[list[Any]] = [
        ("아들이 나중에 카드 새로 할게요 그러더라", "unknown"),
        ("손주가 통장 개설할래요 하더라고요 그래서 같이 왔어요", "open_account"),
        # siblings of our own
        ("딸이 다음 달에 적금 하나 들게요 하더라고요", "unknown"),
        ("손녀가 통장 새로 할래요 그러던데", "unknown"),
        ("손주가 통장 개설할래요 하더라고요 통장 만들어 주세요", "open_account"),
        ("손주 통장 개설할래요", "open_account"),
        # scams with the quoted forms
        ("손주가 검찰이라면서 전화 와서 통장 하나 새로 만들래요 하더라", "fraud_check"),
        ("아들이 그러는데 그 사람 말대로 송금할게요 하더라", "fraud_check"),
        ("검찰이라는 사람이 시키는 대로 돈 옮길게요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
