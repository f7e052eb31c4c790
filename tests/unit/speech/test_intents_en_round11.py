"""English, round eleven: final12's two largest classes of misses (no Qt).

Issue 11 §7 (docs/design/0074-en-round-eleven.md). final12 read 144/156 at
its one run (0 scams missed, 3 of 32 everyday sentences taken). Two classes
were taken: the session's own commands said in everyday words (stop, start
again, another language: 4 misses) and the customer's own words read as a
scam (the customer "wanting", cards played as a game: 2 misses). The
sentences below were written first, in other words and situations, and run
once before any fix. First contact (round 1, before any fix): commands 5/13
(giving up in everyday words 2/6, "start all over" 3/3, please said in
another language 0/4); their guards 2/2 (two more were dropped unrun-able:
they named intents the kiosk has not); talk in the commands' words 4/4;
card games 1/4; the customer's own "wanting" 4/4 (none of these reached the
scam rule: the final12 sentence's "borrowing" and "somebody" both had to be
there); scams 4/4. After the fixes, one new miss: "never mind the weather"
(stop), then listed as no command ("never mind the …").

Round 2 (final12's next classes, written after round 1's fixes and run
once): a time arranged with the bank 3/4, a time kept with one's own people
outside the bank 2/4, a new card for a worn one or an account "set up" /
"started" 2/6 (two of the misses were a broken card read as the card desk,
the reading the locale already lists: they stay take_ticket), talk 3/3. The
first "set up"/"started" rule read "I started my account here in 1975" as a
request; it now needs the asking ("can I get … set up", "like to start").

Round 3 (the app updated, written after round 2's fixes, run once): 4/6 —
"updated itself" and "needs updating" read as the customer's details.

Left out and named in the ADR: "I was given a ten o'clock with the young lady
about my savings" (call_staff on main too: the booking and "young lady" weigh
the same and call_staff comes first in the intents' order; round 2 first read
it right only under the ``ties: first`` tried and dropped, see the ADR).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.cue_rules import tie

# the session's commands in everyday words
COMMANDS = [
    ("cancel that please, I've changed my mind", "stop"),
    ("oh cancel it, I don't need that after all", "stop"),
    ("never mind dear, it doesn't matter", "stop"),
    ("forget it, I'll come back another time", "stop"),
    ("forget about it, it's too much bother today", "stop"),
    ("oh leave it, I'll do it some other day", "stop"),
    ("can we start all over, I pressed the wrong thing", "home"),
    ("let me begin again from scratch, I've made a mess of it", "home"),
    ("take me all the way back to the beginning", "home"),
    ("French, s'il vous plaît", "change_language"),
    ("Polski, proszę", "change_language"),
    ("Deutsch bitte", "change_language"),
    ("Italian, per favore", "change_language"),
]

# the same words that are no command
COMMAND_GUARDS = [
    ("no, I don't want that one", "no"),
    ("I forgot my PIN", "take_ticket"),
]

COMMAND_TALK = [
    "we had a lovely week in Spain, the paella was gorgeous",
    "never mind the weather, the garden needs the rain",
    "my granddaughter's learning French at school and she loves it",
    "the concert got cancelled because the singer had a cold",
]

# the customer's own wants and card games, read as someone else's pressure
OWN_WORDS_TALK = [
    "we play cards on a Monday at the church hall, rummy mostly, they do a nice tea",
    "my husband and I play cards with the neighbours every Friday, we never bet money",
    "they play cards at the day centre and I sometimes join in for pennies",
    "I play cards with my sister on the phone now she's moved away",
]

OWN_WORDS_REQUESTS = [
    ("I'm wanting to talk to somebody about a loan for a new kitchen", "take_ticket"),
    ("we're wanting to see someone about borrowing for the roof, is there a queue", "take_ticket"),
    ("I'm wanting to put some money away for my grandson", "open_account"),
    ("I was wanting to speak to somebody about my savings", "take_ticket"),
]

# scams that must stay scams
SCAM_GUARDS = [
    "a man on the phone wants me to buy play cards and read him the numbers",
    "somebody wants me to borrow money and send it to him, he says it's urgent",
    "he wanted my card details to cancel a payment he said I'd made",
    "she keeps asking for money to be sent to her in Ghana, we met online",
]


@pytest.mark.parametrize(("text", "intent"), COMMANDS + COMMAND_GUARDS + OWN_WORDS_REQUESTS)
def test_requests_are_understood(text: str, intent: str) -> None:
    assert offered("en", text) == intent


@pytest.mark.parametrize("text", COMMAND_TALK + OWN_WORDS_TALK)
def test_everyday_talk_is_left_alone(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize("text", SCAM_GUARDS)
def test_scams_are_offered_the_check(text: str) -> None:
    assert offered("en", text) == "fraud_check"


# round 2 (written after round 1's fixes, run once before round 2's):
# a time arranged, with the bank or with someone of one's own
TIME_ARRANGED = [
    ("my wife and I have a quarter past eleven fixed up with one of your advisers", "check_in"),
    ("it's Mr Patel, there's a three o'clock arranged with somebody about my pension", "check_in"),
    ("we've a half past two set up with someone about the house", "check_in"),
]
TIME_ARRANGED_TALK = [
    "I'm meeting my husband outside the bank at quarter past, he's gone for his paper",
    "my daughter said half past twelve by the bank, she's taking me for lunch",
    "I said I'd meet my friend at two o'clock in front of the bank, is it nearly that",
    "my son's picking me up outside the bank at eleven, he said half past at the latest",
]
# a new card for a worn or broken one, an account "started" or "set up"
NEW_ONE = [
    # a card broken is the card desk's (a listed card-desk phrase), as before this round
    ("my card's snapped in half, can I have another one", "take_ticket"),
    (
        "my card's gone all bent and scratched and the till spits it out, I need a fresh one",
        "open_account",
    ),
    ("I'd like a replacement card, this one's cracked right across", "take_ticket"),
    ("I want to get an ISA set up for the grandchildren", "open_account"),
    ("could we get a joint account started, me and my husband", "open_account"),
    ("I'd like to start a savings account with the money from my late sister", "open_account"),
]
# round 3 (written after round 2's fixes and run once): the app updated is the app's trouble
APP_UPDATED = [
    (
        "the bank app updated itself and now the buttons are all in different places",
        "mobile_banking_help",
    ),
    (
        "my phone did an update last night and the bank app has gone from the screen",
        "mobile_banking_help",
    ),
    ("the app needs updating, it says, and I don't know how to do that", "mobile_banking_help"),
    ("since the app had an update I can't log in", "mobile_banking_help"),
    ("I'd like to update my address, I've moved to a bungalow", "update_details"),
    ("can I update my phone number", "update_details"),
]
NEW_ONE_TALK = [
    "the old armchair's worn right through on the arms, I'll have to get it covered",
    "my grandson started a new job at the garden centre, he's loving it",
    "the birthday card I got from my niece had a lovely robin on it",
    "I started my account here in 1975 when I got my first job at the mill",
    "my husband set up his own business in the eighties, a little shoe shop",
]


@pytest.mark.parametrize(("text", "intent"), TIME_ARRANGED + NEW_ONE + APP_UPDATED)
def test_round_two_requests_are_understood(text: str, intent: str) -> None:
    assert offered("en", text) == intent


@pytest.mark.parametrize("text", TIME_ARRANGED_TALK + NEW_ONE_TALK)
def test_round_two_talk_is_left_alone(text: str) -> None:
    assert offered("en", text) == UNKNOWN


def test_requests_ties_keep_the_order_but_an_answer_loses() -> None:
    assert tie("requests", "no", {}) > tie("requests", "stop", {})
    assert tie("requests", "home", {}) < tie("requests", "stop", {})
    assert tie("order", "no", {}) < tie("order", "stop", {})
