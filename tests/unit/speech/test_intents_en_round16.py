"""English, round sixteen: probe16/probe17's missed scams by class (no Qt).

Issue 11 §7 (docs/design/0101-en-round-sixteen.md). On main at the start of
this round English read probe16 270/304 (8 scams missed, 19 of 120 off-topic
taken) and probe17 281/304 (3, 15). The sentences below were written first, in
other words and situations, and run once before any fix.

First contact (main e6150a0, before any fix): 14/23 — scams 5/14
(the fees for a windfall, the go-betweens, the doormat, a friend who will only
type, a texted website, money moved "for protection" were missed), look-alike
talk 6/6, requests 3/3. Round 2 (OTHER_CARDS_TALK) and round 3
(OWN_WORD_REQUESTS, PROMISE_SCAMS) were written after their fixes.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

# A fee asked before a windfall is paid out: a prize, a legacy, goods held at a port.
FEE_SCAMS = [
    (
        "a letter says I've won a sweepstake of fifty thousand and I only send a postal "
        "order for the handling"
    ),
    (
        "a man from Accra say my late auntie left gold in a warehouse and only the "
        "clearing fee remains"
    ),
    (
        "they emailed to say I'm the winner of the draw, I just pay the clearing charge "
        "and it's released"
    ),
]

# Cash handed to a go-between the customer does not know: a friend's man, a pal, a doormat.
HANDOVER_SCAMS = [
    "my cousin's friend says his man will meet me by the bus stop for the cash, no questions asked",
    "my granddaughter's pal is meeting me in the car park at three to collect two thousand for her",
    "a fella keeps ringing telling me to put my money in an envelope under the mat for collection",
    "a woman on the phone says to leave the cash in the porch and a driver will pick it up",
]

# A friend who only writes, will not talk, and wants money lent at once.
NO_TALK_SCAMS = [
    (
        "Brenda from the bowls club texted asking to borrow four hundred quick, she says "
        "she can't speak on the phone"
    ),
    (
        "my old neighbour messaged me on facebook wanting five hundred lent, says she "
        "can only type not talk"
    ),
]

# Other ways into the same scams.
OTHER_SCAMS = [
    (
        "a lad rang from the broadband people saying they'd cut me off tonight unless I "
        "read him the numbers off me card"
    ),
    "I had a text from the dentist saying to pay for my check up on this website by Monday",
    (
        "someone phoned my husband telling him to shift all his savings into another "
        "account for protection"
    ),
    "a gentleman says my pension can be unlocked early if I pay him a small fee first",
    (
        "I'm told to say it's for a caravan if the lad at the counter asks, but it's for "
        "the crypto man"
    ),
]

# Talk that looks like these classes and must stay talk.
LOOKALIKE_TALK = [
    "my grandson's pal is meeting me at the station at one and taking me to the match",
    "the chemist leaves my prescription under the mat when I'm out, ever so good they are",
    "my friend Pat can't talk on the phone since her stroke so we text instead",
    "I won a cake in the church tombola on Saturday, lemon drizzle",
    "the girl at the counter asked after my hip last time, wasn't that kind",
    "the man at the garden centre will hold the bench for me till Friday",
]

# Round 2 (written after its fix): a card that is no bank card, a raffle's first prize.
OTHER_CARDS_TALK = [
    "the shop on the corner sells SIM cards for foreign phones, my lodger got one there",
    "my nectar card points paid for the turkey this year, I was ever so pleased",
    "first prize in the bowls club raffle is a bottle of sherry, I bought a strip of five",
    "the girl at the library scanned my library card and the machine beeped at her",
]

# Requests the new rules must leave alone.
REQUESTS = [
    ("I want to take out five hundred pounds please, my nephew's getting married", "take_ticket"),
    ("can you tell me about your pension savings account", "explain_product"),
    ("I'd like to pay in this cheque from my brother", "take_ticket"),
]

# Round 3 (written after its fix): the customer's own promise, a card's date, with a request.
OWN_WORD_REQUESTS = [
    (
        "I need to draw out three hundred pounds, I promised him a new bike for his birthday",
        "take_ticket",
    ),
    (
        "I'd like to withdraw two hundred pounds, I've promised my grandson his driving lessons",
        "take_ticket",
    ),
]

# A card's date is a calendar's: no dating, no scam (which task it is, is left: ADR 0101).
CARD_DATES = [
    "the date on my card has gone out of date, can I get a new one posted",
    "my card's out of date since Tuesday and the shop wouldn't take it",
]

# ... and a scammer's promise is still one.
PROMISE_SCAMS = [
    "a man on the phone promised me double my money if I transfer five thousand to his firm",
    "she promised him a guaranteed return and now he wants me to send her my savings",
]


@pytest.mark.parametrize(
    "text", FEE_SCAMS + HANDOVER_SCAMS + NO_TALK_SCAMS + OTHER_SCAMS + PROMISE_SCAMS
)
def test_a_scam_of_the_rounds_classes_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", LOOKALIKE_TALK + OTHER_CARDS_TALK)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS + OWN_WORD_REQUESTS)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert offered("en", text) == want


@pytest.mark.parametrize("text", CARD_DATES)
def test_a_cards_date_is_no_scam(text: str) -> None:
    assert offered("en", text) != "fraud_check"
