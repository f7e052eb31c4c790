"""zh_CN, second round (issue 11 §7): sentences written before each change, run once.

Every sentence here was written for this round as an older customer in
mainland China would say it, run once before the change it led to (first
contact, see docs/design/0030-chinese-clauses-and-plain-words.md), then kept.
None is taken from ``tests/data``. "unknown" means nothing is offered.
"""

from __future__ import annotations

import pytest

from kiosk.speech.intent_actions import ASK_AT
from kiosk.speech.intents import UNKNOWN, matcher_for


def offered(text: str) -> str:
    got = matcher_for("zh_CN").understand(text)
    return got.intent if got.confidence >= ASK_AT else UNKNOWN


# Batches A, F and I: who / what / how in everyday words, none listed as a phrase.
SCAMS = [
    "来了个电话，说我的医保卡被别人冒用了，要我配合把钱转出去",
    "有个自称快递的说我包裹里查出了违禁的东西，叫我把存款交出来审查",
    "手机上来了个消息说我的养老金要停发，要我点进去填卡号",
    "一个小年轻在公园跟我说，买他们的理财每个月返好几百",
    "有人打电话说我孙子在学校打伤了同学，要赔人家五万块",
    "电话那头说是市里的民警，讲我名下有张卡在搞洗黑钱",
    "那个女的天天陪我聊天，后来说她妈妈病了找我借两万",
    "社区门口有人发传单，说存一万送一桶油，还给高利息",
    "对方说我退休金多发了，让我把多的退回去，给了个卡号",
    "有人说只要交两千块会员费，以后每个月都给我发补贴",
    "一个说是我老战友的人打电话，说他急着做手术，让我先垫点钱",
    "银行客服打电话讲我的卡要升级，不升级就不能用，叫我把验证码报过去",
    "有个人上门说是燃气公司的，说我家表坏了要先交钱才能修",
    "电视上那个专家讲的药，打电话过去他们叫我先打三千块",
    "有人说帮我把社保卡里的钱提出来，只要把密码给他",
    "女儿的微信发来说她被人扣住了，叫我赶紧汇钱过去",
    "有个人自称是我外孙的班主任，说孩子要交资料费，让我微信转给他",
    "一个男的在电话里哭着叫我奶奶，说他出车祸了急需用钱",
    "村里来了一伙人，说买他们的床垫能治病，还要我先交订金",
    "手机上有个人说我的快递丢了要赔我钱，让我先扫个码",
    "有人说我中了一台电视机，要先交三百块运费才给寄",
    "那边说是医保中心的，说我的医保卡有问题，要给我转接警察",
    "一个人天天给我打电话推荐一个养老项目，说投十万年底能拿十五万",
    "来电的人说我的银行卡欠了信用卡的钱，不还就要上征信",
    "有个年轻人在楼下说帮老人办免费的养老卡，要我身份证和银行卡",
    "他们叫我下载一个软件，说在上面能看见我的钱，还让我把钱挪进去",
    "网上认识的一个老伴说要来看我，让我先给他打路费",
    "有个说是法院的人打电话说我被起诉了，要交钱才能撤诉",
    "我侄子在微信上说他换号了，让我先帮他给别人转五千",
    "电话里那人叫我别挂电话，去银行把钱都取出来放到他说的账户上",
    "俺接了个电话，那头说俺家的存款要被查封了，得先挪出来",
    "有个戴眼镜的后生说他是银行派来的，要帮我把卡换成新的，让我把旧卡和密码给他",
    "一个老太太在路边说她有块金子急着卖，便宜给我，让我去取钱",
    "电话里说我外孙在学校闯了祸，老师让我马上打三万到他指定的卡上",
    "有个号码给我发了个短信，说我积分快过期了，要换礼品就得登录填卡号",
    "一个男的跟我说他能帮我办低保，要我先给他两千块打点关系",
    "有个网上认识的大姐带我买一种币，说年底能翻三倍",
    "那人说他是部队的，要在我们家订一百份盒饭，让我先垫付买酒的钱",
    "有人说能帮我把养老保险一次性补缴了，让我先把钱交给他",
    "来了个穿制服的说是查燃气的，说我家管子不合格，当场就要罚款",
    "对方自称是电视台的，说我被抽中当幸运观众，先交个人所得税才能领奖",
    "有个人叫我开着视频，一步一步教我在手机银行上操作转账",
    "我在抖音上看到一个人说帮老人追回被骗的钱，要先交服务费",
    "银行的人打电话说我的定期要到期了，让我把钱转到他们给的新账户",
]

# Batches B, E, G, J: everyday talk, with someone, money, an appointment, a
# screen that is big; news about scammers is offered the fraud check.
TALK = [
    ("我儿子说明天带我去公园转转", "unknown"),
    ("昨天看新闻，说有个老太太被骗了十万，真吓人", "fraud_check"),
    ("隔壁老王说他家孙子考上大学了", "unknown"),
    ("我女儿给我买了个新手机，屏幕可大了", "unknown"),
    ("菜市场的人说今天白菜一块钱一斤", "unknown"),
    ("我老伴说晚上要包饺子，让我早点回去", "unknown"),
    ("电视上说明天要降温，叫大家多穿点", "unknown"),
    ("孙女发微信说她周末回来看我", "unknown"),
    ("邻居家那个小伙子人挺好的，经常帮我搬东西", "unknown"),
    ("我跟老姐妹们约好了下午去跳广场舞", "unknown"),
    ("医生说我血压有点高，让我少吃盐", "unknown"),
    ("我们小区物业的人说下个月要修电梯", "unknown"),
    ("报纸上说现在骗子都冒充公安，大家要小心", "fraud_check"),
    ("我儿子在外地工作，一年就回来一次", "unknown"),
    ("这个天气太热了，走过来一身汗", "unknown"),
    ("我孙子手机玩得可好了，什么都会", "unknown"),
    ("老家的房子我侄子帮着看着呢", "unknown"),
    ("今天公交车上人好多，都没座位", "unknown"),
    ("楼下卖水果的说今天苹果五块钱三斤", "unknown"),
    ("我们楼的人说物业费明年要涨", "unknown"),
    ("我老伴说这个月电费交多了", "unknown"),
    ("那个小伙子说他工资一个月才三千", "unknown"),
    ("有人说现在鸡蛋又涨价了", "unknown"),
    ("我女儿说周末带我去看电影，票她都买好了", "unknown"),
    ("隔壁大姐说她孙子的学费一年要两万", "unknown"),
    ("我跟老伙计约好了明天去钓鱼", "unknown"),
    ("我约了老同学中午一起吃饭", "unknown"),
    ("天黑得早，我得早点回去做饭", "unknown"),
    ("我家那口子说我买菜花钱大手大脚", "unknown"),
    ("这儿的椅子坐着挺舒服的", "unknown"),
    ("我孙子的字写得可大了，老师老说他", "unknown"),
    ("我们那个群里的人天天发养生文章", "unknown"),
    ("儿子说他们公司今年效益不好", "unknown"),
    ("医院那个护士说我这个病得住院", "unknown"),
    ("我听收音机里说明天有雨", "unknown"),
    ("老头子不是在家就是在公园下棋", "unknown"),
    ("社区的工作人员让我下礼拜带身份证去领鸡蛋", "unknown"),
    ("年轻人现在都不爱存钱，我孙子就是", "unknown"),
    ("那个推销的小伙子说话挺客气的", "unknown"),
    ("我看看就走，不办什么", "unknown"),
    ("我们老年大学的老师让我们带老年证去上课", "unknown"),
    ("我闺女说这个月给我买了点保健品，花了她不少钱", "unknown"),
    ("我想想再说吧", "unknown"),
    ("这个不是给我的，是给我老伴的药", "unknown"),
    ("一帮人在门口跳舞，热闹得很", "unknown"),
    ("我老伴走了三年了，家里就我一个人", "unknown"),
    ("楼上那家人天天吵架，吵得我睡不着", "unknown"),
    ("我年轻的时候也在银行干过", "unknown"),
    ("孙子放假了，天天在家玩手机", "unknown"),
    ("早上去公园转了一圈，遇见好几个老朋友", "unknown"),
    ("我的腿不好，走不了远路", "unknown"),
    ("今天的太阳真好，出来晒晒", "unknown"),
    ("我老伴在家等着我回去吃饭呢", "unknown"),
    ("俺家那口子脾气倔，说啥都不听", "unknown"),
    ("我外孙在北京上大学，学的是计算机", "unknown"),
    ("那个卖菜的大姐说明天给我留两斤鸡蛋", "unknown"),
    ("我一个老同事住院了，下午要去看看他", "unknown"),
    ("我儿子说等他发了工资就回来看我", "unknown"),
    ("现在的年轻人都用手机付钱，我还是习惯用现金", "unknown"),
    ("邻居大妈跟我说她孙女考上研究生了，请大家吃饭", "unknown"),
    ("俺们村里今年麦子收成不错", "unknown"),
    ("电视里说现在骗老人的可多了，让我们多留个心眼", "fraud_check"),
    ("我家的猫昨天跑丢了，找了一晚上", "unknown"),
    ("我闺女说下个月带我去海南过冬", "unknown"),
    ("我在楼下碰见一个老熟人，聊了半天", "unknown"),
    ("孙子说要给我买个智能手表", "unknown"),
    ("早上排队买包子的人可多了", "unknown"),
    ("我们老两口身体都还行，就是腿脚慢", "unknown"),
]

# Batches C, D, H, K: a "no" before a comma, 不是 inside a clause, a place
# phrase first, Vosk homophones (挂是, 取前), requests told as family stories.
REQUESTS = [
    ("卡没丢，我就是想取点钱", "take_ticket"),
    ("我没有约，就想问问理财", "explain_product"),
    ("不是我要挂失，是我老伴的卡找不着了", "lost_card"),
    ("这个不是我的卡，是我在门口捡的", "unknown"),
    ("我不是不会用，就是字太小看不清", "bigger_text"),
    ("没听清楚，你再说一遍吧", "repeat"),
    ("在我闺女手机上给我约的今天下午", "check_in"),
    ("在网上帮我约好了两点过来", "check_in"),
    ("在手机上看到你们有个新的理财产品", "explain_product"),
    ("我的卡挂是一下", "lost_card"),
    ("我要挂是", "lost_card"),
    ("我想开个护头", "open_account"),
    ("我想取前", "take_ticket"),
    ("新闻里说有人冒充银行骗钱，我想问问怎么防", "fraud_check"),
    ("听说最近骗子很多，我有点担心我的钱", "fraud_check"),
    ("我没有丢卡，不过想换个新手机号", "update_details"),
    ("取款机没吐卡，卡还在里面", "lost_card"),
    ("我不是来存钱的，是来问贷款的", "take_ticket"),
    ("我没记清楚，你再说一遍", "repeat"),
    ("我不太会弄，叫个人来帮帮我", "call_staff"),
    ("钱没取，卡被机器吞了", "lost_card"),
    ("不用了，我想回到首页", "home"),
    ("没事，我想看看定期存款", "explain_product"),
    ("不是，我要挂失我的卡", "lost_card"),
    ("没听清，声音大一点", "louder"),
    ("我没约，想拿个号办业务", "take_ticket"),
    ("我儿媳妇给我手机上弄了个银行的东西，我点进去老是让我输密码", "mobile_banking_help"),
    ("老头子的卡昨天在菜市场让人给摸走了", "lost_card"),
    ("我搬到闺女家住了，以前的地址不用了", "update_details"),
    ("孩子让我今天十点过来找你们经理签个字", "check_in"),
    ("我这人耳朵不好使，你说话大点声", "louder"),
    ("我眼睛花了，上面写的啥我看不清楚", "bigger_text"),
    ("我想给孙子存点钱，每个月存一点的那种", "explain_product"),
    ("你说得太快了，我这脑子跟不上", "slower"),
    ("我这卡插进去半天了，它不往外吐", "lost_card"),
    ("我老伴没了，我想把他账户上的钱取出来", "take_ticket"),
    ("我想给自己办个存钱的本子", "open_account"),
    ("你们这儿有没有管事的，我有个事要问", "call_staff"),
    ("刚才那个我没看明白，能不能退回去", "back"),
    ("算了不弄了，从头再来吧", "home"),
    ("好了好了别说了，我知道了", "stop"),
    ("我不会讲普通话，有没有说英语的", "change_language"),
    ("我手机号早就不用了，换了个新的", "update_details"),
    ("存折上的钱我想取两千出来", "take_ticket"),
    ("俺那个卡插到机器里头就不出来了，咋整", "lost_card"),
    ("孙女给我装的那个银行软件，我一点开就闪退", "mobile_banking_help"),
    ("我搬家了，想让你们以后往新地方寄信", "update_details"),
    ("我儿子在外地，他叫我来这边开个户方便他给我打钱", "open_account"),
    ("我想存一笔钱，放个三年的那种利息高不高", "explain_product"),
    ("你这说话跟念经似的，慢一点行不", "slower"),
    ("你这字跟蚂蚁似的，能弄大一点不", "bigger_text"),
    ("闺女帮我约了下午三点来办事", "check_in"),
    ("不对不对，我刚才按错了，往回退一下", "back"),
    ("俺想取点养老钱", "take_ticket"),
    ("我一个人弄不明白，能不能来个人帮我看看", "call_staff"),
    ("我耳朵背，你那声儿太小了", "louder"),
    ("我上个月换了手机号，银行这边还没改", "update_details"),
    ("这机器你别说了，让我静一静", "stop"),
    ("我存折找不着了，家里翻了个遍", "lost_card"),
    ("以前的那个名字不用了，我改名了", "update_details"),
]


@pytest.mark.parametrize("text", SCAMS)
def test_scams_in_plain_words_reach_the_fraud_check(text: str) -> None:
    assert offered(text) == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), TALK)
def test_everyday_talk_is_not_taken(text: str, intent: str) -> None:
    assert offered(text) == intent


@pytest.mark.parametrize(("text", "intent"), REQUESTS)
def test_requests_told_in_clauses_and_stories_find_their_task(text: str, intent: str) -> None:
    assert offered(text) == intent
