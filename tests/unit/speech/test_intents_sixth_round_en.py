"""English, round seven: off-topic precision after final8 (no Qt).

Issue 11 §7 (docs/design/0060-sixth-round-en.md). final8 took 7 of 32 English
everyday sentences for requests; they were read by class only (the price of
things, what another shop takes, a thing lent and not given back, a phone to
charge, "no" inside a clause, an account told as a story, someone else's win in
the news). For each class these sentences were written first, in other words,
run once, and then the word lists were fixed. First contact, before each
round's own fixes:

* round 1 (final8's classes): off-topic 8/12 left alone, scams 2/2, requests 4/4;
* round 2 (after round 1's fixes): off-topic 8/10, scams 6/6, requests 6/6;
* round 3 (final8's other misses: the app asking for a code, an appointment the bank
  made): requests 5/6, scams 2/2; after its fix, guards written: scams 3/3.

One sentence is left out and named in the ADR: a taxi driver who "wanted cash,
he said his card machine was broken" is still read as a scam (the "someone said
… money" rule of 0056, which no round has yet narrowed without missing scams).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

OFF_TOPIC = [
    # round 1
    "the price of butter now it's nearly three pounds a pack it's scandalous",
    "petrol's gone up again ninety pence a litre when i started driving",
    "they gave a full account of the wedding in the parish newsletter",
    "on account of the snow we didn't get out for a week",
    "some lucky woman in swindon won the jackpot on saturday did you hear",
    "my tablet's flat could i plug it in somewhere while i wait",
    "the chip shop round the corner only takes cash you know",
    "my brother borrowed my drill two years ago and i've never seen it since",
    "he's no interest in gardening so i do it all myself",
    "no wonder it's so busy in here it's pension day",
    "the butcher wants twenty quid for a bit of beef these days",
    "my grandson got lost in london on his school trip bless him",
    # round 2
    "a pint of milk was a few pence when i was a girl now look at it",
    "my sister lent me her sewing machine and i must give it back before christmas",
    "the paper had a long account of the flood at the church hall",
    "no doubt the buses will be late again in this rain",
    "our next door neighbour won a meat raffle at the club he was made up",
    "my hearing aid batteries keep running out is there a shop near here",
    "she's no time for computers my sister she still writes letters",
    "the farmers market only takes cards now can you believe it",
    "he said the match was a disgrace they lost four nil",
]

SCAMS = [
    "a man rang and said i'd won the lottery and i have to pay a fee to release it",
    "a woman on the phone told me to take out cash and give it to a courier for the police",
    "a chap said i'd won a holiday and i only need to give him my card number to book it",
    "the fella on the phone said my grandson was arrested and needs bail money sent today",
    "someone said they'd lend me money if i paid a fee in advance with vouchers",
    "a lady messaged saying she's from the bank and i have to read her the code from my text",
    "my online friend wants me to take out cash and send it to him abroad he's stuck",
    (
        "a man at the door said my roof needs doing and i have to pay him in cash today before "
        "he starts"
    ),
    # round 3, and guards for the app's own code
    "a man from the bank told me to come in and take out all my savings in cash for him",
    "someone texted asking for the code the app sent me so they can stop a payment",
    "a man rang and said when the app asks for a code i must read it out to him",
    "the caller said the text never came through so i should tell him my card number instead",
    "she said the app is asking for my pin so i need to send it to her straight away",
]

REQUESTS = [
    ("i'd like to borrow some money to fix my roof", "take_ticket"),
    ("can i take some cash out please", "take_ticket"),
    ("i've lost my bank card i think i left it in the cafe", "lost_card"),
    ("what interest do you pay on the savings account", "explain_product"),
    ("i want to see someone about borrowing money for a car", "take_ticket"),
    ("what's the interest on your fixed rate savings", "explain_product"),
    ("my card's gone i think i dropped it in the taxi", "lost_card"),
    ("i've got an appointment at eleven with the mortgage lady", "check_in"),
    ("i need to change my address we've moved to a bungalow", "update_details"),
    ("the banking app on my phone won't let me log in", "mobile_banking_help"),
    # round 3
    ("the banking app wants a code every time and the text never comes", "mobile_banking_help"),
    ("my app's asking me for a passcode i don't remember setting", "mobile_banking_help"),
    (
        "it keeps asking for the security code on the app but nothing arrives on my phone",
        "mobile_banking_help",
    ),
    (
        "the lady on the phone said to come in at ten for my appointment about the mortgage",
        "check_in",
    ),
    ("i was told to come in today at half past two to see someone about my pension", "check_in"),
    ("your colleague asked me to come in this morning i'm booked in about my isa", "check_in"),
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_everyday_talk_near_bank_words_stays_unknown(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize("text", SCAMS)
def test_a_scam_is_still_offered_the_scam_check(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), REQUESTS)
def test_a_request_keeps_its_task(text: str, intent: str) -> None:
    assert offered("en", text) == intent
