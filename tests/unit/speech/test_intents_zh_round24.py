"""Chinese, round twenty-four: the kiosk asked about itself, memories, card lending told anew.

final26 (zh_CN, 156, studied now: its one run is done) read 154 and probe16/probe17 (studied)
303 and 302. Their misses are, by what a person hears in them:

- A. a question about the kiosk itself (你是机器人还是真人, is it a person or a machine, how
  old, who made it) -- unknown; the real asks for a person beside it (我要找真人, 叫个人来) stay
  call_staff;
- B. a memory of past visits and of the staff (去年来这儿存钱 那个小姑娘可好了 现在调走了) --
  unknown; a past visit told before a real ask (以前存过钱 今天想取出来) stays the ask;
- C. older memories and other offices (the textile mill and the credit union, ADR 0134; a
  police-station errand; a phone number written down and lost) -- unknown; a new ID number to
  record here stays update_details;
- D. card lending and money mules in yet other words (a card lent out for a monthly fee, a
  borrowed card receiving money passed straight on, a card bought) -- fraud_check.

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round (main
5075804, before any change). First contact (right of written), 25/32:

=====================  ==========================
class                  first contact
=====================  ==========================
A the kiosk itself      9/10
B memories of visits    7/9
C older memories        3/5
D card lending          6/8
=====================  ==========================

After the round 31/32; the one left (a number on a calendar thrown away) is a strict xfail
below. The guards after it (a scam for every neutral word, exception or narrowing of the
round, and requests and lookalikes to keep) were written during the round.

See docs/design/0136-zh-round-twenty-four.md.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# A. A question about the kiosk itself; the real asks for a person stay.
KIOSK_ITSELF = [
    ("你是不是真人在后面说话啊", "unknown"),
    ("你这机器还会说话呀", "unknown"),
    ("你是哪个厂家造出来的", "unknown"),
    ("你今年几岁了", "unknown"),
    ("你是男的还是女的", "unknown"),
    ("你是电脑还是里头真有个人", "unknown"),
    ("你一天到晚站在这儿累不累啊", "unknown"),
    ("我不跟机器说 我要找真人", "call_staff"),
    ("机器我弄不明白 叫个人来", "call_staff"),
    ("你是机器吧 帮我叫个工作人员", "call_staff"),
]

# B. Memories of past visits and of the staff; a real ask after a past visit stays.
MEMORIES = [
    ("以前这儿有个小伙子 对我们老人可耐心了", "unknown"),
    ("前几年我来这儿取钱 还是个老营业员给办的", "unknown"),
    ("你们这儿装修得真亮堂 比以前好看多了", "unknown"),
    ("我头回来你们银行还是九几年 那会儿门口还没这机器", "unknown"),
    ("那个戴眼镜的柜员好久没见了 是不是退休了", "unknown"),
    ("以前每次来取钱 那个大堂经理都给我倒杯水", "unknown"),
    ("我要存钱 取个号", "take_ticket"),
    ("上回那个小姑娘在不在 我找她办事", "call_staff"),
    ("我以前在这儿存过钱 今天想取出来", "take_ticket"),
]

# C. Older memories, other offices, a number written down and lost.
OLDER = [
    ("那时候我在纺织厂 发了工资就去信用社存起来", "unknown"),
    ("户口要迁过来 还得去派出所跑一趟", "unknown"),
    ("身份证换好了 新的号码要在你们这登记一下", "update_details"),
    ("孙子用我手机充了游戏 花了几十块 我也不知道咋弄的", "unknown"),
]

# D. Card lending and money mules in yet other words.
CARD_LENDING = [
    ("有人出钱买我的银行卡 说就用几个月", "fraud_check"),
    ("网上招人 说拿身份证去办张卡寄给他们 一个月给三千", "fraud_check"),
    ("有个朋友叫我把手机银行的账号密码给他 说用我的账户帮他挣钱", "fraud_check"),
    ("有人让我用我的名字开个公司账户 说什么都不用管 每个月给钱", "fraud_check"),
    ("外甥说借我的卡收一笔工程款 收到就转给他老板", "fraud_check"),
    ("有人在微信上说 帮他们把卡里的钱取成现金 给我百分之三", "fraud_check"),
    ("我孙子同学叫他把卡借出去 一个月给一千块", "fraud_check"),
    ("有人叫我把U盾和卡一起寄过去 说帮我理财", "fraud_check"),
]

ALL = KIOSK_ITSELF + MEMORIES + OLDER + CARD_LENDING


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_twenty_four(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# Left by ADR 0136, a strict xfail (让我给扔了 parted the calendar from its loss); read right
# since ADR 0142.
def test_a_number_on_a_calendar_thrown_away() -> None:
    assert offered("zh_CN", "老伴的电话号码写在日历上 日历让我给扔了") == "unknown"


# Written during the round: a scam for every neutral word, exception or narrowing, and the
# requests and lookalikes to keep.
GUARDS = [
    # neutral 你是机器人 / 还是真人 / 是不是真人 / 是真人吗 / 你是真人 / 你是人还是 …
    ("视频里那个警察是不是真人啊 他叫我把钱转到安全账户", "fraud_check"),
    ("打电话的客服是真人吗 他让我共享屏幕 把验证码报给他", "fraud_check"),
    ("有个声音说是我孙子 我问他你是真人还是录音 他就哭着要我打钱", "fraud_check"),
    ("你是机器人吧 我要找真人", "call_staff"),
    ("你是真人吗 给我叫个工作人员来", "call_staff"),
    ("你是机器人还是真人 帮我叫个人来", "call_staff"),
    # reports.memories (以前, 去年, 前几年, 那时候, 年轻时候, 刚参加工作 …) with no wish after
    ("去年有个自称公安的打电话 说我涉嫌洗钱 叫我把钱转到安全账户", "fraud_check"),
    ("以前有个快递员上门 说帮我去换卡 叫我把卡和密码都交给他", "fraud_check"),
    ("前几年一个老乡叫我把卡借给他 一个月给我五百", "fraud_check"),
    ("那时候有人打电话说我孙子出车祸了 叫我赶紧汇钱过去", "fraud_check"),
    ("我年轻时候的老同事加了我微信 叫我下个软件共享屏幕 说带我理财", "fraud_check"),
    ("以前单位的领导给我打电话 叫我先转两万给他 说急用", "fraud_check"),
    ("去年认识个网友 说一起投资 叫我把存款都转给他", "fraud_check"),
    ("以前在这儿存过钱 今天有人叫我全取出来交给他保管", "fraud_check"),
    ("去年一个小伙子上门说是银行的 把我的卡拿走了", "fraud_check"),
    ("以前有人教我在手机上下载个会议软件 说帮我退保险", "fraud_check"),
    ("那时候有个女的说是社保局的 说我社保卡冻结了 要我把卡号报给她", "fraud_check"),
    ("去年我孙子的同学来借我的卡 说收了钱就转走", "fraud_check"),
    ("前几年有个老板收购我的旧卡 一张两百", "fraud_check"),
    ("那时候存的钱 今天想取出来", "take_ticket"),
    ("以前的存折丢了 要挂失", "lost_card"),
    ("以前的那张卡找不到了", "lost_card"),
    ("前几年买的理财 想问问现在能不能取", "explain_product"),
    ("以前那个小姑娘在不在 我找她", "call_staff"),
    # bare 以前 / 我以前 are no memory: 以前的 names an old thing the customer comes about
    ("我以前的手机号不用了", "update_details"),
    ("以前那个王经理 叫他来一下", "call_staff"),
    ("前几年办的老年卡 取点钱", "take_ticket"),
    ("以前这儿有个取号机 排个号", "take_ticket"),
    ("去年我在这开了个户 今天来存点钱", "take_ticket"),
    # update_details elsewhere 本子丢了 / 本子找不着 / 纸条丢了 / 日历扔了 …
    ("有人打电话说我的手机号要升级 记密码的本子丢了 他叫我把验证码报给他", "fraud_check"),
    ("我换了新手机号 以前记号码的本子丢了 帮我把号码改了", "update_details"),
    ("我的新手机号写在这张纸上了 你帮我改一下", "update_details"),
    # lend_card (买我的卡, 收我的卡, 收购银行卡, 卡借给别人 …), per_month, relay (收到就转 …),
    # card_price (一张两, 一张五 …): scam signs; the family's money and other sales stay
    ("有人说要收我的银行卡 一张给八百", "fraud_check"),
    ("老板说把卡借给别人用用 一个月能挣两千", "fraud_check"),
    ("表哥借我的卡收货款 钱到账就转给他朋友", "fraud_check"),
    ("儿子一个月给我两千生活费", "unknown"),
    ("我把卡借给老伴用了 她一个月给我买两回菜", "unknown"),
    ("超市购物卡卖给收卡的 一张五百", "unknown"),
    ("我收藏的邮票卖了 一张三十", "unknown"),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_round_twenty_four_guards(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
