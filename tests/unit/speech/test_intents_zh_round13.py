"""Chinese, round thirteen: final14's and probe14's off-topic misses by class (issue 11 §7).

final14 (run once after round twelve; studied from now on) read zh_CN 143/156
(2 scams missed, 6 of 32 off-topic taken); probe14 (304 sentences written
blind) 277 (5 of 80 scams missed, 17 of 120 off-topic taken). The off-topic
sentences taken share a few classes:

- A. a yes/no word inside a long story: 不要紧 "never mind", 不对 "who was
  wrong", the tag 中不中 "all right?" read as the answer "no";
- B. 得 as a complement marker (扎得真好看, 高兴得不得了, 急得直跺脚): the
  request shape 得 is the modal děi "must" (我得去, 还得), not the particle de
  after a verb or an adjective;
- C. wanting someone to talk to, or a compliment to the clerk (跟人说说, 找个人
  说说; 小姑娘 as a vocative before small talk) read as asking for staff;
- S. the scams missed (final14 2, probe14 5): a rate promised per period
  (一年返两万), a claimed official body or bank manager, a job bought through
  a go-between, a deed or cards taken away, kept away from the counter;
- D. another trade's service in the bank's words: a carer hired for the
  hospital, a transit card's yearly check, an identity card renewed at the
  police station, a train ticket, a door lock's code;
- E. the phone's other uses (games, operas, photos), screen words in a
  story's other sense (攒够了, 跟不上了, 慢了一点, 不办业务), and 小姑娘 said
  first as a vocative before a request (小姑娘，我想开个户);
- F. money given in the family (红包, 压岁钱) told with a channel (微信) read
  by the caution as a stranger's ask.

These sentences were written first, in other words and situations (none
copies or paraphrases a ``tests/data`` sentence), and run once on the code
before the round (main 59d05e7). First contact (right of written):

=====================  ==========================
class                  first contact
=====================  ==========================
A long story yes/no    5/8
A answers kept         8/8
B complement 得        7/8
C company, vocative    2/6
requests kept          10/10
S scams                5/8 (*)
S lookalikes kept      3/4 (*)
D other trades         4/6 (**)
D requests kept        3/3 (**)
E phone, times         4/7 (***)
E requests kept        2/3 (***)
F family gifts         0/2 (****), still 0/2: left (xfail)
F scams kept           2/2 (****)
=====================  ==========================

(*) written after A–C were fixed (commit dd11489) and run once on that code.
(**) written after S was fixed (commit 0400def) and run once on that code.
(***) written after R was fixed (commit 93f638b) and run once on that code.
(****) written after E was fixed (commit a3d8fdd) and run once on that code.

``AFTER_THE_FIX`` (final14's request misses, other words) was written after
their fix and run once: 7/8. The miss, 我想查一下帐户里还有多少, was my own
wrong expectation (a balance is no kiosk task: it reads ``unknown`` with 账
too); it was replaced by 帮我开个新帐户.

See docs/design/0085-zh-round-thirteen.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# A. A yes/no word inside a long story answers nothing.
LONG_STORY_ANSWERS = [
    ("大夫说我这血压不要紧，少吃点咸的就行，我这心才放下", "unknown"),
    ("昨天跟老伴下象棋，他悔了三回棋，我说他不对他还不服气", "unknown"),
    ("外头太阳太毒了，我在你们门口凉快一会儿行不行", "unknown"),
    ("楼上漏水把我家天花板泡了，物业说不归他们管，这不对吧", "unknown"),
    ("我想去公园跳广场舞，她们嫌我跳得不好，说我不行", "unknown"),
    ("我家猫昨晚没回来，今早自己回来了，是的就蹲在门口", "unknown"),
    ("孙子说周末带我去吃火锅，我说好啊好啊，高兴了一整天", "unknown"),
    ("过年回老家的车票买不着，闺女说不要紧开车接我", "unknown"),
]

# A. Short answers stay answers, the regional ones included.
SHORT_ANSWERS = [
    ("不对不对", "no"),
    ("不是这个", "no"),
    ("不要", "no"),
    ("对，就是它", "yes"),
    ("是的没错", "yes"),
    ("好的", "yes"),
    ("行", "yes"),
    ("不中", "no"),
]

# B. 得 after a verb or an adjective is a complement, not "must".
COMPLEMENT_DE = [
    ("我孙女舞跳得可好了，上回比赛还拿了个奖状回来", "unknown"),
    ("今天菜市场的西红柿卖得真便宜，我一下买了五斤", "unknown"),
    ("老伴做的红烧肉香得很，邻居闻着味都来串门", "unknown"),
    ("早上出门冻得我直哆嗦，这天变得也太快了", "unknown"),
    ("我儿子字写得漂亮，小时候拿过书法比赛第一名", "unknown"),
    ("你们门口那棵桂花开得真香，我每回路过都闻一闻", "unknown"),
    ("孙子考上了重点中学，我乐得一宿没睡着", "unknown"),
    ("隔壁张姐家的狗叫得可凶了，吓得我不敢出门", "unknown"),
]

# C. Wanting company, or praising the clerk, is no call for staff.
COMPANY = [
    ("老伴走了两年了，今天就是出来想跟人说说话，心里憋得慌", "unknown"),
    ("我家闺女要结婚了，高兴啊，就想找个人说说这事", "unknown"),
    ("小姑娘你这口音跟我老家的一样，你是不是也是四川的", "unknown"),
    ("小伙子你长得真精神，跟我孙子年轻时候一个样", "unknown"),
    ("姑娘你这衣服颜色真好看，在哪儿买的呀", "unknown"),
    ("我退休以后没人说话，来这里坐坐看看人，心里舒坦点", "unknown"),
]

# S. Scams told in shapes the lists did not hold: a rate promised per period
# (一年返, 每个月给…利息), someone who claims an official body or the bank's
# manager, a job bought through a go-between, a house deed or cards taken away,
# being told to keep away from the counter.
SCAMS = [
    ("邻居拉我入一个生态农庄，投五万每年返一万二，说到期本金全退", "fraud_check"),
    ("有个人说他是国家扶贫基金委员会的，交两百块登记费就能领三万补助", "fraud_check"),
    ("来了个自称你们行长助理的，说有个内部的理财名额，让我把存款转给他", "fraud_check"),
    ("街道上来了几个人说是民政局的，要把老人的存折收走统一登记", "fraud_check"),
    ("有人说能把我孙子安排进事业单位，先拿八万疏通，钱打到他老婆卡上", "fraud_check"),
    ("那个人让我把房本押给他们公司，说每个月给我五千利息", "fraud_check"),
    ("电话里那个人让我别去柜台，说柜员会多问，就在取款机上照他说的操作", "fraud_check"),
    ("有个自称是证监会的人打来，说我的股票账户涉案，要我配合", "fraud_check"),
]

# S. Talk near a scam's words that is no scam.
SCAM_LOOKALIKES = [
    ("我的定期存一年，利息有多少", "explain_product"),
    ("我不想去柜台排队，就在这机器上取钱", "take_ticket"),
    ("闺女每年给我五千块过年，我都存起来了", "unknown"),
    ("孙子考进了事业单位，我们全家都高兴", "unknown"),
]

# D. Another trade's service told in the bank's words: a carer hired at the
# hospital, a transit card's yearly check, an identity card renewed at the
# police station, a lost train ticket, a door or game that wants a code.
OTHER_TRADES = [
    ("我老伴腿摔断了，想请个保姆照顾她，你们认识靠得住的不", "unknown"),
    ("老年乘车卡过期了，要去车站年审，带身份证就行吗", "unknown"),
    ("身份证快到期了，得去派出所补办，要带照片不", "unknown"),
    ("高铁票在手机上买错了日子，退票要扣多少钱", "unknown"),
    ("楼下单元门换成刷脸的了，我这老脸它老认不出来", "unknown"),
    ("我家电动车的钥匙丢了，开不了锁，得找修车的", "unknown"),
]

# D. Requests about the same things at the bank stay requests.
OTHER_TRADES_KEPT = [
    ("我换了新身份证，要更新一下资料", "update_details"),
    ("电动车被偷了，车筐里的钱包和银行卡也没了，快挂失", "lost_card"),
    ("社保卡丢了，里面还有钱，怎么挂失", "lost_card"),
]

# R. Requests and answers final14 missed, said in other words and written after
# their fix (run once on it, see the docstring): south-western 对头/莫得/莫讲,
# the older spelling 帐 of 账, treasury bonds, a card "sealed", 讲英文.
AFTER_THE_FIX = [
    ("对头对头", "yes"),
    ("莫得，不是这个", "no"),
    ("莫讲了，我听明白了", "stop"),
    ("帮我开个新帐户", "open_account"),
    ("储蓄国债啥时候开始卖", "explain_product"),
    ("存折丢了，赶紧把卡封上", "lost_card"),
    ("你能讲英文吗", "change_language"),
    ("我孙子天天在抽屉里翻东西玩", "unknown"),
]

# E. The phone's other uses (games, operas, photos) and the screen words in a
# story's other sense: 攒够了 "saved up enough", 跟不上 "can't keep up with the
# times", 慢了一点 "I was a bit slow", 不办业务 "here on no business".
PHONE_AND_TIMES = [
    ("外孙女在手机游戏里养了条鱼，天天让我帮她喂，我哪会啊", "unknown"),
    ("手机相册里的照片满了，老伴说删几张，我一张都舍不得删", "unknown"),
    ("我在手机上看唱戏的视频，一会儿就要我登录，烦死了", "unknown"),
    ("我孙子往存钱罐里塞硬币，说攒够了买个滑板车", "unknown"),
    ("现在啥都扫码，我们这把年纪真跟不上了", "unknown"),
    ("早上打太极我动作慢了一点，师傅就说我偷懒", "unknown"),
    ("我不办业务，就在这儿等我老伴，他去对面买菜了", "unknown"),
    ("小姑娘，我想给我孙子开个账户存压岁钱", "open_account"),
    ("手机银行的登录密码忘了，进不去", "mobile_banking_help"),
    ("你说慢一点，我跟不上", "slower"),
]

# F. Money given in the family (a red envelope, New Year money, a child's
# filial gift) told with a channel (微信, 电话): no stranger, no caution.
# Left (ADR 0085): the caution (someone or a channel, and money) cannot tell a
# grandchild's gift from a stranger's ask; quiet_cautions was tried and quieted
# a real caution (涨价 is fraud_check's news word). 给我寄 "post to me" is no
# longer the post-cash sign (the second one read as a scam before).
FAMILY_GIFTS_LEFT = [
    ("闺女在微信上给我转了个八百块的红包，说给我买件新棉袄", "unknown"),
    ("孙子打电话来说压岁钱收到了，还说要给我寄一千块孝敬我", "unknown"),
]

FAMILY_GIFTS = [
    ("有人在微信上冒充我孙子，要我给他转五千块压岁钱，说别告诉他爸", "fraud_check"),
    ("有个陌生号码发消息说是我儿子，换了新号，让我先转两万块应急", "fraud_check"),
]

# Requests a new rule must not break.
REQUESTS = [
    ("小姑娘，过来帮我看看这个机器", "call_staff"),
    ("我得把卡挂失了，钱包被偷了", "lost_card"),
    ("小伙子，我要取号存钱", "take_ticket"),
    ("我不会弄，找个人来帮帮我", "call_staff"),
    ("字小得我看不清，能放大点吗", "bigger_text"),
    ("你说得太快了，我跟不上", "slower"),
    ("有人打电话说我儿子出事了，叫我马上转钱过去，行不行啊", "fraud_check"),
    ("我还得改一下电话号码，换新号了", "update_details"),
    ("声音小得听不见，大点声", "louder"),
    ("我得开个新账户", "open_account"),
]

ALL = (
    LONG_STORY_ANSWERS
    + SHORT_ANSWERS
    + COMPLEMENT_DE
    + COMPANY
    + SCAMS
    + SCAM_LOOKALIKES
    + OTHER_TRADES
    + OTHER_TRADES_KEPT
    + AFTER_THE_FIX
    + PHONE_AND_TIMES
    + FAMILY_GIFTS
    + REQUESTS
)


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_thirteen(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


@pytest.mark.xfail(strict=True, reason="a family gift told with a channel is read as a caution")
@pytest.mark.parametrize(("text", "want"), FAMILY_GIFTS_LEFT)
def test_family_gifts_left(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
