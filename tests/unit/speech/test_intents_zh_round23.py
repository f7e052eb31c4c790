"""Chinese, round twenty-three: money-mule recruitment, off-topic talk, missing request words.

final25 (zh_CN, 156, studied now: its one run is done) read 148 and probe16/probe17 (studied)
303 and 302. final25's misses are, by what a person hears in them:

- A. money-mule recruitment: lending, renting or selling one's card or account, receiving
  money for others and passing it on for a fee (跑分, 走账, 收款再转出去, 好处费) --
  fraud_check however told; the customer's own card lent to a spouse stays what it is;
- B. off-topic talk that shares a task's word: a question about the kiosk itself, a lost
  pet, a neighbour's loud music, a memory of queuing at the credit union, another office's
  ID renewal -- unknown; the real asks (声音大一点, 我要排队, 换了新身份证 要改) stay;
- C. request words the lists lack: a passbook opened for a grandchild (open_account).

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round (main
9e53540, before any change). First contact (right of written), 18/24:

=====================  ==========================
class                  first contact
=====================  ==========================
A money mules           9/13
B off-topic talk        8/8
C missing words         1/3
=====================  ==========================

(C's third sentence was first written 没得问题了 谢谢 and wanted ``no``; 没得问题 is 没问题,
a yes, so the expectation was wrong: it is now 没得 不办了.)

After the round 24/24. Two final25 misses are left, strict xfails below. The guards after
them (a scam for every neutral word, exception or narrowing of the round, and requests and
lookalikes to keep) were written during the round.

See docs/design/0132-zh-round-twenty-three.md.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# A. Money-mule recruitment: fraud_check however told; the family's own card stays.
MULE = [
    ("网上有人找我 说用我的卡帮他们收钱 收到了再转给他们 每一万给我两百", "fraud_check"),
    ("老同学说他公司账上不方便 让我的账户先收一笔 回头转给他 给我一千块辛苦费", "fraud_check"),
    ("有个人说我银行卡闲着也是闲着 租给他一个月给我八百", "fraud_check"),
    ("楼下小卖部的老板问我要不要把卡卖给他 一张卡三百块", "fraud_check"),
    ("我孙子说他同学在搞跑分 叫我也拿张卡去 能赚钱", "fraud_check"),
    ("有人叫我帮他走个账 钱进来马上转走就行 给我提成", "fraud_check"),
    ("说是帮人代收货款 钱打到我卡上我再转出去 一单给五十", "fraud_check"),
    ("隔壁的小伙子想借我的卡用几天 说进点钱出点钱 给我好处", "fraud_check"),
    ("有人给我介绍个兼职 就是用我的账户收款再转到别的账户 拿佣金", "fraud_check"),
    ("一个老乡叫我去多办几张卡交给他 一张给我两百块", "fraud_check"),
    ("老伴要去超市买东西 我把卡给她用了", "unknown"),
    ("我闺女的工资先打到我卡上 我再转给她", "unknown"),
    ("我想转一笔钱给我儿子", "take_ticket"),
]

# B. Off-topic talk sharing a task's word; the real asks stay.
OFF_TOPIC = [
    ("你这个机器会不会自己想事情啊", "unknown"),
    ("我家的猫前天溜出去了 到现在没回来", "unknown"),
    ("楼上那家天天半夜放音乐 吵得睡不着", "unknown"),
    ("以前单位发工资都是现金 一个信封装着", "unknown"),
    ("户口本丢了 得去派出所补办", "unknown"),
    ("声音开大一点 我听不清", "louder"),
    ("我要排队办事", "take_ticket"),
    ("我换了新的身份证 你们这里要更新一下", "update_details"),
]

# C. Request words the lists lack.
MISSING_WORDS = [
    ("想给外孙女开个存折 把她的压岁钱存起来", "open_account"),
    ("给我小孙子办个存折", "open_account"),
    ("没得 不办了", "no"),
]

ALL = MULE + OFF_TOPIC + MISSING_WORDS


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_twenty_three(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# Left by ADR 0132; fixed in round twenty-four (ADR 0136: a sentence opened as the customer's
# past, with no wish after it, asks nothing).
def test_a_memory_of_queuing_at_the_credit_union() -> None:
    text = "刚参加工作那会儿 攒点钱都得去信用社 排队排老长"
    assert offered("zh_CN", text) == "unknown"


# Left by ADR 0132, a strict xfail (an elsewhere on 派出所那边要 moved it to check_in, 预约);
# read right since ADR 0142.
def test_an_id_renewal_booked_at_the_police_station() -> None:
    text = "身份证下个月到期 派出所那边要预约才给换 还得拍照"
    assert offered("zh_CN", text) == "unknown"


# Written during the round: a scam for every neutral word, exception or narrowing.
GUARDS = [
    # call_staff elsewhere 跟真的似的 / 跟真人似的 / 像真人一样 …
    ("视频里那个客服说话跟真人似的 叫我共享屏幕 把验证码念给他", "fraud_check"),
    ("有个人打电话 声音跟真的似的 说是我孙子出事了 叫我赶紧打钱", "fraud_check"),
    ("你说话跟真人似的 我还是要找个工作人员", "call_staff"),
    # louder elsewhere 广场舞 / 音响开得 / 扰民 / 吵得睡不着 / 跑丢 / 看到了跟我说 …
    ("跳广场舞认识个老姐妹 叫我把钱转到她说的安全账户", "fraud_check"),
    ("有人说我的狗跑丢了在他那 叫我先转两千块才还给我", "fraud_check"),
    ("有个快递员说我的包裹丢了要赔钱 叫我把银行卡号和验证码报给他", "fraud_check"),
    ("声音大点 听不清", "louder"),
    # take_ticket elsewhere 开个存折 / 开存折 / 开一个存折 / 开本存折 / 开个户 / 开个账户 …
    ("有人叫我去开个存折 把钱存进去再交给他保管 给我好处费", "fraud_check"),
    ("电话里说我的存折不安全 叫我开个新存折 把钱都转到他给的账户", "fraud_check"),
    ("我要取点钱", "take_ticket"),
    ("想给孙子开个户 把压岁钱存起来", "open_account"),
    ("有个自称银行的人叫我去开个账户 把存款都转进去才安全", "fraud_check"),
    # no strong 没得
    ("没得", "no"),
    ("有人打电话说我孙子被抓了 没得钱就出不来 叫我马上转三万", "fraud_check"),
    # no elsewhere 了没得 / 了莫得 (V了没得 asks a question: 吃了没得, final18)
    ("饭吃了没得 我是来取钱的", "take_ticket"),
    ("有人打电话问我钱转了没得 叫我赶紧转到安全账户", "fraud_check"),
    # mule, lend_card, card_price, returns 佣金 / 好处费 / 辛苦费: the family's own card stays
    ("邻居大姐说帮她儿子收一笔钱再转出去 给我两百块辛苦费", "fraud_check"),
    ("有个老板收银行卡 每张卡给五百", "fraud_check"),
    ("网上有人说出租银行卡一个月能挣一千", "fraud_check"),
    ("我把卡借给老伴去买菜了", "unknown"),
    ("基金的手续费和佣金是多少", "explain_product"),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_round_twenty_three_guards(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
