"""English, round fifteen: final18's classes (no Qt).

Issue 11 §7 (docs/design/0097-en-round-fifteen.md). On main at the start of
this round English read final18 147/156 (3 scams missed, 3 of 32 everyday
sentences taken). The sentences below were written first, in other words and
situations, and run once before any fix.

First contact (round fourteen's code, before any fix): 18/33 — scams 7/12
(Yorkshire "t'phone … t'police", two Scots sentences, and two coached cover
stories — "if she asks what it's for I've been told to say" — were missed),
look-alike talk 4/4, everyday talk 4/9 ("warm/cold/wet enough for you" read
as stop, "air con" as a con), requests 3/8 (two Scots requests read nothing;
a product question with "on the telly"/"on the radio" was news; a cheque to
pay in "I saw on the telly" was news).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

# Scams told in a dialect's spelling: the Yorkshire article "t'" glued to its noun
# ("t'police", "t'bank") and Scots forms ("oot", "tae", "cannae") hide the sign words.
DIALECT_SCAMS = [
    "a fella rang from t'bank fraud team and wants me to move me savings to a safe account",
    "chap on t'phone said he were from t'police and I've to take out four thousand for evidence",
    "there's a lad from t'council says I owe a fine and I'm to pay him cash today",
    "a wumman on the phone says she's fae the polis and ah'm tae draw oot ma savings",
    "the bank phoned an said ah've tae move aw ma money tae a new account the day",
]

# A cover story coached by the caller for the cashier's question ("if she asks what
# it's for, say a new car"): the customer told what to answer.
COACHED_SCAMS = [
    "the man who phoned says if the cashier asks why I want the cash I'm to say it's for a holiday",
    "she told me if anybody at the bank asks what the money is for to tell them it's for my roof",
    (
        "if the young lady at the till asks what it's for I've been told to say it's a present "
        "for my son"
    ),
    "the caller said when the teller asks what the withdrawal's for I'm to tell him it's for a car",
]

# Money let into the customer's account for someone else, then sent on: an account lent.
MULE_SCAMS = [
    (
        "a lady I chat with online wants to put some money into my account for her and then I "
        "send it on to her cousin"
    ),
    (
        "my new pen friend online asked if some money could come into my account for him and I "
        "forward it to his uncle"
    ),
    "a man from the internet wants to pay his money through my account and have me send it on",
]

# Talk that looks like these classes and must stay talk.
LOOKALIKE_TALK = [
    "my granddaughter asked what the money in the jar is for, I said it's for her birthday",
    "t'weather's been grand up north this week, proper sunshine",
    "ee, t'bairns were running round t'garden all afternoon",
    "my son had a parcel come to my house for him and I took it round to his",
]

# Everyday talk whose words have another sense: a greeting card, the weather's "enough",
# the air conditioning's "con", a policeman in the family's past.
TALK = [
    "my nephew sends me a lovely birthday card every year with a picture of his dog",
    "the postman who retired last year still drops round a Christmas card for me",
    "warm enough for you this morning, love",
    "is it cold enough for you out there",
    "wet enough for you today, I'm soaked through",
    "lovely and cool in here with the air con on",
    "I'll just stand by the air con for a bit, it's sweltering outside",
    (
        "my father was a police sergeant in Leeds all his working life and my brother joined the "
        "force too"
    ),
    "we weighed up the pros and cons of moving nearer my daughter",
]

REQUESTS = [
    ("ah'd like tae take oot fifty pound please", "take_ticket"),
    ("ah cannae find ma bank card, ah think ah've lost it", "lost_card"),
    ("ah'm needin tae pit some money in", "take_ticket"),
    ("how does a lifetime mortgage work, my friend's just taken one", "explain_product"),
    ("how does this cash ISA work, I saw an advert for it on the telly", "explain_product"),
    ("what's a fixed rate bond, I heard about them on the radio", "explain_product"),
    ("how do premium bonds work", "explain_product"),
    ("I'd like to pay in a cheque, I saw on the telly you can do it here", "take_ticket"),
]


@pytest.mark.parametrize("text", DIALECT_SCAMS + COACHED_SCAMS + MULE_SCAMS)
def test_a_scam_of_the_rounds_classes_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", LOOKALIKE_TALK + TALK)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert offered("en", text) == want


# Round 2 (written after its fix, so no first contact): a product pointed at as "this" and
# asked about is a request shape; "what's this" with no product named, or "what's a" in
# banter, is still talk.
THIS_PRODUCT = [
    "what's this lifetime mortgage I keep seeing in the adverts on the buses, is it any good",
    "what's this pension credit thing my neighbour keeps telling me I should claim for",
    "what's an annuity when it's at home, the pension people sent me a letter",
]
THIS_TALK = [
    "what's a nice young man like you doing working in a bank on a sunny day like this",
    (
        "what's this world coming to, the buses never run on time and the prices in the shops are "
        "shocking"
    ),
    "what is this noise outside, sounds like they're digging up the whole road again",
    # moved to test_intents_scam_0140.py (ADR 0140)
    "t'lad next door mowed t'lawn for me again, he's a good un",
]


@pytest.mark.parametrize("text", THIS_PRODUCT)
def test_a_product_asked_about_is_explained(text: str) -> None:
    assert offered("en", text) == "explain_product"


@pytest.mark.parametrize("text", THIS_TALK)
def test_what_is_this_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN
