"""Chinese, round fourteen: the rules' own mistakes in final15-17 and probe15 (issue 11 §7).

The misses the learned second opinion (ADR 0089) cannot mend are the rules'
readings it never touches or is not sure enough to veto. In final15, final16,
final17 and probe15 (zh_CN) they fall in a few classes:

- S. scams missed: a caller who claims a debt and threatens the credit record
  (征信, 起诉) with no "urgent" word; a grandchild on a strange number who asks
  the grandparent to keep it from the parents; money moved for a "fund check"
  (资金清查) with the teller told not to ask; strangers collecting deposit
  slips (存单) to swap them; a card fee asked for a card promised; a companion
  who sees a stranger asking grandma for the code (让你…念给他);
- F. scam rules fired by a word inside another word or by a loose word: 投 in
  投诉 "complain" read as "invest", 说是 in 你说是…还是 "do you think" or
  说是能点读 "it is said to read aloud" read as someone posing as family, 门口
  "at the door" read as a doorstep trader, a negated or self-addressed hurry
  (也不催, 赶紧给我排个队) read as a scammer's pressure;
- O. another place's queue, number or counter (a pharmacy, a hospital, a parcel
  station) and "let me tell you about" (给你讲讲) read as tasks;
- R. requests read as the wrong task.

These sentences were written first, in other words and situations (none
copies or paraphrases a ``tests/data`` sentence), and run once on the code
before the round (main 96b7b72). First contact (right of written):

=====================  ==========================
class                  first contact
=====================  ==========================
S scams                3/10
F lookalikes           2/6
F scams kept           5/5
O other places         2/6
O requests kept        4/5
=====================  ==========================

``AFTER_THE_FIX`` was written after the fixes above (all classes) and run once
on that code: 16/18. One miss (表妹…我也不好催她: a hurry denied by 不好催)
was the F class's own and was then fixed; the other (学英语 read as a language
change) is another class, left as a strict xfail (``LEFT``).

See docs/design/0092-zh-round-fourteen.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# S. Scams told in shapes the lists lacked.
SCAMS = [
    ("电话里的人说我名下有一笔网贷一直没还 再不处理就起诉我", "fraud_check"),
    ("短信上讲我欠了一张信用卡的年费 不交的话要影响征信", "fraud_check"),
    ("孙子拿同学的手机给我打过来 说在外地惹了点麻烦 让我千万别跟他爸说", "fraud_check"),
    ("外孙用个没见过的号码打电话 说学校要交一笔赔偿 叫我别告诉他妈", "fraud_check"),
    ("我得把退休金都转到那个账户上 他们讲是资金核查 核完了原数退回", "fraud_check"),
    ("你们别问那么多 直接把五万块转到这张卡上就行", "fraud_check"),
    ("街道上来了两个人 说旧存单要作废了 挨家挨户把存单收上去统一换新的", "fraud_check"),
    ("网上有人说能帮我办个大额度的信用卡 让我先把卡寄过去 还要交五百块办卡费", "fraud_check"),
    ("爷爷你别念 那个人凭什么让你把短信里的数字报给他", "fraud_check"),
    ("妈你先别转 那个阿姨为啥叫你把收到的码告诉她", "fraud_check"),
]

# F. Talk near a scam rule's words that is no scam.
SCAM_LOOKALIKES = [
    ("孙子说给我买了个按摩椅 你说是放客厅好还是放卧室好", "unknown"),
    ("女儿给我买的那个收音机 说是能录音 我摆弄了半天也没弄出来", "unknown"),
    ("门口那排电动车是谁的 挡着道了 我差点摔一跤", "unknown"),
    ("我们小区的人都去居委会投诉那个烧烤摊了 烟太大", "unknown"),
    ("卖菜的老李让我先拿菜 钱等下回再给 他也不催", "unknown"),
    ("楼下修鞋的师傅手艺好 补个鞋跟才五块钱", "unknown"),
]

# F. Scams told with the same words stay scams.
SCAMS_KEPT = [
    ("有人打电话说是我孙子 在外面出事了急着要钱", "fraud_check"),
    ("一个男的自称是我外甥 让我赶紧给他转两万块", "fraud_check"),
    ("来了个修屋顶的师傅 说要先交两千块定金才能开工", "fraud_check"),
    ("有个人打电话说我的钱不安全 催我赶紧转到别的账户", "fraud_check"),
    ("派出所的人打电话说我涉嫌洗钱 要我把钱转过去", "fraud_check"),
]

# O. Another place's queue, number or counter, and "let me tell you".
ELSEWHERE = [
    ("药房窗口人太多了 我先在你们这儿歇会儿 待会儿再过去拿药", "unknown"),
    ("牙科诊所叫号叫到五十几了 我的号是七十二 早着呢", "unknown"),
    ("我去快递驿站取个包裹 顺路进来凉快凉快", "unknown"),
    ("给你讲讲我年轻时候在纺织厂上三班倒的事", "unknown"),
    ("我闺女要跟我讲讲她单位那些事 讲了半天我一句没听进去", "unknown"),
    ("菜场门口排队领免费挂面 我排到了 就领了一把", "unknown"),
]

# O. The bank's own queue and products stay requests.
ELSEWHERE_KEPT = [
    ("我从医院出来顺道取点钱 给我拿个号", "take_ticket"),
    ("取钱在哪个窗口排队", "take_ticket"),
    ("给我讲讲你们那个大额存单", "explain_product"),
    ("理财产品能不能给我讲讲", "explain_product"),
    ("我来存钱的 赶紧给我排个号", "take_ticket"),
]

# All classes, written after their fix and run once on it (see the docstring).
AFTER_THE_FIX = [
    ("有个女的打电话讲我社保卡欠费了 再不补上就要进黑名单", "fraud_check"),
    ("来了个人说我老伴生前欠他三万块 不还就去法院告我", "fraud_check"),
    ("孙女用她同学的微信找我 说要交一笔培训费 千万别跟她妈讲", "fraud_check"),
    ("那边说要做个资金审查 让我把存款先挪到他们给的账户上", "fraud_check"),
    ("社区来了几个人 把各家的老存折都收上去了 说是统一登记", "fraud_check"),
    ("奶奶 那个大爷为什么要你把银行卡密码写给他", "fraud_check"),
    ("那个叔叔叫你把验证码念给他听 你可别念", "fraud_check"),
    ("我们几个老太太去街道投票选楼长了 热闹得很", "unknown"),
    ("门口卖烤红薯的三块钱一个 我买了俩", "unknown"),
    ("表妹借了我一万块钱 说年底连本带利还我 我也不好催她", "unknown"),
    ("社区医院挂了个号 排了一上午 轮到我大夫说明天再来", "unknown"),
    ("我给你说说我家那口子 年轻时候可能干了", "unknown"),
    ("邻居家的表慢了十分钟 害得她没赶上车", "unknown"),
    ("我来取钱 赶紧给我排个队 孙子在外头等着", "take_ticket"),
    ("大额存单能随时取出来吗", "explain_product"),
    ("我想在手机银行上看看退休金到账没", "mobile_banking_help"),
    ("能不能说朝鲜话", "change_language"),
]

# Once left: a language's name as a school subject (学英语) read as a language change.
LEFT = [
    ("我孙子说那个游戏机能学英语 你说是真能学还是哄我", "unknown"),
]

ALL = SCAMS + SCAM_LOOKALIKES + SCAMS_KEPT + ELSEWHERE + ELSEWHERE_KEPT + AFTER_THE_FIX


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_fourteen(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# Read right since the learned stage's veto at 0.8 (ADR 0139).
@pytest.mark.parametrize(("text", "want"), LEFT)
def test_round_fourteen_left(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
