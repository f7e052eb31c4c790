"""Review 22 of the Chinese word lists (ADR 0128, "After review"): findings as sentences.

A read-only reviewer found six problems in round twenty-two (cc54384). Scams first: the
collect_own `unless` hid the police telling a customer to withdraw or bring cash (P1), and u盾
as a strong mobile-banking word outweighed a stranger asking for it with a secret (P4). Then
lost requests: 挂了个 vetoed the customer's own 挂了个失 (P2), 够花 / 买菜够 vetoed an explicit
stop (P3), bare 看病 took a bank booking (P5), and 交的养老保险 / 交的社保 vetoed a request at
this bank (P6). Sentences are written as speech arrives (spaces, no punctuation). "our own"
marks siblings written for this file; every neutral word or narrowing of the mend has a scam
beside it that must still read fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestPoliceAskingForCashToCollectYourThingsIsAScam:
    """P1. Cash withdrawn or brought for collecting stolen property is the scam itself."""

    CASES: ClassVar[list[Any]] = [
        ("警察叫我今天取五万现金 拿去领被偷的东西", "fraud_check"),
        ("警察让我带上现金去认领丢的东西", "fraud_check"),
        ("我来取五万 警察叫我拿去领被偷的东西", "fraud_check"),
        ("法院打电话叫我取现金 领回被偷的东西", "fraud_check"),
        # held by the review, kept
        ("派出所叫我取两万 去领丢的电动车", "fraud_check"),
        ("公安局的人让我把存款都取出来 带去领回被偷的车", "fraud_check"),
        ("派出所叫我来取五万块钱 说去领被偷的钱要用", "fraud_check"),
        # our own
        ("派出所的人叫我带着现金去认领被偷的东西", "fraud_check"),
        ("公安叫我取三千 拿去领回丢的钱包", "fraud_check"),
        ("检察院让我把积蓄取出来 去领回被偷的金子", "fraud_check"),
        # the review's aside (older than round 22): 要交 with an amount now reads the scam too
        ("派出所说领被偷的钱要交两百块", "fraud_check"),
        # the round's lookalike stays news
        ("派出所叫我去领被偷的电动车 说是找回来了", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAStrangerAskingForTheBankKeyIsAScam:
    """P4. u盾, k宝 and 网银盾 are documents: a stranger asking for one is a sign."""

    CASES: ClassVar[list[Any]] = [
        ("有个陌生人叫我别告诉别人 帮他把u盾寄走", "fraud_check"),
        ("有个人叫我把u盾寄给他 别告诉我儿子", "fraud_check"),
        ("有个陌生人叫我别告诉别人 帮他把银行卡寄走", "fraud_check"),
        # our own
        ("有个男的叫我把k宝寄给他 不要告诉家里人", "fraud_check"),
        ("对方让我把网银盾给他 说帮我升级", "fraud_check"),
        ("一个陌生人问我要u盾和密码", "fraud_check"),
        # the round's requests, kept
        ("网银那个u盾插上去没反应", "mobile_banking_help"),
        ("我的u盾丢了", "mobile_banking_help"),
        ("我的K宝不能用了", "mobile_banking_help"),
        ("u盾插上去没反应 你们帮我看看", "mobile_banking_help"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAPhoneBlockIsTheCustomersOwnLostCard:
    """P2. lost_card's hospital words all end in 号: 挂了个失 is the customer's own report."""

    CASES: ClassVar[list[Any]] = [
        ("我的卡丢了 刚在电话里挂了个失 来补一张", "lost_card"),
        ("卡被吞了 我在电话里挂了个临时挂失 今天来补卡", "lost_card"),
        ("存折丢了 我已经打电话挂了个失 现在来补办", "lost_card"),
        ("银行卡找不到了 昨天在手机上挂了个失 还要来柜台吗", "lost_card"),
        ("挂失 我的卡丢了 刚才在手机上挂了个临时的", "lost_card"),
        # our own
        ("卡丢了 我挂了个失 今天来补", "lost_card"),
        # the hospital number stays elsewhere (ADR 0128)
        ("女儿帮我在医院挂了个专家号", "unknown"),
        ("医院挂号 闺女帮我挂了个专家号 明天去看", "unknown"),
        # our own: the narrowing inside scams
        ("有人打电话说帮我挂了个失 叫我把钱转到安全账户", "fraud_check"),
        ("自称银行的人说我的卡挂了个失 要我念验证码", "fraud_check"),
        ("有人说给我挂了个专家号 要我先转五百押金", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="挂的号 stays a hospital word (帮我挂的号在几楼); a lost card beside it loses the "
    "request (review 22 P2, weak, not counted)",
)
def test_a_lost_card_beside_a_number() -> None:
    _check("我卡丢了 之前挂的号还能用吗", "lost_card")


class TestMoneyEnoughIsNoVetoOnStop:
    """P3. 够花 vetoes nothing; 买菜够了 / 吃饭够了 are neutral wholes."""

    CASES: ClassVar[list[Any]] = [
        ("停一下 钱够花了", "stop"),
        ("不用说了 我钱够花", "stop"),
        ("好了好了够了 我退休金够花 别再念了", "stop"),
        ("够了 我的钱够花 别给我推荐理财了", "stop"),
        # our own
        ("别说了 我吃饭够了 不买了", "stop"),
        ("不用念了 退休金买菜够了", "stop"),
        # money enough for living stays news (ADR 0128)
        ("我一个月退休金一千二 买菜够了", "unknown"),
        ("我一个月两千 吃饭够了", "unknown"),
        ("在邮政那边交的养老保险 可以领了 买菜够了", "unknown"),
        # our own: the neutral wholes inside scams
        ("公安说我涉嫌洗钱 叫我把钱转到安全账户 买菜够了不用担心", "fraud_check"),
        ("有个人叫我把退休金转给他 说以后吃饭够了 别告诉儿女", "fraud_check"),
        ("涉嫌洗钱 叫我把钱转到安全账户 说我够花了不用担心", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestMoneyForTheDoctorKeepsTheBooking:
    """P5. check_in's clinic words say the booking is at the doctor, not that money is for one."""

    CASES: ClassVar[list[Any]] = [
        ("我约了下午三点来取钱 给老伴看病用", "check_in"),
        ("我约了今天上午十点 来存大额存单 看病的钱要存起来", "check_in"),
        ("我跟客户经理约好了 看病要用钱 今天来取", "check_in"),
        ("我约了下午三点 取钱去看病", "check_in"),
        # the clinic booking stays elsewhere
        ("我在社区卫生站约了周三看病", "unknown"),
        # our own
        ("我在社区卫生院约了看病 明天去", "unknown"),
        ("我约了明天看病 医生说要早点到", "unknown"),
        # our own: the narrowing inside scams
        ("约了看病 医院的人打电话说医保卡被冒用 要我转钱到安全账户", "fraud_check"),
        ("卫生院的人打电话说我医保有问题 要我把存款转到安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAPensionPaidInHereIsNoVeto:
    """P6. take_ticket's pension words name the other place (那边, 邮政, 村里)."""

    CASES: ClassVar[list[Any]] = [
        ("我在你们这交的养老保险 今天来取两千块钱", "take_ticket"),
        ("我在这交的社保 卡上没钱了 来存两千", "take_ticket"),
        # our own
        ("我在这儿交的养老保险 今天来取一千", "take_ticket"),
        ("在你们这缴的社保 来存五千", "take_ticket"),
        ("我在村里交的养老保险 今年可以领了", "unknown"),
        # our own: the narrowing inside scams
        ("社保局的人说我在邮政那边交的养老保险有问题 要我把钱转到安全账户", "fraud_check"),
        ("有人打电话说我村里交的社保要补缴 叫我扫码交钱 别告诉别人", "fraud_check"),
        ("社保局的人说我在这交的养老保险有问题 要我把钱转到安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# P3, left: with 买菜够了 a neutral whole its inner 够了 no longer counts, and 别念了 alone in a
# long sentence that ends 不买理财 is read as a report. The same sentence with 够花 reads unknown
# on main f8e3648 too; dropping the neutral whole made 一千二 / 两千 吃饭够了 read stop (final24).
@pytest.mark.xfail(
    strict=True,
    reason="别念了 + a long 不买理财 story reads as a report once 买菜够了's 够了 stops counting "
    "(main reads the 够花 form alike); the neutral whole keeps final24's pension news unknown",
)
def test_stop_beside_money_enough_and_a_refusal() -> None:
    _check("别念了 我退休金买菜够了 不买理财", "stop")
