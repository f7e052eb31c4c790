"""final23's missed scam in Chinese (issue 11 §7): a remote-control scam told in one's own words.

A caller or stranger has the customer install an app or share the screen (远程, 屏幕共享,
会议软件, 装个软件, 下载个APP), after which the phone acts by itself or the caller "helps" with
pension, refunds, accounts: that is fraud_check, not app help, in dialect too. final23 read
"电话里那个人教额装了个啥软件 … 现在手机屏幕自己在那儿动咧" as mobile_banking_help 0.65: no
`remote` word (教…装 and a phone acting by itself were not signs). Before the change 8 of these
12 scam sentences and all 8 everyday ones read right. Sentences are written as
speech arrives (spaces, no punctuation).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestRemoteControlIsAScam:
    """A caller had an app put on, then the phone moves by itself or he 'helps' with money."""

    CASES: ClassVar[list[Any]] = [
        ("自称社保局的打电话来 教我下了个软件 说办养老金认证 然后手机就自己在点", "fraud_check"),
        ("那个客服让我开了个腾讯会议 说要帮我把退款弄回来 叫我别挂", "fraud_check"),
        ("我妈接了个电话 那人教她装了个东西 现在她手机自己乱动 钱也不知道少没少", "fraud_check"),
        ("电话里的小伙子说我医保卡要升级 教我装个app 装完手机自己动起来了", "fraud_check"),
        ("对方说是京东客服 叫我分享屏幕 说帮我取消那个会员", "fraud_check"),
        ("俺接了个电话 那边的人教俺下了个软件 说帮俺多领退休金 手机一直自己在跳", "fraud_check"),
        ("我爸说电话里有人帮他调养老金 让他装了个软件 屏幕上自己在操作", "fraud_check"),
        ("那个人在电话里教我装了个软件 说他能帮我查账 现在手机屏幕自己在划", "fraud_check"),
        ("一个女的打电话说我快递丢了要赔钱 教我下个会议的软件 手机就自己在操作", "fraud_check"),
        ("打电话来的人说帮我把存款利息调高 让我下了个app 现在手机自己在点来点去", "fraud_check"),
        ("老伴接了个视频电话 对方教他装了个软件 说帮他办补贴 手机现在自己会动", "fraud_check"),
        ("有人打电话说我的养老金要调整 让我开视频会议 把屏幕给他看", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestEverydayAppTalkIsNoAlarm:
    """The same words in everyday talk: the bank's app, a grandchild's video call, a courier."""

    CASES: ClassVar[list[Any]] = [
        ("你们大堂的姑娘上次教我装了手机银行 现在登不进去了", "mobile_banking_help"),
        ("孙子给我装了个视频软件 能跟他视频通话了 我想问问手机银行怎么转账", "mobile_banking_help"),
        ("手机银行的软件我装好了 不会用 能教教我吗", "mobile_banking_help"),
        ("我的手机屏幕自己黑了 手机银行打不开", "mobile_banking_help"),
        ("快递员打电话说包裹到了 叫我下楼去拿", "unknown"),
        ("孙女教我下载了个看戏的软件 天天在家听戏", "unknown"),
        ("闺女视频的时候教我怎么用手机银行交电费", "mobile_banking_help"),
        ("我想存五千块钱 这些钞票都是真的吧", ("deposit", "take_ticket", "unknown")),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
