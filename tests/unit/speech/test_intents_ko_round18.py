"""Korean, round eighteen: ordered secrecy, denied controls, asked after (issue 11 §7, ADR 0113).

ADR 0107 ("Left for the next round") and final20 (studied from now on) left these
Korean classes, by what a person hears in them:

- SECRECY: a caller orders the customer to keep the bank out of it: tell no one
  at the bank, do not go to the counter, use the machine or the app instead, do
  not answer the bank's call. A scam sign of its own, whatever the money words.
  Beside it, everyday secrets of a family (a birthday surprise, a pregnancy, a
  wedding not yet told) and a relative who says the app saves a trip: not scams.
- DENIED: a control denied after its word (크게 하지 마세요, 올리지 마요,
  돌아가지 마세요) is not that control; the plain requests stay.
- FINAL20: final20's kinds of misses in other words (a new number a relative
  says the bank must know, an account needed for wages or a shop, a short
  "that again", a product heard of at the seniors' hall) and the off-topic
  stories probe17 still takes (a tradesman paid in cash, an office's voucher,
  a bill) — none copies or paraphrases a ``tests/data`` sentence.
- ASKED_AFTER: another place's word (주차장, 통신사, 경비실, 외상값, 곗돈), then the
  request of that very task asked here (review 17's K5-K7, in other words).

Beside them, requests and scams that must stay as they are. Written before any
change and run once.

First contact (right of written), on the code before the round: 30/49 —
SECRECY 4/10, EVERYDAY 3/6, DENIED 5/9, REQUESTS 4/4, FINAL20 10/13,
ASKED_AFTER 4/7 (two of those through the learned stage). After the round: 40/49;
the nine left (LEFT, strict xfail, ADR 0113 "Left"): three family secrets the lone
secrecy sign still takes, two denied controls (a near template of stop; "not
quieter, louder"), a tradesman paid with the amount said, an office's voucher
"sent", a staff member named only by a request rule, and an update asked with one
strong word after the `elsewhere` word.
Round B (ROUND_B: the same classes in yet other words, written after the changes and
run once): 8/10 — missed "지점 창구에 가면 안 된다고 … 현금 뽑아서 갖다 달래요" (a scam:
"may not go" and "bring it", since added to the bypass rule) and "글씨 더 크게 하지 말고"
(the denial reached 더 크게 only; since, a denial also takes the request words said
just before it).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

SECRECY = [
    ("은행 사람들한테 말하지 마세요 그러면서 적금을 깨서 가져오래요", "fraud_check"),
    ("창구 직원한테는 절대 얘기하지 말고 돈만 찾아 오라고 했어요", "fraud_check"),
    ("창구에 가지 말고 기계에서 뽑아서 주라고 하던데요", "fraud_check"),
    ("지점에 오지 말고 앱으로 바로 보내면 된다고 하던데 맞아요", "fraud_check"),
    ("은행에서 전화가 와도 받지 말라고 했어요", "fraud_check"),
    ("검사라는 사람이 수사 중이니까 누구한테도 말하면 안 된대", "fraud_check"),
    ("자식들이 알면 걱정하니까 얘기하지 말라고 하던데 오백만 원 보내도 되나", "fraud_check"),
    ("은행 직원이 뭐라고 물어도 대답하지 말고 그냥 찾기만 하래요", "fraud_check"),
    ("창구 가면 직원이 말리니까 기계에서 뽑으래요", "fraud_check"),
    ("딸한테도 알리지 말고 혼자 와서 돈을 찾으라네요", "fraud_check"),
]

EVERYDAY = [
    ("손녀 생일 선물 산 거 할아버지한테 말하지 마 깜짝 놀래 줄 거야", "unknown"),
    ("손주가 할머니한테는 말하지 마 깜짝 선물이야 그러더라", "unknown"),
    ("며느리가 임신한 거 아직 동네 사람들한테 말하지 말래", "unknown"),
    ("영감 칠순에 깜짝 잔치 할 거라서 비밀로 하자고 딸들이랑 짰어", "unknown"),
    ("친구 딸 혼사 얘기는 아직 아무한테도 하지 말래서 입 다물고 있어", "unknown"),
    (
        "딸이 은행 창구 안 가도 앱으로 다 된다고 하던데 앱 쓰는 법 좀 알려 줘요",
        "mobile_banking_help",
    ),
]

DENIED = [
    ("소리 너무 크게 하지 마요 귀 아파", "unknown"),
    ("글자 크게 하지 말고 그냥 둬요", "unknown"),
    ("천천히 하지 마세요 답답해", "unknown"),
    ("처음으로 돌아가지 마세요", "unknown"),
    ("볼륨 올리지 마세요 지금 딱 좋아요", "unknown"),
    ("글씨 키우지 마요 화면이 넘쳐", "unknown"),
    ("목소리 크게 하지 말아요 다 들려", "unknown"),
    ("화면 크게 하지 마세요", "unknown"),
    ("소리 작게 하지 말고 크게 해 줘요", "louder"),
]

REQUESTS = [
    ("소리 좀 크게 해 주세요", "louder"),
    ("글씨 좀 크게 해 줘요", "bigger_text"),
    ("말하지 마세요 시끄러워요", "stop"),
    ("간편 비밀번호를 몇 번 잘못 눌렀더니 은행 앱이 잠겨 버렸어", "mobile_banking_help"),
]

FINAL20 = [
    (
        "핸드폰을 바꾸면서 번호도 새로 받았는데 은행에 알려 놔야 된다고 아들이 그러네",
        "update_details",
    ),
    (
        "새 폰으로 바꿨더니 번호가 달라져서 은행에도 바꿔 놔야 한다고 며느리가 그래",
        "update_details",
    ),
    ("회사에 들어갔는데 월급 들어올 통장이 하나 있어야 된대요", "open_account"),
    ("가게 물건값 받을 계좌를 따로 하나 트려고요", "open_account"),
    ("폰으로 아들한테 돈 부치는 거 어떻게 하는지 가르쳐 줘요", "mobile_banking_help"),
    (
        "복지관에서 노인들은 이자를 더 쳐 주는 적금이 있다던데 그게 어떤 거예요",
        "explain_product",
    ),
    ("노인정에서 들었는데 나이 많으면 이자 더 주는 통장이 있다며 그게 뭔지", "explain_product"),
    ("방금 그 말 한 번 더", "repeat"),
    ("아까 그거 다시요", "repeat"),
    ("택배 아저씨가 짐을 문 앞에 두고 갔다고 문자가 왔는데 아직 못 가져왔어", "unknown"),
    # moved to test_intents_scam_0140.py (ADR 0140)
    ("도배하는 아저씨한테 현금으로 이십만 원 주기로 했어", "unknown"),
    ("구청에서 어르신 목욕권을 보내 줬는데 어디서 쓰는지 모르겠네", "unknown"),
]

ASKED_AFTER = [
    ("문구점 외상값 갚으려고 돈 좀 찾으러 왔어요", "take_ticket"),
    ("곗돈 내야 해서 돈 좀 찾으려고요", "take_ticket"),
    ("주차장에 차 세워 놨는데 상담하는 분 좀 불러 줘요", "call_staff"),
    ("통신사 요금 때문에 왔는데 직원분 좀 불러 주세요", "call_staff"),
    ("경비실에 택배 찾으러 갔다가 생각났는데 주소 바꾸러 왔어요", "update_details"),
    ("떡집 외상값이 밀려서 걱정이야", "unknown"),
    ("아파트 주차장이 꽉 찼더라", "unknown"),
]

# Round B, written after the changes, run once (8/10; both misses mended since).
ROUND_B = [
    ("금감원이라는 사람이 지점 직원한테는 절대 얘기하지 말고 적금 해지하래요", "fraud_check"),
    ("지점 창구에 가면 안 된다고 기계에서 현금 뽑아서 갖다 달래요", "fraud_check"),
    ("은행에서 전화 오면 그냥 끊어 버리라고 하면서 돈을 옮기래요", "fraud_check"),
    ("손녀 대학 합격한 거 아직 할아버지한테 말하지 마 놀라게 해 드릴 거야", "unknown"),
    ("볼륨 키우지 마세요 시끄러워", "unknown"),
    ("글씨 더 크게 하지 말고 이대로 둬요", "unknown"),
    ("소리 좀 더 키워 줘요 잘 안 들려", "louder"),
    ("주차장 관리인이 차 빼 달라 해서 나갔다 왔는데 번호표 하나 뽑아 주세요", "take_ticket"),
    ("통신사에 전화했더니 상담원 연결이 안 되더라", "unknown"),
    ("방금 거 다시 한 번만", "repeat"),
]

WRITTEN = SECRECY + EVERYDAY + DENIED + REQUESTS + FINAL20 + ASKED_AFTER + ROUND_B
LEFT_TEXTS = {
    "며느리가 임신한 거 아직 동네 사람들한테 말하지 말래",
    "영감 칠순에 깜짝 잔치 할 거라서 비밀로 하자고 딸들이랑 짰어",
    "친구 딸 혼사 얘기는 아직 아무한테도 하지 말래서 입 다물고 있어",
    "화면 크게 하지 마세요",
    "소리 작게 하지 말고 크게 해 줘요",
    "도배하는 아저씨한테 현금으로 이십만 원 주기로 했어",
    "구청에서 어르신 목욕권을 보내 줬는데 어디서 쓰는지 모르겠네",
    "주차장에 차 세워 놨는데 상담하는 분 좀 불러 줘요",
}
# LEFT were strict xfails; ADR 0142 reads all but the tradesman's cash right.
STILL_LEFT = {"도배하는 아저씨한테 현금으로 이십만 원 주기로 했어"}
LEFT_MARK = pytest.mark.xfail(
    strict=True,
    reason="left by round eighteen (ADR 0113): a lone secrecy sign in a family's news, "
    "a near template of stop, a request rule's staff word or one strong word after an "
    "`elsewhere` word, a tradesman's cash with its amount, an office's voucher 'sent'",
)
CASES = [case for case in WRITTEN if case[0] not in LEFT_TEXTS]
LEFT = [
    pytest.param(*case, marks=LEFT_MARK) if case[0] in STILL_LEFT else case
    for case in WRITTEN
    if case[0] in LEFT_TEXTS
]


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_a_korean_sentence_of_round_eighteens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


@pytest.mark.parametrize(("text", "intent"), LEFT)
def test_a_korean_sentence_round_eighteen_left(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
