"""The learned stage's scam rule at p(fraud_check) ≥ 0.85, heard in certain stories too (ADR 0140).

Replayed on the code that first met them, final16 to final26 missed 16 scams; the
classifier gave eight of them p(fraud_check) 0.87–0.98, but its scam rule stood at 0.93
and never spoke on a sentence the rules read as a certain unknown (a story told as
settled, a memory). At 0.85, heard in those stories too, it catches those eight for one
off-topic story more in 1,056.

Here: scams of the studied sets it now catches, sentences of the round tests that now
offer fraud_check first with their own task still offered (a caller's or a relative's
order about money or a visit: asking costs a tap), and, as strict xfails, the everyday
talk it now asks about — the price of the rule, written down.

Superseded by ADR 0142 (the classifier reads what the rules are unsure of): the line
this pinned is gone; the sentences stay as tests, and those the new rule reads
otherwise are in ADR 0142's price list (tests/unit/speech/price_0142.txt).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intent_actions import Listener, Verdict
from kiosk.speech.intents import UNKNOWN, matcher_for

FRAUD = "fraud_check"


def offered_all(locale: str, text: str) -> list[str]:
    """The readings the kiosk asks about ("Did you mean …?"), best first, on the home screen."""
    got = matcher_for(locale).understand(text)
    decided = Listener().decide(
        got.intent, got.slots, got.confidence, list(got.alternatives), "home", 100
    )
    assert decided.verdict == Verdict.ASK, (text, decided.verdict)
    return [intent for intent, _ in decided.readings]


# final26's scams the rules read as a certain story or a task (studied since its one run).
CAUGHT = [
    (
        "en",
        "I received an SMS it says my account is suspended click here to verify, I clicked it "
        "and put in my details, now I am worried oh",
    ),
    (
        "ko",
        "아들이라고 전화 와서 앱 하나 깔라 해서 깔았더니 내 핸드폰 화면이 지 혼자 막 움직여요",
    ),
]

# The round tests' requests told beside a caller, the news or a relative's order (p ≥ 0.85
# after training on final26):
# fraud_check is offered first, the customer's own task still offered beside it.
CAUTIONED = [
    ("zh_CN", "儿子说让我把他的号码留在银行这儿 万一有事好找他", "update_details"),
    ("zh_CN", "儿子打电话叫我拿点现金给他", "take_ticket"),
    ("ko", "뉴스에서 보이스피싱 사기 얘기 나오더라 돈 좀 찾아 주세요", "take_ticket"),
    ("ko", "뉴스에서 보이스피싱 사기 얘기 하더라고 통장 정리 좀 해 주세요", "take_ticket"),
    ("ko", "뉴스에서 피싱 사기 조심하라고 나오던데 카드 비밀번호 바꾸고 싶어요", "update_details"),
    ("ko", "신문에서 보이스피싱 사기 기사 읽었는데 돈 좀 찾으러 왔어요", "take_ticket"),
    ("ko", "티비에서 보이스피싱 사기 얘기 나오던데 번호표 하나 주세요", "take_ticket"),
    ("ko", "아들이 하라고 해서 돈 보내러 왔어요", "take_ticket"),
    ("en", "someone phoned and asked me to pop in today", "check_in"),
]

# A caller or a relative's order about money, told with no task of the kiosk's: asked.
ASKED = [
    ("ko", "우리 딸내미가 어제 전화로 하래서 적금 깨러 왔어요 집 보태 준대요"),
    ("en", "a chap rang about my pension and said it's all fine now"),
]

# The price: everyday talk (the round tests' near misses) the classifier hears as a scam.
ASKED_NEEDLESSLY = [
    ("zh_CN", "电视上说有个台风要来了 是不是真的啊"),
    ("zh_CN", "闺女打电话说信用卡还款日到了 让我提醒她"),
    ("zh_CN", "女儿叫我把房租转到她给的账户 她帮我交"),
    ("zh_CN", "柜台的人说换卡得先交五块钱工本费"),
    ("en", "the parcel locker wants a code, they texted it to my phone"),
    ("en", "a lady from the church phoned and said she'd pick me up for the harvest supper at six"),
    ("ko", "수리 기사가 현금으로 주면 깎아 준대서 오만 원 주고 보냈어"),
    ("ko", "딸이 필요하다고 등본 보내 달래요 어디서 떼요"),
    ("ko", "손자가 입원해서 과일 좀 보내 달래요"),
    ("ko", "친구가 보이스피싱 당했다꼬 하대 요새 무섭다"),
    ("ko", "친구가 보이스피싱 당했대 불쌍하다"),
    ("ko", "딸 통장으로 용돈을 넣어 줬더니 고맙다고 전화가 왔더라"),
]


@pytest.mark.parametrize(("locale", "text"), CAUGHT)
def test_a_scam_the_rules_missed_is_caught(locale: str, text: str) -> None:
    assert offered(locale, text) == FRAUD


@pytest.mark.parametrize(("locale", "text", "task"), CAUTIONED)
def test_a_request_beside_a_caller_keeps_its_task_second(locale: str, text: str, task: str) -> None:
    got = offered_all(locale, text)
    assert got[0] == FRAUD and task in got, got


@pytest.mark.parametrize(("locale", "text"), ASKED)
def test_a_callers_order_about_money_is_asked_about(locale: str, text: str) -> None:
    assert offered(locale, text) == FRAUD


@pytest.mark.parametrize(("locale", "text"), ASKED_NEEDLESSLY)
def test_everyday_talk_asked_about_needlessly(locale: str, text: str) -> None:
    assert offered(locale, text) == UNKNOWN
