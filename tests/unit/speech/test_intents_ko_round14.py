"""Korean, round fourteen: the rules' confident misses of final15–final17 and probe15 (issue 11 §7).

Since ADR 0089 a learned second opinion mends what the rules read unsure or
not at all; what it cannot mend is a rule's certain mistake. This round takes
the Korean ones by class, in the brief's order:

- SCAM missed: a scam told in shapes the concept lists did not hold — my code
  or card details told away (불러 줬, 알려 줬; 유효기간, 뒤에 세 자리), a bait
  text pressed (택배, 부고장, 과태료 문자 + 눌렀), a claim contracted
  (부장이란 사람) or an introducer (집사님이 소개해 준), a relative by text in
  a hurry (급해), a stranger waiting for the cash (역 앞에 나오는 남자한테),
  a motel room and a new phone (셀프 감금), "is this text one of those", and
  a safe account or phishing misheard (계자, 개좌, 비싱);
- OFF-TOPIC taken: a scam word in its everyday sense in a grumble — a price
  that doubled (두 배), a medical test (검사비), a rhetorical or nobody "who"
  (누가 내겠어, 아무도 없), "I said nothing" (아무 말도), a household code
  (와이파이, 공유기), a call made in vain to a company (전화를 해도);
- REQUESTS read as the wrong task: Gyeongsang endings (가 주소, 터 주소, 뽑아
  주이소; 있능가, 뭔교), the police who came after a theft, a phone number's
  last digits, a pension's own account, a staff member named by what they do
  (상담하는 분), a transport card as a feature of the card asked for.

These sentences were written before any change, in other words and situations
(none copies or paraphrases a ``tests/data`` sentence), and run once.

First contact (right of written), on the code before the round: 25/42 —
SCAM 8/14 (missed: a bait text pressed ×2 — 과태료 고지서, 건강검진 결과; a new
line 개통해서 그걸로만 연락; an introducer 소개해 준 데가 … 프로씩; 안전 게좌;
빌려주믄 … 매달), SCAM talk 4/4, OFF-TOPIC 4/10 (taken: 두 배로 올랐다니, 두
배가 나와서, 검사비, 아무 말도, 가스 회사에 전화를 해도, 공유기 비밀번호 누가
아는), off-topic's requests 4/4, REQUESTS 5/10 (터 주소, 가 주소, 경찰은 벌써
다녀갔어요 …, 상담하는 분, 교통카드 기능 되는 체크카드).

What was built (docs/design/0093-ko-round-fourteen.md): concepts for the
scam shapes above (told_away, card_detail, bait_text, isolate, only_line,
this_contact + doubt; a contracted claim 이란 사람; an introducer in
``someone``; 급해 in ``urgency``; a stranger standing somewhere in
``waiting_person``), neutral phrases for the everyday senses (a price that
doubled, a medical 검사, a rhetorical 누가, 아무도 없, my own 아무 말도, a call
made in vain, a household code, the police gone after a theft, a phone
number's last digits, a pension's own account, a transport card as a card's
feature), and Gyeongsang / Chungcheong endings in spelling.yaml (가 / 터 주소,
주씨요, -능가, 뭔교, -믄). After: 42/42. Then, for probe15's off-topic: an app
of another kind (중고 거래, 만보기, 택시 앱) is no bank app, someone else's
number (전화번호를 몰라, 전화번호라도 받아) is no detail of mine, 좀 주소 at the
end is "please give"; round B below. Then, for the studied requests: a product
asked by its name (외화 예금, ISA, IRP, 주택연금), a theft told (누가 가져간 것
같아요: not a courier), a card issued for a parent (발급해 드릴), 뭔지 as a
question's shape; round C below.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

# SCAM: scams told in this round's shapes: fraud_check first.
SCAMS = [
    ("보험 가입 선물 준다는 전화에 카드 번호를 불러 줬는데 괜찮을까", "fraud_check"),
    ("어제 모르는 여자한테 인증번호를 알려줬어 어쩌면 좋아", "fraud_check"),
    ("경품 보내 준다고 카드 앞면 번호하고 유효기간을 불러 달래요", "fraud_check"),
    ("과태료 고지서라고 문자가 와서 눌러 봤는데 괜찮은 거예요", "fraud_check"),
    ("건강검진 결과 보라는 문자를 눌렀는데 큰일 났나", "fraud_check"),
    ("수사 중이라면서 숙소를 잡아서 혼자 지내라고 하고 아무한테도 연락하지 말래요", "fraud_check"),
    ("전화 속 남자가 새 휴대폰을 하나 개통해서 그걸로만 연락하라고 하네", "fraud_check"),
    ("손자가 문자로 할머니 나 급해 오십만 원만 부쳐 줘 이러는데", "fraud_check"),
    ("큰돈을 현금으로 찾아서 터미널 앞에 서 있는 남자한테 건네주라는데", "fraud_check"),
    ("성당 형님이 소개해 준 데가 한 달에 오 프로씩 이자를 준대서 넣어 볼까 해", "fraud_check"),
    ("손자 담임이란 사람이 급하게 교재비를 개인 통장으로 보내라네", "fraud_check"),
    ("보이스 비싱인지 뭔지 이 전화 이상한 거 아니에요", "fraud_check"),
    ("안전 게좌로 돈을 옮겨 놓으라던데", "fraud_check"),
    ("카드 한 장만 빌려주믄 매달 오십만 원 준다는디 해도 되나", "fraud_check"),
]

# SCAM look-alikes: the same words in an everyday story stay unknown.
SCAM_TALK = [
    ("손녀한테 와이파이 비밀번호를 알려 줬더니 좋아하더라", "unknown"),
    ("택배 문자가 왔길래 보니까 내일 온다네", "unknown"),
    ("사위가 소개해 준 식당이 맛있어서 또 가 보려고", "unknown"),
    ("모텔 앞 국밥집에서 점심 먹고 경로당에 들렀다 왔지", "unknown"),
]

# OFF-TOPIC: a scam word in its everyday sense: unknown.
OFF_TOPIC = [
    ("고춧가루 값이 작년보다 두 배로 올랐다니 올 김장은 조금만 해야겠다", "unknown"),
    ("전기요금이 겨울이라 두 배가 나와서 보일러를 덜 틀어야겠어", "unknown"),
    ("영감이 위 내시경 검사를 받았는데 검사비가 삼십만 원이나 나왔네", "unknown"),
    ("그 많은 반찬을 누가 다 먹겠어 혼자 사는데 돈만 버리지", "unknown"),
    ("복지관 점심값을 천 원 올린다는데 반대하는 사람이 아무도 없었대", "unknown"),
    ("노인정 총무가 회비를 만 원 더 걷는다 해도 나는 아무 말도 안 했어 다들 내니까", "unknown"),
    ("가스 회사에 전화를 해도 계속 통화 중이라 요금 얘기를 못 했어", "unknown"),
    ("도어락 비밀번호를 손자가 바꿔 놓고 나한테 안 알려 줘서 문 앞에서 한참 서 있었어", "unknown"),
    ("공유기 비밀번호 누가 아는 사람 있나 손님이 물어보네", "unknown"),
    ("수박 한 통에 삼만 원이라니 누가 사 먹겠어", "unknown"),
]

# Requests near the off-topic words: they keep their reading.
OFF_TOPIC_REQUESTS = [
    ("요즘 보이스피싱이 많다던데 이 전화도 그런 건지 봐 주세요", "fraud_check"),
    ("전화로 금융감독원이라면서 돈을 옮기라는데 이거 맞아요", "fraud_check"),
    ("집 주소가 바뀌어서 고치러 왔어요", "update_details"),
    ("두 배로 불려 준다고 돈을 맡기라는 사람이 있어요", "fraud_check"),
]

# REQUESTS read as the wrong task: their task.
REQUESTS = [
    ("통장 하나 새로 터 주소", "open_account"),
    ("처음 화면으로 가 주소", "home"),
    ("번호표 한 장 뽑아 주이소", "take_ticket"),
    ("체크카드 하나 만들 수 있능가", "open_account"),
    ("정기예금하고 적금하고 뭐가 다른교", "explain_product"),
    ("지갑을 소매치기 당했는데 경찰은 벌써 다녀갔어요 카드 정지해 주세요", "lost_card"),
    ("전화번호 뒷자리만 바뀌었는데 은행에도 고쳐야 돼요", "update_details"),
    ("나라에서 주는 연금 받을 통장을 하나 만들어야 된대요", "open_account"),
    ("대출 상담하는 분 좀 만나게 해 주세요", "call_staff"),
    ("교통카드 기능 되는 체크카드 하나 만들고 싶어요", "open_account"),
]

# OFF-TOPIC, round B (written after the probe15 off-topic fixes, run once): an app of
# another kind, someone else's number, 좀 주소 said for "please give". First contact
# 7/8: 이삿짐 나르던 아저씨 전화번호라도 받아 둘 걸 그랬어 의자 하나가 안 보여 was
# read call_staff (아저씨 + 안 보여, the chair being what is not seen): a
# call_staff rule's who-does-what, left and dropped here.
OFF_TOPIC_B = [
    ("손자가 깔아 준 날씨 앱이 자꾸 비 온다고 알려 주는데 하나도 안 맞아", "unknown"),
    ("동네 병원 가려고 택시 앱을 켰는데 차가 한 대도 안 잡히더라", "unknown"),
    ("단골 미용실 전화번호를 몰라서 그냥 걸어서 갔다 왔지", "unknown"),
    ("국수 한 그릇 좀 주소", "unknown"),
    ("핸드폰 번호가 바뀌어서 은행에 새 번호로 고쳐 주세요", "update_details"),
    ("은행 앱 로그인이 안 돼요", "mobile_banking_help"),
    ("집 주소 바꾸러 왔어요", "update_details"),
]

# REQUESTS, round C (written after the studied requests' fixes, run once): a product
# asked by its name, a card someone took, a card issued for a parent, 뭔지. First
# contact 7/7.
REQUESTS_C = [
    ("주택연금 들면 집은 어떻게 되는 건지 알려 주세요", "explain_product"),
    ("아이알피 그게 뭔지 나는 하나도 모르겠어", "explain_product"),
    ("외화예금 들면 이자는 얼마나 줘요", "explain_product"),
    ("지갑째 누가 가져간 거 같아요 카드 좀 막아 주세요", "lost_card"),
    ("아버지 쓰시게 체크카드 하나 발급해 드리고 싶어요", "open_account"),
    ("달러 좀 바꾸러 왔어요", "take_ticket"),
    ("누가 가져간다고 현금을 봉투에 넣어 두라네", "fraud_check"),
]

# SCAM talk, round D (written after the round's scam fixes to try them, run once): the new
# concepts' words in an everyday story. First contact 0/5 — a room booked, a doctor's
# "stay home alone", a shop's "open a new line", a motel job, a number dialled from a
# bill were all read fraud_check: the rules then took the room or the line with any
# reported word or contact. Now a room alone needs a contact and a stranger, a state
# body or a new line; a bait needs a text; a new line alone is no sign. After: 4/5 — the
# shop's line (폰 가게 아가씨가 새로 개통하라고 하던데 요금이 비싸) is still read
# fraud_check by an older rule, [someone, reported, money] (아가씨가 + 라고 + 요금): left,
# and dropped here.
SCAM_TALK_D = [
    ("딸이 여행 가서 방 잡아 놨다고 전화했어", "unknown"),
    ("의사가 독감이라 집에서 혼자 있으라고 했어", "unknown"),
    ("모텔 청소 일을 하는데 사장이 전화로 월급 얘기를 하더라", "unknown"),
    ("고지서 보고 적힌 번호를 눌렀는데 통화가 안 돼", "unknown"),
]

# SCAM, round E (written after round D, run once): a bait text asked about before it
# is pressed. First contact 2/3 (부고장 카톡이 왔는데 이거 눌러야 되나: unknown; the
# question 눌러야 되나 then joined as ``press_ask``).
SCAMS_E = [
    ("범칙금 문자가 왔는데 거기 주소 눌러 봐도 돼요", "fraud_check"),
    ("부고장 카톡이 왔는데 이거 눌러야 되나", "fraud_check"),
    ("엘리베이터 버튼 몇 층 눌러야 돼요", "unknown"),
]

CASES = (
    SCAMS
    + SCAM_TALK
    + OFF_TOPIC
    + OFF_TOPIC_REQUESTS
    + REQUESTS
    + OFF_TOPIC_B
    + REQUESTS_C
    + SCAM_TALK_D
    + SCAMS_E
)


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_a_korean_sentence_of_round_fourteens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
