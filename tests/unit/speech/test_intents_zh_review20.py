"""Reviews 20 and 20b of the Chinese word lists (ADR 0120, "After review"): findings as sentences.

A read-only reviewer found nine problems in round twenty (f8bbe5c, 58121ee). Scams first:
`pressure` without bare 要交/得交/罚款 lost office, lawyer and 医保局 fine demands (P2);
`romance_money` without bare 借 lost loans asked with no sum (P4); the booking phrases
网上…约好 hid `contact`'s 网上 (P5). Then false alarms on family talk: the new_phone rule
counted the customer's own 买/付款/转账 (P1), the relative-in-trouble rule had no demand
(P3). Then lost requests: stop/louder/bigger_text `elsewhere` words said after the request
vetoed it (P6). Then the rest: other offices' apps vetoed the bank's app (P7), check_in's
channel phrases (P8), 你们的职员 in a retiree's story (P9). Sentences are written as speech
arrives (spaces, no punctuation). "our own" marks siblings written for this file.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestOfficeDemandIsAScam:
    """P2. An office demanding thousands (要交, 得交, 罚款 … 千/万), or money for a relative."""

    CASES: ClassVar[list[Any]] = [
        ("派出所的说我外孙在他们那儿 要交一万块才能回家", "fraud_check"),
        ("公安局的说我儿子在那边惹了麻烦 要交两万块", "fraud_check"),
        ("公安局的人说 我儿子在外地出了点事 要交五千块 我现在去取", "fraud_check"),
        ("律师说我儿子在里面 要交三万块钱才能保出来", "fraud_check"),
        ("医保局的说我医保卡违规了 得交五千块罚款才能恢复", "fraud_check"),
        ("民政局的说我的低保要取消 得交两千块才能保留", "fraud_check"),
        ("居委会的大姐说 下个月养老金要涨 得交一千块钱手续", "fraud_check"),
        # already missed before the round: 民警, 交警 are offices too; a fine sent to their account
        ("民警说我孙子跟人打架了 要交五千块罚款", "fraud_check"),
        ("交警队说我车子违章了 要交罚款 汇到他们的账号里", "fraud_check"),
        # our own
        ("税务局的说我去年的房子没交税 得交三万块 不然要起诉", "fraud_check"),
        ("法院的人说我女婿欠了钱 要交保证金两万才能出来", "fraud_check"),
        ("辅警说我外甥在所里 得交八千块才放人", "fraud_check"),
        ("检察院的打电话说我涉嫌洗钱 得交五万保证金", "fraud_check"),
        ("有人说他在派出所上班 说我孙子被抓了 要交两万才能放人", "fraud_check"),
        # a small fine or fee told as news stays unknown (ADR 0120)
        ("超速被警察拍了 要交两百块罚款", "unknown"),
        ("居委会说老年卡要交二十块钱工本费", "unknown"),
        ("上个月闯了个红灯 交警说要交一百块罚款 我去交警队交过了", "unknown"),
        ("派出所说办身份证要交二十块", "unknown"),
        ("我儿子是派出所的民警 工资一个月五千块", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestARelativesStoryAsksNothing:
    """P3. A relative who works for an office, or a matter settled, is no demand."""

    CASES: ClassVar[list[Any]] = [
        ("我儿子是警察 前几天抓了个酒驾的 罚了两千", "unknown"),
        ("我孙子在派出所上班 天天处理打架的 一个月工资五千", "unknown"),
        ("我女儿是律师 专门给出车祸的人打官司 一个案子收两万", "unknown"),
        ("我侄子在法院上班 说现在打架的赔钱都赔好几万", "unknown"),
        ("我儿子开车出车祸了 警察处理完了 保险公司赔了两万", "unknown"),
        ("我孙子跟同学打架 派出所叫家长去 我把他领回来了 没花钱", "unknown"),
        # our own: a demand word, but the relative's own job (kin_official)
        ("我外孙在公安局上班 说现在酒驾的罚款都是几千块", "unknown"),
        # the demand for a relative still reads (ADR 0120's guards)
        ("派出所说我孙子打架了 要交五千块罚款", "fraud_check"),
        ("警察说我儿子酒驾了 罚款两万 交了就没事", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestANewPhoneAsksToSend:
    """P1. A relative's new phone is a scam sign only when he asks money sent (send_ask)."""

    CASES: ClassVar[list[Any]] = [
        ("孙子换了个新手机 旧的给我了 我就用它看个视频 买个菜", "unknown"),
        ("孙子换了新手机 旧的给我了 我想学学用手机银行转账", "mobile_banking_help"),
        ("女儿换了新手机 把旧的给我用 你教我怎么在上面转账", ("mobile_banking_help", "unknown")),
        ("儿子换了新手机 教我用手机付款 我学不会", ("mobile_banking_help", "unknown")),
        ("我孙子换了新手机 说能投屏 在电视上看照片可清楚了", "unknown"),
        ("闺女换了新手机 说下个月给我买个新的 八百块的", "unknown"),
        ("女儿换了新手机 旧手机给我用 付款码在哪儿找啊", ("mobile_banking_help", "unknown")),
        ("我孙女换新手机了 她说用新手机转账更快", "unknown"),
        ("孙子换新手机了 我得赶紧给他包个红包 五百块", "unknown"),
        ("孙女换了个新手机 让我帮她把旧手机卖了 卖了五百块", "unknown"),
        # the asks still read
        ("孙子用新手机给我打电话 说他出事了 要我转两万", "fraud_check"),
        ("儿子发消息说他换新手机了 让我先打三万块给他 急用", "fraud_check"),
        ("我闺女说她换了个新手机 这两天急着要五千块钱", "fraud_check"),
        ("儿子说他换了新手机 叫我赶紧打五千块过去", "fraud_check"),
        # our own
        ("女儿说她换了新手机 叫我把钱汇过去 她等着用", "fraud_check"),
        ("孙女说她换了个新手机 让我给她转五千块钱交房租", "fraud_check"),
        ("外孙说他用新手机给我打的 要我给他转一万块交学费", "fraud_check"),
        ("我孙子换了新手机 叫我把旧的拿去卖了 能卖五百块", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAnOnlineFriendAsksALoan:
    """P4. An online friend asking a loan with no sum (又要借, 管我借, 借他点, 利息) is a scam."""

    CASES: ClassVar[list[Any]] = [
        ("网上认识的那个女的这次又要借 我都借了好几回了", "fraud_check"),
        ("网上认识的朋友老是管我借 这回又来了", "fraud_check"),
        ("网上认识的大姐说急着要用 问我能不能借她", "fraud_check"),
        ("网友说他被困在国外了 借他点就能回来", "fraud_check"),
        ("网上认识一个老板 他说借他十天 给我三分利息", "fraud_check"),
        ("我妈网上认识个老头 老跟她借 我们都劝不住", "fraud_check"),
        (
            "我跟你说啊我那个网上认识的老伴儿啊他说他在外面做生意这回又要借我这都第三回了你说我借不借",
            "fraud_check",
        ),
        # our own
        ("网友说他手头紧 还要借 说下个月连本带利还我", "fraud_check"),
        ("网友老跟我借钱", "fraud_check"),
        # a book or an umbrella is no loan (ADR 0120)
        ("网上认识的老哥 我借了他一把伞 还没还我", "unknown"),
        ("网上认识的书友 我借她几本书看", "unknown"),
        ("网上认识的老姐妹 借了我一本菜谱", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestABookingOnlineKeepsItsContact:
    """P5. 网上 stays the scam rules' contact word; 约好了 alone is the check-in."""

    CASES: ClassVar[list[Any]] = [
        ("我孙子在网上帮我约好了 那个客服说来了就把存款转到新账户", "fraud_check"),
        ("网上帮我约好的那个银行客服说我的卡要升级 让我转五千块进去验证", "fraud_check"),
        ("我老战友在网上给我约好了 说他儿子住院了 急需三万块", "fraud_check"),
        ("网上约好的客服让我今天来转账", "fraud_check"),
        ("我在网上约好了 来办定期的", "check_in"),
        ("我前两天在网上约好了 今天下午来开个户", "check_in"),
        ("我在网上预约好了今天来换张新卡的", "check_in"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestARequestBeforeItsReason:
    """P6. 够用了, 新手机, 看电视, 电视声音, 铃声, 老手机, 报纸上的字 after a request: no veto."""

    CASES: ClassVar[list[Any]] = [
        ("够了够了 足够了 别念了", "stop"),
        ("好了 足够了 你别讲了", "stop"),
        ("行了 这些就够用了 不用说了", "stop"),
        ("可以了可以了 够用了 不用念了", "stop"),
        ("你别说了 我新手机响了", "stop"),
        ("别说了 别说了 我孙子给我买了个新手机 我自己会弄", "stop"),
        # 停一下停一下 孙女给我买了个东西: test_intents_veto_0139.py (ADR 0139)
        ("大声点 我听不见 我家手机铃声我都听不见", "louder"),
        ("声音大一点 我耳朵背 在家看电视都开得很大", "louder"),
        ("你说话声音大一点 我家老头子看电视声音开得老大 我耳朵都背了", "louder"),
        ("你把字弄大点 我老花眼 报纸上的字都看不清了", "bigger_text"),
        ("放大一点 我看不清 我那个老手机字大", "bigger_text"),
        # held
        ("别说了 我手机响了", "stop"),
        ("字大一点 我看不清", "bigger_text"),
        ("我在家看电视都得开很大声 你这个声音太小了 听不清", "louder"),
        ("我铃声响了 你先停一下", "stop"),
        # our own
        ("不用说了 够了 我都知道了 我孙子给我买了个新手机 他教过我", "stop"),
        ("大点声 我听不清 我家电视都开得很大", "louder"),
        ("把字放大 我眼睛不好 看报纸都得戴眼镜", "bigger_text"),
        # the stories stay unknown (final22, ADR 0120)
        (
            "我孙女给我买了个新手机 拍照可清楚了 就是字太多我也用不来几样 反正打个电话看个视频够了",
            "unknown",
        ),
        ("孙子给我手机里下了好多软件 我就会用微信跟他视频 别的也用不着 够用了", "unknown"),
        ("老伴晚上看电视声音开得老大 隔壁都听得见", "unknown"),
        ("我那个老手机是按键的 字大 用着顺手 孩子们非让我换 我不换", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# P6, left: 手机上的字 and 给我调大 also tell probe15's "我手机上的字太小了 孙子给我调大了" story
# (unknown); only the order tells the request, and lifting a veto for a request said *before*
# the elsewhere word is shared code (cue_index._asked_after), outside zh_CN's files.
@pytest.mark.parametrize(
    "text",
    [
        # was a strict xfail (an elsewhere word after the request vetoed it); read right since
        # ADR 0142
        "字太小了 看不清 我手机上的字都是孙子给我调大的",
        pytest.param(
            "你们这个字太小了我眼睛不好我孙子给我手机上的字都调大了你也给我调大点",
            marks=pytest.mark.xfail(
                strict=True,
                reason="an elsewhere word after the request still vetoes it: needs an 'asked "
                "before' in the shared cue_index (review 20, P6), not a zh_CN word",
            ),
        ),
    ],
)
def test_bigger_text_asked_before_its_phone(text: str) -> None:
    _check(text, "bigger_text")


class TestTheRest:
    """P7 other offices' apps, P8 check_in's channel phrases, P9 你们的职员."""

    CASES: ClassVar[list[Any]] = [
        # P7
        ("医保app我不会用 你们手机银行能不能交医保", "mobile_banking_help"),
        ("我想在手机银行上交社保 社保app太难用了", "mobile_banking_help"),
        ("个税app说我能退两百块 我孙子帮我弄好了", "unknown"),
        ("手机上那个个税软件说我能退两百多块 我儿子帮我弄好了", "unknown"),
        ("打电话的说个税app上能退税 要我先交五百手续费", "fraud_check"),
        ("中奖了 说要先交个税才能领", "fraud_check"),
        # P8
        ("我在手机银行上预约了转账 钱怎么还没到", "mobile_banking_help"),
        ("我在手机银行上设置了定时转账 怎么没转过去", "mobile_banking_help"),
        ("我在手机上约好了 来办定期的", "check_in"),
        ("我在手机上约好了 来办理财", "check_in"),
        ("我在手机上约好了 来办存单", "check_in"),
        ("儿子在app上给我约好了 今天来开户", "check_in"),
        ("我在手机银行上预约了今天上午来取大额现金", "check_in"),
        ("我在手机上预约好了今天来办理财的", "check_in"),
        # a ride booked on the phone is no visit (read mobile_banking_help, as before the round)
        ("我在手机上约了个车 等会儿来接我", ("unknown", "mobile_banking_help")),
        # P9
        ("我退休前就是你们的职员 在这干了三十年", "unknown"),
        ("我老伴以前是这里的职员 现在退休了", "unknown"),
        ("唔该帮我叫个职员过来", "call_staff"),
        ("麻烦找个职员来帮我看看", "call_staff"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


# ---------------------------------------------------------------------------
# Second review (review 20b, of the first mend fe88dc0; ADR 0120 "After review", second
# review). R1: a relative's boss or colleague demanding money was hidden by the office rules'
# `unless: [kin_official]`. R2: the narrowed send_ask lost new-phone asks (打到这个卡上,
# 取出来给他, 帮他还, 你先给我打两万). Then false alarms: 打 as a call or a taxi and 急着要 a
# charger (R3), 交钱 in `demand` even in 不用交钱 (R4), 千万别 and 万一 read as a sum (R5),
# bare 利息 and 能不能借 a car with a relative's boyfriend (R6). R7: the ride words vetoed a
# booking said before them.


class TestARelativesBossDemands:
    """R1. The relative's job is no demand, but his boss or colleague demanding money is."""

    CASES: ClassVar[list[Any]] = [
        ("我外孙在法院工作 他领导说他弄丢了案卷 得交三万块才能了事", "fraud_check"),
        ("我外孙在派出所上班他领导说他犯了纪律得交三万块才能了事", "fraud_check"),
        # held by other rules (说是, 不然就, 保证金)
        ("我孙子在派出所上班 他同事说他犯了错误 要交两万块罚款 不然就开除", "fraud_check"),
        ("我儿子在公安局上班 他们领导说他违反纪律了 要交五万块保证金", "fraud_check"),
        # our own
        ("我儿子在交警队上班 单位的人说他违规了 要交八千块罚款", "fraud_check"),
        ("我孙女在检察院上班 她领导打电话说她把公章弄丢了 得交两万块才能摆平", "fraud_check"),
        # the relative's own job or a colleague's wedding stays family talk
        ("我女儿当律师的 有个案子 要交诉讼费 好几千呢", "unknown"),
        ("我外孙在公安局上班 说现在酒驾的罚款都是几千块", "unknown"),
        ("我女儿在法院工作 她同事的孩子结婚 她要交两百块份子钱", "unknown"),
        ("我女儿在法院工作 她领导说她今年评了先进 奖了两千块", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestANewPhoneAsksMoneySentOn:
    """R2. A relative with a new phone asking money sent to a card, taken out or a debt paid."""

    CASES: ClassVar[list[Any]] = [
        ("我孙子换了新手机 让我把五万块钱打到这个卡上", "fraud_check"),
        ("儿子换了个新手机 说这两天手头紧 让我帮他还个信用卡 一万多", "fraud_check"),
        ("我儿子换了个新手机 他说他要做生意 叫我把存的那五万取出来给他", "fraud_check"),
        ("孙子说他换新手机了 钱要打到他同学卡上 三万", "fraud_check"),
        ("奶奶 我换了新手机 这是我新号 你先给我打两万 我明天还你", "fraud_check"),
        # the round's own asks still read
        ("妈 我换新手机了 你给我汇三万过来", "fraud_check"),
        ("儿子换了新手机 叫我把那三万块钱存到他朋友卡上", "fraud_check"),
        ("我儿子说他换了新手机叫我赶紧给他打五千块钱过去他急用", "fraud_check"),
        ("我妈的孙子换了新手机她说孙子叫她打两万到一个卡上是不是骗子", "fraud_check"),
        # our own
        ("女儿说她换了个新手机 让我把钱转到她同事卡上 两万", "fraud_check"),
        ("外孙换了新手机 说让我帮他还网贷 八千块", "fraud_check"),
        ("孙女换了新手机 非要我替她还花呗 五千多", "fraud_check"),
        # money coming to me, or paid by me, is no ask
        ("我孙子换了新手机 把钱打到我卡上了 给我过生日", "unknown"),
        ("儿子换了新手机 我帮他还了旧手机的分期 三百块", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestANewPhoneCallOrRideIsNoAsk:
    """R3. 打 is also a call or a taxi, 急着要 also a charger: the sum must be in the ask."""

    CASES: ClassVar[list[Any]] = [
        ("孙子换了新手机 叫我打个电话过去试试 话费一个月才十块钱", "update_details"),
        ("儿子换了新手机 让我给他打个电话 看看通不通 我这个月话费还剩二十块", "update_details"),
        ("儿子换了新手机 让我打车去他家拿旧手机 打车花了三十块", "unknown"),
        ("儿子换了新手机 他急着要我那个旧充电器 我给他寄过去了 邮费十块", "unknown"),
        # our own
        ("孙女换了新手机 叫我给她打个视频 流量就几块钱", "unknown"),
        ("儿子换了新手机 叫我打个电话给他 我这电话费一个月五十块", "update_details"),
        ("儿子换了新手机 急着要我那个旧充电线 邮费八块", "unknown"),
        # a discount is no ask (not a bare 打 万)
        ("孙子换了新手机 打完折五千块", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestAnOfficeSaysItIsFree:
    """R4. 不用交钱 is no demand: 交钱 is not in `demand` (要交, 得交 are)."""

    CASES: ClassVar[list[Any]] = [
        ("派出所说办身份证不用交钱 带个户口本就行", "unknown"),
        ("交警说电动车上牌不用交钱 我来问问要不要带卡", "unknown"),
        ("社区的说老年补贴每个月三百 不用交钱", "unknown"),
        # our own
        ("派出所说补办户口本不用交钱", "unknown"),
        ("税务局说卖房子的钱不用交钱 我放心了", "unknown"),
        ("公安局的说我涉嫌洗钱 要交钱才能解冻", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestByAllMeansIsNoSum:
    """R5. 千万别 and 万一 are no thousands: a sum is a number before 千/万 (big_sum)."""

    CASES: ClassVar[list[Any]] = [
        ("交警说千万别酒驾 酒驾罚款可重了", "unknown"),
        ("我儿子是交警 他说千万别闯红灯 罚款两百", "unknown"),
        ("居委会说万一老伴住院了 医保要交够年限才能报", "unknown"),
        ("社保局的人说医保千万要交 不然看病报不了", "unknown"),
        # our own
        ("我儿子是交警 他说万一闯红灯 罚款两百", "unknown"),
        ("医保局的说千万记住 下个月医保要交三百多", "unknown"),
        ("居委会的说万一家里进了小偷 赶紧给派出所打电话", "unknown"),
        # the scams beside them still read; 三万一 is a sum
        ("千万别告诉你儿子 派出所说要交两万才能放人", "fraud_check"),
        ("派出所的说我孙子打架了 千万别声张 要交两千块", "fraud_check"),
        ("派出所的说千万别声张 你孙子在我们这儿 要交三万一才能放人", "fraud_check"),
        ("孙子打电话说他出事了 急需三万一", "fraud_check"),
        ("公安局的人说我儿子被抓了 要交十来万保证金", "fraud_check"),
        ("社保局的说我的医保卡违规了 得交上万块罚款", "fraud_check"),
        # a caller's hush read by 千万's 千/万 as money before: now by hush_verb's longer reach
        ("那个警察叫我千万别跟家里的任何人说", "fraud_check"),
        ("那个警察叫我别跟家里的任何人说", "fraud_check"),
        ("对方叫我千万不要跟你家里的那些人讲", "fraud_check"),
        ("医生叮嘱我千万别跟家里的任何人说 怕他们担心", "unknown"),
        # ADR 0120's accepted cost: 好几千 is a sum
        ("交警说千万不要酒后开车罚款要好几千呢", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestABoyfriendTalksInterest:
    """R6. Interest promised to you (给我三分利息) is a loan sign; bare 利息 or a car is not."""

    CASES: ClassVar[list[Any]] = [
        ("我女儿的男朋友说现在定期利息太低了 我想问问有什么理财", "explain_product"),
        ("孙女的男朋友问能不能借我们家的车用用", "unknown"),
        # our own
        ("我女儿的男朋友在银行上班 说现在贷款利息降了", "explain_product"),
        ("孙女的男朋友问能不能借一下我的电动车", "unknown"),
        # loans with interest promised, or with no sum, still read
        ("网上认识一个老板 他说借他十天 给我三分利息", "fraud_check"),
        ("网上认识的男的 问我能不能借他一点 给我利息", "fraud_check"),
        ("网上认识的老王 老管他借 说给他利息", "fraud_check"),
        ("网上认识的男的让我也借点给他 到时候连本带利还我", "fraud_check"),
        ("网上认识的大姐说急着要用 问我能不能借她", "fraud_check"),
        ("网上认识的男的问我能不能借他 说下个月还", "fraud_check"),
        ("网上认识的大哥说借他五千 每个月付我利息", "fraud_check"),
        ("网友说借她一万 给你三分利息", "fraud_check"),
        ("邻居老张跟我借了两万 说给我算利息", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestARideAfterTheBooking:
    """R7. How one came (打了个车, 叫了个车) told after the booking is no veto of it."""

    CASES: ClassVar[list[Any]] = [
        ("我跟你们经理约好了十点 打了个车过来的", "check_in"),
        ("约好了十点 叫了个车来的 路上堵 晚了一点", "check_in"),
        ("我在手机上约好了 来办理财的 女儿给我叫了个车送过来", "check_in"),
        # our own
        ("我约了你们经理两点 女儿给我叫了辆车送来的", "check_in"),
        # a ride booked on the phone stays no visit (review 20, P8)
        ("我在手机上约了个车 等会儿来接我", ("unknown", "mobile_banking_help")),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)
