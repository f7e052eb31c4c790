"""English, round thirteen: final14's and probe14's classes (no Qt).

Issue 11 §7 (docs/design/0084-en-round-thirteen.md). final14 read 144/156 at
its one run (0 scams missed, 6 of 32 everyday sentences taken); probe14 read
266/304 (3 of 80 scams missed, 30 of 120 everyday sentences taken). The
sentences below were written first, in other words and situations, and run
once before any fix.

First contact (round twelve's code, before any fix): 22/32 — scams 6/10
(a "bit coin" machine heard as two words, a collector's "own personal name",
"not breathe a word" were in no list), their look-alike talk 3/4 ("explained
bit coin to me" was explain_product), long talk 8/10 (a niece who "sends
postcards" was a caution, a lad who "charges twenty pounds" explain_product),
long requests 5/8 (a savings account "for the grandchildren" read nothing, a
card "stuck in the machine outside" nothing, "am i too late to be seen" the
queue).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

# Scams: crypto told as spoken ("bit coin", "q r code"); money to a collector's own name;
# cash drawn under an idiom of secrecy ("not tell a soul", "keep it under your hat")
SCAMS = [
    "the man on the phone said go to the bit coin cash machine in the shop and feed my savings in",
    "a lady rang and said scan her q r code at the crypto kiosk so my pension is safe from hackers",
    "i was sent to a bit coin atm at the garage to put two thousand pounds in for safe keeping",
    (
        "a chap came to the door collecting for the hospice but he wants it "
        "paid into his own personal name"
    ),
    (
        "a woman selling raffle tickets for the church said transfer the money "
        "to her own name not the church"
    ),
    (
        "a man said he's from the lifeboats and i should send the donation to "
        "his personal bank account"
    ),
    (
        "they told me to draw out five thousand in twenties and not tell a "
        "soul, a driver will come for it"
    ),
    (
        "the caller said keep it under your hat and take three thousand out, "
        "someone will meet me at the station"
    ),
    "i was asked to withdraw my savings in cash and not breathe a word to the cashier",
    "he said mum's the word, get four thousand out and bring it to the car park",
]
# Talk that looks like those scams and must stay talk
SCAM_TALK = [
    "my grandson explained bit coin to me at christmas and i still haven't a clue what it is",
    "the church collects for the flood victims every easter and we always give what we can",
    "my sister never tells a soul about her operations, she's very private like that",
    "i scanned a q r code at the café to see the menu, everything's on your phone now",
]
# Round 2 (written after round 1's fixes, with the neutral phrases below, so no first contact):
# a scam word used in another sense — "grand" as "fine", moving house, photos sent
WORD_SENSES = [
    "my nephew failed his driving test again but his mother said he'll be grand next time round",
    "the people across the road moved away to spain and a young couple bought the house",
    "my daughter sends me photos of the baby every day on the phone, she's getting ever so big now",
]
SENSE_SCAMS = ["a man rang and said i owe two grand and he'll be round to collect it"]
# Long everyday talk that rests on one list word and asks nothing
TALK = [
    (
        "my brother in law bought a caravan in wales and now he spends every "
        "summer there fishing off the rocks"
    ),
    (
        "the woman in the post office queue was telling everyone about her hip "
        "operation, we heard the lot"
    ),
    (
        "our old dog barks at the postman every morning without fail and the "
        "postman gives him a biscuit"
    ),
    "they put a new roundabout in by the school and now nobody knows who's meant to go first",
    (
        "my niece works on the cruise ships doing the shows and she sends "
        "postcards from all over the world"
    ),
    (
        "we had the grandchildren over for the weekend and they ate us out of "
        "house and home, bless them"
    ),
    (
        "the new vicar changed the hymn numbers on the board and half the "
        "congregation sang the wrong tune"
    ),
    (
        "the lad who cuts our grass charges twenty pounds now, it was ten when "
        "he started, cheeky so and so"
    ),
    (
        "my late husband kept every receipt in a shoebox under the bed, forty "
        "years of them, i found them last week"
    ),
    (
        "the council dug up the road outside again, third time this year, and "
        "the buses go round the back way"
    ),
]
# Long requests that rest on one list word: the shapes must keep them
REQUESTS = [
    (
        "i've got a new phone number since we moved to the bungalow and you've "
        "still got the old one",
        "update_details",
    ),
    (
        "i'd like a savings account for the grandchildren, something they can "
        "have when they're eighteen",
        "open_account",
    ),
    (
        "my appointment was for eleven but the taxi didn't turn up so am i too late to be seen now",
        "check_in",
    ),
    (
        "the writing on this screen is ever so small and i came out without my "
        "reading glasses today",
        "bigger_text",
    ),
    (
        "my card got stuck in the machine outside and it never gave it back to "
        "me, it's still in there",
        "lost_card",
    ),
    (
        "i'm here for my half past two with the mortgage lady, my son made it "
        "on the computer for me",
        "check_in",
    ),
    (
        "can somebody come and help me with this please, i've pressed "
        "everything and nothing happens",
        "call_staff",
    ),
    (
        "what have you got for someone who wants to put a bit by every month for a rainy day",
        "explain_product",
    ),
]


# Round 3 (final14's missed requests, by class; written after the fix, so no first contact):
# "them" as "those", what the bank holds changed, "flitted", a verb split by its object,
# asking to see someone
REQUESTS_3 = [
    ("could i have one of them bank accounts for my pension", "open_account"),
    (
        "the address you have for me is the old flat, it needs to be the bungalow now",
        "update_details",
    ),
    ("we've flitted to a wee place by the sea, you'll need the new address", "update_details"),
    ("could you blow the writing up for me, i can't make it out", "bigger_text"),
    (
        "my brother's passed on and i've his affairs to sort, can i see somebody about it",
        "call_staff",
    ),
]


@pytest.mark.parametrize("text", SCAMS + SENSE_SCAMS)
def test_a_scam_of_the_rounds_classes_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", SCAM_TALK + TALK + WORD_SENSES)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS + REQUESTS_3)
def test_a_long_request_is_still_read(text: str, want: str) -> None:
    assert offered("en", text) == want
