"""Review 24 of the Chinese word lists (ADR 0136, "After review"): findings as sentences.

A read-only reviewer found eight problems in round twenty-four (ec16193). Bare 过去 ("go over
there") opened a memory, so 过去窗口取钱 read a certain unknown (P1); a memory followed by a task
whose word was not in the closed ``wishes`` list was a certain unknown too (P2: now a strong word
or a request rule of a task said after the memory's first pause counts as a wish,
``reports.pause_wishes``); the neutral 还是真人 / 是真人吗 ate a real ask for a person (P3); a
child's card and allowance read as card lending, and 借卡给 was direction-blind (P4); 收我的卡
is also an ATM keeping the card (P5); the notebook ``elsewhere`` vetoed a real update after it
(P6, left); 卡借他 / 存折借他 were no lend_card (P7, a missed scam); memory-opened scams with no
sign (P8: a newly adopted godson now is one). Sentences are written as speech arrives (spaces
between clauses). "our own" marks siblings written for this file; every narrowing and neutral
word of the mend has a scam beside it that must still read fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestGoingOverThereIsNoMemory:
    """P1. 过去 before a place or a verb is "go over"; only its plain memory forms open one."""

    CASES: ClassVar[list[Any]] = [
        ("过去窗口取钱", "take_ticket"),
        ("过去那边排队取钱", "take_ticket"),
        ("过去柜台那边存钱", "take_ticket"),
        # our own
        ("过去那个窗口办业务", "take_ticket"),
        ("过去那会儿存钱都在信用社", "unknown"),
        # the memory forms kept, in scams
        ("过去那会认识一个人 说是银行的 让我把钱转到安全账户", "fraud_check"),
        ("过去我们单位的领导加我微信 说急用钱 让我转两万", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestATaskAfterAMemorysPauseIsAsked:
    """P2. A memory, a pause, then a task's strong word or request: the customer is asking."""

    CASES: ClassVar[list[Any]] = [
        ("去年办的卡 插进去就不出来了", "lost_card"),
        ("以前在这儿开过户 现在再开一个账户", "open_account"),
        ("以前在这儿开过户 给孙子再开一个", "open_account"),
        ("去年存的钱 我来取", "take_ticket"),
        # our own
        ("以前在这开过户 开个账户", "open_account"),
        ("以前在这开过户，开个账户", "open_account"),
        ("去年存的钱 取两千", "take_ticket"),
        ("前几年办的存折 手机银行登录不上", "mobile_banking_help"),
        ("去 年 办 的 卡 插 进 去 就 不 出 来 了", "lost_card"),
        # no pause, or the strong word inside the memory: still a memory
        ("以前在这开过户开个账户", "unknown"),
        ("以前每次来取钱 那个大堂经理都给我倒杯水", "unknown"),
        ("去年我来这儿存钱 那个小姑娘可好了", "unknown"),
        ("前几年来这存钱，那时候人少", "unknown"),
        # a long tail is the story going on, not a short ask (round 23 and 24 sentences)
        ("那时候我在纺织厂 发了工资就去信用社存起来", "unknown"),
        ("刚参加工作那会儿 攒点钱都得去信用社 排队排老长", "unknown"),
        # memory-opened scams with a task word after the pause
        ("去年办的卡 有人打电话说卡被冻结了 要我把验证码告诉他", "fraud_check"),
        ("以前在这开过户 现在有个客服让我下载软件共享屏幕", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# Main misread these as well (open_account, explain_product, mobile_banking_help); the round's
# certain unknown is gone (each is a task now), the task itself is the older misreading.
@pytest.mark.xfail(
    strict=True,
    reason="补个折 / 转成活期 / 对账单 have no take_ticket word: main misreads them alike "
    "(review 24 P2, rows marked 'also wrong'); no longer certain unknowns",
)
@pytest.mark.parametrize(
    "text", ["以前在这办的存折 现在补个折", "以前存的定期 转成活期", "去年的对账单打一份"]
)
def test_a_passbook_a_conversion_and_a_statement_after_a_memory(text: str) -> None:
    _check(text, "take_ticket")


@pytest.mark.xfail(
    strict=True,
    reason="取了 tells what was done (我取了五百块), as inside a memory; no request rule or "
    "strong word of take_ticket is said after the pause (review 24 P2)",
)
def test_savings_from_last_year_taken() -> None:
    _check("去年存的两万 取了", "take_ticket")


class TestRatherARealPersonAsksForStaff:
    """P3. 还是真人 / 是真人吗 are neutral only when asked of the machine."""

    CASES: ClassVar[list[Any]] = [
        ("机器我弄不明白 算了还是真人吧", "call_staff"),
        ("算 了 还 是 真 人 吧", "call_staff"),
        ("我不会弄这个 还是真人办吧", "call_staff"),
        ("还是真人靠得住 给我找一个", "call_staff"),
        ("窗口那边是真人吗 我要找个人帮我", "call_staff"),
        # our own: asked of the machine, still nothing
        ("你是机器人还是真人啊", "unknown"),
        # the neutral phrases of the mend, in scams
        ("打电话的不知道是录音还是真人 说我涉嫌洗钱 让我把钱转到安全账户", "fraud_check"),
        ("问他是机器还是真人 他说是公安局的 让我把钱转到安全账户", "fraud_check"),
        ("机器人还是真人都行 有人打电话说是公安局的 让我转钱到安全账户", "fraud_check"),
        ("客服问我你是真人吗 让我开屏幕共享 把验证码报给他", "fraud_check"),
        ("算了还是真人吧 一个自称警察的说我卡被冻结 要我把钱转到安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAChildsCardAndAllowanceIsNoCardLending:
    """P4. A child borrowing the card or lending one to the customer, a grandson's salary."""

    CASES: ClassVar[list[Any]] = [
        ("我闺女借卡给我用 她一个月给我两千生活费", "unknown"),
        ("我 闺 女 借 卡 给 我 用 她 一 个 月 给 我 两 千 生 活 费", "unknown"),
        ("我儿子借我的卡用 一个月给我一千块生活费", "unknown"),
        ("以前我儿子借我的卡 一个月给我打一千 现在不给了", "unknown"),
        ("我孙子借卡给我 一个月给我打钱 我想取点钱", "take_ticket"),
        ("我孙子大学毕业了 一个月挣八千 他想借我的卡存点钱", ("take_ticket", "unknown")),
        # the narrowed words and the kin exception, in scams
        ("我孙子的同学借我的卡 一个月给我五百", "fraud_check"),
        ("我儿子的同事要借我的卡 一个月给我一千", "fraud_check"),
        ("有人说是我儿子的朋友 要借我的卡用 一个月给我一千", "fraud_check"),
        ("我儿子借我的卡给他老板用 一个月给我一千 收到钱就转走", "fraud_check"),
        ("邻居大哥借卡给他朋友 一个月给我八百", "fraud_check"),
        ("我把卡借他用 一个月能挣三千", "fraud_check"),
        ("朋友说卡借人一个月能赚五千", "fraud_check"),
        ("早些年认识的老乡 说借我的卡用几天 一个月给我一千", "fraud_check"),
        ("以前我把卡借给人家了 一个月给我八百", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAnATMKeepingTheCardIsNoCardSelling:
    """P5. 收我的卡 is an ATM keeping the card; someone buying cards says who and wants them."""

    CASES: ClassVar[list[Any]] = [
        ("取款机收我的卡了 一张卡也没退出来", "lost_card"),
        ("机器收我的卡了 人家说一张卡都吐不出来", "lost_card"),
        # the narrowed words, in scams
        ("网上有人要收我的卡 一张给三百", "fraud_check"),
        ("前几年有人收我的卡 一张给三百", "fraud_check"),
        ("有个老板要收我的银行卡 一张五百", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="the notebook elsewhere is lifted only by two strong update words or an own ask "
    "(我想把手机号改成新的 is kept); 留的号码改一下 has neither (review 24 P6)",
)
def test_a_lost_notebook_then_a_plain_update() -> None:
    _check("手机号记在本子上 本子丢了 留的号码改一下", "update_details")


class TestACardLentWithoutGeiIsLent:
    """P7. 卡借他 / 存折借他 lend the card as 卡借给他 does."""

    CASES: ClassVar[list[Any]] = [
        ("老同事让我把卡借他用几天 钱一到就转给他 一个月给我五百", "fraud_check"),
        ("刚参加工作那会儿的同事 现在说做生意 让我把存折借他用用 收了钱就转", "fraud_check"),
        # our own
        ("我把存折借给他了 一个月给我一千", "fraud_check"),
        ("账户借他走账 一个月给两千", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestANewlyAdoptedGodchildAskingMoneyIsAScam:
    """P8. A godson or goddaughter met or adopted lately who asks for money (adopted_kin)."""

    CASES: ClassVar[list[Any]] = [
        ("前几年认识的一个干儿子 最近老问我借钱 都给他打了三万了", "fraud_check"),
        # our own
        ("去年认了个干闺女 天天嘘寒问暖 上个月说家里出事 借了我五万", "fraud_check"),
        ("我干儿子结婚 我给了两千红包", "unknown"),
        ("我干闺女给我买了件衣服 花了三百多", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="no sign in the words (a group's teacher and stocks, a uniformed caller's fee): "
    "missed on main too; the memory's certainty keeps the learned stage out (review 24 P8)",
)
@pytest.mark.parametrize(
    "text",
    [
        "以前的同事拉我进了一个群 群里老师带着炒股 我已经投了五万",
        "以前来过一个穿制服的 说我家燃气要换表 先收了八百 人就没影了",
    ],
)
def test_sign_less_memory_opened_scams(text: str) -> None:
    _check(text, "fraud_check")
