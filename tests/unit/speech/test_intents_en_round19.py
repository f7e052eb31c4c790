"""English, round nineteen: money news, off-topic errands, split words, the customer's own habit.

Issue 11 §7 (docs/design/0115-en-round-nineteen.md). On main at the start of this round
English read final21 151/156 (0 scams missed, 4 of 32 off-topic taken), probe16 289/304
(0, 9 of 120) and probe17 296/304 (0, 6 of 120). The sentences below were written first, in
other words and situations than any test set, and run once before any fix.

Classes (what a person hears):
- (a) news about money from the government, the council, the police or the family, asking
  nothing of the bank: a pension or an allowance that went up or was stopped, a relative in
  the police, a relative's gift -- talk; a policeman or the pension office on the phone asking
  for money or card details stays a scam;
- (b) off-topic errands that touch a kiosk word: a taxi home, the doctor, the vet's or the
  dentist's price, going home told -- talk; a withdrawal to pay the vet or a taxi stays;
- (c) the recogniser's spellings of banking words: "with draw", "de posit", "pass word", "a
  count", a queue heard as "cue" -- the request;
- (d) the customer's own habit and a relative's help: "I don't pick up", "she pays my bills
  online for me", a grandchild's "don't tell grandma" surprise -- no scam (ADR 0114, left);
  the same words as a caller's order stay a scam.

First contact (main 5d021a9, before any fix): 37/44 right of written -- (a) news 5/8 (a
daughter in the police who sends money, a police pension and the winter fuel payment were
[authority, money]), scams beside it 6/6, (b) errands and their requests 10/10, (c) spellings
10/10 (the fuzzy stage already heard most split words; final21's "wanna with draw … where do i
cue" did not), (d) 2/6 and the scams beside them 2/2 ("I never answer the phone when the bank
calls" and "she pays all my bills online for me" read a scam; "I don't need to come in"
check_in; the grandma surprise [hush, money]). ADR 0114's two left items: 0/2.
SCAMS_WITH_THE_NEW_WORDS were written after the fix (all fraud_check). Round 2 (ROUND2_*:
siblings of probe16/17's off-topic stories, written after the first commit and run once before
its fix): 13/17 right of written (a bus "transfer to the number forty", a present "put towards"
a relative's new phone, "as if I'm made of money" and the window cleaner's cash read a scam).
Round 3 (ROUND3_*: our own review of the second commit) found that take_ticket's "the vet
wants" and home's "at home" as elsewhere words vetoed "the vet wants three hundred so can I take
out three hundred" and "I want to start again, I'm used to doing it at home" (4 of 12 wrong);
the vet's price is now a long take_ticket sentence that names nothing of a request (reports
needs), home's elsewhere only a taxi, a cab or a lift. Now: all pass but one strict xfail (the
window cleaner, left).
"""

from __future__ import annotations

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import UNKNOWN

# (a) Money news: a pension, an allowance, a tax, a relative in the police or their gift.
MONEY_NEWS = [
    "the council tax letter came this morning and it's gone up again, forty pounds more a year",
    (
        "my grandson's just joined the police, we're ever so proud, his mum cried all the way "
        "through the passing out"
    ),
    "my neighbour's pension went up by ten pounds a week and she's already spent it on the bingo",
    "the government's heating allowance came through last week, just in time for the cold snap",
    "my daughter's a police officer in Leeds and she sends me a bit of money every Christmas",
    "the state pension went up in April but my rent went up twice as much",
    "my brother was a detective for thirty years and his police pension is better than mine",
    (
        "the winter fuel payment from the government has been stopped for people like me, it's a "
        "disgrace"
    ),
]
# (a) Scams told with the same words: a caller, their ask, their code.
MONEY_SCAMS = [
    "a policeman rang and said I have to take out my money so they can check the notes",
    "the pension office rang and needs my card details to carry on paying me",
    "a man from the council phoned about a tax rebate, he wants my bank details to pay it in",
    (
        "someone from the government texted that my heating allowance is waiting, I just have to "
        "pay a small fee first"
    ),
    "a detective said my grandson's been arrested and I need to send money for his bail",
    "the police said my savings aren't safe and I should move them to a new account",
]

# (b) Errands the bank does not run, and a price another trade asks: talk.
ERRANDS = [
    "can you phone for a taxi for me, my legs won't get me home today",
    "can you ring the surgery and ask the doctor to come out to me",
    "the vet charged me two hundred pounds to take a thorn out of the dog's paw",
    "do you sell stamps here, I need to post a birthday card to my sister",
    "I'm going home after this to put my feet up, it's been a long day",
    "can you book me a minicab to the hospital please",
    "the garage wants five hundred pounds to fix my exhaust, it's robbery",
    "could you call a cab for me, I want to get home before the rain",
    "the dentist wants two hundred pounds for a new crown, I nearly fell off the chair",
    "can you ask the chemist to drop my tablets round at home",
    "my sister's going home to Ireland for Christmas and I'll miss her",
    "the hairdresser wants forty pounds for a cut and blow dry now",
]
# (b) Requests beside them.
ERRAND_REQUESTS = [
    ("take me back to the home screen please", "home"),
    ("can I take out three hundred pounds to pay the vet", "take_ticket"),
    ("I need a taxi home after this, can I take out twenty pounds for the fare", "take_ticket"),
]

# (c) Split words and homophones of banking words, as the recogniser writes them.
SPELLINGS = [
    ("i'd like to with draw fifty pounds please", "take_ticket"),
    ("how long is the cue for the counter", "take_ticket"),
    ("i'd like to de posit this cheque please", "take_ticket"),
    ("my pass word for the banking app isn't working", "mobile_banking_help"),
    ("I want to open a savings a count for my grandson", "open_account"),
    ("gonna with draw some cash for the weekend, which cue do i join", "take_ticket"),
    ("i need to with drawl a hundred pounds from my account", "take_ticket"),
    ("where's the cue for the tellers", "take_ticket"),
]
SPELLING_TALK = ["my husband's old snooker cue is still in the loft gathering dust"]

# (d) The customer's own habit and a relative's help: no caller's order.
OWN_HABITS = [
    "my son says I don't need to come in any more, he does my banking for me on his laptop",
    "my niece told me not to worry about the bank, she pays all my bills online for me",
    "don't tell my grandma, it's a surprise party for her ninetieth and we've all chipped in money",
]
# (d) The same words as a caller's order: scams.
OWN_HABIT_SCAMS = [
    "he said if the bank rings I'm not to pick up, it'll be the crooks",
    (
        "the man said I needn't bother the bank, he'll sort my money out online if I give him my "
        "details"
    ),
]
# (d) A habit told with a request for letters: any reading but a scam will do (louder, for a
# customer who says they cannot hear, costs one tap).
NO_SCAM = [
    (
        "I never answer the phone when the bank calls because I can't hear a word, could you send "
        "me a letter instead"
    ),
]

# ADR 0114's two English items left for this round.
ADR_0114_TALK = ["my daughter says I needn't bother the bank, she'll sort my money out online"]
ADR_0114_NO_SCAM = ["if the bank rings I don't pick up because I'm deaf, please write to me"]
ADR_0114_FINAL21 = [
    (
        "my pension from the government went up a bit this year but the gas bill went up more, "
        "the world's gone mad"
    ),
    "Could you ring me a taxi to go home",
    (
        "My cat's not well, the vet wants three hundred dollars just for the blood tests, can you "
        "believe it"
    ),
    (
        "my son in Johannesburg is a policeman now, eighteen years, he sends money for the church "
        "roof every December"
    ),
]

# Written after the fix: scams told with this round's new neutral words, still scams.
SCAMS_WITH_THE_NEW_WORDS = [
    "hi grandad it's me, don't tell grandma but I need five hundred pounds for bail tonight",
    "he said he was a policeman and I had to hand over my cash to him",
    (
        "a man rang saying he was from the pension office, my state pension will stop unless I "
        "pay a fee"
    ),
    "a detective phoned and said my council tax money is needed as evidence, I'm to withdraw it",
    "the chap who rang said he's a police officer and I must move my savings today",
    "someone rang about my winter fuel payment and asked for my card details",
    "he said if the bank rings I'm not to pick up, and to send the money tonight",
    "my grandson rang from a new number, he's in trouble, don't tell nan, send money",
    "the man said don't tell my grandma about the transfer, it's our little secret",
    "a lady rang and said she'd sort my money out online for me if I read her the code",
    "a man said he pays my bills online for me now, I just have to give him my PIN",
]

# Round 2 (written after the first commit, before its fix; siblings of probe16/17's off-topic
# stories): a grandchild's present the grandparent is asked to buy or help with, a bus changed,
# a number printed on a leaflet -- talk; the same words on a caller's word stay scams.
ROUND2_TALK = [
    (
        "my grandson wants a new bike for Christmas and I've said I'll give his mum forty pounds "
        "towards it"
    ),
    "our Chloe wants me to buy her a dress for the prom, these young ones cost a fortune",
    "my grandson keeps asking me for money for his phone game, I told him no",
    "the doctor said to ring the number on the appointment card if the pain comes back",
    "I have to change at the station and transfer to the number forty bus for the hospital",
    (
        "my grandson wants me to buy him a games console for his birthday, they're three hundred "
        "pounds"
    ),
    (
        "she keeps asking me to buy her a new coat, that granddaughter of mine, as if I'm made of "
        "money"
    ),
    "the little one wants me to buy more gems for his game on my phone, I said ask your dad",
]
ROUND2_SCAMS = [
    "a man rang saying he's my grandson, he wants me to buy him a new phone and send the codes",
    "my grandson rang from a new number and wants me to transfer money for his laptop tonight",
    "the man at the door wants paying in cash today before he'll start on the roof",
    "a text said ring this number on the back of your card, your account's been hacked",
    "he wants me to buy him gift cards and read out the numbers",
    "a man I met online wants me to buy him a plane ticket so he can visit",
    "the caller wants me to buy him some bitcoin from the machine at the shop",
]
ROUND2_REQUESTS = [
    (
        "can I take out fifty pounds, I've said I'll put it towards my granddaughter's new phone",
        "take_ticket",
    ),
]

# Round 3 (our own review of the round's second commit): the requests an "elsewhere" word would
# veto (a withdrawal to pay the vet told with the vet's price, the first screen asked with "at
# home" said), a neighbour in the police, and scams told with the round's neutral words.
ROUND3_REQUESTS = [
    ("the vet wants three hundred pounds so can I take out three hundred please", "take_ticket"),
    ("can I take out two hundred, the vet wants paying today", "take_ticket"),
    ("I want to start again, I'm used to doing it at home", "home"),
    ("can I go back to the start, I'll finish it at home", "home"),
]
ROUND3_TALK = ["the policeman who lives next door is ever so nice, he fixed my gate"]
ROUND3_SCAMS = [
    (
        "the man on the phone said he is a police officer and I need to move my savings to keep "
        "them safe"
    ),
    "someone rang from the council about council tax arrears and wants my card number",
    "a man rang about my state pension and wants me to move it into a new account today",
    "the lady said the bank will ring but I don't answer, I just send the money to her",
    "they said they'd send me a letter with a new card but I have to pay a fee first",
    "a man says he pays my bills for me if I let him into my account on the computer",
    "a policeman came to the door and wants my cash to check for forgeries",
]


@pytest.mark.parametrize(
    "text", MONEY_SCAMS + OWN_HABIT_SCAMS + SCAMS_WITH_THE_NEW_WORDS + ROUND2_SCAMS + ROUND3_SCAMS
)
def test_a_scam_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(
    "text",
    MONEY_NEWS
    + ERRANDS
    + SPELLING_TALK
    + OWN_HABITS
    + ADR_0114_TALK
    + ADR_0114_FINAL21
    + ROUND2_TALK
    + ROUND3_TALK,
)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(
    ("text", "want"), ERRAND_REQUESTS + SPELLINGS + ROUND2_REQUESTS + ROUND3_REQUESTS
)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert_offered("en", text, want)


@pytest.mark.parametrize("text", NO_SCAM + ADR_0114_NO_SCAM)
def test_the_customers_own_habit_is_no_scam(text: str) -> None:
    assert offered("en", text) != "fraud_check"


def test_wanna_with_draw_where_do_i_cue() -> None:
    text = "hi i wanna with draw two hundred from my savings where do i cue"
    assert_offered("en", text, "take_ticket")


# was a strict xfail (a tradesman's own cash, paid for years, read take_ticket, asked); read right
# since ADR 0142
def test_a_regular_tradesmans_cash_is_talk() -> None:
    text = "the window cleaner wants paying cash every month, he's been doing it for years"
    assert offered("en", text) == UNKNOWN
