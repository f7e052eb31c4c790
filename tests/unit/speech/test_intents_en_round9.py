"""English, round nine: final10's misses by class (no Qt).

Issue 11 §7 (docs/design/0065-en-round-nine.md). final10 (now a tuned set for
English) read 147/156 at its one run: 0 scams missed, 3 of 32 everyday sentences
taken, 6 requests missed. Its misses were read by class; for each class the
sentences below were written first, in other words and situations, run once,
and only then was the class fixed. First contact (off-topic left alone, scams
offered the scam check, requests given their task), before each round's fixes:

* round 1 (final10's classes): off-topic 5/10 (another app or gadget than the
  bank's, a habit of writing things down, a slow computer); scams 4/4 (guards:
  an appointment or a time told beside a scam's signs); requests 7/15 (an
  appointment whose time someone else gave 4/5, a product wanted as "one of
  those …" 1/3, "tell me about" a product with who suggested it 3/3, a language
  the kiosk lacks said alone 0/4);
* round 2 (the same classes, after round 1's fixes): off-topic 9/10, scams 5/5,
  requests 10/11; round eight's three left-overs 1/3 (the appointment "they
  told me to come in at ten" is right now);
* round 3 (everyday talk with a bank word in new places, and guards for round
  two's changes): off-topic 10/10, scams 4/4, requests 5/8 ("go a bit slow for
  me" lost when a lone "slow" was made weak in round 2; "talking slow enough
  but it's too quiet" read as stop, and "I've lost one of those cards you gave
  me" unknown, both before this round too), then 7/8;
* round 4 (final7's four English misses, unread in round eight, by class: a
  train or bus to change, an account of one's own after a death, the bank's app
  called "the phone thing", the bank missing from a new phone): off-topic 3/3,
  requests 5/7; guards written after its fixes 4/5 (a shop's "account in my
  name" was taken: that bare phrase was dropped, 5/5).

Left out and named in the ADR: "how do I check what's in my account on the
phone thing" (take_ticket and mobile_banking_help tie, the balance said first);
"I've lost one of those cards you gave me" (a
rule "lost" + "card" anywhere took 3 everyday sentences: cards played, a card
lost at bingo), and round eight's "my sister put her savings into a cruise,
mind you …" and the gardener who "only wants paying in cash" (a caution or the
"someone said … money" rule outranks a report, see ADR 0062).
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

OFF_TOPIC = [
    # round 1: gadgets, apps and household habits told with a service word
    "my hearing aid needs a new battery and the chemist was shut, typical",
    "the wife keeps every receipt in a shoebox under the bed, forty years of them",
    "the weather app on my tablet said sunshine and look at it out there",
    "my grandson put a game on my phone and now it won't stop beeping at me",
    "I write my shopping list on the back of an envelope and then leave it at home",
    "is there a plug socket round here, my mobile's about to die",
    "the television remote has gone missing again, I think the dog had it",
    "my sister counts every penny, she even reuses the teabags",
    "the library computer is so slow these days, takes an age to print anything",
    "our Tom set up the doorbell camera and it rings my phone every time a cat walks past",
    # round 2
    "the sat nav in my son's car took us down a farm track, never again",
    "my step counter app says I only walked two thousand steps yesterday",
    "I keep a little jotter by the phone for all my numbers",
    "the church laptop is ever so slow when we do the newsletter",
    "the radio in the kitchen only gets one station now",
    "my husband spends all evening on his bird-watching app",
    "the smoke alarm battery went at three in the morning, beeping away",
    "my tablet's screen cracked when I dropped it in the garden",
    "my neighbour jots down every car number that parks outside, nosy beggar",
    "the new telly has so many buttons on the remote I can't work it",
    # round 3: everyday talk with a bank word in new places
    "my granddaughter is saving up for a car, she works at the garden centre on Saturdays",
    "the card shop on the corner has closed down, everything's charity shops now",
    "I paid the window cleaner this morning and he still left smears",
    "we used to have a savings stamp book at school, a penny a week",
    "the queue at the post office went right out the door yesterday",
    "my husband lost his reading glasses again, they were on his head",
    "the pub quiz had a question about interest rates, nobody knew it",
    "our church is collecting coins for the roof fund",
    "the phone box on our street is a little library now",
    "I saw a lovely coat in the sale but it was still too dear",
    # round 4: a train or a bus to change; guards after its fixes
    "do I have to change buses at the station to get to my sister's",
    "which platform do I transfer at for the coast train",
    "we had to transfer at Crewe and the connection was late",
    "my neighbour's phone thing plays music all day long through the wall",
    "the paper shop has the account in my name for the Sunday papers",
]

SCAMS = [
    # guards: an appointment or a time told beside the signs of a scam
    (
        "a man from the bank rang and said come in at two o'clock and draw out ten thousand for "
        "their investigation"
    ),
    "someone on the phone booked me in for three and told me to bring my card and my PIN",
    (
        "they said they were the police and I've to withdraw my savings this afternoon, don't "
        "tell the cashier"
    ),
    "a lady phoned saying she was from your fraud team and said half past ten, bring all the cash",
    # round 2: sent into the branch on a scam's errand, a time relayed beside a scam's signs
    "a man rang and told me to come in at eleven and take out five thousand for him",
    "someone said come in today and bring the code they texted me",
    "the caller told me to go to the bank and withdraw cash for the courier",
    "she said quarter past two and to bring my card and PIN to the man outside",
    "they said come in at two and draw out my savings, and not to tell the staff why",
    # round 3: round two's new words beside a scam's signs
    "a man on the phone says his scheme will pay well if I move my savings over today",
    "someone from the bank said come in at four and take out everything for the safe account",
    "she said twenty past one and to have the cash ready for her driver",
    "a chap said to come in at three and get one of those cards for him, then give him my PIN",
    # round 4 guards: a change of train said beside a scam's signs
    "my grandson's in hospital abroad and I have to transfer to get the money to him today",
    (
        "a man from the hospital rang, I must transfer to get my wife's operation done, two "
        "thousand pounds"
    ),
    "where do I transfer to, the man on the phone said a safe account",
]

REQUESTS = [
    # round 1: an appointment whose time someone else gave or made
    (
        "the girl on the phone said eleven o'clock for my savings review, I'm a bit early",
        "check_in",
    ),
    ("my son booked me in online to see someone about my pension at quarter past ten", "check_in"),
    ("your Mr Hughes said to come in at three about the loan, so here I am", "check_in"),
    ("my niece made the appointment for me, she said tell the screen when I get here", "check_in"),
    ("they wrote to me saying come in at half past nine about my account", "check_in"),
    # round 1: a product wanted for the first time ("one of those …")
    ("I'd like one of those savings accounts, I've never had one", "open_account"),
    ("could I get one of those cards for the cash machine, I always used the book", "open_account"),
    ("I want one of those current accounts my daughter has", "open_account"),
    # round 1: "tell me about" a product, with who suggested it
    ("tell me about your savings bonds, my neighbour swears by them", "explain_product"),
    ("can you tell me about ISAs, my daughter says I should have one", "explain_product"),
    ("tell me about the fixed term ones, my friend says the rate is better", "explain_product"),
    # round 1: a language the kiosk lacks, said alone
    ("French please", "change_language"),
    ("Polish", "change_language"),
    ("Welsh please dear", "change_language"),
    ("do you do Italian", "change_language"),
    # round 2
    ("the receptionist said quarter to eleven for me, I'm a touch early", "check_in"),
    (
        "my carer rang up and booked me in for this afternoon to see about the house sale",
        "check_in",
    ),
    ("he told me to come in at ten for the ISA review, I'm here now", "check_in"),
    ("your colleague said three o'clock for my will papers", "check_in"),
    ("can I have one of those joint accounts for me and my husband", "open_account"),
    ("I'm after one of those basic accounts for my pension", "open_account"),
    ("tell me about the bonds, my brother says they pay well", "explain_product"),
    ("tell me about your ISAs, my friend reckons I should have a look at them", "explain_product"),
    ("German please", "change_language"),
    ("have you got Spanish", "change_language"),
    ("Portuguese", "change_language"),
    # round 2: round eight's left-over appointment
    ("they told me to come in at ten, I've got an appointment about my pension", "check_in"),
    # round 3
    ("could you go a bit slow for me, I'm not quick these days", "slower"),
    ("slow down a touch", "slower"),
    ("you're talking slow enough but it's too quiet", "louder"),
    ("I'd like one of those contactless cards", "open_account"),
    ("Romanian please", "change_language"),
    ("the lady on the phone said twenty past two, I'm here for that", "check_in"),
    ("I have to see Mr Jones at ten, he said to ask for him here", "check_in"),
    # round 4: an account of one's own after a death; the app as "the phone thing"; the bank
    # missing from a new phone
    ("my husband died last month and now I need a bank account of my own", "open_account"),
    ("since my wife went I need an account just in my name", "open_account"),
    ("everything was in his name, I need my own account now he's gone", "open_account"),
    ("how can I see my money on the tablet thingy", "mobile_banking_help"),
    (
        "my daughter got me a new mobile and the bank's not on it, how do I get it on",
        "mobile_banking_help",
    ),
    ("I've a new phone and the banking thing isn't on it", "mobile_banking_help"),
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_everyday_talk_is_left_alone(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize("text", SCAMS)
def test_scams_are_offered_the_check(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), REQUESTS)
def test_requests_are_understood(text: str, intent: str) -> None:
    assert offered("en", text) == intent
