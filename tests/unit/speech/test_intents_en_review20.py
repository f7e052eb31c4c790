"""Session twenty's review of English's round (ADR 0119): each finding as its sentences.

A reviewer found that round twenty's cash-slot phrases "wants to withdraw / take out / deposit"
held the "wants" of whoever said it, so a friend, "someone" or "the man who rang" who wants money
out of or into the customer's account read take_ticket (F1); that the bare "told her / asked him"
as someone's word turned family money talk into an alarm (F2); that check_in's new strong words
took the app's "register myself", the doctor's "I'm the two o'clock" and any "when I arrive"
(F3); that a payment of thousands for a grandson into "his friend's account", told plainly, was
no longer a scam (F4); and money mules who pass the money on read take_ticket before the round
too (F5). Each class holds the reviewer's sentences and a few siblings of our own.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN


class TestSomeoneWhoWantsMyMoneyOutIsAScam:
    """F1. Only a relative's own errand is the queue: anyone else who wants money out of or into
    the customer's account is a sign, whoever is named."""

    CASES: ClassVar[list[Any]] = [
        ("her friend wants to withdraw ten thousand from my mother's account", "fraud_check"),
        (
            "my mum's new friend wants to take out all her savings and look after them for her",
            "fraud_check",
        ),
        ("his friend wants to take out five thousand from my account for the car", "fraud_check"),
        (
            "someone wants to deposit money into my account and then I send it on to his brother",
            "fraud_check",
        ),
        ("the man who rang wants to withdraw my savings", "fraud_check"),
        (
            "she wants to take some money out of my account every week for the shopping",
            "fraud_check",
        ),
        # our own siblings
        ("a lady from church wants to take out my savings to keep them safe for me", "fraud_check"),
        (
            "my neighbour's son wants to withdraw five thousand from my account for me",
            "fraud_check",
        ),
        ("the man from the bank wants to withdraw my savings for safekeeping", "fraud_check"),
        ("my friend wants to take out money from my account", "fraud_check"),
        # (review 20b) money paid in at an outsider's want is an errand (a lodger's rent), the
        # mule's pay-in a sign only when it is passed on (F5)
        ("a friend of mine wants to put some money into my account", "take_ticket"),
        ("the lodger wants to take some money out of my account", "fraud_check"),
        ("the carer wants to withdraw two hundred from my account for me", "fraud_check"),
        ("her friend's mum wants to withdraw two thousand from my account", "fraud_check"),
        ("he wants to put her savings in a safe account", "fraud_check"),
        # a relative's own want of thousands with a call in it
        ("my mum wants to withdraw ten thousand for the nice man who rang her", "fraud_check"),
        (
            "my husband wants to take out three thousand, the man who phoned says it's for the "
            "roof",
            "fraud_check",
        ),
        # a relative's own errand, and the customer's own, stay the queue
        ("my mother wants to withdraw her pension which queue does she wait in", "take_ticket"),
        ("my husband wants to pay in a cheque", "take_ticket"),
        ("my dad wants to pay in his pension, where does he queue", "take_ticket"),
        ("my wife wants to take out two hundred pounds", "take_ticket"),
        ("my daughter wants to deposit a cheque, which queue is it", "take_ticket"),
        ("Mum wants to pay in her pension, where does she wait", "take_ticket"),
        (
            "my husband wants to put some money into my account for the holiday, which queue",
            "take_ticket",
        ),
        ("my son wants to pay some money into my account", "take_ticket"),
        ("I want to take some money out of my account", "take_ticket"),
        ("my friend drove me here and I want to take money out of my account", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestARelativeToldIsASignOnlyWithACaller:
    """F2. "told her / asked him" is a sign only with a caller or a call."""

    CASES: ClassVar[list[Any]] = [
        ("my daughter asked her friend to lend her fifty pounds", UNKNOWN),
        ("my husband asked him for the twenty pounds he owes us", UNKNOWN),
        ("my sister asked her bank for a loan", UNKNOWN),
        # our own siblings
        ("my son told him he'd pay him back the ten pounds next week", UNKNOWN),
        ("my sister told her she'd lend her twenty pounds for the bus", UNKNOWN),
        # the caller's word to a relative stays a scam
        (
            "my nan wants to draw out fifteen grand because someone on the phone told her the "
            "notes are counterfeit",
            "fraud_check",
        ),
        ("a man on the phone told her to withdraw all her savings", "fraud_check"),
        ("the caller told him to take out five thousand in cash", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestABookingIsNoAppNorAnotherOffice:
    """F3. The app's "register myself", another office's time and a bare arrival are no
    check_in; the booking told still is."""

    CASES: ClassVar[list[Any]] = [
        ("I want to register myself for online banking", "mobile_banking_help"),
        ("can you help me register myself for the app", "mobile_banking_help"),
        ("how do I register myself on the app", "mobile_banking_help"),
        (
            "I have to register myself for the online banking, my daughter said",
            "mobile_banking_help",
        ),
        ("I'm the two o'clock at the doctor's", UNKNOWN),
        ("I'm the two o'clock at the doctor's but I came here first", UNKNOWN),
        ("we've an appointment at the hospital so can you be quick", UNKNOWN),
        ("when I arrive home I'll ring my daughter", UNKNOWN),
        ("when I got here I realised I've left my glasses at home", UNKNOWN),
        # our own siblings
        ("I'm the eleven o'clock at the dentist", UNKNOWN),
        ("I'm the two o'clock at the vet", UNKNOWN),
        ("when I arrive at the post office I always forget my glasses", UNKNOWN),
        ("I want to register myself on the website", "mobile_banking_help"),
        # the booking told stays check_in
        (
            "I have booking today, the lady said to come and register myself when I arrive",
            "check_in",
        ),
        ("I'm the two o'clock", "check_in"),
        ("I'm the ten o'clock to see the adviser", "check_in"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


def test_an_arrival_long_ago_is_talk() -> None:
    # F3, left in round twenty; since round twenty-one (ADR 0123) "when we arrived" opens a memory
    assert offered("en", "when we arrived in this country we opened an account here") == UNKNOWN


class TestThousandsIntoHisFriendsAccountIsAScam:
    """F4. Money for a grandson, or a sum of thousands, routed into a relative's friend's account
    is a scam told plainly; the wedding present stays the customer's gift."""

    CASES: ClassVar[list[Any]] = [
        (
            "I need to pay four thousand pounds into his friend's account for my grandson's "
            "new car",
            "fraud_check",
        ),
        ("I paid two thousand pounds into his friend's account for my grandson", "fraud_check"),
        (
            "I transferred two thousand pounds into his friend's account for my grandson",
            "fraud_check",
        ),
        (
            "I've transferred five grand into his friend's account for my grandson's deposit on "
            "a flat",
            "fraud_check",
        ),
        # our own sibling
        (
            "I sent two thousand pounds to his friend's account for my grandson's bail",
            "fraud_check",
        ),
        # the gift stays the queue
        (
            "I want to pay some money into his friend's account for the wedding present",
            "take_ticket",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestMoneyPassedOnIsAMule:
    """F5. Money paid into the customer's account to be sent on, or cash given to a relative's
    mate, is a money mule's errand."""

    CASES: ClassVar[list[Any]] = [
        ("my grandson's friend wants to take money out of my account", "fraud_check"),
        ("my grandson's friend wants to take out money from my account", "fraud_check"),
        (
            "the nice man from church wants to deposit some money into my account and I send it on",
            "fraud_check",
        ),
        (
            "my grandson's friend wants to put some money in my account and then I send it on to "
            "him",
            "fraud_check",
        ),
        ("my nephew's mate wants to pay in some money for me to send abroad", "fraud_check"),
        (
            "his friend wants to deposit money in my account and I keep a bit for myself",
            "fraud_check",
        ),
        ("my nephew wants me to withdraw it all and give it to his mate", "fraud_check"),
        (
            "a young man I met online wants to pay money into my account and then I take it out "
            "for him",
            "fraud_check",
        ),
        # our own siblings
        (
            "a chap I met wants to pay some money into my account and I pass it on to his cousin",
            "fraud_check",
        ),
        ("my nephew wants me to take out my savings and give it to his friend", "fraud_check"),
        ("her boyfriend wants to pay some money into my account for me to send on", "fraud_check"),
        (
            "the man on the phone wants to put his savings in my account and I send it on",
            "fraud_check",
        ),
        # the customer's own money sent on, or cash taken out for a housebound husband, is no mule
        ("my pension comes into my account and I send it on to my daughter", UNKNOWN),
        (
            "my husband's housebound so I take out his pension and take it out for him",
            "take_ticket",
        ),
        ("can I take out two hundred pounds and send it abroad to my sister", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


# Second review (review 20b): the mend's outsider rule fired on money paid in and on an
# outsider who only comes along (S1); its unless was sentence-wide, so a preface "I want to ask
# you something" or a relative's "wants me to say no" hid the scam (S2); a relative told on a
# family call was an alarm (S3); check_in's whole "the dentist" lost an arrival said after it (S4).


class TestAnOutsiderIsASignOnlyForMoneyOut:
    """S1. An outsider's want is a sign only for money out of the customer's account, and not
    from one who only comes along; a sum of thousands stays a sign even then."""

    CASES: ClassVar[list[Any]] = [
        (
            "my lodger wants to pay his rent into my account every month how do I give him the "
            "details",
            UNKNOWN,
        ),
        ("my lodger wants to pay the rent into my bank account instead of cash", "take_ticket"),
        ("the lodger wants to pay his rent in cash can I pay it into my account", "take_ticket"),
        (
            "my neighbour wants to put the money for the fence into my account and I pay the "
            "builder",
            UNKNOWN,
        ),
        (
            "my friends want to pay into my account for the coach trip I booked for all of us",
            UNKNOWN,
        ),
        ("the carer wants to pay in my pension for me because I can't get out", "take_ticket"),
        ("the carer wants to help me take out my pension at the counter", "take_ticket"),
        ("my friend wants to come with me to take out money from my savings", "take_ticket"),
        # our own siblings
        ("I want to take money out of my account for my friend's birthday", "take_ticket"),
        ("I wanted to take out two hundred from my account to lend my neighbour", "take_ticket"),
        # money out at an outsider's want stays a sign, thousands even with one who comes along
        ("my friends want to take money out of my account", "fraud_check"),
        ("the lady I met wants to withdraw my pension every week for me", "fraud_check"),
        (
            "my new friend wants to come with me to take out five thousand from my savings",
            "fraud_check",
        ),
        ("a nice man I met wants to put money into my account and I pass it on", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestAPrefaceHidesNoOutsidersWant:
    """S2. Only the customer's own want of the money out cancels the outsider's: a preface or a
    relative's word elsewhere in the sentence does not."""

    CASES: ClassVar[list[Any]] = [
        (
            "I want to ask you something my new friend wants to take five thousand out of my "
            "account",
            "fraud_check",
        ),
        (
            "I wanted to check my lodger wants to withdraw all my savings for his business",
            "fraud_check",
        ),
        (
            "the nice lady from church wants to borrow my bank card and take money out of my "
            "account and my husband wants me to say no",
            "fraud_check",
        ),
        # our own siblings
        (
            "I wanted to tell you my neighbour wants to take two thousand out of my savings",
            "fraud_check",
        ),
        (
            "can you help me my friend wants to withdraw money from my account and my son says "
            "it's fine",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestARelativeToldOnAFamilyCallIsTalk:
    """S3. "told her / him" is a sign only with a caller; "on the phone" or "rang" alone is the
    family's own call."""

    CASES: ClassVar[list[Any]] = [
        (
            "my husband told him on the phone that we'd pay the plumber on Friday I need some "
            "cash out",
            "take_ticket",
        ),
        ("my mother rang me and told her friend she'd lend her a hundred pounds", UNKNOWN),
        ("my mum told her sister on the phone about the money from dad's will", UNKNOWN),
        # our own siblings
        ("my daughter told him on the phone she'd pay for the lunch", UNKNOWN),
        ("my son told her on the phone about the money for the holiday", UNKNOWN),
        # a caller's word stays a scam
        ("someone on the phone told her to take out all her savings", "fraud_check"),
        (
            "a man rang my mother and told her her account was not safe and to move her money",
            "fraud_check",
        ),
        (
            "someone on the phone told him his account was hacked and to move his money",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


@pytest.mark.xfail(
    strict=True,
    reason=(
        "S4, left (the reviewer's own choice): an 'elsewhere' word vetoes check_in unless two "
        "strong words follow it; 'I'm here now' is one bare arrival, and a strong 'I'm here' "
        "would take 'I'm here to pay in'. The whole 'the dentist' keeps 'I'm the two o'clock at "
        "the dentist' out; other check-ins naming the dentist still read check_in"
    ),
)
def test_an_arrival_after_the_dentist_is_a_check_in() -> None:
    assert offered("en", "my appointment is after the dentist this morning I'm here now") == (
        "check_in"
    )


def test_a_check_in_from_the_dentist_stays_one() -> None:
    assert offered(
        "en", "I've just come from the dentist I'm here for my two o'clock appointment"
    ) == ("check_in")
