"""Chinese, round twelve: final13's misses by class (issue 11 §7).

final13 (written blind, run once; studied from now on) read zh_CN 145/156
(0 scams missed, 3 of 32 off-topic taken). Its eleven misses, by class:

- A. daily life told in the bank's words (3 off-topic taken, and one lost
  card read as a scam): a television that 卡住 "froze" read as a stuck bank
  card; a daughter's New Year money and quilts made 给她 "for her" and posted
  read as cash posted at someone's asking; a widow who wants 找人说说话
  "someone to talk to" read as asking for staff;
- B. short screen commands and answers said the regional way (6 of 11):
  听不着 (northern 着 "reach" for 到/见), 放慢些 (些 "a bit more" for 点),
  认不得 (south-western "can't make out"), 不中 (Henan "no"), 要听闽南话,
  没有 alone as the answer.

These sentences were written first, in other words and situations (none
copies or paraphrases a ``tests/data`` sentence), and run once on the code
before the round (main 267949b). First contact (right of written; "taken":
off-topic offered a task, fraud_check included):

=====================  ==========================
class                  first contact
=====================  ==========================
A daily life           3 of 10 taken
A requests kept        6/6
B regional commands    6/13
B talk kept            5/5
=====================  ==========================

After the round every listed sentence passes (final13 145 → 154 of 156).
Round B (``ROUND_B``, 13 sentences in the same classes, written after the
changes and run once): 12/13. Its miss, 屏幕上的东西我认不出来，眼花了, was
read as news (15 characters, one rule, no request shape); 认不得/认不出/认不清
then became request shapes like 0075's 没带 (what I cannot do here, now), and
it is listed.

See docs/design/0081-zh-round-twelve.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# A. Daily life in the bank's words: a thing that froze (卡), making or buying
# something for family (给她/给他 + verb), wanting company to talk to.
DAILY_LIFE = [
    ("电脑 开 着 开 着 就 卡 住 了 鼠标 也 动 不 了", "unknown"),
    ("孙子的视频通话老卡住，一会儿有声一会儿没声", "unknown"),
    ("洗衣机的门卡住了打不开，得叫师傅来修", "unknown"),
    ("外孙女考上大学，我给她织了件毛衣，又包了五百块钱", "unknown"),
    ("儿子爱吃我腌的咸菜，我给他装了两罐，托人捎过去", "unknown"),
    ("过年孙子给我磕头，我给了他一千块压岁钱", "unknown"),
    ("闺女每个月给我打五百块生活费，我都攒着", "unknown"),
    ("一个人在家闷得慌，出来转转，想找人聊聊天", "unknown"),
    ("老头子走了以后，晚上没人陪我说说话", "unknown"),
    ("楼下的老姐妹们天天凑一块唠嗑，我也想找个伴儿说说话", "unknown"),
]

# A. Requests a daily-life rule must not break.
DAILY_REQUESTS = [
    ("我的卡在取款机里卡住了，出不来", "lost_card"),
    ("钱包丢了，卡也在里头，快帮我挂失", "lost_card"),
    ("有人打电话说是我孙子，出车祸了让我赶紧给他打钱", "fraud_check"),
    ("那个人让我把养老钱取出来寄给他", "fraud_check"),
    ("我想找个工作人员问问，这机器我不会弄", "call_staff"),
    ("麻烦叫个人过来帮我一下", "call_staff"),
]

# B. Short commands and answers said the regional way.
REGIONAL_COMMANDS = [
    ("声音太轻了，我听不着", "louder"),
    ("啥也听不着", "louder"),
    ("说快了，慢些说", "slower"),
    ("你讲得太急，讲慢些", "slower"),
    ("这上头的字我认不得，眼神不行了", "bigger_text"),
    ("眼睛花，屏上的字认不清", "bigger_text"),
    ("不中", "no"),
    ("这个不中，不要这个", "no"),
    ("不得行", "no"),
    ("要不得要不得", "no"),
    ("能不能换成粤语", "change_language"),
    ("我想听四川话的", "change_language"),
    ("没有", "no"),
]

# B. Talk with the same regional words that asks nothing.
REGIONAL_TALK = [
    ("我们那儿的人说话都慢些，不像城里人急", "unknown"),
    ("我老伴爱听越剧，天天开着收音机", "unknown"),
    ("他家孙子我认不得了，长那么高", "unknown"),
    ("我老家是河南的，说话老带个中字", "unknown"),
    ("孙女在学粤语歌，唱得可好听了", "unknown"),
]

# Round B: written after the round's changes, in the same classes and other
# words again, and run once (see the module docstring).
ROUND_B = [
    ("家里的投影仪放着放着就卡住了，孙子也不在家", "unknown"),
    ("我给外孙煮了一锅鸡汤，装保温桶里让他爸带去学校", "unknown"),
    ("老伴住院那阵子，我天天去陪她说说话", "unknown"),
    ("退休了没事干，就到公园转转，跟老哥们唠唠嗑", "unknown"),
    ("我们湖南人讲话快，你莫怪", "unknown"),
    ("车票我认不得是哪一天的，孙女帮我看的", "unknown"),
    ("听不着，再大点声", "louder"),
    ("屏幕上的东西我认不出来，眼花了", "bigger_text"),
    ("不成不成，不是这个", "no"),
    ("有客家话的吗", "change_language"),
    ("同志，念慢些，我跟不上", "slower"),
    ("存折丢了，里面有退休金，赶紧给我挂失", "lost_card"),
    ("那人让我赶紧把养老钱取出来交给他保管", "fraud_check"),
]

ALL = DAILY_LIFE + DAILY_REQUESTS + REGIONAL_COMMANDS + REGIONAL_TALK + ROUND_B


@pytest.mark.parametrize(("text", "intent"), ALL)
def test_a_chinese_sentence_of_final13s_classes_reads_right(text: str, intent: str) -> None:
    assert offered("zh_CN", text) == intent
