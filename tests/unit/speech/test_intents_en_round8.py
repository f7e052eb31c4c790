"""English, round eight: final9's misses by class (no Qt).

Issue 11 §7 (docs/design/0062-en-round-eight.md). final9 (now a tuned set) read
English 144/156: 6 of 32 everyday sentences taken, 1 scam missed, 5 requests
missed. Its misses were read by class; for each class the sentences below were
written first, in other words and situations, run once, and only then was the
class fixed. First contact (off-topic left alone, scams offered the scam check,
requests given their task), before each round's own fixes:

* round 1 (final9's classes): off-topic 24/35 (other people's doings named
  "Jean's grandson" or "the man across the road" 8/12, the customer's own games
  of chance 5/6, buses and trains 5/6, the code of a door or a locker 4/6, remarks
  on the queue 2/5); scams 7/9 (a free trial that keeps taking money 2/4, guards
  5/5); requests 13/19 (a meeting at a time, a product asked about with who
  suggested it, a language the kiosk lacks, "not that one, take me back");
* round 2 (the same classes, after round 1's fixes): off-topic 17/21, scams 8/8,
  requests 12/14;
* round 3 (the customer's own everyday doings told with a bank word: paid cash
  for a fridge, a pension book kept in a tin, glasses lost and found): off-topic
  10/15, requests 5/5.

After the fixes, guards written and run once: third-person scams told with only
a caution's words 10/10 (9/10 before a romance word was added); scams told with
this round's new neutral words 8/8; plain requests 6/6. A problem brought for
someone named first ("the wife's card got stuck in your machine", "dad's card
…") was `unknown` on the first version of the new openings (lost_card before
them): 0/2, then 3/3 with "my husband's …" once a problem word ("stuck",
"declined", "not working" …) counts as an ask.

Left out and named in the ADR: "my sister put her savings into a cruise, mind
you she deserves it" and a gardener who "only wants paying in cash" (a caution
or the "someone said … money" rule outranks a report: letting a report outrank a
caution missed 3 of the 10 third-person scams), and "they told me to come in at
ten, I've got an appointment about my pension" (read as a scam with check_in as
the second button: covering "told me to" would miss "someone rang and told me to
come in today and withdraw my pension in cash").
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.reports import Reports

OFF_TOPIC = [
    # round 1: other people's doings, named by a possessive or "the man across the road"
    "Maureen's husband bought a caravan with his redundancy money, they're off to Cornwall",
    "the lady next door had her kitchen done, cost her a fortune",
    "our vicar's wife runs the card shop on the high street now",
    "Dave's daughter works for a bank down in London, doing ever so well",
    "the postman's son got a loan for a van, he's a plumber now",
    "Betty's lad raised two thousand pounds for the church roof",
    "the man across the road paid off his mortgage at fifty, lucky devil",
    "Sheila's son-in-law moved his savings to one of them online banks",
    "my grandson spends every penny on trainers, I must say",
    "our Kevin's girlfriend has three credit cards, I ask you",
    "the young couple upstairs opened a cafe, I hope it does well for them",
    # round 1: the customer's own games of chance
    "I do the lottery every Saturday and I've never won a penny",
    "we play bingo on a Thursday at the church hall, I won twenty pounds once",
    "they had the big draw on the telly and none of my numbers came up",
    "she buys scratch cards every week and never wins a thing",
    "I won a bottle of sherry in the raffle at the golden club",
    "the Christmas raffle at the legion, I never win, not once in thirty years",
    # round 1: buses and trains
    "do I get off at the next stop for the market",
    "is that the right bus for the hospital, the seventy one",
    "I change at the bus station for the number nine, does that one go past the park",
    "which platform is it for the Leeds train, is it this one",
    "my bus pass doesn't work on the tram before half nine",
    "the driver said this one terminates at the depot so I had to get off",
    # round 1: the code of a door, a gate, a locker
    "is there a code for the toilets or can I just go in",
    "the allotment gate has a new code and I keep forgetting it",
    "they gave me a code for the door at the doctor's surgery",
    # moved to test_intents_scam_0140.py (ADR 0140)
    "what's the wifi code in here, my phone won't connect",
    "my niece put a code on the key safe for the carers",
    # round 1: remarks on the queue while in it
    "this queue's not moving very fast is it",
    "I hope I'm not waiting long, my bus is at quarter past",
    "there's always a queue in here on pension day",
    "the queue at the post office was right out the door this morning",
    "I've got a dentist appointment at three so I hope this line hurries up",
    # round 2
    "Harold's wife has gone into a home, he sold the house to pay for it",
    "the woman in the flat below keeps all her money under the mattress, daft really",
    "our Tracy's husband lost his job at the bank when they shut the branch in town",
    "the couple next door are always off on cruises, where they get the money I'll never know",
    "Mrs Patel's grandson is a manager at one of them big banks now",
    "the vicar's appealing for money for a new organ, would you believe it",
    "Brian's brother got his card stuck in the machine at the garage last week",
    "I've had premium bonds since nineteen seventy and won fifty pounds once",
    "we had a sweepstake on the Grand National at the club and I picked a donkey",
    "the bingo caller at the Mecca has retired, they've got a young lad now",
    "I won the tombola at the summer fete, a tin of biscuits",
    "is this the stop for the Co-op or is it the next one",
    "I've to change at Crewe for the Chester train, is that one on time",
    "the number six doesn't stop at the hospital any more, does it",
    "the new door at the day centre has a keypad and nobody told me the code",
    "my son set a code on the alarm and I can't remember it for the life of me",
    "what's the code for the car park barrier, the man said it's on a sign",
    "the line's not going anywhere is it, I'll be here all day",
    "there's always a long queue in here on a Monday morning",
    "I see the queue's going down now, thank goodness",
    # round 3: the customer's own everyday doings told with a bank word
    "I paid cash for my new fridge and they delivered it the very same day",
    "I've been saving the coupons from the paper for a free teapot",
    "we put a bit by every week for the grandchildren's Christmas presents",
    "I always pay my paper bill on a Friday when the boy comes round",
    "I lost my glasses on the bus yesterday, found them in my coat pocket",
    "I had to queue for forty minutes at the chemist for my tablets",
    "my card club meets on a Tuesday, we play whist for pennies",
    "I got a lovely statement necklace from the market for a fiver",
    "I've booked the coach trip to Blackpool for the illuminations",
    "I opened the window and the cat got out, took me an hour to find him",
    "I keep my pension book in the biscuit tin, old habits",
    "I changed my mind about the carpet, I'm having the blue one",
    "the interest on my crossword book is the only thing keeping me sane",
    "I'll transfer the plants to bigger pots when it warms up",
    "we used to get paid in cash in a little brown envelope every Friday",
]

SCAMS = [
    # a free trial or a sample for the postage that keeps taking money (rounds 1 and 2)
    "I sent off for a free sample of face cream and now they take forty pounds off me every month",
    (
        "I answered an advert for a trial of hearing pills, only paid the postage, now they keep "
        "charging my card"
    ),
    "the free trial said cancel any time but they won't stop taking money from my account",
    (
        "a company on the telly offered free vitamins for postage and now there's a payment going "
        "out every month I never agreed to"
    ),
    (
        "I sent for a sample of anti-wrinkle cream from an advert and they keep taking money "
        "every month"
    ),
    (
        "there was a free trial of a diet pill on facebook, I paid the postage and now fifty "
        "pounds goes out each month"
    ),
    "I tried to cancel this trial offer but they won't let me cancel and keep charging my card",
    # guards: a report's opening never hides a scam sign (rounds 1 and 2)
    "a man rang and said I'd won the lottery but I had to pay a fee first",
    "they said I'd won a prize draw I never entered and wanted my card details",
    "someone rang and asked me to read out the code they sent me",
    "the neighbour's son said he'd invest my savings and double my money in a month",
    "Jean's grandson asked me to give him my pin so he could do my shopping",
    "the neighbour's lad rang and said he's in trouble and needs me to send money tonight",
    "Jean's son-in-law said he could double my savings if I give him my card",
    "the man next door asked for my pin so he could fetch my pension",
    "a lady rang saying I won a prize draw and I just have to pay the postage to get it",
    "the man from the wine company said my money would double in a year",
    # guards: someone else's scam told with only a caution's words
    "my sister says a man keeps phoning her about her pension",
    "my friend gave a man at the door her savings for a new roof",
    "our Jean's new boyfriend from the internet keeps asking her for money",
    "the lady next door lent her cash to a man who said he was a policeman",
    "my brother's had a text saying he owes a fine for his car",
    "my neighbour keeps getting calls from someone about her bank card",
    "my daughter says somebody is using her card online",
    "Margaret's husband paid a company to get his money back from a scam",
    "my son thinks a woman online wants his savings",
    "the man upstairs gave his card to a stranger who said he'd help",
    # guards: this round's neutral words (scratch cards, key safe, bus station, free trial)
    "he told me to buy scratch cards at the post office and read him the numbers on the back",
    "a man rang pretending to be from the care agency and asked for the code to the key safe",
    "a chap at the door said the roof needs doing and he wanted it paid cash up front",
    (
        "a man on the phone said he was from the bank and my card was cloned, he wants me to read "
        "him the code"
    ),
    (
        "someone rang from the bank and said I must move my savings, the bus station is where I'd "
        "meet their courier"
    ),
    "a woman in the queue said she'd help me with the machine if I told her my pin",
    "my online boyfriend says he needs money for a plane ticket to come and see me",
    (
        "they rang and said I'd won a free trial holiday but I have to give my card details for "
        "the postage"
    ),
    "someone rang and told me to come in today and withdraw my pension in cash",
]

REQUESTS = [
    # round 1
    (
        "my neighbour's son said I should open a savings account, can you help me with that",
        "open_account",
    ),
    ("the lady at the desk said I need to take a ticket", "take_ticket"),
    ("my husband's card got swallowed by your machine outside", "lost_card"),
    ("I'd like to join the queue for the counter", "take_ticket"),
    ("we've come for the half past ten about my mother's estate", "check_in"),
    ("I'm booked in at eleven to sort out my wife's account now she's gone", "check_in"),
    ("we have a meeting at three with someone about dad's will", "check_in"),
    ("what is a bond, my son thinks I should get one", "explain_product"),
    ("what's a fixed rate saver, the paper says they're good", "explain_product"),
    ("I'm hopeless with these machines, could somebody come and help", "call_staff"),
    ("is there a real person I can talk to, I can't work this thing", "call_staff"),
    ("I don't get on with touch screens, can someone help me", "call_staff"),
    ("can you do it in Polish", "change_language"),
    ("have you got this in Urdu", "change_language"),
    ("your branch told me to come in at ten for my mortgage review", "check_in"),
    ("can you change the phone number to my son's", "update_details"),
    ("not that one, take me back", "back"),
    ("yes that one", "yes"),
    ("I want to stop, that's enough", "stop"),
    # round 2
    ("the young man at the door said to take a ticket for the counter", "take_ticket"),
    ("my wife's card was stolen on the bus this morning", "lost_card"),
    (
        "Sheila's husband passed away and I'm helping her with his accounts, can we see someone",
        "call_staff",
    ),
    ("what's a premium bond, my grandson says they're a good idea", "explain_product"),
    ("what is an annuity, the man on the radio was going on about them", "explain_product"),
    ("we're here for our eleven o'clock meeting with the adviser", "check_in"),
    ("I've got a meeting at half past with someone about my mother's estate", "check_in"),
    ("could I have it in French please", "change_language"),
    ("do you have it in Punjabi", "change_language"),
    ("I'm not very good with these screens, is there anyone who can help", "call_staff"),
    ("no, go back to the last page", "back"),
    ("is this the queue for the cashier", "take_ticket"),
    ("can I have a card for my wife on my account as well", "open_account"),
    # round 3, and plain requests beside this round's new words
    ("I need some cash out of my account please", "take_ticket"),
    ("I want to pay some money into my savings", "take_ticket"),
    ("I've lost my card somewhere in town", "lost_card"),
    ("I've moved house and need to change my address", "update_details"),
    ("I'd like to open a savings account for my grandson", "open_account"),
    ("I'd like to book an appointment for next week", "check_in"),
    ("I've got my booking reference here", "check_in"),
    ("I lost my card on the bus", "lost_card"),
    ("I want to take some cash out", "take_ticket"),
    ("what's an ISA", "explain_product"),
    ("can you tell me about your savings accounts", "explain_product"),
    # a problem brought for someone else named first (the new openings' own cost, then fixed)
    ("the wife's card got stuck in your machine", "lost_card"),
    ("dad's card got stuck in the machine outside", "lost_card"),
    ("my husband's card got stuck in the machine", "lost_card"),
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


def test_someone_else_named_first_opens_a_report() -> None:
    reports = Reports(["my son"], ["me", "i", "can you"], people=["grandson", "man", "lady"])
    assert reports.is_report("jean's grandson made an app")
    assert reports.is_report("the man across the road paid off his mortgage")
    assert reports.is_report("mrs patel's grandson is a manager")
    assert reports.is_report("our vicar's lady runs the shop")
    assert not reports.is_report("jean's grandson made me an app")  # the customer in it
    # a contraction is no owner: "there's a man", "what's a"
    assert not reports.is_report("there's a man at the door")
    assert not reports.is_report("that's my grandson")
    assert not reports.is_report("jean's card was swallowed")


def test_an_aside_is_no_ask() -> None:
    reports = Reports(
        ["my son"], ["i", "can you"], people=["boy"], asides=["i ask you", "can you believe it"]
    )
    assert reports.is_report("the neighbour's boy paid cash for a car i ask you")
    assert reports.is_report("my son bought a boat can you believe it")
    assert not reports.is_report("my son bought a boat can you help i ask you")
    # without asides nothing changes
    assert not Reports(["my son"], ["i"]).is_report("my son bought a boat i ask you")
