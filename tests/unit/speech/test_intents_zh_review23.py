"""Review 23 of the Chinese word lists (ADR 0132, "After review"): findings as sentences.

A read-only reviewer found six problems in round twenty-three (b430ffa), all new false alarms
or lost answers; no scam was lost. 租给他 / 卡交给她 with 每个月给 turned renting out a flat or
a child keeping the pension card into fraud (P1); bare 收到了再转 in ``mule`` alarmed on moving
one's own pension (P2); 帮人家收 (parcels), 代收货款, 办几张卡 for grandchildren and reselling a
supermarket card alarmed too (P3); 没得问题 / 没得错 read "no" (P4); 吵死人, 扰民, 音响开得 and
跑丢 as louder ``elsewhere`` words vetoed a real "speak louder" (P5); P6 is P4's odd input.
Sentences are written as speech arrives (spaces, no punctuation). "our own" marks siblings
written for this file; every narrowing of the mend has a scam beside it that must still read
fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered


def _check(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("zh_CN", text, want)


class TestRentingOutAFlatOrAChildKeepingTheCardIsNoScam:
    """P1. 租给她 and 卡交给她 beside 每个月给 are family and landlord life."""

    CASES: ClassVar[list[Any]] = [
        ("我把房子租给她了 每个月给我两千房租 想存个定期", ("take_ticket", "deposit")),
        ("楼下门面租给他了 每月给我三千 存起来", ("take_ticket", "deposit")),
        ("我把工资卡交给她了 我女儿 她每个月给我一千生活费", "unknown"),
        ("卡都交给儿子了 他每个月给我一千零花 我想查一下余额", ("balance", "unknown")),
        # our own
        ("铺子租给她了 每月给我两千五", ("take_ticket", "deposit", "unknown")),
        # the scams the review held, kept; and the narrowed words in scams
        ("网上认识的人让我把卡租给她 一个月两千", "fraud_check"),
        ("快递员说卡交给他就行 不要告诉家里人", "fraud_check"),
        ("那个人让我多办几张卡给他 说一张卡三百", "fraud_check"),
        ("有个人叫我把卡交给他 每个月给我五百", "fraud_check"),
        ("我把卡交给她了 她说一张卡给我三百", "fraud_check"),
        ("有个女的说把卡都交给她 她帮人收钱 给我好处费", "fraud_check"),
        ("有个人让我多办几张卡 说给我好处", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestMovingOnesOwnMoneyOnIsNoMule:
    """P2. Bare 收到了再转 is moving one's own money; it counts only with a lent card."""

    CASES: ClassVar[list[Any]] = [
        ("退休金收到了再转到定期里 利息高一点", ("explain_product", "transfer")),
        ("我把存款收到了再转到儿子卡上 他说利息高", ("explain_product", "transfer")),
        ("闺女的钱收到了再转给她 她在外地", ("unknown", "transfer")),
        # our own
        ("养老金收了再转到存折上 利息多一点", ("explain_product", "transfer", "deposit")),
        # the mule scams the review held, kept; the bare forms with a lent card
        ("有个女的让我帮她收钱 收到了再转出去 每次给我一百", "fraud_check"),
        ("一个自称公司财务的人让我收笔钱 马上转走 别告诉家里", "fraud_check"),
        ("孙子的女朋友借我的卡用 说收笔钱 收了再转", "fraud_check"),
        ("他借我的卡 钱收到了再转给他", "fraud_check"),
        ("卡交给他了 他说收到再转 不要问", "fraud_check"),
        ("有人叫我帮人家收钱 收了马上转走 给我提成", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSmallEarningsAndGiftCardsAreNoMule:
    """P3. Parcels, a parcel point, cards for grandchildren and a resold supermarket card."""

    CASES: ClassVar[list[Any]] = [
        ("我家开小卖部 帮人家收快递 每个月给我两百 想存起来", ("take_ticket", "deposit")),
        ("我在家做快递代收点 代收货款 每单有佣金 想开个账户", "open_account"),
        ("我给孙子孙女办几张卡 一张卡存一千压岁钱", ("open_account", "take_ticket")),
        ("超市购物卡卖给收卡的 一张卡给八百 我想存起来", ("deposit", "take_ticket")),
        # our own
        ("加油卡卖给收卡的 一张卡五百", ("unknown", "take_ticket", "deposit")),
        # scams with the narrowed words
        ("有人让我把银行卡卖给他 一张卡五百 说比卖购物卡划算", "fraud_check"),
        ("卡卖给一个老乡 一张卡五百", "fraud_check"),
        ("有个人说帮人家收款 每个月给我两千 用我的卡", "fraud_check"),
        ("有个人叫我帮人家收钱 代收货款 给我提成", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestNoProblemInSichuanIsAYes:
    """P4, P6. 没得问题 / 没得错 / 没得说 say yes; a bare 没得 stays no."""

    CASES: ClassVar[list[Any]] = [
        ("没得问题 就这样办", "yes"),
        ("没得问题 你帮我取两千", ("withdraw", "yes")),
        ("没得错 就是这张卡", "yes"),
        # our own
        ("没得说 就这么办", "yes"),
        ("没得", "no"),
        # the 没得 scams the review held, kept
        ("没得问题 他说把钱转到安全账户就行", "fraud_check"),
        ("验证码收到了没得 他叫我念给他听", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestNoiseIsTheReasonToSpeakLouder:
    """P5. The noise is why the customer cannot hear: 大声点 beside it stays louder."""

    CASES: ClassVar[list[Any]] = [
        ("声音大一点 这里吵死人", "louder"),
        ("声音太小了 楼下广场舞吵死人 你再大声点", "louder"),
        ("声音开大点 广场舞音响开得太大 我听不清你说话", "louder"),
        ("我耳朵背 你大声点 我家猫跑丢了 心里烦", "louder"),
        # our own
        ("大厅里吵死人了 我听不见 你大声点", "louder"),
        ("外面装修扰民 听不清 你声音大点", "louder"),
        # the round's stories stay off-topic; scams with the narrowed words
        ("邻居跳广场舞 吵得睡不着", "unknown"),
        ("楼上装修吵死人 有个自称警察的叫我把钱转到安全账户", "fraud_check"),
        ("广场舞音响开得大 有人说我儿子出事了 叫我马上转五万", "fraud_check"),
        ("我家狗跑丢了 有人说在他那 叫我先转两千块", "fraud_check"),
        # 开得老大声 (another thing's sound) keeps the round's story off louder, not a request
        ("楼下音响开得震天响 你大声点 我听不清", "louder"),
        ("邻居家音响开得很大声 吵得睡不着", "unknown"),
        ("隔壁电视开得老大声 有个自称警察的叫我把钱转到安全账户", "fraud_check"),
        ("楼下音响开得震天响 一个自称法院的人说我涉案 让我转钱到安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


# --- second review (review 23b, on the mend 27fd678) -------------------------------------------
# Q1: ``{unless: [gift_card]}`` fired on a gift card only mentioned, and ``extra_cards`` counted
# only with ``someone``: card-selling mules were lost. gift_card now says the gift card is the
# thing sold; ``card_pay`` (a payment per card) joins extra_cards. Q2: ``card_price``'s bare 一张卡
# matched 一张卡存一千, so hand_card now needs card_pay. Q3: ``[relay, hand_card]`` alarmed on a
# child or spouse keeping the pension card; own_kin (my own child or spouse) vetoes it, and
# ``[relay, extra_cards]`` keeps the mules. Q4: louder's 开得老大声 words vetoed "speak louder"
# beside the home TV; only 音响开得… is elsewhere now.


class TestSecondReviewCardSellingMulesAreScams:
    """Q1. A bank card sold per card stays fraud_check beside a gift card or a boss."""

    CASES: ClassVar[list[Any]] = [
        ("收银行卡的说一张卡给五百 购物卡也收", "fraud_check"),
        ("我把卡卖给老乡了 一张给五百 他还送我一张加油卡", "fraud_check"),
        ("老板让我多办几张卡 他说一张卡给我两百", "fraud_check"),
        # our own
        ("网上兼职叫我多办几张卡 每张给三百", "fraud_check"),
        ("朋友说我多办几张卡 一张卡给我三百 我想办", "fraud_check"),
        ("村里有人收银行卡 一张卡给五百 超市卡也要", "fraud_check"),
        # the gift card really sold stays everyday talk
        ("超市购物卡卖给收卡的 一张卡给八百 我想存起来", ("take_ticket", "deposit")),
        ("单位发了购物卡 一张卡五百 我想存钱", ("take_ticket", "deposit")),
        # the narrowed gift_card words in scams
        ("有人让我把银行卡卖给他 一张八百 卖充值卡一样", "fraud_check"),
        ("网上兼职让我去买充值卡 把卡号和密码发给他 说返佣金", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewCardsForGrandchildrenAreNoScam:
    """Q2. 一张卡存一千 is money put in, not a price per card."""

    CASES: ClassVar[list[Any]] = [
        ("我老伴让我办几张卡给孙子 一张卡存一千", ("open_account", "take_ticket")),
        # our own
        ("我给孙子孙女办几张卡 一张卡存一千", ("open_account", "take_ticket")),
        # card_pay in scams
        ("朋友叫我办几张卡给他 一张卡给五百", "fraud_check"),
        ("那个人让我多办几张卡给他 说一张卡三百", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewFamilyKeepingTheCardIsNoMule:
    """Q3. A child or spouse keeping the card and passing money on is family life."""

    CASES: ClassVar[list[Any]] = [
        ("退休金卡交给她了 我闺女 钱收到了再转给我", "unknown"),
        ("卡都交给老伴了 工资收到再转给儿子", ("unknown", "transfer")),
        # our own
        ("我把工资卡交给女儿管 她收到了再转给我生活费", "unknown"),
        # own_kin and relay in scams
        ("老板叫我把卡交给他 收到了再转 给我提成", "fraud_check"),
        ("网上找了个兼职 把卡交给他们就行 收到了再转 每天结工资", "fraud_check"),
        ("网上认识的女朋友叫我把卡都交给她 她说收款再转给她朋友", "fraud_check"),
        ("我女朋友让我多办几张卡给她 她拿去做生意 收了再转", "fraud_check"),
        ("网上兼职 多办几张卡 收到再转 一天三百", "fraud_check"),
        ("有个自称我儿子的同事 让我把卡交给他 收到了再转", "fraud_check"),
        ("我闺女的网友叫我把卡交给他 收到了再转 给我好处费", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)


class TestSecondReviewLoudTvAtHomeIsTheReasonToSpeakLouder:
    """Q4. The home TV played loud is why the customer asks for louder."""

    CASES: ClassVar[list[Any]] = [
        ("你大声点 楼下广场舞开得老大声 我听不清", "louder"),
        ("你先大声点 我耳朵背 我家楼下广场舞开得老大声", "louder"),
        ("邻居电视开得很大声 吵得我睡不着 你声音大点", "louder"),
        ("声音大一点 我耳朵背 在家看电视都开得很大声", "louder"),
        ("我耳朵背 电视都开得老大声 你说话大声点", "louder"),
        ("你声音大点 我家电视开得很大声都听不清", "louder"),
        ("电视开得很大声我都听不清 你声音大一点", "louder"),
        # our own; 音响开得… stays another place's noise
        ("楼上邻居家音响开得老大声 我想报警", "unknown"),
        ("楼下音响开得震天响 你大声点 我听不清", "louder"),
        ("隔壁音响开得老大声 有个自称警察的叫我把钱转到安全账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check(text, want)
