"""Chinese, round fifteen: the rules' own mistakes in final18 (issue 11 §7).

final18 (zh_CN, its one run after round fourteen: 148/156, 1 scam missed, 3
off-topic taken) left misses in a few classes:

- S. a stranger at home who claims to be the bank and takes the cash away to
  swap it for new notes, told in Wu speech (讲是 for 说是, 钞票 for money,
  屋里 for home) that no scam word list held;
- F. scam signs read from words that meant something else: 说是 after the
  police ("the police said that …": a report, not someone posing as the
  police), 一个人 "alone" and 转转 "to stroll" read as "someone" and "transfer",
  a password set by the family with the family's phone unreachable read as a
  caller asking for the password, a number blocked in a quarrel (拉黑) read as a
  change of details;
- R. requests in regional or clipped forms: 再讲一道 (一道 "once", Wu and
  Southwest), 慢慢讲 (an imperative with no request word), 不 我不要这个.

These sentences were written first, in other words and situations (none
copies or paraphrases a ``tests/data`` sentence), and run once on the code
before the round (main 482bbb3). First contact (right of written):

=====================  ==========================
class                  first contact
=====================  ==========================
S scams                5/8
S requests kept        1/3
F lookalikes           4/8
F scams kept           5/5
R requests             7/8
=====================  ==========================

``AFTER_THE_FIX`` was written after the fixes (all classes) and run once on
that code: 12/12 (the code before the round read 8 of them right).

See docs/design/0098-zh-round-fifteen.md for what was built.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# S. A stranger at home, "from the bank", takes the cash to swap it; Wu speech.
SCAMS = [
    ("今朝早上有人敲门 讲是银行的 叫我把屋里的钞票拿出来 伊帮我换成新版", "fraud_check"),
    ("有两个人到我家来 说是银行上门服务 要把我的旧钱收走换新版的", "fraud_check"),
    ("刚才一个小伙子上门讲 老版的钞票下个月作废 可以帮我拿去换", "fraud_check"),
    ("电话里讲是公安局的 要查我屋里的钞票 叫我全部取出来", "fraud_check"),
    ("有个女的讲是社保局的 叫我把存折交给她去办", "fraud_check"),
    ("门口来了个人讲是人民银行的 讲旧版的钱不好用了 要收去统一换", "fraud_check"),
    ("伊讲自己是银行经理 上门帮我办 叫我先把钞票交给伊", "fraud_check"),
    ("楼下阿婆讲 有人到伊屋里 讲是银行派来的 帮伊把钞票换新的 我也想叫他们来", "fraud_check"),
]

# S. The customer's own swap of old notes at the counter stays a request.
SCAMS_REQUESTS_KEPT = [
    ("我想把旧钞票换成新的", "take_ticket"),
    ("屋里有点旧钱 想换成新版的 在哪里办", "take_ticket"),
    ("我来存钞票", "take_ticket"),
]

# F. Talk near a scam sign's words that is no scam and asks nothing.
LOOKALIKES = [
    ("昨天派出所的人来楼里 说是要查一下消防通道 我们都把东西搬开了", "unknown"),
    ("警察同志在路口说是前面修路 让车子都绕着走", "unknown"),
    ("我一个人住 平时就出来转转 晒晒太阳", "unknown"),
    ("老伴不在了 我一个人吃饭没意思 天天到公园里转一转", "unknown"),
    ("我跟我妹闹别扭 她把我电话号码拉黑了", "unknown"),
    ("他把我微信拉黑了 你说气不气人", "unknown"),
    ("我闺女给我设的密码 她出差了电话打不通 我手机银行登不上了", "mobile_banking_help"),
    ("手机银行的密码是孙子帮我弄的 现在他电话关机 我自己打不开", "mobile_banking_help"),
]

# F. Scams told with the same words stay scams.
SCAMS_KEPT = [
    ("有人打电话说是派出所的 让我把钱转过去", "fraud_check"),
    ("一个人来我家说是银行的 要我的密码", "fraud_check"),
    ("电话里那个人问我要手机银行的密码", "fraud_check"),
    ("那个男的把我拉黑了 我转给他的两万块要不回来", "fraud_check"),
    ("我一个人在家 有个人打电话叫我把存款转到安全账户", "fraud_check"),
]

# R. Requests in regional or clipped forms.
REQUESTS = [
    ("你讲的我没听清 再讲一道", "repeat"),
    ("再说一道 我没记住", "repeat"),
    ("麻烦你再念一道", "repeat"),
    ("慢慢说 我跟不上", "slower"),
    ("讲慢点 我年纪大了听不过来", "slower"),
    ("慢慢念 我脑子转得慢", "slower"),
    ("不 我不要那个", "no"),
    ("不 这个我不要", "no"),
]

# All classes, written after their fix and run once on it (see the docstring).
AFTER_THE_FIX = [
    ("隔壁爷叔讲 前两天有个人上门 讲是派出所的 要看看伊屋里的钞票是不是假的", "fraud_check"),
    ("有个男的到我屋里 讲是电信的 叫我把卡上的铜钿转到新的卡里", "fraud_check"),
    ("一个女的打电话说是法院的 说我涉嫌洗钱 要我把钱交出来", "fraud_check"),
    ("老头子走了以后我一个人在屋里 电视也不想看 就下楼转转", "unknown"),
    ("社区的人来开会 说是下个礼拜停水 让大家早点接好水", "unknown"),
    ("银行的广播说是今天下午系统维护 我就改明天来了", "unknown"),
    ("我外孙女跟我闹脾气 把我微信拉黑了三天", "unknown"),
    ("我儿子帮我开的手机银行 密码我忘了 他电话也没人接 咋弄啊", "mobile_banking_help"),
    ("刚才那个没听明白 你再说一回", "repeat"),
    ("你慢点说 别急 我这耳朵反应不过来", "slower"),
    ("不 我不要这个 换一个", "no"),
    ("我想取点钞票", "take_ticket"),
]

# Written after the first fix ("说是" claims an authority only before it) showed a
# claim with a qualifier between ("说是市里的警察") lost: the gapped sign phrase.
GAPPED = [
    ("来了个人说是工商银行的 来核对信息", "fraud_check"),
    ("有人说是市里的警察 找我有事", "fraud_check"),
    ("门口有个人讲是中国人民银行的", "fraud_check"),
    ("有个电话说是北京市公安局的", "fraud_check"),
    ("说是明天要下雨 银行门口的台阶滑", "unknown"),
]

# Probes of the fixes' edges, written after them: 吵架 alone must not hide a
# change of number (吵架 was first listed elsewhere beside 拉黑, and removed).
EDGES = [
    ("我跟老伴吵架了 他一气之下把我的手机号注销了 我要换个新号码登记", "update_details"),
    ("伊讲是我孙子 叫我打钱过去", "fraud_check"),
    ("这个不要了 换个别的", "no"),
    ("我一个人来的 想取点钱", "take_ticket"),
    ("老版的钞票还能存吗", "take_ticket"),
]

# An in-law pushing a promised return (the lead, after retraining moved probe15's
# "姐夫 … 原始股 … 取出来给他" just under the learned scam line): in-laws are
# acquaintances of [promise, acquaintance, move_money], as cousins already were.
IN_LAWS = [
    ("我妹夫说他们单位有内部的项目 稳赚不亏 叫我把存的钱取出来交给他", "fraud_check"),
    ("连襟拉我买原始股 说明年能翻五倍 让我转钱到他卡上", "fraud_check"),
    ("我姐夫陪我来的 想取点钱", "take_ticket"),
    ("我小舅子下个月结婚 我得给他包个红包", "unknown"),
]

BEFORE = SCAMS + SCAMS_REQUESTS_KEPT + LOOKALIKES + SCAMS_KEPT + REQUESTS
ALL = BEFORE + AFTER_THE_FIX + GAPPED + EDGES + IN_LAWS


@pytest.mark.parametrize(("text", "want"), ALL)
def test_round_fifteen(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want
