"""Chinese, round eighteen: secrecy ordered by a caller, news told as news, Z8's siblings.

final20 (zh_CN, 156, studied now) read 147: three off-topic sentences taken as a task
and six requests read unknown or as another task; no scam missed. The review of
round seventeen left scams with no money named. By what a person hears in them:

- S. secrecy ordered by a caller (不要告诉家人, 这是秘密调查, 只能你知我知, 把银行的
  电话挂了, 不用去银行直接转给他) -- a scam sign of its own, no money needed;
- F. everyday secrecy in a family (a birthday surprise, new clothes kept from a
  husband) -- stays unknown;
- N. news told as news: a stolen thing found again, a relative's words reported
  (她刚才说), a family chat group -- no task;
- R. requests in few or other words: a card to be locked (锁起来), "too fast" (反应
  不过来), a Cantonese ask (有冇), the Henan one-word "yes" (中);
- C. Z8's siblings (review 17): an errand said to be elsewhere, then asked for here
  in a later clause (不收扫码，我想取三百块); a carer's news of a relative's new number.

These sentences were written first, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once on the code before the round
(main 90afc84). First contact (right of written), 16/32:

=====================  ==========================
class                  first contact
=====================  ==========================
S secrecy ordered        2/9
F family secrets         3/4
N news                   4/6
R requests               5/7
C elsewhere, then asked  2/6
=====================  ==========================

After the fixes 31/32: the one left (``LEFT``) is a son's new number told as news,
read update_details before the round as after (新手机号 is a strong word, 我 an ask).
``AFTER`` was written after the fixes and run once: 13/15. A granddaughter's "tell
nobody" reads fraud_check (the rule cannot tell a grandchild from a caller: ``LEFT``);
a repeat asked about a husband's words lost its second word to the new neutral
老伴刚才说 and was mended with 老伴刚才说的 (a said thing, asked again), then passed.

See docs/design/0112-zh-round-eighteen.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# S. Secrecy ordered by a caller is a scam sign of its own, with no money named.
SECRECY = [
    ("打电话的那个人说这件事不能告诉家里人", "fraud_check"),
    ("那个男的再三交代我别跟子女讲", "fraud_check"),
    ("有个说是检察院的人讲案子在查 叫我不要告诉任何人", "fraud_check"),
    ("对方说这是秘密调查 连老伴都不许说", "fraud_check"),
    ("那人说这事只有你知我知 千万不能讲出去", "fraud_check"),
    ("他叫我把银行打来的电话挂了 别听银行的", "fraud_check"),
    ("那人说不用跑银行了 直接把钱转给他就行", "fraud_check"),
    ("电话里的人教我 柜员问起来就说是给自己看病用的", "fraud_check"),
    ("她让我别跟家里人说 说说了就办不成了", "fraud_check"),
]

# F. Everyday secrecy among family, no scam: stays unknown.
FAMILY_SECRETS = [
    ("孙女说别告诉奶奶 礼拜天要给她过生日 弄个惊喜", "unknown"),
    ("别告诉我家老头子 我今天又买了件新衣裳", "unknown"),
    ("孙子考试没考好 央求我别告诉他妈", "unknown"),
    ("老伴住院的事我没跟孩子们说 怕他们担心", "unknown"),
]

# N. News told as news: a thing stolen and found again, somebody else's words.
NEWS = [
    ("我家三轮车前阵子叫人偷了 派出所帮着找回来了 真要好好谢谢人家", "unknown"),
    ("老伴刚才说口渴 你们这儿有没有开水", "unknown"),
    ("我孙子刚才说去买冰棍 这会儿还没回来", "unknown"),
    ("儿子拉了个家庭群 老让我在群里发语音 我总按不好", "unknown"),
    ("你刚才说的我没听清楚 再说一遍", "repeat"),
    ("我的卡被偷了 赶紧帮我挂失", "lost_card"),
]

# R. Requests said in few or other words.
ASKED = [
    ("我的养老金卡不晓得丢哪去了 快帮我把它锁起来", "lost_card"),
    ("银行卡找不见了 先给我锁起来", "lost_card"),
    ("你说得太快了 我脑子跟不上", "slower"),
    ("讲那么快 我反应不过来", "slower"),
    ("我耳朵背 听不到你说话", "louder"),
    ("有冇潮州话 我听唔明", "change_language"),
    ("中嘞", "yes"),
]

# C. Z8's siblings: the errand said to be elsewhere, then asked for here; a carer's news.
ELSEWHERE_THEN_ASKED = [
    ("卖菜的不收扫码，我想取三百块", "take_ticket"),
    ("庙里功德箱不收微信，我来取五百块现金", "take_ticket"),
    ("卖菜的不收扫码，我只好回家拿了钱", "unknown"),
    ("我老伴的电话号码换了", "update_details"),
    ("我家老头子的手机号换了", "update_details"),
]

# A. Written after the fixes, run once: more of each class, and lookalikes a new word must not take.
AFTER = [
    ("自称社保局的人打电话说我的医保卡出了问题 叮嘱我别告诉家里人", "fraud_check"),
    ("那人说我们是在帮你 你可千万别跟你儿子讲", "fraud_check"),
    ("电话里的警官说案子要保密 叫我瞒着家里人", "fraud_check"),
    ("有个人让我不用来银行办 直接打到他卡上", "fraud_check"),
    ("他说银行的人都靠不住 叫我别接银行的电话", "fraud_check"),
    ("我跟孩子们说好了 周末去公园", "unknown"),
    ("这个手机我买了三年了 还挺好使", "unknown"),
    ("老伴刚才说的那个利息 你再说一遍", "repeat"),
    ("卡不见了 帮我锁起来", "lost_card"),
    ("老年大学报名排队，我想取个号存钱", "take_ticket"),
    ("我那个基金是咋赚钱的 给我讲讲", "explain_product"),
    ("我妈的住址变了", "update_details"),
    ("钱包昨天丢了，今天派出所给找回来了", "unknown"),
    ("钱包找回来了，可里面的银行卡没了，赶紧帮我挂失", "lost_card"),
]

ALL = SECRECY + FAMILY_SECRETS + NEWS + ASKED + ELSEWHERE_THEN_ASKED + AFTER

# Left (strict xfail): a relative's news the word lists cannot tell from a request or a scam.
LEFT = [
    # C, first contact: a son's new number told as news; 新手机号 is strong and 我 asks.
    ("我儿子换了个新手机号 我老记不住", "unknown"),
    # AFTER: a grandchild's "tell nobody" is a caller's order to the rule [hush_verb, hush_whom].
    ("孙女叫我别告诉任何人 她谈了个男朋友", "unknown"),
]


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_eighteen(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want


@pytest.mark.xfail(
    strict=True,
    reason="who orders the secrecy (a grandchild or a caller) and whose number it is "
    "(a son's or one's own) need more than a word list (ADR 0112, left)",
)
@pytest.mark.parametrize(("text", "want"), LEFT)
def test_round_eighteen_left(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
