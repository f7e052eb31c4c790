"""English, round twenty-four: scams acted on (a link clicked, an investment advert), talk asking
nothing, and requests the lists lacked.

Issue 11 §7 (docs/design/0135-en-round-twenty-four.md). On main at the start of this round
English read final26 145/156 (2 of 32 scams missed, 5 of 32 off-topic taken), probe16 300/304
(0, 3 of 120) and probe17 302/304 (0, 1 of 120). The sentences below were written first, in
other words and situations than any test set, and run once before any fix.

Classes (what a person hears):
- (a) scams acted on: a text or an email saying the account is locked, suspended or at risk, a
  link followed and details typed in; an investment sold by a famous face in an advert, a
  trading "platform", an "account manager" ringing for more, a fee to withdraw -- fraud_check;
  an ordinary ISA question stays explain_product;
- (b) stories asking nothing: a phone ringing in a bag, a quiet house since a death, money kept
  at home in the old days, a thought forgotten, someone else's bag stolen and brought back --
  unknown; a card not found, a caller saying money is not safe, a "daughter" on a new number --
  their own readings;
- (c) requests the lists lacked: an appointment made by a relative online (check_in), a new home
  for the post (update_details), a person at the desk asked for (call_staff).

First contact (main 5075804, before any fix): 31/34 right of written -- scams 10/10 (one, the
celebrity advert, only by the learned stage), talk 6/7 ("my grandson trades shares on his
phone" read fraud_check), requests 15/17 (an ISA seen in an advert asked about read unknown; a
move to a bungalow with statements to go there read unknown).
AFTER_THE_FIX_SCAMS were written after the fix, one for every neutral word or narrowing.
"""

from __future__ import annotations

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import UNKNOWN

# (a) a link acted on, an investment sold by a famous face; (b) guards: scams sharing its words.
SCAMS = [
    (
        "got a text saying my bank account was locked and to follow the link, I did and typed in "
        "my card number"
    ),
    "an email came saying my account is at risk, I pressed the link and entered my details",
    (
        "a message on my phone said my card had been suspended so I tapped the link and put my "
        "card details in"
    ),
    (
        "there was a text that my account's been blocked, I went on the website it gave and "
        "filled in my sort code and password"
    ),
    (
        "I had an email saying my account would be closed, I clicked it and gave them the code "
        "they sent"
    ),
    (
        "I saw a famous man off the telly on facebook saying his crypto platform makes you rich, "
        "I've put in five hundred"
    ),
    (
        "an account manager from a trading platform keeps phoning me to put more in, he says the "
        "returns are guaranteed"
    ),
    (
        "I invested in a bitcoin site from an advert and now they want a fee before I can withdraw "
        "my profits"
    ),
    (
        "a celebrity advert said you can earn passive income trading online, and a man from the "
        "platform rang me"
    ),
    (
        "my profit on the trading site shows ten thousand but to take it out I have to pay a "
        "release fee first"
    ),
    "the police rang and said my money is not safe in the bank",
    (
        "a man said he was from the police and my card was used at the market, he's sending "
        "someone for it"
    ),
    "a text came saying it's my daughter on a new number and she needs money for a bill",
    ("a man rang, he said I had moved house and he needs my card details to update my address"),
]

# (b) stories asking nothing, and everyday sentences sharing the classes' words.
TALK = [
    "I got a text from the dentist reminding me of my appointment",
    "my mobile was buzzing in my coat pocket all through church, turned out it was my son",
    "since my wife died I pop in to the branch for a chat, it's nice to see a face",
    "back home in Lagos my father kept his money in a tin, these days it's all cards and phones",
    "now what did I come in for, it's gone right out of my head",
    (
        "my sister's handbag was snatched on the high street and the police brought it back the "
        "next day, nothing taken"
    ),
]

# Left by the round (see the ADR), strict xfails until ADR 0142 read them right: 'shares' is
# a promise word and 'phone' a contact; police + money is a scam sign in two lists.
TALK_LEFT = [
    "my grandson trades shares on his phone, he's always on about it",
    (
        "my neighbour's wallet was pinched on the bus and the police found it behind the "
        "shops, all his money gone"
    ),
]

# (a), (c) requests, and requests a change must not break.
REQUESTS = [
    ("I'd like to know about a cash ISA", "explain_product"),
    ("I can't find my bank card anywhere", "lost_card"),
    ("can you say that again please", "repeat"),
    ("I can't hear you, speak up", "louder"),
    ("my purse was stolen at the market with my card in it", "lost_card"),
    ("my grandson booked me an appointment on his phone, I'm here for it", "check_in"),
    ("I've got an appointment, my niece made it on the internet, name's Patel", "check_in"),
    ("I've moved in with my son now, so please send my post to his address", "update_details"),
    (
        "we've gone to live in a bungalow by the sea, I need my statements sent there",
        "update_details",
    ),
    ("I'd prefer to speak to a real person at the counter", "call_staff"),
    ("can I talk to the young man behind the desk instead", "call_staff"),
    ("I'd like a ticket for the counter please", "take_ticket"),
    ("sorry where was I, can you say that again", "repeat"),
    ("what was I saying, could you repeat that please", "repeat"),
]

# Written after the fix: requests the round's words serve, and everyday sentences beside them.
AFTER_THE_FIX_REQUESTS = [
    (
        "my grandson watches videos on youtube about investing, what's a stocks and shares ISA",
        "explain_product",
    ),
    (
        "I heard on the radio about passive income, what's the best savings account for that",
        "explain_product",
    ),
    ("my daughter made me an appointment on the computer, I'm here for it", "check_in"),
]

AFTER_THE_FIX_TALK = [
    "the platform at the station was packed so I missed my train",
    "my niece made me an appointment at the hairdresser's last week and she did a lovely job",
    "my daughter's gone to live with her boyfriend in Leeds",
]

REQUESTS_LEFT = [
    # read since ADR 0141 (main's learned offer at p 0.7)
    ("I saw an advert on the telly for your ISA, what is it", "explain_product"),
]


@pytest.mark.parametrize("text", SCAMS)
def test_a_scam_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", TALK + AFTER_THE_FIX_TALK + TALK_LEFT)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS + AFTER_THE_FIX_REQUESTS + REQUESTS_LEFT)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert_offered("en", text, want)


# Written after the fix: scams told with the round's neutral words and narrowings.
AFTER_THE_FIX_SCAMS = [
    # the two final26 scams' kinds, told again
    "the email said my account is suspended, I followed the link and typed in my password",
    ("I clicked the link in the text that said my parcel was stuck and put in my card details"),
    "a famous man on facebook said to invest in his crypto platform, I put in three hundred",
    # neutral: "the house is so quiet", "quiet without him"
    "the house is so quiet now, a man rang saying he's from the bank and wants my pin",
    (
        "the house is so quiet now and a man keeps phoning saying my grandson is in trouble and "
        "needs money"
    ),
    "the house is quiet without him, and a man from the bank keeps ringing for my card number",
    # neutral: "nobody troubled"
    ("nobody troubled us until the police rang saying my money must be moved to a safe account"),
    (
        "nobody troubled me till a man on the phone said my grandson was in trouble and I must "
        "send money now"
    ),
    # settled: "oh there it is"
    (
        "I couldn't find my card, oh there it is, but a man rang saying it was used and he "
        "needs my pin"
    ),
    "oh there it is, my purse, but a courier is coming to collect my card tonight",
    # repeat elsewhere: "what was I going to say"
    "what was I going to say, oh yes, a man rang and wants my card details",
    (
        "um what was I going to say, oh yes, the police rang and said to move my savings to a "
        "safe account"
    ),
    # new task words: a person at the desk, a new home for the post, an appointment made for me
    (
        "I'd rather talk to the girl at the desk because a man on the phone says I must take out "
        "five thousand today"
    ),
    "I'd rather talk to the girl at the desk, a man on the phone told me to move my savings",
    (
        "a woman rang saying she's from the bank and my letters should go to a new address, she "
        "needs my pin to change it"
    ),
    (
        "we've gone to live with my son and a man rang saying my savings aren't safe there and to "
        "move them"
    ),
    "we've gone into a flat now and a man rang saying he needs my pin to change my address",
    "my son made me an appointment on his phone, a man rang to confirm it and wants my pin",
]


@pytest.mark.parametrize("text", AFTER_THE_FIX_SCAMS)
def test_a_scam_told_with_the_new_words_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"
