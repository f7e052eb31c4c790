"""Chinese, round nineteen: a friend met online who borrows, offices' news, errands elsewhere.

final21 (zh_CN, 156, studied now) read 145: one scam missed (a man met on 抖音 borrows
80,000 and promises 120,000 back), six off-topic sentences taken as a task and four
requests read unknown. By what a person hears in them:

- A. someone met online (抖音, 快手, 网上认识, 直播间, 群里的老师) who borrows money or
  asks one to put money in -- a scam sign; everyday talk of the internet and of a loan
  to a neighbour stays unknown;
- B. news from an office or the police (社保局说养老金要涨, 派出所来讲防诈骗, 国税局说不用
  交个税) asks nothing of the bank -- unknown; a caller from an office who asks for money,
  a code or a fee stays fraud_check;
- C. an errand for another office or app (身份证过期了要去换, 医院挂号的软件), a relative who
  manages one's card praised -- unknown; requests of the same words are kept;
- D. dialect and the recogniser's forms: Cantonese 唔见咗, 冇咗, 点算, 系啊; 音行 for 银行,
  存着 for 存折, 滴 for 的;
- E. ADR 0114's left items: a relative's "先别告诉孩子们", 我想存个定期 alone, a surprise
  that "won't work if told".

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round
(main 5d021a9). First contact (right of written), 30/42:

=====================  ==========================
class                  first contact
=====================  ==========================
A met online, borrows   11/13
B offices' news          6/9
C errands elsewhere      6/8
D dialect, recogniser    3/7
E left from 0114         4/5
=====================  ==========================

After the round 42/42. See docs/design/0116-zh-round-nineteen.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise

# A. Someone met online borrows or asks money in: a scam sign. Everyday talk stays unknown.
MET_ONLINE = [
    (
        "微信上认识的一个老哥说他在外地包了个工地 钱压住了 问我借五万 过年连本带利还我七万",
        "fraud_check",
    ),
    (
        "我在快手上认识个大妹子 天天喊我哥 她说她舅舅有个项目 拉我先投三万 一个月就回本",
        "fraud_check",
    ),
    ("直播间的大师说我跟他有缘 叫我交两千保证金 保我孙子考上大学", "fraud_check"),
    ("网上交的一个朋友说他在外地回不来 叫我先借他两万 回来还我三万", "fraud_check"),
    ("群里的老师天天给我们讲课 说跟着他买的东西能赚钱 叫我先转一万进去", "fraud_check"),
    ("网上认识的一个老伴儿说想跟我过日子 可他生意上缺点钱 让我先帮他垫上", "fraud_check"),
    (
        "抖音上有个妹子跟我聊得可投缘了 她说开店差点货款 叫我先借她三万 下个月还我四万",
        "fraud_check",
    ),
    ("快手上认识的老大哥说他承包了个鱼塘 缺点钱 问我能不能借他五万 年底还我八万", "fraud_check"),
    ("网上认识的一个女的对我特别好 天天问寒问暖 她说她弟弟要结婚 叫我借她两万", "fraud_check"),
    ("孙子在网上给我买了个按摩椅 可舒服了", "unknown"),
    ("我借给邻居两百块买菜 第二天他就还了", "unknown"),
    ("女儿在抖音上教我跳广场舞 我学会两支了", "unknown"),
    ("我在快手上认识几个唱戏的老姐妹 天天一起唱", "unknown"),
]

# B. News from an office or the police asks nothing; a caller who asks stays a scam.
OFFICES_NEWS = [
    ("税务局的人来小区给我们讲怎么交房产税 讲得挺清楚", "unknown"),
    ("听说社保局今年又要给退休的涨医保报销", "unknown"),
    ("派出所的民警昨天上门来登记户口 人挺客气", "unknown"),
    ("社区的警察给我们发了防骗的小册子 我带回家给老伴看了", "unknown"),
    ("派出所的警察来我们楼里讲防诈骗 讲得真好 我都记下来了", "unknown"),
    ("国税局说今年退休金不用交个税 我儿子说是真的", "unknown"),
    ("自称社保局的人打电话来 要我把手机上收到的验证码念给他", "fraud_check"),
    ("有人打电话说能给我退税 要我先交三百块手续费", "fraud_check"),
    ("打电话的说他是公安局的 说我的卡涉嫌洗钱 叫我把钱转到他那边", "fraud_check"),
]

# C. An errand for another office or app, a relative praised; requests kept.
ERRANDS_ELSEWHERE = [
    ("社保局在哪条街啊 我的社保卡要去换个新的", "unknown"),
    ("医院那个预约挂号的小程序我老是点错", "unknown"),
    ("车管所排了老长的队 驾照今天没换成", "unknown"),
    ("我的工资卡都是老伴在管 她记账可仔细了", "unknown"),
    ("去医院挂号那个APP我老是不会用 还得叫闺女来", "unknown"),
    ("我的退休金卡一直是儿子帮我取 每个月给我送来 孝顺得很", "unknown"),
    ("我想取两千块钱", "take_ticket"),
    ("孙子帮我装的手机银行 我不会看余额", "mobile_banking_help"),
]

# D. Dialect and the recogniser's forms.
DIALECT = [
    ("我本存折唔见咗 点算啊", "lost_card"),
    ("我张卡冇咗", "lost_card"),
    ("我想开个 存着", "open_account"),
    ("音行卡丢了 帮我挂失", "lost_card"),
    ("手机 音行 登不上去了", "mobile_banking_help"),
    ("系啊 是滴", "yes"),
    ("我滴卡找不着了", "lost_card"),
]

# E. ADR 0114's left items (the two a relative's 他说 still leaves are in the review file).
LEFT_FROM_0114 = [
    ("我老头子说这事先别告诉孩子们 省得他们操心", "unknown"),
    ("我闺女让我别听银行的人瞎推销 我想问问国债", "explain_product"),
    ("我想存个定期", "take_ticket"),
    ("孙女说先别告诉她爸 说了就不灵了 她要给她爸一个惊喜", "unknown"),
    ("那人说这事别告诉家里人 说了就不灵了 先把钱转过来", "fraud_check"),
]

ALL = MET_ONLINE + OFFICES_NEWS + ERRANDS_ELSEWHERE + DIALECT + LEFT_FROM_0114


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_nineteen(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# Lookalikes of the new spellings and words: each stays as it was.
LOOKALIKES = [
    ("没关系啊", "unknown"),
    ("好滴", "yes"),
    ("孙子在快手上直播 问我借了两百块买话筒", "unknown"),
    ("我在网上认识了几个老姐妹 天天一起唱歌", "unknown"),
]


@pytest.mark.parametrize(("text", "want"), LOOKALIKES)
def test_round_nineteen_lookalikes(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("声音行不行", "声音行不行"),
        ("一滴水", "一滴水"),
        ("打点滴", "打点滴"),
        ("滴滴打车", "滴滴打车"),
        ("钱都存着呢", "钱都存着呢"),
        ("少一点算了", "少一点算了"),
        ("开个存着", "开个存折"),
        ("掌上音行", "掌上银行"),
        ("我张卡冇咗", "我张卡没了"),
        ("点算好", "怎么办"),
    ],
)
def test_round_nineteen_spellings(said: str, written: str) -> None:
    assert normalise(said, "zh_CN") == written
