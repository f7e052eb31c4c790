"""Chinese and Korean, round six: final7's misses by class; a scam rule with no situation.

final7 (156 sentences per locale) was studied by class after its honest runs
(zh_CN 151, 4 scams missed; ko 153, 2 missed, 1 off-topic taken). Its misses
fell in a few classes: a relative known only by how they address you (妈 …)
with a new number; money let out only after a fee; the caller kept on the
line while the customer is at the bank; a fake service "cancelling" something
by app steps; a person "sent" for the card and a password in an envelope;
"do you know someone who fixes …"; the northern 儿 suffix (取点儿钱). For each
class these sentences were written first, in other words and situations, as
older customers say them and a recogniser hands them over (no punctuation,
fillers, Vosk's spaces in Chinese); each batch was run once (first contact in
each comment) and the class then fixed in ``locales/{zh_CN,ko}/{cues,concepts}.yaml``
(docs/design/0057-cjk-round-six.md). Round B was written after round A's
fixes, C after B's, D after C's, and so on to L. None copies a ``tests/data`` sentence.

First contact (right of written):

=====  ===========================================  ==========================================
round  zh_CN                                        ko
=====  ===========================================  ==========================================
A      scams 8/12, talk 6/7 (1 taken), req. 6/7     scams 7/8, talk 4/6 (2 taken), req. 5/5
B      scams 10/12, talk 0 of 8 taken, req. 12/12   scams 7/10, talk 0 of 7 taken, req. 12/12
C      scams 8/10, talk 1 of 8 taken, req. 10/10    scams 7/8, talk 2 of 7 taken, req. 8/9
D      scams 7/8, talk 1 of 6 taken, req. 8/8       scams 6/7, talk 1 of 5 taken, req. 6/7
E      scams 7/10, talk 0 of 7 taken, req. 7/8      scams 6/8, talk 1 of 6 taken, req. 7/8
F      scams 4/8, talk 0 of 6 taken, req. 3/6       scams 7/7, talk 0 of 5 taken, req. 6/6
G      scams 6/8, talk 0 of 7 taken, req. 6/7       scams 7/7, talk 0 of 6 taken, req. 7/7
H      scams 5/8, talk 0 of 6 taken, req. 6/6       scams 4/6, talk 0 of 4 taken, req. 5/5
I      scams 5/8, talk 0 of 6 taken, req. 6/6       scams 5/6, talk 0 of 4 taken, req. 6/6
J      scams 6/6, talk 2 of 7 taken, req. 3/5 *     scams 5/5, talk 3 of 6 taken, req. 3/4 *
K      scams 3/5, talk 3 of 7 taken, req. 2/4 *     scams 3/5, talk 3 of 6 taken, req. 3/4 *
L      scams 5/5, talk 0 of 6 taken, req. 3/3       scams 4/4, talk 2 of 4 taken, req. 3/3
=====  ===========================================  ==========================================

The situation-free rule (ADR 0057): in each ``concepts.yaml`` one ``scams``
rule whose every place is a list of concepts: another party, asking, money or
a code, and a reason the customer cannot check. Alone it reads the ``*_S_*``
sentences, and it must take no sentence of any set or round file that is not
a scam.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from offered_reading import offered

from kiosk.paths import locales_dir
from kiosk.speech.intent_actions import Listener, Verdict
from kiosk.speech.intents import matcher_for
from kiosk.speech.intents.cues import CONCEPTS_FILE, CUES_FILE, load_cues
from kiosk.speech.intents.normalise import normalise

# zh A: final7's scam classes, in other situations: a relative known only by how they address you
# (妈, 奶奶) with a new number; money out only after a fee; the caller kept on the line;
# a fake service cancelling something by app steps (first contact 8/12).
ZH_A_SCAMS = [
    ("奶奶 是我呀 我手机丢了 这是同学的号 您先给我打两千块 别跟我爸说", "fraud_check"),
    ("收到条短信 爸 我是小军 换了个新号码 急用钱 你转五千到这个卡上", "fraud_check"),
    ("微信上一个人叫我 姥姥 我在外面跟人打架了 得赔人家钱 您快打点钱过来", "fraud_check"),
    ("妈 我 换 了 个 微信 原来 那个 登 不 上 了 你 先 转 两 千 给 我", "fraud_check"),
    ("我在一个平台上买了点虚拟货币 现在想提现 客服说得先交百分之十的保证金", "fraud_check"),
    ("网上那个理财软件里显示我赚了三万 可要先充一笔税钱才能取出来", "fraud_check"),
    ("他 们 说 我 账 户 里 的 钱 被 冻 住 了 要 交 解 冻 的 钱 才 能 拿 出 来", "fraud_check"),
    ("我这手机还通着呢 那边的人让我别挂 说办完了告诉他", "fraud_check"),
    ("有个男的在电话里一直听着 叫我到了柜台按他说的转钱", "fraud_check"),
    ("有个客服说我开了个什么百万保障 不关的话每月扣钱 让我打开手机银行照着他说的弄", "fraud_check"),
    ("说我在网上开通了学生贷款 要注销 不然影响征信 让我把钱转到指定账户", "fraud_check"),
    ("来电话说我的会员到期要自动续费 要退订得先在手机上跟着他一步一步点", "fraud_check"),
]


# zh A: talk near those words (first contact 6/7; the one taken, a changed number not yet told
# to friends, was dropped: offering to update the number is fair).
ZH_A_OFF_TOPIC = [
    ("妈 我今天晚上不回来吃饭了", "unknown"),
    ("儿子说周末带我去公园转转", "unknown"),
    ("电话别挂啊 我去给你拿个笔", "unknown"),
    ("我孙女在网上开了个小店 卖点衣服", "unknown"),
    ("那个视频会员到期了 我也不会续", "unknown"),
    ("楼下超市的会员卡能打折吗", "unknown"),
]


# zh A: the northern 儿 suffix (取点儿钱), and requests near it (6/7).
ZH_A_REQUESTS = [
    ("我想存点儿钱", "take_ticket"),
    ("取 点 儿 钱 在 哪 儿 排 号", "take_ticket"),
    ("换点儿零钱", "take_ticket"),
    ("这字儿太小了 弄大点儿", "bigger_text"),
    ("声儿小点儿 听不清", "louder"),
    ("卡让机器给吞了 这咋整", "lost_card"),
    ("再说一遍儿 我没听清", "repeat"),
]


# ko A: a person 'sent' for the card, a password in an envelope; the phone kept on (7/8).
KO_A_SCAMS = [
    ("카드 회사에서 직원을 집으로 보낸다고 카드랑 비밀번호를 준비해 두래요", "fraud_check"),
    ("은행이라면서 기사님이 들를 테니까 통장하고 도장을 문 앞에 내놓으라네요", "fraud_check"),
    (
        "저기 헌 카드는 사람이 와서 걷어 간다고 비밀번호를 쪽지에 적어 놓으라고 했어요",
        "fraud_check",
    ),
    ("누가 우리 집으로 사람 보낼 테니 현금을 봉투에 담아서 주라고 하던데요", "fraud_check"),
    ("지금 그 사람이랑 통화 연결된 채로 왔어요 끊지 말라고 해서요", "fraud_check"),
    ("전화 끊으면 큰일 난다고 계속 들고 있으래요 은행 가서 돈 보내라고", "fraud_check"),
    ("주머니에 휴대폰 켜 놓고 창구 가서 시키는 대로 하라더라고요", "fraud_check"),
    ("그 검사가 전화를 끊지 말고 바로 은행으로 가라고 했어요", "fraud_check"),
]


# ko A: 'do you know someone who fixes …' and talk near those words (4/6: 2 taken).
KO_A_OFF_TOPIC = [
    # moved to test_intents_offer_0141.py (ADR 0141)
    ("이 근처에 잘하는 미용실 아는 사람 있어요", "unknown"),
    ("수도 고치는 기사 전화번호 좀 알아요", "unknown"),
    ("전화 끊지 마 잠깐만 기다려 봐", "unknown"),
    ("우리 딸이 사람을 보내서 김치를 가져간대요", "unknown"),
    ("손자가 봉투에 용돈을 넣어 줬어요", "unknown"),
]


# ko A: requests near those words (5/5).
KO_A_REQUESTS = [
    ("여기 직원 좀 아는 사람 불러 줘요", "call_staff"),
    ("저기 담당하는 사람 좀 불러 주세요", "call_staff"),
    ("카드가 기계에 들어가서 안 나와요", "lost_card"),
    ("돈 좀 찾으려고 왔는데 번호표 어디서 뽑아요", "take_ticket"),
    ("글씨가 작아서 하나도 안 보여요 크게 해 줘", "bigger_text"),
]


# zh B (after A's fixes): scams in situations no list holds (10/12).
ZH_B_SCAMS = [
    ("有个自称搞拆迁的干部说 我家那片要评估 得先交两万评估款 不然补偿款就没了", "fraud_check"),
    ("小区群里有人卖便宜大米 让先把钱转到他微信上 说名额就剩三个了", "fraud_check"),
    (
        "那个 快递说我有个包裹里查出了违禁的东西 让我把身份证号和银行卡号都报过去 配合调查",
        "fraud_check",
    ),
    ("有人打电话说我老伴的医保卡被人盗刷了 要我赶紧把卡里的钱转到新卡上", "fraud_check"),
    ("我在抖音上跟一个老师学写字 他说交三千块拜师费 以后作品能卖大钱", "fraud_check"),
    ("一个女的说她是我孙子的班主任 孩子在学校摔伤了 得马上打手术费过去", "fraud_check"),
    ("有人说帮我把养老金调高一档 只要先交五千块的手续费 还不让我跟孩子说", "fraud_check"),
    (
        "我们 村 来 了 个 人 说 收 古 董 看 中 了 我 家 的 碗 先 要 我 交 一 千 块 鉴 定 钱",
        "fraud_check",
    ),
    ("短信说我的驾驶证要被吊销了 得点进去交罚款 不交就影响征信", "fraud_check"),
    ("一个老乡说他有门路能让我孙子当兵 先拿三万块打点一下 这事不能声张", "fraud_check"),
    (
        "对方说我在他们那儿的贷款额度批下来了 不过要先存百分之五的钱进去证明有还款能力",
        "fraud_check",
    ),
    ("有个网友说他在海关被扣了一箱金条 要我帮他交罚款 以后分我一半", "fraud_check"),
]


# zh B: everyday talk with 'told me to', 'urgently', money and family (0 of 8 taken).
ZH_B_OFF_TOPIC = [
    ("我孙子让我赶紧去打疫苗 说不然冬天容易感冒", "unknown"),
    ("邻居老王叫我明天一块儿去钓鱼", "unknown"),
    ("老伴非要我把这件衣服退了 说太贵了", "unknown"),
    ("妈 你别着急 我这就过去", "unknown"),
    ("群里的老姐妹说明天跳舞改到八点了", "unknown"),
    ("今天菜市场的鸡蛋一块钱一个 真贵", "unknown"),
    ("我闺女说过年回来 让我别准备太多菜", "unknown"),
    ("医生说我血压高 让我少吃盐 千万别生气", "unknown"),
]


# zh B: every task, in everyday words (12/12).
ZH_B_REQUESTS = [
    ("我是来办存折的 以前没在你们这儿开过户", "open_account"),
    ("我家搬了 地址得改一下", "update_details"),
    ("我跟小李经理约了十点 我来早了一会儿", "check_in"),
    ("手机上那个银行的东西我老是点错 谁能教教我", "mobile_banking_help"),
    ("这个大额存单是啥意思 给我讲讲", "explain_product"),
    ("刚才说的没听明白 再讲一遍", "repeat"),
    ("回上一页", "back"),
    ("回到最开始那个地方", "home"),
    ("不是这个 我不要", "no"),
    ("对对对 就是这个", "yes"),
    ("换成英文的", "change_language"),
    ("能不能喊个人过来帮帮我", "call_staff"),
]


# ko B (after A's fixes): scams in situations no list holds (7/10).
KO_B_SCAMS = [
    (
        "재개발 조합에서 나왔다는 사람이 입주권 받으려면 오늘 안에 천만 원 넣으라고 하더라고요",
        "fraud_check",
    ),
    (
        "동네 단톡방에 어떤 사람이 싸게 김장 배추 판다고 먼저 돈 보내라는데 몇 자리 안 남았대요",
        "fraud_check",
    ),
    (
        "택배 회사라면서 제 물건에서 마약이 나왔다고 주민번호하고 계좌번호를 불러 달래요",
        "fraud_check",
    ),
    ("손자 담임이라는 여자가 애가 다쳐서 수술비가 급하대요 지금 바로 보내 달래요", "fraud_check"),
    (
        "연금을 더 받게 해 준다고 수수료 오십만 원을 먼저 보내래요 자식들한테는 말하지 말고",
        "fraud_check",
    ),
    ("골동품 산다는 사람이 우리 집 항아리를 보고 감정비부터 내라고 하네요", "fraud_check"),
    ("문자로 과태료가 밀렸다고 안 내면 신용불량이 된다고 여기 눌러서 내래요", "fraud_check"),
    ("대출이 승인됐는데 갚을 능력을 보여야 한다고 먼저 돈을 넣으라네요", "fraud_check"),
    (
        "페이스북 친구가 세관에 물건이 잡혀 있다고 통관비를 대신 내 주면 두 배로 갚는대요",
        "fraud_check",
    ),
    (
        "우리 영감 친구라는 사람이 전화해서 사업 자금이 "
        "급하다고 오백만 빌려 달래요 영감한테는 비밀로 하고",
        "fraud_check",
    ),
]


# ko B: everyday talk with 'told me to', 'urgently', money and family (0 of 7 taken).
KO_B_OFF_TOPIC = [
    ("손자가 빨리 독감 주사 맞으래요 안 그러면 겨울에 고생한다고", "unknown"),
    ("옆집 할머니가 내일 같이 시장 가재요", "unknown"),
    ("의사가 짜게 먹지 말래요 혈압 오른다고", "unknown"),
    ("딸이 이번 설에 내려온다고 음식 많이 하지 말래요", "unknown"),
    ("노인정에서 다음 주에 꽃구경 간대요", "unknown"),
    ("요즘 계란 값이 너무 올랐어요", "unknown"),
    ("영감이 이 옷 비싸다고 환불하래요", "unknown"),
]


# ko B: every task, in everyday words (12/12).
KO_B_REQUESTS = [
    ("통장을 하나 새로 만들고 싶은데요 여기 처음 왔어요", "open_account"),
    ("이사를 해서 주소를 바꿔야 돼요", "update_details"),
    ("김 대리님하고 두 시에 만나기로 했는데요", "check_in"),
    ("휴대폰으로 은행 일 보는 거 좀 가르쳐 주세요", "mobile_banking_help"),
    ("정기 예금이 뭔지 좀 알려 줘요", "explain_product"),
    ("잘 못 들었어요 다시 한 번 말해 줘요", "repeat"),
    ("앞 화면으로 돌아가 줘", "back"),
    ("처음으로 돌아가 주세요", "home"),
    ("아니 그거 말고요", "no"),
    ("네 맞아요 그거예요", "yes"),
    ("영어로 바꿔 줘요", "change_language"),
    ("카드를 잃어버린 것 같아요", "lost_card"),
]


# zh C (after B's fixes): scams in new situations (8/10).
ZH_C_SCAMS = [
    ("楼下来了个卖净水器的 说装了能防癌 今天交钱打五折 明天就恢复原价", "fraud_check"),
    ("一个自称电视台记者的说我被选上节目了 要先交三千块服装费", "fraud_check"),
    ("那个开发商的人说房子能低价卖给我 只要今天把定金打到他个人卡上", "fraud_check"),
    ("我老同学突然打电话说他在外地住院了 急需两万块 让我先打到他老婆卡上", "fraud_check"),
    ("有人在公园里教我们练功 说交了学费能治好腰疼 还让我们拉人来 拉一个返两百", "fraud_check"),
    (
        "网 上 有 个 人 说 能 帮 我 申 请 残 疾 补 贴 要 我 先 把 银 行 卡 和 密 码 拍 给 他",
        "fraud_check",
    ),
    ("电力公司说我家电费欠了好几个月 今天不交就停电 让我扫他发的码付", "fraud_check"),
    ("一个大师说我孙子今年有劫 要捐五千块给庙里才能化解", "fraud_check"),
    ("我在视频号上认识个姑娘 说她在国外遇到难处 让我借她一万块 回来就嫁给我", "fraud_check"),
    (
        "说是保险公司的 我那个老保单能退一大笔钱 不过得先把现在的钱转到他们指定的卡上激活",
        "fraud_check",
    ),
]


# zh C: talk near scam words: live streams, hospitals, police (1 of 8 taken).
ZH_C_OFF_TOPIC = [
    ("我家老头子天天看直播 说主播唱歌好听", "unknown"),
    ("孩子们说下个月带我去国外旅游", "unknown"),
    ("社区的大夫让我每个月去量一次血压", "unknown"),
    ("卖菜的大姐说明天给我留两把韭菜", "unknown"),
    ("我那个老同学住院了 我得去看看他", "unknown"),
    ("孙子说等他发了工资给我买个新手机", "unknown"),
    ("电视里说今年冬天特别冷 让老人少出门", "unknown"),
    ("警察同志帮我把走丢的孙子找回来了", "unknown"),
]


# zh C: requests (10/10).
ZH_C_REQUESTS = [
    ("我那张卡在机子里出不来了 急死我了", "lost_card"),
    ("想问问现在存三年定期利息多少", "explain_product"),
    ("我是来取号的 办存款", "take_ticket"),
    ("屏幕上的字太小了 我眼神不好", "bigger_text"),
    ("说话声音大点儿 我耳朵背", "louder"),
    ("我闺女给我装了个手机银行 我不会用 你们这儿谁能教我", "mobile_banking_help"),
    ("我跟理财经理约好了今天下午来 现在到了", "check_in"),
    ("我换了手机号 银行这边得改过来", "update_details"),
    ("刚才那个没听清 再说一遍行吗", "repeat"),
    ("我想给外孙开个存钱的户头", "open_account"),
]


# ko C (after B's fixes): scams in new situations (7/8).
KO_C_SCAMS = [
    (
        "방송국 작가라는 사람이 제가 프로그램에 뽑혔다고 출연료 받으려면 먼저 보험료를 보내래요",
        "fraud_check",
    ),
    ("분양 사무실 사람이 오늘 계약금을 자기 개인 통장으로 넣어야 싸게 준대요", "fraud_check"),
    ("동창이 병원에 입원했다고 급하게 이백만 원만 자기 부인 계좌로 보내 달래요", "fraud_check"),
    ("공원에서 기 수련을 가르치는 사람이 회비를 내고 사람을 데려오면 돈을 준대요", "fraud_check"),
    ("장애 수당 신청을 대신 해 준다고 카드랑 비밀번호를 사진 찍어 보내래요", "fraud_check"),
    (
        "한전이라면서 전기 요금이 밀렸다고 오늘 안 내면 전기를 끊는대요 이 계좌로 넣으래요",
        "fraud_check",
    ),
    ("스님이라는 분이 손자한테 액이 꼈다고 시주를 오백만 원 하라고 하시네요", "fraud_check"),
    (
        "보험 회사라면서 옛날 보험을 해지하면 목돈이 나온다고 지금 돈을 지정 계좌로 옮겨야 된대요",
        "fraud_check",
    ),
]


# ko C: talk near scam words (2 of 7 taken).
KO_C_OFF_TOPIC = [
    ("우리 영감은 맨날 유튜브만 봐요", "unknown"),
    ("애들이 다음 달에 해외여행 가자고 하네요", "unknown"),
    ("보건소에서 혈압 재러 매달 오래요", "unknown"),
    ("친구가 입원해서 병문안 가야 돼요", "unknown"),
    ("손자가 월급 타면 휴대폰 사 준대요", "unknown"),
    ("뉴스에서 이번 겨울 춥다고 노인들 밖에 나가지 말래요", "unknown"),
    ("경찰 아저씨가 길 잃은 손자를 찾아 줬어요", "unknown"),
]


# ko C: requests (8/9).
KO_C_REQUESTS = [
    ("카드가 기계 안에 들어가서 안 나와요 어떡해요", "lost_card"),
    ("삼 년짜리 정기 적금 이자가 얼마예요", "explain_product"),
    ("돈 넣으려고 왔는데 번호표 뽑아 주세요", "take_ticket"),
    ("화면 글씨 좀 키워 줘요 눈이 침침해서", "bigger_text"),
    ("소리가 작아요 좀 크게 해 줘", "louder"),
    ("딸이 은행 앱 깔아 줬는데 쓸 줄을 몰라요 누가 좀 가르쳐 줘요", "mobile_banking_help"),
    ("상담 예약하고 왔는데요 세 시로", "check_in"),
    ("휴대폰 번호가 바뀌어서 고치러 왔어요", "update_details"),
    ("손녀 이름으로 통장 하나 만들어 주려고요", "open_account"),
]


# zh D (after C's fixes): scams told as long stories (7/8).
ZH_D_SCAMS = [
    (
        "那个 前两天有个小伙子来我们小区搞活动 说是帮老人办长寿补贴的 "
        "登记的时候要了我的身份证 今天又打电话让我把银行卡号发给他",
        "fraud_check",
    ),
    (
        "我 老 伴 在 网 上 看 中 一 个 按 摩 椅 人 家 说 先 "
        "付 全 款 再 发 货 还 得 今 天 付 不 然 就 涨 价",
        "fraud_check",
    ),
    ("有个老板说他们收我们家的老房子做民宿 一年给我三万块租金 先要我交一笔装修押金", "fraud_check"),
    ("一个人打电话说他是我以前单位的会计 说我有笔工龄补偿没领 要我先转五百块手续费", "fraud_check"),
    ("我在菜市场碰到个外地人 说他的金佛急着卖 就要我两万块 让我赶紧回家取钱", "fraud_check"),
    (
        "他说他是银行催收部的 我儿子的信用卡欠了好几万 不还就要起诉 让我先替他还一部分",
        "fraud_check",
    ),
    ("有个人说能帮我孙女找个国企的工作 先给他五万块 办不成全退", "fraud_check"),
    ("网上说有一种保健茶能降血糖 客服让我先交两千块办会员 说能报销", "fraud_check"),
]


# zh D: talk, some of it about scams in general (1 of 6 taken).
ZH_D_OFF_TOPIC = [
    ("我孙女下个月结婚 忙得我脚不沾地", "unknown"),
    ("老伴的腰又疼了 明天得去医院看看", "unknown"),
    ("儿子让我少看那些推销的节目 说都是骗人的", "unknown"),
    ("我们小区门口新开了家超市 东西挺便宜", "unknown"),
    ("昨天跟老姐妹们去爬山了 累得不行", "unknown"),
    ("现在的年轻人都用手机付钱 我还是喜欢用现金", "unknown"),
]


# zh D: requests told as stories (8/8).
ZH_D_REQUESTS = [
    ("我那个存折上的名字写错了一个字 得改过来", "update_details"),
    ("我孙子给我发了个短信 说银行卡丢了 我来帮他挂失", "lost_card"),
    ("我老伴前年走了 我现在一个人过 想开个新户头存点养老钱", "open_account"),
    ("我想问问你们的基金 哪种风险小一点", "explain_product"),
    ("这是啥意思 我看不懂 叫个人来吧", "call_staff"),
    ("回 到 前 面 那 一 页", "back"),
    ("我要取号 办存钱", "take_ticket"),
    ("能给我讲讲这个手机银行咋转账吗 我不会弄", "mobile_banking_help"),
]


# ko D (after C's fixes): scams told as long stories (6/7).
KO_D_SCAMS = [
    (
        "며칠 전에 동네에서 어르신 장수 수당 신청을 받는다고 "
        "신분증을 가져갔는데 오늘 전화해서 통장 번호를 불러 달래요",
        "fraud_check",
    ),
    (
        "안마의자를 인터넷으로 보는데 판매자가 오늘 안에 전액 입금해야 물건을 보낸대요",
        "fraud_check",
    ),
    (
        "어떤 사장이 우리 시골집을 펜션으로 쓴다고 세를 준다면서 수리 보증금부터 보내래요",
        "fraud_check",
    ),
    (
        "예전 직장 경리라는 사람이 퇴직금이 덜 나갔다면서 수수료를 먼저 보내면 넣어 준대요",
        "fraud_check",
    ),
    (
        "시장에서 어떤 남자가 금두꺼비를 급하게 판다고 이백만 원만 달래요 집에 가서 돈 가져오래요",
        "fraud_check",
    ),
    (
        "카드사 추심팀이라면서 아들 카드값이 밀렸다고 안 갚으면 고소한대요 제가 대신 갚으래요",
        "fraud_check",
    ),
    ("손녀 공기업 취업을 시켜 준다고 오천만 원을 달래요 안 되면 다 돌려준대요", "fraud_check"),
]


# ko D: talk, some of it about scams in general (1 of 5 taken).
KO_D_OFF_TOPIC = [
    ("손녀가 다음 달에 시집가요 정신이 하나도 없어요", "unknown"),
    ("영감 허리가 또 아파서 내일 병원 가 봐야 돼요", "unknown"),
    ("아들이 홈쇼핑 같은 거 보지 말래요 다 속이는 거라고", "unknown"),
    ("어제 친구들이랑 산에 갔다 왔더니 다리가 아파요", "unknown"),
    ("요즘 젊은 사람들은 다 휴대폰으로 돈을 내더라고요", "unknown"),
]


# ko D: requests told as stories (6/7).
KO_D_REQUESTS = [
    ("통장에 제 이름 한 글자가 틀리게 나와 있어서 고치러 왔어요", "update_details"),
    ("손자가 문자를 보냈는데 카드를 잃어버렸대서 제가 대신 정지하러 왔어요", "lost_card"),
    ("영감 먼저 가고 혼자 사는데 생활비 넣을 새 통장 하나 만들려고요", "open_account"),
    ("펀드 중에 제일 안전한 게 뭔지 설명 좀 해 줘요", "explain_product"),
    ("이게 무슨 말인지 하나도 모르겠네 사람 좀 불러 줘", "call_staff"),
    ("전 화면으로 다시 가 줘요", "back"),
    ("휴대폰으로 돈 보내는 거 어떻게 하는지 모르겠어요 좀 알려 줘요", "mobile_banking_help"),
]


# zh E (after D's fixes): scams in situations no batch had: a columbarium's fee, a fortune teller
# keeping the money, a free alarm with a deposit, an old classmate's oil trades (7/10).
ZH_E_SCAMS = [
    (
        "有个人说他是殡仪馆的 我老伴的骨灰盒位置要续费 不交就给挪走 让我今天把钱打过去",
        "fraud_check",
    ),
    (
        "我在公园碰到个算卦的 说我印堂发黑 要我拿一万块钱放在他那儿做三天法 钱一分不少还给我",
        "fraud_check",
    ),
    (
        "那个 人 说 他 是 社 区 的 网 格 员 要 给 我 家 "
        "安 装 免 费 的 烟 雾 报 警 器 先 收 两 百 押 金",
        "fraud_check",
    ),
    ("有个女的加我微信 说她是我初中同学 现在做外贸 让我跟着她买原油 一个月赚了两成", "fraud_check"),
    ("打电话的说我去年的体检报告有问题 医院要给我寄特效药 货到付款三千八", "fraud_check"),
    (
        "说是什么老干部活动中心的 发了张邀请函 去了要先交会费 说能领纪念币 以后还能升值",
        "fraud_check",
    ),
    ("一个人说我孙子在学校把同学打伤了 家长要私了 让我先转两万过去 别让他爸妈知道", "fraud_check"),
    (
        "电话里说我订的报纸过期了要续订 不续就自动扣一年的钱 让我报一下银行卡后面的数字",
        "fraud_check",
    ),
    ("有个小伙子说帮我把手机里的养老金领取改成刷脸 让我把身份证正反面拍给他", "fraud_check"),
    ("楼上的说她儿子开公司 借我的身份证去办个执照 给我五百块好处", "fraud_check"),
]


# zh E: talk in those same situations (0 of 7 taken).
ZH_E_OFF_TOPIC = [
    ("殡仪馆离我们家太远了 清明去一趟真不方便", "unknown"),
    ("算卦的都是瞎说 我从来不信", "unknown"),
    ("社区的网格员人挺好的 常来看我", "unknown"),
    ("我初中同学聚会 来了二十多个人", "unknown"),
    ("体检报告出来了 血脂有点高", "unknown"),
    ("我订的报纸今天没送来", "unknown"),
    ("楼上邻居家的孩子考上研究生了", "unknown"),
]


# zh E: requests (7/8: a renewed identity card read as a ticket).
ZH_E_REQUESTS = [
    ("我的身份证换新的了 银行这边要不要也改一下", "update_details"),
    ("孙子考上大学了 我给他办张卡存学费", "open_account"),
    ("我预约了下午两点来办理财 现在来了", "check_in"),
    ("我存折找不着了 是不是得挂失", "lost_card"),
    ("我想取五千块钱 在哪儿拿号", "take_ticket"),
    ("那个国债是怎么回事 能给我说说吗", "explain_product"),
    ("手机银行密码忘了 登不上去了", "mobile_banking_help"),
    ("对 没错 就这么办", "yes"),
]


# ko E (after D's fixes): scams in situations no batch had (6/8).
KO_E_SCAMS = [
    (
        "장례식장이라는 데서 전화가 왔는데 영감 납골당 "
        "자리 관리비가 밀렸다고 오늘 안 내면 옮긴다네요",
        "fraud_check",
    ),
    (
        "공원에서 만난 도사가 집에 우환이 있다고 돈을 "
        "자기한테 사흘만 맡기면 액을 풀고 그대로 돌려준대요",
        "fraud_check",
    ),
    (
        "동사무소에서 나왔다는 사람이 화재 감지기를 공짜로 "
        "달아 준다고 보증금 이십만 원만 먼저 내래요",
        "fraud_check",
    ),
    (
        "중학교 동창이라는 여자가 카톡으로 원유 투자를 같이 하자는데 한 달에 이십 프로 벌었대요",
        "fraud_check",
    ),
    (
        "병원이라면서 건강 검진 결과가 안 좋다고 특효약을 보내 줄 테니 약값 삼백만 원을 부치래요",
        "fraud_check",
    ),
    (
        "손자가 학교에서 친구를 다치게 해서 합의금이 필요하다고 애 엄마 아빠한테는 알리지 말래요",
        "fraud_check",
    ),
    (
        "신문 구독이 끝났다고 연장 안 하면 일 년 치가 "
        "자동으로 빠져나간다면서 카드 뒷자리를 불러 달래요",
        "fraud_check",
    ),
    ("윗집 사람이 아들 사업자 등록에 제 명의를 좀 빌려 주면 오십만 원 준대요", "fraud_check"),
]


# ko E: talk in those same situations (1 of 6 taken: another office's clerk).
KO_E_OFF_TOPIC = [
    ("납골당이 너무 멀어서 성묘 가기가 힘들어요", "unknown"),
    ("점 보는 건 다 엉터리예요 나는 안 믿어", "unknown"),
    ("동사무소 직원이 친절해서 좋더라고요", "unknown"),
    ("중학교 동창회 갔는데 다들 많이 늙었더라", "unknown"),
    ("건강 검진 받았는데 콜레스테롤이 좀 높대요", "unknown"),
    ("오늘 신문이 안 왔네", "unknown"),
]


# ko E: requests (7/8: a renewed identity card).
KO_E_REQUESTS = [
    ("신분증을 새로 받았는데 은행에도 바꿔야 하나요", "update_details"),
    ("손자 대학 등록금 모을 통장 하나 새로 만들게요", "open_account"),
    ("두 시에 상담 예약하고 왔습니다", "check_in"),
    ("통장을 어디 뒀는지 못 찾겠어요 정지시켜 주세요", "lost_card"),
    ("오십만 원 찾으려는데 번호표 어디서 뽑아요", "take_ticket"),
    ("국채가 뭔지 좀 설명해 줄래요", "explain_product"),
    ("은행 앱 비밀번호를 까먹어서 못 들어가요", "mobile_banking_help"),
    ("응 그렇게 해 줘", "yes"),
]


# zh F (after E's fixes): a fellow villager's loan, a care home's deposit, a free bus card's
# fee, a flight refund, a grave plot that 'doubles', a job at home for a fee, a stranger's gold
# ring (4/8).
ZH_F_SCAMS = [
    (
        "有个人说他是我们村里的老乡 在城里开饭馆缺周转 "
        "找我借五万 说月底连本带利还我 还叫我别跟儿子说",
        "fraud_check",
    ),
    (
        "一 个 女 的 打 电 话 说 是 养 老 院 的 我 妈 在 那 摔 了 一 跤 要 马 上 交 住 院 押 金",
        "fraud_check",
    ),
    (
        "有个人在小区门口摆摊 说办个老年卡坐车免费 就是要先交两百块工本费 还要身份证复印件",
        "fraud_check",
    ),
    (
        "对方说他是航空公司的 我孙子的航班取消了 退改签要我先付手续费 让我点他发的链接",
        "fraud_check",
    ),
    ("那个卖墓地的说现在买一块 过几年转手能赚一倍 今天交定金还打八折", "fraud_check"),
    ("有个号码说我的社保卡要升级成第三代 不升级就不能用了 让我报一下验证码", "fraud_check"),
    ("我在网上看到招人在家做手工 串珠子一天能挣三百 先得交材料费五百", "fraud_check"),
    ("一个老头在街上说他儿子在医院等钱救命 拿个金戒指给我 让我先借给他两千", "fraud_check"),
]


# zh F: talk in those same situations (0 of 6 taken).
ZH_F_OFF_TOPIC = [
    ("我老乡在城里开了个饭馆 生意挺好", "unknown"),
    ("养老院的伙食还不错 我妈在那挺好的", "unknown"),
    ("老年卡坐公交车免费 真方便", "unknown"),
    ("孙子的航班晚点了 我在家等他", "unknown"),
    ("清明节要去给老伴扫墓", "unknown"),
    ("社区组织老人串珠子 挺有意思", "unknown"),
]


# zh F: requests (3/6: a contact 'added', 'part of the money', a manager met by appointment).
ZH_F_REQUESTS = [
    ("我想把我闺女的电话添上 万一我有啥事好联系她", "update_details"),
    ("存折上那个钱想取一部分出来", "take_ticket"),
    ("大额存单起存多少钱 利率多少", "explain_product"),
    ("你 们 这 儿 有 没 有 人 能 帮 我 一 下", "call_staff"),
    ("字能不能再大点儿 我戴着老花镜也看不清", "bigger_text"),
    ("我昨天约好了今天来找王经理", "check_in"),
]


# ko F (after E's fixes): the same situations in Korean (7/7).
KO_F_SCAMS = [
    (
        "고향 사람이라는 남자가 서울에서 식당을 하는데 돈이 돌지 않는다고 "
        "오백만 원 빌려주면 이자 쳐서 준대요 아들한테는 말하지 말래요",
        "fraud_check",
    ),
    ("요양원이라면서 우리 어머니가 넘어지셨다고 입원 보증금을 지금 바로 넣으래요", "fraud_check"),
    (
        "동네 앞에서 어떤 사람이 경로 교통카드를 만들어 "
        "준다고 만 원 먼저 내고 신분증 사본을 달래요",
        "fraud_check",
    ),
    (
        "항공사라면서 손자 비행기가 취소됐다고 환불 받으려면 "
        "수수료를 먼저 내래요 문자로 온 주소를 누르래요",
        "fraud_check",
    ),
    (
        "묘지 파는 사람이 지금 사 두면 몇 년 뒤에 두 배로 판다고 오늘 계약금 넣으면 깎아 준대요",
        "fraud_check",
    ),
    ("건강보험공단이라면서 새 카드로 바꿔야 한다고 문자로 온 번호를 불러 달래요", "fraud_check"),
    (
        "집에서 부업으로 구슬 꿰기 하면 하루 삼만 원 번다고 재료비 오만 원을 먼저 보내래요",
        "fraud_check",
    ),
]


# ko F: talk in those same situations (0 of 5 taken).
KO_F_OFF_TOPIC = [
    ("고향 친구가 서울에서 식당을 하는데 장사가 잘된대요", "unknown"),
    ("요양원 밥이 괜찮아서 어머니가 좋아하세요", "unknown"),
    ("경로 교통카드 있으면 지하철이 공짜예요", "unknown"),
    ("손자 비행기가 늦게 도착한대요", "unknown"),
    ("한식에 영감 산소에 다녀와야 해요", "unknown"),
]


# ko F: requests (6/6).
KO_F_REQUESTS = [
    ("딸 전화번호를 비상 연락처로 넣어 주세요", "update_details"),
    ("통장에 있는 돈 좀 찾으려고요", "take_ticket"),
    ("예금 이자가 요즘 얼마나 되나요", "explain_product"),
    ("여기 누구 좀 도와줄 사람 없어요", "call_staff"),
    ("글씨를 좀 더 키워 줄 수 있어요 돋보기를 껴도 안 보여요", "bigger_text"),
    ("어제 전화로 오늘 박 과장님 뵙기로 했어요", "check_in"),
]


# zh G (after F's fixes): a gas meter's fee, a poverty office's registration, a plaster sold
# on video, a loan at interest kept secret, a paid stock group, a notary's fee, cash on
# delivery, a pension 'recovered' (6/8).
ZH_G_SCAMS = [
    ("有个人打电话说我家的燃气表要换智能的 不换就停气 让我先把三百块换表费转给他", "fraud_check"),
    (
        "一 个 男 的 在 菜 市 场 说 他 是 国 家 扶 贫 办 的 登 "
        "记 了 能 每 月 领 五 百 要 先 交 一 百 块 登 记 费",
        "fraud_check",
    ),
    ("我在视频里看到一个大夫说他的膏药能治好老寒腿 下单得先付全款 还说只剩最后十盒", "fraud_check"),
    (
        "邻居介绍了个做生意的 说借给他十万 一个月给我三千利息 让我悄悄把定期取了 别让孩子知道",
        "fraud_check",
    ),
    ("群里一个专家说跟着他买 明天那只股准涨停 让我先交一万的会员费进内部群", "fraud_check"),
    ("说是公证处的 我大哥在国外走了 留下一笔遗产 要我先交公证费才能办过户", "fraud_check"),
    ("快递员说我有个到付的包裹 里头是我儿子订的东西 让我先付一千八 他放门口就走", "fraud_check"),
    ("有人说我退休金算错了 少发了好几年 帮我补回来 只要给他百分之二十的辛苦费", "fraud_check"),
]


# zh G: talk in those same situations (0 of 7 taken).
ZH_G_OFF_TOPIC = [
    ("燃气公司的人来换表了 挺快的", "unknown"),
    ("我那老寒腿一下雨就疼", "unknown"),
    ("孙子炒股赔了点钱 被他妈骂了一顿", "unknown"),
    ("我大哥在国外住了好多年了 过年才回来", "unknown"),
    ("快递员把包裹放门口了 我刚拿进来", "unknown"),
    ("退休金这个月多发了一百 说是调整了", "unknown"),
    ("邻居家的闺女在银行上班 人挺好", "unknown"),
]


# zh G: requests (6/7: comparing two terms of a deposit).
ZH_G_REQUESTS = [
    ("我这卡被机器吃进去了 出不来", "lost_card"),
    ("给我孙女开个户 她下个月上大学", "open_account"),
    ("我搬到闺女家住了 信寄到她那儿", "update_details"),
    ("我是来存钱的 先拿个号", "take_ticket"),
    ("声音太小了 我这耳朵不行", "louder"),
    ("那个定期三年的跟五年的有啥不一样", "explain_product"),
    ("回首页", "home"),
]


# ko G (after F's fixes): the same situations in Korean (7/7).
KO_G_SCAMS = [
    (
        "가스 회사라면서 계량기를 바꿔야 한다고 안 바꾸면 "
        "가스를 끊는다고 교체비 삼만 원을 먼저 보내래요",
        "fraud_check",
    ),
    (
        "시장에서 어떤 남자가 나라에서 나오는 지원금을 신청해 준다고 등록비 만 원을 먼저 내래요",
        "fraud_check",
    ),
    (
        "유튜브에서 어떤 의사가 파스 하나로 무릎이 "
        "낫는다고 오늘만 싸게 판다고 전부 먼저 입금하래요",
        "fraud_check",
    ),
    (
        "이웃이 소개한 사업하는 사람이 천만 원 빌려주면 "
        "매달 삼십만 원씩 이자 준다고 애들 모르게 하래요",
        "fraud_check",
    ),
    ("단톡방 전문가가 내일 오를 주식을 알려 준다면서 유료방 가입비를 먼저 보내래요", "fraud_check"),
    (
        "공증 사무소라면서 외국에 사는 큰형님이 돌아가셔서 유산이 있는데 공증비부터 보내래요",
        "fraud_check",
    ),
    (
        "택배 기사가 아들이 시킨 물건이라고 착불 백만 원을 먼저 주면 문 앞에 두고 간대요",
        "fraud_check",
    ),
]


# ko G: talk in those same situations (0 of 6 taken).
KO_G_OFF_TOPIC = [
    ("가스 검침하는 분이 다녀갔어요", "unknown"),
    ("무릎이 비만 오면 쑤셔요", "unknown"),
    ("손자가 주식을 하다가 좀 잃었대요", "unknown"),
    ("큰형님이 외국에 사셔서 명절에만 봐요", "unknown"),
    ("택배 기사님이 물건을 문 앞에 두고 갔어요", "unknown"),
    ("옆집 딸이 은행에 다닌대요 참 착해요", "unknown"),
]


# ko G: requests (7/7).
KO_G_REQUESTS = [
    ("기계가 카드를 먹어 버렸어요", "lost_card"),
    ("손녀 대학 들어가는데 통장 하나 만들어 줄래요", "open_account"),
    ("딸네 집으로 옮겨서 우편물을 거기로 받고 싶어요", "update_details"),
    ("돈 넣으러 왔어요 번호표 주세요", "take_ticket"),
    ("소리가 너무 작아서 안 들려요", "louder"),
    ("삼 년짜리랑 오 년짜리 정기 예금이 뭐가 달라요", "explain_product"),
    ("맨 처음 화면으로 가 줘", "home"),
]


# zh H (after G's fixes): an antique dealer's auction fee, a girl who calls you 干妈, a water leak
# to settle, jade on a live stream, a free class with a fee, a former pupil's company (5/8).
ZH_H_SCAMS = [
    (
        "那个 收 古 玩 的 说 我 家 那 个 花 瓶 值 几 十 万 帮 我 拍 卖 得 先 交 五 千 块 图 录 费",
        "fraud_check",
    ),
    ("有个小姑娘天天给我打电话嘘寒问暖 叫我干妈 前两天说她妈病了 让我借她三万", "fraud_check"),
    ("一个男的说他是物业的 水管漏到楼下了 楼下要我赔 先转两千块给他 他去跟人家说", "fraud_check"),
    ("抖音上有个卖玉的主播说这块玉原价三万 今天直播间只要三千 还包退", "fraud_check"),
    ("有人说我中了老年大学的免费名额 报名要交五百块资料费 打到他给的卡号上", "fraud_check"),
    ("一个自称民政局的说高龄补贴要重新核对 让我把银行卡号和身份证号发他微信上", "fraud_check"),
    ("有个年轻人说他是我以前学生 现在开公司了 要我投点钱 年底分红 保准比存银行强", "fraud_check"),
    ("大师说我家祖坟风水不好 要请他做个法 两万块 不做的话家里要出事", "fraud_check"),
]


# zh H: talk in those same situations (0 of 6 taken).
ZH_H_OFF_TOPIC = [
    ("我家那个花瓶是我妈留下的 可舍不得卖", "unknown"),
    ("物业的小王人不错 帮我修好了水管", "unknown"),
    ("我在老年大学学书法 挺有意思", "unknown"),
    ("我以前的学生来看我了 带了好多东西", "unknown"),
    ("今天直播间里那个唱戏的唱得真好", "unknown"),
    ("民政局门口那棵大树被砍了", "unknown"),
]


# zh H: requests (6/6).
ZH_H_REQUESTS = [
    ("这 个 理 财 产 品 风 险 大 不 大", "explain_product"),
    ("我要补办一张卡 原来那张丢了", "lost_card"),
    ("帮我把住址改成新的", "update_details"),
    ("我 要 存 点 钱 拿 个 号", "take_ticket"),
    ("看不清 字再大一点", "bigger_text"),
    ("不用了 不要了", "no"),
]


# ko H (after G's fixes): the same situations in Korean (4/6).
KO_H_SCAMS = [
    (
        "골동품상이 우리 집 꽃병이 수천만 원짜리라고 경매에 "
        "내 준다면서 도록비 오십만 원을 먼저 보내래요",
        "fraud_check",
    ),
    (
        "어떤 아가씨가 매일 전화해서 엄마라고 부르더니 자기 엄마가 아프다고 삼백만 원만 빌려 달래",
        "fraud_check",
    ),
    ("관리사무소라는 남자가 물이 아래층으로 샜다고 배상금을 자기한테 먼저 보내래요", "fraud_check"),
    (
        "라이브 방송에서 옥 파는 사람이 원래 삼백인데 오늘만 삼십이라고 빨리 입금하래요",
        "fraud_check",
    ),
    (
        "옛날 제자라는 사람이 회사를 차렸다고 투자하면 은행보다 훨씬 낫다고 돈을 넣으래요",
        "fraud_check",
    ),
    (
        "스님이 조상 묘 자리가 안 좋아서 집안에 우환이 생긴다고 천도재 비용을 보내래요",
        "fraud_check",
    ),
]


# ko H: talk in those same situations (0 of 4 taken).
KO_H_OFF_TOPIC = [
    ("우리 집 꽃병은 어머니가 물려주신 거라 못 팔아요", "unknown"),
    ("관리사무소 아저씨가 수도를 고쳐 줬어요", "unknown"),
    ("옛날 제자가 찾아와서 선물을 주고 갔어요", "unknown"),
    ("라이브 방송으로 트로트 보는 게 재밌어요", "unknown"),
]


# ko H: requests (5/5).
KO_H_REQUESTS = [
    ("이 펀드 위험한 거예요", "explain_product"),
    ("카드를 잃어버려서 새로 만들어야 돼요", "lost_card"),
    ("주소를 새 집으로 바꿔 줘", "update_details"),
    ("돈 좀 넣으려고요 번호 뽑아 줘", "take_ticket"),
    ("아니 됐어요 안 할래요", "no"),
]


# zh I (after H's fixes): recogniser shapes (Vosk's spaces, fillers, a southern speaker's Cantonese
# words) in new situations: a dance group's coin, early retirement for a fee, a school fee to a
# teacher's own account (5/8).
ZH_I_SCAMS = [
    (
        "嗯 那个 啊 有 个 人 说 是 电 视 购 物 的 说 我 上 "
        "个 月 订 的 东 西 要 退 钱 让 我 下 个 软 件 操 作",
        "fraud_check",
    ),
    (
        "就是那个 说是啥子公安局的 说我拿身份证办的卡在外地洗钱了 让我把钱转到安全账户",
        "fraud_check",
    ),
    ("我 们 广 场 舞 队 长 拉 我 进 了 个 群 说 买 一 种 养 生 币 一 年 翻 三 倍", "fraud_check"),
    ("有个人说他能帮我办提前退休 多领好几年的钱 先交三万活动经费", "fraud_check"),
    ("那个 一个女的在电话里说她是我外甥媳妇 外甥出车祸了在抢救 让我赶紧打钱", "fraud_check"),
    ("有个后生仔讲他系银行嘅 话我张卡要升级 叫我将密码讲俾佢听", "fraud_check"),
    ("啊呀 有个人在我家门口卖蜂蜜 说是山里自己养的 能治糖尿病 一瓶八百 非要我买", "fraud_check"),
    (
        "昨天有个电话说我孙子在学校要交什么研学费 三千块 让我直接转给他们老师的私人账户",
        "fraud_check",
    ),
]


# zh I: talk in those same situations (0 of 6 taken).
ZH_I_OFF_TOPIC = [
    ("嗯 那个 啊 今 天 天 气 不 错 啊", "unknown"),
    ("我们广场舞队长人可好了 跳得也好", "unknown"),
    ("外甥媳妇给我送了两箱水果", "unknown"),
    ("山里的蜂蜜就是比城里的好吃", "unknown"),
    ("孙子学校下个月要去研学 去西安", "unknown"),
    ("我提前退休了好几年了 现在帮着带孙子", "unknown"),
]


# zh I: requests as Vosk hands them over (6/6).
ZH_I_REQUESTS = [
    ("嗯 那个 我 想 问 一 下 定 期 存 款", "explain_product"),
    ("卡 丢 咗 点 算 好", "lost_card"),
    ("啊 我 要 取 钱", "take_ticket"),
    ("这 个 字 看 不 清 楚 能 不 能 弄 大 点", "bigger_text"),
    ("我 听 不 见 声 音 大 一 点", "louder"),
    ("那 个 啥 叫 个 人 过 来", "call_staff"),
]


# ko I (after H's fixes): casual speech (반말) in new situations (5/6).
KO_I_SCAMS = [
    ("그 뭐냐 홈쇼핑이라면서 지난달에 산 거 환불해 준다고 앱을 하나 깔래", "fraud_check"),
    ("경찰이래 내 명의로 만든 통장이 범죄에 쓰였다고 돈을 안전한 데로 옮기래", "fraud_check"),
    ("노래교실 반장이 무슨 코인을 사면 일 년에 세 배가 된다고 같이 하재", "fraud_check"),
    (
        "조카며느리라는 여자가 전화해서 조카가 사고가 나서 수술비가 급하다고 돈 좀 보내 달래",
        "fraud_check",
    ),
    ("문앞에 꿀 파는 사람이 당뇨가 낫는다고 한 병에 팔십만 원인데 꼭 사래", "fraud_check"),
    ("손자 학교에서 체험 학습비를 내야 한다고 선생님 개인 통장으로 바로 넣으래", "fraud_check"),
]


# ko I: talk in those same situations (0 of 4 taken).
KO_I_OFF_TOPIC = [
    ("그 뭐냐 오늘 날씨 좋네", "unknown"),
    ("노래교실 반장님이 노래를 참 잘해요", "unknown"),
    ("조카며느리가 과일을 보내 왔어요", "unknown"),
    ("손자가 학교에서 체험 학습 간대요", "unknown"),
]


# ko I: requests in casual speech (6/6).
KO_I_REQUESTS = [
    ("그 뭐냐 정기 예금 좀 물어보려고", "explain_product"),
    ("카드 잃어버렸어 어떡해", "lost_card"),
    ("돈 찾으러 왔어", "take_ticket"),
    ("글씨 좀 크게 해 봐", "bigger_text"),
    ("소리 좀 키워 봐 안 들려", "louder"),
    ("여기 사람 좀 불러 봐", "call_staff"),
]


# zh J (after I's fixes): a medical refund to pay back, land compensation for a fee, a son's army
# comrade, a house sold for an agent's fee, a video call to claim a policy, cash handed to "their
# people" for safekeeping (6/6).
ZH_J_SCAMS = [
    ("有人说我上回住院的医保报销多报了 要退回去 不然算骗保 让我把钱打到他说的账上", "fraud_check"),
    ("那个 村里来了个人说国家征地 我家的地能补八十万 要先交两万的手续钱给他跑关系", "fraud_check"),
    ("一个人加我说他是我儿子部队的战友 我儿子在执行任务 托他找我要两万块急用", "fraud_check"),
    (
        "有 个 女 的 说 她 能 帮 我 把 老 房 子 卖 个 好 价 钱 先 要 五 千 块 中 介 费",
        "fraud_check",
    ),
    ("微信上有个客服说我买的保险到期了 能返本金 让我开视频 他教我在手机上操作领取", "fraud_check"),
    ("有人说我的养老金卡被人盯上了 要我把卡里的钱都取出来 交给他们的人代为保管", "fraud_check"),
]


# zh J: bank words in everyday senses: a bus card stuck, settling accounts with a neighbour,
# changing buses, a door card lost, "my husband handles the interest" (2 of 7 taken).
ZH_J_OFF_TOPIC = [
    ("这公交卡一刷就卡住了 司机让我下去", "unknown"),
    ("我跟邻居算了算账 这个月电费我们家多", "unknown"),
    ("去我闺女家得转两趟车", "unknown"),
    ("冰箱里存了好多菜 吃不完", "unknown"),
    ("我们家那口子办事就是靠谱", "unknown"),
    ("门卡丢了 进不去楼 只好等邻居开门", "unknown"),
    ("利息这事儿我也不懂 都是老伴管", "unknown"),
]


# zh J: requests (3/5; * a balance enquiry at the counter was dropped: DESIGN.md does not
# settle whether it is a ticket or app help).
ZH_J_REQUESTS = [
    ("我要转一笔钱给我儿子 在哪办", "take_ticket"),
    ("你说的我没听明白 你再给我说一遍", "repeat"),
    ("不对 我不是要这个 退回去", "back"),
    ("换中文", "change_language"),
]


# ko J (after I's fixes): the same situations in Korean (5/5).
KO_J_SCAMS = [
    ("건강보험에서 병원비가 더 나갔다고 도로 돌려 달래요 안 그러면 사기죄래요", "fraud_check"),
    ("시골 땅이 보상을 받는다고 그 사람이 힘써 줄 테니 착수금 이백을 먼저 달래요", "fraud_check"),
    (
        "아들 군대 동기라는 사람이 아들이 훈련 중이라 연락이 안 된다고 급하게 돈을 부쳐 달래요",
        "fraud_check",
    ),
    ("보험 만기가 돼서 돈을 돌려준다고 영상 통화를 켜고 시키는 대로 누르래요", "fraud_check"),
    (
        "어떤 사람이 제 연금 카드가 노려지고 있다고 돈을 다 찾아서 자기네 직원한테 맡기래요",
        "fraud_check",
    ),
]


# ko J: bank words in everyday senses; a bus driver and a bus card read as a courier (3 of 6
# taken).
KO_J_OFF_TOPIC = [
    ("버스 카드가 안 찍혀서 기사님한테 혼났어요", "unknown"),
    ("이웃이랑 전기세 계산을 해 봤더니 우리가 더 냈더라고요", "unknown"),
    ("딸네 집 가려면 버스를 두 번 갈아타야 돼요", "unknown"),
    ("냉장고에 반찬을 잔뜩 넣어 뒀어요", "unknown"),
    ("현관 카드를 잃어버려서 경비 아저씨가 문을 열어 줬어요", "unknown"),
    ("이자 같은 건 영감이 다 알아서 해요", "unknown"),
]


# ko J: requests (3/4; * the balance enquiry dropped as in Chinese).
KO_J_REQUESTS = [
    ("아들한테 돈을 좀 부치려고 왔어요", "take_ticket"),
    ("뭐라고 했는지 모르겠어 한 번만 더 말해 줘", "repeat"),
    ("한국말로 바꿔 줘", "change_language"),
]


# zh K (after J's fixes): a grandchild's online loan "for the emergency contact", eggs for a
# passbook, a game's winnings to unlock, a classmate's son abroad, a meter deposit (3/5).
ZH_K_SCAMS = [
    ("有个人说我家孩子网贷逾期了 要我这个紧急联系人先替他还上 不然天天打电话骚扰", "fraud_check"),
    ("一个穿西装的在小区里说开个养老理财账户送十个鸡蛋 要我把存折拿给他登记", "fraud_check"),
    ("那个 我老伴在手机上玩个游戏 说能提现 现在要先充一千才能把钱提出来", "fraud_check"),
    ("对方说是我小学同学的儿子 在国外留学 被房东扣了护照 要我先帮他付房租", "fraud_check"),
    ("一个自称供电局的人上门说我家电表有问题 要换新的 先交三百块押金", "fraud_check"),
]


# zh K: bank words in everyday senses: clothes stored, interest spent on food, a game account
# blocked (3 of 7 taken).
ZH_K_OFF_TOPIC = [
    ("我把冬天的衣服都存到柜子里了", "unknown"),
    ("老伴儿说我记账记得比会计还清楚", "unknown"),
    ("这个月的利息我都拿去买菜了", "unknown"),
    ("我孙子说他的游戏账号被封了", "unknown"),
    ("楼下那家店换老板了 东西贵了", "unknown"),
    ("我每天早上都去公园转一转", "unknown"),
    ("卡拉OK的包厢要提前订", "unknown"),
]


# zh K: requests (2/4; * a passbook password and a card that gives no cash were dropped:
# DESIGN.md does not settle update_details or app help, lost_card or staff).
ZH_K_REQUESTS = [
    ("能不能帮我看看这个手机银行怎么交电费", "mobile_banking_help"),
    ("我想开个定期 先拿个号", "take_ticket"),
]


# ko K (after J's fixes): the same situations in Korean (3/5).
KO_K_SCAMS = [
    (
        "아들이 인터넷 대출을 안 갚았다고 비상 연락처인 "
        "저보고 대신 갚으래요 안 그러면 매일 전화한대요",
        "fraud_check",
    ),
    (
        "양복 입은 사람이 아파트에서 노인 통장을 만들면 계란을 준다고 통장을 가져오래요",
        "fraud_check",
    ),
    ("영감이 휴대폰 게임으로 돈을 벌었다는데 그 돈을 빼려면 먼저 충전을 하래요", "fraud_check"),
    (
        "초등학교 동창 아들이라면서 외국에서 집주인한테 여권을 뺏겼다고 월세를 대신 내 달래요",
        "fraud_check",
    ),
    ("한전 직원이라는 사람이 집에 와서 계량기를 바꿔야 한다고 보증금을 먼저 내래요", "fraud_check"),
]


# ko K: bank words in everyday senses, and a karaoke booking (3 of 6 taken).
KO_K_OFF_TOPIC = [
    ("겨울 옷은 다 장롱에 넣어 뒀어요", "unknown"),
    ("영감이 가계부를 나보다 더 잘 써요", "unknown"),
    ("이번 달 이자로 반찬 사 먹었어요", "unknown"),
    ("손자 게임 아이디가 막혔대요", "unknown"),
    ("아래층 가게 주인이 바뀌었어요", "unknown"),
    ("노래방 방은 미리 예약해야 돼요", "unknown"),
]


# ko K: requests (3/4; * the card that gives no cash dropped as in Chinese).
KO_K_REQUESTS = [
    ("통장 비밀번호를 바꾸고 싶어요", "update_details"),
    ("휴대폰으로 전기세 내는 거 좀 알려 줘요", "mobile_banking_help"),
    ("정기 예금 들려고요 번호표 주세요", "take_ticket"),
]


# zh L (after K's fixes): a tax before demolition money, a lost brother found on TV, a parcel
# locker's code, a medical card cashed, a gas pipe 'about to explode' (5/5).
ZH_L_SCAMS = [
    ("有个人说我家老房子的拆迁款批下来了 要我先交一笔税 才能把款打到我卡上", "fraud_check"),
    ("一个女的说她是电视台寻亲节目的 帮我找到了失散的弟弟 让我先汇路费给他", "fraud_check"),
    ("快递柜旁边有个小伙子说帮我取件 要我把手机上的取件码和验证码都给他看看", "fraud_check"),
    (
        "有 个 人 说 我 的 医 保 卡 能 套 现 打 九 折 给 我 现 金 让 我 把 卡 和 密 码 给 他",
        "fraud_check",
    ),
    ("一个师傅上门说我家的燃气管老化了 不换会爆炸 今天换打八折 先付一半", "fraud_check"),
]


# zh L: talk in those same situations (0 of 6 taken).
ZH_L_OFF_TOPIC = [
    ("我们那片拆迁了 邻居都搬走了", "unknown"),
    ("寻亲节目真感人 我看哭了", "unknown"),
    ("快递柜的取件码老是记不住", "unknown"),
    ("燃气公司的师傅上个月来检查过了", "unknown"),
    ("我这个月的钱都给孙子交学费了", "unknown"),
    ("存了一辈子的老物件 孩子们都不稀罕", "unknown"),
]


# zh L: requests (3/3).
ZH_L_REQUESTS = [
    ("我想给卡办个挂失", "lost_card"),
    ("零钱兑换在哪排队", "take_ticket"),
    ("手机上的银行怎么看我存了多少", "mobile_banking_help"),
]


# ko L (after K's fixes): the same situations in Korean (4/4).
KO_L_SCAMS = [
    ("재개발 보상금이 나왔는데 세금을 먼저 내야 통장으로 넣어 준대요", "fraud_check"),
    ("방송국 이산가족 찾기라면서 헤어진 동생을 찾았다고 차비를 먼저 보내래요", "fraud_check"),
    (
        "택배 보관함 앞에서 어떤 청년이 대신 찾아 준다고 휴대폰에 온 인증번호를 보여 달래요",
        "fraud_check",
    ),
    (
        "가스 기사라는 사람이 배관이 낡아서 터질 수 있다고 "
        "오늘 바꾸면 싸게 해 준다고 반을 먼저 내래요",
        "fraud_check",
    ),
]


# ko L: neighbours moving away, a parcel locker's code forgotten (2 of 4 taken).
KO_L_OFF_TOPIC = [
    ("우리 동네 재개발돼서 이웃들이 다 이사 갔어요", "unknown"),
    ("이산가족 찾는 방송 보고 많이 울었어요", "unknown"),
    ("택배 보관함 비밀번호를 자꾸 까먹어요", "unknown"),
    ("이번 달 돈은 손자 학원비로 다 나갔어요", "unknown"),
]


# ko L: requests (3/3).
KO_L_REQUESTS = [
    ("카드 분실 신고하려고요", "lost_card"),
    ("동전 바꾸려면 어디서 기다려요", "take_ticket"),
    ("앱에서 내 돈 얼마 있는지 어떻게 봐요", "mobile_banking_help"),
]


# zh: scams in no named situation, for the situation-free rule alone (see the test below).
ZH_S_SCAMS = [
    ("有个不认识的人打电话 让我今天之内把三万块转过去 不然后果自负", "fraud_check"),
    ("那边的人要我把手机上收到的数字报给他 还说千万别跟家里人讲", "fraud_check"),
    ("一个自称是什么协会的人叫我先交两千块 说过几天能返我一万", "fraud_check"),
    ("对 方 说 我 要 是 不 马 上 交 钱 就 上 黑 名 单 坐 高 铁 都 不 行", "fraud_check"),
    ("群主让我们每人先交五百块 说下个月保证翻一番", "fraud_check"),
    ("有人发消息说我中了个名额 要我输入卡号和密码 今天不领就作废", "fraud_check"),
]


# ko: scams in no named situation, for the situation-free rule alone (see the test below).
KO_S_SCAMS = [
    ("모르는 사람이 전화해서 오늘 안에 삼백만 원을 보내래요 안 그러면 큰일 난대요", "fraud_check"),
    ("그쪽에서 문자로 온 번호를 불러 달래요 가족한테는 말하지 말라고 하고요", "fraud_check"),
    ("무슨 협회라는 데서 이백만 원 먼저 넣으면 다음 달에 두 배로 준대요", "fraud_check"),
    ("그 사람이 지금 당장 돈을 안 보내면 신용불량이 된다고 그래요", "fraud_check"),
    ("단톡방 방장이 다들 오십만 원씩 넣으래요 무조건 불어난다고", "fraud_check"),
    ("어떤 사람이 제 계좌가 위험하다고 비밀번호를 알려 달래요 빨리요", "fraud_check"),
]


ZH_SCAMS = [
    row
    for rows in (
        ZH_A_SCAMS,
        ZH_B_SCAMS,
        ZH_C_SCAMS,
        ZH_D_SCAMS,
        ZH_E_SCAMS,
        ZH_F_SCAMS,
        ZH_G_SCAMS,
        ZH_H_SCAMS,
        ZH_I_SCAMS,
        ZH_J_SCAMS,
        ZH_K_SCAMS,
        ZH_L_SCAMS,
        ZH_S_SCAMS,
    )
    for row in rows
]
ZH_OFF_TOPIC = [
    row
    for rows in (
        ZH_A_OFF_TOPIC,
        ZH_B_OFF_TOPIC,
        ZH_C_OFF_TOPIC,
        ZH_D_OFF_TOPIC,
        ZH_E_OFF_TOPIC,
        ZH_F_OFF_TOPIC,
        ZH_G_OFF_TOPIC,
        ZH_H_OFF_TOPIC,
        ZH_I_OFF_TOPIC,
        ZH_J_OFF_TOPIC,
        ZH_K_OFF_TOPIC,
        ZH_L_OFF_TOPIC,
    )
    for row in rows
]
ZH_REQUESTS = [
    row
    for rows in (
        ZH_A_REQUESTS,
        ZH_B_REQUESTS,
        ZH_C_REQUESTS,
        ZH_D_REQUESTS,
        ZH_E_REQUESTS,
        ZH_F_REQUESTS,
        ZH_G_REQUESTS,
        ZH_H_REQUESTS,
        ZH_I_REQUESTS,
        ZH_J_REQUESTS,
        ZH_K_REQUESTS,
        ZH_L_REQUESTS,
    )
    for row in rows
]
KO_SCAMS = [
    row
    for rows in (
        KO_A_SCAMS,
        KO_B_SCAMS,
        KO_C_SCAMS,
        KO_D_SCAMS,
        KO_E_SCAMS,
        KO_F_SCAMS,
        KO_G_SCAMS,
        KO_H_SCAMS,
        KO_I_SCAMS,
        KO_J_SCAMS,
        KO_K_SCAMS,
        KO_L_SCAMS,
        KO_S_SCAMS,
    )
    for row in rows
]
KO_OFF_TOPIC = [
    row
    for rows in (
        KO_A_OFF_TOPIC,
        KO_B_OFF_TOPIC,
        KO_C_OFF_TOPIC,
        KO_D_OFF_TOPIC,
        KO_E_OFF_TOPIC,
        KO_F_OFF_TOPIC,
        KO_G_OFF_TOPIC,
        KO_H_OFF_TOPIC,
        KO_I_OFF_TOPIC,
        KO_J_OFF_TOPIC,
        KO_K_OFF_TOPIC,
        KO_L_OFF_TOPIC,
    )
    for row in rows
]
KO_REQUESTS = [
    row
    for rows in (
        KO_A_REQUESTS,
        KO_B_REQUESTS,
        KO_C_REQUESTS,
        KO_D_REQUESTS,
        KO_E_REQUESTS,
        KO_F_REQUESTS,
        KO_G_REQUESTS,
        KO_H_REQUESTS,
        KO_I_REQUESTS,
        KO_J_REQUESTS,
        KO_K_REQUESTS,
        KO_L_REQUESTS,
    )
    for row in rows
]
ZH_ALL = ZH_SCAMS + ZH_OFF_TOPIC + ZH_REQUESTS
KO_ALL = KO_SCAMS + KO_OFF_TOPIC + KO_REQUESTS
DATA = Path(__file__).parents[2] / "data"


@pytest.mark.parametrize(("text", "intent"), ZH_ALL)
def test_a_chinese_sentence_of_final7s_classes_reads_right(text: str, intent: str) -> None:
    assert offered("zh_CN", text) == intent


@pytest.mark.parametrize(("text", "intent"), KO_ALL)
def test_a_korean_sentence_of_final7s_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


@pytest.mark.parametrize(
    ("locale", "text"), [("zh_CN", t) for t, _ in ZH_SCAMS] + [("ko", t) for t, _ in KO_SCAMS]
)
def test_a_scam_of_this_round_is_asked_about_first(locale: str, text: str) -> None:
    got = matcher_for(locale).understand(text)
    decided = Listener().decide(
        got.intent, got.slots, got.confidence, list(got.alternatives), "home", 100
    )
    assert decided.verdict == Verdict.ASK, text
    assert decided.readings[0] == ("fraud_check", {}), text


def situation_free(locale: str, tmp_path: Path) -> Any:
    """The locale's lists with only the rule whose every place is a list of concepts."""
    folder = locales_dir() / locale
    table = yaml.safe_load((folder / CONCEPTS_FILE).read_text("utf-8"))
    table["scams"] = [r for r in table["scams"] if all(isinstance(p, list) for p in r)]
    assert len(table["scams"]) == 1, "one situation-free rule per locale"
    only = tmp_path / CONCEPTS_FILE
    only.write_text(yaml.safe_dump(table, allow_unicode=True), "utf-8")
    return load_cues(folder / CUES_FILE, locale, only)


def not_scams(locale: str) -> list[str]:
    """Every sentence of every test-data set that is not a scam, and this file's talk."""
    found = [t for t, _ in (ZH_OFF_TOPIC if locale == "zh_CN" else KO_OFF_TOPIC)]
    unseen = (DATA / "unseen.txt").read_text("utf-8").strip()  # never read here
    for path in sorted(DATA.glob(f"*/{locale}.yaml")):
        if path.parent.name == unseen:
            continue
        table = yaml.safe_load(path.read_text("utf-8"))
        for row in table.get("utterances") or []:
            if isinstance(row, dict) and row.get("intent") not in (None, "fraud_check"):
                found.append(str(row["text"]))
    return found


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_the_situation_free_rule_alone_reads_a_scam_in_no_named_situation(
    locale: str, tmp_path: Path
) -> None:
    index = situation_free(locale, tmp_path)
    scams = ZH_S_SCAMS if locale == "zh_CN" else KO_S_SCAMS
    assert [t for t, _ in scams if not index.read(t).scam] == []


@pytest.mark.parametrize("locale", ["zh_CN", "ko"])
def test_the_situation_free_rule_alone_takes_no_sentence_that_is_not_a_scam(
    locale: str, tmp_path: Path
) -> None:
    index = situation_free(locale, tmp_path)
    sentences = not_scams(locale)
    assert len(sentences) > 1000  # every set's requests, controls and talk
    taken = [t for t in sentences if index.read(t).scam]
    assert taken == KNOWN_TAKEN.get(locale, [])


# Requests the rule still reads as a scam, each a miss of its set (the list only
# shrinks). A husband's hospital bill, cash to withdraw, which counter: a named
# bill and cash are how the "relative in hospital" scam is told too (final12,
# studied in round eleven, ADR 0076, left as a judgement call).
# final17's and probe15's four (a price that doubled, the police gone after a theft,
# a phone number's last digits) were mended in round fourteen (ADR 0093).
# probe16's and probe17's (written blind in session 16 after round fifteen, training
# sets of the learned stage, not yet studied by hand): a debt at mahjong, an expired
# gift card, a bus pass, money posted to a sick brother; a phone repair, a parcel, a
# lottery ticket, a door code, a licence handed in, a gift voucher (ADR 0100).
# zh_CN's bus pass (公交公司, 免费) was mended in round sixteen (ADR 0102); ko round
# sixteen (ADR 0103) mended the licence handed in (an office as the place I go) and the
# forgotten PIN in Gyeongsang 잊아뿌다.
# ko round seventeen (ADR 0106) mended final19's app story (은행 거 깔아, the app's six
# digits), the phone repair, the lottery ticket, the door code and the gift voucher.
# ko round twenty-one (ADR 0125) mended probe16's parcel brought home (집에 빨리 가 봐야:
# hurrying home, no hurry to send money).
KNOWN_TAKEN = {
    # probe15's two left with round fourteen (ADR 0092): 也不催, 赶紧给我排个队; final21's
    # police talk on scams, retold, was mended in round nineteen (ADR 0116); probe16's and
    # probe17's three (a debt at mahjong, an expired store card, money posted to a sick
    # brother) in round twenty-one (ADR 0124).
    "zh_CN": [
        # final41's (written blind in session 26, trained on, not studied: ADR 0144): a lost
        # card to stop before anyone takes the money; the kiosk as a whole offers lost_card.
        "卡寻不着了，赶紧给我封上，嫑叫人把钱取走",
    ],
    "ko": [
        "우리 영감 병원비 때문에 현금으로 좀 찾아야 되는데 창구 몇 번으로 가야 돼요 "
        "기다리는 사람이 많네 그려",
        # final25's (studied since its one run, docs/design/0130; taken before round
        # twenty-two too): a grandchild's hospital bill paid by card, told as hearsay.
        "우리 며느리가 이번에 손주를 낳았는데 병원비가 을매나 나왔는지 아들이 카드 할부로 "
        "긁었다 카더라 요새는 애 하나 낳는 것도 돈이 억수로 든다",
    ],
}


@pytest.mark.parametrize(
    ("said", "written"),
    [("取 点 儿 钱", "取点钱"), ("这字儿太小了", "这字太小了"), ("在哪儿排号", "在哪排号")],
)
def test_the_northern_er_suffix_is_read_as_the_lists_write_it(said: str, written: str) -> None:
    assert normalise(said, "zh_CN") == normalise(written, "zh_CN")


@pytest.mark.parametrize("word", ["儿子", "女儿", "我这儿子", "那儿女", "儿童"])
def test_er_that_is_a_word_of_its_own_stays(word: str) -> None:
    assert normalise(word, "zh_CN") == word
