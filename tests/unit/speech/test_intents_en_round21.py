"""English, round twenty-one: other offices' errands, the customer's own loan, bookings with others.

Issue 11 §7 (docs/design/0123-en-round-twenty-one.md). On main at the start of this round
English read final23 151/156 (0 scams missed, 2 of 32 off-topic taken), probe16 294/304
(0, 5 of 120) and probe17 300/304 (0, 2 of 120). The sentences below were written first, in
other words and situations than any test set, and run once before any fix.

Classes (what a person hears):
- (a) another organisation's card, letter, code, app or phone menu, or someone else's mishap
  told as news, asking nothing of the bank -- talk; the bank's own card, letter or app and a
  real request in the same words stay their task; a code or an app a caller asks for stays a
  scam;
- (b) the customer's own borrowing and gifts -- the queue (or what a loan is); a stranger or a
  caller who wants them to borrow, a friend's account named in trouble, stay a scam;
- (c) a booking made by someone else, shared, or told after another place -- check_in; a
  person asked for by name -- call_staff;
- (d) products and accounts in other words (a lifetime mortgage seen in adverts, savings locked
  away, a regular saver, a grandchild's own card) -- their task; small talk to the kiosk and a
  memory of the years banked here -- talk.

First contact (main a2b0041, before any fix): 31/39 right of written -- (a) 16/17 (the bank's
own texted code read fraud_check, [code, text]), (b) 7/8 (twenty pounds into a niece's account
read open_account, "account for her"), (c) 3/6 (a couple's appointment at "half two" was
shapeless, the optician's vetoed check_in, a cruise booked by a son read check_in), (d) 5/8
(a regular saver read nothing, a seventeen-year-old grandson's own card a caution, the years
banked here open_account). AFTER_THE_FIX (scams told with the round's new neutral and task
words, requests and talk beside them) were written after the fix. Now: all pass but three
strict xfails, left (the bank's texted code, the niece's account, the optician's).
"""

from __future__ import annotations

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import UNKNOWN

# (a) Another organisation's card, letter, code, app or phone menu, or someone else's mishap told
# as news, asking nothing of the bank: talk.
OTHER_OFFICES_TALK = [
    "the council sent my new bus pass and they've got my date of birth wrong, I'll ring them",
    (
        "the hospital gave me a code at the front desk so I can see my test results on their "
        "website, I haven't tried it yet"
    ),
    "the chemist has an app for ordering tablets now, my daughter showed me but I still walk down",
    "when I ring the chemist it's press one for this and two for that, I never get a real person",
    (
        "my sister had her handbag snatched outside the post office last week, the poor thing is "
        "still shaken"
    ),
    "our neighbour's car got broken into on Sunday, they took his satnav and his sunglasses",
    (
        "there was a fireman at the post office, lovely young fella, he's the one who came and "
        "fitted my smoke alarm"
    ),
    "my grandson spends all day on his tablet building houses in that block game, he showed me",
    "the electric company wrote to say my meter reading was wrong, I'll phone them about it",
]
# (a) The bank's own card, letter, code or app, and a real request in the same words: the task.
OWN_BANK_REQUESTS = [
    ("your letter has my address wrong, can I change it on my account", "update_details"),
    ("my card was stolen at the races yesterday, can you stop it please", "lost_card"),
    ("can I speak to a real person please, not a machine", "call_staff"),
]
# (a) A code, an app or a number asked for by a caller, whoever they say they are: a scam.
OTHER_OFFICES_SCAMS = [
    "a man rang saying he was from the surgery and asked for the code they'd just texted me",
    "someone from the phone company called and wants me to put an app on so he can see my screen",
    "a text from the council says I'm owed a refund and to put my card details in their link",
    "a policeman rang and said my bank card has been cloned and a courier will collect it",
]

# (b) The customer's own borrowing and a gift of their own: the queue (or what a loan is).
OWN_BORROWING = [
    (
        "I'm thinking of borrowing some money to do up the kitchen, who would I talk to",
        "take_ticket",
    ),
    ("could I get a small loan for a new boiler, ours has packed in", "take_ticket"),
    ("what's a personal loan, how does the paying back work", "explain_product"),
]
# (b) A stranger or caller who wants them to borrow, a friend's account named in trouble: a scam.
BORROWING_SCAMS = [
    "a builder knocked and said my roof needs fixing and he'll help me borrow the money today",
    "a man on the phone said I should take out a loan and move it to a safe account",
    "my grandson rang in trouble and said to pay the bail into his friend's account",
    "someone I met online wants me to borrow money for his flight over to see me",
]

# (c) A booking made by someone else, or shared, or told after another place: check in.
BOOKINGS_WITH_OTHERS = [
    "my daughter rang up and booked me in for eleven o'clock about my pension",
    "my husband and I have got an appointment at half two to sort out our joint account",
]
# (c) Asking for a person by name: a person.
ASKING_FOR_SOMEONE = [
    (
        "is the young lady who helped me with my forms last month in today, Priya I think her "
        "name was",
        "call_staff",
    ),
]
BOOKING_TALK = [
    "my son's booked us a cruise for our anniversary, we go in May",
]
BOOKING_SCAMS = [
    "someone rang and booked me an appointment to come in and move my savings to a safe account",
]

# (d) Products and accounts in other words.
PRODUCTS = [
    ("what's this lifetime mortgage thing I keep seeing adverts for", "explain_product"),
    ("tell me about the savings where you can't touch the money for a year", "explain_product"),
    ("could I start a regular saver for my grandson, a few pounds a month", "open_account"),
    ("can I open a bank account for my great grandson, he's just been born", "open_account"),
    ("my grandson is seventeen, can he have his own card with you", "open_account"),
]
# (d) Small talk to the kiosk, and a memory: talk.
PRODUCT_TALK = [
    "and what do they call you then?",
    "we've banked here since nineteen seventy two when we first got married",
]
PRODUCT_SCAMS = [
    (
        "a man on the phone is offering me a savings account at twenty percent if I send the "
        "money today"
    ),
]


# Written after the fix: scams told with the round's new neutral and task words -- a product
# advertised on the telly, a Medicare card, a talk given, a car or a taxi sent, "see somebody",
# a grandchild's own card, a wee account, the years banked here, a mate, "what's your name", the
# phone menu, a cruise, a time said plainly -- and the new sign (money doubled at someone's word).
# Pounds paid into an account and pound coins and notes were cash-desk words in the first commit;
# our own review of it found "the man said my fifty pound notes were no good and he'd swap them"
# read take_ticket (the loose sign lost its "pound"), and "put fifty pounds into it and he'd send
# me more back" a certain unknown (a lone strong word in a shapeless sentence, the learned stage
# never asked): both dropped, their sentences kept here.
AFTER_THE_FIX_SCAMS = [
    (
        "a firm they keep advertising on the telly rang me and wants my bank details to release "
        "the equity in my house"
    ),
    "a man said his firm is advertised on the telly and I should give him my savings to invest",
    "a man rang saying my Medicare card needs renewing and he wants my bank card number",
    "they said my Medicare card has been cancelled and I have to pay fifty pounds to get it back",
    (
        "a policeman gave a talk at church, and now a man rang saying he's police and I must hand "
        "my cash to a courier"
    ),
    "the notes I took out are counterfeit, the police are sending a car round to collect them",
    "a man says my son is in hospital and they're sending a car to take me to draw out cash",
    "the lady on the phone said my grandson's in hospital and to send a taxi with the money",
    (
        "I need to see somebody, a man at the door says my roof is leaking and wants two thousand "
        "in cash today"
    ),
    "somebody wants me to see somebody here about taking out a loan for him",
    (
        "I'm to see somebody about borrowing five thousand, a man I met online needs it for his "
        "ticket"
    ),
    "a man on the phone said to get a card for my grandson and put my savings on it",
    "a man online says I can have my own card if I send him my bank details first",
    "a lady online asked me to open a wee account and let her friends pay money through it",
    "a lady rang and said to pay fifty pounds into her friend's account to release my refund",
    (
        "my grandson's in a spot of bother and I'm to pay five hundred pounds into his "
        "friend's account"
    ),
    "someone texted saying pay ninety pounds into their account or the bailiffs will come",
    "they said my pound coins are fake and I must hand them to the officer who comes round",
    (
        "the man said my fifty pound notes were no good and he'd swap them for me outside, he said "
        "to bring them all"
    ),
    (
        "the man on the phone said my fifty pound notes are counterfeit and he's sending a car to "
        "collect them"
    ),
    (
        "I've banked here forty years and a man rang saying he's from your fraud team and wants "
        "my pin"
    ),
    "when we arrived a man on the phone told us to move our money to a safe account",
    "my mate's lad wants me to take out five thousand and give it to his friend",
    "what's your name, the man on the phone wants my pin",
    "the man on the phone said press one for the fraud team and then read him my card number",
    "they said I'd have to ring them back and read out my card number",
    "someone rang about a cruise I'd won and wants my card details for the port tax",
    (
        "we've a booking at ten fifteen because a man on the phone told me to take out all my "
        "savings"
    ),
    "the man said put a thousand pounds into this other account and he'd double it",
    # ADR 0122's left neighbours, and an outsider's want of the customer's card (a new sign)
    "my neighbours want to use my card to take out cash",
    "my mate's nephew wants to borrow my bank card for a few days while his is being replaced",
    "the lodger asked me if he could borrow my card and pin just till Friday",
]
AFTER_THE_FIX_REQUESTS = [
    # a card of one's own taken (the open_account phrase is "his / her / their own card" only)
    (
        "I've got my own card but a man at the cash machine offered to help and took it",
        ("lost_card", "fraud_check"),
    ),
    ("my daughter is sending a taxi to pick me up, can I take out some cash first", "take_ticket"),
    (
        "I've banked here since I was a girl, can I open a savings account for my grandson",
        "open_account",
    ),
    ("can I see somebody please", "call_staff"),
]
# Beside the new card sign: a carer's weekly shopping told, a friend who only comes along, the
# customer's own use of the card abroad.
CARD_NO_SCAM = [
    "my carer uses my card to do my shopping every week",
    "my friend wants to use my card at the counter with me",
    "my friend said I can use my card abroad, is that right",
    "I want to use my card in Spain, my friend says it's free",
]
AFTER_THE_FIX_TALK = [
    "my son said whatever I save for the grandchildren he'll double it",
    "my son is sending a car round to take me to the hospital this afternoon",
]


@pytest.mark.parametrize(
    "text",
    OTHER_OFFICES_SCAMS + BORROWING_SCAMS + BOOKING_SCAMS + PRODUCT_SCAMS + AFTER_THE_FIX_SCAMS,
)
def test_a_scam_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(
    "text", OTHER_OFFICES_TALK + BOOKING_TALK + PRODUCT_TALK + AFTER_THE_FIX_TALK
)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(
    ("text", "want"),
    OWN_BANK_REQUESTS + OWN_BORROWING + ASKING_FOR_SOMEONE + PRODUCTS + AFTER_THE_FIX_REQUESTS,
)
def test_a_request_is_read_as_its_task(text: str, want: str | tuple[str, ...]) -> None:
    assert_offered("en", text, want)


@pytest.mark.parametrize("text", BOOKINGS_WITH_OTHERS)
def test_a_booking_with_others_is_check_in(text: str) -> None:
    assert offered("en", text) == "check_in"


# was a strict xfail (the bank's own code from a text is [code, text], the code scam's own words:
# fraud_check first); read right since ADR 0142
def test_the_banks_own_texted_code_is_app_help() -> None:
    text = "the bank texted me a code and the banking app wants it, I don't know where to put it"
    assert offered("en", text) == "mobile_banking_help"


# was a strict xfail ('account for her' tied with the cash desk's 'pounds into', and a slot word
# loses a tie); read right since ADR 0142
def test_a_gift_into_a_nieces_account_is_the_queue() -> None:
    text = "I'd like to put twenty pounds into my niece's account for her birthday"
    assert offered("en", text) == "take_ticket"


# was a strict xfail (an elsewhere word vetoed check_in in English whatever followed it); read right
# since ADR 0142
def test_a_booking_after_the_optician_is_check_in() -> None:
    text = "I've just come from the optician's, I've got an appointment here at twelve"
    assert offered("en", text) == "check_in"


@pytest.mark.parametrize("text", CARD_NO_SCAM)
def test_a_card_beside_someone_is_no_scam(text: str) -> None:
    assert offered("en", text) != "fraud_check"
