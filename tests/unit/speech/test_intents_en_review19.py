"""Session nineteen's review of English's round (ADR 0115): each finding as its sentences.

A reviewer found that round nineteen's neutral words hid scams main caught: a relative's bare
"new phone" the "Hi Mum, new phone" text's own wording (R1), the bare "is a police officer" a
caller's claim (R2), "don't tell nan" the impostor grandson's order (R3) and "retired police
officer" a stranger's credential (R4); that "council tax bill" took the bill from a plain
errand (R5), that take_ticket's new ``needs`` list missed travel money asked without a currency
word (R6), that the bare "taxi" and "cab" as home's elsewhere vetoed "take me to the home
screen" (R7) and that the "pass word" rewrite took the idiom "pass word to my son" for a
password (R8); three minor ones (R9: "cue" anywhere a queue, a statement heard as an account
opened, "online for me"). The round's author found on main before the round that "i want to
see somebody about borrowing money" read fraud_check: the customer's own "want" was counted as
someone else's word in [someone, reported, money] (W). Each class holds the reviewer's
sentences and a few siblings of our own.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import UNKNOWN


class TestARelativesNewPhoneTextIsAScam:
    """R1. A text from a relative's "new phone" asking for money is "Hi Mum, new phone"."""

    CASES: ClassVar[list[Any]] = [
        ("a text from my daughter's new phone asked me to pay a bill for her", "fraud_check"),
        (
            "my grandson's new phone sent me a text asking for five hundred pounds for his rent",
            "fraud_check",
        ),
        ("message from my son's new phone, he needs me to pay his rent", "fraud_check"),
        # our own siblings
        ("my granddaughter's new phone messaged me, she needs money urgently", "fraud_check"),
        # a present's words keep it talk, or the request
        ("fifty pound towards my granddaughter's new phone for her birthday", UNKNOWN),
        (
            "can I take out fifty pounds, I've said I'll put it towards my granddaughter's new "
            "phone",
            "take_ticket",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestACallerWhoIsPoliceIsAScam:
    """R2, R4. "is a police officer", "a retired police officer" said of a caller or a stranger
    is a claim; only a relative's police career is talk."""

    CASES: ClassVar[list[Any]] = [
        (
            "the man who phoned is a police officer and he needs my help to catch a dishonest "
            "cashier",
            "fraud_check",
        ),
        (
            "he was ever so nice, said he's a retired police officer, and I lent him three "
            "thousand pounds for his operation",
            "fraud_check",
        ),
        (
            "the gentleman who rang is a retired detective and he's helping me get my money back "
            "for a small fee",
            "fraud_check",
        ),
        # our own siblings
        ("the caller is a detective and he says my account has been hacked", "fraud_check"),
        (
            "the lady on the phone is a policewoman and she needs my savings as evidence",
            "fraud_check",
        ),
        ("a nice man I met is an ex-policeman and I lent him two thousand pounds", "fraud_check"),
        # a relative's career stays talk
        ("my husband is a retired policeman and he gets a police pension", UNKNOWN),
        (
            "my daughter's a police officer in Leeds and she sends me a bit of money every "
            "Christmas",
            UNKNOWN,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestDontTellNanIsTheImpostorsOrder:
    """R3. "don't tell nan" is talk only with the surprise said after it."""

    CASES: ClassVar[list[Any]] = [
        (
            "a lad rang saying he was our grandson, he'd crashed the car and needed a thousand "
            "pounds wired, and said don't tell nan",
            "fraud_check",
        ),
        # our own siblings
        (
            "my grandson phoned, he's had a car crash and needs money sent, and said not to tell "
            "grandad",
            "fraud_check",
        ),
        (
            "someone says he's my grandson and wants money, he said don't tell my granny",
            "fraud_check",
        ),
        # the surprise said stays talk
        (
            "don't tell my grandma, it's a surprise party for her ninetieth and we've all "
            "chipped in money",
            UNKNOWN,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestPlainRequestsHeld:
    """R5, R6, R7, W. A counter errand said with the round's new words is still the errand."""

    CASES: ClassVar[list[Any]] = [
        # R5: a council tax bill paid
        ("I'd like to pay my council tax bill please", "take_ticket"),
        ("I've come to pay my council tax bill and the water rates", "take_ticket"),
        ("can I pay the council tax bill here", "take_ticket"),
        # R6: travel money asked at length
        (
            "I've got euros left over from our trip to Spain and I'd love them turned back into "
            "pounds",
            "take_ticket",
        ),
        (
            "we're off to Florida in May and we'll want some dollars for the trip if you have them",
            "take_ticket",
        ),
        (
            "the euros from our holiday in Portugal never got spent and they want changing back",
            "take_ticket",
        ),
        # R7: the first screen asked beside a taxi
        ("take me to the home screen the cab will be here in a minute", "home"),
        ("go to the home screen please the cab is waiting", "home"),
        ("main menu please, the cab is outside", "home"),
        # W: the customer's own want
        ("i want to see somebody about borrowing money", "take_ticket"),
        ("i want to see somebody about a loan", "take_ticket"),
        ("i want to see somebody about investments", "take_ticket"),
        ("we want to see somebody about borrowing some money", "take_ticket"),
        ("i wanted to see somebody about borrowing money", "take_ticket"),
        ("I want to start one of those accounts for the grandson", "open_account"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


# Talk, or a scam, that must stay as it was beside the mends above.
HELD: list[Any] = [
    # R6: the vet's price is no request
    ("the vet wants three hundred dollars just for the blood tests, can you believe it", UNKNOWN),
    # R7: a taxi asked for is no first screen
    ("can you ring me a taxi", UNKNOWN),
    ("could you call a cab for me, I want to get home before the rain", UNKNOWN),
    # W: someone else's want stays someone else's
    ("somebody wants to see me about borrowing money", "fraud_check"),
    ("a man rang, he wants me to borrow money and give it to him", "fraud_check"),
    ("someone I met online wants to borrow money for a flight", "fraud_check"),
    ("he wants me to send him money", "fraud_check"),
]


@pytest.mark.parametrize(("text", "want"), HELD)
def test_held(text: str, want: str) -> None:
    assert offered("en", text) == want


class TestSplitWords:
    """R8, R9. "pass word" and "cue" are rewritten only where a password or a queue stands."""

    CASES: ClassVar[list[Any]] = [
        # R8: the idiom
        ("the garage rang and asked me to pass word to my son that his car is ready", UNKNOWN),
        (
            "my neighbour phoned and asked me to pass word round the street about the bin day",
            UNKNOWN,
        ),
        # the password owned or named
        ("I forgot my pass word for the app", "mobile_banking_help"),
        ("i can't remember my pass word to the app", "mobile_banking_help"),
        # R9: the actor's cue
        ("the actor missed his cue and everyone laughed", UNKNOWN),
        ("my husband's old snooker cue is still in the loft gathering dust", UNKNOWN),
        # the queue
        ("where do I cue", "take_ticket"),
        ("how long is the cue for the counter", "take_ticket"),
        ("gonna with draw some cash for the weekend, which cue do i join", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


def test_a_taxi_waiting_is_no_veto_of_the_start() -> None:
    # R7's other half, closed in round twenty (ADR 0119): only a taxi asked for or taken home vetoes
    text = "back to the start please I pressed the wrong thing and my taxi's waiting"
    assert offered("en", text) == "home"


def test_a_bill_paid_online_for_me_is_either_reading() -> None:
    """R9. "online for me" (a relative's help) takes "online": the counter or the app both serve."""
    assert_offered(
        "en", "can you pay this bill online for me", ("take_ticket", "mobile_banking_help")
    )


@pytest.mark.xfail(
    strict=True,
    reason="R9, left: the spelling is right ('a statement for my current account' reads "
    "open_account the same); a statement asked has no task of its own (before this round)",
)
def test_a_statement_is_no_account_opened() -> None:
    assert offered("en", "can I get a state meant for my current a count") != "open_account"


class TestSecondReview:
    """The second review (review 19b) of the mend: the grandparent's surprise and the bare "is a
    detective now" hid scams again, and "to cue" made every cue a queue. Each finding's sentences
    and a few siblings of our own."""

    CASES: ClassVar[list[Any]] = [
        # 1. the surprise said, then money sent on to the impostor's friend
        (
            "he said don't tell grandad it's a surprise and send the money today by bank "
            "transfer to his friend",
            "fraud_check",
        ),
        (
            "he said it was our grandson and not to tell my nan it's a surprise he'd pay it all "
            "back and I wired the money to his mate",
            "fraud_check",
        ),
        (
            "a young man said he was my grandson and told me not to tell grandpa it's a surprise "
            "and to get the cash out for his friend to collect",
            "fraud_check",
        ),
        (
            "he said don't tell grandad it's a surprise party for him and send the money to his "
            "friend's account",
            "fraud_check",
        ),
        # our own siblings
        (
            "she said don't tell nan it's a surprise and transfer two hundred pounds to her "
            "friend's account",
            "fraud_check",
        ),
        ("he said his friend would collect the money tomorrow", "fraud_check"),
        # the family surprise with nothing sent on stays talk
        ("don't tell my grandma, it's a surprise party and we've all chipped in money", UNKNOWN),
        ("don't tell nan it's a surprise she's coming home from australia", UNKNOWN),
        # 2. a caller's claim retold with "now"
        (
            "the gentleman on the phone is a detective now with the fraud squad and he needs my "
            "help to catch a dishonest cashier",
            "fraud_check",
        ),
        (
            "the man who phoned is a detective now and he wants my help to catch a dishonest "
            "cashier",
            "fraud_check",
        ),
        (
            "the man who rang is a police officer now and he needs my help to catch a dishonest "
            "cashier",
            "fraud_check",
        ),
        # our own sibling
        ("the lady who rang is a policewoman now and she needs me to take out cash", "fraud_check"),
        # a relative's career stays talk
        ("my son in Johannesburg is a policeman now, eighteen years", UNKNOWN),
        ("my grandson is a policeman now he's training in Leeds", UNKNOWN),
        ("my son is a police officer now and he helps me with my shopping", UNKNOWN),
        (
            "my daughter in New Zealand is a detective now and she sends money every Christmas",
            UNKNOWN,
        ),
        # a relative's career inside a call is no talk
        (
            "the man who rang said my grandson in Leeds is a detective now and needs bail money "
            "wired",
            "fraud_check",
        ),
        # 3. "to cue" is a queue only with the queue's place after it
        ("the director told him to cue the music", UNKNOWN),
        ("the music teacher told the children to cue the piano", UNKNOWN),
        ("I want you to cue the next song", UNKNOWN),
        # our own siblings
        ("we cue up our favourite songs", UNKNOWN),
        ("do I have to cue for the counter", "take_ticket"),
        ("I need to cue here", "take_ticket"),
        ("where do I cue for the cashier", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want
