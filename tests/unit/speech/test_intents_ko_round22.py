"""Korean, round twenty-two: talk and news read as tasks or cautions, forms the lists
lacked (issue 11 §7, ADR 0129).

final24 (studied since its one run) and probe16/probe17's off-topic takes left these Korean
classes, by what a person hears in them:

- TALK_NEWS: small talk to the kiosk (its name asked in dialect), another paper's small
  print (a health check's letter, a medicine bag), a neighbour's scam told as news asking
  nothing: unknown. The kiosk's own text size stays bigger_text, and the customer's own
  "is this voice phishing?", "I think I was phished", a caller now, stay fraud_check (a
  news word must not hide a live scam).
- FORMS: 통짱 for 통장, Jeju's 기여마씸 ("yes, that's right"), the spoken -ㄹ라고 after a
  vowel (갈라고, 보낼라고, 만들라고) as one's own request. A relative's plan told with
  -ㄹ라고 is no request, and scams told in the same words stay fraud_check.
- ERRANDS (ADR 0126's items): an errand's own withdrawal (a parcel to post, then cash).
  A courier who collects cash stays fraud_check.

Written before any change and run once.

First contact (right of written), on the code before the round: 26/31 — TALK_NEWS 14/16
(a gas bill's small print read bigger_text; "이거 보이스피싱 아니에요 … 뉴스에서 본 거랑
똑같아요", the customer's own question beside a news word, read unknown: a live scam
hidden by the news veto), FORMS 10/12 (통짱 정리: unknown; 보낼라고요: unknown), ERRANDS
2/3 (a parcel to post, then cash: unknown, the strict xfail of review 20). After the round:
30/31; the one left, 손주한테 용돈 좀 보낼라고요, now reads as 보내려고요 does on main
(unknown) and is a strict xfail: a cash word 용돈 좀 보내려 hid 보내 and 돈 from the signs
(two of its scams are in ROUND_B). ROUND_B (21, written after the changes, run once):
20/21; its miss, 적금 깰라고 왔어요, reads as the standard 깨려고 does on main (unknown) and
is left (a strict xfail: a task word 적금 깨 took a relative's plan and a question).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

TALK_NEWS = [
    ("기계야 너는 이름이 뭐니", "unknown"),
    ("아가씨 목소리가 참 곱네 이름이 뭐여", "unknown"),
    ("약 봉투에 쓰인 글씨가 작아서 못 읽겠네 약사한테 물어봐야겠다", "unknown"),
    ("관리비 고지서가 왔는데 글씨가 깨알 같아서 돋보기를 써야겠어", "unknown"),
    ("앞집 할매가 전화 사기 당했다고 티비에 나오더라 세상 참 무섭다", "unknown"),
    ("뉴스 보니까 요새 보이스피싱 당하는 노인네가 많다 카대", "unknown"),
    # the kiosk's own text, a product asked by name
    ("화면 글씨가 작아서 하나도 안 보여요", "bigger_text"),
    ("글씨 좀 키워 주이소", "bigger_text"),
    ("정기예금 이게 이름이 뭐라는 상품이에요", "explain_product"),
    # live scams told beside a news word
    ("이거 보이스피싱 아니에요 방금 전화가 왔는데 뉴스에서 본 거랑 똑같아요", "fraud_check"),
    ("나 보이스피싱 당한 것 같아요 어떡해요", "fraud_check"),
    ("뉴스에 나온 것처럼 검찰이라고 전화 와서 돈을 안전한 계좌로 옮기래요", "fraud_check"),
    ("옆집 양반이 그러는데 나한테 온 이 문자가 보이스피싱 같다 카네 봐 주이소", "fraud_check"),
    ("티비에서 봤는데 아들이라면서 문자가 와서 상품권 사서 번호 보내 달래요", "fraud_check"),
    ("건강검진 결과가 나왔다고 문자가 와서 주소를 눌렀더니 화면이 이상해요", "fraud_check"),
    ("의사 선생님이라는 사람이 전화해서 검사비 먼저 보내래요", "fraud_check"),
]

FORMS = [
    ("통짱 하나 새로 맹글라고요", "open_account"),
    ("통짱 정리 좀 해 주이소", "take_ticket"),
    ("기여 기여 맞수다", "yes"),
    ("예 기여마씸 그거 맞아마씸", "yes"),
    ("카드를 잃어버려서 정지할라고 왔어요", "lost_card"),
    ("통장 새로 만들라고 왔는디", "open_account"),
    ("주소가 바뀌어서 고칠라고 왔어요", "update_details"),
    # a relative's plan, a scam in the same words
    ("아들이 집을 살라고 한다던데 돈이 모자라다 카대", "unknown"),
    ("검찰이라는 사람이 시키는 계좌로 돈 보낼라고요", "fraud_check"),
    ("통짱 비밀번호를 알려 달라고 은행 직원이라는 사람이 전화 왔어요", "fraud_check"),
    ("기여 기여 하고 대답했더니 모르는 사람이 카드 번호를 불러 달래요", "fraud_check"),
]

ERRANDS = [
    ("우체국에 택배 부치러 가야 되는데 현금 좀 찾아 주세요", "take_ticket"),
    ("택배 기사라는 사람이 현금을 찾아서 집 앞에 두래요", "fraud_check"),
    ("택배 부치러 간다고 했더니 금감원 직원이 현금을 찾아서 맡기래요", "fraud_check"),
]

# Written after the changes, run once: a scam told with every neutral, elsewhere and
# spelling word the round added, and everyday sentences beside the new words.
ROUND_B = [
    # fraud_check elsewhere 뉴스에 나, 티비에 나, 신문에 나, 텔레비전에 나 (out: review 22, 1)
    ("티비에 나온 회사라면서 전화가 와서 투자하면 두 배 준다고 돈 보내래요", "fraud_check"),
    ("신문에 나온 큰 회사 직원이라는 사람이 고수익이라고 통장으로 돈 넣으래요", "fraud_check"),
    ("텔레비전에 나온 수법 그대로 아들이라면서 문자가 와서 돈 보내 달래요", "fraud_check"),
    # a neighbour's news: unknown while the news veto stood; it vetoed the customer's own
    # reports too (review 22, 1), so now "Is this a scam?" (a tap)
    ("옆집 할매가 사기 당한 것 같다고 뉴스에 나왔더라", "fraud_check"),
    ("뉴스에서 본 거랑 똑같은데 나 보이스피싱 당한 것 같아요", "fraud_check"),
    # bigger_text elsewhere 건강검진, 검진 결과, 결과지, 고지서, 관리비 고지서
    ("관리비 고지서라면서 문자가 와서 링크 누르고 카드 번호 넣으래요", "fraud_check"),
    ("검진 결과 알려 준다면서 전화가 와서 인증번호를 불러 달래요", "fraud_check"),
    ("고지서가 밀렸다고 전화가 와서 오늘 안 내면 끊긴다고 이 계좌로 넣으래요", "fraud_check"),
    ("결과지 글씨가 작아서 못 읽겠네 딸한테 읽어 달라 해야지", "unknown"),
    # explain_product elsewhere 니 이름, 너 이름
    ("검찰이라는 사람이 니 이름으로 대포통장이 만들어졌다 카면서 현금 찾아 오래", "fraud_check"),
    ("너 이름이 뭐니 참 친절하네", "unknown"),
    # neutral 택배 부치러 가야, 소포 부치러 가야
    ("택배 부치러 가야 되는데 택배 기사라는 사람이 현금을 찾아서 달래요", "fraud_check"),
    (
        "우체국에 택배 부치러 가야 된다고 하니까 검찰이라는 사람이 현금을 찾아서 택배로 보내래요",
        "fraud_check",
    ),
    ("소포 부치러 가야 되는데 아들이라면서 문자가 와서 돈 좀 보내 달래요", "fraud_check"),
    ("택배 부치러 가야 되는데 비가 오네", "unknown"),
    # the spoken -ㄹ라고 read as -려고, 통짱 as 통장, 용돈 보내려 as a transfer
    ("아들이라면서 문자가 와서 돈 부칠라고요 이 계좌 맞아요", "fraud_check"),
    ("아들이 장가갈라고 한다던데 돈이 모자라다 카대", "unknown"),
    ("손자라면서 문자가 와서 용돈 좀 보내려고 했더니 상품권으로 사서 보내 달래요", "fraud_check"),
    # a cash word 용돈 좀 보내려 was tried and dropped: it hid 보내 and 돈 from the signs
    ("손녀가 번호가 바뀌었다고 문자했는데 용돈 좀 보내려고요", "fraud_check"),
    ("손주가 사고 쳤다고 급하게 용돈 좀 보내려고요", "fraud_check"),
    ("손주한테 돈 좀 보낼라고요", "take_ticket"),
    ("통짱에 모르는 돈이 들어왔는데 잘못 보냈다고 돌려 달래요", "fraud_check"),
]

# Round C, after a check of the news class: a live caller compared with the news ("the same
# call came to me too") read unknown on main; a sign [그런/같은 전화·문자, 나한테도 …, 왔/받았]
# reads it. Its words hide 전화 and 문자: scams told with them, and others' stories.
ROUND_C = [
    ("뉴스에 나온 거 같은 전화가 나한테도 왔어요 어떡해요", "fraud_check"),
    ("티비에서 본 그런 문자가 저한테도 왔는데 눌러도 돼요", "fraud_check"),
    ("뉴스에서 본 거랑 같은 전화를 나도 받았어", "fraud_check"),
    ("옆집 할매한테 그런 전화가 왔다 카더라 뉴스에도 나오고", "unknown"),
    ("뉴스에서 봤는데 그런 전화가 많다더라", "unknown"),
    ("은행이라고 같은 문자가 또 와서 비밀번호 알려 달래요", "fraud_check"),
    ("그런 전화가 또 와서 은행이라고 하면서 돈을 옮기래요", "fraud_check"),
    ("경찰이라고 같은 전화가 계속 와서 계좌로 보내래요", "fraud_check"),
    ("뉴스에 나온 은행 직원이라면서 전화가 와서 대출 갈아타래요", "fraud_check"),
    ("티비에 나온 그 번호로 전화했더니 카드 비밀번호를 알려 달래요", "fraud_check"),
]

WRITTEN = TALK_NEWS + FORMS + ERRANDS + ROUND_B + ROUND_C


# Round B's one miss (ADR 0129), offered since ADR 0141 (the learned stage at p 0.7).
def test_savings_broken_early_is_a_ticket() -> None:
    assert offered("ko", "적금 깰라고 왔어요") == "take_ticket"


# was a strict xfail (FORMS' one miss, ADR 0129: 손주한테 용돈 좀 보내려고요 read unknown, a report
# opened by 손주); read right since ADR 0142
def test_pocket_money_sent_to_a_grandchild_is_a_ticket() -> None:
    assert offered("ko", "손주한테 용돈 좀 보낼라고요") == "take_ticket"


@pytest.mark.parametrize(("text", "intent"), WRITTEN)
def test_a_korean_sentence_of_round_twenty_twos_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
