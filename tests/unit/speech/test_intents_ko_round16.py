"""Korean, round sixteen: scams told without a scam word (issue 11 §7, ADR 0103).

probe16 and probe17 (written blind in session 16) left eight Korean scam
descriptions missed. None names a scam; each tells one of these shapes, which a
customer adviser would recognise at once:

- PAY ELSEWHERE: someone relays an order to put money into an account or a
  number that is not the customer's own (간호사 통장으로 넣으래, 이 번호로 보내래);
- SCARCITY: an investment offered as a closing chance (선착순, 마감이래,
  나만 특별히, 지금 안 하면 기회가 없대);
- CUT-OFF: a bill in arrears and a threat to cut the power or seize (끊긴다,
  압류) with an order to pay now;
- NAME LENT: opening a phone or an account in the customer's name for someone
  else (내 이름으로 개통해 달래);
- BAIT: a card or parcel never ordered and a number to call back; a friend
  met online who needs a fare; "gift card" said in English.

Beside them: everyday sentences that share a word of these shapes and must stay
``unknown``, and requests a new rule must not break. These sentences were
written before any change, in other words and situations (none copies or
paraphrases a ``tests/data`` sentence), and run once.

First contact (right of written), on the code before the round: 18/25 —
SCAMS 6/13 (missed: 이 계좌로 … 입금하래, 그 통장으로 부치라는, 오늘 밤까지 …
선착순, 자리가 몇 개 안 남았다고 … 마감이래, 가스가 끊긴대 … 이 번호로 보내라고,
내 이름으로 통장 … 만들어 달래, gift card), OFF-TOPIC 8/8, REQUESTS 4/4.
After the scam signs: 25/25. Round B (OFFICES, written after the office-as-a-place
fix, run once): 9/9.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

SCAMS = [
    # pay elsewhere
    ("병원 원무과라면서 직원 개인 계좌로 수술비를 먼저 넣어 달래요", "fraud_check"),
    ("보험 환급금을 돌려준다면서 이 계좌로 삼만 원부터 입금하래", "fraud_check"),
    ("손녀 학교 행정실이라고 급식비를 그 통장으로 부치라는 문자가 왔어", "fraud_check"),
    # scarcity
    (
        "주식 방송 하는 양반이 이번 달만 회원 받는다고 오늘 밤까지 돈 넣으래요 선착순이라고",
        "fraud_check",
    ),
    ("아는 언니가 소개한 투자 모임인데 자리가 몇 개 안 남았다고 이번 주가 마감이래", "fraud_check"),
    ("단톡방 선생님이 나한테만 알려 주는 종목이라고 코인을 사 두래요", "fraud_check"),
    # cut-off
    ("가스비가 밀려서 오늘 저녁에 가스가 끊긴대 지금 바로 이 번호로 보내라고 하네", "fraud_check"),
    ("수도요금 체납이라고 당장 안 내면 집을 압류한다는 전화를 받았어", "fraud_check"),
    # name lent
    ("조카 친구가 지 명의로는 안 된다고 내 이름으로 통장 하나 만들어 달래요", "fraud_check"),
    ("모르는 사람이 내 명의로 휴대폰 개통해 주면 사례금 준다 카네", "fraud_check"),
    # bait
    ("신청한 적도 없는 카드가 나왔다고 전화가 와서 알려 준 번호로 다시 걸었어요", "fraud_check"),
    ("페이스북으로 알게 된 외국 군인이 한국 오는 비행기 값을 좀 보내 달래", "fraud_check"),
    ("amazon이라면서 gift card 번호를 불러 달래요", "fraud_check"),
]

OFF_TOPIC = [
    # moved to test_intents_scam_0140.py (ADR 0140)
    ("노래자랑 투표는 이 번호로 문자 보내래 우리 동네 할매가 나왔거든", "unknown"),
    ("선착순으로 김장 김치 나눠 준다고 해서 아침부터 주민센터에 줄 섰지", "unknown"),
    ("동네 목욕탕이 이번 달이 마감이래 문 닫는다네 섭섭해서 어째", "unknown"),
    ("어젯밤 바람에 전기가 끊겨서 냉장고 음식이 다 녹았어", "unknown"),
    ("시킨 적도 없는 택배가 와서 보니 옆집 거더라 갖다줬지", "unknown"),
    ("영감이 손자 이름으로 나무를 한 그루 심었어 내 이름으로도 하나 심는대", "unknown"),
    ("손녀가 페이스북으로 알게 된 친구들이랑 여행 간다더라", "unknown"),
]

REQUESTS = [
    ("손자 이름으로 통장 하나 새로 만들고 싶어요", "open_account"),
    ("투자 상품 중에 원금 잃을 걱정 없는 게 있나 설명 좀 해 주세요", "explain_product"),
    ("전기요금 밀린 거 내러 왔어요", "take_ticket"),
    ("아들 통장으로 돈 좀 보내려고 왔는데 번호표 어디서 뽑아요", "take_ticket"),
]

# Round B, written after the scam signs for the second class (an office as the place I go,
# not an office that calls): directions and errands that name an office, and scams that
# still name one.
OFFICES = [
    ("세무서가 어디쯤이에요 양도세 서류 내러 가야 되는데", "unknown"),
    ("파출소가 이 근처에 있다던데 지갑 주운 거 갖다주려고", "unknown"),
    ("여기가 구청 아니에요 주차 딱지 붙어서 물어보러 왔는데", "unknown"),
    ("건강보험공단 사무실은 몇 층이에요 엘리베이터가 안 와서", "unknown"),
    ("손자가 공무원 시험 합격했다고 돈 좀 쓰겠다고 저녁 사 준대", "unknown"),
    ("노령연금 신청은 주민센터에서 하는 건가 연금공단 가서 하는 건가 헷갈려", "unknown"),
    ("휴대폰 인증 비번을 잊아뿌가 앱이 안 열리는데예", "mobile_banking_help"),
    ("경찰서라면서 전화가 와서 내 통장이 범죄에 쓰였다고 돈을 옮기래요", "fraud_check"),
    ("우체국 직원이라는 사람이 택배가 잘못 갔다고 카드 번호를 불러 달래", "fraud_check"),
]

CASES = SCAMS + OFF_TOPIC + REQUESTS + OFFICES


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_a_korean_sentence_of_round_sixteens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
