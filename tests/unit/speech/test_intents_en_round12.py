"""English, round twelve: final13's two missed scams, by class (no Qt).

Issue 11 §7 (docs/design/0080-en-round-twelve.md). final13 read 144/156 at
its one run: 2 scams missed, 6 of 32 everyday sentences taken. The missed
scams are the round's first classes: a scam told in Caribbean English (the
creole's function words: "di", "dem", "seh", "haffi", "fi"), and a text
that says a payment or payee was made and gives a number to ring "if it
wasn't you" (the bank's own warning, faked). The sentences below were
written first, in other words and situations, and run once before any fix.

First contact (round 1, before any fix): 20/28 — creole scams 6/8 (the
two missed had no someone or no hush word the lists knew: "nuh tell
nobody", "di man seh … nuh safe"), creole requests 2/4 ("mi cyaan find mi
bank card", "mi want fi tek out some money"), creole talk 4/4; "if it
wasn't you" scams 5/8 (a payee added, a direct debit set up, "move
everything into a new account today"), their talk 3/4 ("the surgery texted
me a number to ring" was the queue's "a number").

Round 2 (final13's off-topic taken, its largest class — a game's money and
cheating: two of final13's six and final12's "gold coins" — written after
round 1's fixes and run once): game talk 1/8 (a lone "cheat" was fraud, a
game's coins the coin desk, "on her phone" the family-scam "her phone's",
"ten thousand gold coins" and "pocket money" someone's money), requests
beside them 4/4. After the word lists, "Maureen always cheats, she marks two
cards" stayed a caution ("she" + "cards"): a game, told as fraud_check's
``elsewhere``, now quiets a caution too (``quiet_cautions``, English only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offered_reading import offered

from kiosk.core.errors import ContentError
from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.cue_index import CueIndex
from kiosk.speech.intents.cues import CONCEPTS_FILE, load_cues
from kiosk.speech.intents.normalise import normalise

# Caribbean English: scams told with the creole's function words
CREOLE_SCAMS = [
    "one man ring mi seh him from di bank and him want mi pin number fi stop di fraud",
    "dem seh mi haffi pay di customs fee before dem can send mi parcel",
    "a woman text mi seh mi grandson inna trouble and mi fi send money quick",
    "di man seh mi account nuh safe and mi fi move di money to a new one",
    "him tell mi nuh tell nobody at di bank what di money is for",
    "dem call seh mi win a big prize but mi haffi pay a fee first",
    "somebody seh dem from di police and mi fi draw out mi savings and give dem",
    "mi get a call seh mi computer have virus and dem want fi get inna it",
]
# Caribbean English: the customer's own requests
CREOLE_REQUESTS = [
    ("mi cyaan find mi bank card, mi think mi drop it pon di bus", "lost_card"),
    ("mi want fi tek out some money", "take_ticket"),
    ("mi waan fi put dis cheque inna mi account", "take_ticket"),
    ("di writing too small, mek it bigger nuh", "bigger_text"),
]
# Caribbean English: talk that asks nothing
CREOLE_TALK = [
    "mi daughter seh she a come fi visit next week wid di pickney dem",
    "di rain a fall whole morning, mi cyaan go a market",
    "mi and mi sister go a church every Sunday, di choir sing sweet",
    "dem pickney next door mek nuff noise but dem good",
]

# a text about a payment or payee, with a number to ring "if it wasn't you"
NOT_YOU_SCAMS = [
    (
        "I had a text saying someone had set up a direct debit and if it wasn't me to "
        "call a number, so I did"
    ),
    (
        "a message came saying my card was used in Dubai and if that wasnt me phone this "
        "number straight away"
    ),
    (
        "got a text from the bank supposedly, a payment of nine hundred pounds, if you "
        "didn't make it call this number"
    ),
    (
        "the text said a new device had logged into my account and if it wasn't me ring "
        "them on the number below"
    ),
    (
        "they messaged me that a payee had been added, if I didn't do it I was to ring "
        "the number in the message"
    ),
    "an email saying if this wasn't you press the link and put in your details",
    "the fellow on that number said I must move all my money out quick to keep it safe",
    (
        "I rang the number in the text and the lady told me to move everything into a "
        "new account today"
    ),
]
# the same words, asking nothing and describing no scam
NOT_YOU_TALK = [
    "if it wasn't you who left the gate open then it must have been the postman",
    "my neighbour moved everything out of the shed before the new fence went in",
    "the doctor's surgery texted me a number to ring to book my flu jab",
    "if it wasn't me that forgot her birthday it was my brother, one of us did",
]


@pytest.mark.parametrize("text", CREOLE_SCAMS + NOT_YOU_SCAMS)
def test_scams_are_offered_the_check(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize(("text", "intent"), CREOLE_REQUESTS)
def test_requests_are_understood(text: str, intent: str) -> None:
    assert offered("en", text) == intent


@pytest.mark.parametrize("text", CREOLE_TALK + NOT_YOU_TALK)
def test_everyday_talk_is_left_alone(text: str) -> None:
    assert offered("en", text) == UNKNOWN


def test_creole_function_words_read_as_the_standard_ones() -> None:
    said = normalise("Di man seh mi haffi pay dem, mi cyaan find mi card", "en")
    assert said == "the man say me have to pay them me can't find me card"
    # whole words only, and English only
    assert normalise("diamond demand fit mince", "en") == "diamond demand fit mince"
    assert normalise("di mi", "ko") == "di mi"


# round 2 (final13's off-topic taken, the largest class: a game's money and cheating,
# two of final13's six and final12's one; written after round 1's fixes and run once)
GAME_TALK = [
    "my granddaughter buys diamonds in that game on her phone, I told her it's a waste",
    "we have a bingo night at the club and Maureen always cheats, she marks two cards at once",
    "my husband cheats at scrabble, he makes up words and says they're in the dictionary",
    "the little one plays a game on the tablet where you collect coins and jewels",
    "my grandson says he's got ten thousand gold coins in his football game, whatever that means",
    "we play dominoes on a Thursday and Albert cheats something terrible",
    "he spends all his pocket money on extra lives in some game, kids today",
    (
        "there's a game on my phone with cards and coins my nephew put on it, "
        "I can't make head nor tail"
    ),
]
GAME_REQUESTS = [
    ("I'd like to pay in these coins, my grandson saved them in a jar", "take_ticket"),
    (
        "I think someone's been cheating me, there are payments on my statement I never made",
        "fraud_check",
    ),
    ("a man in my grandson's game asked him for my card number", "fraud_check"),
    ("is this prize draw a cheat, they want a fee to send my winnings", "fraud_check"),
]


@pytest.mark.parametrize("text", GAME_TALK)
def test_a_games_coins_and_cheats_are_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "intent"), GAME_REQUESTS)
def test_round_two_requests_are_understood(text: str, intent: str) -> None:
    assert offered("en", text) == intent


def load_cues_for(tmp_path: Path, extra: str) -> CueIndex:
    cues = (
        "locale: en\nintents:\n  fraud_check: {strong: [scam], elsewhere: [game]}\n"
        "caution:\n  - [[he], [money]]\n"
    )
    (tmp_path / "cues.yaml").write_text(cues, "utf-8")
    (tmp_path / CONCEPTS_FILE).write_text(f"locale: en\nconcepts: {{x: [x]}}\n{extra}", "utf-8")
    return load_cues(tmp_path / "cues.yaml", "en")


def test_fraud_told_elsewhere_quiets_a_caution_where_the_locale_opts_in(tmp_path: Path) -> None:
    quiet = load_cues_for(tmp_path, "quiet_cautions: true\n")
    assert quiet.read("he spent his money in the game").intent == UNKNOWN
    assert quiet.read("he wants my money").intent == "fraud_check"  # no game: still a caution
    loud = load_cues_for(tmp_path, "")
    assert loud.read("he spent his money in the game").intent == "fraud_check"  # as before
    with pytest.raises(ContentError) as error:
        load_cues_for(tmp_path, "quiet_cautions: often\n")
    assert error.value.field == "quiet_cautions"
