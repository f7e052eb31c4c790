"""Session seventeen's review of English's round (ADR 0104): each finding as its sentences.

A reviewer found that round seventeen's closing verdicts ("shocking", "it's all sorted now")
closed a victim's own story of a scam (E1, E2), that a settled phrase said after the
request took the request away (E3), that the banking app's and the change of address's
``needs`` lists missed the words people use (E4, E5), and that the verdicts were exact
phrases that missed their closest siblings (E6). Two scams told as an order to withdraw
were read as the cash desk before the round too; they are mended here as well. Each class
keeps what its rule was made for (the round's file keeps the rest).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN


class TestOwnMoneyMovedIsNoVerdict:
    """E1. A closing verdict never closes the customer's own money moved, or the customer made to "
    "move it."""

    CASES: ClassVar[list[Any]] = [
        (
            "the man on the phone wants me to withdraw my savings and keep them at home for a few "
            "days, shocking",
            "fraud_check",
        ),
        (
            "the man on the phone wants me to withdraw my savings and keep them at home, it's all "
            "sorted",
            "fraud_check",
        ),
        ("some bloke rang about my savings wanting me to move them, shocking", "fraud_check"),
        (
            "a fella keeps ringing about my savings saying he wants to move them somewhere safer "
            "for "
            "me, would you believe it",
            "fraud_check",
        ),
        # our own siblings
        (
            "a lady keeps phoning about my pension, she wants me to transfer it, disgraceful",
            "fraud_check",
        ),
        (
            "a chap rang about my account and wanted me to move it all, can you believe it",
            "fraud_check",
        ),
        (
            "some woman rang about my nest egg and says I should send it to her firm, a disgrace",
            "fraud_check",
        ),
        (
            "a fella at the door says he wants me to take out cash for him, the cheek of it",
            "fraud_check",
        ),
        # the price grumbles the verdicts were made for stay talk
        ("she wants money for the petrol as well, the cheek of it", UNKNOWN),
        ("the builders want another thousand for the extension, it's criminal", UNKNOWN),
        (
            "my son-in-law wants money for the petrol every time he takes me shopping, what a "
            "cheek",
            UNKNOWN,
        ),
        ("they want twenty pounds for parking at the hospital, shocking", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestHandedOverIsNotSettled:
    """E2. A coached victim's "it's all sorted now" after handing over is a scam told."""

    CASES: ClassVar[list[Any]] = [
        (
            "a man rang about my savings and I gave him what he asked for, it's all sorted now",
            "fraud_check",
        ),
        ("a man rang about my savings and I gave him what he asked for, all fine", "fraud_check"),
        # our own siblings
        (
            "a lady rang about my pension and I did what she said, it's all sorted now",
            "fraud_check",
        ),
        (
            "they rang about my account and I sent them what they asked for, all settled now",
            "fraud_check",
        ),
        # a caller's own "all fine", nothing handed over, stays talk (ADR 0104)
        ("the fella rang about my pension, he said it's all fine now", UNKNOWN),
        ("the fella from the gas board rang about my meter, it's all sorted now", UNKNOWN),
        ("the hospital rang about my appointment, it's all sorted now", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestRequestBeforeTheSettledReason:
    """E3. English says the request first and the settled reason after: the request stays."""

    CASES: ClassVar[list[Any]] = [
        (
            "I'd like to pay this cheque in please, the mix-up with the builder has all been "
            "sorted",
            "take_ticket",
        ),
        ("I want to take out a hundred pounds now the pension's all sorted now", "take_ticket"),
        (
            "can I have a word with someone about my late husband's account, the funeral's all "
            "sorted now",
            "call_staff",
        ),
        ("I need to pay in my husband's last cheque, the probate's all been sorted", "take_ticket"),
        (
            "I'd like to open a savings account for my grandson, the trust fund business is all "
            "settled now",
            "open_account",
        ),
        ("can I take some money out, the card trouble's been sorted out", "take_ticket"),
        # our own siblings
        (
            "could I pay these cheques in please, the business with the will is all sorted now",
            "take_ticket",
        ),
        (
            "could I take out fifty pounds, the business with my late sister's house is all "
            "settled now",
            "take_ticket",
        ),
        # a settled matter with nothing asked stays talk
        ("the council rang about my council tax and said it's all sorted out now", UNKNOWN),
        ("the bingo hall rang about my winnings, it's all sorted now", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTheAppInOtherWords:
    """E4. The banking app's trouble said in words the absence list lacked."""

    CASES: ClassVar[list[Any]] = [
        (
            "I've had this app on my phone a month now and never once got past the first page of "
            "it",
            "mobile_banking_help",
        ),
        (
            "there's a little red circle with a number on the app on my phone and I daren't touch "
            "it",
            "mobile_banking_help",
        ),
        (
            "the app on my phone keeps saying something about a new version and I don't know what "
            "to do",
            "mobile_banking_help",
        ),
        # our own siblings
        (
            "my daughter put the app on my phone last Christmas and I've no idea what to do with "
            "it",
            "mobile_banking_help",
        ),
        (
            "I've had the app on my phone for weeks and I daren't tap anything on it in case it "
            "goes wrong",
            "mobile_banking_help",
        ),
        # another app told about stays talk
        (
            "my granddaughter put an app on my phone that tells me the names of birds from their "
            "song",
            UNKNOWN,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestAMoveToCome:
    """E5. The customer's own move still to come is a change of details."""

    CASES: ClassVar[list[Any]] = [
        (
            "I'm moving to my daughter's in Leeds next month, what do I have to do here",
            "update_details",
        ),
        # our own siblings
        (
            "we're moving to a little bungalow by the sea in the summer, what do I need to do",
            "update_details",
        ),
        (
            "I'm moving to my son's in Wales after Christmas, what do I need to do here",
            "update_details",
        ),
        # someone else's move stays talk
        (
            "my next door neighbour's moving to Spain and she wants me to water her plants till "
            "it sells",
            UNKNOWN,
        ),
        (
            "my grandson's moving in with his girlfriend in Bristol and I'm giving them my old "
            "settee",
            UNKNOWN,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestVerdictSiblings:
    """E6. The verdicts' and settled phrases' closest siblings, once own money moved never "
    "closes."""

    CASES: ClassVar[list[Any]] = [
        ("a chap rang about my pension and said it's all okay now", UNKNOWN),
        (
            "the lady from the pension office rang about my pension, it's all been dealt with now",
            UNKNOWN,
        ),
        ("a chap rang about my pension and said it's all been dealt with", UNKNOWN),
        (
            "my daughter rang the pension people about my pension and it's all straightened out",
            UNKNOWN,
        ),
        # a scam told with the same words stays one
        ("a chap rang about my pension and wants me to move it, it's all okay now", "fraud_check"),
        (
            "the lady rang about my savings and I sent her the money, it's all been dealt with now",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestOrderedToWithdraw:
    """Pre-existing: a scam told as an order to withdraw was read as the cash desk."""

    CASES: ClassVar[list[Any]] = [
        ("the woman on the phone told me to withdraw all my money", "fraud_check"),
        (
            "the woman on the phone told me to withdraw all my money, can you believe it",
            "fraud_check",
        ),
        ("a fella at the door says he wants me to take out cash for him", "fraud_check"),
        # our own siblings
        ("the man on the phone told me to take all my money out", "fraud_check"),
        ("the lady on the phone said to withdraw my savings today", "fraud_check"),
        ("the man at the door told me to take out all my money", "fraud_check"),
        # the customer's own withdrawal stays the cash desk
        ("I want to take out cash please", "take_ticket"),
        ("I'd like to withdraw my savings please", "take_ticket"),
        ("my husband told me to take out cash for the window cleaner", "take_ticket"),
        ("my daughter told me to withdraw my savings for the new kitchen", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestAStorysOwnButIsNoRequest:
    """Review 17b P8: E3's "a still word anywhere" let a story's own "but" before the
    settled phrase make it a request again; before it, only a request counts
    (``asks_before``)."""

    CASES: ClassVar[list[Any]] = [
        ("I lost my card last week but it turned up, all sorted now", "unknown"),
        ("I thought I'd lost my card but it was in my coat, it's all sorted now", "unknown"),
        ("my card got swallowed yesterday but the manager got it back, all sorted now", "unknown"),
        # a request after it, or before it, still stands
        ("I lost my card but it turned up, all sorted now, but can you still stop it", "lost_card"),
        ("can I take some money out, the card trouble's been sorted out", "take_ticket"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want
