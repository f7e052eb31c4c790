"""Review 22 of the Chinese word lists (ADR 0128, "After review"): findings as sentences.

A read-only reviewer found six problems in round twenty-two (cc54384). Scams first: the
collect_own `unless` hid the police telling a customer to withdraw or bring cash (P1), and u盾
as a strong mobile-banking word outweighed a stranger asking for it with a secret (P4). Then
lost requests: 挂了个 vetoed the customer's own 挂了个失 (P2), 够花 / 买菜够 vetoed an explicit
stop (P3), bare 看病 took a bank booking (P5), and 交的养老保险 / 交的社保 vetoed a request at
this bank (P6). Sentences are written as speech arrives (spaces, no punctuation). "our own"
marks siblings written for this file; every neutral word or narrowing of the mend has a scam
beside it that must still read fraud_check.

The second section holds the second review (review22b): 提 / 拿 / 带 an amount for collecting
stolen things (1), a lost card told in a hospital queue (2), a pension paid in elsewhere and
collected here (3), and being told not to bring cash (4).
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


def test_a_lost_card_beside_a_number() -> None:
    """Left after the first mend; fixed by the second review's narrowing (帮我 / 给我 挂了个…号)."""
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


# ---------------------------------------------------------------------------------------------
# Second review (/work/notes/review22b-zh_CN.md, after the mend 4e08c8b)
# ---------------------------------------------------------------------------------------------


class TestPoliceAskingToFetchAnAmountIsAScam:
    """22b 1. 提 / 拿 / 带 an amount (not only 取…万 and 带…现金) for collecting stolen things."""

    CASES: ClassVar[list[Any]] = [
        ("警察让我提五万出来 去领回被偷的车", "fraud_check"),
        ("警察让我提现五万 去领回被偷的车", "fraud_check"),
        ("警察让我带两万块去领回被偷的车", "fraud_check"),
        ("警察让我带五千块去领回被偷的车", "fraud_check"),
        ("警察叫我拿出两万 去认领被偷的东西", "fraud_check"),
        ("警察让我拿五千块去领回丢的电动车", "fraud_check"),
        ("警察让我拿八百块去领丢的电动车", "fraud_check"),
        ("警察让我去领被偷的车 拿五千来", "fraud_check"),
        # the review's bonus: missed before the round too
        ("派出所说去领被偷的手机要带上五千块", "fraud_check"),
        # our own
        ("公安局叫我提三千块出来 去认领丢的金项链", "fraud_check"),
        ("民警让我带一千块去领回被偷的摩托车", "fraud_check"),
        ("派出所叫我拿三万出来 才能领回丢的存折", "fraud_check"),
        # lookalikes keep their readings
        ("派出所叫我去领被偷的电动车 说是找回来了", "unknown"),
        ("警察叫我去领被偷的电瓶车 那车我花了两千块买的", "take_ticket"),
        ("派出所说我被偷的车找到了 我拿了两百块买水果谢谢民警", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestALostCardInTheHospitalQueueIsStillLost:
    """22b 2. Only a number someone booked for me (帮我 / 给我 挂了个…号) is elsewhere."""

    CASES: ClassVar[list[Any]] = [
        ("今天去医院挂专家的号 银行卡丢了 来挂失", "lost_card"),
        ("挂专家的号的时候存折丢了 要挂失", "lost_card"),
        ("在医院挂普通号的时候卡被偷了", "lost_card"),
        ("排队挂普通号 卡掉了", "lost_card"),
        ("挂了个号出来卡就没了", "lost_card"),
        ("我去医院挂了个号 回来发现银行卡丢了", "lost_card"),
        ("今天去医院挂专家号 银行卡丢了 来挂失", "lost_card"),
        # our own
        ("我在医院挂了个专家号 存折就找不到了", "lost_card"),
        ("闺女帮我挂了个号 我的卡丢了 帮我挂失", "lost_card"),
        # the ADR's cases stay elsewhere
        ("医院挂号难 闺女帮我挂了个专家号", "unknown"),
        ("闺女帮我挂了个专家号", "unknown"),
        ("儿子给我挂了个号 明天去看", "unknown"),
        ("帮我挂个号", "take_ticket"),
        # our own: the narrowed words inside scams
        ("有人打电话说帮我挂了个专家号 叫我把银行卡密码告诉他", "fraud_check"),
        ("自称医院的人说给我挂了个号 要先转两千块到他账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAPensionPaidInElsewhereCollectedHere:
    """22b 3. 今天来取 / 来(你们)这领 after naming where the pension was paid in: a request here."""

    CASES: ClassVar[list[Any]] = [
        ("我在村里交的养老保险 今天来你们这领养老金", "take_ticket"),
        ("我在邮政交的养老保险 今天来你们这领养老金", "take_ticket"),
        ("我是在那边交的社保 今天来这领养老金", "take_ticket"),
        ("我在村里交的养老保险 今天来取两千", "take_ticket"),
        # our own
        ("我在邮局交的社保 今天来存三千", "take_ticket"),
        ("我村里交的养老保险 到你们这领养老金", "take_ticket"),
        # the ADR's news stays unknown
        ("在邮政那边交的养老保险 今年可以领了", "unknown"),
        # our own: the new request words inside scams
        ("电话里的人说是社保局的 叫我今天来取五万转到安全账户", "fraud_check"),
        ("警察打电话叫我今天来取三万 不要告诉银行的人", "fraud_check"),
        ("有人冒充社保局 让我来这领养老金的时候把验证码告诉他", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="来取 without 今天 / 我 is not first person (他来取); the review's fifth sentence keeps "
    "the 那边交的 veto (review 22b 3, left)",
)
def test_a_pension_paid_in_elsewhere_then_a_bare_come_to_withdraw() -> None:
    _check("我那边交的养老保险 退休金发到你们行了 来取一千", "take_ticket")


class TestNoCashNeededIsNotAScam:
    """22b 4. 不用带现金 / 不要带钱 are neutral wholes: being told not to bring cash is news."""

    CASES: ClassVar[list[Any]] = [
        ("警察说领丢的手机不用带现金 带身份证就行", ("take_ticket", "lost_card", "unknown")),
        # our own
        ("民警说领回被偷的电动车不要带钱 拿上身份证", ("take_ticket", "lost_card", "unknown")),
        # our own: the neutral wholes inside scams
        ("警察说不用带现金 把钱转到安全账户就能领回被偷的车", "fraud_check"),
        ("派出所的人说不要带钱 先转五千块手续费到他账户 才能领回丢的东西", "fraud_check"),
        # kept: the fee aside (ADR 0128) and cash brought
        ("派出所说领被偷的钱要交两百块", "fraud_check"),
        ("带着三万现金去认领被偷的金项链 警察说的", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# 22b 4, left: 钱 and 首饰 are both what was stolen and what the victim is told to bring or pay
# (派出所说领被偷的钱要交两百块 reads fraud_check only through 钱). A word list cannot tell the
# object from the payment, so the scam reading is kept and the news is a false alarm.
@pytest.mark.xfail(
    strict=True,
    reason="钱 / 首饰 in the collect_own sign are shared with the fee scam "
    "(领被偷的钱要交两百块); the scam reading is kept (review 22b 4, left)",
)
@pytest.mark.parametrize(
    "text",
    ["派出所通知我去领回被偷的钱 说小偷抓到了", "派出所叫我去认领丢的首饰 说是找回来了"],
)
def test_police_returning_money_or_jewellery_is_news(text: str) -> None:
    _check(text, ("unknown", "take_ticket", "lost_card"))
