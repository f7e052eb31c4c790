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
        # the strong word inside the memory: still a memory (no pause at all: review 24b Q3)
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


# Review 24 P6: the notebook elsewhere keeps the rules from 留的号码改一下; the learned
# stage offers update_details since ADR 0141 (p ≥ 0.7).
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


@pytest.mark.parametrize(
    "text",
    [
        # was a strict xfail (no sign in the words: a group's teacher and stocks); offered
        # as a scam since the classifier's scam in silence at 0.5 (ADR 0144)
        "以前的同事拉我进了一个群 群里老师带着炒股 我已经投了五万",
        # was a strict xfail (no sign in the words, a uniformed caller's fee, and the memory's
        # certainty kept the learned stage out); read right since ADR 0142
        "以前来过一个穿制服的 说我家燃气要换表 先收了八百 人就没影了",
    ],
)
def test_sign_less_memory_opened_scams(text: str) -> None:
    _check(text, "fraud_check")


# --- second review (review 24b, ADR 0136 "After the second review") -----------------------------
#
# The mend's kin exception reached over the whole sentence (Q1) and the narrowed 借卡给 lost the
# boss and the friend (Q2): missed scams. The pause fix never fired on a recogniser's spaced text
# (Q3). 认的干儿子 made an old godchild a scam (Q4); 存折借给 / 账户借给 lent to the family (Q5); a
# machine's 要收我的卡 with 一张卡 (Q6); a story's short tail read as a task (Q7). Every neutral
# word and narrowing has a scam beside it that must still read fraud_check.


class TestACardLentOnFromKinIsStillLent:
    """Q1. kin_lend lifts [lend_card, per_month] only for the child: the card passed on to a
    classmate or a friend, a second borrower, or 跑流水 is card lending (lend_onward, mule)."""

    CASES: ClassVar[list[Any]] = [
        ("我孙子借我的卡给他同学用 他同学一个月给我五百", "fraud_check"),
        ("我 孙 子 借 我 的 卡 给 他 同 学 用 他 同 学 一 个 月 给 我 五 百", "fraud_check"),
        ("我外孙借我的卡去给人家跑流水 一个月给我一千五", "fraud_check"),
        ("儿子借我的卡用了几年了 现在他朋友也想借我的卡 一个月给我八百", "fraud_check"),
        ("我儿子借我的卡用过一回 这回他同事也要借我的卡 一个月给我一千", "fraud_check"),
        # our own
        ("我闺女借我的卡给她朋友用 一个月给我六百", "fraud_check"),
        ("我外孙借我的存折去给别人走流水 一个月给我一千", "fraud_check"),
        ("卡借给孙子用 他又把卡给他同学用 一个月给我五百", "fraud_check"),
        # the family alone, a car, a production line: no card lent on
        ("我孙女借我的卡 一个月给我打三百零花", "unknown"),
        ("我儿子一个月给我一千 他朋友也想借我的车", "unknown"),
        ("我孙子在厂里跑流水线 一个月挣五千", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestACardLentToABossOrAFriendIsLent:
    """Q2. 借卡给 / 卡借给 an outsider (老板, 朋友, 公司, 同事, 老乡, 网友 …) is lending."""

    CASES: ClassVar[list[Any]] = [
        ("他说借卡给老板周转几天 一个月给我一千", "fraud_check"),
        ("同事说借卡给朋友用用 一个月给我一千", "fraud_check"),
        # our own
        ("老乡说卡借给公司用 一个月给我两千", "fraud_check"),
        ("账户借给老板走账 一个月给我两千", "fraud_check"),
        # lent to the customer: still no lending
        ("我闺女借卡给我用 她一个月给我两千生活费", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestATaskAfterAMemoryInARecognisersSpacing:
    """Q3. No pause shows in a recogniser's spaced text (or unpunctuated text): the short tail
    after the memory's opening is read, as after a pause (reports._asked_after_pause)."""

    CASES: ClassVar[list[Any]] = [
        ("去年 存 的 钱 我 来 取", "take_ticket"),
        ("去年 存 的 钱 取 两万", "take_ticket"),
        ("以前 在 这儿 开 的 户 我 取钱", "take_ticket"),
        ("前几年 开 的 户 开通 手机 银行", "mobile_banking_help"),
        ("去 年 存 的 钱 取 两 万", "take_ticket"),
        ("去年存的钱取两万", "take_ticket"),
        ("前几年开的户开通手机银行", "mobile_banking_help"),
        # our own
        ("前 几 年 存 的 定期 取 出来", "take_ticket"),
        ("以前在这开过户开个账户", "open_account"),
        # a long tail or a story mark: still a memory
        ("去年 我 来 这儿 存钱 那个 小姑娘 可 好 了", "unknown"),
        ("以 前 每 次 来 取 钱 那 个 大 堂 经 理 都 给 我 倒 杯 水", "unknown"),
        ("那 时 候 我 在 纺 织 厂 发 了 工 资 就 去 信 用 社 存 起 来", "unknown"),
        ("前 几 年 来 这 存 钱 那 时 候 人 少", "unknown"),
        ("去年 来 存钱 排 了 一 上午 的 队", "unknown"),
        # memory-opened scams in the recogniser's spacing
        ("去年 有 个 自称 公安 的 打 电话 让 我 把 钱 转 到 安全 账户", "fraud_check"),
        ("以前 在 这 开 的 户 有 人 说 是 客服 让 我 开 屏幕 共享", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# was a strict xfail (存两千 after 去年办的存折 read open_account, the 存折 word); read right since
# ADR 0142
def test_a_deposit_after_an_old_passbook_in_spacing() -> None:
    _check("去年 办 的 存折 存 两千", "take_ticket")


class TestAnOldGodchildIsFamily:
    """Q4. 认的干儿子 / 认了个干女儿 is a godchild of years; only a lately adopted one
    (刚, 新, 最近, 网上, 去年, 前几年 认的干 …) with money is a scam; one who borrows the card for
    a monthly fee is lending, whenever adopted (godkin_made)."""

    CASES: ClassVar[list[Any]] = [
        ("我二十年前认的干儿子 今天陪我来存钱", "take_ticket"),
        ("以前在这儿认的干女儿 今天带我来取钱", "take_ticket"),
        ("我认的干闺女在这儿上班 一个月挣五千", "unknown"),
        ("我年轻时认了个干女儿 过年给我寄了两千块", "unknown"),
        # the narrowed words, in scams
        ("前几年认的干儿子 说做生意缺钱 取五万", "fraud_check"),
        ("去年认识的一个干闺女 我来取两万", "fraud_check"),
        ("认了个干闺女 干闺女借我的卡 一个月给我一千", "fraud_check"),
        # our own
        ("刚认的干闺女 说她妈住院 让我转两万", "fraud_check"),
        ("网上认了个干女儿 天天叫我干妈 要我打五千给她", "fraud_check"),
        ("前些年认的干儿子 最近老问我借钱 借了三万了", "fraud_check"),
        ("我刚认了个干儿子 对我可好了", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAPassbookLentToTheFamilyIsNoLending:
    """Q5. 存折借给 / 账户借给 only to 他, 她, 别人, 人家 or an outsider; lent to a child or
    the spouse (借给闺女, 借给儿子 …) lifts [lend_card, per_month] as kin_lend does."""

    CASES: ClassVar[list[Any]] = [
        ("我把存折借给我闺女用 她一个月给我两千生活费", "unknown"),
        ("老伴的存折借给儿子了 儿子一个月给我们一千", "unknown"),
        ("我把账户借给孙子收学费 他一个月给我打一千", "unknown"),
        # our own
        ("卡借给我女儿用了 她一个月给我一千五", "unknown"),
        # the narrowed words and the new kin forms, in scams
        ("我把存折借给人家了 一个月给我一千", "fraud_check"),
        ("我把存折借给他了 一个月给我一千", "fraud_check"),
        ("我把卡借给儿子 他同事也要借我的卡 一个月给我一千", "fraud_check"),
        ("电话里说是我孙子 让我把存折借给孙子的老板 一个月给我两千", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


@pytest.mark.xfail(
    strict=True,
    reason="the son is named in another clause (我儿子要交学费) and the card goes to 他 (卡借他): "
    "no kin word ties the lending to him, and 卡借他 with 一个月给 is the mule's own wording "
    "(review 24b Q5 row 4; never lose a scam)",
)
def test_a_card_lent_to_a_son_named_before() -> None:
    _check("我儿子要交学费 我把卡借他用几天 他一个月给我还一千", "unknown")


class TestAMachineKeepingTheCardIsNoCardSelling:
    """Q6. The machine's own 要收我的卡, or a card it will not give back, is no card buyer
    ([lend_card, card_price] unless machine); 取款机 alone does not lift it."""

    CASES: ClassVar[list[Any]] = [
        ("机器要收我的卡 一张卡都吐不出来", "lost_card"),
        # our own
        ("柜员机要收我的卡 一张卡也退不出来", "lost_card"),
        # machine words in scams
        ("有个老板要收我的卡 一张卡给三百 说去取款机上取就行", "fraud_check"),
        ("取款机旁边有个人想收我的卡 一张五百", "fraud_check"),
        ("网上有人要收我的卡 一张给三百 卡吞了也不怕", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAStorysShortTailIsNoTask:
    """Q7. A tail after a memory with a story's mark (后来, 那会儿, 都得, 的人, 可多 …:
    ``reports.pause_tales``) asks nothing; 过去我在 opens a memory."""

    CASES: ClassVar[list[Any]] = [
        ("过去我在纺织厂 后来取钱都排老长", "unknown"),
        ("以前我在纺织厂上班 那会儿存钱得排队", "unknown"),
        ("以前来这取养老金，取钱的人可多了", "unknown"),
        ("从前我们那儿没有银行 存钱得走十里地", "unknown"),
        # our own
        ("过 去 我 在 纺 织 厂 后 来 取 钱 都 排 老 长", "unknown"),
        ("以前我在纺织厂后来取钱都排老长", "unknown"),
        # a short task after the pause is still asked
        ("去年存的钱 我来取", "take_ticket"),
        ("去年办的卡 插进去就不出来了", "lost_card"),
        # story marks in scams
        ("以前来这取钱 后来有个自称银行的打电话 让我把钱转到安全账户", "fraud_check"),
        ("那会儿我在厂里 后来有人打电话说我涉嫌洗钱 让我转到安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
