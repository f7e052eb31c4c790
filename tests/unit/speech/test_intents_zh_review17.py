"""Session seventeen's review of the Chinese word lists (ADR 0105): each finding as sentences.

A reviewer found round seventeen's ``elsewhere`` words vetoing the very request a
sentence makes: a place named on the way (活动中心, 庙里, 教堂, 村里, 医院), a
fee (报名费), a sport (门球), a past job (护士), a dosage (一天三次). And when
a veto emptied every reading, the matcher's unknown was certain, so the
learned stage never heard a scam told with 不收微信 (Z1). Each class keeps
the stories its word was made for.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered


def _check(text: str, want: str) -> None:
    assert offered("zh_CN", text) == want, text


class TestVetoIsNoCertainty:
    """Z1. An unknown made only by an ``elsewhere`` veto is not certain: the classifier is asked."""

    CASES: ClassVar[list[Any]] = [
        ("他说不收微信，只要现金，让我取五万块送到酒店给他", "fraud_check"),
        # our own
        ("那人说不收扫码，只收现金，叫我取三万块送到宾馆交给他", "fraud_check"),
        ("打电话的说不收微信，要我去银行取两万现金，门口有人来拿", "fraud_check"),
        # the veto's own stories stay off-topic
        ("老年大学报名排队要拿号", "unknown"),
        ("下午打门球，三缺一", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestPlacesOnTheWay:
    """Z2, Z3, Z5, Z7. A place named on the way is no veto; the place's own thing still is."""

    CASES: ClassVar[list[Any]] = [
        ("我在老年活动中心把银行卡弄丢了，赶紧帮我挂失", "lost_card"),
        ("我想取两千块钱，下礼拜去庙里还愿", "take_ticket"),
        ("下午要去教堂做礼拜，先取点现金", "take_ticket"),
        ("我跟你们王经理约好了今天来签字，刚从村里赶过来", "check_in"),
        ("我打完门球过来的，约了经理十点谈理财", "check_in"),
        ("刚才从医院过来的，这个机器我按错了，想回到上一步", "back"),
        ("我记性不好，药一天三次都记不住，你刚才说的再说一遍", "repeat"),
        # our own
        ("在活动中心把卡弄丢了，快帮我挂失", "lost_card"),
        ("银行卡在老年活动中心不见了，我要挂失", "lost_card"),
        ("我去寺庙烧香，想取一千块现金", "take_ticket"),
        ("明天去教堂，我想取点钱", "take_ticket"),
        ("我从村里来的，跟你们李经理约了十点", "check_in"),
        ("刚打了一场门球，我预约了经理办理财", "check_in"),
        ("刚从医院回来，按错了，我想返回上一步", "back"),
        ("医生说药一天两次，你刚才说的我没听清，再说一遍", "repeat"),
        # the stories the narrower words keep
        ("老年活动中心的卡找不着了", "unknown"),
        ("村里修路的事，村委会还没定", "unknown"),
        ("我在医院交费的机器那儿排了半天队", "unknown"),
        ("药盒子里的药一天三次", "unknown"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestWordsOfAnotherMeaning:
    """Z4, Z6. 报名 is also a fee, a nurse mentioned is no help given elsewhere."""

    CASES: ClassVar[list[Any]] = [
        ("给孙子交报名费，我想取三千块现金", "take_ticket"),
        ("我是退休的护士，眼睛不好，找个工作人员帮帮我", "call_staff"),
        # our own
        ("孙女报名要交钱，我来取两千块", "take_ticket"),
        ("我老伴以前是护士，我想找个工作人员帮忙", "call_staff"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestRequestAfterTheVeto:
    """Z8. The veto's own story, then a later clause that asks for the very thing."""

    CASES: ClassVar[list[Any]] = [
        ("修鞋的不收微信，我来取点零钱", "take_ticket"),
        # our own: the story alone, or a scam told after it
        ("修鞋的不收微信，只收现金", "unknown"),
        ("修鞋的不收微信，我跑了好几家", "unknown"),
        ("老年大学报名排队要拿号，人可多了", "unknown"),
        ("修鞋的不收微信，他说让我取五千块现金给他，说能帮我解冻账户", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)


class TestRequestAfterTheVetoOneWord:
    """Z8, siblings: a later clause that says the request in full (取 + 两百块) lifts the veto.

    Strict xfails until round eighteen (ADR 0112): a request rule said in full in a later
    clause now counts like two strong words; one strong word alone still does not
    (快递柜的取件码 … 发我手机上了 stays unknown).
    """

    CASES: ClassVar[list[Any]] = [
        ("修鞋的不收扫码，我来取两百块钱", "take_ticket"),
        ("菜市场那个摊子不收微信，我想取点零钱", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        _check(text, want)
