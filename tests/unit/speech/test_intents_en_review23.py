"""Session twenty-three's review of English's round (ADR 0131): each finding as its sentences.

A reviewer found that the round's lost-card phrases ("card is lost", "card's missing") hid the
word "card" from the courier sign, so a courier sent for a card said lost read as a lost card
(F1); that the new change_language rule took a courier scam told in weak English with the
caller's language named (F2), where the courier sign also missed "to collect card" (a hobby's
neutral, "collect cards", stems to it); and that a bare "no english" took a story of mustard or
wine as a language asked (F3). Each class holds the reviewer's sentences, a few siblings of
our own and, for every neutral word or narrowing, scams that must still read fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

FRAUD = ("fraud_check",)
LOST = ("lost_card",)
LANGUAGE = ("change_language",)


class TestCardSaidLostLeavesTheCardToTheSigns:
    """F1. "card is lost / card's lost / card is missing / card's missing" are a request rule's
    words (lost_card `[card_said_lost]`), not strong phrases: "card" stays seen by the signs."""

    CASES: ClassVar[list[Any]] = [
        (
            "the caller said my card's missing and a courier is coming round to collect it tonight",
            FRAUD,
        ),
        ("my card's missing and a courier is coming to collect it", FRAUD),
        ("my card is missing a courier is coming to collect it from my house", FRAUD),
        ("my card is missing the bank said a courier is coming round to collect it", FRAUD),
        ("card's missing the bank are sending someone round to collect it", FRAUD),
        ("my card is lost and a man is coming to my door to pick it up", FRAUD),
        ("card is lost a man is coming round for it tonight", FRAUD),
        ("my bank card is lost a driver is coming to my house for it", FRAUD),
        ("my card is lost the bank said to leave it under the mat for their man", FRAUD),
        # a driver sent for it: the courier sign's new words
        (
            "me card's missing the man rang said cut it in half and give it to the taxi man",
            FRAUD,
        ),
        # our own siblings
        ("the bank said cut my card in half and give it to the taxi driver", FRAUD),
        ("my debit card's lost a courier from the bank is coming for it this afternoon", FRAUD),
        (
            "a man from the bank rang and said my card is lost and I need to read him the PIN",
            FRAUD,
        ),
        ("my card is lost the police phoned and want me to move my money to a safe account", FRAUD),
        # the round's aims still hold
        ("my card is lost I need to cancel it", LOST),
        ("me card is lost I need to cancel it please", LOST),
        ("card's missing", LOST),
        ("me card is missing love", LOST),
        ("my card is lost what do i do", LOST),
        ("my card's lost", LOST),
        ("my card is lost I think I left it in the taxi", LOST),
        ("I left my card in a taxi can you stop it", LOST),
        ("my card is lost and my grandson says dont tell nan ive borrowed it", LOST),
        # was a strict xfail (main's older strong phrase 'lost my card' hid 'card' from the
        # courier sign); read right since ADR 0142
        ("I lost my card and a courier is coming to collect it", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestWeakEnglishWithACourierIsTheScam:
    """F2. A courier told in weak English, the caller's language named, reads fraud_check: the
    courier sign now sees "to collect card" (the hobby's neutral needs its collector)."""

    CASES: ClassVar[list[Any]] = [
        (
            "my english is not good the man on phone speak polish he is coming to my house to "
            "collect card",
            FRAUD,
        ),
        ("a polish man says he is from bank and coming round for my card", FRAUD),
        # our own siblings
        ("a man is coming to my house to collect card", FRAUD),
        ("english no good, man speak romanian, he come to my house to collect card today", FRAUD),
        ("my english is poor the man speaks polish on phone he wants my pin number", FRAUD),
        # the narrowed hobby neutral: a collector's cards stay talk, a courier's are a scam
        ("my grandson likes collecting cards", (UNKNOWN,)),
        ("he collects cards, football ones", (UNKNOWN,)),
        ("a courier is collecting cards from the street tonight the bank said", FRAUD),
        ("he collects cards from the old folk, the bank sent him, he wants mine tonight", FRAUD),
        # the round's aims still hold
        ("english not good polish please", LANGUAGE),
        ("my english not good turkish", LANGUAGE),
        ("my english is not good, you have polish?", LANGUAGE),
        ("little english, do you do arabic", LANGUAGE),
        ("my english is not good but I want to take out cash", ("take_ticket",)),
        ("my english is not good I am sorry", (UNKNOWN,)),
        ("my neighbour's polish and her english is not good she brought me cakes", (UNKNOWN,)),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestNoEnglishNeedsTheSpeaking:
    """F3. A bare "no english" was a thing's; only "no english spoken", "speak no english" and
    the like are the customer's weak English."""

    CASES: ClassVar[list[Any]] = [
        ("the recipe has no english mustard so we used french", (UNKNOWN,)),
        ("no english at the pub only french wine", (UNKNOWN, "no")),
        ("no english welsh cakes please", (UNKNOWN, "no")),
        # our own siblings: the speaking kept
        ("no english spoken, polish please", LANGUAGE),
        ("i speak no english, polish", LANGUAGE),
        # scams with the kept words
        (
            "no english spoken polish please a man rang he is sending a courier for my card",
            FRAUD,
        ),
        (
            "i speak no english a man rang in polish said move my money to a safe account",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


# --- second review (review 23b) -------------------------------------------------------------
#
# The second reviewer found that a card said lost with "the bank sent a man to collect my card"
# read lost_card (the courier words lacked a man sent and "to collect my card"; G1); that a car
# or a taxi "sent to collect card" missed, since the ADR 0123 neutral took any "sending a car"
# (G2); and that the card hobby kept "he / she collects cards", how a courier is told, and had
# the driver handed "it" but not "them" (G3).


class TestAManSentForTheCardIsTheCourier:
    """G1. "sent a man / sent someone", "to collect my card / the card / card", "collect(s)
    cards from / for" are courier words: the strong `[courier, valuables]` sign outweighs the
    card said lost."""

    CASES: ClassVar[list[Any]] = [
        ("my card's lost the bank sent a man to collect cards from customers", FRAUD),
        ("my card's lost the bank sent a man he takes cards from customers", FRAUD),
        ("my card's lost the bank sent a man he collects cards from customers", FRAUD),
        ("my card's lost the bank sent a man to collect my card", FRAUD),
        # our own siblings
        ("i lost my purse the bank sent a man to collect my card", FRAUD),
        ("the bank sent a man to collect my card", FRAUD),
        ("the bank sent someone to collect my card yesterday", FRAUD),
        # plain requests keep their task
        ("my card is lost I need to cancel it", LOST),
        ("my card is lost and my son is coming to pick me up later", LOST),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestACarSentForTheCustomerOnly:
    """G2. The ADR 0123 neutral needs the customer as the one fetched ("sending a car round to
    take me", "a taxi for me"); a car or a taxi for the card ("for it", "to collect card") is the
    courier."""

    CASES: ClassVar[list[Any]] = [
        ("my husband's card is lost the bank are sending a car to collect card", FRAUD),
        ("my card is lost the bank are sending a taxi to collect card", FRAUD),
        ("my card is lost the bank are sending a car for it", FRAUD),
        ("the bank are sending a car to collect my card", FRAUD),
        # our own siblings
        ("my card is missing the bank said they will send a taxi to collect card tonight", FRAUD),
        ("my card is gone the bank said a taxi for it is on the way", FRAUD),
        # the narrowed neutral's words, in a scam
        (
            "the bank are sending a car for me and a car for my card they said hand it over",
            FRAUD,
        ),
        # a car sent for the customer stays no alarm
        ("my son is sending a car round to take me to the hospital", (UNKNOWN,)),
        ("my daughter will send a car to take me to the bank on monday", (UNKNOWN,)),
        # moved to test_intents_offer_0141.py (ADR 0141)
        ("the council is sending a car round for me on tuesday", (UNKNOWN,)),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestTheCardHobbyIsTheCustomers:
    """G3. The card hobby is "i collect cards" or "likes collecting cards"; a collector in the
    third person or "we" with the bank is the courier, and the driver may be handed "them"."""

    CASES: ClassVar[list[Any]] = [
        ("he collects cards for the bank my card is lost", FRAUD),
        (
            "the man says he collects cards for the bank my card is missing he comes at four",
            FRAUD,
        ),
        ("she collects cards for the bank and is coming to my house tonight", FRAUD),
        ("he collects cards from the old folk the bank sent him for mine", FRAUD),
        ("we collect cards the bank told us to hand them to the driver", FRAUD),
        # our own siblings
        ("he collects cards from the old people round here for the bank", FRAUD),
        # the hobby kept ("i collect cards" is a neutral: a scam with it)
        ("my grandson likes collecting cards", (UNKNOWN,)),
        ("i collect cards football ones my grandson loves them", (UNKNOWN,)),
        ("we collect cards and stamps at the club", (UNKNOWN,)),
        ("i collect cards but the bank said give them to the driver tonight", FRAUD),
        # or the hobby's own word after a collector in the third person
        ("she collects football cards", (UNKNOWN,)),
        ("he collects cards and stamps", (UNKNOWN,)),
        (
            "he collects cards football ones and the bank sent him to collect my card tonight",
            FRAUD,
        ),
        ("she collects football cards but the bank sent a man to collect my card", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want
