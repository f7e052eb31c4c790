"""Korean, round twenty-three: hearsay about money read as a caution or a task, requests
the lists lacked (issue 11 §7, ADR 0133).

final25 (studied since its one run) left these Korean classes, by what a person hears in
them:

- HEARSAY: a family's or a public office's money told as hearsay (카더라, 카던데, 카데) or as
  done, asking nothing: unknown. Scams told as hearsay (a prosecutor, a "son" asking for
  money, a job that wants the passbook, a courier, a code, a shared screen) stay
  fraud_check: these guards were written first.
- REQUESTS: English words inside Korean (account, open), 첨부터 for 처음부터, the Jeolla
  -ㄹ라요 (안 할라요: "I won't"). Scams told with the same words stay fraud_check.

Written before any change and run once.

First contact (right of written), on the code before the round: 23/28 — HEARSAY 15/15
(none of my hearsay sentences was misread: the class sits in final25's own signs, left),
REQUESTS 8/13 (account … open: unknown; 첨으로: unknown; 안 할라요 twice: unknown; and a
scam missed on main, 첨부 파일을 열어 보라고 문자가 와서 눌렀어요: unknown). After the round:
28/28. ROUND_B (7, written after the changes, run once): 7/7.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

HEARSAY = [
    ("사위가 차를 새로 뽑았는데 할부로 샀다 카더라 요새 젊은 사람들은 다 그런갑다", "unknown"),
    ("구청에서 어르신 독감 주사 공짜로 놔 준다 해서 맞고 왔어요", "unknown"),
    ("우리 언니는 기초연금을 벌써 한 달에 삼십만 원씩 받는다 카더라", "unknown"),
    ("딸이 인터넷으로 산 가방을 반품한다꼬 택배로 보냈다 카던데", "unknown"),
    ("며느리가 애들 학원비가 한 달에 백만 원이 넘는다 카데 요새 애 키우기 힘들다", "unknown"),
    # scams told as hearsay
    ("검찰이 그러는데 내 통장이 범죄에 쓰였다꼬 돈을 옮기라 카더라", "fraud_check"),
    ("아들이라면서 문자가 왔는데 급하다꼬 돈 보내 달라 카더라 이거 맞나", "fraud_check"),
    ("일자리 준다면서 통장을 빌려 달라 카던데 해 줘도 되나", "fraud_check"),
    ("택배 기사라는 사람이 현금을 찾아서 맡기라 카데", "fraud_check"),
    ("은행 직원이라면서 전화가 와서 인증번호를 불러 달라 카더라", "fraud_check"),
    ("손자가 폰이 깨졌다꼬 상품권 사서 번호 보내 달라 카던데", "fraud_check"),
    ("금감원이라 카면서 안전한 계좌로 돈을 옮기라 카던데 우짜꼬", "fraud_check"),
    ("은행이라면서 화면을 같이 보자꼬 앱을 깔라 카더라", "fraud_check"),
    ("주민센터 직원이라면서 노인 일자리 준다꼬 카드 번호를 불러 달라 카던데", "fraud_check"),
    # tasks in the same words
    ("현금 좀 찾으러 왔어요", "take_ticket"),
]

REQUESTS = [
    ("한국에 돌아와서 bank account를 하나 만들고 싶어요", "open_account"),
    ("account 하나 open 하려고요", "open_account"),
    ("새 account 만들러 왔어요", "open_account"),
    ("첨으로 돌아가 주세요", "home"),
    ("첨부터 다시 할게요", "home"),
    ("그거 안 할라요", "no"),
    ("나는 그런 거 안 할라요 됐어요", "no"),
    # kept
    ("다시 한 번 말해 주소", "repeat"),
    ("통장 새로 만들고 싶어요", "open_account"),
    # scams in the same words
    ("account 번호를 알려 달라고 은행이라면서 전화가 왔어요", "fraud_check"),
    ("첨부 파일을 열어 보라고 문자가 와서 눌렀어요", "fraud_check"),
    ("검찰이라는 사람이 돈 옮기라 캐서 안 할라요 했더니 계속 전화 와요", "fraud_check"),
    ("첨 보는 사람이 전화해서 open 하라고 앱 주소를 보내 줬어요", "fraud_check"),
]

# Written after the changes, run once: scams and everyday sentences beside each new word.
ROUND_B = [
    # the scam sign [첨부 파일] [문자, 모르는 번호, …] [눌렀, 열었, …]
    ("택배 주소가 틀렸다고 문자가 와서 첨부파일을 열었더니 폰이 이상해요", "fraud_check"),
    ("모르는 번호로 청첩장 첨부 파일이 와서 눌렀는데 괜찮을까요", "fraud_check"),
    ("딸이 카톡으로 첨부 파일을 보냈는데 어떻게 여는지 모르겠어", "unknown"),
    # 첨부터, 할라요, account, open read as the standard words
    ("첨부터 다시 하고 싶어요", "home"),
    ("나 이거 안 할라요", "no"),
    ("은행이라면서 account가 막혔다꼬 비밀번호를 불러 달라 카데", "fraud_check"),
    ("검찰이라면서 새 account를 open 해서 돈을 옮기라 카더라", "fraud_check"),
]

WRITTEN = HEARSAY + REQUESTS + ROUND_B


@pytest.mark.parametrize(("text", "intent"), WRITTEN)
def test_a_korean_sentence_of_round_twenty_threes_classes_reads_right(
    text: str, intent: str
) -> None:
    assert offered("ko", text) == intent
