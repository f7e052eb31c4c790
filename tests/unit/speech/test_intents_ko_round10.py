"""Korean, round ten: final11's and final10's last misses by class (issue 11 §7).

final11 (156 Korean sentences, run once in session 12; studied from then on)
read 148/156 and final10 148/156 after its round. Their misses, by class:

- controls said in older, plain or dialect endings, often after a reason:
  앞 단계로 돌아가 줘요, 맨 처음으로 돌아가자, 귀가 어두워서 그래요 좀 크게 해
  줘요 (read as "yes"), 아니라니께, 말하지 마요;
- a person asked for by who they are (the young lady, the one in glasses);
- a product asked about by its worry, in the negative: 원금은 안 까먹어요? (the
  negator 안 took the weight off the loss word, so round nine's list words
  never counted);
- talk taken for a task: another place's queue number, a savings club's turn
  (곗돈), a lost thing that is no card, a count of houses (집을 두 채) read as
  "keep cash at home" (집에 두);
- a family member installing the bank's own app read as a scam: 하라는데 ("told
  me to do") held the claim word 라는데 and 은행 the company;
- an account wanted by need (…통장이 있어야 되겠어요); a language the kiosk
  speaks named with an ask (영어도 되나요).

What was built (docs/design/0071-ko-round-ten.md): ``normalise`` reads -니께 /
-니깐 as -니까 and drops a reason's closing 그래요 ("that is why") after a -서
clause; request rules over concepts: ``call_staff: [staff_person, summon]``,
``explain_product: [principal, loss]`` (loss words in their present, future and
negative-question forms, none in the past: 날렸다 is a story),
``open_account: [account_need, must_have]``, ``change_language: [kiosk_lang,
lang_ask]``; the request shapes gain the plain propositive and imperative
endings (-자, -라); elsewhere words for other places' queues, 계 and lost
things that are no card; 은행 앱 as one app word (it hides the scam sign 은행).

These sentences were written before any change, in other words and situations
(none copies or paraphrases a ``tests/data`` sentence), and run once.

First contact (right of written), on the code before the round:

========  ======
class     ko
========  ======
ENDINGS   10/14
PERSON    2/8
WORRY     4/8
TALK      10/14 (4 taken)
APP       3/5
ACCOUNT   4/4
LANGUAGE  4/6
========  ======

37 of 59. After the round all pass but one, left out of the list: 저번에 통장
만들어 준 그 총각 오늘은 안 나왔어요? (the task inside a clause that says who
the person is, 통장 만들어 준, outweighs the person; the summon 안 나왔어요
loses the segmentation to call_staff's listed weak word 나왔어요).

A second set (round B, 22 sentences of the same classes and must-stay scams)
was written after the fixes and run once: 21/22 (on the code before the round
15/22). Its one miss is left: 가만 있어 봐 말하지 말고 ("hush, don't talk") holds
the secrecy sign 말하지 말 and is offered fraud_check first, by design.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise

# Controls said in older, plain or dialect endings (-니께, -자, -줘요, 마요, 봐라),
# often after a reason ("…서 그래요").
ENDINGS = [
    ("전 단계로 좀 가 줘요", "back"),
    ("이거 말고 앞 단계 화면 다시 보여 줘요", "back"),
    ("뭐가 뭔지 모르겠다 처음부터 다시 하자", "home"),
    ("첫 화면으로 가자 다시 할란다", "home"),
    ("눈이 침침해서 그래요 글씨 좀 크게 해 줘요", "bigger_text"),
    ("나이를 먹어서 그래요 소리 좀 키워 줘요", "louder"),
    ("내가 말귀가 어두워서 그러니께 천천히 해 줘요", "slower"),
    ("그게 아니라니께요", "no"),
    ("아니라니깐 그거 말고", "no"),
    ("시끄러워 말하지 마요", "stop"),
    ("그만 떠들어요 좀 조용히 해 봐라", "stop"),
    ("한 번만 더 말해 봐라 잘 못 들었으니께", "repeat"),
    # must stay
    ("응 그래요 그걸로 해 줘요", "yes"),
    ("아니 그래서 그런 게 아니라 돈을 찾으려고요", "take_ticket"),
]

# A person asked for by who they are (the young lady, the man in glasses, the one
# who helped last time) rather than "staff".
PERSON = [
    ("총각 좀 불러 봐라 여기 기계가 이상하다", "call_staff"),
    ("아까 나 도와주던 그 머리 짧은 아가씨 어디 있어요?", "call_staff"),
    ("창구에 있던 그 젊은 아가씨 좀 오라고 해요", "call_staff"),
    ("그 키 큰 청년 어디 갔노", "call_staff"),
    ("안내하던 아가씨는 어디 가고 없네", "call_staff"),
    # must stay unknown: a young lady or young man who is not the bank's
    ("우리 손녀가 이제 다 큰 아가씨가 됐어요", "unknown"),
    ("시장에서 본 그 총각이 참 싹싹하더라", "unknown"),
]

# A product asked about by its worry, often in the negative ("won't I lose the principal?").
WORRY = [
    ("딸이 적금 말고 펀드를 들라는데 그거 원금 안 깨져요?", "explain_product"),
    ("정기예금은 돈 안 떼이는 거 맞죠?", "explain_product"),
    ("연금 상품 들면 나중에 손해 안 봐요?", "explain_product"),
    ("투자 상품은 원금이 줄어들 수도 있나요", "explain_product"),
    ("그런 거 하다가 본전도 못 찾는 거 아니에요?", "explain_product"),
    ("며느리가 펀드 하자는데 내 돈 날리는 거 아닌가 몰라", "explain_product"),
    # must stay unknown: money lost in a story, not a product asked about
    ("동창 하나는 주식으로 돈을 다 날렸다더라", "unknown"),
    ("젊었을 때 장사하다가 원금도 못 건졌지", "unknown"),
]

# Talk that looks like a task: another place's queue number, a savings club among
# friends, a lost thing that is no card, a count of houses.
TALK = [
    ("우체국에서 번호표 뽑고 삼십 분 기다렸더니 허리가 아프네", "unknown"),
    ("보건소 가서 번호표 받고 독감 주사 맞고 왔어", "unknown"),
    ("동네 아줌마들이랑 하는 계모임에서 이번 달 곗돈 내가 탔어", "unknown"),
    ("곗날이라 점심 먹고 왔어요 배부르다", "unknown"),
    ("버스에서 우산을 잃어버렸어 아끼던 건데", "unknown"),
    ("손주가 모자를 잃어버리고 울고 왔더라", "unknown"),
    ("큰딸네는 집을 두 번이나 옮겼다더라", "unknown"),
    ("지하철에서 목도리를 잃어버렸는데 찾을 수 있을까요?", "unknown"),
    ("산책하다가 강아지 목줄을 잃어버렸는데 어디서 새로 사요?", "unknown"),
    ("친구들이랑 계를 들었는데 이번 달이 내 차례래요", "unknown"),
    ("치과에서 번호표 뽑았는데 벌써 내 차례가 지나갔대요", "unknown"),
    ("친구네는 아파트를 두 채나 가지고 있다네", "unknown"),
    # must stay requests
    ("지갑을 잃어버렸는데 카드도 거기 있어요", "lost_card"),
    ("번호표 어디서 뽑아요?", "take_ticket"),
]

# A family member installing the bank's own app, certificate prompts: help, not a scam.
APP = [
    (
        "딸이 은행 앱을 깔아 줬는데 인증서를 옮기라는데 어떻게 하는지 모르겠어요",
        "mobile_banking_help",
    ),
    ("손자가 핸드폰에 은행 어플 넣어 줬는데 뭘 자꾸 누르라는데 모르겠네", "mobile_banking_help"),
    ("아들이 인터넷뱅킹 해 보라는데 공인인증서가 뭔지 모르겠어요", "mobile_banking_help"),
    # must stay scams
    ("은행이라는 사람이 전화해서 앱을 깔라는데 괜찮아요?", "fraud_check"),
    ("검찰청이라면서 통장 돈을 옮기라는데요", "fraud_check"),
]

# Asking for an account by what the customer needs now ("I should have one in my name").
ACCOUNT = [
    ("영감 가고 나니 이제 내 명의로 된 통장이 하나 있어야겠어", "open_account"),
    ("연금 받으려면 통장이 하나 필요하대서 왔어요", "open_account"),
    ("나도 이제 내 통장 하나 갖고 싶어요", "open_account"),
    # must stay
    ("통장 정리 좀 해 주세요", "take_ticket"),
]

# A language the kiosk speaks (English, Chinese, Korean) asked for.
LANGUAGE = [
    ("며느리가 중국 사람인데 중국어도 나와요?", "change_language"),
    ("외국 손님 모시고 왔는데 영어로도 볼 수 있어요?", "change_language"),
    ("영어는 안 돼요?", "change_language"),
    ("한국말로 다시 바꿔 줘요", "change_language"),
    # must stay unknown: talk of a language
    ("손녀가 요즘 영어 학원에 다녀서 영어를 제법 해요", "unknown"),
    ("중국어 배우는 게 그렇게 어렵다더라", "unknown"),
]

ALL = ENDINGS + PERSON + WORRY + TALK + APP + ACCOUNT + LANGUAGE


@pytest.mark.parametrize(("text", "intent"), ALL)
def test_a_korean_sentence_of_round_tens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


# Round B: written after the fixes, run once (21/22; the miss, 가만 있어 봐 말하지
# 말고, is left out: a secrecy sign outranks a stop by design).
ROUND_B = [
    ("글씨가 안 보여서 그래 좀 크게 해 봐라", "bigger_text"),
    ("그게 아니라니까 자꾸 딴 거 하네", "no"),
    ("이전 단계로 가 봐라", "back"),
    ("처음으로 가자 내가 잘못 눌렀다", "home"),
    ("아까 번호표 주던 그 언니 어디 갔어요", "call_staff"),
    ("그 양반 좀 불러 줘요 아까 나 상담해 준 분", "call_staff"),
    ("보험 든 거 해지하면 원금 못 찾는 거 아니에요?", "explain_product"),
    ("적금 깨면 이자 다 날리는 거예요?", "explain_product"),
    ("연금 상품은 원금 안 줄어드나요", "explain_product"),
    ("이제 나 혼자 사니까 내 앞으로 된 통장이 하나 있어야겠어요", "open_account"),
    ("손님이 일본 사람인데 영어로 바꿔 줄 수 있어요?", "change_language"),
    ("중국어로도 돼요?", "change_language"),
    ("며느리가 은행 어플에서 공인인증서 갱신하라는데 어떻게 해요", "mobile_banking_help"),
    ("구청에서 번호표 뽑고 서류 떼 왔어", "unknown"),
    ("계모임 언니들이랑 곗돈 모아서 제주도 갔다 왔지", "unknown"),
    ("등산 갔다가 지팡이를 잃어버려서 새로 샀어요", "unknown"),
    ("손녀가 영어를 곧잘 하더라", "unknown"),
    ("시장 총각이 덤으로 두부를 하나 더 주더라", "unknown"),
    ("옆집 영감은 주식으로 돈 날리고 요즘 힘들어해", "unknown"),
    ("은행 직원이라는 사람이 카드 비밀번호를 불러 달래요", "fraud_check"),
    ("아들이라면서 문자로 폰이 고장 났다고 돈 좀 보내 달래", "fraud_check"),
]


@pytest.mark.parametrize(("text", "intent"), ROUND_B)
def test_a_korean_sentence_written_after_the_fixes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


# Round C: controls in plain and Gyeongsang endings, written after rounds A and B
# and run once (14/20: 소리 좀 높여 봐라, 좀 꺼 봐라, 아니라카이, 아이다, 맞다 그거다,
# 여 사람 없나 had no list word); then talk that must not take the words added
# for them, and a card stuck in the machine (unknown before the round too).
ROUND_C = [
    ("뒤로 좀 가 봐라", "back"),
    ("아까 거로 다시 가 줘", "back"),
    ("전 화면 다시 띄워 봐요", "back"),
    ("에이 처음부터 다시 하자", "home"),
    ("첫 화면 나오게 해 봐라", "home"),
    ("귀가 잘 안 들리니께 크게 좀 해 줘요", "louder"),
    ("소리 좀 높여 봐라", "louder"),
    ("눈이 어두워서 그러니 글씨 좀 키워 봐라", "bigger_text"),
    ("말이 너무 빠르니께 천천히 해 봐요", "slower"),
    ("아이고 됐다 그만하자", "stop"),
    ("시끄러우니께 좀 꺼 봐라", "stop"),
    ("다시 한번 말해 봐라", "repeat"),
    ("뭐라 캤노 다시 해 봐라", "repeat"),
    ("아니라카이", "no"),
    ("아이다 그거 아이다", "no"),
    ("그래 그래 그걸로 하자", "yes"),
    ("맞다 그거다", "yes"),
    ("일하는 총각 하나 불러 주소", "call_staff"),
    ("여 사람 없나", "call_staff"),
    ("영어로 하자", "change_language"),
    ("우리 영감 말이 맞다 요즘 물가가 너무 올랐어", "unknown"),
    ("전기 아끼려고 불을 꺼 버렸지", "unknown"),
    ("아이다 아이다 하면서 손사래를 치더라", "unknown"),
    ("시장에 가니 사람이 없나 싶을 정도로 한산하더라", "unknown"),
    ("라디오 소리를 높여 놓고 잤더니 목이 아프네", "unknown"),
    ("하모니카 부는 할배가 공원에 있더라", "unknown"),
    ("카드 좀 꺼내 주세요 기계에 걸렸어요", "lost_card"),
]


@pytest.mark.parametrize(("text", "intent"), ROUND_C)
def test_a_korean_control_in_plain_or_dialect_endings_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("아니라니께", "아니라니까"),
        ("그렇다니깐요", "그렇다니까요"),
        ("했으니께네 가자", "했으니까 가자"),
        ("귀가 어두워서 그래요 좀 크게", "귀가 어두워서 좀 크게"),
        ("바빠서 그래 빨리 해", "바빠서 빨리 해"),
    ],
)
def test_korean_dialect_since_and_a_reasons_closing_are_normalised(said: str, heard: str) -> None:
    assert normalise(said, "ko") == heard


def test_normalising_keeps_words_that_only_look_like_the_endings() -> None:
    # 니께 alone is no ending; 그래요 not after a -서 clause is an answer.
    assert normalise("니께", "ko") == "니께"
    assert normalise("네 그래요", "ko") == "네 그래요"
