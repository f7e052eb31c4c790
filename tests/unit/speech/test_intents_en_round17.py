"""English, round seventeen: the off-topic stories probe16/probe17 still take (no Qt).

Issue 11 §7 (docs/design/0104-en-round-seventeen.md). On main at the start of
this round English read probe16 280/304 (0 scams missed, 18 of 120 off-topic
taken) and probe17 285/304 (0, 14); final19 156/156. The sentences below were
written first, in other words and situations, and run once before any fix.

Classes (what a person hears):
- a price grumbled at: someone wants paying, told with indignation ("daylight
  robbery", "the cheek of it") -- the customer is telling, not asking;
- someone else treats the customer: "he insisted on paying";
- a code or PIN for no bank thing (a gate, a lock, a key box) told at length;
- a settled matter: a call about money that is "all sorted now".

First contact (main de074a1, before any fix): 27/32 right of written -- scams 6/6,
price grumbles 5/8 (the three with "he/she/they wants" money were read as a scam),
treats 4/4, other codes 5/5, settled talk 1/2, everyday talk 2/2, requests 4/5 (a
withdrawal told with "daylight robbery" read nothing: left, the xfail below). Round 2
(OTHER_APPS_TALK, ROUND2_REQUESTS) was written after its fix (``reports.needs``), round 3
(SHORT_TREATS, PAYING_SCAMS) after "insists on paying" became a neutral word sense,
round 4 (BROWSING_TALK, BROWSING_REQUESTS) after "just looking" became small talk.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.reports import Reports

# Someone wants paying and the customer grumbles at the price: talk.
PRICE_GRUMBLES = [
    "the garage wants four hundred pounds just to look at my brakes, daylight robbery",
    "the parking people want sixty pounds because I was five minutes over, what a rip-off",
    "my lodger wants me to pay half his broadband as well now, the cheek of him",
    "the hairdresser wants thirty five pounds for a wash and set these days, the nerve of it",
    "the plumber wanted ninety pounds for twenty minutes under my sink, I ask you",
    "my grandson borrowed my car and now he wants money for the tyres, the cheek of it",
    (
        "they clamped my car at the station and they want ninety pounds to take it off, "
        "daylight robbery"
    ),
    (
        "the man who did my hedges said he wants another fifty pounds for taking the cuttings "
        "away, I ask you"
    ),
]

# Someone else pays for the customer: generosity, no scam.
TREATS = [
    "my nephew took me for Sunday dinner at the carvery and he insisted on paying",
    "my daughter always insists on paying when we have tea at the garden centre",
    "the lady from church insisted on paying for my taxi home after the service",
    "my sister took me to the pictures on my birthday and she insisted on paying for the lot",
]

# A code or PIN for something that is no bank thing.
OTHER_CODES = [
    "I can't remember the code for the gate at the allotments and my tomatoes want watering",
    "the PIN for the garage door opener went clean out of my head after the power cut",
    "my neighbour changed the code on her key box and never told the district nurse",
    "the combination for my suitcase padlock is my wedding date and I still can't get it open",
    (
        "I've forgotten the code for the gate at my sister's flats, it's four numbers, and she's "
        "out at bingo till nine"
    ),
]

# A call about money, told as over.
SETTLED_TALK = [
    # moved to test_intents_scam_0140.py (ADR 0140)
    "the lady phoned about the money for the coach trip, she says it's all sorted now",
]

# Everyday sentences sharing these words: they stay talk.
EVERYDAY_TALK = [
    "my son always pays by card, he never carries a penny in cash",
    "the window cleaner comes every other Tuesday, lovely lad, does the conservatory too",
]

# Scams told with the same words: still fraud_check.
SCAMS = [
    (
        "a man rang saying my account's been hacked and wants me to move my savings "
        "tonight, the cheek of it"
    ),
    (
        "a lad at the door insisted I pay him three hundred cash today for the gutters, "
        "daylight robbery"
    ),
    "someone rang and said to put the code from the text into his app so he can fix my banking",
    (
        "he rang about my pension and said it's all fine now as long as I read him the code "
        "off the text"
    ),
    "a man phoned and said it's all sorted now, I only have to move my savings to the safe account",
    "the man said it's all sorted now but he needs my PIN to finish it",
]

# Round 2 (written after its fix): another app than the bank's, and a move that is no
# change of details, told at length and naming nothing of banking or of a detail.
OTHER_APPS_TALK = [
    (
        "my neighbour put an app on my phone for the bus times and it buzzes every time the "
        "number nine is late"
    ),
    "the grandkids put an app on my tablet that plays the radio from home, I listen every night",
    "my grandson's moving to Leeds for university in September and his mum is in bits about it",
]

# ... and the app and the details asked about at length still are.
ROUND2_REQUESTS = [
    (
        "my grandson put the banking app on my phone last week but it won't let me in since "
        "the update",
        "mobile_banking_help",
    ),
    (
        "my son set the app up on my tablet before he went back to Spain and now I can't see "
        "my balance anywhere",
        "mobile_banking_help",
    ),
    (
        "I'm moving in with my son next month, can you change where my letters go",
        "update_details",
    ),
    (
        "we've moved into a bungalow near my daughter's and the letters still go to the old house",
        "update_details",
    ),
    (
        "the app's gone all funny since my grandson updated my phone and the screen just "
        "goes blank",
        "mobile_banking_help",
    ),
]

# Round 3 (written after its fix): someone else insisting on paying is a treat, short or long;
# someone insisting the customer pay, or paying into the customer's account, is still a scam.
SHORT_TREATS = [
    "we had coffee in town and she insists on paying every time",
    "my son came down for the day and he insisted on paying at the carvery",
]
PAYING_SCAMS = [
    "he insisted on paying the fee into my account and now he wants me to send it on",
    "a lad at the door insisted I pay him three hundred cash today for the gutters",
]

# Round 4 (written after its fix): a browser's answer to "can I help" is a pleasantry, unless a
# request follows it.
BROWSING_TALK = ["only browsing, thank you dear", "I'm just having a look, thank you"]
BROWSING_REQUESTS = [("just looking for where to pay in a cheque", "take_ticket")]

# Requests the changes must leave alone.
REQUESTS = [
    ("I can't log in to the banking app, it wants a code I never got", "mobile_banking_help"),
    ("I'm moving in with my daughter next month, how do I change my address", "update_details"),
    ("I've lost my bank card, can you stop it please", "lost_card"),
    ("what's the interest on your fixed rate saver", "explain_product"),
]


@pytest.mark.parametrize("text", SCAMS + PAYING_SCAMS)
def test_a_scam_is_still_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(
    "text",
    PRICE_GRUMBLES
    + TREATS
    + OTHER_CODES
    + SETTLED_TALK
    + EVERYDAY_TALK
    + OTHER_APPS_TALK
    + SHORT_TREATS
    + BROWSING_TALK,
)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS + ROUND2_REQUESTS + BROWSING_REQUESTS)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert offered("en", text) == want


# was a strict xfail (take_ticket's `elsewhere` words, the price of things, took the cash desk out
# of a withdrawal told with a grumble; ADR 0104); read right under ADR 0142, then on its price
# list again after the retrain on final33 and final34 (ADR 0143: take_ticket 0.43, talk 0.45)
def test_a_withdrawal_told_with_a_grumble_is_read() -> None:
    text = "I'd like to take out two hundred pounds for my grandson's trainers, daylight robbery"
    assert offered("en", text) == "take_ticket"


def test_a_closing_verdict_ends_the_sentence() -> None:
    """A verdict closes a story only at its end: two words may follow it, no more."""
    reports = Reports([], [], caution_shape=True, closings=["daylight robbery", "the cheek of"])
    assert reports.is_grumble("they want ninety pounds daylight robbery it is")
    assert reports.is_grumble("she wants money for the petrol the cheek of her")
    assert not reports.is_grumble("daylight robbery he said so i have to send him the money")
    assert not Reports([], [], closings=["daylight robbery"]).is_grumble("daylight robbery")
