"""English, round twenty-three: requests in new words, other people's good news and daily errands.

Issue 11 §7 (docs/design/0131-en-round-twenty-three.md). On main at the start of this round
English read final25 151/156 (0 scams missed, 2 of 32 off-topic taken), probe16 300/304
(0, 3 of 120) and probe17 302/304 (0, 1 of 120). The sentences below were written first, in
other words and situations than any test set, and run once before any fix.

Classes (what a person hears):
- (a) requests in words the lists lacked: a lost card to be cancelled (lost_card, not the
  kiosk's own "cancel it"), another language asked for with the customer's English called
  weak (change_language), a product asked about with a friend's story (explain_product);
- (b) a story of someone else's honesty, a hospital visit or a fare, asking nothing -- talk;
  a caller "from the police" about a found wallet who wants the PIN, a "hospital" asking for
  money for a relative -- a scam.

First contact (main 9e53540, before any fix): 21/27 right of written -- scams 6/6, talk 5/6
(the sister moved to the hospital in town with a fifteen-pound taxi read fraud_check), everyday
2/3 ("I had to cancel the window cleaner" read stop), requests 8/12 (Urdu and Cantonese after a
weak English, Welsh preferred, a lifetime mortgage asked about beside a sister's read unknown).
AFTER_THE_FIX_SCAMS were written after the fix. Now: all pass but five strict xfails, left
(see the ADR).
"""

from __future__ import annotations

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import UNKNOWN

# (b) guards first: a found wallet, a hospital, a fare inside a scam.
SCAMS = [
    (
        "a man rang saying he's from the police, they've found my wallet and he needs my card's "
        "pin to prove it's mine"
    ),
    (
        "someone phoned from the hospital, my grandson's been in an accident and I have to send "
        "money for his operation straight away"
    ),
    (
        "a policeman called about a purse handed in at the station and asked me to read him the "
        "code on my card"
    ),
    "the hospital rang, my daughter's hurt and they want me to transfer money to them today",
    (
        "the police phoned and said a taxi will come to collect my bank card as evidence, I'm "
        "to put it in an envelope"
    ),
    (
        "a nurse messaged me that my son is on her ward with no phone and needs me to pay his "
        "bill by bank transfer"
    ),
]

# (b) someone else's honesty, a hospital visit, a fare: talk.
TALK = [
    (
        "the lad next door found a purse on the bus and handed it in at the police station, "
        "good as gold he is"
    ),
    (
        "my husband's been moved to a different ward at the infirmary and the bus there costs me "
        "four pounds each way"
    ),
    "a young woman found my glasses on the bench and brought them round, wasn't that kind",
    "a schoolboy handed my scarf back to me at the bus stop, still honest kids about",
    "my brother's in the hospital having his knee done, I'm going up on the train tomorrow",
]

# (a) requests in words the lists lacked, and requests a change must not break.
REQUESTS = [
    ("my bank card's gone missing, please cancel it", "lost_card"),
    ("I've lost my card somewhere in town, I want it cancelled", "lost_card"),
    ("can't find my card anywhere, can you cancel it for me", "lost_card"),
    ("my English is poor, have you got Urdu", "change_language"),
    ("I don't speak English very well, do you have Punjabi", "change_language"),
    ("are annuities safe, my neighbour from church bought one", "explain_product"),
    ("cancel that, I don't want it", "stop"),
    ("never mind, forget it", "stop"),
    ("I've lost my card", "lost_card"),
]

# everyday sentences sharing a word with the classes: as they are.
EVERYDAY = [
    "my friend from bowls has a Polish cleaner, lovely girl",
    "my English teacher at school was a terror, I still remember her",
]


@pytest.mark.parametrize("text", SCAMS)
def test_a_scam_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


# Left by the round, strict xfails until ADR 0142 read them right: a relative moved to a
# hospital with a fare paid met a relative-in-trouble scam rule (relative + hospital + pound);
# "cancel" of another firm's service read the kiosk's own stop.
TALK_LEFT = [
    (
        "they moved my sister to the hospital in town and the taxi was fifteen pound, "
        "daylight robbery"
    ),
    "I had to cancel the window cleaner, he kept missing weeks",
]


@pytest.mark.parametrize("text", TALK + EVERYDAY + TALK_LEFT)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


# Left (strict xfail): a product question beside a friend's purchase told in the past ("took
# one out last year").
LEFT = [
    # 'cantonese' trims unstably (no rule word); the learned stage offers the language
    # since its training on final25 (docs/design/0134).
    ("my English not good, Cantonese maybe?", "change_language"),
    # was a strict xfail (Welsh, an everyday adjective: "welsh cakes", asked without 'in
    # Welsh'); read right since ADR 0142
    ("is there Welsh on this machine, I'd prefer Welsh", "change_language"),
    pytest.param(
        "is a lifetime mortgage a good idea, my sister took one out last year",
        "explain_product",
        marks=pytest.mark.xfail(strict=True, reason="a friend's purchase told in the past"),
    ),
]


@pytest.mark.parametrize(("text", "want"), REQUESTS + LEFT)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert_offered("en", text, want)


# Written after the fix: scams told with the round's new task words (they add no neutral word).
AFTER_THE_FIX_SCAMS = [
    (
        "my English is not good and a man on the phone who spoke Polish wants me to move my "
        "savings to a safe account"
    ),
    (
        "a financial adviser rang, he says equity release is a good idea and I should send him "
        "my card details to start it"
    ),
    "my card is lost and a man rang saying he's from the bank, he wants my PIN to cancel it",
]


@pytest.mark.parametrize("text", AFTER_THE_FIX_SCAMS)
def test_a_scam_told_with_the_new_words_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"
