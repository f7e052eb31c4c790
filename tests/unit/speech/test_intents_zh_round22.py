"""Chinese, round twenty-two: other places' offices told as news, request words the lists lack.

final24 (zh_CN, 156, studied now: its one run is done) read 148 and probe16/probe17 (studied)
303 and 302. final24's misses are, by what a person hears in them:

- A. another place's app, office or pension told as news, asking nothing of the bank: a
  hospital's booking made by a daughter, the police asking the customer to collect a
  stolen bike that was found, a pension paid in elsewhere now due -- unknown; the police
  on the phone asking for money or a code, a "safe account", a booking tout stay
  fraud_check, and a lost card told beside a hospital visit stays lost_card;
- B. requests in words the lists lack: the bank's texts going to an old number
  (update_details), the bank's USB key (U盾, K宝, 网银盾), a recogniser's 大鹅 for 大额,
  "no machine, a real person" (call_staff), "switch it to English" said of a relative;
- C. ADR 0126's courier's note beside a withdrawal and a relative coming home for cash.

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round (main
f8e3648, before any change). First contact (right of written), 26/33:

=====================  ==========================
class                  first contact
=====================  ==========================
A other places' news   12/14
B missing words        11/15
C courier, relative     3/4
=====================  ==========================

After the round 29/33: four are left, strict xfails below. The guards after them (a scam
for every neutral word, exception or narrowing of the round, and requests and lookalikes to
keep) were written during the round. See docs/design/0128-zh-round-twenty-two.md.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise

# A. Another place's app, office or pension, told as news; scams and requests stay.
OTHER_PLACES = [
    ("老伴在医院排了一上午的队 总算挂了个专家号", "unknown"),
    ("派出所叫我去认领找回来的自行车 还真给找着了", "unknown"),
    ("在邮局交了二十年的养老保险 上个月开始领了 够我买药", "unknown"),
    ("水电费现在都在街道的自助机上交 我还不太会", "unknown"),
    ("公安局的人打电话说被偷的钱找回来了 叫我先交五百块手续费才能领", "fraud_check"),
    ("派出所的说我的电动车找回来了 叫我把手机上的验证码发给他登记", "fraud_check"),
    ("医院的人打电话说能帮我挂专家号 叫我先转五百块到他卡上", "fraud_check"),
    ("有个自称邮政的打电话说我的养老保险可以领了 叫我把银行卡号和密码报给他", "fraud_check"),
    ("警察打电话说我涉嫌洗钱 叫我把钱转到安全账户去", "fraud_check"),
    ("我银行卡丢了 帮我挂了吧", "lost_card"),
    ("我在医院挂号的时候钱包丢了 银行卡也在里头 帮我挂失", "lost_card"),
    ("我想领养老金", "take_ticket"),
]

# B. Requests in words the lists lacked.
MISSING_WORDS = [
    ("我原来那个号早停了 你们的通知还往那上面发", "update_details"),
    ("旧手机号不用了 银行的消息一直收不到", "update_details"),
    ("U盾插电脑上没反应", "mobile_banking_help"),
    ("K宝插上去电脑不认", "mobile_banking_help"),
    ("网银盾的灯不亮了 怎么回事", "mobile_banking_help"),
    ("大鹅存款利息多少", "explain_product"),
    ("我家养了两只大鹅 天天下蛋", "unknown"),
    ("别让机器跟我说了 喊个真人过来", "call_staff"),
    ("我要跟活人说话 不要机器", "call_staff"),
    ("我不想对着机器讲 叫个工作人员来", "call_staff"),
    ("我儿媳妇是韩国人 换成韩语给她看看", "change_language"),
    ("我女儿在学英语 天天在家念", "unknown"),
    ("有人打电话说我的U盾要升级 叫我把验证码告诉他", "fraud_check"),
    ("短信说我以前那个号要注销 叫我点链接填银行卡号", "fraud_check"),
]

# C. ADR 0126's courier and relative: a courier or a "friend" who collects cash stays a scam.
COURIER = [
    ("送快递的说下午来我家把现金拿走 帮我存到银行", "fraud_check"),
    ("我儿子说他周末回家拿点现金", "unknown"),
    ("孙子说他朋友来家里拿现金 叫我准备好", "fraud_check"),
]

ALL = OTHER_PLACES + MISSING_WORDS + COURIER


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_twenty_two(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# Left (strict xfails), each with its reason (ADR 0128, "Left").
# was a strict xfail (帮我 after the clinic's words lifted check_in's elsewhere veto); read right
# since ADR 0142
def test_a_clinics_booking_made_by_a_grandchild() -> None:
    text = "社区卫生站现在看病要先在手机上预约 我外孙女帮我约了个周三的号"
    assert offered("zh_CN", text) == "unknown"


# Read right since the learned stage's veto at 0.8 (ADR 0139).
def test_a_pension_paid_at_the_social_security_office() -> None:
    assert offered("zh_CN", "社保局那边缴的城乡养老 明年就能领了 一个月几百块") == "unknown"


# 大鹅 as 大额 with 还有吗: offered since ADR 0141 (the learned stage at p 0.7).
def test_a_large_deposit_still_on_offer() -> None:
    assert offered("zh_CN", "你们那个大鹅定期还有吗") == "explain_product"


@pytest.mark.xfail(
    strict=True,
    reason="the courier sign of cues.yaml has no unless place (ADR 0124, 0126)",
)
def test_a_couriers_parcel_note_beside_a_withdrawal() -> None:
    assert offered("zh_CN", "快递员说快递放驿站了 我顺路来取一千块钱") == "take_ticket"


# Written during the round: a scam for every neutral word, exception or narrowing.
GUARDS = [
    # {unless: [collect_own]} on [authority, money/move_money, pressure] (领 … 被偷 / 丢的)
    ("警察打电话叫我去认领被偷的钱 先把验证码告诉他", "fraud_check"),
    ("一个自称公安局的说叫我去领被偷的钱 先转三千保证金到安全账户", "fraud_check"),
    ("公安局叫我去领被偷的钱 要先交三千", "fraud_check"),
    ("法院叫我去认领丢的钱 先交五千保证金", "fraud_check"),
    ("公安局的人说叫我去领被偷的金项链 要我先买一千块的购物卡", "fraud_check"),
    ("我儿子说派出所叫他去领丢的电动车 他说今天就去", "unknown"),
    # lost_card elsewhere 专家号 / 挂了个 / 挂个号 / 挂的号
    ("医院的人说帮我挂了个专家号 叫我把挂号费转到他微信上", "fraud_check"),
    # take_ticket elsewhere 交的养老(保险) / 缴的养老(保险) / 交的社保 / 缴的社保
    ("社保局的人打电话说我的养老金要停发 叫我把钱转到安全账户", "fraud_check"),
    ("我在社保局办好了 来你们这领养老金", "take_ticket"),
    # stop elsewhere 买菜够了 / 够花 / 吃饭够了 (够用了 dropped: 这些就够用了 不用说了 is stop)
    ("那个人说投五万进去 以后养老钱就够花了 叫我今天就转给他", "fraud_check"),
    ("够了够了 别念了", "stop"),
    # check_in elsewhere 看病 / 卫生站 / 卫生院
    ("卫生院的人打电话说我医保卡被冻结了 叫我把钱转到他给的账户", "fraud_check"),
    ("我约了今天十点来办业务", "check_in"),
    # shapes 没反应 / 叫个 / 喊个
    ("有个男的说他是银行的 叫个同事上门来取我的卡", "fraud_check"),
    ("早上儿子叫个车把我送到医院 排了一上午队", "unknown"),
    ("我那个k宝插上去没反应 是不是坏了", "mobile_banking_help"),
    # mobile_banking_help u盾 / k宝 / 网银盾; valuables gains them
    ("客服说我的网银盾过期了 叫我下载个软件共享屏幕", "fraud_check"),
    ("快递员说有我的包裹 叫我把u盾寄给他", "fraud_check"),
    # update_details: the customer's own old number (我以前那个号 …), not a relative's
    ("孙子以前那个号不用了 我都打不通", "unknown"),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_round_twenty_two_guards(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("大鹅存单", "大额存单"),
        ("大鹅定期", "大额定期"),
        ("养了两只大鹅", "养了两只大鹅"),
    ],
)
def test_round_twenty_two_spellings(said: str, written: str) -> None:
    assert normalise(said, "zh_CN") == written
