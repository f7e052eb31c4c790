"""A declined request is never read as the request, in every locale (ADR 0110: withdrawn).

A customer who declines something ("no, I don't need a ticket", 不用叫工作人员了,
번호표 안 뽑아도 돼요) must not be offered that very thing. A request word under a
decline reads "no" when the sentence starts with or is an answer, otherwise
unknown. A later request in the same sentence still stands ("I don't want a
ticket, I want to speak to someone"), a scam told with "don't tell the bank" stays
fraud_check, and "no problem" before a request keeps the request.

First contact: 24 right of 46 written, on main 5aecfd2. A mechanism that read all 46
right (declines taking every task word to the clause's end) was withdrawn after review
(ADR 0110): speech comes without commas, so it swallowed the request after a polite
decline ("no need to get staff my card was stolen" lost its lost card) and read a
scammer's "don't bother the staff" as the customer's. The 22 still wrong are strict
xfails (``LEFT``) until a decline with a bounded reach lands.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

# Strict xfails until ADR 0142 read them right, so no longer here: "I don't need a number, I
# want to open an account", 아니요 번호표는 필요 없어요, 아니요 계좌 개설은 필요 없어요 and
# 아니요 앱 도움은 필요 없어요 (they were "declined task offered").
LEFT = {
    "en": {
        "no, I don't need a ticket",
        "you don't need to get staff, I'm fine",
        "I don't want a number",
        "there's no need to block my card, I found it",
        "no, I don't need help with the app",
        "I don't want to change my address",
    },
    "zh_CN": {
        "不用叫工作人员了",
        "我不需要排号",
        "不要挂失，卡找到了",
        "我不想办手机银行",
        "不用改地址了",
        "不需要工作人员帮忙",
    },
    "ko": {
        "아니요 괜찮아요 직원 안 불러도 돼요",
        "번호표 안 뽑아도 돼요",
        "카드 정지 안 해도 돼요",
        "주소 변경은 안 해도 돼요",
        "번호표 필요 없어요",
    },
}


def _cases(locale: str, cases: list[Any]) -> list[Any]:
    reason = "declined task offered (ADR 0110 withdrawn)"
    mark = pytest.mark.xfail(strict=True, reason=reason)
    return [
        pytest.param(text, want, marks=mark) if text in LEFT[locale] else (text, want)
        for text, want in cases
    ]


# Declined, with no answer word leading: never the task.
NOT_TASK = ("no", "unknown")


def _check(locale: str, text: str, want: str | tuple[str, ...]) -> None:
    got = offered(locale, text)
    if isinstance(want, tuple):
        assert got in want, (text, got)
    else:
        assert got == want, (text, got)


class TestEnglish:
    CASES: ClassVar[list[Any]] = [
        ("no, I don't need a ticket", "no"),
        ("you don't need to get staff, I'm fine", NOT_TASK),
        ("I don't want a number", NOT_TASK),
        ("no thanks, don't call anyone", "no"),
        ("no, I don't want to open an account", "no"),
        ("there's no need to block my card, I found it", NOT_TASK),
        ("no, I don't need help with the app", "no"),
        ("I don't want to change my address", NOT_TASK),
        ("no need to call anyone", NOT_TASK),
        ("no, I don't want to talk to anyone", "no"),
        # a later request stands
        ("I don't want a ticket, I want to speak to someone", "call_staff"),
        ("I don't need a number, I want to open an account", "open_account"),
        # a scam told with "don't tell the bank"
        ("he said don't tell the bank and move my money to a safe account", "fraud_check"),
        ("the caller told me not to tell the bank and to give him my PIN", "fraud_check"),
        # "no problem" keeps the request
        ("no problem, I'd like a ticket please", "take_ticket"),
        ("no problem, can you get me a member of staff", "call_staff"),
    ]

    @pytest.mark.parametrize(("text", "want"), _cases("en", CASES))
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("en", text, want)


class TestChinese:
    CASES: ClassVar[list[Any]] = [
        ("不用叫工作人员了", NOT_TASK),
        ("我不需要排号", NOT_TASK),
        ("不要挂失，卡找到了", NOT_TASK),
        ("不用了，我不要号", "no"),
        ("不用了，不需要开户", "no"),
        ("我不想办手机银行", NOT_TASK),
        ("不用改地址了", NOT_TASK),
        ("不需要工作人员帮忙", NOT_TASK),
        ("不要，不用叫人", "no"),
        # a later request stands
        ("我不要取号，我想找个工作人员", "call_staff"),
        ("不用排号了，我要开个账户", "open_account"),
        # a scam told with 不要告诉银行
        ("那人说不要告诉银行，把钱转到安全账户", "fraud_check"),
        ("他让我不要告诉银行，把验证码发给他", "fraud_check"),
        # 没问题 keeps the request
        ("没问题，帮我取个号", "take_ticket"),
        ("没问题，我想挂失银行卡", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), _cases("zh_CN", CASES))
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("zh_CN", text, want)


class TestKorean:
    CASES: ClassVar[list[Any]] = [
        ("아니요 번호표는 필요 없어요", "no"),
        ("아니요 괜찮아요 직원 안 불러도 돼요", "no"),
        ("번호표 안 뽑아도 돼요", NOT_TASK),
        ("직원 부르지 마세요", NOT_TASK),
        ("카드 정지 안 해도 돼요", NOT_TASK),
        ("아니요 계좌 개설은 필요 없어요", "no"),
        ("주소 변경은 안 해도 돼요", NOT_TASK),
        ("번호표 필요 없어요", NOT_TASK),
        ("아니요 앱 도움은 필요 없어요", "no"),
        # a later request stands
        ("번호표는 필요 없고 직원 좀 불러 주세요", "call_staff"),
        ("번호표 말고 계좌 하나 만들고 싶어요", "open_account"),
        # a scam told with 은행에 말하지 마
        ("은행에 말하지 말라고 하면서 안전 계좌로 돈을 옮기라고 했어요", "fraud_check"),
        ("전화한 사람이 은행에 말하지 말고 인증번호를 알려 달래요", "fraud_check"),
        # 문제없 keeps the request
        ("문제없어요 번호표 뽑아 주세요", "take_ticket"),
        ("문제없어요 카드를 잃어버렸어요", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), _cases("ko", CASES))
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("ko", text, want)
