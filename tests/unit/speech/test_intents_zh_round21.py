"""Chinese, round twenty-one: money in daily life, other places' cards, missing forms, 0122's left.

final23 (zh_CN, 156, studied now) read 152 and probe16/probe17 (studied) 299 and 298: the
off-topic sentences still taken and final23's misses are, by what a person hears in them:

- A. cash paid to people in daily life, told as a story: a teacher or a tradesman who
  wants cash, a debt at mahjong, money posted home, a club's card, a village opera's
  bench money, a game bought by a grandchild -- unknown; the speaker's own cash request
  stays take_ticket and a caller, a courier or a relative in trouble stays fraud_check;
- B. other places' codes, cards and numbers: a hospital's booking code, a store card gone
  out of date, a grandchild's number, a new phone's video calls -- unknown; the kiosk's own
  text size and the customer's own number stay;
- C. forms the lists lack: Northern 整 for 办 (整个新存折), a recogniser's 经里 for 经理,
  English said in English to the Chinese kiosk;
- D. ADR 0122's left items: a back payment settled in person, a third person's 先别告诉孩子们
  (fraud_check is right), a "new phone" grandchild asking for the term deposit, a scam told
  after a booking in an app, a courier's call beside a withdrawal.

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round (main
a2b0041, before any change). First contact (right of written), 25/37:

=====================  ==========================
class                  first contact
=====================  ==========================
A money in daily life  12/13
B other places' cards   8/10
C missing forms         3/8
D left from 0122        2/6
=====================  ==========================

After the round 33/37: four are left, strict xfails below. The guards after the table
(a scam for every neutral word, exception or narrowing of the round, and requests to keep)
were written during the round. See docs/design/0124-zh-round-twenty-one.md.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise

# A. Money paid to people in daily life asks nothing of the bank; requests and scams stay.
DAILY_MONEY = [
    ("给我家装空调的师傅说装完了要现金 不收微信 我让我儿子给他了", "unknown"),
    ("舞蹈队的队长说每人交五十块钱服装费 我已经交给她了", "unknown"),
    ("我跟老姐妹打牌输了二十块钱 她说下回再给她", "unknown"),
    ("外孙说他零花钱够用 叫我别老往他卡里塞钱", "unknown"),
    ("弟弟在老家盖房子叫我凑点钱 我上礼拜托人带回去了", "unknown"),
    ("广场舞队办了个会员卡 一年交一百块 我们几个都交了", "unknown"),
    ("他们村里修路 每家摊了三百块钱 我托侄子交上了", "unknown"),
    ("师傅修完水管要现金 我来取五百块", "take_ticket"),
    ("我要取点现金给装修的师傅", "take_ticket"),
    ("有个男的打电话说我儿子欠了他们赌债 要上门来要钱", "fraud_check"),
    ("孙子打电话说在外地出了车祸 叫我赶紧寄五千块钱过去", "fraud_check"),
    ("有人冒充我侄子 叫我把现金寄回去给他 说他在老家住院了", "fraud_check"),
    ("快递员打电话说要上门来取现金 我该给他吗", "fraud_check"),
]

# B. Another place's code, card or number is its own business; the kiosk's own stays.
OTHER_PLACES = [
    ("社区医院打疫苗要先扫那个码登记 我闺女帮我弄了", "unknown"),
    ("老年卡过期了 公交车上刷不了了", "unknown"),
    ("药店的会员卡积分清零了 白攒了一年", "unknown"),
    ("孙女的电话号码我存在老伴手机里了 他手机没电了", "unknown"),
    ("字太小了 我看不清 帮我调大点", "bigger_text"),
    ("我的手机号换了 要改一下", "update_details"),
    ("一个自称超市客服的人说我的购物卡过期了 要我把卡背面的密码告诉他", "fraud_check"),
    ("单位领导发微信叫我去买十张购物卡 把卡号拍给他", "fraud_check"),
    ("有人打电话说我的医保卡要过期了 叫我扫个码把银行卡号填上", "fraud_check"),
]

# C. Northern 整, a recogniser's 经里, English in English.
FORMS = [
    ("我想整张新卡", "open_account"),
    ("给我整个存折", "open_account"),
    ("我整个人都不舒服 头晕", "unknown"),
    ("叫 个 客 户 经 里 过 来", "call_staff"),
    ("你们 大 堂 经 里 在 不 在", "call_staff"),
    ("我看圣经里说要多做好事", "unknown"),
    ("can you speak english", "change_language"),
]

# D. ADR 0122's left items.
LEFT_FROM_0122 = [
    ("税务局打电话说我要补缴两万块 叫我转到他们的账户", "fraud_check"),
    ("她说这件事先别告诉你儿子", "fraud_check"),
    ("孙女说换了个新手机 叫我把那笔定期取出来给她", "fraud_check"),
    ("我在软件上约好的那个理财顾问 让我把养老钱转到他给的账户里", "fraud_check"),
]

ALL = DAILY_MONEY + OTHER_PLACES + FORMS + LEFT_FROM_0122


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_twenty_one(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


# Left (strict xfails), each with its reason (ADR 0124, "Left").
# was a strict xfail (换了 + 电话 is [change, detail], and 视频电话 holds the scam sign 电话); read
# right since ADR 0142
def test_a_new_phones_video_calls_are_the_phones_business() -> None:
    assert offered("zh_CN", "闺女给我换了个新手机 视频电话老是不会接") == "unknown"


@pytest.mark.xfail(
    strict=True,
    reason="a bare english is only the lang slot, as in Korean (孙子在学english stays unknown)",
)
def test_a_bare_english_is_a_language_change() -> None:
    assert offered("zh_CN", "english") == "change_language"


@pytest.mark.xfail(strict=True, reason="a scam rule cannot read a settled clause (ADR 0120)")
def test_a_back_tax_settled_in_person() -> None:
    assert offered("zh_CN", "税务局说我去年的房产税要补缴 我自己去税务大厅交了两千") == "unknown"


@pytest.mark.xfail(
    strict=True,
    reason="the courier sign of cues.yaml has no unless place; a courier's note of a parcel "
    "left, then cash asked ready, must still alarm",
)
def test_a_couriers_note_beside_a_withdrawal() -> None:
    assert offered("zh_CN", "送快递的说东西给我放在门卫室了 我来取三千块钱") == "take_ticket"


# Written during the round: a scam for every neutral word, exception or narrowing.
GUARDS = [
    # neutral 帮我弄了 (done for me, told)
    ("那个客服说帮我弄了个安全账户叫我把钱都转进去", "fraud_check"),
    ("有个人说他帮我弄了一笔低息贷款要我先交三千块手续费", "fraud_check"),
    # 购物卡 / 礼品卡 / 充值卡 / 点卡 no longer a sign alone (the voucher rules read them)
    ("孙子说急用 让我去超市买五张礼品卡 把背面的号码发给他", "fraud_check"),
    ("有人说帮我充话费 叫我先买两千块的充值卡", "fraud_check"),
    # bare 现金 no longer a strong cash word
    ("那个警察说我的钱不安全 叫我把现金取出来交给他们保管", "fraud_check"),
    # quiet_cautions (a game's or an outing's word quieting a caution) was tried and dropped:
    # 涨价, already fraud_check's elsewhere, quieted round six's pressure sale and this one
    ("网上有个卖家说先付全款才发货 今天不付就涨价", "fraud_check"),
    # spelling: 一个人收两块钱 (per head) is 每人收两块钱; a sum in 万 or a 了 stays a person
    ("有一个人收两万块就能把我孙子弄进国企", "fraud_check"),
    # neutral 让他们 / 叫他们
    ("那个人说让他们派人上门来取钱", "fraud_check"),
    ("电话里的人说叫他们公司的人来我家拿现金", "fraud_check"),
    # neutral 新来了个
    ("小区新来了个推销员 叫我买保健品 先交两千定金", "fraud_check"),
    ("村里新来了个大师 说我家有灾 要花五千块消灾", "fraud_check"),
    # neutral 他们村 / 他们班 / 他们学校 / 他们小区 / 他们厂 (their place)
    ("他们村里来了个人说能帮我办养老保险 叫我先交两千块", "fraud_check"),
    ("他们学校的老师打电话说孙子出事了 叫我转五千块", "fraud_check"),
    # neutral 上门来要 / 上门讨 / 上门要账
    ("自称快递公司的人说要上门来要我的银行卡和密码", "fraud_check"),
    ("催收的打电话说我网贷逾期了 不还就上门讨债", "fraud_check"),
    # {unless: [home_send]} on the posting rules (寄 … 回去 / 回家 / 回老家)
    ("孙子打电话说他在老家出事了 叫我赶紧寄五千块回去", "fraud_check"),
    ("那个人冒充我外甥 叫我把现金寄回老家给他", "fraud_check"),
    ("有人打电话说我侄子被扣住了 叫我把钱装在信封里寄回去", "fraud_check"),
    # a neutral 一个人收 (per head) was tried and dropped: it hid these two
    ("有一个人收了我两万块钱 说能把我孙子安排进国企", "fraud_check"),
    ("有一个人收了我的身份证和银行卡 说能帮我办低保", "fraud_check"),
    # new scam signs' lookalikes
    ("社区的工作人员说能帮我办老年证 叫我带上身份证", "unknown"),
    ("app上约好了 他让我把钱转到他给的卡上", "fraud_check"),
    # requests to keep: the speaker's own cash, English, a relative's new phone and number
    ("我要点现金给孙子包红包", "take_ticket"),
    ("给我两千现金", "take_ticket"),
    ("我需要一些现金下午要用", "take_ticket"),
    ("说 english 的 有没有", "change_language"),
    ("我孙子在学english", "unknown"),
    ("我换了个新手机 号码也换了", "update_details"),
    ("儿子说他换了新手机 叫我赶紧打五千块过去", "fraud_check"),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_round_twenty_one_guards(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


def test_a_term_deposit_kept_is_no_new_phone_ask() -> None:
    """savings_out is the deposit taken out: 叫我转成定期 is no ask for money."""
    assert offered("zh_CN", "孙子换了个新手机 他说定期利息高 叫我转成定期") != "fraud_check"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("我想整个新存折儿", "我想办个新存折儿"),
        ("帮我整张卡", "帮我办张卡"),
        ("我整个人都不舒服", "我整个人都不舒服"),
        ("大 堂 经 里", "大堂经理"),
        ("找个经里", "找个经理"),
        ("圣经里说", "圣经里说"),
        ("一个人收两块钱", "每人收两块钱"),
        ("有一个人收了我两万块钱", "有一个人收了我两万块钱"),
        ("一个人收两万块", "一个人收两万块"),
    ],
)
def test_round_twenty_one_spellings(said: str, written: str) -> None:
    assert normalise(said, "zh_CN") == written
