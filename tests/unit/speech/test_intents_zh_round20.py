"""Chinese, round twenty: family stories about phones, a booking's channel, dialect, 0118's left.

final22 (zh_CN, 156, studied now) read 152: no scam missed, one off-topic sentence taken as
a task (a grandchild's new phone read stop) and three requests lost (a booking made on the
phone read mobile_banking_help; Cantonese 唔该 … 叫个职员 and Wu 覅弄了 unread). By what a
person hears in them:

- A. a story about one's own phone, TV or grandchildren that asks nothing (够了, 字, 看视频
  told as how things are) -- unknown; a real control request (字大一点, 别说了) stays;
- B. a check-in told by the booking's channel (在手机上 / 网上 / 电话里 预约好了, 今天来办) --
  check_in; a question about how to book in the app stays mobile_banking_help;
- C. dialect: Cantonese 唔该, 揾, 咁, 睇, 嚟; Wu 覅, 弗要, 勿要, 阿拉, 侬 -- read as the
  kiosk's words; 阿拉伯 and the like stay as they are;
- D. ADR 0118's left items: a fine or 补缴 told as news, a book lent to a friend met
  online, a real tax app's refund, a relative's "先别告诉孩子们".

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round
(main 456333c; 37 written and run, then 6 more written and run, all before any change).
First contact (right of written), 31/43:

=====================  ==========================
class                  first contact
=====================  ==========================
A family stories        8/10
B booked by channel     9/11
C dialect              5/10
D left from 0118        9/12
=====================  ==========================

After the round 42/43: one of D (a back payment settled in person) is left, a strict
xfail below. The scam siblings and spellings after the table were written during the
round. See docs/design/0120-zh-round-twenty.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise

# A. A story about one's own phone, TV or grandchildren asks nothing; real controls stay.
FAMILY_STORIES = [
    ("闺女给我装了个网络电视 台多得数不过来 我就看个新闻联播 够了", "unknown"),
    ("儿子给我买的平板 屏幕挺大 我平时就拿它听听戏看看视频", "unknown"),
    ("我那个老手机是按键的 字大 用着顺手 孩子们非让我换 我不换", "unknown"),
    ("外孙女寒假回来天天抱着手机刷视频 叫她吃饭都不停", "unknown"),
    ("老伴晚上看电视声音开得老大 隔壁都听得见", "unknown"),
    ("孙子给我手机里下了好多软件 我就会用微信跟他视频 别的也用不着 够用了", "unknown"),
    ("字太小了 能不能弄大点", "bigger_text"),
    ("好了好了 别说了", "stop"),
    ("声音太小了 我听不清", "louder"),
    ("够了够了 不用再讲了", "stop"),
]

# B. An appointment made earlier by phone, online or in the app: check_in.
BOOKED_CHANNEL = [
    ("我前两天在网上约好了 今天下午来开个户", "check_in"),
    ("上礼拜打电话约好了 今天过来办定期", "check_in"),
    ("我闺女在你们app上帮我预约的 今天十点来办理财", "check_in"),
    ("电话里跟你们约好了 今天来签字的", "check_in"),
    ("我在手机银行上预约了今天上午来取大额现金", "check_in"),
    ("手机银行上怎么预约啊", "mobile_banking_help"),
    ("我想在手机上预约 可是不会弄", "mobile_banking_help"),
    ("我在手机上挂了医院的号 下午去看牙", "unknown"),
    ("儿子在手机上给我约好了 今天来办个存单", "check_in"),
    ("我在网上预约好了今天来换张新卡的", "check_in"),
    ("我上个礼拜在手机上约了今天来办养老金的事", "check_in"),
]

# C. Dialect: Cantonese and Wu forms of the kiosk's words.
DIALECT = [
    ("唔该 揾个人过嚟帮下我", "call_staff"),
    ("唔该你叫个人过来帮我睇下", "call_staff"),
    ("覅讲了", "stop"),
    ("弗要念了 我晓得了", "stop"),
    ("勿要讲了", "stop"),
    ("阿拉张卡寻不着了", "lost_card"),
    ("侬好 我要取钞票", "take_ticket"),
    ("咁细个字我睇唔到", "bigger_text"),
    ("唔该 我想取钱", "take_ticket"),
    ("我去阿拉伯旅游刚回来", "unknown"),
]

# D. ADR 0118's left items: news with no caller, a borrowed book, a real tax app, family.
LEFT_FROM_0118 = [
    ("上个月闯了个红灯 交警说要交一百块罚款 我去交警队交过了", "unknown"),
    ("街道的人说今年城乡医保要补缴 我叫儿子去办了", "unknown"),
    ("打电话的说他是交警队的 我有罚款没交 叫我转到他给的账户上", "fraud_check"),
    ("自称社保局的打电话说我社保要补缴 让我把钱打到一个账户上", "fraud_check"),
    ("网上认识的老哥 我借了他一把伞 还没还我", "unknown"),
    ("手机上那个个税软件说我能退两百多块 我儿子帮我弄好了", "unknown"),
    ("老伴说他住院的事先别告诉闺女 怕她担心", "unknown"),
    ("城管说我在门口摆摊要罚五十块 我当场就交了", "unknown"),
    ("我弟弟说他离婚这事先别告诉咱妈 等过完年再说", "unknown"),
    ("孙子说先别告诉奶奶 他给奶奶订了个生日蛋糕", "unknown"),
    ("那个人打电话说这事别告诉孩子们 叫我先转五万过去", "fraud_check"),
]

ALL = FAMILY_STORIES + BOOKED_CHANNEL + DIALECT + LEFT_FROM_0118


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_twenty(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# D, left: 补缴 stays a demand word (社保局的同志说我养老金要补缴八千块 is told the same way);
# only the later "I paid it at the window myself" settles it, which no scam rule reads. Was a
# strict xfail (a scam rule cannot read a settled clause; ADR 0120); read right since ADR 0142.
def test_a_back_payment_settled_in_person() -> None:
    assert offered("zh_CN", "社保局说我前年的医保断了两个月要补缴 我自己去窗口补上了") == "unknown"


# Written during the round: the office demands the narrower `pressure` must still read, and
# the lookalikes of the new words.
GUARDS = [
    ("派出所说我孙子打架了 要交五千块罚款", "fraud_check"),
    ("警察说我儿子酒驾了 罚款两万 交了就没事", "fraud_check"),
    ("社保局的同志说我养老金要补缴八千块", "fraud_check"),
    ("公安局的说我涉嫌洗钱 要交十万罚款", "fraud_check"),
    ("交警队的打电话说我有违章罚款没交 叫我转到他们账户上", "fraud_check"),
    ("我儿子是派出所的民警 工资一个月五千块", "unknown"),
    ("网上认识的一个男朋友说他在国外 要我借他五万块", "fraud_check"),
    ("打电话的说个税app上能退税 要我先交五百手续费", "fraud_check"),
    ("中奖了 说要先交个税才能领", "fraud_check"),
    ("停一下 我接个电话", "stop"),
    # found during the round (main read them unknown): a relative's "new phone" asking money
    ("儿子说他换了新手机 叫我赶紧打五千块过去", "fraud_check"),
    ("孙子说他换了个新手机 让我先转三千给他", "fraud_check"),
    ("我孙子换了个新手机 花了五千块", "unknown"),
    ("我闺女换了新手机 把旧的给我用了", "unknown"),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_round_twenty_guards(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("唔该帮我", "麻烦帮我"),
        ("揾个人", "找个人"),
        ("睇唔到", "看不到"),
        ("咁细个字", "这么细个字"),
        ("覅弄了", "不要弄了"),
        ("弗要讲了", "不要讲了"),
        ("阿拉张卡", "我张卡"),
        ("阿拉伯", "阿拉伯"),
        ("阿拉斯加", "阿拉斯加"),
        ("弗兰克", "弗兰克"),
        ("侬好", "你好"),
        ("寻不着", "找不着"),
    ],
)
def test_round_twenty_spellings(said: str, written: str) -> None:
    assert normalise(said, "zh_CN") == written
