"""Chinese, round ten: final11's and final10's misses by class (issue 11 §7).

final11 (written blind in session 12, run once; studied from now on) read
zh_CN 149/156 (1 scam missed, 5 of 32 off-topic taken); final10 146/156 after
its round. Their misses by class:

- someone else's scam told as news or hearsay (隔壁小区的老王被骗了): the
  one-word harm 被骗 / 上当 outranked every report table;
- the phone and other apps, not the bank's: phone credit (话费), the phone
  company's shop, a parcel locker's code, an app for dancing;
- everyday money, queues and appointments somewhere else (change given back at
  the market, a piggy bank, a supermarket queue, a dentist, calligraphy);
- a scam: someone "from the old work unit" asks for money sent to a third
  person today;
- requests read wrong (a broken card chip and which counter; "your young man
  kept a number for me"; a matured deposit and which number; an account for
  the pension; is this product safe, I can't afford a loss).

These sentences were written first, in other words and situations (none
copies or paraphrases a ``tests/data`` sentence), and run once on the code
before the round (main 5fc4983). First contact (right of written; "taken":
off-topic offered a task, fraud_check included):

=====================  ==========================
class                  first contact
=====================  ==========================
others' scams (talk)   8 of 8 taken
phone talk             4 of 8 taken
everyday talk          1 of 10 taken
known-person talk      0 of 2 taken
scams kept             4/4
known-person scams     6/6
phone requests         3/3
everyday requests      4/4
requests (class E)     4/9
=====================  ==========================

After the round (every list above passes): the class fixes are a mechanism
for the largest one, ``hearsay`` (kiosk/speech/intents/hearsay.py: a harm
word whose nearest person before it is someone else, with no plea, is news)
and word tables a linguist would name for the rest. Left out of the lists,
read wrong still: 楼下张老师前阵子被人骗了五万，说是搞什么养老项目 (说是 … 项目
is a scam sign, which outranks hearsay by design).

Round B (``ROUND_B``, 29 sentences in the same classes, written after the
changes and run once): 26/29 right; the code before the round read 18/29.
Its three misses: 跳舞队的刘姐被骗了三千块 (a "surname + 姐" victim the list
does not name: left, not listed), 你们的客户经理前天说今天给我留个号，我来了
(留个号 is also a request for the future: left, not listed), and
那个大额存单保不保险 (an A-not-A question of the class missing from the list:
保不保险 was added with 稳不稳妥, 可不可靠, and the sentence is kept).

See docs/design/0070-zh-round-ten.md for what was built.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offered_reading import offered

from kiosk.core.errors import ContentError
from kiosk.speech.intents.cues import load_cues
from kiosk.speech.intents.hearsay import Hearsay

# A. Someone else's scam told as news or hearsay: nothing happens to the
# speaker and nothing is asked, so it is talk.
OTHERS_SCAMMED = [
    "听说三楼的李大妈买什么磁疗床垫被骗了八万块，儿女都急坏了",
    "昨天电视上讲有个退休教师被骗了四十万，看得我心里直发慌",
    "我们老年大学有个同学上当了，买了一堆假玉镯子，现在天天哭",
    "报纸上说上个月全市有好几百个老人被骗，真不像话",
    "我表姐她公公去年被骗了十几万 到现在都没追回来 唉",
    "听我闺女说她同事的妈也上当了，被骗去买了什么保健酒",
    "隔壁单元那个老刘头被骗子骗了两万，他老伴气得住院了",
]
# ... and scams that must stay scams: the speaker or their family is being
# asked for money or secrets, or asks what to do.
SCAMS_KEPT = [
    "我老伴刚才被骗了三万块钱 现在怎么办",
    "我好像被骗了 有个人让我把钱转到他给的账户",
    "我妈接到电话说是公安局的，让她把存款转到安全账户",
    "邻居说有人冒充银行打电话给她要验证码，我刚才也接到一个",
]

# B. The phone, its credit and other apps: not the bank's app.
PHONE_TALK = [
    "我这个月手机流量用超了，又得多交二十块",
    "手机卡欠费停机了，得去移动公司交钱",
    "老伴天天拿手机刷短视频，饭都顾不上做",
    "孙女给我手机上装了个听戏的软件，唱得可好听了",
    "电话费怎么一下子扣了这么多，我得问问联通",
    "小区门口那个快递柜老是打不开，取个包裹真费劲",
    "我手机里的照片太多了，内存都满了",
    "微信视频的时候我孙子那边老是卡",
]
PHONE_REQUESTS = [
    ("手机银行登不进去了，一直说密码不对", "mobile_banking_help"),
    ("我想在手机上查查银行卡里还有多少钱", "mobile_banking_help"),
    ("你们这个手机银行的软件我不会用，能教教我吗", "mobile_banking_help"),
]

# C. Everyday money, queues and appointments somewhere else.
EVERYDAY_TALK = [
    "卖豆腐的小伙子少收了我两块钱，我明天给他补上",
    "我家老头子把零钱都攒在一个饼干盒里，攒了满满一盒",
    "菜场里的猪肉今天便宜，排队的人排到门外去了",
    "我约了礼拜三上午去医院拔牙，有点害怕",
    "这两年我迷上了画国画，天天在家画山水",
    "早上去邮局寄包裹排了好长的队",
    "小卖部的老板娘找错钱了，多给了我一张十块的",
    "理发店今天人真多，我等了一个多钟头",
    "我在老年大学报了个太极拳班，每周二上课",
    "孙子的压岁钱都放在小猪存钱罐里，沉甸甸的",
]
EVERYDAY_REQUESTS = [
    ("我要取个号，办存款", "take_ticket"),
    ("我约了十点来这边办业务，现在到了", "check_in"),
    ("屏幕上的字太小了，给我弄大点", "bigger_text"),
    ("刚才那页点错了，回到上一页", "back"),
]

# D. A known person (an old colleague, a relative, a teacher) asks by phone or
# message for money to be sent to a third party today: impersonation.
KNOWN_PERSON_SCAMS = [
    "有个自称是我老战友的人打电话，说他在外地办事，让我先帮他给一个人汇五千块",
    "一个说是我以前厂长的人给我发短信 让我今天先替他给别人转两万 过几天来看我",
    "有人说他是我外甥 换了新号码 让我给他朋友打三万块钱",
    "有个人说是我过去的老同事，让我今天帮他往一个账户里转笔钱，明天请我吃饭",
    "一个自称我孙子班主任的人打电话，让我马上把学费转到他给的账号",
    "电话里那人说是我原来的老科长，叫我先帮他给人家转八千，说明天当面还我",
]
KNOWN_PERSON_TALK = [
    "原来单位的老领导下礼拜过生日，我们几个老同事约好去看他",
    "我以前的老厂长前几天走了，我们去送了送他",
]

# E. Requests the matcher missed or read as another task.
REQUESTS = [
    ("我的卡磁条坏了，刷不出来，该去哪个窗口办", "take_ticket"),
    ("银行卡芯片坏了，商场刷不了，要排哪个号", "take_ticket"),
    ("昨天你们的大堂经理让我今天上午来，说号给我留着，我来了", "check_in"),
    ("前天你们打电话让我今天过来签字，我到了", "check_in"),
    ("我的定期存款到期了，想问问买理财，该取哪个号", "take_ticket"),
    ("想开个存钱的户头，以后养老金就打到这个卡上", "open_account"),
    ("我想办个账户，以后工资打到这里", "open_account"),
    ("这个基金保不保本，我七十多了可赔不起", "explain_product"),
    ("那个理财到底稳不稳当，我这把年纪输不起", "explain_product"),
]

# Round B: written after the round's changes, in the same classes and other
# words again, and run once (see the module docstring).
ROUND_B = [
    ("我大舅哥的邻居前几天被人骗走了养老钱，一家子都愁死了", "unknown"),
    ("菜市场卖鱼的老周上当了，花两万买了个假古董", "unknown"),
    ("俺们村有个老汉前年也被骗过，说起来就掉眼泪", "unknown"),
    ("广播里说又有好些老年人受骗了，都是买那种保健枕头", "unknown"),
    ("我刚才差点上当，那个人说我中奖了要我先交税", "fraud_check"),
    ("我老伴被骗了两万 你们能帮忙查查吗", "fraud_check"),
    ("被骗了，钱已经转过去了，怎么办啊", "fraud_check"),
    ("邻居被骗了以后，那伙人又打电话给我让我也投钱", "fraud_check"),
    ("老伴的手机套餐太贵了，回头换个便宜点的", "unknown"),
    ("我这手机屏幕摔裂了，得拿去修", "unknown"),
    ("孙子教我在手机上看天气预报，挺方便的", "unknown"),
    ("给手机充话费的那个营业厅搬走了", "unknown"),
    ("手机银行转账的时候一直提示失败", "mobile_banking_help"),
    ("能教我用手机银行交电费吗", "mobile_banking_help"),
    ("早市上那个卖菜的大爷多收了我三块钱，我也没跟他计较", "unknown"),
    ("孙女拿零花钱买了个小猪储蓄罐，天天往里面塞硬币", "unknown"),
    ("下礼拜四我约了眼科大夫复查白内障", "unknown"),
    ("医院挂号的队排得老长了，比过年买火车票还难", "unknown"),
    ("最近喜欢上剪纸了，一剪就是一下午", "unknown"),
    ("我要排个号存点钱", "take_ticket"),
    ("约了上午十点找客户经理，我已经到了", "check_in"),
    ("有个自称我老连长的人打电话，说他在医院急用钱，让我先给他侄子汇一万", "fraud_check"),
    ("微信上一个头像是我老同学的人让我帮他给一个账户转三万，说周末还我", "fraud_check"),
    ("卡芯片好像消磁了，到哪个柜台去补办", "take_ticket"),
    ("我存的三年定期今天到期了，要转成别的，该排哪个号", "take_ticket"),
    ("想开个户头，以后儿子给的生活费就打进来", "open_account"),
    ("那个大额存单保不保险，我就这点养老钱", "explain_product"),
]

TALK = [(t, "unknown") for t in OTHERS_SCAMMED + PHONE_TALK + EVERYDAY_TALK + KNOWN_PERSON_TALK]
SCAMS = [(t, "fraud_check") for t in SCAMS_KEPT + KNOWN_PERSON_SCAMS]
ALL = TALK + SCAMS + PHONE_REQUESTS + EVERYDAY_REQUESTS + REQUESTS + ROUND_B


@pytest.mark.parametrize(("text", "intent"), ALL)
def test_a_chinese_sentence_of_final11s_classes_reads_right(text: str, intent: str) -> None:
    assert offered("zh_CN", text) == intent


def _hearsay() -> Hearsay:
    return Hearsay(
        harms=["被骗", "上当"],
        victims=["邻居", "老王", "同事", "他"],
        owners=["我", "咱"],
        pleas=["怎么办", "吗"],
        reach=8,
    )


def test_a_harm_done_to_someone_else_is_news() -> None:
    hearsay = _hearsay()
    assert hearsay.is_others_news("隔壁的老王被骗了两万真可怜")
    assert hearsay.is_others_news("邻居 上当 了")  # spaces do not count


def test_a_harm_of_the_speaker_or_asked_about_is_no_news() -> None:
    hearsay = _hearsay()
    assert not hearsay.is_others_news("我被骗了两万")  # the speaker
    assert not hearsay.is_others_news("昨天被骗了两万")  # a dropped subject is the speaker
    assert not hearsay.is_others_news("我同事被骗了")  # the speaker's own colleague
    assert not hearsay.is_others_news("老王被骗了怎么办")  # a plea
    assert not hearsay.is_others_news("老王去年买了好多东西后来被骗了")  # beyond reach
    assert not hearsay.is_others_news("今天天气真好")  # no harm


@pytest.mark.parametrize("reach", ["twelve", "0", "true", "[12]"])
def test_a_hearsay_reach_that_is_no_whole_number_names_the_field(
    tmp_path: Path, reach: str
) -> None:
    cues = tmp_path / "cues.yaml"
    cues.write_text(
        f"locale: zh_CN\nintents: {{}}\n"
        f"hearsay: {{harms: [被骗], victims: [他], reach: {reach}}}\n",
        "utf-8",
    )
    with pytest.raises(ContentError) as error:
        load_cues(cues, "zh_CN")
    assert error.value.field == "hearsay.reach"


def test_an_unknown_hearsay_list_names_the_field(tmp_path: Path) -> None:
    cues = tmp_path / "cues.yaml"
    cues.write_text(
        "locale: zh_CN\nintents: {}\nhearsay: {harms: [被骗], victim: [他], reach: 8}\n", "utf-8"
    )
    with pytest.raises(ContentError) as error:
        load_cues(cues, "zh_CN")
    assert error.value.field == "hearsay.victim"
