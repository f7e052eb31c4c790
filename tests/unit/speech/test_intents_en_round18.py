"""English, round eighteen: secrecy and the bank bypassed on a caller's word (no Qt).

Issue 11 §7 (docs/design/0111-en-round-eighteen.md). On main at the start of this
round English read final20 150/156 (0 scams missed, 1 of 32 off-topic taken), probe16
284/304 (0, 14 of 120) and probe17 288/304 (0, 11 of 120). The sentences below were
written first, in other words and situations than any test set, and run once before
any fix.

Classes (what a person hears):
- secrecy ordered by a caller: keep it from the bank, the staff or the family, "between
  the two of us" -- a scam sign of its own, money said or not (ADR 0107, left);
- the bank bypassed on a caller's word: "you needn't come to the branch", "don't come
  in, the staff can't be trusted" -- likewise;
- everyday secrecy that is no scam: a surprise, a pregnancy, a grandchild's confidence,
  a purchase kept from Mum -- talk;
- off-topic stories with a bank word (another place's ticket or code, the council's
  letters, a found purse) -- talk;
- the app's update feared, and a request told with a trouble now settled -- requests.

First contact (main 90afc84, before any fix): 22/35 right of written -- secrecy and
bypass scams 6/13 ("he said don't tell the bank" lost "don't tell" inside the change of
details' "tell the bank"; secrecy from the family or "between the two of us" was a
caution a long sentence turned to talk; a bypass of the branch was someone, said and
money, loosened to talk), everyday secrecy 5/7 ("don't tell Mum I bought it … my money"
was [hush, money]; "she made me promise not to tell her dad" was [promise, someone]),
off-topic stories 5/6 (the council's letters: [someone, authority, ask_for]), the app's
update and settled troubles 2/4, requests 4/5 (a card about to run out, a new one asked).
Round 2 (ROUND2_*: other secrecy and bypass scams, a relative's advice, family secrets) was
written after the secrecy fix, round 3 (ROUND3_*: siblings of the studied off-topic stories and
the requests beside them) after the word-sense and elsewhere fixes; SCAMS_WITH_THE_NEW_WORDS
last; round 4 (ROUND4_*: a relative's advice to stay away from the branch) after our own
review of the first commit. Now: 82 pass, 1 strict xfail (a tooth taken out, left).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

# A caller orders the customer to keep it from the bank, the staff or the family.
SECRECY_SCAMS = [
    "he said don't tell the bank",
    "the chap who rang said I mustn't tell the girls behind the counter anything",
    "she told me not to mention it to my family because they wouldn't understand",
    "the lady on the phone said to hang up straight away if the bank rings me back",
    "a man keeps ringing and says this has to stay between the two of us",
    "he made me promise not to tell my son about our little arrangement",
    "some fella phoned and said not to say anything to my daughter until it's all done",
    "the man said keep this between us and don't go talking to the staff",
    "if the girl at the counter asks I'm to say it's for a cruise, that's what he told me",
]

# A caller tells the customer the bank, the branch or its staff need not or must not know.
BYPASS_SCAMS = [
    "a man said I don't have to come to the branch, just transfer the money to his account",
    (
        "a woman rang and said there's no need to go to the branch, she'd sort it all out over "
        "the phone if I read her the numbers"
    ),
    "he says I needn't bother the bank with it, I can just send the money from home on my phone",
    "the caller told me not to come into the branch because the staff there can't be trusted",
]

# Secrets of the family and the street: no scam.
EVERYDAY_SECRETS = [
    "my grandson's planning a surprise party for his nan and he said don't tell grandma",
    "don't tell Mum I bought it, she'll only say I've wasted my money",
    "my sister's expecting again but she said keep it between us until the scan",
    "the neighbours are throwing a surprise do for Bert's ninetieth and we mustn't tell him",
    "my granddaughter's got a new boyfriend and she made me promise not to tell her dad",
    "the young lad next door said don't tell his mum he's been smoking behind the shed",
    "my daughter says I don't have to come to the branch any more, I can pay my bills on the app",
]

# Stories of another place's ticket, code or letters, told at length: talk.
OFF_TOPIC = [
    "I found a purse on the bus with forty pounds in it so I handed it to the driver",
    "the deli counter at the supermarket gave me ticket number twelve and then called out thirteen",
    "the optician gave me a code to order my new glasses on the internet and I haven't a clue",
    "my neighbour's carer didn't come this morning so I went round and made her a cup of tea",
    "the council keep writing to me about my bins, I don't know what they want",
    "the butcher wants eight pounds for a bit of brisket these days, eight pounds",
]

# The app's update feared, a request told with a trouble now settled, and requests the changes
# must leave alone.
REQUESTS = [
    (
        "the banking app keeps saying there's an update and I don't know whether to press it",
        "mobile_banking_help",
    ),
    (
        "the app's put a message up about a new version and I'm frightened to touch it",
        "mobile_banking_help",
    ),
    (
        "I'd like to draw out a hundred pounds please, the bother with the boiler's all fixed now",
        "take_ticket",
    ),
    ("can I pay this cheque in, the trouble with my pension is all sorted out now", "take_ticket"),
    ("my card's due to run out next month, can I have a new one sent", "open_account"),
    (
        "there was a lady here last week who helped me, is there anyone like her about today",
        "call_staff",
    ),
    (
        "I've dropped my bank card somewhere between the bus and the butcher's, can you stop it",
        "lost_card",
    ),
    ("I'd like to take out two hundred pounds for the holiday please", "take_ticket"),
    ("I'm moving to a flat near my daughter, how do I change my address", "update_details"),
]

# The sentences ADR 0107 left for this round, read after the fix (its two scams are the first of
# SECRECY_SCAMS and of BYPASS_SCAMS above).
ADR_0107_REQUESTS = [
    (
        "the app says something about a new version and I don't know what to do",
        "mobile_banking_help",
    ),
    (
        "can I take out fifty pounds please, the trouble with the roof is all sorted now",
        "take_ticket",
    ),
]

# Round 2 (written after the fix): other kinds of secrecy and bypass, and the family's advice and
# secrets that share their words.
ROUND2_SCAMS = [
    "a lady from the fraud team said if the bank calls back I'm to hang up on them",
    "the man said to keep it from my family for now, they'd only worry",
    "he said there was no need to involve the bank, I could sort the money out with him directly",
    "the chap said I don't need to go to the bank, he'll come and pick the cash up himself",
    "she rang and said stay away from the branch today, somebody there is working with the crooks",
    "the fella said not to say a word to my children about the investment",
    "he told me not to talk to anyone at the bank about the transfer",
    "the man on the phone said don't go to the branch, the cashiers are in on it",
]
ROUND2_TALK = [
    "we're keeping the new puppy a secret from my grandson till Christmas",
    "my wife and I are planning a surprise for our anniversary, don't tell the kids",
    "my daughter says I don't need to go to the bank any more, I can do it all online",
    "my neighbour made me promise not to tell anyone she'd had a fall",
    "don't tell Mum I bought it",
    "I've run out of money on my bus pass, where can I top it up",
]
ROUND2_REQUESTS = [
    (
        "my son said there's no need to come to the branch, he'll show me the app at the weekend",
        "mobile_banking_help",
    ),
    ("my card's run out and I'd like a new one please", "open_account"),
]

# Round 3 (written after its fix, siblings of the studied off-topic stories): money found in the
# street, another counter's ticket or queue, a place short of staff, someone taken ill, a lock or a
# school's app, a repeat prescription, letters nobody explains -- and the requests beside them.
ROUND3_TALK = [
    "my grandson found a fiver in the gutter on the way to school and wanted to keep it",
    "the chemist gave me a ticket for my prescription and it's taking forever",
    "the queue there at the passport office went right round the block",
    "the hospital is that short-staffed my husband waited six hours in a corridor",
    "my sister came over all faint at the bus stop yesterday and a nice lady sat with her",
    "the padlock on my shed has rusted and I can't remember the numbers for it",
    "I need to ring the surgery about my repeat prescription",
    "the water board keep writing to me and I don't know what they want",
]
ROUND3_REQUESTS = [
    ("I found an old ten pound note in my drawer, can I still pay it in", "take_ticket"),
    ("my husband's come over funny, can someone come and help us", "call_staff"),
    ("I've forgotten the PIN for my banking app", "mobile_banking_help"),
    ("can I have a ticket for the counter please", "take_ticket"),
    ("can I speak to a member of staff please", "call_staff"),
    ("I'd like to take out a hundred pounds please", "take_ticket"),
]

# Scams told with this round's new neutral and elsewhere words (a thing's trouble, money wasted, a
# want nobody knows, short-staffed, "made me promise", "between the two of us"): still scams.
SCAMS_WITH_THE_NEW_WORDS = [
    (
        "he said he's my grandson and he's in trouble with the police, don't tell mum, he needs "
        "bail money today"
    ),
    "a man rang, I don't know what they want but he asked for my PIN",
    "he made me promise to put my pension into his scheme, guaranteed returns he said",
    "he said it's a waste of money keeping it in the bank, I should move it to his account",
    "the man on the phone said I'm wasting my money with the bank and to send it to him instead",
    "the trouble with your account is it's been hacked, he said, so move your savings tonight",
    "a man came to the door, the short-staffed council sent him, he wants cash for the bins",
    "the lady rang and said the staff at the branch are short-staffed so just read her the code",
    "a chap rang, said keep this between the two of us and give him the numbers off my card",
    (
        "he told me to go to the branch and take out ten thousand but not to tell the staff what "
        "it's for"
    ),
]

# Round 4 (written after the first commit, on our own review): a relative's advice to stay away from
# the branch is talk; the same words on a call are a scam.
ROUND4_TALK = [
    "my daughter said don't go to the branch on a Monday, it's always too busy",
    "my husband told me not to go to the bank in this weather, he'll take me tomorrow",
    "my son says not to trust the bank with all my savings",
    "my son says don't speak to the bank till he's read the letter",
]
ROUND4_SCAMS = ["the man on the phone said don't go to the branch, just do what he says"]


@pytest.mark.parametrize(
    "text",
    SECRECY_SCAMS + BYPASS_SCAMS + ROUND2_SCAMS + SCAMS_WITH_THE_NEW_WORDS + ROUND4_SCAMS,
)
def test_a_scam_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(
    "text", EVERYDAY_SECRETS + OFF_TOPIC + ROUND2_TALK + ROUND3_TALK + ROUND4_TALK
)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(
    ("text", "want"), REQUESTS + ADR_0107_REQUESTS + ROUND2_REQUESTS + ROUND3_REQUESTS
)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert offered("en", text) == want


# was a strict xfail (a tooth named after the words taken out read a withdrawal; ADR 0111); read
# right since ADR 0142
def test_a_tooth_taken_out_is_no_withdrawal() -> None:
    text = "my dentist wants to take out my back tooth next week and I'm dreading it"
    assert offered("en", text) == UNKNOWN
