"""Review 18 of the Chinese word lists (ADR 0112, "After review"): each finding as sentences.

A read-only reviewer found eight problems on r18-zh_CN. Scams first: a neutral
他刚才说 / 儿子刚才说 hid the impersonation sign 说他是 and the kin word (R1), a
neutral 买了条 / 买了双 hid the purchase a caller coaches (R3). Then false alarms:
[hush_verb, hush_whom] took 别跟 / 不能和 ("with") and the speaker's own 瞒着 (R2),
[bypass, pay_him] the customer's own phone banking (R4), 别信银行 / 秘密任务 / 保密协议
a relative's advice, a game and an old NDA (R5). Then lost requests: "found again"
vetoed a spoken (comma-less) lost-card request (R6), a later clause with 我 anywhere
became a task (R7), 丢哪去了 / 怕别人捡 / 叫人偷了 made any lost thing a card (R8).
Sentences are written as speech arrives (spaces, no punctuation) unless a comma is
the point. "our own" marks siblings written for this file.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered


def _check(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want, text


class TestRetoldCallKeepsItsSigns:
    """R1. 他/她/儿子刚才说 retells a call: its 说他是 and its kin word are scam signs."""

    CASES: ClassVar[list[Any]] = [
        ("她刚才说她是银行的 让我转钱", "fraud_check"),
        ("儿子刚才说他手机丢了 换了个号 让我给他转三万", "fraud_check"),
        ("他刚刚说他是我孙子的老师 要交学费五千", "fraud_check"),
        ("他刚才说他是我儿子的领导 儿子出事了要赔钱", "fraud_check"),
        ("闺女刚才说她换了新号 让我打五千给她", "fraud_check"),
        # our own: the kin word inside a longer repeat word, a new number said with a gap
        ("儿子刚才说的 他换了号 让我打两万过去", "fraud_check"),
        ("孙子说他换了个新号 叫我先打两千过去", "fraud_check"),
        # a relative's words retold stay talk; asking again stays repeat
        ("她刚才说要上厕所", "unknown"),
        ("老伴刚才说口渴 你们这儿有没有开水", "unknown"),
        ("你刚才说啥", "repeat"),
        ("刚才说的那个再说一下", "repeat"),
        ("老伴刚才说的那个利息 你再说一遍", "repeat"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecrecyNeedsAnOrder:
    """R2. Keeping a thing from the family is a sign only when someone orders it told to no one."""

    CASES: ClassVar[list[Any]] = [
        ("过年儿子加班 不能和家人一起吃年夜饭了", "unknown"),
        ("你别跟你儿子吵了 他也不容易", "unknown"),
        ("不要跟孩子们一般见识 我想问问定期利息", "explain_product"),
        ("排队的时候别和其他人挤 我想取两千块", "take_ticket"),
        ("能不能不要跟其他人一起排队 我腿不好", "take_ticket"),
        ("我耳朵不好 不能跟其他人一样站着等 有没有座位", "unknown"),
        ("我想贷点款 不要跟亲戚借钱 借了还人情", "take_ticket"),
        ("老了别跟子女要钱 我想问问养老金怎么领", "explain_product"),
        ("我家里人说不要跟陌生人说话", "unknown"),
        ("任何人打电话来我都不信 别跟我说那些", "unknown"),
        ("我瞒着孩子们来的 想问问大额存单的利息", "explain_product"),
        ("我瞒着儿女来的 想立个遗嘱 存款怎么办", "unknown"),
        ("我想单独开个账户 别跟我子女说", "open_account"),
        ("我存钱的事不要告诉家里人 帮我开个定期", "take_ticket"),
        ("邻居说别告诉你老伴 周末给他办个惊喜生日会", "unknown"),
        ("医生说这个病先别告诉孩子们 怕他们担心", "unknown"),
        ("家丑不可外扬 这事别跟外人说", "unknown"),
        # our own: family talk of the same shape
        ("我跟老伴说了 这事跟孩子们也不能说", "unknown"),
        ("闺女说别和外人讲家里的事", "unknown"),
        ("我家老头子不许我告诉亲戚他退休金多少", "unknown"),
        # a caller's order still is a sign, with no money named
        ("那个女的交代我不要跟孩子们提这事", "fraud_check"),
        ("警察说这事不要告诉别人", "fraud_check"),
        ("他叫我谁也别告诉", "fraud_check"),
        ("他说不要告诉家人", "fraud_check"),
        ("那人说你知我知 别让你儿子知道 先打三万过去", "fraud_check"),
        ("他说这是机密 连你老伴都不能告诉", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# R2, R5: no longer an alarm; the request (想存个定期, 想办个存单) is read since round
# nineteen (ADR 0116: take_ticket's 存个定期, 办个存单 …).
NO_ALARM_NO_REQUEST = [
    ("我瞒着家里人攒了点私房钱 想存个定期", "take_ticket"),
    ("别跟你闺女说 我给她攒了嫁妆钱 想存个定期", "take_ticket"),
    ("我退休前在军工厂签过保密协议 现在想办个存单", "take_ticket"),
]


@pytest.mark.parametrize(("text", "want"), NO_ALARM_NO_REQUEST)
def test_savings_kept_from_the_family_are_no_alarm(text: str, want: str) -> None:
    assert offered("zh_CN", text) != "fraud_check", text


@pytest.mark.parametrize(("text", "want"), NO_ALARM_NO_REQUEST)
def test_savings_kept_from_the_family_are_read(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# was a strict xfail (a relative's order, 老伴叫我, was not told from a caller's: a caution; ADR
# 0112); read right since ADR 0142
def test_a_spouse_ordering_secrecy_is_family_talk() -> None:
    _check("老伴叫我别告诉孩子们 他住院了", "unknown")


class TestCoachedPurchasesKeepTheirSign:
    """R3. 买了条 / 买了双 / 买了套 are what a caller has bought; clothing is the family secret."""

    CASES: ClassVar[list[Any]] = [
        ("那人叫我别告诉老伴 去买了条金项链给他寄过去", "fraud_check"),
        ("那人叫我别告诉老伴 买了双金手镯寄过去", "fraud_check"),
        # our own
        ("那人叫我别告诉老伴 买了套保健品寄过去", "fraud_check"),
        ("那人说别跟家里人讲 买了条项链寄给他", "fraud_check"),
        ("别告诉我家老头子 我又买了件新衣裳", "unknown"),
        ("孙女说给我买了条围巾 别告诉她妈", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestOwnPhoneBankingIsNoBypass:
    """R4. Not going to the bank and paying directly is phone banking, unless a caller says so."""

    CASES: ClassVar[list[Any]] = [
        ("闺女说以后不用跑银行了 手机上直接转就行 你教教我怎么弄", "mobile_banking_help"),
        ("我想给儿子转点钱 不用去银行 在手机上直接转给他 怎么弄", "mobile_banking_help"),
        ("儿子说以后不用来银行了 退休金直接打到卡上", "unknown"),
        ("不用去银行 直接打电话挂失就行吗 我卡丢了", "lost_card"),
        ("下雨天别去银行了 直接打电话问问就行", "unknown"),
        # our own
        ("儿子说不用去银行了 手机上直接转给他就行 你教我弄一下", "mobile_banking_help"),
        ("老伴说以后别去银行排队了 直接打电话问", "unknown"),
        # the scams stay
        ("那人说不用跑银行了 直接把钱转给他就行", "fraud_check"),
        ("对方说不用去银行 直接转给他就行", "fraud_check"),
        ("有个男的叫我别去银行 把钱转到他卡上", "fraud_check"),
        ("有个人让我不用来银行办 直接打到他卡上", "fraud_check"),
        ("快递员说包裹里有违禁品 要转给公安的人 不用去银行 手机上直接转", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAdviceGamesAndOldOaths:
    """R5. 别信银行 and 保密协议 are a sign when someone orders them; 秘密任务 is a game."""

    CASES: ClassVar[list[Any]] = [
        ("我闺女说别信银行推销的保险 我想问问这个定期安全吗", "explain_product"),
        ("老伴说别听银行的人瞎推销 你给我讲讲国债", "explain_product"),
        ("孙子玩游戏说在做秘密任务", "unknown"),
        # our own
        ("孙女在玩游戏 说在执行秘密行动", "unknown"),
        ("我闺女说别相信银行卖的理财 我想问问国债", "explain_product"),
        ("那人叫我别信银行的 说银行的人都是骗子", "fraud_check"),
        ("对方让我签保密协议 不能跟家里人讲", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestFoundAgainThenAskedInSpeech:
    """R6. With no commas, the pauses part the clauses: a later request lifts "found again"."""

    CASES: ClassVar[list[Any]] = [
        ("身份证找回来了 银行卡还是找不着 帮我把卡冻结", "lost_card"),
        ("老伴的包叫人偷了 后来派出所给找回来了 卡没了 得挂失吧", "lost_card"),
        ("手机找回来了 银行卡还没找到 帮我挂失", "lost_card"),
        ("钱包找回来了 可里面的银行卡没了 赶紧帮我挂失", "lost_card"),
        ("卖菜的不收扫码 我想取三百块", "take_ticket"),
        # our own
        ("卡找回来了 存折还是找不着 帮我挂失", "lost_card"),
        ("钥匙找回来了 存折没找到 我要挂失", "lost_card"),
        ("修鞋的不收微信 我来取点零钱", "take_ticket"),
        # the stories stay stories
        ("钱包找回来了 里面的钱没少", "unknown"),
        ("钱包昨天丢了 今天派出所给找回来了", "unknown"),
        ("派出所把我的电动车找回来了 我给他们送了面锦旗", "unknown"),
        ("卖菜的不收扫码 我昨天取了三百块", "unknown"),
        ("修鞋的不收微信 我跑了好几家", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestLaterClauseMustAsk:
    """R7. The later clause lifts a veto only when the speaker asks in it (我想, 帮我)."""

    CASES: ClassVar[list[Any]] = [
        ("孙子天天拍抖音，我手机上的微信也是他给装的", "unknown"),
        ("养老院的老张，我听他说他买的基金亏了", "unknown"),
        ("药房拿药，我取了五百块", "unknown"),
        # our own
        ("养老院的王姐，我听她说她买的理财亏了", "unknown"),
        ("药店买药，我取了三百块", "unknown"),
        ("修鞋的不收微信，我取了两百块", "unknown"),
        ("卖菜的不收扫码，我想取三百块", "take_ticket"),
        ("修鞋的不收扫码，我来取两百块钱", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestLostThingsAreNotCards:
    """R8. 丢哪去了 / 怕别人捡 / 叫人偷了 name no card: the card must be said (or 锁起来 asked)."""

    CASES: ClassVar[list[Any]] = [
        ("遥控器又丢哪去了 到处找不着", "unknown"),
        ("怕别人捡了去 我把钥匙藏花盆底下了", "unknown"),
        ("我的自行车叫人偷了", "unknown"),
        # our own
        ("眼镜又掉哪里去了 怎么也找不着", "unknown"),
        ("我的钥匙叫人偷了", "unknown"),
        ("怕别人捡了去 我把存折锁柜子里了", "unknown"),
        ("我的存折叫人偷了", "lost_card"),
        ("我的银行卡叫人偷了", "lost_card"),
        ("卡不知道丢哪去了 帮我锁起来", "lost_card"),
        ("帮我把卡锁起来 丢了", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# Second review (/work/notes/review18b-zh_CN.md): five findings on the mend.


class TestSecondReviewCallerDistrustingTheBank:
    """Second review, 1. 叫我别信 (fraud_check elsewhere) hid the order 叫我: the caller
    (那人, 对方, 自称…) now gives the order, so a caller's 别信银行 is a scam again."""

    CASES: ClassVar[list[Any]] = [
        ("那人叫我别信银行的", "fraud_check"),
        ("那个人叫我别信银行的话 下午还要打过来", "fraud_check"),
        # our own, unspaced as the recogniser delivers them
        ("那个人叫我别信银行的话下午还要打过来", "fraud_check"),
        ("对方让我别信银行", "fraud_check"),
        ("电话里那人叫我别信银行的", "fraud_check"),
        ("公安局的叫我别信银行的", "fraud_check"),
        ("他叫我别信银行 说银行里有内鬼", "fraud_check"),
        # a relative's advice stays advice
        ("闺女叫我别信银行的推销", "unknown"),
        ("我闺女叫我别信银行推销的保险 我想问问定期利息", "explain_product"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecondReviewBypassNeedsACaller:
    """Second review, 2. "don't go to the bank, do it on the phone" from children or the
    bank's own staff is phone banking; only a caller or officialdom makes it a scam
    (他们, 的人, 女的 are a caution: asked only when nothing else is read)."""

    CASES: ClassVar[list[Any]] = [
        ("下雪天别去银行了 银行的人说手机上直接转就行", "mobile_banking_help"),
        ("下雪了儿子说别去银行了 他们帮我在手机上转钱", "mobile_banking_help"),
        ("孩子们说不用跑银行了 他们在手机上帮我交钱", "mobile_banking_help"),
        ("不要去银行了下雪路滑他们说手机上转钱一样", "mobile_banking_help"),
        ("老伴说下雪别去银行了女的说手机上也能交钱", "unknown"),
        # our own, unspaced
        ("下雪天别去银行了银行的人说手机上直接转就行", "mobile_banking_help"),
        # the round's scams keep their caller
        ("快递员说不用去银行 直接转给公安的人", "fraud_check"),
        ("那人说不用跑银行了 直接把钱转给他", "fraud_check"),
        ("那人说不用跑银行了直接把钱转给他", "fraud_check"),
        ("有个自称客服的说不用去银行了 直接打到他给的卡上", "fraud_check"),
        ("那边说不用去银行排队 直接转给他们的账户就行", "fraud_check"),
        ("电话里说不用来银行 把钱汇给他们的安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecondReviewOrdersFromFamily:
    """Second review, 3. 叫我 inside 我叫我, a doctor's 叮嘱, a son's 让我别听银行的: no
    alarm. An order the words cannot place (他叫我, 他们叫我, 他说) is a caution."""

    CASES: ClassVar[list[Any]] = [
        ("我叫我孙子别告诉别人 他考上大学了", "unknown"),
        ("医生叮嘱我别跟家里人说太多 怕他们担心", "unknown"),
        ("儿子让我别听银行的人瞎推销 你给我讲讲国债", "explain_product"),
        ("我儿子让我别听银行的 我想问问国债怎么买", "explain_product"),
        # our own: unspaced, and the speaker's own order
        ("儿子让我别听银行的人瞎推销你给我讲讲国债", "explain_product"),
        ("我叫我孙子别告诉别人他考上大学了", "unknown"),
        ("我让我闺女别告诉别人 她考上研究生了", "unknown"),
        # callers' orders are scams with no money named
        ("那个人叫我别跟家里人说这个事", "fraud_check"),
        ("那个警察叫我千万别跟家里的任何人说", "fraud_check"),
        ("对方交代我不要跟子女讲 取五万块现金交给他们派来的人", "fraud_check"),
        ("那人叫我别跟你家里的人说先把钱转过去", "fraud_check"),
        ("他们叫我不要告诉任何人 下午再打电话来", "fraud_check"),
        ("他们叫我不要告诉任何人下午再打电话来", "fraud_check"),
        ("她让我别跟家里人说说了就办不成了", "fraud_check"),
        # cautions: nothing else is read, so the scam question is still asked
        ("他们叫我别跟你儿子讲", "fraud_check"),
        ("他叫我谁也别告诉", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# Second review, 3: the words cannot tell a relative's 他说 / 她说 / 老伴叫我 from a
# caller's, and the request after it (我想开个定期) reads nothing alone; the order stays a
# caution (asked, not an alarm) rather than lose 他说不要告诉家人.
FAMILY_ORDERS_LEFT = [
    ("他说这事先别告诉孩子们 等过年再说", "unknown"),
    ("孙女她说别告诉家里人 要给她妈一个生日惊喜", "unknown"),
    ("他让我别听银行的人忽悠 我想开个定期", "open_account"),
]


@pytest.mark.xfail(
    strict=True,
    reason="他说 / 她说 / 他让我 cannot be told from a caller's order; [told_me, hush_verb, "
    "hush_whom] and [told_me, distrust_bank] are cautions, asked when nothing else is read "
    "(ADR 0112, second review)",
)
@pytest.mark.parametrize(("text", "want"), FAMILY_ORDERS_LEFT)
def test_family_orders_the_words_cannot_place(text: str, want: str) -> None:
    _check(text, want)


class TestSecondReviewUnspacedClauses:
    """Second review, 4. The recogniser joins Chinese characters (join_cjk): with neither
    commas nor spaces a clause starts where the speaker asks (帮我, 我想)."""

    CASES: ClassVar[list[Any]] = [
        ("身份证找回来了银行卡还是找不着帮我把卡冻结", "lost_card"),
        ("手机找回来了银行卡还没找到帮我挂失", "lost_card"),
        ("卖菜的不收扫码我想取三百块", "take_ticket"),
        # our own
        ("钥匙找回来了我想挂失银行卡", "lost_card"),
        ("修鞋的不收微信我想取点零钱", "take_ticket"),
        ("身份证找回来了 银行卡还是找不着 帮我把卡冻结", "lost_card"),
        ("身份证找回来了电话里那人说把钱转到他给的账户", "fraud_check"),
        # moved to test_intents_offer_0141.py (ADR 0141)
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecondReviewToldNotAsked:
    """Second review, 5. 我来的时候 and 我得了 tell what was done or had, not a request:
    own_asks drops 我来 and keeps 我得 only before an errand verb (我得取)."""

    CASES: ClassVar[list[Any]] = [
        ("我得了糖尿病 卖菜的不收扫码 我来的时候取了三百块", "unknown"),
        ("我得了糖尿病卖菜的不收扫码我来的时候取了三百块", "unknown"),
        ("药房拿药 我要取五百块", "take_ticket"),
        ("医院复查 我得取点钱交费", "take_ticket"),
        # our own
        ("卖菜的不收扫码 我来的时候取了三百块", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestFinalReadALatinWordIsNoPause:
    """Final read, 2. The recogniser keeps the spaces around a Latin word or a number
    (join_cjk): a change of script, not a pause, so the speaker asking still parts the
    sentence (我想用 ATM 取三百块 reads as 我想用ATM取三百块)."""

    CASES: ClassVar[list[Any]] = [
        ("卖菜的不收扫码我想用 ATM 取三百块", "take_ticket"),
        ("卖菜的不收扫码我想用ATM取三百块", "take_ticket"),
        ("身份证找回来了 银行卡还是找不着 帮我把卡冻结", "lost_card"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)
