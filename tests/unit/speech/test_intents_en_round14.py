"""English, round fourteen: final15–final17's and probe15's classes (no Qt).

Issue 11 §7 (docs/design/0091-en-round-fourteen.md). On main at the start of
this round English read final15 145/156 (1 scam missed, 3 of 32 everyday
sentences taken), final16 140 (0, 3), final17 151 (0, 0) and probe15 268/304
(5 of 80 scams missed, 24 of 120 everyday sentences taken). The sentences below
were written first, in other words and situations, and run once before any fix.

First contact (round thirteen's code, before any fix): 16/30 — scams 6/10
(an overpayment with "the difference" to send on, two cash-only collectors
who wait while the customer fetches more, a free holiday's "airport taxes"
were read as nothing), their look-alike talk 4/4, everyday talk 3/10 ("an
account of" a wedding, a train "transfer", a "pin cushion", two surprises
kept with "don't tell", "says twenty pounds", "says she'll buy", money given
to a grandson were all taken as scams), requests 3/6 (a booking "for half
ten" was call_staff, internet banking to learn was update_details, a mobile
number to change was take_ticket).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.cues import CONCEPTS_FILE, load_cues

# Scams the rules missed, by what they share: money sent back after an overpayment; a
# collector who takes cash only and waits while the customer fetches more; a friend from an
# online game who needs a fare to come and meet; a relative's suspicion said ("I think she's
# being conned"); a prize with a charge to pay first; a PIN as heard ("pen number") and a
# caller told without articles ("man on phone")
SCAMS = [
    (
        "the fella buying my old piano paid three hundred more than the price "
        "and now wants me to send the difference to his removals man"
    ),
    (
        "a woman who bought my late wife's sewing machine overpaid by two "
        "hundred and asked me to pass the extra on to her courier"
    ),
    (
        "a young chap at the door selling dusters for the blind said cash only "
        "and he'd wait while I nipped to the cash machine"
    ),
    (
        "two girls collecting for a children's hospice only take cash and said "
        "they'll wait outside while I get more from the bank"
    ),
    (
        "I've been chatting to a gentleman on a scrabble game, he's an engineer "
        "in Dubai and needs six hundred for his visa so he can come and meet me"
    ),
    (
        "my mother's bought silver bars from somebody on the phone and a van is "
        "coming to store them in a vault, I think she's being conned"
    ),
    (
        "we've been picked for a free holiday in Spain, we only have to pay the "
        "airport taxes of six hundred by friday"
    ),
    "a letter says I've won a car in a draw, I just need to pay the delivery charge first",
    "lady on phone asked for my pen number",
    "bloke on phone wants the pin for my card",
]
# Talk that looks like those scams and must stay talk
SCAM_TALK = [
    "I sold my bike on the internet last week, the buyer came round and paid cash, lovely lad",
    "my grandson and I play scrabble online every night and he always wins",
    "my niece flew in from Canada to meet me for the first time, I cried my eyes out",
    "we won a meat raffle at the club and had sausages for a week",
]
# Everyday talk a loose sign took: a money word in another sense ("an account of",
# "transfer" for buses, "pin cushion"), a secret that is a surprise ("don't tell her"),
# someone said + a money word in a story
TALK = [
    "she gave us a long account of her cousin's wedding, three hours it went on",
    "they don't let you transfer onto the train at that station any more, you have to walk",
    "the nurse says I'm a pin cushion with all these blood tests they keep doing",
    "don't tell my husband but I ate the last of the Christmas cake last night",
    (
        "we're throwing a surprise party for my sister's seventieth on saturday, "
        "don't tell her if you see her"
    ),
    (
        "the fella at the paper shop says twenty pounds doesn't get you a thing "
        "these days, he's not wrong"
    ),
    "my daughter says she'll buy me a new coat for my birthday but I've got three already",
    "they say the bus stop is moving to the other side of the square from next week",
    "she gave her grandson some money for his driving lessons and he passed first time",
    "my neighbour bet me a fiver the cat would come home and he paid up when it did",
]
# Requests a rule read as another task
REQUESTS = [
    (
        "I've just arrived from Jamaica to stay with my daughter and I'd like "
        "to open a bank account",
        "open_account",
    ),
    ("my booking is for half ten with the mortgage lady, let her know I'm here", "check_in"),
    (
        "left my purse on the bus, somebody might have found it, please stop my card",
        "lost_card",
    ),
    ("the banking app won't show my balance since the phone updated itself", "mobile_banking_help"),
    (
        "my son did my internet banking but he's moved to Spain so I need to learn it myself",
        "mobile_banking_help",
    ),
    ("change my mobile number please, the new one ends in two six nine", "update_details"),
]


@pytest.mark.parametrize("text", SCAMS)
def test_a_scam_of_the_rounds_classes_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", SCAM_TALK + TALK)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert offered("en", text) == want


# Round 2 (written after the fixes, so no first contact): someone said + money, told at length.
# A story that asks nothing is talk; the customer made to pay or owe keeps it a scam.
LOOSE_TALK = [
    (
        "the lad at the chippy says a fish supper is twelve pounds now, I remember "
        "when it was two bob, shocking it is"
    ),
    (
        "my brother reckons he spent a fortune on that caravan and he's hardly been "
        "in it since Easter, daft beggar"
    ),
]
LOOSE_SCAMS = [
    (
        "a fellow at the door said the guttering is rotten and he'd fix it for three "
        "hundred but I have to pay him today"
    ),
    (
        "the woman from the holiday club says I still owe four hundred on the "
        "timeshare and it goes to court otherwise"
    ),
]


@pytest.mark.parametrize("text", LOOSE_SCAMS)
def test_someone_said_money_and_the_customer_pays_is_a_scam(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", LOOSE_TALK)
def test_someone_said_money_told_at_length_is_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


# Round 3 (written after its fixes, so no first contact): a machine's words are nobody's
# demand, Irish "lodge", a language the kiosk lacks named, answers said the American or Scots
# way, a phone given by family; talk with a device or a radio speaking stays talk
REQUESTS_3 = [
    (
        "the banking app on my tablet keeps saying my password is wrong and my "
        "daughter set it up for me",
        "mobile_banking_help",
    ),
    ("I'd like to lodge this cheque for my granddaughter please", "take_ticket"),
    ("ah sure I'd only be wanting to lodge my pension, where's the queue", "take_ticket"),
    ("Urdu please", "change_language"),
    ("do you have it in Punjabi for my husband", "change_language"),
    ("you betcha, that's the one", "yes"),
    ("na, I dinna want that one", "no"),
    (
        "my grandson got me a new phone with a new number for my birthday, can "
        "you change it on my account",
        "update_details",
    ),
]
TALK_3 = [
    "the man on the radio said it's going to rain all week, and he's usually right",
    "the screen at the doctors says I'm next but nobody's called me yet",
]


@pytest.mark.parametrize(("text", "want"), REQUESTS_3)
def test_a_request_of_round_three_is_read(text: str, want: str) -> None:
    assert offered("en", text) == want


@pytest.mark.parametrize("text", TALK_3)
def test_talk_of_round_three_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


LOOSE_CUES = """intents: {}
reports:
  long: 30
  caution_shape: true
  shapes: [please]
"""
LOOSE_CONCEPTS = """concepts: {someone: [he], reported: [says], money: [pounds], pays: [i have to]}
loose: [[someone, reported, money]]
scams: [[someone, reported, money, pays]]
"""


def test_a_loose_sign_alone_in_a_long_shapeless_sentence_is_a_caution(tmp_path: Path) -> None:
    (tmp_path / "cues.yaml").write_text(f"locale: en\n{LOOSE_CUES}", "utf-8")
    (tmp_path / CONCEPTS_FILE).write_text(f"locale: en\n{LOOSE_CONCEPTS}", "utf-8")
    cues = load_cues(tmp_path / "cues.yaml", "en")
    story = cues.read("the lad at the market says ten pounds buys nothing these days, he does")
    assert not story.scam and story.caution
    assert cues.read("he says ten pounds").scam  # short: a scam told
    assert cues.read("he says ten pounds buys nothing at the market these days, please").scam
    assert cues.read("he says ten pounds buys nothing at the market and i have to pay").scam
