"""Korean, round seventeen: memories, short asks in dialect, luck and gifts (issue 11 §7, ADR 0106).

final19 (run once in session 16, studied from now on) left thirteen Korean
sentences read wrong, probe16 and probe17 seventeen and eighteen off-topic
stories taken. Grouped by what a person hears in them:

- PAST: a life told as a memory (젊었을 적엔, 그 시절이 좋았지, 그때는 …) with
  no wish after it, and a job or a class given up (그만뒀어), not "stop";
- SHORT: a short ask said in a dialect or in other words: call someone over
  (오라 케라), stop (고만), yes (그려, 맞수다), "a new bankbook", a ticket asked
  with a bare 줘 after a relative's errand, cancel said with a refusal (the
  request wins the tie), "I can't see what is written", a certificate misheard
  (인정서), the app asking for its six digits;
- LUCK: a lottery won only "if", a voucher given as a present: not a prize bait.

Beside them: requests that share a word of these classes, and scams that must
stay fraud_check. These sentences were written before any change, in other
words and situations (none copies or paraphrases a ``tests/data`` sentence), and
run once.

First contact (right of written), on the code before the round: 18/28 —
PAST 5/6 (missed: 젊었을 때는 월급을 … 그 시절이 좋았어), PAST_REQUESTS 3/3,
SHORT 4/10 (missed: 오라 케라, 고만 좀 해, 맞수다, 새 통장, 적혀 있는지 … 안 보여,
은행 거 … 여섯 자리를 넣으라고 나오네), LUCK 0/3, SCAMS 6/6. After the change: 28/28.
Round B (ROUND_B: club dues and shop debts, a phone as a thing, someone else's
hearing and number, a person who did not turn up, another place's queue, request
endings in Jeju and North Korean speech, a swallowed card; written after the
second batch of changes, run once): 14/14.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

PAST = [
    (
        "우리 젊었을 때는 월급을 봉투에 현금으로 받아서 마누라한테 통째로 갖다줬지 "
        "그 시절이 좋았어",
        "unknown",
    ),
    (
        "옛날 시골 살 적엔 장날마다 소 팔고 돈을 자루에 담아 왔다니까 그때는 은행도 멀었고",
        "unknown",
    ),
    ("그 시절엔 다들 가난했어도 이웃끼리 쌀 한 되씩 나눠 먹고 살았지", "unknown"),
    ("내가 처녀 적에 방직공장 다녔는데 그때 번 돈으로 동생들 학교 다 보냈어", "unknown"),
    ("아들이 다니던 회사를 그만두고 치킨 가게를 차린다는데 걱정이야", "unknown"),
    ("무릎이 아파서 경로당 체조 교실은 지난달에 그만뒀어", "unknown"),
]

PAST_REQUESTS = [
    ("옛날에 쓰던 카드를 오늘 잃어버렸어요", "lost_card"),
    ("그때 들어 둔 적금이 만기라는데 이자가 얼마예요", "explain_product"),
    ("이제 그만 읽어 주세요", "stop"),
]

SHORT = [
    ("여 상담하는 양반 쫌 오라 케라", "call_staff"),
    ("고만 좀 해 시끄러워", "stop"),
    ("그려 그렇게 혀", "yes"),
    ("맞수다 그걸로 헙서", "yes"),
    ("새 통장 부탁해요", "open_account"),
    ("딸내미 등록금 부칠 건데 번호표 하나 줘", "take_ticket"),
    ("취소할게요 안 해요", "stop"),
    ("여기 뭐라고 적혀 있는지 하나도 안 보여", "bigger_text"),
    ("인증서 기한이 다 됐다는데 새로 받으려면 어떻게 해요", "mobile_banking_help"),
    (
        "아들이 은행 거 깔아 줬는데 들어가니까 비밀번호 여섯 자리를 넣으라고 나오네 뭘 넣어요",
        "mobile_banking_help",
    ),
]

LUCK = [
    ("로또 당첨되면 손주들 집 한 채씩 사 줄 거라고 영감이 맨날 그래", "unknown"),
    ("추석에 며느리가 상품권을 선물로 줬는데 마트에서 쓰면 되겠지", "unknown"),
    ("복권 한 장 샀는데 당첨만 되면 경로당에 한턱 낼 거야", "unknown"),
]

SCAMS = [
    ("복권에 당첨됐다고 세금을 먼저 보내야 상금을 준대요", "fraud_check"),
    ("상품권을 사서 뒤에 번호를 사진 찍어 보내 달래", "fraud_check"),
    ("은행 직원이라는 사람이 비밀번호 여섯 자리를 불러 달래요", "fraud_check"),
    ("예전에 거래하던 은행이라면서 전화가 와서 통장을 옮기래요", "fraud_check"),
    ("그때 그 남자가 취소해 준다고 카드 번호를 불러 달라고 했어요", "fraud_check"),
    ("손자가 새 통장을 만들었다고 거기로 돈 좀 보내 달래요 문자로", "fraud_check"),
]

# Round B, written after the second batch (dues, a phone as a thing, others' hearing and
# numbers, a person not turning up, another place's queue, dialect endings), run once.
ROUND_B = [
    ("산악회 총무한테 회비 삼만 원 현금으로 줬는데 영수증은 없대", "unknown"),
    ("딸이 사 준 새 폰으로 유튜브 노래 듣는 게 요즘 낙이야", "unknown"),
    ("영감이 귀가 어두워서 티비 소리를 너무 크게 틀어 놔", "unknown"),
    ("사촌 동생이 번호를 바꿨다는데 새 번호를 모르겠네", "unknown"),
    ("반장 아주머니가 안 나와서 부녀회 회의가 취소됐어", "unknown"),
    ("보건소 번호표 뽑고 한 시간을 기다렸어", "unknown"),
    ("버스 탈 때 카드를 두 번 찍었더니 돈이 두 번 나갔어", "unknown"),
    ("통장 하나 맹글어 줍서", "open_account"),
    ("카드를 잃어버렸습네다 막아 주시라요", "lost_card"),
    ("주소가 바뀌어서 고쳐야 쓰겄는디", "update_details"),
    ("은행 기계가 카드를 삼켜 버렸어요", "lost_card"),
    ("내 이름으로 된 통장을 하나 가지고 싶어요", "open_account"),
    ("총무라는 사람이 회비를 이 계좌로 보내래요 급하다고", "fraud_check"),
    ("아들이 폰 액정이 깨져서 새 번호로 연락한다고 돈 좀 보내 달래", "fraud_check"),
]

CASES = PAST + PAST_REQUESTS + SHORT + LUCK + SCAMS + ROUND_B


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_a_korean_sentence_of_round_seventeens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
