"""Korean, round twenty-four: a phone taken over by a remote-control app, off-topic talk of
bills and harvests read as tasks, requests the lists lacked (issue 11 §7, ADR 0137).

final26 (studied since its one run) left these Korean classes, by what a person hears in
them:

- REMOTE: an app installed on a caller's (or a "child's") word, a phone screen moving or
  pressing by itself, a remote-control app (팀뷰어, 애니데스크), a text whose link installed
  something, the phone run by someone else: fraud_check however told. A relative's app put
  on the phone, asking nothing, and help with the bank's own app stay as they are.
- OFFTOPIC: another office's letter or bill accepted (어쩔 수 없지, 내야지), a harvest sent
  to the family in boxes, asking nothing: unknown. Real asks in the same words keep their
  task; scams told with the same words stay fraud_check.
- REQUESTS: recogniser output with the syllables split by spaces (a booking told with a time
  and a name), eyes too weak to see (눈이 어두워서, 눈이 침침해서), a grandchild's account.

Written before any change and run once.

First contact (right of written), on the code before the round: 29/38 — REMOTE 12/17 (a
"daughter's" app installed on 카톡, a phone run from afar with the bank's app opening, a
screen going back and forth by itself, an app a texted link installed: unknown or a task;
and "혼자 움직이기가 힘들어서" (an old body, not a phone) read fraud_check), OFFTOPIC 10/11
(a harvest sent in boxes: take_ticket), REQUESTS 7/10 (the split booking, 눈이 나빠서 … 안
보여, and a grandchild borrowing the bankbook, left: see the xfail). After the round: 37/38.
ROUND_B (40, the guards written with and after the changes, a scam beside each new word or
narrowing): all right.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.korean import joined_syllables

REMOTE = [
    (
        "은행 직원이라면서 전화가 와서 시키는 대로 프로그램 하나 설치했더니 폰이 저절로 막 눌려요",
        "fraud_check",
    ),
    ("택배 문자에 있는 거 눌렀더니 뭐가 깔리고 나서 핸드폰이 지 맘대로 움직여", "fraud_check"),
    ("딸이라고 카톡이 와서 폰 고쳐 준다꼬 앱 하나 깔라 카길래 깔았다 아이가", "fraud_check"),
    ("금감원이라는 사람이 내 화면 좀 보여 달라 해서 팀 뷰어 그걸 깔았어요", "fraud_check"),
    ("전화로 누가 애니 데스크 깔면 도와준다 해서 깔았는데 괜찮은 건가요", "fraud_check"),
    ("누가 내 핸드폰을 멀리서 조종하는 것 같아요 지 혼자 은행 앱이 열려요", "fraud_check"),
    ("폰 화면이 혼자 왔다 갔다 하더니 통장에서 돈이 빠져나갔어요", "fraud_check"),
    ("검찰청이라고 하면서 보안 프로그램을 깔아야 된다 캐서 깔았지", "fraud_check"),
    ("모르는 번호로 온 문자 눌렀더니 이상한 앱이 깔렸어요", "fraud_check"),
    (
        "아들이라는데 폰이 고장 났다꼬 뭘 하나 깔아 달라 하더라꼬 깔았더니 화면이 지 멋대로 움직여",
        "fraud_check",
    ),
    ("컴퓨터 고쳐 준다는 사람이 전화해서 뭘 깔았더니 마우스가 혼자 움직여요", "fraud_check"),
    ("카드사라면서 어플 하나 받으라 해서 받았더니 핸드폰이 제 맘대로 눌러져요", "fraud_check"),
    # everyday, in the same words
    ("딸이 핸드폰에 카톡이랑 밴드를 깔아 줬어", "unknown"),
    ("손녀가 게임 앱을 깔아 놔서 폰이 느려 죽겠어", "unknown"),
    ("나이가 드니까 혼자 움직이기가 힘들어서 아들이 데려다 줬어", "unknown"),
    ("아들이 은행 앱을 깔아 줬는데 로그인이 안 돼요", "mobile_banking_help"),
    ("핸드폰에 은행 앱을 어떻게 깔아요", "mobile_banking_help"),
]

OFFTOPIC = [
    ("전기요금이 또 올랐다고 고지서가 왔더라 어쩔 수 없지 내야지", "unknown"),
    ("재산세 나왔다고 구청에서 우편이 왔던데 뭐 내야지 별수 있나", "unknown"),
    ("올해 고추 농사가 잘돼서 서울 사는 딸네 한 상자 부쳐 줄라고", "unknown"),
    ("배추 농사 지어서 아들네 김장하라고 택배로 보냈어", "unknown"),
    ("사과 농사가 흉년이라 올해는 손주들한테 못 보내겠네", "unknown"),
    # tasks in the same words
    ("공과금 고지서 내려고 왔어요", "take_ticket"),
    ("손주한테 돈 좀 보내려고요", "take_ticket"),
    ("이사해서 주소를 바꾸고 싶어요", "update_details"),
    # scams in the same words
    ("검찰이라는 사람이 안전한 계좌로 옮기라는데 어쩔 수 없지 옮겨야지", "fraud_check"),
    ("농사 지어 모은 돈을 찾아서 택배 기사한테 맡기라 카더라", "fraud_check"),
    ("아들이라면서 현금을 상자에 담아서 택배로 보내라 해요", "fraud_check"),
]

REQUESTS = [
    ("두 시 에 적 금 상 담 예 약 한 김 순 자 예 요", "check_in"),
    ("세 시 에 예 약 했 는 데 요", "check_in"),
    ("통 장 을 새 로 만 들 고 싶 어 요", "open_account"),
    ("눈이 침침해서 잘 안 보여요", "bigger_text"),
    ("눈이 나빠서 이게 하나도 안 보여", "bigger_text"),
    ("손주 통장 하나 새로 만들어 주고 싶어요", "open_account"),
    ("손녀 이름으로 통장 개설하려고요", "open_account"),
    # kept
    ("눈이 어두워서 신문을 못 읽어", "unknown"),
    ("눈이 어두워서 안과에 가 봐야겠어", "unknown"),
]

# Written after the changes, run once: a scam beside each new word, narrowing or neutral.
ROUND_B = [
    # possessed now needs a device word (gadget): the body's "혼자 움직" is no phone
    ("다리가 아파서 혼자 움직이기가 힘드니까 딸이 같이 왔어", "unknown"),
    ("은행이라고 전화가 오고 나서 폰이 저절로 움직여요", "fraud_check"),
    ("시키는 대로 했더니 저절로 돈이 빠져나갔어요", "fraud_check"),
    ("통신사라면서 전화가 와서 뭘 누르라 하더니 화면이 지 맘대로 왔다 갔다 해요", "fraud_check"),
    ("누가 조종하는지 지 혼자 은행 앱이 열려요", "fraud_check"),
    ("컴퓨터 마우스가 혼자 움직여요", "fraud_check"),
    ("폰이 지 혼자 막 움직이네 이거 왜 이래", "fraud_check"),
    ("은행 자동문이 혼자 열리더라", "unknown"),
    ("화면을 내 맘대로 눌러도 돼요", "unknown"),
    # a relative's "install it for me" is not the remote sign
    ("손주가 폰에 게임 앱 깔아 달라 하는데 나는 뭐가 뭔지 몰라서 영감한테 전화했어", "unknown"),
    # an app fetched on a stranger's, a claimed caller's or an unknown number's word (app_fetch);
    # a relative's "get the bank's app" is no sign (받으라 is not in remote)
    ("모르는 번호로 전화 와서 프로그램 받으라 해서 받았는데 괜찮을까요", "fraud_check"),
    ("아들이라고 문자 와서 어플 하나 받으라 했어요", "fraud_check"),
    ("어떤 남자가 전화해서 앱 받으래요", "fraud_check"),
    ("며느리가 카톡으로 은행 어플 받으라 해서 받았는데 로그인이 안 돼요", "mobile_banking_help"),
    ("딸이 은행 앱 받으라 해서 왔어요", "mobile_banking_help"),
    # take_ticket's elsewhere: a counted parcel sent (한 상자 부쳐, 박스씩 보내 주려)
    ("감자를 두 박스 캐서 아들네 보내 줄 거여", "unknown"),
    ("딸네 쌀 한 포대 부치고 돈도 좀 보내려고 왔어요", "take_ticket"),
    ("사과 한 박스 값을 농협 통장으로 보내 주려고요", "take_ticket"),
    ("아들이라면서 현금을 한 상자 담아서 택배로 보내라 해요", "fraud_check"),
    ("아들이라면서 급하다고 현금을 박스씩 보내 주려면 택배로 하래요", "fraud_check"),
    ("모르는 번호로 문자가 와서 돈을 한 상자 부쳐 달래요", "fraud_check"),
    # update_details' elsewhere: another office's letter about a raised bill
    ("건강보험료가 올랐다고 편지가 왔는데 옛날 주소로 와서 주소 좀 바꿔 주세요", "update_details"),
    ("관리비가 또 올랐는데 이사해서 주소 바꾸고 싶어요", "update_details"),
    ("건강보험료가 올랐다고 편지가 와서 환급받으려면 링크 누르라 해요", "fraud_check"),
    ("보험료가 올랐다는 편지에 적힌 번호로 전화했더니 계좌 비밀번호를 물어봐요", "fraud_check"),
    ("세금이 올랐다고 국세청이라는 사람이 전화해서 지금 바로 이 계좌로 보내래요", "fraud_check"),
    # the syllables joined (two words in three, and six, of one syllable)
    ("검 찰 이 라 면 서 안 전 한 계 좌 로 돈 을 옮 기 라 해 요", "fraud_check"),
    ("아 들 이 라 고 문 자 와 서 돈 보 내 달 래 요", "fraud_check"),
    ("은행 직원 이 라 면 서 인 증 번 호 를 불 러 달 래 요", "fraud_check"),
    ("번 호 표 하 나 주 세 요", "take_ticket"),
    ("카 드 를 잃 어 버 렸 어 요", "lost_card"),
    ("돋보기를 안 가져와서 안 보이네 크게 좀 해 봐", "bigger_text"),
    # bigger_text: eyes too weak, right before "안 보"
    ("눈이 어두워서 하나도 안 보여요", "bigger_text"),
    ("요즘 눈이 침침해서 바느질도 못 해", "unknown"),
    ("눈이 어두워서 카드를 떨어뜨린 걸 못 봤어요", "lost_card"),
    ("눈이 어두워서 잘 안 보이는데 아들이라면서 문자가 와서 돈을 보내 달래요", "fraud_check"),
    ("눈이 침침한데 은행이라면서 화면 좀 보여 달라는 전화가 왔어요", "fraud_check"),
    # asks gain a closing "I will" (-할래요, -할게요): a grandchild's account is a request
    ("손주 통장 개설할래요", "open_account"),
    ("손주가 대학 가면 자취 할래요 하더라", "unknown"),
    ("손주가 검찰이라면서 전화 와서 통장 하나 새로 만들래요 하더라", "fraud_check"),
]

WRITTEN = REMOTE + OFFTOPIC + REQUESTS + ROUND_B


@pytest.mark.xfail(
    strict=True,
    reason="left: a grandchild asking to borrow the bankbook, asking nothing, opens on 손주 "
    "(family talk); a bankbook lent to a relative is no scam sign on the lists, and a sign "
    "for it would take every family errand with a bankbook",
)
def test_a_grandchild_borrowing_the_bankbook_is_a_caution() -> None:
    assert offered("ko", "손주가 통장 빌려 달라고 하던데") == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), WRITTEN)
def test_a_korean_sentence_of_round_twenty_fours_classes_reads_right(
    text: str, intent: str
) -> None:
    assert offered("ko", text) == intent


def test_syllables_heard_one_by_one_are_joined_and_a_short_sentence_is_not() -> None:
    assert joined_syllables("세 시 에 예 약 했 는 데 요") == "세시에예약했는데요"
    assert joined_syllables("상담 예 약 한 김 순 자 입 니 다") == "상담 예약한김순자입니다"
    assert joined_syllables("내 돈 좀 다 줘") == "내 돈 좀 다 줘"
    assert joined_syllables("그 돈 좀 빨리 다 줘 봐") == "그 돈 좀 빨리 다 줘 봐"
