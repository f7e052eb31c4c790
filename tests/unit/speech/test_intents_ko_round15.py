"""Korean, round fifteen: the rules' confident misses of final18 (issue 11 §7).

final18 had no Korean scam missed; its seven misses fall into these classes,
taken in the brief's order (scams first: here a guard, since a fix for the
everyday sense of a scam word must not lose the scam itself):

- SCAM kept: 속이다 "deceive" told, a charger or a text as bait, someone who
  reads my screen — these must stay fraud_check whatever the new lists hold;
- OFF-TOPIC taken: a scam word inside an idiom of 속 "the heart" (속이 좁다,
  속이 시원하다, 속이 타다); a phone as a thing — its battery, charger, video
  call, cracked screen — read as the bank's app; letters of something else
  (약 봉투, 신문) read as the screen's letters;
- REQUESTS read as nothing: a ticket by paraphrase or mishearing (기다리는
  종이, 순서 종이, 번호포); the Chungcheong endings -시유 / 가유 and 그려, 맞어,
  the Gyeongsang -네예; "I forgot my glasses, I can't see the writing" read as
  a lost card (안 가져와서, 안 보이).

These sentences were written before any change, in other words and situations
(none copies or paraphrases a ``tests/data`` sentence), and run once.

First contact (right of written), on the code before the round: 24/33 —
SCAM kept 6/6, OFF-TOPIC 4/10 (taken: all five idioms of 속 — 속이 좁아서,
속이 다 시원하네, 속이 타, 속이 후련하다, 속이 깊어서 — as a scam's 속이; 신문 글씨가
하나도 안 보여 as bigger_text), their requests 4/4, REQUESTS 10/13 (맞어 그거여;
안경을 집에 두고 와서 화면 글이 잘 안 보여요 and 눈이 어두워서 글이 하나도 안
보이는데, as nothing). The phone-as-a-thing and ticket-paraphrase sentences
passed on the learned stage; final18's own misses of those classes are certain.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents.normalise import normalise

SCAMS = [
    ("은행 직원이라고 속이고 전화해서 통장 비밀번호를 물어봤어요 이거 사기 맞죠", "fraud_check"),
    ("검찰이라는 사람이 내 계좌가 범죄에 쓰였다고 안전한 데로 돈을 옮기라는데", "fraud_check"),
    ("휴대폰 충전기 무료로 준다는 문자가 와서 링크를 눌렀는데 괜찮을까요", "fraud_check"),
    ("모르는 사람이 글씨가 안 보이면 대신 해 준다고 카드 비밀번호를 알려 달래요", "fraud_check"),
    ("아들이라고 문자가 왔는데 폰 액정이 깨져서 급하게 돈 좀 보내 달래요", "fraud_check"),
    ("속이는 전화 같아서 그러는데 경찰이라면서 현금을 찾아 놓으라고 하네요", "fraud_check"),
]

OFF_TOPIC = [
    # 속 "the heart, the stomach" in idioms: not 속이다 "deceive"
    ("우리 영감은 속이 좁아서 이웃이 주차 좀 잘못해도 며칠을 두고 씩씩거려", "unknown"),
    ("며느리한테 할 말 다 하고 나니까 속이 다 시원하네 진작 할걸", "unknown"),
    ("손주 녀석이 시험 떨어졌다고 밥도 안 먹으니 내 속이 타 죽겠어", "unknown"),
    ("이십 년 묵은 체증이 내려간 것처럼 속이 후련하다 동창 놈 코를 납작하게 해 줬지", "unknown"),
    ("막내가 속이 깊어서 명절마다 제일 먼저 와서 설거지를 다 하고 간다니까", "unknown"),
    # a phone as a thing: battery, charger, video call, screen
    ("손전화 배터리가 반나절도 못 가서 수리점에 가 봐야 되나 싶어", "unknown"),
    ("딸이랑 영상통화 하는데 화면이 자꾸 멈춰서 얼굴이 안 보이더라", "unknown"),
    ("충전기를 경로당에 두고 와서 폰이 꺼져 버렸네 할매들이 잘 챙겨 놨겠지", "unknown"),
    ("손자가 휴대폰 액정을 또 깨 먹었어 이번 달만 두 번째야", "unknown"),
    # letters of something else
    ("안경을 안 쓰고 나와서 신문 글씨가 하나도 안 보여 오늘은 그냥 티비나 봐야지", "unknown"),
]

OFF_TOPIC_REQUESTS = [
    # requests of the same words, which the fixes must keep
    ("손전화로 은행 앱에 들어가려는데 비밀번호가 틀렸다고 나와요", "mobile_banking_help"),
    ("폰으로 계좌 이체하는 거 좀 가르쳐 주세요", "mobile_banking_help"),
    ("가게 차리려고 돈을 좀 빌리러 왔어요", "take_ticket"),
    ("화면 글씨가 너무 작아서 못 읽겠어요", "bigger_text"),
]

REQUESTS = [
    # a ticket by paraphrase or mishearing
    ("순서 기다리는 종이 한 장 뽑아 주세요", "take_ticket"),
    ("차례 기다리는 표는 어디서 뽑아요", "take_ticket"),
    ("번호 적힌 종이 하나 주이소 돈 찾으러 왔어요", "take_ticket"),
    ("며느리가 은행 가면 순서 종이부터 뽑으라 캐서 왔는데 그거 어디 있어요", "take_ticket"),
    ("번호포 어디서 뽑는 거요", "take_ticket"),
    # Chungcheong and Gyeongsang endings
    ("돈 좀 찾으러 왔시유 어디로 가유", "take_ticket"),
    ("카드를 잃어버렸시유 정지 좀 해 주세유", "lost_card"),
    ("그려 그걸로 해유", "yes"),
    ("맞어 그거여", "yes"),
    ("소리가 작아서 하나도 안 들리네예", "louder"),
    # the glasses left at home: the writing here cannot be read
    ("안경을 집에 두고 와서 화면 글이 잘 안 보여요", "bigger_text"),
    ("돋보기를 깜빡하고 안 가져왔더니 글이 흐릿하게 보이네 좀 크게 해 줘", "bigger_text"),
    ("눈이 어두워서 글이 하나도 안 보이는데", "bigger_text"),
]

# Round B, written after the fixes in new situations (the classes' words mixed with a
# scam, a dialect request, a phone's own app) and run once: 15/15.
ROUND_B = [
    (
        "속이 좁은 줄 알았는데 그 사람이 검찰이라면서 내 통장 비밀번호를 불러 달라더라",
        "fraud_check",
    ),
    ("속이 타서 그러는데 아들이 납치됐다고 돈을 보내라는 전화가 왔어요", "fraud_check"),
    ("우리 집 양반은 속이 넓어서 친구가 돈 안 갚아도 허허 웃고 만다", "unknown"),
    ("김장 다 끝내고 나니 속이 후련하네 올해는 배추가 참 좋았어", "unknown"),
    ("휴대폰 배터리가 빨리 닳아서 새로 갈아야 되나 몰라", "unknown"),
    ("영상 통화로 손녀 얼굴 보는 게 요새 제일 큰 낙이야", "unknown"),
    ("편지 글씨가 작아서 하나도 안 보이네 손자가 쓴 건데 아쉽다", "unknown"),
    ("기다리는 번호 종이는 어디서 받아요", "take_ticket"),
    ("순번표 하나 주씨요", "take_ticket"),
    ("통장 정리하러 왔시유 어디 가서 기다려유", "take_ticket"),
    ("그려 그렇게 해 줘", "yes"),
    ("안경을 놓고 와서 화면이 하나도 안 보여요 글 좀 키워 주세요", "bigger_text"),
    ("돋보기 안 가져와서 글이 안 보이는디 크게 좀 해 주소", "bigger_text"),
    ("충전기 좀 빌려 줄 수 있어요 폰이 꺼질라 카네", "unknown"),
    ("손전화 은행 앱이 자꾸 꺼져서 이체를 못 하겠어요", "mobile_banking_help"),
]

# Round C, written after the louder and repeat lists took 소리가 작아서 and 그 말 또 (the
# round-fourteen leftovers of final15 and final16) and run once: 5/6. The radio's sound
# was read louder (볼륨, 소리가 작아서); louder's ``elsewhere`` now names another
# thing's sound (라디오, 티비, 초인종).
ROUND_C = [
    ("목소리가 작아서 하나도 못 알아듣겠어요", "louder"),
    ("기계 소리가 너무 작아서 잘 들리지가 않네", "louder"),
    ("글씨가 작아서 눈이 아파요 좀 크게", "bigger_text"),
    ("아까 그 말 또 해 줘요 못 알아들었어", "repeat"),
    ("그 얘기 또 한 번만 해 주세요", "repeat"),
    ("라디오 소리가 작아서 영감이 자꾸 볼륨을 키우더라", "unknown"),
]

CASES = SCAMS + OFF_TOPIC + OFF_TOPIC_REQUESTS + REQUESTS + ROUND_B + ROUND_C


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("왔시유", "왔어요"),
        ("있시유", "있어요"),
        ("해 주세유", "해 주세요"),
        ("어디로 가유", "어디로 가요"),
        ("맞어유", "맞아요"),
        ("그려 맞어", "그래 맞아"),
        ("그거여", "그거야"),
        ("안 보이네예", "안 보이네요"),
    ],
)
def test_the_new_regional_endings_are_read_as_the_standard_ones(said: str, heard: str) -> None:
    assert normalise(said, "ko") == heard


@pytest.mark.parametrize(
    "kept", ["해유", "우유", "이유", "그려 줘", "그림을 그려 맞춰", "네예", "시유지"]
)
def test_words_that_only_look_like_the_new_endings_are_kept(kept: str) -> None:
    assert normalise(kept, "ko") == kept


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_a_korean_sentence_of_round_fifteens_classes_reads_right(text: str, intent: str) -> None:
    assert offered("ko", text) == intent
