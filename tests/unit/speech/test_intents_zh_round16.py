"""Chinese, round sixteen: scam descriptions missed in probe16 and probe17 (issue 11 §7).

probe16 and probe17 (zh_CN, 304 each) missed six scam descriptions, every one a
reading of the rules themselves (unknown 0.98–1.00, or a task 0.55–0.65). By class:

- Q. a payment QR code sent to the customer (发了个收款码) by a teacher, a
  message, "the school", with a fee and a push (today, tell no one in the group);
- K. a child abroad whose own phone was stolen writes from a friend's number
  (用朋友的号) and asks for money to a new card;
- H. "don't hang up" said of someone else (不许他挂电话: the object between the
  verb and 挂), the caller reading numbers to press;
- B. a free offer as bait that ends in a charge: a free health check by a street
  "doctor" then a 3,000 yuan medicine, a free tour that wants a deposit and the
  card number and password.

These sentences were written first, in other words and situations (none copies
or paraphrases a ``tests/data`` sentence), and run once on the code before the
round (main e6150a0). First contact (right of written):

=====================  ==========================
class                  first contact
=====================  ==========================
Q scams                4/5
K scams                3/4
H scams                3/4
B scams                3/4
lookalikes and kept    7/8
=====================  ==========================

See docs/design/0102-zh-round-sixteen.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# Q. A payment code sent to be scanned, with a fee and a push.
Q_SCAMS = [
    ("有个自称居委会的在群里发了个收款码 叫每家交一百二的卫生费 今天必须交", "fraud_check"),
    ("外孙女的补习老师发来一个收款码 说下学期的书本费要马上扫 别告诉她妈", "fraud_check"),
    ("手机上来了条短信 说我的快递丢了要赔我钱 发了个二维码叫我扫一下", "fraud_check"),
    ("微信上一个不认识的人发了张收款码 说是社区团购的尾款 叫我赶紧付", "fraud_check"),
    ("老年大学的班长私下发了个收款码给我 说报名费涨了先交五百", "fraud_check"),
]

# K. Family writing from someone else's number because their own phone is gone.
K_SCAMS = [
    (
        "我孙子在外地读书 说他手机被偷了 用同学的号给我发信息 叫我打三千块到他同学卡上",
        "fraud_check",
    ),
    ("闺女在日本 说手机让人偷了 拿别人的号打电话给我 叫我赶紧汇钱过去", "fraud_check"),
    ("儿子说手机掉河里了 用朋友的号加我微信 要我转两万块给他朋友", "fraud_check"),
    ("外孙说他手机被偷了 借别人的手机给我打电话 要我寄点钱过去交房租", "fraud_check"),
]

# H. "Don't hang up" with someone between the verb and 挂.
H_SCAMS = [
    ("我老头子接了个电话 对方不让他挂电话 一直叫他报卡上的数字", "fraud_check"),
    ("那个人在电话里不许我妈挂电话 叫她去银行转钱", "fraud_check"),
    ("打电话的人不准我挂电话 说挂了就冻结我的账户", "fraud_check"),
    ("对方一直不让老伴挂电话 叫他在手机上一个一个按", "fraud_check"),
]

# B. A free offer as bait, then a charge, a deposit or the password.
B_SCAMS = [
    ("公园里有人给老人免费量血压 量完说我血管堵了 要我买他们两千块的保健茶", "fraud_check"),
    ("小区门口有个摊子免费检查眼睛 说我快瞎了 叫我买一副三千的眼镜", "fraud_check"),
    ("有人打电话说我中了个免费旅游 要先交三百块押金 还要我的银行卡号和密码", "fraud_check"),
    ("有人说免费送老人去泰山玩 报名要把身份证和卡号密码都给他们", "fraud_check"),
]

# Lookalikes that must stay unknown, and requests the new signs must not take.
LOOKALIKES = [
    ("我孙子教我用收款码 现在卖菜的都用这个了", "unknown"),
    ("社区医院免费量血压 我每个礼拜都去量一次", "unknown"),
    ("我儿子手机被偷了 他自己去营业厅补了张卡", "unknown"),
    ("我跟老姐妹打电话一聊就是一个钟头 谁都不舍得挂", "unknown"),
    ("去年跟老年团去了趟桂林 玩得挺好", "unknown"),
    ("我想学学怎么在手机上扫码付钱", "mobile_banking_help"),
    ("我的卡丢了 赶紧帮我挂失", "lost_card"),
    ("我想改一下银行卡的密码", "mobile_banking_help"),
]

# F. Written after the scam fixes, for the off-topic class they exposed: 免费 "free of
# charge" holds 费 "fee"; a bus company is a place to go, not a caller; a pensioner's
# card that rides the bus free is no bank card. Scams told with 免费 stay scams.
# First run after the fix: 5/6; the sixth, "司机让我去公交公司问问 我那张卡怎么刷不出来了"
# (a card that will not swipe, no word of which card), reads lost_card and is left.
FREE = [
    ("我这张老年卡坐公交免费 就是每年得去拍个照片", "unknown"),
    ("社区免费给老人剪头发 我今天去剪了一个", "unknown"),
    ("有人说免费送我一台按摩椅 只要先交五百块运费", "fraud_check"),
    ("打电话的说免费帮我升级账户 叫我把钱转到他给的账户上", "fraud_check"),
    ("我的银行卡在取款机里取不出来钱了", "lost_card"),
]

# D. Written with the fix, run once after it (3/3): money one takes over oneself (送过去)
# is a visit, not a courier;
# asked to bring the cash, it stays a scam.
DELIVERED = [
    ("老同事住院了 我给他送过去两千块钱 心意到了就行", "unknown"),
    ("过年我把腊肉给老姐妹送过去了", "unknown"),
    ("有个男的打电话叫我把现金送过去 说我孙子撞了人", "fraud_check"),
]

# R. Written with the fix, run once after it: Southwest 莫得了 "gone" said of a card
# is a lost card, not the answer "no"; 莫得 alone stays an answer. First run 2/3: the
# third, "赶场回来一摸兜兜 存折莫得了", is read as news told as over (unknown, certain),
# like probe16's 工资卡落在出租车上了, and is left.
GONE = [
    ("我的银行卡莫得了", "lost_card"),
    ("莫得 不是这个", "no"),
]

ALL = Q_SCAMS + K_SCAMS + H_SCAMS + B_SCAMS + LOOKALIKES + FREE + DELIVERED + GONE


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_sixteen(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
