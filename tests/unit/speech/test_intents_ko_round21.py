"""Korean, round twenty-one: other offices' letters and cards, daily money told as news,
forms the lists did not know (issue 11 §7, ADR 0125).

final23 (studied since its one run) and probe16/probe17's off-topic takes left these Korean
classes, by what a person hears in them:

- OFFICES: another office's letter (the pension service, the police's licence renewal),
  a transport card's top-up, the phone's own screen lock, a hospital's counter calling a
  number, a taxi's number: nothing asked of the bank, unknown. The bank's own letter,
  card, 번호표 and app password stay their task, and scams told with these words (a
  caller "from the pension service", a "grandchild" whose phone is locked, a "taxi
  driver" waiting for cash) stay fraud_check.
- DAILY_MONEY: a parcel brought home, hurrying home for it, shopping online told as a
  worry: unknown. A courier who collects cash, a hurry to send money, a seller who wants
  the money first stay fraud_check.
- FORMS: the recogniser's spaces inside 보이스 피 싱, a product asked about in dialect
  (뭔디, 뭔 말이여, 어떤 거여), a youth savings product by name, an e-mail address to
  change, a card gone missing told with 드래요 (Gangwon's "I found"): their task.
  Scams told in the same words stay fraud_check.

Written before any change and run once.

First contact (right of written), on the code before the round: 24/30 — OFFICES 11/15
(the health-insurance service's letter read update_details, a bus card lost_card, the
phone's screen lock mobile_banking_help, a clinic's counter calling a number repeat),
DAILY_MONEY 6/6, FORMS 7/9 (a fund and a youth savings product asked in dialect: unknown).
After the round: 30/30. ROUND_B (written after the changes, run once: 21/22) guards every
neutral word and every new "elsewhere" word with a scam told in it; its one miss, a
"taxi driver" who says he is waiting outside for a cash envelope, read take_ticket before
the round too and was mended by a scam sign (기다린다면서 as a taker).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

OFFICES = [
    ("건강보험공단에서 편지가 왔는데 무슨 말인지 모르겠어요 공단 전화번호 좀 알려 줘요", "unknown"),
    ("면허 갱신하라고 경찰서에서 안내문이 왔던데 어디로 가야 돼요", "unknown"),
    ("지하철 카드 충전은 어디서 해요", "unknown"),
    ("버스카드를 잃어버렸는데 그냥 편의점에서 새로 사면 되지", "unknown"),
    ("휴대폰 화면 잠금을 못 풀겠어 손녀가 패턴을 바꿔 놨나 봐", "unknown"),
    # review 21, 1, 10: repeat as on main (a nicety lost: 접수 창구 hid the scam sign 창구)
    ("보건소 접수 창구에서 내 번호를 불렀다는데 못 들었지 뭐야", "repeat"),
    ("개인택시 부르는 전화번호 아세요", "unknown"),
    # the bank's own
    ("은행에서 편지가 왔는데 주소가 옛날 주소래요 주소 바꾸러 왔어요", "update_details"),
    ("은행 앱 비밀번호가 잠겼어요", "mobile_banking_help"),
    ("체크카드를 잃어버렸어요 정지해 주세요", "lost_card"),
    ("휴대폰 번호가 바뀌어서 바꾸러 왔어요", "update_details"),
    # scams told with the same words
    ("경찰서라면서 전화가 와서 계좌가 범죄에 쓰였다고 돈을 옮기래요", "fraud_check"),
    ("연금공단 직원이라는 사람이 전화로 환급금 준다고 통장 비밀번호를 물어봐요", "fraud_check"),
    (
        "손녀라면서 문자가 왔는데 휴대폰 잠금이 걸려서 친구 폰으로 보낸대요 돈 좀 보내 달래",
        "fraud_check",
    ),
    ("택시 기사라는 사람이 은행 앞에서 기다린다고 현금 찾아서 가져오래요", "fraud_check"),
]

DAILY_MONEY = [
    ("딸이 보내 준 사과 상자가 오늘 온대서 얼른 집에 가 봐야 돼", "unknown"),
    ("택배 기사가 집 앞에 두고 간대서 집에 빨리 가 봐야 돼", "unknown"),
    ("홈쇼핑에서 옷 사는 거 결제가 어려워서 딸이 해 줘", "unknown"),
    # scams
    ("택배 기사라는 사람이 집에 와서 현금을 가져가겠대요 빨리 집에 가야 돼요", "fraud_check"),
    ("아들이 사고 났다고 빨리 집에 가서 돈 보내래요", "fraud_check"),
    ("인터넷 쇼핑몰 판매자가 카드 말고 계좌로 먼저 돈 보내래요", "fraud_check"),
]

FORMS = [
    ("보이스 피 싱 같아요 확인해 주세요", "fraud_check"),
    ("연금저축이라는 게 뭔디 딸이 들라 카더라", "explain_product"),
    ("이 안내문에 있는 펀드 이게 뭔 말이여", "explain_product"),
    ("청년도약계좌 그게 어떤 거여 손녀가 든대", "explain_product"),
    ("이메일 주소 바꾸려고요", "update_details"),
    ("통장이 아무리 찾아도 없드래요 누가 가져갔나", "lost_card"),
    # scams
    ("모르는 사람이 전화해서 카드 비밀번호 알려 달라 하드래요", "fraud_check"),
    ("이메일로 은행이라고 링크가 왔는데 눌러도 되나요", "fraud_check"),
    ("검찰청이라며 이메일이 와서 계좌 정보를 보내 달래요", "fraud_check"),
]

# Written after the changes, run once (21/22): each new neutral or elsewhere word in a scam,
# and the everyday requests beside them.
ROUND_B = [
    # 집에 빨리 가 봐야 (neutral), 드래 (neutral)
    (
        "검찰이라는 사람이 집에 빨리 가 봐야 한대요 집에 있는 현금을 가지러 사람이 온대요",
        "fraud_check",
    ),
    ("아들이 사고 났다고 빨리 집에 가 봐야 한대 돈 좀 보내래", "fraud_check"),
    ("딸이라면서 문자가 왔는데 집에 얼른 가 봐야 된다고 상품권 사서 번호 보내 달래", "fraud_check"),
    ("통장이 어디 갔는지 없드래요 누가 전화해서 비밀번호 물어보드래", "fraud_check"),
    # elsewhere: 버스 카드, 카드 충전, 공단, 연금공단, 운전면허, 적성검사,
    # 콜택시, 병원, 수납 창구, 휴대폰 잠금
    ("버스 카드 충전해 준다는 사람이 카드 비밀번호를 불러 달래요", "fraud_check"),
    ("공단 직원이라며 전화가 와서 환급금 받으려면 수수료 먼저 보내래요", "fraud_check"),
    ("국민연금공단이라고 문자가 왔는데 링크 눌러서 계좌 번호 넣으래요", "fraud_check"),
    (
        "운전면허 적성검사 안 받으면 취소된다고 문자에 있는 주소로 들어가서 카드 번호 넣으래요",
        "fraud_check",
    ),
    ("콜택시 기사가 은행 앞에서 기다린다면서 현금 봉투 갖다주래요", "fraud_check"),
    ("병원 수납 창구라면서 전화가 와서 아들이 다쳤다고 병원비를 이 계좌로 보내래요", "fraud_check"),
    ("휴대폰 잠금 풀어 준다는 사람이 원격으로 들어와서 뭘 깔았어요", "fraud_check"),
    # 이메일 (a request rule's word)
    ("이메일로 국세청이라고 와서 환급받으려면 카드 비밀번호 적으래요", "fraud_check"),
    # the relative in trouble without a caller's word (a new sign)
    ("딸이 교통사고 났다고 합의금 부치래요", "fraud_check"),
    ("아들이 사고 났다고 돈 보내래요", "fraud_check"),
    # everyday requests beside them
    ("은행에서 보낸 편지에 주소가 틀리게 나와 있어요", "update_details"),
    ("병원 가기 전에 현금 좀 찾으려고요", "take_ticket"),
    ("체크카드에 버스 카드 기능 넣은 거 잃어버렸어요 정지해 주세요", "lost_card"),
    ("은행 앱 잠금이 안 풀려요", "mobile_banking_help"),
    ("번호표 번호 불렀는데 못 들었어요 다시 불러 주세요", "repeat"),
    ("딸이 용돈 보내 달래서 송금하러 왔어요", "take_ticket"),
    ("정기예금이라는 게 뭔디", "explain_product"),
    ("이메일 주소가 바뀌었어요", "update_details"),
]

# Written after round B's sign was narrowed to a demand to send (send_asked, not every
# ask_for word), run once (4/5): the injured grandson's scam missed (병원 inside check_in's
# elsewhere word 병원에, 다쳐서 no trouble word), mended by trouble words; the everyday
# sentences beside it keep their task.
ROUND_C = [
    ("손자가 다쳐서 병원에 있다고 치료비 좀 보내 달래요", "fraud_check"),
    ("아들이 수술한다고 급하게 입금해 달래요", "fraud_check"),
    ("동생이 병원비 얼마냐고 물어봐서 통장 정리하러 왔어요", "take_ticket"),
    ("손주가 넘어져서 다쳐서 병원에 데려가느라 늦었어요 통장 정리 좀 해 주세요", "take_ticket"),
    ("영감이 병원에 입원해서 병원비 찾으러 왔어요", "take_ticket"),
]

# A check of our own new words on requests (20 sentences, compared with the code before
# the round): two read worse and were mended by narrowing our own additions, not older
# words: 은행 앱 화면 잠금 (app help; 화면 잠금 alone is no longer an elsewhere word, only
# the phone's: 휴대폰 화면 잠금) and 지하철 카드 되는 신용카드 (open_account; the transport
# cards are elsewhere for lost_card only). Two read better: an e-mail for alerts, and
# hurrying home with a withdrawal (fraud_check before, by 빨리 and 현금).
SELF_CHECK = [
    ("은행 앱 화면 잠금 풀어 주세요", "mobile_banking_help"),
    ("지하철 카드 되는 신용카드 새로 만들고 싶어요", "open_account"),
    ("병원 갔다 왔더니 귀가 멍해서 잘 못 들었어요 다시 말해 주세요", "repeat"),
    ("약국 다녀오느라 못 들었어요 한 번 더 말해 주세요", "repeat"),
    ("택시 타고 왔는데 주소 변경하려고요", "update_details"),
    ("지하철 카드 되는 체크카드를 잃어버렸어요", "lost_card"),
    ("회사 이메일로 알림 받게 바꿔 주세요", "update_details"),
    ("집에 빨리 가 봐야 돼서 현금 좀 찾을게요", "take_ticket"),
    ("공단 직원이라는 사람한테 현금 갖다주기로 했어요", "fraud_check"),
    ("폰 잠금 비밀번호 알려 주면 환급해 준대요", "fraud_check"),
]

WRITTEN = OFFICES + DAILY_MONEY + FORMS + ROUND_B + ROUND_C + SELF_CHECK


@pytest.mark.parametrize(("text", "intent"), WRITTEN)
def test_a_korean_sentence_of_round_twenty_ones_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
