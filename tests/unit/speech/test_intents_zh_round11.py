"""Chinese, round eleven: final12's misses by class (issue 11 §7).

final12 (written blind, run once; studied from now on) read zh_CN 149/156
(0 scams missed, 4 of 32 off-topic taken). Its seven misses fall in two
classes:

- A. everyday talk whose words are the bank's words used for daily life
  (4 of 7): 一块儿 "together" read as the money word 块 next to a police
  station (a friend who was a policeman is a scam sign); a household
  password (the wifi's) read as the bank app's; a phone for old people to buy
  "with big letters and a loud voice" read as a screen command; a date with
  friends to dance read as an appointment here;
- B. screen commands said in a longer way (3 of 7): "that sentence, repeat
  it" (the longest word 重复一下 belonged to no list), "can't see the screen,
  no glasses" (long, one list word, no request shape: read as news), and
  "never mind, I won't do it" (giving up the errand read as a plain no).

These sentences were written first, in other words and situations (none
copies or paraphrases a ``tests/data`` sentence), and run once on the code
before the round (main 827a7f2). First contact (right of written; "taken":
off-topic offered a task, fraud_check included):

=====================  ==========================
class                  first contact
=====================  ==========================
A everyday talk        6 of 11 taken
A requests kept        6/6
B screen commands      4/8
B talk kept            4/4
=====================  ==========================

(Two expectations were written wrong and corrected before counting: the
kiosk has no cash intent, 取钱 is take_ticket; 算了 alone is the stop
template's.)

After the round every listed sentence passes (final12 149 → 156 of 156).
Round B (``ROUND_B``, 13 sentences in the same classes, written after the
changes and run once): 12/13. Its miss, left and not listed:
家里wifi名字叫啥来着，孙女给设的密码我记不住 reads repeat (啥来着 and
记不住 are repeat's words for "what was that again"; here they are the
speaker's memory of the wifi's name).

See docs/design/0075-zh-round-eleven.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.cue_rules import tie
from kiosk.speech.intents.vocabulary import INTENTS

# A. The bank's words in daily life: "together" (一块儿), a household password,
# a device to buy, a date with friends for leisure.
EVERYDAY_TALK = [
    ("我和老同学是一块儿在公安局干到退休的，现在常一块儿下棋", "unknown"),
    ("明天我跟隔壁老李一块儿去公园打太极拳", "unknown"),
    ("我女婿在法院上班，过年我们一块吃饭", "unknown"),
    ("路由器 的 密码 我 忘 了 网 连 不 上", "unknown"),
    ("门禁卡密码换了，物业也没通知我们", "unknown"),
    ("宽带密码是孙子设的，我也不知道是啥", "unknown"),
    ("想给我老伴买个老人机，按键大字也大的那种", "unknown"),
    ("商场里有卖助听器的吗，声音能调大的那种", "unknown"),
    ("下午约了几个老姐妹一起去跳舞", "unknown"),
    ("我跟老战友约好了周末一块去爬山", "unknown"),
    ("礼拜天约了牌友去他家打麻将", "unknown"),
]
# ... and requests the new tables must not break.
EVERYDAY_REQUESTS = [
    ("手机银行的密码忘了，登不进去", "mobile_banking_help"),
    ("我约了十点找客户经理办理财", "check_in"),
    ("屏幕上的字太小了，帮我弄大一点", "bigger_text"),
    ("警察打电话说我的账户涉嫌洗钱，让我把钱转过去", "fraud_check"),
    ("我想取一千块钱", "take_ticket"),
    ("派出所的人说我的卡被冻结了，要我把存款转到安全账户", "fraud_check"),
]

# B. Screen commands said in a longer way.
SCREEN_COMMANDS = [
    ("不好意思，你把刚才说的那段再重复一下", "repeat"),
    ("能不能把上面那句话重复一遍", "repeat"),
    ("眼镜忘在家里了，屏幕上的字一个也看不见", "bigger_text"),
    ("老花镜没带出来，这上面的字我看不清", "bigger_text"),
    ("算了算了，今天不办了", "stop"),
    ("我不办了，别说了", "stop"),
    ("太麻烦了，不弄了", "stop"),
    ("那就算了，先不办了", "stop"),
]
# ... and lookalikes that must stay what they are.
SCREEN_TALK = [
    ("算了", "stop"),  # the stop template lists it alone
    ("不是这个，算了", "no"),
    ("我孙子的手机字可大了，我都看得见", "unknown"),
    ("护照的事上回办了，这回不用办了", "unknown"),
]

# Round B: written after the round's changes, in the same classes and other
# words again, and run once (see the module docstring; its one miss is left out).
ROUND_B = [
    ("老伴出门老是忘带钥匙，我得在家等他", "unknown"),
    ("我们老哥几个一块儿去检察院门口那家馆子吃过饭", "unknown"),
    ("超市里有没有卖放大镜的，看报纸用", "unknown"),
    ("明早约了老同学去湖边钓鱼", "unknown"),
    ("周末我们约好去老年活动中心唱歌", "unknown"),
    ("想买个收音机，声音大点的那种，听戏用", "unknown"),
    ("刚才那段话没记住，再重复一下好吗", "repeat"),
    ("不取了，今天先不办了", "stop"),
    ("字太小了，老花镜又忘带了", "bigger_text"),
    ("我约了两点钟来办定期存款", "check_in"),
    ("手机银行的登录密码输错了三次被锁了", "mobile_banking_help"),
    ("有人冒充公安说我卡涉嫌犯罪，让我一块钱不剩都转过去", "fraud_check"),
]

ALL = EVERYDAY_TALK + EVERYDAY_REQUESTS + SCREEN_COMMANDS + SCREEN_TALK + ROUND_B


@pytest.mark.parametrize(("text", "intent"), ALL)
def test_a_chinese_sentence_of_final12s_classes_reads_right(text: str, intent: str) -> None:
    assert offered("zh_CN", text) == intent


def test_giving_up_leads_into_a_request_but_outranks_an_answer() -> None:
    said_at = {"no": 0, "stop": 2, "home": 5}
    ranked = sorted(said_at, key=lambda i: tie("first", i, said_at))
    assert ranked == ["home", "stop", "no"]
    assert tie("order", "stop", said_at) == (0, INTENTS.index("stop"))
