"""English, round seventeen-b: the customer's own bank matter told by a carer or spouse (no Qt).

Carers and spouses speak for older customers in the third person: "Mum's lost her card,
can you cancel it", "Dad can't get into his banking app". A relative's own bank matter told
with a request, or told as a problem with the bank's things here, is a request of the bank.
A story about a relative's life (a new job, a loan with another lender, news) stays talk; a
scam told about a relative (a "grandson" wanting money, a caller to Mum about a safe
account) stays fraud_check. ADR 0108.

First contact (main 84266ba, before any fix): 17/25 right of written -- requests 6/14
(four lost cards, a new number, the app, a ticket and a person read unknown or another
intent), stories 6/6, scams 5/5. Round 2 (ROUND2_*) was written after the bare loss
("she's lost her card") became a lost card.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

# A carer or spouse asks for the relative's own bank matter.
CARER_REQUESTS = [
    ("my mum's lost her bank card, can you stop it for her", "lost_card"),
    ("Dad's had his purse pinched at the market, we need his card cancelled", "lost_card"),
    ("my husband's left his card in the cash machine, can we block it", "lost_card"),
    ("my wife can't find her debit card anywhere, what do we do", "lost_card"),
    ("Mum's got a new phone number, can we change it on her account", "update_details"),
    ("my father's moved into a care home, his letters need to go there now", "update_details"),
    ("my husband's changed his mobile number, can you update it please", "update_details"),
    ("Dad can't log into his banking app on his phone", "mobile_banking_help"),
    ("Mum's forgotten her password for the app, can you help her", "mobile_banking_help"),
    ("my wife's app keeps saying the code is wrong, can you have a look", "mobile_banking_help"),
    ("I'd like to open an account for my mother, she's just been widowed", "open_account"),
    ("can my dad get a ticket, he wants to pay some cheques in", "take_ticket"),
    ("Mum wants to know what the interest is on your fixed rate saver", "explain_product"),
]

# A relative's life told: news, another lender's loan, a new job. Talk.
RELATIVES_STORIES = [
    "my son's just got a mortgage with the building society for his first flat",
    "my grandson's started a new job at the bank in town, we're ever so proud",
    "my daughter's changed her phone again, she gets a new one every year",
    "my neighbour took out a loan for a new kitchen and now she regrets it",
    "my sister's husband lost his job at the factory last month, poor thing",
    "my granddaughter's moved to Manchester with her boyfriend",
]

# Scams told about a relative: still fraud_check.
RELATIVES_SCAMS = [
    "my mum got a message from her grandson asking her to send him money for a new phone",
    "a man rang my dad saying his account was hacked and he had to move it to a safe account",
    "someone rang my mother from the bank and asked for her PIN and the code off her card",
    "my husband got a text saying his card's blocked and to click the link to sort it",
    "a chap at the door told my mum she owes tax and has to pay him cash today",
    # written after the fix (a relative paying cheques in is no demand): an overpaid cheque
    "a man wants to pay a cheque in to my account and then I send him back the extra",
]

# Round 2 (written after its fix): the cared-for person's loss now, told bare, is a lost card; a
# story of someone's loss, or a loss told inside a scam, is not.
ROUND2_REQUESTS = [
    ("she's lost her card", "lost_card"),
    ("my husband's lost his bank card", "lost_card"),
    ("he's lost his debit card, he thinks it was on the bus", "lost_card"),
]
ROUND2_STORIES = [
    "my friend says she's lost her card again, she's always losing things",
    "my sister lost her card at the bingo last Friday",
]
ROUND2_SCAMS = [
    "a man rang my mum and said she's lost her card and he needs her PIN to send a new one",
    "someone rang saying Mum's lost her card and she has to move her money to a safe account",
]


@pytest.mark.parametrize(("text", "want"), CARER_REQUESTS + ROUND2_REQUESTS)
def test_a_carers_request_is_read_as_its_task(text: str, want: str) -> None:
    assert offered("en", text) == want


@pytest.mark.parametrize("text", RELATIVES_STORIES + ROUND2_STORIES)
def test_a_relatives_story_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize("text", RELATIVES_SCAMS + ROUND2_SCAMS)
def test_a_scam_told_about_a_relative_is_still_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


# was a strict xfail (a person asked for about an account read take_ticket, as for the customer's
# own account; ADR 0108); read right since ADR 0142
def test_a_person_asked_for_a_husbands_account() -> None:
    assert (
        offered("en", "my husband would like to speak to someone about his account") == "call_staff"
    )
