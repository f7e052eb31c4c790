"""Korean, round thirteen: final14's and probe14's misses by class (issue 11 §7).

final14 (156 Korean sentences, run once after round twelve; studied from now
on) read 141/156 (2 scams missed, 6 of 32 off-topic taken); probe14 (304
sentences written blind this session) 259/304 (6 scams missed, 27 of 120
off-topic taken). The off-topic taken fall in three classes:

- LONE: long talk about daily life whose only task word is one list word
  (두고 온 동생, 공책을 잃어버려서, 우산 들고 나왔는데, 글씨를 쓸 수가 없네) —
  the round-nine rule "a long request needs a request shape" (ADR 0068) did
  not fire, because the shape words are found on characters anywhere: 요 in
  요즘 / 요새 / 요리, 내 in 내외 / 내려, 제 in 어제 / 제사, 저 in 저녁 (most of
  them);
- SIGN: a scam sign made of two everyday words in the customer's own story —
  a password the customer forgot and a locksmith "called" (비밀번호 + 불러),
  a son who "does not answer the phone" (전화도 안 받), a question the
  customer would ask (물어보기);
- CAUTION: money and another person in a long grumble (물가, 쌀값).

These sentences were written before any change, in other words and situations
(none copies or paraphrases a ``tests/data`` sentence), and run once.

First contact (right of written), on the code before the round: 24/29 —
LONE talk 9/10 (시골 두고 온 감나무 … read lost_card), LONE requests 6/6,
SIGN talk 2/4 (a door code or a locker code forgotten and a man "called":
fraud_check), SIGN requests 1/3 (폰뱅킹 간편 비밀번호 여섯 자리가 기억이 안
나요: fraud_check, the six digits alone being a sign; 카드 비밀번호를 세 번
틀려서 막혔는데 … read mobile_banking_help — dropped: the kiosk has no intent
for a card locked by its PIN, no one reading is plainly right), scams 4/4,
CAUTION talk 2/2.

What was built (docs/design/0086-ko-round-thirteen.md):
- THING (mechanism): ``reports.needs`` — a long sentence read as lost_card
  must name a thing the bank issues or holds (카드, 통장, 지갑, 가방, 폰, 신분증,
  도장, 현금 …). In every studied set each long lost_card request names one,
  and each long off-topic sentence taken as lost_card names none.
- word edges: a ``reports`` phrase found on characters may be marked as an
  ending (``-요``: not 요즘, 요새, 요리; ``-줘``: "해 줘", not "잡아 줘서").
- SIGN (data): the customer's own forgotten code (비밀번호를 잊어, 여섯 자리가
  기억이 안 …), a call not answered (전화도 안 받), a question the customer
  would ask (물어보기, 물어봐야) are neutral, so their words make no sign; a
  forgotten code is a problem told (``shapes`` 잊어, 까먹); a locked door
  opened in the end (겨우 열었) is settled.

SCAM (data, concepts.yaml): final14's and probe14's eight scams missed
were a name of a state body not listed (출입국관리사무소, 금융위원회: the
names' ends 위원회, 출입국, 관세청, 공단 joined ``authority``), a loan's
fee first ([loan_bait, upfront], [loan_bait, odd_fee]), a link in a text
pressed (모바일 청첩장, 부고 문자, 주소 눌러; [overdue, contact, pressed],
[pressed, danger, money], [link, pressed]), "keep quiet" from a man on the
phone ([someone, hush, contact]), a call to the bank answered by the same
man (``intercepted``), deposits "not protected" (``danger``), and 보이스
피씽 spelt as heard. Round C (written after, run once): 9/12 — 똑같은
목소리가 받더라 (the bank named, no phone word: [intercepted, company] then
added); left: 대출을 받으려면 보증보험료를 먼저 넣어야 된다는 문자 (a loan's
guarantee fee is also a real charge; no loan_bait word), and the talk 대출
이자가 밀려서 걱정이라고 아들이 그러는데 … (read explain_product, not a
round-thirteen rule).

CAUTION (mechanism, opt-in ``reports.caution_shape``): half a sign (someone
and money) in a long sentence with no request shape is a grumble, not a scam
told; and the shape 제 ("my", humble) is a word of its own (``-제-``, ``제가-``),
no longer found in 어제, 제사. Round D (written after, run once): 7/7.

REQUESTS (normalise, Korean branch): Yanbian and Hamgyong formal endings
-ㅁ다 / -ㅁ까 (왔슴다, 박영철임다, 됨다, 함까, 검까) are read as -ㅂ니다 /
-ㅂ니까; Gyeongsang 카- glued to a quote (뭐라카는지) as 라 하-, the question
-능교 as -나요, -ㄹ라(고) after 주 하 보 (터 줄라, 할라꼬) as -려고. The formal
endings (-니다, 습니까 …) join ``shapes`` beside -요. Data: 통장을 트다 (open
a bankbook), 꿀꺽 (the machine swallowed it), 안 들린, 바로 전 걸로 (back),
"카드 하나 새로 해 줘" (issue_ask). Round E (written after, run once): 9/10.

Round B (THING, written after its fix, run once): 9/10 — 가방 안에 넣어 둔
카드가 온데간데없어 was read as nothing (온데간데없 then joined lost_card).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise
from kiosk.speech.intents.reports import Reports

# LONE: long talk with one list word and no request shape: stays unknown.
LONE_TALK = [
    ("요즘 손녀가 학교에서 받아 온 상장을 액자에 넣어 거실에 걸어 놨더니 집이 환하다", "unknown"),
    ("어제 저녁에 텔레비전에서 옛날 노래가 나오길래 따라 부르다가 목이 다 쉬었어", "unknown"),
    ("요새 무릎이 시려서 계단을 못 내려가겠어 그래서 엘리베이터 있는 데로만 다녀", "unknown"),
    ("시골 두고 온 감나무가 올해는 감이 많이 열렸다고 동네 사람이 사진을 보내 줬어", "unknown"),
    ("손자 운동회에서 달리기를 하다 넘어졌는데 울지도 않고 끝까지 뛰어서 기특하더라", "unknown"),
    ("어제 제사 음식 하느라 허리가 끊어지는 줄 알았어 올해부터는 좀 줄여야지", "unknown"),
    ("장날에 산 고등어를 구웠더니 온 집에 냄새가 배서 창문을 다 열어 놨어", "unknown"),
    ("요리 학원에 다니는 며느리가 김치찌개를 끓였는데 내 입에는 좀 짜더라", "unknown"),
    ("뜨개질하던 목도리를 버스에 놓고 내렸는데 다시 뜨면 되지 뭐 털실은 많으니까", "unknown"),
    ("내 동창이 이번에 손주를 봤다고 떡을 돌려서 한 접시 얻어먹었지", "unknown"),
]

# LONE: long requests that a stricter shape must not lose (first contact: ).
LONE_REQUESTS = [
    ("어제 시장에서 장을 보다가 카드를 어디에 흘렸는지 모르겠어", "lost_card"),
    ("며칠 전에 이사를 해서 주소를 새로 바꿔야 하는데", "update_details"),
    ("화면에 나오는 글씨가 너무 작아서 하나도 못 읽겠어", "bigger_text"),
    ("손주 대학 등록금 보내 줄 통장을 하나 새로 만들고 싶어서 왔는데", "open_account"),
    ("예금 만기가 다 돼서 찾으러 왔는데 번호표는 어디서 뽑아", "take_ticket"),
    ("담당 직원하고 두 시에 상담하기로 약속이 돼 있어서 왔어", "check_in"),
]

# SIGN: the customer's own forgotten code, a call not answered, a question the
# customer would ask: no scam (first contact: ).
SIGN_TALK = [
    ("대문 번호키 비밀번호를 잊어버려서 관리실 아저씨를 불러서 겨우 열었어", "unknown"),
    ("사물함 비밀번호가 생각이 안 나서 경비 아저씨를 불러다가 뜯었지 뭐", "unknown"),
    ("딸이 전화도 안 받고 문자도 안 봐서 무슨 일 있나 하루 종일 애가 탔어", "unknown"),
    ("와이파이 비밀번호를 손자한테 물어보기도 미안해서 그냥 안 쓰고 있어", "unknown"),
]
SIGN_REQUESTS = [
    ("은행 앱 비밀번호를 잊어버려서 로그인이 안 되는데 어떻게 해요", "mobile_banking_help"),
    ("폰뱅킹 간편 비밀번호 여섯 자리가 기억이 안 나요", "mobile_banking_help"),
]
# ... while the sign still reads a caller who wants the code (first contact: ).
SIGN_SCAMS = [
    ("은행이라고 전화가 와서 비밀번호를 불러 달래서 불러 줬어", "fraud_check"),
    ("모르는 남자가 문자로 인증번호 여섯 자리를 알려 달라고 하던데", "fraud_check"),
    ("아들이라고 문자가 왔는데 폰이 고장 났다고 돈 좀 급하게 보내 달래", "fraud_check"),
    ("경찰이라는 사람이 전화해서 내 통장이 범죄에 쓰였다고 현금을 찾아 놓으래", "fraud_check"),
]

# CAUTION: a grumble about prices or money with other people in it (first contact: ).
CAUTION_TALK = [
    ("배추 한 포기에 만 원이라니 김장을 어떻게 하라는 건지 장사하는 사람들 배짱이다", "unknown"),
    ("사위가 차를 새로 뽑았다는데 돈이 어디서 났는지 딸은 말을 안 해", "unknown"),
]

# Round B (THING, written after the fix, run once: 9/10).
THING = [
    ("작년 겨울에 장갑 한 짝을 지하철에 두고 내렸는데 올해 또 그랬지 뭐야 정신이 없어", "unknown"),
    ("손주 돌 사진을 넣어 둔 앨범을 이사하다가 잃어버려서 그게 제일 아까워", "unknown"),
    ("바둑 두다가 막판에 한 수 잘못 둬서 다 이긴 판을 잃었지 뭐야 분해서 잠이 안 오네", "unknown"),
    ("피난 내려올 때 두고 온 고향 집이 아직 있는지 그게 궁금해서 가끔 지도를 봐", "unknown"),
    ("시장에서 산 파 한 단을 버스에 놓고 내려서 오늘 저녁 국은 파 없이 끓였어", "unknown"),
    ("우리 강아지가 산책 나갔다가 길을 잃어서 온 동네를 헤매다가 겨우 찾았어", "unknown"),
    ("아침에 버스 타고 오다가 지갑을 어디다 흘렸는지 통 모르겠어 어떡하지", "lost_card"),
    ("장 보러 갔다 와서 보니 가방 안에 넣어 둔 카드가 온데간데없어", "lost_card"),
    ("어제 은행 기계에 통장을 넣었는데 안 나와서 그냥 두고 왔어요 찾을 수 있나요", "lost_card"),
    ("휴대폰 케이스에 끼워 둔 체크카드를 식당에 두고 나온 것 같아요", "lost_card"),
]

# Round C (SCAM, written after its fix, run once: 9/12; the intercepted call then
# joined with the bank's name as well as a phone word).
SCAMS = [
    (
        "선거관리위원회 직원이라면서 내 명의가 도용됐다고 통장에 있는 돈을 옮겨 놓으라고 했어",
        "fraud_check",
    ),
    ("저금리로 바꿔 준다면서 신용 점수를 올리려면 수수료부터 보내라던데", "fraud_check"),
    ("자동차세 체납이라고 문자가 와서 거기 있는 주소를 눌러 버렸어", "fraud_check"),
    ("아는 사람 부고 문자라서 눌렀더니 폰이 이상해지고 통장에서 돈이 빠져나갔어", "fraud_check"),
    ("은행 고객센터로 다시 걸었더니 똑같은 목소리가 받더라 이거 이상하지", "fraud_check"),
    ("그 남자가 전화로 은행 직원한테는 절대 하지 말라고 했는데 돈 찾으러 왔어", "fraud_check"),
    ("예금자 보호가 안 된다고 전화가 와서 돈을 다 찾아 놓으래", "fraud_check"),
    ("손녀 결혼식 모바일 청첩장을 만들어서 친구들한테 보내려는데 예쁘게 나왔네", "unknown"),
    ("우리 아파트 관리위원회 회의가 있어서 저녁에 모여야 돼", "unknown"),
    ("엘리베이터 버튼을 잘못 눌렀더니 꼭대기 층까지 올라가 버렸지 뭐야", "unknown"),
]

CASES = (
    SCAMS
    + THING
    + LONE_TALK
    + LONE_REQUESTS
    + SIGN_TALK
    + SIGN_REQUESTS
    + SIGN_SCAMS
    + CAUTION_TALK
)


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_a_korean_sentence_of_round_thirteens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent


def test_a_long_lost_card_sentence_must_name_a_thing_the_bank_holds() -> None:
    reports = Reports([], [], words=False, long=14, needs={"lost_card": ["카드", "지갑"]})
    assert reports.lacks("lost_card", "명절만 되면 두고 온 동생 생각이 나서 잠이 안 와")
    assert not reports.lacks("lost_card", "명절에 시장 갔다가 지갑을 어디다 두고 왔어")
    assert not reports.lacks("lost_card", "잃어버렸어요")  # short: a plain loss
    assert not reports.lacks("take_ticket", "명절만 되면 두고 온 동생 생각이 나서 잠이 안 와")


@pytest.mark.parametrize(
    ("phrase", "said", "found"),
    [
        ("-요", "통장 만들러 왔어요", True),
        ("-요", "요즘 요리 학원에 다녀", False),
        ("-줘", "이거 좀 해 줘", True),
        ("-줘", "총각이 잡아 줘서 살았어", False),
        ("내가-", "내가 했어", True),
        ("내가-", "어제가 내가요", True),
        ("내가-", "그 애가 갔어", False),
        ("-제-", "제 카드가 없어요", True),
        ("-제-", "어제 제사 지냈어", False),
        ("줘", "총각이 잡아 줘서 살았어", True),  # unmarked: anywhere, as before
    ],
)
def test_a_marked_phrase_is_found_only_at_its_word_edge(
    phrase: str, said: str, found: bool
) -> None:
    reports = Reports([], [], words=False, shapes=[phrase], long=1)
    assert reports.is_shapeless(said) is not found


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("예약하고 왔슴다", "예약하고 왔습니다"),
        ("이름은 박영철임다", "이름은 박영철입니다"),
        ("등록해야 됨다", "등록해야 됩니다"),
        ("어떻게 함까", "어떻게 합니까"),
        ("안전한 검까", "안전한 겁니까"),
        ("뭐라카는지 안 들린다", "뭐라 하는지 안 들린다"),
        ("나 예약했능교", "나 예약했나요"),
        ("통장 하나 터 줄라", "통장 하나 터 주려고"),
        ("뭘 할라꼬", "뭘 하려고"),
    ],
)
def test_yanbian_and_gyeongsang_forms_are_read_as_the_standard_ones(said: str, heard: str) -> None:
    assert normalise(said, "ko") == normalise(heard, "ko")


@pytest.mark.parametrize(
    "kept", ["머리를 감다", "꾹 참다", "잠깐만", "아메리카는 멀어", "물가가 올라", "갈라"]
)
def test_normalising_keeps_words_that_only_look_like_the_new_forms(kept: str) -> None:
    assert normalise(kept, "ko") == kept
