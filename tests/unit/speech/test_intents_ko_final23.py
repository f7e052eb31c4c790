"""final23's missed Korean scam (issue 11 §7, session 20): the remote-control scam.

Someone claiming to be a card company, bank, agency or police (or just a caller) had the
customer install an app or share the phone's screen (앱을 깔게 하고, 원격, 화면을 같이
보자, 화면 공유, 링크 눌러서 설치) and the phone is still "connected" or acts by itself:
fraud_check, not app help. final23 read 아까 카드사 상담원이 … 화면을 같이 보자 해서 … 지금도
연결돼 있다고 떠요 as mobile_banking_help 0.58: no remote sign heard (화면을 같이 보자, and
the installing done at someone's bidding, 깔게 하, were not in the remote concept).

Below: twelve scams told in other words (a 70+ customer, a coached victim, a carer) and
seven everyday sentences sharing the words. On the code before this change 17 of the 19
read right (the two misses: the bank "상담원" who would look at the screen together, the
통신사 refund with 설치하게 하고 화면을 같이 보자). A last sentence found while writing these
(a customer wanting to look at the screen with staff) is a false alarm on the code before
and after; mending it would narrow the remote sign, so it is left as a strict xfail.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("ko", text, want)


class TestRemoteControlScam:
    """A caller who had an app installed or the screen shared, the phone still linked or
    moving by itself: fraud_check."""

    CASES: ClassVar[list[Any]] = [
        (
            "은행이라고 전화 와서 보안 때문에 앱 하나 깔아야 된다고 "
            "해서 깔았더니 폰이 지 혼자 켜지고 꺼지고 해요",
            "fraud_check",
        ),
        (
            "경찰이라는 사람이 수사 중이라고 화면을 공유해 달라고 "
            "해서 해 줬는데 그 뒤로 폰이 좀 이상해요",
            "fraud_check",
        ),
        (
            "우리 어머니가 카드사 직원이라는 사람 말 듣고 문자 링크 "
            "눌러서 뭘 설치했는데 핸드폰이 저절로 열리고 그래요",
            "fraud_check",
        ),
        (
            "검찰청이라는데 제 휴대폰을 같이 봐야 된다고 앱을 받게 "
            "해서 받았는데 아직도 연결 중이라고 나와요",
            "fraud_check",
        ),
        (
            "택배 회사라고 문자가 와서 눌렀더니 뭐가 깔리더니 그 뒤로 전화기가 혼자서 막 눌려요",
            "fraud_check",
        ),
        (
            "금감원에서 왔다는 사람이 전화로 불러 주는 대로 뭘 깔게 "
            "해서 깔았는데 지금도 화면에 연결돼 있다고 나와요",
            "fraud_check",
        ),
        (
            "은행 상담원이 도와준다고 폰 화면을 같이 보면서 "
            "하자고 해서 했는데 아직 안 끊겼다고 떠요",
            "fraud_check",
        ),
        (
            "아들 친구라는 사람이 전화로 내 폰에 프로그램을 깔게 "
            "하고 화면을 보여 달래서 보여 줬어요",
            "fraud_check",
        ),
        (
            "통신사에서 요금 돌려준다고 앱 설치하게 하고 화면을 "
            "같이 보자 그래서 그랬는데 괜찮은 건가요",
            "fraud_check",
        ),
        (
            "보험공단이라고 하면서 링크를 보내서 눌러서 깔았더니 폰 화면이 제멋대로 넘어가요",
            "fraud_check",
        ),
        (
            "어떤 남자가 전화해서 시키는 대로 앱을 깔았는데 휴대폰이 저절로 켜지고 뭐가 막 눌려요",
            "fraud_check",
        ),
        (
            "아버님이 은행 직원이라는 사람하고 통화하면서 화면을 공유했는데 지금도 연결된 상태래요",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestEverydayAppAndScreenTalk:
    """The bank's own app installed with staff or family help, a grandchild's video call, a
    real courier, new notes, a Bluetooth earphone 'connected': no scam."""

    CASES: ClassVar[list[str]] = [
        "창구 직원분이 도와줘서 은행 앱을 깔았는데 로그인이 안 돼요",
        "손주가 영상통화 하자고 폰에 앱을 깔아 줬는데 화면이 안 나와요",
        "택배 기사님이 소포 갖다줬는데 번호표 뽑으려고 왔어요",
        "헌 돈을 새 돈으로 바꾸러 왔어요",
        "딸이 휴대폰에 은행 앱을 깔아 줬는데 쓰는 법을 모르겠어요",
        "이어폰이 블루투스로 연결돼 있다고 떠서 소리가 안 들려요 소리 좀 크게 해 주세요",
        "아들이 인터넷뱅킹 하라고 폰에 앱 깔아 놨는데 비밀번호를 까먹었어요",
    ]

    @pytest.mark.parametrize("text", CASES)
    def test_no_scam(self, text: str) -> None:
        assert offered("ko", text) != "fraud_check"


# was a strict xfail (화면을 보면서 (remote) and 직원 read a wish to look at the screen with staff
# as a scam); read right since ADR 0142
def test_looking_at_the_screen_with_staff_is_no_scam() -> None:
    assert (
        offered("ko", "직원하고 같이 화면을 보면서 하고 싶어요 직원 좀 불러 주세요")
        != "fraud_check"
    )
