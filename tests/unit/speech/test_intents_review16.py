"""Session sixteen's review of the word lists: each finding as the sentences that show it.

A reviewer read the rounds' new words and found hearsay read as a scam: 说是 with
a verb phrase before an institution (我儿子说是让我来银行开个账户), 发 with 头发 or
发现 before a payment code, "I have to say" as a coached answer, a friend
collecting for a raffle, a caller who said all is fine. Each class also keeps the
scams its rule was made for (the rounds' files keep the rest).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents.cue_index import CueIndex
from kiosk.speech.intents.cue_model import Cue

NOT_FRAUD = "not fraud_check"


def _check(locale: str, text: str, want: str | tuple[str, ...]) -> None:
    got = offered(locale, text)
    if want == NOT_FRAUD:
        assert got != "fraud_check", text
    elif isinstance(want, tuple):
        assert got in want, (text, got)
    else:
        assert got == want, text


class TestPosingGap:
    """1 and 4. zh_CN 说是 … an institution: a qualifier between, never a verb phrase."""

    CASES: ClassVar[list[Any]] = [
        ("我儿子说是让我来银行开个账户", "open_account"),
        ("我想开个账户 我儿子说是在银行开好一点", "open_account"),
        ("我老伴说是明天去银行存钱", ("take_ticket", "unknown")),
        ("社区说是明天去街道办领补贴", "unknown"),
        ("我问了一下说是要到法院去起诉", "unknown"),
        ("我儿子说是他的钱不够交学费 我想取点钱给他送过去", "take_ticket"),
        # our own: hearsay of a place to go is no one posing
        ("我女儿说是叫我到银行来问问存定期的事", NOT_FRAUD),
        ("邻居说是要去派出所开个证明", "unknown"),
        # the scams the gap was made for
        ("有人打电话说是市里的警察 让我把钱转到他给的账户", "fraud_check"),
        ("有人打电话说是工商银行的 要我把验证码告诉他", "fraud_check"),
        (
            "就是那个 说是啥子公安局的 说我拿身份证办的卡在外地洗钱了 让我把钱转到安全账户",
            "fraud_check",
        ),
        ("门口来了个人讲是人民银行的 讲旧版的钱不好用了 要收去统一换", "fraud_check"),
        ("有个女的说是民政局的 我家困难可以领补助 但要先交五百块的材料费", "fraud_check"),
        ("昨天有个穿制服的人来敲门，说是社区的，要收我的存折去登记", "fraud_check"),
        ("电话里那人说是她的领导 叫我先帮她转两万", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("zh_CN", text, want)


class TestPayCode:
    """2. zh_CN a payment code sent by someone, not 发 in 头发, 发现 or one's own code."""

    CASES: ClassVar[list[Any]] = [
        ("我头发剪了 扫二维码付的钱", "unknown"),
        ("我发现收款码收不到钱了", NOT_FRAUD),
        ("帮我发个收款码给我儿子 让他转钱给我", NOT_FRAUD),
        ("出发前我用二维码付了车票", NOT_FRAUD),
        ("有个自称居委会的在群里发了个收款码 叫每家交一百二的卫生费 今天必须交", "fraud_check"),
        ("外孙女的补习老师发来一个收款码 说下学期的书本费要马上扫 别告诉她妈", "fraud_check"),
        ("手机上来了条短信 说我的快递丢了要赔我钱 发了个二维码叫我扫一下", "fraud_check"),
        ("微信上一个不认识的人发了张收款码 说是社区团购的尾款 叫我赶紧付", "fraud_check"),
        ("老年大学的班长私下发了个收款码给我 说报名费涨了先交五百", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("zh_CN", text, want)


class TestEnglish:
    """5–7. en fillers, a raffle collection, a call that said all is fine."""

    CASES: ClassVar[list[Any]] = [
        ("I have to say I never know what the money is for on these statements", NOT_FRAUD),
        ("I must say I don't understand why the money went out twice", NOT_FRAUD),
        ("I should say my pension money comes in on the first", NOT_FRAUD),
        ("I've got to say I never know what the money is for on these letters", NOT_FRAUD),
        (
            "my daughter's friend will collect the money for the church raffle, "
            "can I get some change",
            ("take_ticket", "unknown"),
        ),
        # a settled matter closes it: [calls_about, money] is loose since round seventeen
        # (ADR 0104; an xfail after review 16)
        ("the fella rang about my pension, he said it's all fine now", NOT_FRAUD),
        ("a lady from the church is collecting for the raffle on sunday", NOT_FRAUD),
        # the scams these rules were made for
        (
            "my granddaughter's pal is meeting me in the car park at three "
            "to collect two thousand for her",
            "fraud_check",
        ),
        ("a man rang about my savings and said to move them to a safe account", "fraud_check"),
        (
            "I've been told to say the money is for a new kitchen if the teller asks why",
            "fraud_check",
        ),
        (
            "two girls collecting for a children's hospice only take cash and said they'll "
            "wait outside while I get more from the bank",
            "fraud_check",
        ),
        ("a man is coming to collect the cash from my house this afternoon", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("en", text, want)


class TestKoreanMonthly:
    """8. ko a savings product a son found, paying interest monthly, is a product asked about."""

    CASES: ClassVar[list[Any]] = [
        ("아들이 소개해 준 적금이 다달이 이자 준대요 그거 뭐예요", "explain_product"),
        ("매달 이자 나오는 예금 있어요", NOT_FRAUD),
        ("카드 한 장만 빌려주믄 매달 오십만 원 준다는디 해도 되나", "fraud_check"),
        ("성당 형님이 소개해 준 데가 한 달에 오 프로씩 이자를 준대서 넣어 볼까 해", "fraud_check"),
        ("집사님이 소개해 준 데가 다달이 삼 프로 준대", "fraud_check"),
        ("아는 언니가 소개한 회사가 매달 이자를 많이 준다고 천만 원 넣으래요", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        _check("ko", text, want)


class TestSpacedTwin:
    """3. One phrase listed with and without a space: each searched its own way."""

    def test_the_exact_form_takes_no_gap(self) -> None:
        exact = Cue(tuple("说是警察"), "fraud_check", 0.0, group=(0, 0))
        spaced = Cue(tuple("说是警察"), "fraud_check", 0.0, group=(1, 0), gaps=frozenset({1}))
        index = CueIndex([exact, spaced], [1, 1], "zh_CN")
        assert index.signs_in("说是市里的警察") == [spaced]
        assert sorted(c.group or (9, 9) for c in index.signs_in("说是警察")) == [(0, 0), (1, 0)]

    def test_the_spaced_form_keeps_its_gap_whichever_comes_first(self) -> None:
        spaced = Cue(tuple("说是警察"), "fraud_check", 0.0, group=(0, 0), gaps=frozenset({1}))
        exact = Cue(tuple("说是警察"), "fraud_check", 0.0, group=(1, 0))
        index = CueIndex([spaced, exact], [1, 1], "zh_CN")
        assert index.signs_in("说是市里的警察") == [spaced]
