"""Review 19 of the Chinese word lists (ADR 0116, "After review"): each finding as sentences.

A read-only reviewer found seven problems on r19-zh_CN. Scams first: the office+money
rule's new `pressure` requirement lost office demands told flatly (要交 … 才能放人, 补缴,
得退回, 得还, 赔 … 就不追究) (R1). Then lost requests: take_ticket `elsewhere`
身份证过期 / 帮我管着 / 孝顺 vetoed a plain withdrawal (R2), strong 存个定期 beat a product
question (R5). Then false alarms by the online-friend rule: 网上交的 is also "paid online"
(R3), and `money`'s bare 借 filled the sum for a borrowed book (R4). Then the rest: a
customer's own "骗了我两千块" (R6), a carer's 我爸 … 天天问他借钱 (R7). Sentences are
written as speech arrives (spaces, no punctuation) unless a comma is the point. "our own"
marks siblings written for this file.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestOfficeDemandIsAScam:
    """R1. An office that demands money (要交, 补缴, 得退回, 得还, 赔 … 就不追究) is a scam sign."""

    CASES: ClassVar[list[Any]] = [
        ("派出所的警察说我孙子打架了 要交两万块才能放人", "fraud_check"),
        ("警察说我孙女在外地被扣了 要交五万块才能领人", "fraud_check"),
        ("派出所说我外孙被扣在那儿了 送五万块过去才放", "fraud_check"),
        ("派出所的说我儿子出车祸撞了人 赔五万块就不追究了", "fraud_check"),
        ("社保局的同志说我的医保要补缴三千块 交了才不断", "fraud_check"),
        ("税务局的说我退休金多领了 两万块要退回去", "fraud_check"),
        ("社保局的人说我养老金领多了 得退回来一万块", "fraud_check"),
        ("社保局的说我的养老金发错了 多发了一万二 要还回去", "fraud_check"),
        ("医保局的人说我医保报销多报了三千块 得退给他们", "fraud_check"),
        ("税务局的同志讲我去年的个税没交 补交六千块就行", "fraud_check"),
        ("我儿子说税务局查出来我们少交了税 补八千块就行 他说是真的", "fraud_check"),
        ("闺女说法院判了 咱家得赔人家五万块 交到法院那个账户就结了", "fraud_check"),
        ("法院的说老伴生前欠人家钱 我们得还八万 还了就撤诉", "fraud_check"),
        # our own: the same demands in other words
        ("公安局的人说我外孙女被关起来了 拿三万块来才放她出来", "fraud_check"),
        ("医保局说我前年的报销多拿了四千块 得还给他们", "fraud_check"),
        ("法院的人讲我儿子欠了人家十万 赔了就不起诉", "fraud_check"),
        ("社保中心的人说我少缴了两年的社保 补上一万块就能多领", "fraud_check"),
        # an office's news asks nothing: still no alarm (ADR 0116)
        ("社保局说养老金要涨", "unknown"),
        ("国税局说今年不用交个税了", "unknown"),
        ("派出所的警察来小区讲防诈骗", "unknown"),
        ("社保局说今年养老金又涨了 每个月多了一百多块", "unknown"),
        ("税务局说退休金不用交税 我儿子说是真的", "unknown"),
        ("社保局说今年养老金涨了两百块 我儿子说是真的", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAnErrandStoryDoesNotVetoAWithdrawal:
    """R2. An expired ID, a card a child manages, a child praised: the withdrawal is still asked."""

    CASES: ClassVar[list[Any]] = [
        ("身份证过期了，还能取钱吗？", "take_ticket"),
        ("身份证 过期 了 还 能 取钱 吗", "take_ticket"),
        ("身份证过期了还能取钱吗", "take_ticket"),
        ("我身份证过期了 能不能先取两千块钱", "take_ticket"),
        ("身份证快过期了 我先把定期取出来", "take_ticket"),
        ("卡一直是儿子帮我管着 今天他出差 我自己来取点钱", "take_ticket"),
        ("我的卡一直是闺女帮我管着她今天没空我自己来取三千块钱", "take_ticket"),
        ("存折平时闺女替我管着 今天我自己来存五千块钱", "take_ticket"),
        ("我儿子很孝顺 每个月给我打钱 我今天来取两千块", "take_ticket"),
        ("我儿子 很 孝顺 每个月 给我 打钱 我 今天 来 取 两千 块", "take_ticket"),
        ("我儿子很孝顺每个月给我打钱我今天来取两千块", "take_ticket"),
        # our own
        ("我闺女可孝顺了 今天我来存三千块钱", "take_ticket"),
        ("身份证到期了 我想取五千块", "take_ticket"),
        # the errand elsewhere and the money brought home stay talk (ADR 0116)
        ("身份证过期了要换新的", "unknown"),
        ("我的退休金卡一直是儿子帮我取 每个月给我送来 孝顺得很", "unknown"),
        ("我外孙女可孝顺了 每个月都给我送钱过来", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestPaidOnlineIsNoFriend:
    """R3. 网上交的 / 网上交了 is a bill paid online unless a friend is made (交朋友)."""

    CASES: ClassVar[list[Any]] = [
        ("网上交的话费怎么没到账啊 我先垫上了两百块", ("mobile_banking_help", "unknown")),
        ("孙子的学费是在网上交的 我先垫上了五千", "unknown"),
        # our own
        ("电费在网上交了 我先给他垫上了三百", "unknown"),
        # a friend made online who borrows stays a scam
        ("网上交的一个朋友说他在外地回不来 叫我先借他两万", "fraud_check"),
        ("我在网上交了个朋友 他说他生意周转不开 问我借三万块", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestABorrowedThingIsNoSum:
    """R4. [met_online, borrow_ask, …] needs a sum of money, not the 借 in 借她."""

    CASES: ClassVar[list[Any]] = [
        ("我在网上交了个朋友 人挺好 我借她一本书", "unknown"),
        # before the round this read mobile_banking_help (在网上交); no alarm is the point
        ("我在网上交了个朋友 人挺好 我借给他一把伞", ("unknown", "mobile_banking_help")),
        ("孙子在快手上直播 问我借了两百块买话筒", "unknown"),
        # money lent stays a scam
        ("网上认识的一个老姐姐 说她住院了 问我借五千块", "fraud_check"),
        ("微信上认识一个军官 说要回国 先借他两万块", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# Fixed in round twenty (ADR 0120): the romance rule reads `romance_money`, money without bare 借.
@pytest.mark.parametrize(
    "text",
    [
        "网上认识的老姐妹 我借她几本书看",
        # our own: told by a carer (R7's 跟她借)
        "我妈在网上认识了几个跳广场舞的老姐妹 常跟她借书看",
    ],
)
def test_a_book_lent_to_an_online_friend_by_the_romance_rule(text: str) -> None:
    _check(text, "unknown")


class TestATermDepositQuestionIsAQuestion:
    """R5. 存个定期 alone with 安全吗 / 好还是 / 哪个划算 asks about the product."""

    CASES: ClassVar[list[Any]] = [
        ("存个定期安全吗", "explain_product"),
        ("存个定期好还是买理财好", "explain_product"),
        ("存个定期和买国债哪个划算", "explain_product"),
        # our own
        ("存个死期有风险吗", "explain_product"),
        ("办个存单和买理财哪个好", "explain_product"),
        ("存个死期划算吗", "explain_product"),
        ("我想存个定期 现在三年的利息是多少", "explain_product"),
        # the want is still a request (ADR 0116)
        ("我想存个定期", "take_ticket"),
        ("帮我存个定期 三年的", "take_ticket"),
        ("我想存个死期 三年的", "take_ticket"),
        ("我想办个存单 存三年", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestCheatedOfMoneyIsAFraudReport:
    """R6. A customer cheated of money (骗了我两千块, 被人骗了 … 怎么办) is a fraud report."""

    CASES: ClassVar[list[Any]] = [
        ("在地铁上有个人骗了我两千块", "fraud_check"),
        ("在地铁上被人骗了两千块 怎么办", "fraud_check"),
        # our own
        ("在公交车上有个人骗走了我三千块钱", "fraud_check"),
        ("在菜市场被骗了五百块 怎么办", "fraud_check"),
        ("我在公园被人骗走了五千块钱 能追回来吗", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestACarerTellsTheBorrowing:
    """R7. A son or daughter telling it: 问他借 / 跟他借 / 找她借 is the same borrowing."""

    CASES: ClassVar[list[Any]] = [
        ("我爸在抖音上认识个女的 天天问他借钱", "fraud_check"),
        ("我爸在抖音上认识个女的 那女的天天跟他借钱 借了好几万了", "fraud_check"),
        # our own
        ("我妈在快手上认识个老头 老是找她借钱", "fraud_check"),
        ("我爸在网上认识个人 非要向他借五万", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# Second review (review 19b, ADR 0116 "After review"): the mend's own leaks.


class TestSecondReviewOfficeNewsAndMoneyOwedToMe:
    """19b, 1. Bare 才能 / 赔 / 得还 in `pressure` made office news, and money owed to the
    customer (赔我, 还我), a scam alarm; only their demand forms are pressure now."""

    CASES: ClassVar[list[Any]] = [
        ("社保局说退休金要月底才能到账", "unknown"),
        ("医保局说看病的钱要出院以后才能报", "unknown"),
        ("社保局说养老金认证要本人去才能领钱", "unknown"),
        ("法院判了 撞我的那个司机得赔我五万 钱到我卡上没有", ("unknown", "check_balance")),
        ("法院判了那个欠我钱的人得还我两万 我来看看到账了没", ("unknown", "check_balance")),
        ("警察说我孙子踢球把人家玻璃打碎了 赔了两百块 已经赔完了", "unknown"),
        # the restored office scams and our own demand forms stay scams
        ("派出所的警察说我孙子打架了 要交两万块才能放人", "fraud_check"),
        ("警察说我孙女在外地被扣了 要交五万块才能领人", "fraud_check"),
        ("派出所的说我儿子出车祸撞了人 赔五万块就不追究了", "fraud_check"),
        ("闺女说法院判了 咱家得赔人家五万块 交到法院那个账户就结了", "fraud_check"),
        ("法院的说老伴生前欠人家钱 我们得还八万 还了就撤诉", "fraud_check"),
        ("孙子说他在外面打了人派出所扣着要赔两万才放叫我别告诉他爸妈", "fraud_check"),
        ("法院打来电话说我欠了钱没还要我今天之内还清不然就抓人", "fraud_check"),
        # our own
        ("公安局说你的账户涉嫌洗钱 要把钱转到安全账户才能解冻", "fraud_check"),
        ("派出所的说我孙子赔给人家三万才能出来", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# Fixed in round twenty (ADR 0120): bare 要交 / 得交 / 罚款 left `pressure`; a relative in
# trouble with an office and money is its own rule ([authority, family, kin_trouble, money]).
@pytest.mark.parametrize(
    "text",
    [
        "居委会说老年卡要交二十块钱工本费",
        "上个月开车超速被警察拍了 要交两百块罚款",
    ],
)
def test_second_review_a_fee_told_flatly_is_news(text: str) -> None:
    _check(text, "unknown")


@pytest.mark.xfail(
    strict=True,
    reason="补缴 stays a demand word: 社保局的同志说我养老金要补缴八千块 is told the same "
    "way; only the later 我自己去社保局交了 settles it, and no scam rule reads a settled "
    "clause (ADR 0120)",
)
def test_second_review_a_back_payment_settled_in_person_still_alarms() -> None:
    _check("社保局的人说我今年的社保要补缴 我自己去社保局交了三千块", "unknown")


class TestSecondReviewComingInPersonAfterAFamilyErrand:
    """19b, 2. 我自己来取 after "my son usually brings it" is the speaker asking
    (`hearsay.own_asks`), so the errand words' veto lifts."""

    CASES: ClassVar[list[Any]] = [
        ("儿子平时给我取出来送过来 今天他不在 我自己来取", "take_ticket"),
        ("儿子平时给我取出来送过来，今天他不在，我自己来取两千块钱。", "take_ticket"),
        ("闺女以前每个月给我送钱过来 现在她出国了 我自己来取钱", "take_ticket"),
        ("闺女每个月给我送钱过来 这个月她忙 我自己来取三千块", "take_ticket"),
        # our own
        ("闺女平时给我送钱过来 今天我自己来存两千", "take_ticket"),
        ("我的卡一直是闺女帮我管着她今天没空我自己来取三千块钱", "take_ticket"),
        # the money brought home is still talk, and errand scams stay scams
        ("我的退休金卡一直是儿子帮我取 每个月给我送来 孝顺得很", "unknown"),
        ("闺女平时给我送钱过来 孝顺得很", "unknown"),
        ("孙子打电话说他出事了 让我把钱取出来送过去 他同学在楼下等着拿", "fraud_check"),
        ("电话里的人说是我孙子 叫奶奶把五万块取出来送来 别告诉他爸妈", "fraud_check"),
        ("有个人说是我儿子的同事 让我把钱取出来送过来", "fraud_check"),
        ("我女儿每次都给我取出来送过来 这回那个人说让我自己取了送到楼下 他来拿", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecondReviewAPlainTermDepositRequest:
    """19b, 3. 我存个定期 (the plain 我 + verb) and 存个定期 with its term are requests."""

    CASES: ClassVar[list[Any]] = [
        ("我存个定期", "take_ticket"),
        ("我存个死期", "take_ticket"),
        ("存个定期 三年的", "take_ticket"),
        # our own
        ("我办个存单", "take_ticket"),
        ("俺存个定期 五万", "take_ticket"),
        ("存个死期 五年的", "take_ticket"),
        # the product questions stay questions, and the scams scams
        ("存个定期安全吗", "explain_product"),
        ("存个定期好还是买理财好", "explain_product"),
        ("存个定期三年的利息多少", "explain_product"),
        ("有个人打电话说是银行的经理 说帮我存个定期利息高 让我把钱先转给他", "fraud_check"),
        ("对方自称银行客服 说给我办个定期 要我把验证码念给他", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestSecondReviewACountedSumNotABookTitle:
    """19b, 4. `lent_sum` takes counted sums (三千, 几百), not the 百 / 千 of a book's title."""

    CASES: ClassVar[list[Any]] = [
        ("我爸在抖音上认识个书友 常问他借百科全书看", "unknown"),
        ("我在快手上认识个老师 跟他借了本千字文", "unknown"),
        # our own
        ("我妈在抖音上认识个书友 常跟她借百家姓看", "unknown"),
        # counted sums lent stay scams
        ("快手上认识的大哥说他急用 要我借他三千", "fraud_check"),
        ("我爸在抖音上认识个女的 天天问他借几百块", "fraud_check"),
        ("网上认识的朋友跟我借了好几千", "fraud_check"),
        ("我妈在抖音上认识个大师 那人找她借了两万块", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)
