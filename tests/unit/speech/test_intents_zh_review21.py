"""Review 21 of the Chinese word lists (ADR 0124, "After review"): findings as sentences.

A read-only reviewer found five problems in round twenty-one (5e1a40d). Scams first: the
neutral 上门来要 hid 上门 when the caller named what he would come for (P1). Then false
alarms: "the card he gave me" (他给的卡) counted as a private account in family transfers (P2),
and [agent, someone, documents] read errands run by the neighbourhood office or an agency as
fraud (P3). Then a lost request: cash asked with 拿/支/提 and no 我要 (P4). Then the rest:
讲english in a story read change_language (P5). Sentences are written as speech arrives
(spaces, no punctuation). "our own" marks siblings written for this file; every neutral word
or narrowing of the mend has a scam beside it that must still read fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestAStrangerComingForYourThingsIsAScam:
    """P1. 上门来要 is a creditor's call only when it names nothing of yours after it."""

    CASES: ClassVar[list[Any]] = [
        ("有人说要上门来要我的身份证和存折 给我办养老补贴", "fraud_check"),
        ("社保局的人说明天上门来要我的银行卡 帮我办养老金提高", "fraud_check"),
        # held by the review, kept
        ("公安说派人上门来要我的现金和银行卡", "fraud_check"),
        ("有个人说上门来要我的存折 说能帮我办低保", "fraud_check"),
        ("有人说下午上门来要我的金条 帮我保管", "fraud_check"),
        ("有人上门讨我的现金 让我先取五万准备好", "fraud_check"),
        # our own: the rewrite 上门来要 -> 上门讨账 (nothing named after it) inside scams
        ("他们说今天上门来要 叫我把现金准备好 别告诉儿女", "fraud_check"),
        ("有个自称银行的人说上门来要卡 叫我把密码写在纸上", "fraud_check"),
        ("那人说上门来要钱 先把五万块取好 不许告诉家里人", "fraud_check"),
        ("有人说要上门来要我的社保卡 帮我办养老金提高", "fraud_check"),
        # a creditor at the door stays unknown (ADR 0124)
        ("打麻将欠了隔壁老李五十块钱 他天天上门来要", "unknown"),
        ("我借了邻居两百块 他上门来要了", "unknown"),
        ("我借了邻居两百块 他上门来要钱了", "unknown"),
        ("我老伴打麻将欠了隔壁老李五十块钱 老李天天上门来要 丢死人了", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# P1's aside, left: the 上门 is gone here, the caution comes from 他们 with 钱 (older: main
# reads it the same, 0.55); when in doubt, the scam reading.
@pytest.mark.xfail(
    strict=True,
    reason="他们 + 钱 is a half sign read as a caution, older than round 21 (main alike); "
    "not 上门's doing (review 21, P1 aside)",
)
def test_a_property_office_at_the_door() -> None:
    _check("欠物业的钱 他们天天上门来要", "unknown")


class TestTheCardAChildGaveIsNoPrivateAccount:
    """P2. 他给的卡 counts only with a stranger, a caller, an office, a company or a suitor."""

    CASES: ClassVar[list[Any]] = [
        ("我儿子过年的红包我转到他给的卡上了", "unknown"),
        ("孙子上大学 我把生活费转到他给的卡上了", "unknown"),
        # moved to test_intents_scam_0140.py (ADR 0140)
        ("我把钱转到他给的账户里了 是我侄子 买房的首付我帮他一点", "unknown"),
        ("他给的卡号我抄错了一位 钱没转过去", "unknown"),
        ("我转到他给的卡上去 给我儿子打五千块", ("unknown", "transfer_money")),
        # our own
        ("外孙女结婚 我把礼金转到她给的卡上了", "unknown"),
        # the round's scams and the review's, kept
        ("app上约好了 他让我把钱转到他给的卡上", "fraud_check"),
        ("我在软件上约好的那个理财顾问 让我把养老钱转到他给的账户里", "fraud_check"),
        ("快递员叫我把钱转到他给的账户 不许告诉别人", "fraud_check"),
        ("公安说我涉嫌洗钱 叫我把存款转到他给的卡上", "fraud_check"),
        ("一个投资顾问让我把钱转到他给的账户里 说保本保息", "fraud_check"),
        # our own: the narrowed given_account with each kind of stranger
        ("软件上约好了 他让我把钱转到他给的卡上", "fraud_check"),
        ("网上认识的老师叫我把钱转到他给的账户里", "fraud_check"),
        ("电话里的人说我的卡不安全 叫我把钱转到他给的卡上", "fraud_check"),
        ("有个自称银行的人叫我把存款转到她给的账号上", "fraud_check"),
        ("对方叫我把钱转到对方给的账户 说是安全账户", "fraud_check"),
        ("男朋友在国外 叫我把钱转到他给的卡上 帮他交关税", "fraud_check"),
        ("平台上的导师叫我把养老钱转到他给的账户 说稳赚", "fraud_check"),
        ("有个理财顾问叫我把钱转到她给的卡上", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestAnErrandRunForYouIsNoScam:
    """P3. Documents count when a promiser takes them (收了我的, 拿去), not when 代办 helps."""

    CASES: ClassVar[list[Any]] = [
        # main reads these call_staff (the 代办 word); either is no alarm
        ("社区有人帮我代办了医保卡 挺方便的", ("unknown", "call_staff")),
        ("居委会有人帮我代办了老年证 用身份证办的", ("unknown", "call_staff")),
        ("中介有人收了我的身份证复印件 帮我租房子", ("unknown", "call_staff")),
        # our own
        ("街道有人帮我代办了老年证 不用自己跑", ("unknown", "call_staff")),
        # the round's scam, and our own with the narrowed rule
        ("有一个人收了我的身份证和银行卡 说能帮我办低保", "fraud_check"),
        ("有个大妈拿了我的身份证和存折 说能帮我办养老金提高", "fraud_check"),
        ("一个自称社保局的人收了我的社保卡 说有门路能多领钱", "fraud_check"),
        ("有人说能帮我孙子安排进国企 把我的身份证和户口本拿去了", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestCashTakenWithAVerbIsARequest:
    """P4. 拿/支/提/换 (or 帮我拿) with 现金 is the customer's own withdrawal."""

    CASES: ClassVar[list[Any]] = [
        ("帮我拿五千现金", "take_ticket"),
        ("拿两千块现金", "take_ticket"),
        ("支五千现金", "take_ticket"),
        ("我想换点现金", "take_ticket"),
        ("帮我拿点现金", "take_ticket"),
        # our own
        ("提五千现金", "take_ticket"),
        ("我来拿点现金", "take_ticket"),
        ("帮我取三千现金", "take_ticket"),
        # cash someone else wants stays unknown (ADR 0124)
        ("师傅说干完活要现金", "unknown"),
        ("钢琴老师说学费要现金", "unknown"),
        ("卖菜的只收现金", "unknown"),
        # scams with 拿 and 现金 (the request must not hide them); the heldout courier's
        # sibling needs the new fetch_home rule
        ("他们说派人来拿现金 叫我先取五万准备好", "fraud_check"),
        ("公安说我的现金是赃款 叫我拿现金给他们的人核查", "fraud_check"),
        ("有人打电话说帮我拿现金去保管 叫我别告诉儿女", "fraud_check"),
        ("下午有个快递员要上门来拿现金", "fraud_check"),
        ("电话里说银行派人来家里拿现金 帮我换新钞", "fraud_check"),
        ("社保局的人说下午上门来取现金 给我办补贴", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestEnglishInAStoryIsNoLanguageRequest:
    """P5. english alone is a slot word like 英语; the story's 讲english no strong word."""

    CASES: ClassVar[list[Any]] = [
        ("孙女天天跟我讲english 我一句也听不懂", "unknown"),
        ("孙女天天跟我讲英语 我一句也听不懂", "unknown"),
        ("孙子在学english", "unknown"),
        ("english please", "change_language"),
        ("can you speak english", "change_language"),
        ("说english", "change_language"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# --- second review (review 21b, ADR 0124 "After the second review") -------------------------


class TestSecondReviewAnythingNamedAfterTheDoorIsYours:
    """21b/1. 上门来要 is rewritten to the creditor's 上门讨账 only when it ends the clause (or
    only 了 / 钱了 follows), or when a debt of so many 块 was told before it; whatever else
    follows keeps 上门 a sign, with no list of the things a caller can name."""

    CASES: ClassVar[list[Any]] = [
        ("社保局的人说明天上门来要养老金存折 帮我办养老金提高", "fraud_check"),
        ("社保局的人说明天上门来要养老金存折帮我办养老金提高", "fraud_check"),
        ("社保局的人说上门来要那张银行卡 帮我办养老金提高", "fraud_check"),
        ("有人说要上门来要老年证和银行卡 给我办养老补贴", "fraud_check"),
        ("有人说要上门来要医保卡和银行卡 给我办养老补贴", "fraud_check"),
        ("有人说要上门来要老人的银行卡 给我办养老补贴", "fraud_check"),
        ("有人说要上门讨那张存折 给我办补贴", "fraud_check"),
        ("有人说要上门来要回存折 给我办补贴", "fraud_check"),
        ("有人说要上门来要回我的存折 给我换新的", "fraud_check"),
        ("社保局的人说明天上门来要些材料 身份证存折都要", "fraud_check"),
        ("有人说要上门讨 我的养老钱 叫我先取出来", "fraud_check"),
        # our own: other things named, and scams with a debt told before (the debt rewrite
        # keeps 上门 when 我的/你的 follows)
        ("有人说要上门来要残疾证和存折 给我办补贴", "fraud_check"),
        ("自称民政局的说上门来要房本 帮我办拆迁款", "fraud_check"),
        ("你欠了电话费三百块钱 有人说要上门来要你的银行卡", "fraud_check"),
        ("我欠了信用卡两万块 有人说要上门来要我的存折 帮我还", "fraud_check"),
        ("电话里说我欠了医保五百元 明天派人上门来要存折和密码", "fraud_check"),
        ("有个自称法院的说我欠了五万块 明天上门来要钱 不许告诉儿女", "fraud_check"),
        ("他们说上门来要钱了 叫我把存款都取出来 别告诉儿女", "fraud_check"),
        # a creditor at the door, spoken with pauses or run on (probe16's sentence)
        ("我老伴打麻将欠了隔壁老李五十块钱老李天天上门来要丢死人了", "unknown"),
        ("我老伴打麻将欠了隔壁老李五十块钱 老李天天上门来要 丢死人了", "unknown"),
        ("我欠了王婶两百块 她天天上门来要 烦死了", "unknown"),
        ("老李天天上门来要 丢死人了", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecondReviewACallerTellingYouToFetchCash:
    """21b/2. A caller (contact) who tells you (told_me) to take out cash (cash_verb +
    cash_said) is a sign of its own, so the [cash_verb, cash_said] request cannot outrank
    it; a relative on the phone is not (unless family). And cash fetched from home said
    inside a withdrawal word (来取现金, 来取钱) fills the fetch_home rule's cash."""

    CASES: ClassVar[list[Any]] = [
        ("电话里叫我去支五千现金", "fraud_check"),
        ("电话里叫我去拿五千现金", "fraud_check"),
        ("电话里让我提现金", "fraud_check"),
        ("有人打电话叫我去提五万现金", "fraud_check"),
        ("电话里那个人叫我去拿五万现金 放在家里", "fraud_check"),
        ("客服打电话让我去换点现金", "fraud_check"),
        # our own
        ("短信里让我去换点现金", "fraud_check"),
        ("微信上有人叫我去提两万现金", "fraud_check"),
        ("快递员上门来取现金", "fraud_check"),
        ("下午快递员上门来取现金 帮我换新钞", "fraud_check"),
        ("快递员上门来取钱", "fraud_check"),
        ("有个人说派人来取钱 叫我在家等", "fraud_check"),
        ("银行的人说派人来取现金", "fraud_check"),
        # a relative, and the customer's own ask
        # moved to test_intents_scam_0140.py (ADR 0140)
        ("女儿打电话让我提点现金 过年发红包", ("unknown", "take_ticket")),
        ("帮我拿五千现金", "take_ticket"),
        ("支五千现金", "take_ticket"),
        ("我来取现金", "take_ticket"),
        ("取五千现金", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# 21b/3, left: a relative coming home for cash. [courier, valuables] (上门/来家里 + 现金) alarms
# on these as on main; dropping courier from the fetch_home rule's third group lost
# 下午快递员上门来取现金 … and 银行的人说派人来取现金, and the family case would still alarm
# through [courier, valuables]. The posing grandson (孙子说他朋友来家里拿现金) shares the words.
# Was a strict xfail (上门/来家里 + 现金 is [courier, valuables]); read right since ADR 0142.
@pytest.mark.parametrize(
    "text",
    [
        "女儿说晚上来家里拿点现金 给孙子交学费",
        "我儿子说下午上门来拿现金",
        "我侄子说来我家拿现金 去买菜",
    ],
)
def test_a_relative_coming_home_for_cash(text: str) -> None:
    _check(text, "unknown")


def test_the_posing_grandsons_friend_stays_a_scam() -> None:
    _check("孙子说他朋友来家里拿现金 帮他交学费", "fraud_check")


# The round had 银行能不能派人来取现金 as take_ticket only because 取现金 hid its 现金; with
# 来取现金 filling fetch_home's cash (the courier scam above) it reads fraud_check, as on main.
@pytest.mark.xfail(
    strict=True,
    reason="派人来取现金 is the courier scam's words; a customer asking the bank to send "
    "someone shares them (main alike; review 21b, the scam kept)",
)
def test_asking_the_bank_to_send_someone_for_cash() -> None:
    _check("银行能不能派人来取现金 我腿脚不方便", ("unknown", "take_ticket"))
