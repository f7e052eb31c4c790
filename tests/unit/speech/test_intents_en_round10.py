"""English, round ten: final11's misses by class (no Qt).

Issue 11 §7 (docs/design/0069-en-round-ten.md). final11 (now a tuned set for
English) read 145/156 at its one run: 1 scam missed, 6 of 32 everyday
sentences taken, 4 requests missed. Its misses were read by class; for each
class the sentences below were written first, in other words and situations,
run once, and only then was the class fixed. First contact (off-topic left
alone, scams offered the scam check, requests given their task):

* round 1 (final11's classes, before any fix): off-topic 12/19 (something
  lost that is no card 3/7, a booking elsewhere 3/4, a yes word in a long story
  2/3, everyday senses of bank words 4/5); scams 7/8 (impersonation by message
  4/5, guards 3/3); requests 13/24 (a new number told as the old one failing
  1/3, a card beside the passbook 1/3, a body that cannot use the kiosk 0/4,
  "from the top" 0/2; guards 11/12: "could I get some help, I can't use this
  machine" was unknown before the round too);
* round 2 (the same classes, after round 1's fixes): off-topic 10/13 (a card
  shop's cards pinched, a caller's unknown number read as a queue number, a
  library's waiting list), scams 5/5, requests 16/17 ("can someone do this for
  me" with no part of the kiosk named), then all;
* round 3 (guards after round 2's fixes: scams told with a loss word, an
  unknown number or a pretence; requests the lost-card rule must keep; talk in
  the new words): 20/21;
* round 4 (everyday senses of bank words and the new classes, written at the
  end, run once): 12/17 (main: 11/17); after lowering ``answer_words`` from 10
  to 8 ("the nurse was sure it was nothing, just a bruise") and listing a
  return on a day as no screen back ("go back tomorrow"), 14/17.

Left out and named in the ADR: "I'm reading a lovely book about the war at the
moment" (check_in: "book", "booked" and "booking" trim to one token, so the
noun cannot be told from the verb by a list) and "she's sure she left the gas
on, so we had to turn round and go back" (back: a screen command inside a long
story, round 3's one miss; the length rule covers yes and no only); round
4's "the council put out a statement about the bin collections, changing to
fortnightly" (change_language), "the hotel wanted a card number to hold the
room, so my daughter did it online" (a scam's signs: online + card number +
wanted) and "I've got in a muddle, can we go back to the very start"
(call_staff over home).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offered_reading import offered

from kiosk.core.errors import ContentError
from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.cues import load_cues
from kiosk.speech.intents.reports import Reports

OFF_TOPIC = [
    # something lost or gone missing that is no card, wallet or purse
    "I've lost my reading glasses again, they were on my head the whole time",
    "the budgie's gone missing, my grandson left the cage open",
    "somebody's stolen the gnome off my front step, can you believe it",
    "I can't find my car in the multi-storey, I've been round twice",
    "I missed the bus by a minute and the next one isn't for half an hour",
    "my neighbour's tortoise has disappeared from the garden again",
    "I've mislaid the instructions for the new kettle",
    # a booking or a list somewhere that is no bank
    "I've booked the chiropodist for Tuesday, my toes are killing me",
    "they've put me on the waiting list at the library for the new Ann Cleeves",
    "I've got my name down for the coach trip to Bath with the church",
    # a yes or no word inside a long story that answers nothing
    "of course the lad at the chippy forgot my mushy peas again, third time this month",
    "no wonder the buses are late, they've dug up the whole high street for the new pipes",
    "the woman in the post office was sure I'd sent it second class but I hadn't",
    # everyday senses of bank words
    "I had to change trains at Crewe and the transfer took ages with my bad leg",
    "my sister saves the silver foil from the chocolates in a tin for the church",
    "he says it's for his allotment shed, all that wood he's piling up in the yard",
    "they gave me the wrong change at the café and I only noticed when I got home",
    "my husband gave a long account of the war to the schoolchildren, they loved it",
    # round 2 (written after round 1's fixes): talk in the new rules' words
    "my grandson's teddy went missing at the park and he cried all the way home",
    "someone pinched the last of the Christmas cards off the shelf in the card shop",
    "my neighbour's in a wheelchair now and the buses are a nightmare for her",
    "the screen on my telly has gone all fuzzy since the storm",
    "a number I didn't recognise rang twice during my dinner, I didn't pick up",
    "my granddaughter was pretending to be a doctor with her toy kit all afternoon",
    "I left my brolly behind on the train yesterday, third one this year",
    "my arthritis is terrible in this cold weather, my knees are killing me",
    "the library has a waiting list as long as your arm for that new thriller",
    "I'm sure it'll rain this afternoon, it always does when I hang the washing out",
    "the lad at the paper shop is sure the football will be cancelled again this weekend",
    "I can't find my other glove anywhere, I must have dropped it in the park",
    "my wife keeps the buttons off old shirts in a biscuit tin, you never know",
    # round 3 (guards, written after round 2's fixes)
    "my husband says the whisky he got for Christmas is the best he's had in years",
    "I lost at bingo again last night, not a single line",
    "the vet says the dog's stroke wasn't serious, thank goodness",
    "my grandson's new phone has a screen as big as a tea tray",
    # round 4 (everyday senses of bank words, written at the end and run once)
    "my husband takes no interest in the garden, it's all left to me",
    "the deposit on the hired hall for the wake was more than the flowers",
    "I keep all the change from my purse in a jar for the grandchildren's holidays",
    "the doctor says my balance will come back once the ear infection clears",
    "I've put my name down for the lunch club on Wednesdays",
    "my brother lost his wallet in Spain once and had a terrible time",
    "our church does a collection for the food bank every Sunday",
    "the pharmacist couldn't find my prescription so I have to go back tomorrow",
    "the nurse was sure it was nothing, just a bruise",
    "I've lost track of what day it is since the clocks went back",
]

SCAMS = [
    # impersonation by message, money asked
    "I got a text pretending to be from my old friend Margaret "
    "asking me to lend her three hundred pounds",
    "someone on WhatsApp posing as my late brother's neighbour "
    "wants me to send him money for a taxi",
    "a message came from a number I don't recognise saying it's "
    "my nephew and he needs five hundred",
    "a woman emailed claiming to be my cousin from Canada and asked me to wire her two thousand",
    "a number I'd never seen texted me, making out he was my "
    "son's friend, wants to borrow a hundred quid",
    # guards: other scams that must stay
    "a man rang saying he was from the bank and wanted me to move my savings to a safe account",
    "she says it's for her visa, this girl I met online, and I'm to send her eight hundred",
    "a caller said my grandson was in hospital and I need to transfer money right away",
    # round 2
    "a message on my phone from someone pretending to be my vicar asking for a loan until Friday",
    "I had a text from a strange number saying it was my "
    "granddaughter and could I send her money for a new phone",
    "somebody posing as my old boss on Facebook wants me to buy gift vouchers for him",
    "a withheld number rang and said I owe money to the tax office",
    "an email claiming to be from my sister said she was stuck abroad and needs two hundred pounds",
    # round 3: scams told with a loss word, an unknown number, a pretence
    "a man rang to say my card had been stolen and I should read him my PIN so he could stop it",
    "the caller said my money had gone missing from my account "
    "and I must move the rest to a safe account",
    "a text from an unknown number says I've won a prize and need to pay a fee to get it",
    "someone messaged pretending to be the bank and asked for my card details",
    "a lady on the phone said she was from the council and I owe them three hundred pounds today",
]

REQUESTS = [
    # a new phone number told as the old one not working
    (
        "I've changed networks and my old number doesn't work, can you put the new one on",
        "update_details",
    ),
    ("the old mobile number you have for me has stopped working", "update_details"),
    (
        "I've a different phone now so the texts from you need to go to the new one",
        "update_details",
    ),
    # a card wanted beside what the customer has
    (
        "I've always used the book but my daughter thinks I should get a card as well",
        "open_account",
    ),
    ("I've never had a bank card, could I get one", "open_account"),
    ("I'd like a debit card too, I only have the savings book", "open_account"),
    # a body that cannot use the kiosk asks for a person
    ("my hands shake too much to press the buttons on this screen", "call_staff"),
    ("I can't stand up for long enough to use this machine, is there someone", "call_staff"),
    ("I'm on crutches and can't get near enough to the screen", "call_staff"),
    ("the screen is too high for me in my chair", "call_staff"),
    # back to the beginning, said another way
    ("take it back to the top", "home"),
    ("can we go from the top again", "home"),
    # requests the new rules must not break
    ("I've lost my bank card", "lost_card"),
    ("my purse was stolen on the market this morning", "lost_card"),
    ("I can't find my card anywhere", "lost_card"),
    ("I've been mugged and they took everything", "lost_card"),
    ("the machine outside swallowed my card", "lost_card"),
    ("I'd like to book an appointment to talk about my mortgage", "check_in"),
    ("I've got an appointment at three", "check_in"),
    ("yes", "yes"),
    ("yes please that's right", "yes"),
    ("no thank you, not that one", "no"),
    ("I need to change my address", "update_details"),
    ("could I get some help, I can't use this machine", "call_staff"),
    # round 2
    ("someone nicked my wallet on the bus with both my cards in it", "lost_card"),
    ("my handbag went missing in the supermarket", "lost_card"),
    ("I think my card's been stolen", "lost_card"),
    ("I can't find my purse and my card was in it", "lost_card"),
    ("I've left my card somewhere and I can't remember where", "lost_card"),
    ("I've had to get a new phone and the number's different now", "update_details"),
    ("my old number has stopped working so please take it off", "update_details"),
    ("I've only ever had the book, could I have a card too", "open_account"),
    ("I've got arthritis in my fingers and I can't press these buttons", "call_staff"),
    ("I can't reach the keypad from my wheelchair, could somebody help", "call_staff"),
    ("my hands shake with the Parkinson's, can someone do this for me", "call_staff"),
    ("go back to the top please", "home"),
    ("start again from the top", "home"),
    ("yes that's right", "yes"),
    ("no, that's not what I want at all", "no"),
    ("I've an appointment at eleven with the mortgage adviser", "check_in"),
    ("I booked online to see someone about my savings", "check_in"),
    # round 3
    ("my wallet's been pinched", "lost_card"),
    ("I can't find my bank card, I've looked everywhere", "lost_card"),
    ("somebody's taken my bag with my cards in it", "lost_card"),
    ("I've been pickpocketed on the high street", "lost_card"),
    ("the cash machine kept my card", "lost_card"),
    ("I dropped my purse somewhere in town", "lost_card"),
    ("I'm partially sighted and in a wheelchair, I can't use this machine at all", "call_staff"),
    ("can I speak to a real person please", "call_staff"),
    ("the writing on the screen is too small for me to read", "bigger_text"),
    ("I've moved house and need to give you my new address", "update_details"),
    ("I'd like to open a savings account", "open_account"),
    # round 4
    ("I've had my card stolen", "lost_card"),
    ("my wallet has disappeared and my debit card was in it", "lost_card"),
    (
        "I'm blind in one eye and my wheelchair won't go near the machine, I need a person",
        "call_staff",
    ),
    ("my mobile's changed, the old number is no good now", "update_details"),
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


def test_a_yes_or_no_longer_than_its_words_answers_nothing() -> None:
    reports = Reports([], [], answer_words=4)
    assert reports.is_too_long_to_answer("the lady at the till was sure of it")
    assert not reports.is_too_long_to_answer("yes that's the one")
    assert not Reports([], []).is_too_long_to_answer("the lady at the till was sure of it")


@pytest.mark.parametrize("value", ["ten", "-1", "true"])
def test_answer_words_that_is_no_whole_number_names_the_field(tmp_path: Path, value: str) -> None:
    cues = tmp_path / "cues.yaml"
    cues.write_text(
        "locale: en\nintents: {}\n"
        f"reports: {{openings: [they say], asks: [i], answer_words: {value}}}\n",
        "utf-8",
    )
    with pytest.raises(ContentError) as error:
        load_cues(cues, "en")
    assert error.value.field == "reports.answer_words"


@pytest.mark.parametrize(
    "text",
    [
        "of course, my sister's lad fixed the gate with a bit of string and it fell off again",
        "the girl at the chemist was sure my prescription had gone to the other branch",
    ],
)
def test_a_long_story_with_a_yes_word_is_no_answer(text: str) -> None:
    assert offered("en", text) == UNKNOWN
