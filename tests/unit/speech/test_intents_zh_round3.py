"""zh_CN, third round (issue 11 §7): final5's misses, studied by class.

final5 read 144 of 156 in zh_CN on its one run. Its 12 misses came from
eight mechanisms (docs/design/0037-chinese-round-three.md); for each, new
sentences were written as an older customer in mainland China would say
them, run once before the change (first contact), then kept here. None is
taken from ``tests/data``. "unknown" means nothing is offered; news about
scams is offered the fraud check as "Did you mean" (as in round two).
"""

from __future__ import annotations

import pytest

from kiosk.speech.intent_actions import ASK_AT
from kiosk.speech.intents import UNKNOWN, matcher_for


def offered(text: str) -> str:
    got = matcher_for("zh_CN").understand(text)
    return got.intent if got.confidence >= ASK_AT else UNKNOWN


# Batches S1/S4 (an acquaintance or relative in trouble, told by them or a
# stranger), S2 (a fake customer service cancelling or "verifying" by
# transfer), S3 (doubt about a call or message), V (the scam signs).
SCAMS = [
    "我老同事在微信上说他住院了，手头紧，让我先借他两万块",
    "有个人打电话说我外孙在学校跟人打架，把人打伤了，要赔医药费，让我赶紧汇过去",
    "说是我侄子的同学，说我侄子出了车祸在抢救，叫我先垫几万块手术费",
    "一个自称是我战友的人在QQ上找我，说他在外地被人扣住了，要我凑点钱给他",
    "我们单位以前的领导加我微信，让我帮他先转五万块给一个朋友，说过两天就还我",
    "电话里一个小伙子哭着喊奶奶，说他把人家车撞了，要私了得赔钱，还不让我告诉他爸",
    "老家一个亲戚突然发消息说急用钱，让我往一个陌生的账号打钱",
    "有人说是我孙女的老师，说孩子生病住院了，要先交押金，让我转到他卡上",
    "我以前的老邻居在微信上跟我借钱，说手机丢了，这是新号码，钱要打到别人账上",
    "一个人说是我儿子的朋友，说我儿子喝多了把人打了，被派出所抓了，要交保释金",
    "我表哥打电话来，声音有点不像，说在外地出了事，叫我赶快汇钱，还不要跟嫂子讲",
    "一个女的打电话说是我闺女公司的，说我闺女在外面欠了钱，人家不放她走，让我赶快打钱过去",
    "我的老朋友QQ上说他在国外看病，急需一笔钱，让我先帮他垫上",
    "有人在微信上冒充我们家老大，说换了个号，要我给他打点钱周转",
    "有个说是支付宝客服的打电话，说我开通了会员每个月自动扣费，要关掉得按他说的操作转一笔钱",
    "所谓的京东客服说我的白条利率太高要帮我关掉，让我把钱转到他给的账户里验证",
    "一个客服说我开了什么百万医疗险，不取消的话每个月扣五百，让我去银行转账取消",
    "刚才有人说是快递公司的，说我的包裹弄丢了要赔我，让我开通个什么备用金再转钱验证",
    "那个人说我的贷款账户没注销，会影响征信，让我把卡里的钱都转过去才能注销",
    "说是抖音客服的，说我不小心开了直播会员，要关掉得把钱转到他们的账户做个流水",
    "对方说他是淘宝的，说我买的衣服有问题要退款，叫我扫一个码填银行卡号",
    "一个什么平台的客服打来说要给我的账户验证一下，让我转一块钱试试，后来又要我转一万",
    "有人打电话说我的医保要年审，不年审就停用，让我下载个软件把银行卡绑上去",
    "说是电信公司的，说我的宽带欠费了，不交就要起诉我，让我马上转账",
    "客服说要帮我解冻账户，得先交一笔解冻费，钱打到他们指定的卡上",
    "那个人说是保险公司的，说我有一笔理赔款没领，要先交手续费才能打到我卡上",
    "我收到个短信说要我去领补贴，我也不知道是真的假的",
    "昨天来了个电话说是银行的，我心里犯嘀咕，你们帮我看看",
    "手机上来了条消息，说我的卡有问题，这靠不靠谱啊",
    "有个电话老打给我，说是你们银行的，我不太放心",
    "我接了个奇怪的电话，对方知道我的名字和地址，是不是有问题",
    "这条短信让我点链接，我不敢点，你看看这是不是真的",
    "我闺女说最近骗子多，我收到个消息不知道能不能信",
    "有人加我微信说是银行的经理，这事儿可信吗",
    "收到条短信说我积分要过期了，是真是假啊",
    "刚才那个电话怪怪的，说我账户有异常，我有点害怕",
    "有个自称是我老领导秘书的人打电话，说领导有急事让我先转三万到一个账户",
    "我大学同学的号码发短信说他在医院，让我往他老婆卡上打两万块",
    "抖音上有个人说我开了什么会员，每天扣钱，叫我把钱转出来才能停掉",
    "一个说是美团客服的人说我的账户要升级认证，让我把钱转到他给的对公账户",
    "有个男的说他是我外甥的班主任，孩子在学校摔断了腿，要先交手术费",
    "我那个在国外的侄女微信发语音说被人扣了，要赎金，不让告诉她妈",
    "有人打电话说我退休金多发了，要我退回去，不然就停发，给了个账号",
    "有个客服说我之前买的保险可以退保，还能多退钱，让我先交一笔手续费",
    "那人说我的征信有问题，要我贷款出来再转到他们那儿洗白",
    "我在路上碰到一个人，说他有个祖传的宝贝，急着用钱，便宜卖给我",
    "有人发消息说我孙子在他们那儿欠了赌债，不还就不放人",
    "微信里一个好友说他帮我抢到了便宜的演唱会票，让我先付定金",
    "一个陌生号码说是我表弟，说换号了，在外面出事了急着要钱",
    "电话里说我的社保卡被人冒用了，要配合公安调查，让我把存款都转到指定账户",
    "那个人说他是银行安全部门的，说我的钱放在卡里不安全，要挪到一个监管的账户里",
    "刚才电话里一个自称派出所的，问我银行卡密码是多少，说要核实",
    "有个人一直催我，说今天下午五点前不把钱转过去就要坐牢",
    "一个说是公安的人说我的卡被坏人用了，让我取出现金，一会儿派个同事来我家拿",
    "有人打电话让我把手机收到的六位数字告诉他，说是领奖用的",
    "来了个视频电话，穿着警服，说我涉嫌一个案子，让我把存款都集中到一张卡上",
    "对方说是我的开户行，说我的账户被冻结了，要我提供卡号和密码解冻",
    "有人叫我去买金条，说明天有人上门来收，帮我保管",
    "电话里的人让我别挂电话，一直跟我讲，还让我来银行把定期都取了",
    "快递小哥说有人让他来我家拿个信封，里面装的是现金",
    "一个人说我孙子在他们那儿借了网贷没还，叫我替他还，不还就上门",
    "网上一个说是股票老师的人说内部消息，让我把养老钱都投进去",
    # Found while writing the ADR: borrowing said as 借点钱 / 取点钱 hid its 钱.
    "我老同学微信上说他住院了，想跟我借点钱",
    "我邻居打电话说她住院了，让我帮她取点钱",
    # Batch X (the last, mixed): all 12 found at first contact.
    "有人说我在网上订的机票航班取消了，要退我钱，让我去ATM机上按他说的操作",
    "一个自称是医保局的说我的医保卡涉嫌违规套现，要把钱转到他们那儿审查",
    "我刚接到个电话，那人连我身份证号都知道，说我银行卡被人在外地刷了，要我把钱转走",
    "隔壁小区有个卖保健品的，天天送鸡蛋，现在让我交三万块入会",
    "那边说是我儿子单位的领导，说我儿子出了工伤，要先垫医药费，把钱打到他们财务",
    "一个姑娘网上跟我聊了半年，说她在海外投资赚了大钱，让我也跟着投",
    "有人打电话说要给我办高龄补贴，叫我把银行卡号和收到的验证码告诉他",
    "我外孙女突然发微信说她手机掉了，用同学的号给我发的，让我给她转生活费",
    "来了俩人说是燃气公司的，说我家管道老化必须马上换，先交五千",
    "刚才有个电话说我的快递里有违禁品，转到公安，公安让我把钱都转到清查账户",
    "有人让我帮他收一笔钱再转出去，给我百分之五的好处费",
    "那个人让我把手机屏幕打开给他看，说帮我操作退款",
    # Batch Z: 10 of 16 at first contact (a care home deposit for dividends, a
    # social-security office paid into a personal card, a celebrity gift with
    # customs due, a court summons by text, UnionPay, found money to share).
    "有个养老院的人说交十万块押金入住，每年还给百分之十二的分红",
    "一个人说帮我办以房养老，让我把房本押给他，每个月给我一万",
    "有人打电话说有一批纪念币要升值，让我先付钱他们帮我收藏",
    "一个说是社保中心的人说我的养老保险可以补缴，交五万以后每个月多领两千，钱打到他个人卡上",
    "电话里说我家电费欠了好几个月，不交今天就停电，让我扫码付",
    "有人卖墓地给我，说现在买了以后转手能翻几倍",
    "一个自称是我房东的人发短信说换了收租的账号，让我把房租打到新账户",
    "有人说可以帮我把信用卡额度提高，要先交一点保证金",
    "抖音上有个明星跟我私信，说要给我寄礼物，让我先交个邮费和关税",
    "我在网上找了个兼职，说点赞就有钱拿，现在让我先垫钱做任务",
    "有个人在医院门口说认识专家，能插队看病，先给他两千块",
    "一个人说他是我儿子的战友，路过这儿钱包丢了，找我借点路费",
    "来了个短信，说我名下有一张传票，让我打一个电话去法院核实",
    "有人打电话说我买的理财到期了，让我去一个网站上填卡号和密码领收益",
    "对方说是银联的，说我的卡开通了境外消费，要取消得按他的步骤操作",
    "一个老太太在街上说她捡了个钱包，里面有好多钱，要跟我分，让我先拿点钱出来当押金",
    # Batch AA: 9 of 16 at first contact (a master lifting a curse, an appraisal fee,
    # a loan in my name to "verify", the army buying, a job for a fee, face
    # checks by video, a tour that forces shopping).
    "街上一个大师说我家里有灾，得花八千块做法事才能消灾",
    "有人说我孙子考上大学了有奖学金，但是要先交一千块手续费才能发",
    "一个说是民政局的人打电话，说给老人发慰问金，要我的银行卡号和密码登记",
    "有个公司说在搞国家扶贫项目，买了原始股以后每年都有分红",
    "来了个人说高价收老邮票，看完说得先交鉴定费",
    "电话里说我的身份证被人拿去办了贷款，要我转一笔钱验资才能撤销",
    "一个微信好友说自己是部队采购的，让我先垫资买一批货，回头加价收",
    "有人说能帮我孙子进国企上班，要先给二十万好处费",
    "有个人说是居委会的，上门要给我登记养老金，让我把存折和密码都给他",
    "电话里说我退休金要做人脸认证，让我开视频按他说的点",
    "一个卖养老公寓的说现在交钱买床位，以后还能按年返利息",
    "网上有个神医说他的药能治好我的腿，先交三个疗程的钱",
    "一个电视节目的人打电话说我中了二等奖，得先交税",
    "有人发消息说我在网上贷的款利息太高违法了，要帮我把钱要回来，先交服务费",
    "旅游团的导游非带我们去店里，逼着每人买一万块的玉",
    "我老伴在公园认识了个人，那人让他把钱投到一个养老币里，说能翻番",
]

# Batches O1, T2 and W: small talk, bank-near talk, and talk written to trip
# this round's rules (an acquaintance in hospital, 不靠谱, 取消了吗, 约好了).
TALK = [
    ("今天是几月几号啊", "unknown"),
    ("今儿星期几来着", "unknown"),
    ("外面下雨了没有", "unknown"),
    ("你们这儿的厕所在哪儿", "unknown"),
    ("这个地方wifi怎么连", "unknown"),
    ("我家小区门禁密码换了，我老记不住", "unknown"),
    ("我孙子今年考上大学了，可高兴了", "unknown"),
    ("我老伴身体不太好，天天吃药", "unknown"),
    ("现在的菜价真是贵，一斤西红柿都五块钱了", "unknown"),
    ("电视上说最近骗子特别多，专门骗老年人", "fraud_check"),
    ("我们小区有个老太太被骗了十几万，真可怜", "fraud_check"),
    ("你们银行门口那棵树长得真好", "unknown"),
    ("我以前也在银行上过班，那时候都是手写的", "unknown"),
    ("这机器做得挺好看的", "unknown"),
    ("我就是进来歇歇脚，外面太热了", "unknown"),
    ("我在等我老伴，她去旁边超市了", "unknown"),
    ("你们这里几点关门啊", "unknown"),
    ("公交车站在哪边", "unknown"),
    ("我的快递取件码是多少来着", "unknown"),
    ("现在年轻人都不爱存钱了", "unknown"),
    ("我女儿在上海工作，过年才回来", "unknown"),
    ("社区通知下周打疫苗，不知道要不要去", "unknown"),
    ("听说隔壁那家银行装修了", "unknown"),
    ("昨晚没睡好，头有点疼", "unknown"),
    ("我记性越来越差了，老是忘事儿", "unknown"),
    ("你这个说话的声音挺好听的", "unknown"),
    ("我们那儿的老年大学开了书法班", "unknown"),
    ("广场舞今天不跳了，下雨", "unknown"),
    ("新闻里讲有人冒充公安骗钱，抓了好几个", "fraud_check"),
    ("我外孙女养了只小狗，可聪明了", "unknown"),
    ("我老同学昨天给我打电话，说下个月要聚会", "unknown"),
    ("我老同事住院了，我打算去看看他，带点水果", "unknown"),
    ("我表哥在微信上发了好多他孙子的照片", "unknown"),
    ("我邻居住院了，我们几个老姐妹凑钱给她买了个果篮", "unknown"),
    ("领导退休了，我们几个老同事在微信群里聊得挺热闹", "unknown"),
    ("我跟老朋友约好了下午去公园下棋", "unknown"),
    ("我孙子说这个手机有点怪怪的，老是自己关机", "unknown"),
    ("昨天广场舞队的姐妹们都来了，可热闹了", "unknown"),
    ("我老伴说那个保健品不靠谱，不让我买", "unknown"),
    ("我闺女打电话说她下周回来看我", "unknown"),
    ("我在网上看到一个菜谱，挺好做的", "unknown"),
    ("我们小区门口新开了家超市，东西挺便宜", "unknown"),
    ("我跟老同学说好了，周末一起去爬山", "unknown"),
    ("我儿子的同事来家里吃饭了", "unknown"),
    ("老李头昨天又来了，坐了一下午", "unknown"),
    ("我家门口那个小卖部关门了", "unknown"),
    ("孙女的老师说孩子最近表现挺好", "unknown"),
    ("这个天儿怪怪的，一会儿晴一会儿雨", "unknown"),
    ("我的老年卡取消了吗，还能坐公交吗", "unknown"),
    ("我儿子昨天给我买了个新手机，屏幕挺大", "unknown"),
    ("我年轻的时候在纺织厂上班，一干就是三十年", "unknown"),
    ("哎呀，今天人可真多啊", "unknown"),
    ("我孙子放暑假了，天天在家打游戏", "unknown"),
    ("我老伴让我来给他买包烟", "unknown"),
    ("这里冷气开得挺足的", "unknown"),
    ("我这腿啊，走两步就疼", "unknown"),
    ("前几天我们老姐妹们去公园拍照了", "unknown"),
    ("你是男的还是女的啊", "unknown"),
    ("你们这门口能停自行车吗", "unknown"),
    ("我朋友的女儿在你们银行上班", "unknown"),
    ("我收到闺女寄来的包裹了，是件毛衣", "unknown"),
    ("昨天晚上看电视看到半夜", "unknown"),
    ("你们这个机器是哪个厂子做的", "unknown"),
    # Batch X (the last, mixed): 13 of 14 at first contact (进不了门 read as an app).
    ("我以前的老同学昨天来我家坐了坐，聊了一下午", "unknown"),
    ("我这个月退休金涨了一百多块", "unknown"),
    ("我孙子说要带我去北京玩", "unknown"),
    ("我老伴住院了，我每天去医院送饭", "unknown"),
    ("今天星期几啊，我都过糊涂了", "unknown"),
    ("我家楼下新开了个药店，挺方便", "unknown"),
    ("你们这儿的椅子坐着挺舒服的", "unknown"),
    ("我同事的女儿下个月结婚，请我去喝喜酒", "unknown"),
    ("这个月电费比上个月多了不少", "unknown"),
    ("俺们村里的人都爱在集上买东西", "unknown"),
    ("听说明天要降温了", "unknown"),
    ("我就在这儿等我闺女，她在里面办事", "unknown"),
    ("我邻居家的狗昨天跑丢了", "unknown"),
    ("我昨天把钥匙忘在家里了，进不了门", "unknown"),
    # Batch Y: practical questions about other places and services, 28 of 30 at
    # first contact (the two others are borderline, not kept: see the ADR).
    ("附近哪儿有公共厕所", "unknown"),
    ("你们这儿有没有轮椅可以借", "unknown"),
    ("能帮我叫辆车吗，我腿脚不方便", "unknown"),
    ("这附近哪儿能修手机", "unknown"),
    ("去菜市场往哪边走", "unknown"),
    ("你们这儿能充公交卡吗", "unknown"),
    ("我的老年卡坏了，刷不了公交", "unknown"),
    ("邮局几点开门", "unknown"),
    ("附近有卖老花镜的吗", "unknown"),
    ("请问有没有开水", "unknown"),
    ("能借我个充电器吗，手机没电了", "unknown"),
    ("今天外面风大不大", "unknown"),
    ("我想打个电话给我闺女，我手机没电了", "unknown"),
    ("外面那个自动售货机怎么用", "unknown"),
    ("这儿能不能抽烟", "unknown"),
    ("派出所在哪个方向", "unknown"),
    ("我家的燃气卡在哪儿充", "unknown"),
    ("我的医保卡能在这儿用吗，买药的时候刷不了", "unknown"),
    ("你知道哪儿能办老年优待证吗", "unknown"),
    ("帮我看看现在几点了", "unknown"),
    ("这儿有没有报纸看", "unknown"),
    ("停车场出口在哪", "unknown"),
    ("你们这楼上是干什么的", "unknown"),
    ("我想寄个包裹，在哪儿寄", "unknown"),
    ("你们这儿打印东西要钱吗", "unknown"),
    ("附近哪个医院看骨科好", "unknown"),
    ("我可以在这儿坐着等人吗", "unknown"),
    ("你们这儿卖不卖纪念币", "unknown"),
    # Batch Z: 15 of 16 at first contact (去排队了 at the supermarket).
    ("我老战友上个月走了，我心里挺难受的", "unknown"),
    ("我表姐从老家来看我，带了好多土特产", "unknown"),
    ("我们单位以前的领导今年九十岁了，身体还挺硬朗", "unknown"),
    ("我孙子在学校打篮球把胳膊摔了，现在好多了", "unknown"),
    ("邻居家的孩子考上研究生了，请我们吃饭", "unknown"),
    ("我那个手机老是弹广告，烦死了", "unknown"),
    ("我女儿给我买了个按摩椅，挺舒服的", "unknown"),
    ("现在的年轻人结婚彩礼要那么多钱", "unknown"),
    ("我老伴说要去学跳舞，我说你都七十了", "unknown"),
    ("我们村今年苹果丰收了", "unknown"),
    ("电视上那个养生节目我天天看", "unknown"),
    ("我儿子在外地工作，一年才回来一次", "unknown"),
    ("楼下超市鸡蛋打折，我一早就去排队了", "unknown"),
    ("我老同学打电话说他当爷爷了，可高兴了", "unknown"),
    ("这天气忽冷忽热的，老人容易感冒", "unknown"),
    ("我们小区新来的保安小伙子挺热情的", "unknown"),
    # Batch AA: 8 of 8 at first contact.
    ("我们老年大学组织去旅游，下个月去杭州", "unknown"),
    ("我孙子考上大学了，学校还给了奖学金", "unknown"),
    ("公园里有个人在算命，围了好多人", "unknown"),
    ("我老伴最近迷上收藏邮票了", "unknown"),
    ("居委会的人今天来家里量血压", "unknown"),
    ("我家孩子想考公务员，天天在家看书", "unknown"),
    ("电视上那个抽奖节目我每期都看", "unknown"),
    ("我们小区搞了个健康讲座，我去听了听", "unknown"),
    # Written to trip the new fee rules: bills and the bank's own staff.
    ("柜台的人说换卡得先交五块钱工本费", "unknown"),
    ("我们小区物业的人说要先交物业费", "unknown"),
    ("捡了个钱包，想交给你们", "unknown"),
]

# Batches R1-R5 and U: a manager who asked me to come, repeat said in pieces,
# 调大 decided by its object, answers, and requests told as family stories.
REQUESTS = [
    ("李经理昨天打电话叫我今天上午过来一趟", "check_in"),
    ("我跟你们的客户经理约的十点，我已经到了", "check_in"),
    ("柜台的小刘让我今天来签个字", "check_in"),
    ("我约的是办养老金的事，人已经来了", "check_in"),
    ("你们理财经理让我过来找她，说好了的", "check_in"),
    ("我是来赴约的，约了张经理", "check_in"),
    ("上礼拜约好的，今天来办房贷的事", "check_in"),
    ("经理叫我两点来，我早到了一会儿", "check_in"),
    ("我在网上预约了，现在到了要怎么弄", "check_in"),
    ("我预约的是开户，到了以后找谁", "check_in"),
    ("你再给我念一遍吧", "repeat"),
    ("刚才那句我没太听明白，再说说", "repeat"),
    ("你说的啥，我没听着", "repeat"),
    ("麻烦你重新讲一遍", "repeat"),
    ("啥来着？再说一次", "repeat"),
    ("你刚刚讲的什么，再来一遍", "repeat"),
    ("能不能再跟我说一遍", "repeat"),
    ("那个话你再重复一下", "repeat"),
    ("你说啥？", "repeat"),
    ("前面那段再给我讲一下", "repeat"),
    ("把声音调大点儿", "louder"),
    ("声音开大点，我耳朵不好", "louder"),
    ("声儿调高点", "louder"),
    ("音量调大", "louder"),
    ("声音再调大一些", "louder"),
    ("字能不能弄大一些", "bigger_text"),
    ("屏幕上的字调大一点", "bigger_text"),
    ("把这个字放大点儿", "bigger_text"),
    ("字调大些，我看不清", "bigger_text"),
    ("能把字弄得大点吗", "bigger_text"),
    ("对，没错", "yes"),
    ("对对对，就这个", "yes"),
    ("嗯，是的", "yes"),
    ("是这个，没错", "yes"),
    ("就是它，对", "yes"),
    ("对，就这么办", "yes"),
    ("不，不是这个", "no"),
    ("不对，不是这个", "no"),
    ("不要，不是这个", "no"),
    ("你们柜台的王姐叫我十点过来办手续", "check_in"),
    ("我和理财经理约在今天下午，我人已经到了", "check_in"),
    ("大堂经理说让我今天来找他签字", "check_in"),
    ("那句话你再给我讲讲", "repeat"),
    ("你刚才说了个啥，再念念", "repeat"),
    ("前头那几句我没太听明白", "repeat"),
    ("把屏幕上的字弄大点儿", "bigger_text"),
    ("字再调大一些行不行", "bigger_text"),
    ("声音给我开大一点", "louder"),
    ("对，就是这个没错", "yes"),
    ("是的，是这个", "yes"),
    ("不是，不是这个", "no"),
    ("这个电话号码打过来说是银行的，到底靠不靠谱", "fraud_check"),
    ("我收到一个链接，不知道能不能点", "fraud_check"),
    ("我想排个号，今天人多吗", "take_ticket"),
    ("这个理财产品靠不靠谱", "explain_product"),
    ("我儿子给我手机上装了你们银行的那个东西，可我怎么也登不上去", "mobile_banking_help"),
    ("闺女说让我来这儿把住址改一下，我们搬到她那儿去了", "update_details"),
    ("我孙女下个月上大学，想给她办张卡，以后好给她打生活费", "open_account"),
    ("我那张卡前两天在菜市场买菜的时候不知道丢哪儿了", "lost_card"),
    ("儿媳妇在网上给我约了今天上午十点，让我来找理财经理", "check_in"),
    ("我想把退休金取一点出来，给孙子买个电脑", "take_ticket"),
    ("我外孙说你们有个存三年的利息挺高，我想问问是哪个", "explain_product"),
    ("这机器我弄不明白，孩子们都上班去了，能不能叫个人来帮帮我", "call_staff"),
    ("老头子在世的时候开的户，现在户主要改成我的名字", "update_details"),
    ("取钱的时候那个机器把我的卡吞进去了，到现在也没吐出来", "lost_card"),
    ("我女婿给我下了个手机银行，说能交电费，我不会弄", "mobile_banking_help"),
    ("我闺女说你们这儿能办个存折，专门存我的养老钱", "open_account"),
    ("这字太小了，我老花镜又落家里了", "bigger_text"),
    # Batch X (the last, mixed): 11 of 14 at first contact (the app asking for an SMS code
    # read as a scam, a changed ID card, 刚开始 for the start).
    ("我那个手机银行一直让我输验证码，可我手机收不到短信", "mobile_banking_help"),
    ("我想存点钱，要排队吗", "take_ticket"),
    ("我的身份证换了新的，你们这儿要不要改", "update_details"),
    ("你说得太快了，我这老脑子转不过来", "slower"),
    ("大点儿声，我听不大清楚", "louder"),
    ("回到刚开始那个画面", "home"),
    ("刚才那页我还没看完，能回去吗", "back"),
    ("别说了，我自己看", "stop"),
    ("能换成说普通话的吗", "change_language"),
    ("我老伴的存折找不着了，是不是得挂失", "lost_card"),
    ("我外孙想让我在你们这开个账户，以后给我打钱方便", "open_account"),
    ("我约了下午三点办房贷", "check_in"),
    ("这个大额存单是怎么回事，你给我讲讲", "explain_product"),
    ("对，就这个", "yes"),
    # Batch Z: 12 of 12 at first contact.
    ("我老伴的卡让我拿着，他腿脚不好来不了，能帮他挂失吗", "lost_card"),
    ("我刚搬到儿子家住，地址得改一改", "update_details"),
    ("我就想存五千块钱，在哪个窗口", "take_ticket"),
    ("这个手机银行转账的地方在哪儿，我找不着", "mobile_banking_help"),
    ("你这说话我跟不上，能不能慢着点", "slower"),
    ("我外孙说你们新出了个理财，我想了解了解", "explain_product"),
    ("麻烦找个工作人员过来，我这卡插进去半天没反应", "call_staff"),
    ("上周约好的，今天来办退休金的手续", "check_in"),
    ("我想给我孙子开个户，他刚上小学", "open_account"),
    ("上一页那个我还想再看看", "back"),
    ("声音小得我都听不见了", "louder"),
    ("不用了，谢谢", "no"),
]


@pytest.mark.parametrize("text", SCAMS)
def test_scams_told_in_new_words_reach_the_fraud_check(text: str) -> None:
    assert offered(text) == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), TALK)
def test_talk_is_not_taken(text: str, intent: str) -> None:
    assert offered(text) == intent


@pytest.mark.parametrize(("text", "intent"), REQUESTS)
def test_requests_find_their_task(text: str, intent: str) -> None:
    assert offered(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [("是，就是这个", "yes"), ("对，就是这个没错", "yes"), ("不是，不是这个", "no")],
)
def test_a_near_template_of_the_opposite_answer_does_not_override_the_words(
    text: str, intent: str
) -> None:
    # 是就是这个 lies close to the template 不是这个 character by character.
    assert matcher_for("zh_CN").understand(text).intent == intent


def test_only_locales_reading_clauses_trust_their_answer_over_a_near_template() -> None:
    near_no = [("no", {}, 0.8)]
    assert matcher_for("zh_CN")._flips("yes", near_no)
    assert not matcher_for("en")._flips("yes", near_no)
    assert not matcher_for("ko")._flips("yes", near_no)
    assert not matcher_for("zh_CN")._flips("call_staff", near_no)
