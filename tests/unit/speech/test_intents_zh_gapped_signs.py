"""A Chinese sign phrase whose parts may stand apart (说是 警察) stands within one clause.

"说是 X的" (someone claiming an office) may hold a few characters between its parts
(说是市里的警察, ADR 0098). Across a comma they are two things said: a relative's
"说是真的" (it's true) and, next, an office or a bank named for its own sake.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

ONE_CLAUSE_SCAMS = [
    "有个人打电话说是公安局的，说我涉嫌洗钱",
    "电话里那人说是市公安局的警察，让我把钱转到安全账户",
    "来了个男的说是社保局的，要我的验证码",
    "那个人说是银行客服的，叫我把卡号报给他",
]

TWO_CLAUSES_TALK = [
    "老伴说是啊，社区的活动挺多的",
    "我闺女说是真的，银行的利息又降了，存啥都不划算",
    "邻居说是这样，街道的人下礼拜来修路灯",
]


@pytest.mark.parametrize("text", ONE_CLAUSE_SCAMS)
def test_an_office_claimed_in_one_clause_is_a_scam_sign(text: str) -> None:
    assert offered("zh_CN", text) == "fraud_check"


@pytest.mark.parametrize("text", TWO_CLAUSES_TALK)
def test_a_relatives_yes_then_an_office_named_is_no_claim(text: str) -> None:
    # Each read fraud_check while the phrase's parts could stand across the comma.
    assert offered("zh_CN", text) != "fraud_check"
