"""Korean, round nineteen: an order passed on, other offices, the phone's own settings,
dialect endings (issue 11 §7, ADR 0117).

ADR 0114 ("Left for the next round") and final21 (studied from now on) left these
Korean classes, by what a person hears in them:

- ORDERED: a stranger or a caller made the customer come to withdraw or send
  (시켜서, 하라고 해서, 하래서, 시킨 대로): a scam sign when the one who orders is
  not the customer's own family. Beside it, FAMILY: a family's errand (a son,
  a daughter-in-law, a husband sends the customer to the bank) stays its task.
- OFFICES: another office's business or the state's money told as news or asked
  where to go (동사무소, 연금공단, 구청; the ID card, not a bank card; 국민연금,
  기초연금, a flat's maintenance fee): not a bank task and no scam. The bank's
  own pension products (연금저축, 개인연금) stay explain_product.
- PHONE: the customer's own phone (its ringtone, its volume, its text size) is not
  the kiosk's voice or text: unknown. The kiosk's own louder and bigger text stay.
- DIALECT: Gyeongsang -꼬 / -꼬예, Jeju -우꽈 / -수과, the -여 question, English
  said in a Korean session, the number that gets the text alerts.

Beside them, requests and scams that must stay as they are. Written before any
change and run once.

First contact (right of written), on the code before the round: 23/37 —
ORDERED 1/9 (only 검찰청 … 시키는 대로, through `guided`), FAMILY 6/6, OFFICES 8/10
(an ID card lost and the 국민연금 question asked of 연금공단 read fraud_check: 연금 inside
연금공단 filled both of [authority, money]), PHONE 3/5, DIALECT 5/7 (English said in
English). After the round: 37/37.

A son's hurry: decided with the existing rules. Money to move and a hurry word (빨리,
급하게, 당장) are a scam sign whoever asks (the relative-in-trouble scam is told that
way), so 아들이 급하다고 빨리 돈 좀 부쳐 달래서 왔어요 stays fraud_check (one tap);
a family errand without the hurry stays its task (ROUND_B).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

ORDERED = [
    ("전화한 남자가 시켜서 통장에 있는 돈 다 찾으러 왔어요", "fraud_check"),
    ("모르는 사람이 시켜서 적금 깨러 왔는데 어디로 가요", "fraud_check"),
    ("검찰청에서 시키는 대로 현금 찾으러 왔습니다", "fraud_check"),
    ("그쪽에서 하라고 해서 오늘 이체하러 왔어요", "fraud_check"),
    ("웬 아저씨가 시켜서 돈 찾으러 왔는데 얼른 해 줘요", "fraud_check"),
    ("카드 회사 직원이 시켜서 오백만 원 보내러 왔어", "fraud_check"),
    ("그 여자가 시킨 대로 돈 부치러 왔어예", "fraud_check"),
    ("어떤 양반이 하래서 정기예금 해지하러 왔수", "fraud_check"),
    ("전화 속 사람이 시켜서 송금하러 왔는데요", "fraud_check"),
]

FAMILY = [
    ("아들이 시켜서 공과금 내러 왔는데 번호표 어디서 뽑아요", "take_ticket"),
    ("며느리가 시켜서 새 통장 하나 만들러 왔어요", "open_account"),
    ("영감이 시켜서 돈 좀 찾으러 왔수 번호표 줘요", "take_ticket"),
    ("딸이 하래서 주소 바꾸러 왔어요", "update_details"),
    ("손녀가 하라고 해서 앱 쓰는 법 배우러 왔어요", "mobile_banking_help"),
    ("할머니한테는 말하지 마 선물 사러 가는 거야 손주가 그래서 웃었어", "unknown"),
]

OFFICES = [
    ("구청 복지과는 몇 시까지 하는가 모르겄네", "unknown"),
    ("운전면허증을 잃어버렸는데 경찰서 가면 새로 해 주나", "unknown"),
    ("신분증 잃어버려서 주민센터에 재발급 신청하러 가야 돼", "unknown"),
    ("기초연금이 이번 달부터 조금 올랐다카대", "unknown"),
    ("국민연금 더 받으려면 몇 살까지 부어야 되는지 연금공단에 물어봐야겠어", "unknown"),
    ("관리비 고지서가 나왔는데 수도세가 작년보다 많이 나왔네", "unknown"),
    ("동사무소 가서 등본 떼 오라는데 거기 몇 시에 문 닫나", "unknown"),
    ("연금저축 하나 들면 세금 혜택이 있다던데 그게 뭐예요", "explain_product"),
    ("은행에서 파는 개인연금은 원금이 보장되나요", "explain_product"),
    ("체크카드를 잃어버렸어요 정지해 주세요", "lost_card"),
]

PHONE = [
    ("핸드폰 소리가 작아서 카톡 온 걸 못 들어 그거 어떻게 키워", "unknown"),
    ("휴대폰 글씨가 깨알 같아서 문자를 못 읽겠어 손주가 와야 키워 주지", "unknown"),
    ("전화 벨이 울려도 몰라서 딸이 화를 내 진동으로 바꿔야 되나", "unknown"),
    ("소리 좀 키워 주세요 잘 안 들려요", "louder"),
    ("화면 글씨 좀 크게 해 주세요", "bigger_text"),
]

DIALECT = [
    ("방금 뭐라캤노 다시 말해 보이소", "repeat"),
    ("머라꼬? 한 번 더", "repeat"),
    ("이자 많이 주는 적금 어신가 그거 어떵 하는 거우꽈", "explain_product"),
    ("English, please", "change_language"),
    ("잉글리시로 해 줘요", "change_language"),
    ("알림 문자 받는 전화번호를 아들 걸로 바꾸고 싶어요", "update_details"),
    ("이 통장 이자가 얼마여", "explain_product"),
]

# Round B, the same classes in yet other words, written after the changes and run once
# (8/10): missed 집사람이 시켜서 … ("my wife"; 사람이 is a stranger's word, so 집사람이 is
# now a neutral word holding it) and 택배 회사에서 시켜서 돈 보내야 (돈 보내야, a request
# word, held the errand; the errand list now has the request lists' sending words).
ROUND_B = [
    ("집사람이 시켜서 돈 찾으러 왔어요", "take_ticket"),
    ("아들이 급하다고 빨리 돈 좀 부쳐 달래서 왔어요", "fraud_check"),
    ("경찰이라는 양반이 하라고 해서 적금 해지하러 왔는디", "fraud_check"),
    ("택배 회사에서 시켜서 돈 보내야 된대요", "fraud_check"),
    ("남편이 하래서 관리비 이체하러 왔어요", "take_ticket"),
    ("휴대폰 알림 소리가 너무 작아서 문자 온 줄도 몰라", "unknown"),
    ("건강보험 자격 바뀐 거 공단 가서 물어봐야 되는감", "unknown"),
    ("국민연금 받는 통장을 다른 은행으로 바꾸고 싶어요", "update_details"),
    ("뭐라꼬요? 잘 못 들었심더", "repeat"),
    ("이거 이자 얼마우꽈", "explain_product"),
]

# ADR 0114's "Left for the next round" (its reviewers' sentences), and the brief's family
# errands: a stranger's order and a claimed person's cash read fraud_check since this round.
LEFT_BY_0114 = [
    ("그 사람이 시켜서 찾으러 왔어요", "fraud_check"),
    ("아들 친구라는 사람한테 현금으로 주기로 했어요 그래서 찾으러 왔습니다", "fraud_check"),
    ("아들이 시켜서 통장 정리하러 왔어요", "take_ticket"),
    ("며느리가 하래서 번호표 뽑으러 왔어요", "take_ticket"),
    ("도배하는 아저씨한테 현금으로 주기로 했어요 그래서 찾으러 왔어요", "take_ticket"),
]

# Found on a last read: `claim` holds 라고 해서, so it filled the orderer's slot from the
# order's own words (하라고 해서); the slot takes `claimed_person` (…라는 사람) instead.
SELF_OVERLAP = [
    # moved to test_intents_scam_0140.py (ADR 0140)
    ("경찰이라는 양반이 하라고 해서 적금 해지하러 왔는디", "fraud_check"),
]

WRITTEN = ORDERED + FAMILY + OFFICES + PHONE + DIALECT + ROUND_B + LEFT_BY_0114 + SELF_OVERLAP


@pytest.mark.parametrize(("text", "intent"), WRITTEN)
def test_a_korean_sentence_of_round_nineteens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
