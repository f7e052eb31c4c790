"""Chinese: the customer's own bank matter told by a carer or a spouse.

A carer or a spouse speaks for an older customer in the third person: 我老伴,
我家老头子, 孩子他爸, 我妈, 我爸. When what follows is a request of the bank about
the relative's own card, phone number, app, password, account, a ticket, a person
or a product (帮他改一下, 登不上去了 as a problem here, 给我妈办张卡), it is a request;
a story about a relative's life (the son's mortgage, a neighbour's loan elsewhere,
a grandson's new job) stays news, and a scam told about a relative (a "grandson"
asking for money, a caller to Mum about a safe account) stays fraud_check.

These sentences were written first, in my own words (none copies or paraphrases a
``tests/data`` sentence), and run once on the code before the change (main 84266ba).
First contact (right of written), on main 84266ba (run on 9d2db63, which adds only a
lint edit of the matcher): 21/23 -- requests 11/13, stories 6/6, scams 4/4. The two
missed read certain unknown (1.00): 我家老头子手机银行的密码忘了 (a relative's report with
no ask word after the opening) and 我老伴还没有存折 替她开个户 (a long sentence whose
request rests on one list word, with no request shape: 替 was neither an ask nor a shape).
After the fix 23/23. ``AFTER`` was written after the fix and run once, 15/15: more
requests of the class (a password forgotten or mistyped until locked, the web bank that
will not log in, 替他 with another task) and lookalike stories and scams kept (a locked
bicycle, a phone watch that will not open, a daughter's WeChat log-in, a caller asking a
wife's password or a code to "unlock" her web bank).

See docs/design/0109-zh-carers.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# Requests about the relative's own bank matter, one or two per task intent.
REQUESTS = [
    ("我老伴的银行卡找不着了 帮她挂失一下", "lost_card"),
    ("我家老头子的卡昨天在取款机上被吞了", "lost_card"),
    ("孩子他爸的工资卡让人偷了 得赶紧冻结", "lost_card"),
    ("我老伴换了个新手机号 帮他在银行里改一下", "update_details"),
    ("我妈搬到我这儿住了 她的地址要改过来", "update_details"),
    ("我家老头子手机银行的密码忘了", "mobile_banking_help"),
    ("我爸的手机银行老是登不进去", "mobile_banking_help"),
    ("孩子他爸网银密码输错三次被锁住了", "mobile_banking_help"),
    ("想给我妈办张银行卡", "open_account"),
    ("我老伴还没有存折 替她开个户", "open_account"),
    ("我爸要取养老金 帮他拿个号", "take_ticket"),
    ("我老伴腿脚不好 能不能叫个工作人员过来帮她", "call_staff"),
    ("我老伴想问问大额存单现在利息多少", "explain_product"),
]

# Stories about a relative's life, told as news: nothing is asked of the bank.
STORIES = [
    ("我儿子在城里买了套房 每个月光房贷就还好几千", "unknown"),
    ("我老伴年轻的时候在信用社上过班", "unknown"),
    ("孙子找了份新工作 在一家银行做柜员", "unknown"),
    ("对门老李的闺女在别的银行贷了款 开了个奶茶店", "unknown"),
    ("我老伴天天抱着手机刷短视频 饭都顾不上吃", "unknown"),
    ("我女婿做生意 前几年跟银行借了不少钱", "unknown"),
]

# Scams told about a relative: still a scam.
SCAMS = [
    ("有人冒充我孙子打电话 说在外地出了事 叫我转两万过去", "fraud_check"),
    ("我妈接到个电话 说她的卡涉嫌洗钱 要她把钱转到安全账户", "fraud_check"),
    ("我老伴收到条短信 说他社保卡要升级 让他点链接输密码", "fraud_check"),
    ("我爸说有个自称孙子的人加他微信 找他借五千块钱", "fraud_check"),
]

# Written after the fix and run once (15/15): more of the class, and its lookalikes kept.
AFTER = [
    ("我老伴手机银行的登录密码忘记了", "mobile_banking_help"),
    ("我家老头子网银登不进去 他在家急得很", "mobile_banking_help"),
    ("孩子他妈手机银行转不了账了", "mobile_banking_help"),
    ("我老伴的银行卡密码输错了三回 卡被锁了", "mobile_banking_help"),
    ("我老伴儿腿不好 我替他来挂失那张存折", "lost_card"),
    ("我妈耳朵背 替她问问这个定期存款利息咋算", "explain_product"),
    ("我爸来不了 我替他排个号取养老金", "take_ticket"),
    ("孙子的自行车被锁在学校了", "unknown"),
    ("我老伴的电话手表打不开了", "unknown"),
    ("我儿子要存钱买房 一个月存三千", "unknown"),
    ("我儿子换了个手机号 说是单位发的", "unknown"),
    ("我闺女的微信登不上去了 叫她自己弄", "unknown"),
    ("我女婿替他们单位去银行办事 天天跑", "unknown"),
    ("我老伴说有个人冒充银行的 要他把登录密码告诉对方", "fraud_check"),
    ("我妈接到电话说她网银被锁了 要把验证码报给对方解锁", "fraud_check"),
]

ALL = REQUESTS + STORIES + SCAMS + AFTER


@pytest.mark.parametrize(("text", "want"), ALL)
def test_carers(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
