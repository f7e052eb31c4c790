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
        ("a friend of mine wants to put some money into my account", "fraud_check"),
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


@pytest.mark.xfail(
    strict=True,
    reason="F3, left: reads open_account as before the round ('opened an account'); a story of "
    "an account opened long ago has no word of its own to tell it from the request",
)
def test_an_arrival_long_ago_is_talk() -> None:
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
