"""Korean, round twenty: cash handed to a stranger, an order by phone or by a loose title,
other offices' errands and market stories, the phone's sound (issue 11 §7, ADR 0121).

final22 (studied from now on) and ADR 0118 ("Left for the next round") left these Korean
classes, by what a person hears in them:

- HANDOVER: cash, a card or a bankbook promised to someone waiting outside, a courier,
  a man sent by "the bank", "the prosecutor" or "the financial supervisor"
  (갖다주기로, 전해 주기로, 건네주기로, 맡기기로, 보관해 준다고): the pick-up scam,
  however it is worded. Beside it, FAMILY_HANDOVER: money taken to a daughter, a
  grandchild's pocket money, rent to the landlady stays its task.
- ORDER_BY_PHONE: a withdrawal or a termination ordered by phone or by a loose title
  (전화로 시켜서, 팀장님이 시켜서, 그 양반이 하래서 + cash out, savings broken): a
  sign. Beside it, a family member's call and real work (회사 돈 입금, 거래처 송금)
  stay the errand.
- OFFICES: another office's errand, another place's 번호표, a parcel at the post office,
  a market story about paying cash: unknown. The bank's own 번호표 and cash requests,
  and the courier scams, stay as they are.
- HURRY_AND_SOUND: a family member's hurry without a caller or a money demand is the
  task; the phone's vibration is not the kiosk, the kiosk's own sound is louder.

Written before any change and run once.

First contact (right of written), on the code before the round: 26/39 — HANDOVER 7/10 (a
person waiting at a café, on a bench, "who says he is waiting": no sign word), FAMILY_HANDOVER
4/6 (이사 비용 read a fee question; the grandchild's 할머니 모르게 the secrecy sign),
ORDER_BY_PHONE 5/9 (every scam missed, the family and work errands right), OFFICES 8/10,
HURRY_AND_SOUND 2/4. After the round: 37/39; the two left are strict xfails (below).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

HANDOVER = [
    ("금감원 직원한테 현금 전해 주기로 했는데 오백만 원 찾아 주세요", "fraud_check"),
    ("검사님이 보낸 사람한테 돈을 맡기기로 했어요 현금으로 찾을게요", "fraud_check"),
    ("편의점 앞에서 기다린다는 사람한테 카드랑 통장 갖다주기로 했어", "fraud_check"),
    ("퀵 기사한테 현금 봉투 넘겨주기로 했으니까 얼른 뽑아 줘요", "fraud_check"),
    ("은행에서 나온 직원이 돈을 대신 보관해 준다고 해서 다 찾으려고요", "fraud_check"),
    ("경찰이 보낸다는 사람한테 통장이랑 도장 건네주기로 했시유", "fraud_check"),
    ("공원 벤치에 있는 아저씨한테 현금 가져다주기로 했는데 천만 원 되나예", "fraud_check"),
    ("전화한 사람이 보낸 기사님한테 돈 전달하기로 했어요", "fraud_check"),
    ("저 짝 다방에 앉은 사람한테 돈 갖다 주기로 했는디 현금으로 찾아야 쓰겄어", "fraud_check"),
    ("수사관이 현금을 맡아 준다고 해서 찾으러 왔어예", "fraud_check"),
]

FAMILY_HANDOVER = [
    ("딸한테 이사 비용 갖다주기로 했는데 현금으로 찾아 주세요", "take_ticket"),
    ("손주 용돈 갖다주려고 신권으로 바꾸러 왔어요", "take_ticket"),
    ("며느리한테 생활비 전해 주기로 했어요 오십만 원 찾을게요", "take_ticket"),
    ("집주인 아주머니한테 월세 현금으로 갖다 드리기로 해서 찾으러 왔어요", "take_ticket"),
    ("아들네 전세금 보태 주려고 송금하러 왔어요", "take_ticket"),
    ("손자가 할머니 생신 선물을 몰래 준비한대요 할머니 모르게 하라고 했대", "unknown"),
]

ORDER_BY_PHONE = [
    ("전화로 시켜서 적금 깨러 왔어요", "fraud_check"),
    ("전화로 하라고 해서 현금 찾으러 왔는데요", "fraud_check"),
    ("팀장님이 하라고 해서 정기예금 해지하러 왔어요", "fraud_check"),
    ("과장님이 시킨 대로 현금 다 찾으러 왔어", "fraud_check"),
    ("손녀가 전화로 시켜서 돈 좀 부치러 왔어요", "take_ticket"),
    ("남편이 전화로 하라고 해서 관리비 이체하러 왔어요", "take_ticket"),
    ("실장님이 시켜서 가게 매출 입금하러 왔어요", "take_ticket"),
    ("부장님이 하래서 거래처에 대금 송금하러 왔어요", "take_ticket"),
    ("우리 양반이 시켜서 현금 좀 찾으러 왔어", "take_ticket"),
]

OFFICES = [
    ("소포 하나 부치려는데 우체국이 몇 시까지 해요", "unknown"),
    ("등기 우편 보내려면 우체국으로 가야 되지요", "unknown"),
    ("구청 민원실도 번호표 뽑고 한참 기다려야 되더라", "unknown"),
    ("가족관계증명서 떼러 주민센터 가는 길인데 거기 몇 시에 닫아요", "unknown"),
    ("재래시장 떡집은 현금만 받아서 현금 내고 떡 사 왔지", "unknown"),
    ("약국에서 카드가 안 된다고 해서 현금으로 냈어", "unknown"),
    ("번호표 뽑고 기다리면 되나요", "take_ticket"),
    ("현금 오십만 원 찾으려고 왔어요", "take_ticket"),
    ("택배 기사라는 사람이 현금을 가지러 온대요", "fraud_check"),
    ("우체국 택배로 통장을 보내라고 하던데요", "fraud_check"),
]

HURRY_AND_SOUND = [
    ("아들이 급하다고 빨리 오라고 해서 통장 정리만 하고 갈게요", "take_ticket"),
    ("아들이 급하다고 빨리 돈 좀 보내 달래요", "fraud_check"),
    ("전화가 진동으로만 와서 못 받았어", "unknown"),
    ("이 기계 소리가 안 나요 크게 좀 해 줘요", "louder"),
]

# Round B: both sides of each class in yet other words, written after the changes and run
# once (19/25). Mended: 전화로 하래서 예금 다 찾으러 (the phone rule takes the big errands too)
# and 관리실 직원한테 관리비 … 갖다주기로 (the flat's office staff is no stranger: neutral).
# Four read as on main before the round and are left (ADR 0121): 과장님 시킨 대로 … (a bare
# title, no 이), 영감이 전화로 하래서 정기예금 해지하러 and 우리 그 양반이 하래서 적금 깨러
# (unknown: 해지하러, 깨러 are no request words), 택배비 내려고 현금 좀 찾으러 (fraud_check by
# the older courier sign, 택배 + 현금).
ROUND_B = [
    ("전화로 하래서 예금 다 찾으러 왔어요", "fraud_check"),
    ("아까 전화로 시켜서 현금 찾으러 왔어요", "fraud_check"),
    ("전화 속 팀장님이 시켜서 현금 찾으러 왔어요", "fraud_check"),
    ("검찰 수사관이 보낸 직원한테 현금을 전해 주기로 했어요", "fraud_check"),
    ("집 앞에 온다는 금감원 직원한테 돈 건네주기로 했어요", "fraud_check"),
    ("저기 은행 앞에 서 있는 남자한테 통장 갖다주라고 했어요", "fraud_check"),
    ("지하철역에서 기다리는 청년한테 카드 넘겨주기로 했는데", "fraud_check"),
    ("그 양반이 전화로 시켜서 적금 깨러 왔어", "fraud_check"),
    ("딸이 아까 전화로 시켜서 용돈 찾으러 왔어요", "take_ticket"),
    ("손주가 전화로 하라고 해서 통장 정리하러 왔어요", "take_ticket"),
    ("사장님이 전화로 시켜서 가게 돈 입금하러 왔어요", "take_ticket"),
    ("팀장님이 시켜서 거래처 대금 송금하러 왔어요", "take_ticket"),
    ("옆집 할머니한테 빌린 돈 갖다주기로 해서 찾으러 왔어요", "take_ticket"),
    ("관리실 직원한테 관리비 현금으로 갖다주기로 해서 찾으러 왔어요", "take_ticket"),
    ("교회 집사님한테 헌금 전해 주기로 해서 현금 찾으러 왔어요", "take_ticket"),
    ("택배 상자 테이프로 붙이고 우체국 가야지", "unknown"),
    ("구청 가서 서류 떼고 번호표 뽑고 한 시간 기다렸어", "unknown"),
    ("택배 기사가 현금 가지러 온대요", "fraud_check"),
    ("우체국 직원이라는 사람이 택배 때문에 통장 비밀번호를 알려 달래요", "fraud_check"),
    ("기계에서 소리가 안 나요", "louder"),
    ("핸드폰 소리가 안 나서 전화 온 걸 몰랐어", "unknown"),
]

# Left (strict xfails, ADR 0121): a secret kept from the customer herself (할머니 모르게) is
# also the fake grandchild's own words ("할아버지 모르게 돈 좀 보내 줘"), so the secrecy sign
# stays, one tap; a family's 빨리 오라고 해서 reads check_in (오라고 해서 is a booking word),
# and a longer neutral 빨리 오라고 해서 would hide the hurry and the 라고 of a stranger's order.
LEFT = [
    ("손자가 할머니 생신 선물을 몰래 준비한대요 할머니 모르게 하라고 했대", "unknown"),
    ("아들이 급하다고 빨리 오라고 해서 통장 정리만 하고 갈게요", "take_ticket"),
    # after review 20 (6): the bare 재래시장 that made this a market story also vetoed
    # 재래시장 장 보러 가야 돼서 현금 좀 뽑아 주세요, and 현금만 받 would hide a scam's 현금
    ("재래시장 떡집은 현금만 받아서 현금 내고 떡 사 왔지", "unknown"),
]

WRITTEN = [
    row
    for row in HANDOVER + FAMILY_HANDOVER + ORDER_BY_PHONE + OFFICES + HURRY_AND_SOUND + ROUND_B
    if row not in LEFT
]


@pytest.mark.parametrize(("text", "intent"), WRITTEN)
def test_a_korean_sentence_of_round_twentys_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


# The market story was a strict xfail too (see LEFT); read right since ADR 0142.
READ_SINCE_0142 = {"재래시장 떡집은 현금만 받아서 현금 내고 떡 사 왔지"}
LEFT_MARK = pytest.mark.xfail(strict=True, reason="left in round twenty (ADR 0121): see LEFT")


@pytest.mark.parametrize(
    ("text", "intent"),
    [row if row[0] in READ_SINCE_0142 else pytest.param(*row, marks=LEFT_MARK) for row in LEFT],
)
def test_a_korean_sentence_left_by_round_twenty(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
