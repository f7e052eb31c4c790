"""English: sentences that tell the world, not ask the kiosk (no Qt).

Written fresh before the fix (issue 11 §7, ADR "reports"), run once, then kept:
40 things an older customer says in a branch that ask for no task, 20 scams told
by victims who do not believe it, and requests told as stories by or about
family. First contact: 6 of 40 off-topic sentences were offered a task
(take_ticket, update_details, open_account, explain_product, fraud_check), 1 of
20 scams missed (a romance told without "met online"). A sentence that opens as
a report (``cues.yaml`` ``reports``: "my grandson …", "they say …", "I remember
…") and asks nothing after it is now understood as no request; scam signs and
cautions are read first. None is a copy of a ``tests/data`` sentence.
"""

from __future__ import annotations

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN, matcher_for
from kiosk.speech.intents.reports import Reports

OFF_TOPIC = [
    "Lovely weather we're having today, isn't it",
    "My granddaughter just had a baby boy last week",
    "Did you see the news about the floods up north",
    "Is there a post office near here",
    "Where can I get a cup of tea around here",
    "My husband used to work in a bank like this one",
    "I'm waiting for my son, he's parking the car",
    "The buses are always late on a Sunday",
    "Do you know what time the pharmacy closes",
    "The price of bread has gone up again",
    "My daughter moved to Australia last year",
    "I remember when you had to queue for an hour in here",
    "Is the library open on Saturdays",
    "My knees are killing me today",
    "They say interest rates might go up next month",
    "My neighbour's cat got stuck up a tree",
    "I used to bank with the Co-op years ago",
    "Have you got a toilet I could use",
    "My grandson is going to university in September",
    "I heard the branch on the high street is closing down",
    "Can you tell me where the bus stop for the hospital is",
    "I need to renew my passport at some point",
    "My doctor says I should walk more",
    "The football was terrible on Saturday",
    "I've just been to the supermarket and it was packed",
    "My sister's got a new card from the council for the bus",
    "Where is the nearest cash point that isn't in a bank",
    "Is it going to rain this afternoon do you think",
    "My son says the stock market is up this week",
    "We went to the seaside for my birthday",
    "I'm just sitting down for a minute to rest my legs",
    "Is the car park free for customers",
    "The queue at the doctor's surgery was awful this morning",
    "My wife does all the banking usually",
    "I saw on the telly that banks are closing branches everywhere",
    "My friend lost her purse on the bus yesterday",
    "Do you sell stamps here",
    "My grandson opened an account for his savings at school",
    "Thank you dear, you've been very helpful",
]

# A second batch, written after the fix and run once (5 offered on the old code, 1 then:
# the reminiscence, fixed by ``memories``).
OFF_TOPIC_SECOND = [
    "my son opened a new account online last month",
    "My brother-in-law took out a loan for a boat and regretted it",
    "They reckon the new cash machines will replace all the staff",
    "My wife always said I should keep more in savings",
    "My neighbour changed banks because of the charges",
    "I remember opening my first account here in nineteen sixty two",
    "The papers say savings rates are terrible at the moment",
    "My friend's husband passed away and she's in a terrible state",
    "Did you hear they're putting a new roundabout in by the church",
    "My grandson works in a bank in London you know",
    "I heard the post office does banking now",
    "Is the cafe next door any good",
    "My niece is getting married in June",
    "My son transferred some money to his wife's account yesterday",
    "I see the queue at the butcher's is out the door again",
    "My sister has a pension with another company",
    "They say you can't trust anyone on the phone these days",
]

# The customer's own past (a task word in a "when …" clause) and questions about
# the world: written and run once before ``memories``/``wishes`` (9 of 20 offered).
MEMORIES_AND_WONDERS = [
    "When I opened my account here in the seventies the manager knew everyone by name",
    "Since they closed the branch in town I have to get two buses",
    "Before I retired I used to pay in the takings for the shop every day",
    "After my husband died I had to learn to do all the money myself",
    "Ever since they took the cheque books away nobody writes letters",
    "Back when we had pass books you'd queue round the corner",
    "When the cash machine first came in I was frightened of it",
    "Do banks still give out calendars at Christmas",
    "Why do banks charge so much these days",
    "Is it true the pound is going down",
    "How do the cash machines know how much money is in them",
    "Do you think interest rates will ever go back up",
    "Are banks open on bank holidays these days",
    "Who decides what goes on the new bank notes",
    "Whatever happened to the old ten shilling note",
    "Is it true they're getting rid of cash altogether",
    "Are the new plastic fivers safe in the wash",
    "Do you get many people coming in on a Monday",
    "How long have you worked here love",
    "Was this building always a bank",
]

SCAMS = [
    "A nice man from the bank rang and said my account was hacked"
    " so I need to move everything to a safe account he set up",
    "The police phoned and asked me to take out cash to help them catch a dishonest cashier",
    "My grandson texted from a new number saying he lost his phone"
    " and needs five hundred pounds for rent",
    "A lady from Microsoft said my computer had a virus and I had to pay to fix it",
    "I met a lovely man online and he needs money for a plane ticket to come and see me",
    "Someone from HMRC says I owe tax and will be arrested unless I pay today with gift cards",
    "A company rang to say I've won a prize but I must pay a fee first to release it",
    "A man at the door said my roof needs urgent repairs and wants cash up front",
    "My bank called and read out the code they sent me so I gave them the rest of it",
    "An investment chap says I can double my pension in bitcoin if I send it this week",
    "I got a text saying my parcel couldn't be delivered and I put my card details in",
    "A man from Amazon said someone bought an iPhone on my account"
    " and I need to let him on my computer to refund it",
    "The energy company said I'm due a rebate and just need to confirm my card number",
    "My daughter messaged on WhatsApp from a new phone asking me to pay a bill for her urgently",
    "A solicitor wrote saying a distant relative left me money"
    " and I need to pay the legal fees first",
    "Someone from the council says I'm owed a refund on my council tax if I give my bank details",
    "The bank's fraud team told me not to tell the staff here why I'm taking the money out",
    "A courier is coming to collect my bank card because the bank said it's been cloned",
    "My new friend from Facebook needs help paying customs fees on a parcel he sent me",
    "The man on the phone said he's from the police and my money isn't safe in this branch",
]

# Requests that open like a report but involve the customer, or ask.
REQUESTS = [
    ("Do you think that letter I got was a scam", "fraud_check"),
    ("I've moved house so I suppose I'd better tell you my new address", "update_details"),
    ("The machine outside kept my card this morning and I'd like it back", "lost_card"),
    ("My card's gone missing, I think I left it in a shop", "lost_card"),
    ("I want to open a savings account for my great granddaughter", "open_account"),
    ("I need to change my phone number with you", "update_details"),
    ("I'd like help using the app on my phone", "mobile_banking_help"),
    ("My daughter booked me in to see someone this afternoon", "check_in"),
    ("My son set up the banking app for me but I can't get into it", "mobile_banking_help"),
    ("My grandson needs a bank account for his first job", "open_account"),
    ("I heard you do savings accounts, what are they like", "explain_product"),
]


@pytest.mark.parametrize("text", OFF_TOPIC + OFF_TOPIC_SECOND + MEMORIES_AND_WONDERS)
def test_talk_that_asks_for_no_task_is_offered_none(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize("text", SCAMS)
def test_a_scam_told_by_a_believer_is_checked(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), REQUESTS)
def test_a_request_that_opens_like_a_report_still_finds_its_task(text: str, intent: str) -> None:
    assert offered("en", text) == intent


def test_a_report_needs_its_opening_and_no_ask_after_it() -> None:
    reports = Reports(["my son", "they say"], ["me", "i need"])
    assert reports.is_report("my son moved to leeds")
    assert not reports.is_report("my son moved so i need to change his address")
    assert not reports.is_report("my son made me a booking")
    assert not reports.is_report("the weather is lovely")  # no opening
    assert not reports.is_report("i hear my son")  # an opening counts only at the start


def test_a_memory_may_say_i_and_my_but_not_wish() -> None:
    reports = Reports(["my son"], ["me", "my"], memories=["back when"], wishes=["i need"])
    assert reports.is_report("back when i opened my account the manager knew me")
    assert not reports.is_report("back when i opened my account so now i need a new card")


def test_every_locale_has_a_reports_table() -> None:
    # zh_CN and ko opted in in round eight (docs/design/0063-cjk-round-eight.md).
    assert matcher_for("en").cues.reports is not None
    assert matcher_for("zh_CN").cues.reports is not None
    assert matcher_for("ko").cues.reports is not None
