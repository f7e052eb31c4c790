"""Session twenty-one's review of English's round (ADR 0123): each finding as its sentences.

A reviewer found that round twenty-one's money-doubled sign made a relative's gift, a
charity's match or a product question a certain scam (F1); that the card sign's bare "keep my
card" read a friend's advice as the friend keeping it (F2); that open_account's "his / her own
card" took a lost card (F3); that the bare memories "when I arrived / we arrived" made today's
arrival talk (F4); that check_in's bare "cruise, flights, hotel" vetoed real appointments (F5);
that update_details' "have to ring them" wiped out real changes of details (F6); and that the
card sign's exceptions hid an outsider's borrowing (F7). Each class holds the reviewer's
sentences, a few siblings of our own and, for every narrowing, scams that must still read
fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN


class TestMoneyDoubledNeedsAStrangerOrMoneyGoingOut:
    """F1. "he'll double it" with a sum is a sign only from a stranger, a call or money going
    out; "would / will double it" and "double it in / by" are gone."""

    CASES: ClassVar[list[Any]] = [
        (
            "my son says if I save fifty pounds a month in the regular saver he'll double it",
            ("open_account", "explain_product", UNKNOWN),
        ),
        ("my husband said he'd double it if I saved a hundred pounds by Christmas", (UNKNOWN,)),
        (
            "my daughter says whatever I put in the regular saver this year she'll double it, "
            "a hundred pounds a month",
            ("open_account", "explain_product", UNKNOWN),
        ),
        ("for every pound we raise for the hospice my old firm will double it", (UNKNOWN,)),
        (
            "if I put ten thousand pounds in a bond would it double it in ten years",
            ("explain_product", UNKNOWN),
        ),
        # our own siblings
        ("my wife said she'd double it if I saved fifty pounds for the holiday", (UNKNOWN,)),
        ("the church will double it for every pound the children raise", (UNKNOWN,)),
        # scams that keep the sign
        (
            "my grandson's friend says if I put in a thousand pounds he'll double it",
            ("fraud_check",),
        ),
        ("a man said he'd double it if I gave him my savings", ("fraud_check",)),
        ("he'll double it he said if I send him my pension money", ("fraud_check",)),
        (
            "a lovely young man wants me to send him five hundred pounds, he said he'd double it "
            "by friday",
            ("fraud_check",),
        ),
        (
            "put a thousand pounds into this other account and he'd double it",
            ("fraud_check",),
        ),
        (
            "my boyfriend from online says if I transfer two thousand pounds he'll double it",
            ("fraud_check",),
        ),
        (
            "a man rang and said if I send five hundred pounds in bitcoin they'll double it",
            ("fraud_check",),
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestAdviceToKeepMyCardIsNoScam:
    """F2. The card kept is a sign only with its keeper named ("wants to keep my card")."""

    CASES: ClassVar[list[Any]] = [
        ("my friend told me to keep my card in a safe place", ("lost_card", UNKNOWN)),
        (
            "my friend said I should keep my card in my inside pocket on the bus",
            ("lost_card", UNKNOWN),
        ),
        ("my friend said I should keep my card in the drawer at home", ("lost_card", UNKNOWN)),
        # our own sibling
        ("my neighbour told me to hold on to my card when I'm in town", ("lost_card", UNKNOWN)),
        # the keeper named stays a scam
        (
            "my neighbour said she'd keep my card safe while I'm in hospital, she's lovely",
            ("fraud_check",),
        ),
        ("the carer wants to keep my card and my pin", ("fraud_check",)),
        ("my lodger said he'd keep my card for me so I don't lose it", ("fraud_check",)),
        ("my new friend wants to keep hold of my card for a while", ("fraud_check",)),
        ("a nice man I met wanted to hold on to my card for me", ("fraud_check",)),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestHisOwnCardLostIsALostCard:
    """F3. "his / her own card" is a card wanted only with a want word."""

    CASES: ClassVar[list[Any]] = [
        ("my husband has lost his own card, can you block it", "lost_card"),
        ("my wife has lost her own card and needs it blocked", "lost_card"),
        ("my wife lost her own card yesterday", "lost_card"),  # offered since ADR 0141
        (
            "my husband lost his own card and mine at the market",
            "lost_card",
        ),  # offered since ADR 0141
        # our own sibling
        ("my son has lost his own card, can you block it", "lost_card"),
        # the card wanted stays open_account
        ("my nephew wants his own card, he's seventeen", "open_account"),
        ("my granddaughter is sixteen, can she get her own card", "open_account"),
        # scams with the words stay scams
        (
            "a man rang and said he's got a card for my grandson and I'm to post my own card to "
            "him with the pin",
            "fraud_check",
        ),
        (
            "my granddaughter rang from a new number, she lost her own card and needs me to send "
            "five hundred pounds today",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTodaysArrivalIsNoMemory:
    """F4. Only an arrival in this country is a memory; today's arrival keeps its task."""

    CASES: ClassVar[list[Any]] = [
        ("when I arrived the machine ate my card", "lost_card"),
        ("when I arrived the machine outside took my card", "lost_card"),
        (
            "when we arrived for our booking at ten the lady wasn't there",
            ("check_in", "call_staff"),
        ),
        (
            "when I arrived for my appointment there was nobody at the desk",
            ("check_in", "call_staff"),
        ),
        ("when I arrived I was told to take a number", "take_ticket"),
        # the memory stays talk
        ("when we arrived in this country we opened an account here", UNKNOWN),
        ("when we came over in the sixties how do you think they managed", UNKNOWN),
        # scams with the words stay scams
        (
            "when I arrived home a man rang saying he was from the bank and I must move my savings",
            "fraud_check",
        ),
        (
            "when I arrived in this country a man rang and said I owe tax and must pay today",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str | tuple[str, ...]) -> None:
        got = offered("en", text)
        assert got in (want if isinstance(want, tuple) else (want,))


class TestTravelMoneyAtAnAppointmentIsCheckIn:
    """F5. A flight or hotel booked elsewhere, not the bare nouns, vetoes check_in."""

    CASES: ClassVar[list[Any]] = [
        (
            "I have an appointment to see someone about changing money for our cruise",
            "check_in",
        ),
        ("I've an appointment at ten, it's about the hotel bill in my statement", "check_in"),
        ("I have an appointment at half ten about travel money for my cruise", "check_in"),
        ("I've got an appointment at half two about the money for our flights", "check_in"),
        # a trip booked by others stays talk (round twenty-one)
        ("my daughter booked us on a cruise for my birthday, we sail in June", UNKNOWN),
        # scams with the words stay scams
        (
            "a man rang and said I've won a place on a cruise and I must pay a release fee today",
            "fraud_check",
        ),
        (
            "my son's booked us a cruise but a man rang saying the booking failed and he needs my "
            "card details",
            "fraud_check",
        ),
        (
            "a man rang about the hotel booking and wants my card number and the code from the "
            "text",
            "fraud_check",
        ),
        (
            "I have an appointment but a man rang saying our flights were cancelled and I must pay "
            "a fee today to get the money back",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTellingOtherOfficesKeepsTheChange:
    """F6. A call to another office beside the bank's own change of details is no veto."""

    CASES: ClassVar[list[Any]] = [
        (
            "I've changed my address, I'll have to phone them at the pension office as well",
            "update_details",
        ),
        (
            "I've a new mobile number, I'll ring them at the council too, can you put it on my "
            "account",
            "update_details",
        ),
        (
            "I have to call them about my pension too but can I change my phone number here",
            "update_details",
        ),
        # Medicare stays another office's card
        (
            "I've moved house and I need to change my address, I'll ring them at medicare myself",
            "update_details",
        ),
        # the other office's card put right by a call from home stays talk (final23)
        (
            "My Medicare card came in the mail and they spelled my name wrong, I'll have to call "
            "them when I get home",
            UNKNOWN,
        ),
        # was a strict xfail (another office's mistake with no card of its own named read
        # update_details, an offer); read right since ADR 0142
        ("the council spelt my name wrong on the letter, I'll ring them when I get back", UNKNOWN),
        # scams with the words stay scams
        (
            "a man rang from the bank and said my account is hacked, I have to ring them when I "
            "get home and give them my pin",
            "fraud_check",
        ),
        (
            "the man said my savings aren't safe and to call them when I get home so they can move "
            "my money to a safe account",
            "fraud_check",
        ),
        (
            "a man phoned saying he's from the bank, I have to call them back and read them the "
            "code from the text",
            "fraud_check",
        ),
        (
            "the bank rang and said my account is compromised, I have to ring them back on this "
            "number with my pin",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestACardBorrowedIsASignWhateverFollows:
    """F7. A card borrowed or kept by an outsider is a sign even beside the customer's own "can
    I use my card" or a "come with me"; only "use my card" keeps the exceptions."""

    CASES: ClassVar[list[Any]] = [
        (
            "my new friend wants to borrow my card, can I use my card to get her some cash",
            "fraud_check",
        ),
        (
            "my neighbour wants to borrow my card and said to come with me to the cash machine so "
            "it looks right",
            "fraud_check",
        ),
        (
            "my boyfriend from online wants to keep my card, can I use my card when he has it",
            "fraud_check",
        ),
        # our own siblings
        (
            "my lodger wants to borrow my bank card, he'll come with me to the counter",
            "fraud_check",
        ),
        ("my friend asked me to lend her my card and tell her the pin", "fraud_check"),
        # the customer's own use and the carer's shopping stay no scam
        ("I want to use my card in Spain, my friend says it's free", UNKNOWN),
        (
            "the carer wants to come with me to the counter to help me take out my pension",
            "take_ticket",
        ),
        pytest.param(
            "my neighbour wants to use my card for her shopping, can I use my card to let her",
            "fraud_check",
            marks=pytest.mark.xfail(
                strict=True,
                reason="left: a 'use' with the customer's own 'can I use my card' is the "
                "customer's use as often as the neighbour's; the exceptions stay on 'use'",
            ),
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


# Second review (review21b-en): the first mend's own faults, each finding as its sentences.


class TestADoubledSumHandedToARelativeIsASign:
    """R1. A relative's "he'll double it" is a sign again when the money is handed to him in
    other words ("let him have", "lend him", "sign over"); a saver's promise stays none."""

    CASES: ClassVar[list[Any]] = [
        (
            "my nephew said he'd double it if I let him have ten thousand pounds for his business",
            "fraud_check",
        ),
        ("my nephew says if I lend him my savings he'll double it by christmas", "fraud_check"),
        ("my son in law says he'll double it if I sign over my savings to him", "fraud_check"),
        (
            "my grandson said he'd double it if I let him have my savings for a few months",
            "fraud_check",
        ),
        ("my nephew said the scheme would double it if I signed over my pension", "fraud_check"),
        # our own siblings
        ("my niece says she'll double it if I let her have five thousand pounds", "fraud_check"),
        (
            "my granddaughter said they'd double it if I lend them my pension lump sum",
            "fraud_check",
        ),
        # the savers' promises stay no scam
        ("my husband said he'd double it if I saved a hundred pounds by Christmas", UNKNOWN),
        ("my brother said he'd double it if I put a tenner a week in the jar", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestACardKeptNeedsItsKeeper:
    """R2, R3, R4. "keep hold of my card" needs a keeper who wants it; "they'd / let them keep
    my card" is the bank or the machine; "my card and pin" told as advice is no sign."""

    CASES: ClassVar[list[Any]] = [
        (
            "my friend said I should keep hold of my card and never give it to anyone",
            (UNKNOWN,),
        ),
        ("my neighbour told me to keep hold of my card at the cash machine", (UNKNOWN,)),
        (
            "my neighbour said to keep hold of my card when I'm in the queue",
            (UNKNOWN, "take_ticket"),
        ),
        (
            "my neighbour said they'd keep my card if I put the wrong pin in three times",
            (UNKNOWN, "lost_card"),
        ),
        (
            "my friend said don't ever let them keep my card at the machine",
            (UNKNOWN, "lost_card"),
        ),
        (
            "my daughter's friend said I should never keep my card and pin in the same purse",
            (UNKNOWN,),
        ),
        ("my friend said never write down my card and pin", (UNKNOWN,)),
        # our own sibling
        (
            "my neighbour said I should keep my card and my pin apart",
            (UNKNOWN, "lost_card"),
        ),
        # scams with the words stay scams (one for every narrowing and every advice word)
        (
            "my new friend I met at the day centre wants to keep hold of my card for me and she "
            "knows my pin",
            ("fraud_check",),
        ),
        ("my lodger wants to keep hold of my card while I'm away", ("fraud_check",)),
        (
            "my new friend said I should let her keep hold of my card for a week",
            ("fraud_check",),
        ),
        ("my neighbour said she'd keep my card safe while I'm in hospital", ("fraud_check",)),
        ("my lodger said he'll keep my card and take out my pension for me", ("fraud_check",)),
        ("my carer asked me for my card and pin", ("fraud_check",)),
        ("my lodger said he'd keep my card and my pin safe for me", ("fraud_check",)),
        (
            "my new friend from church wants to do my shopping with my card and my pin",
            ("fraud_check",),
        ),
        ("my neighbour wants my card and pin so she can get my pension out", ("fraud_check",)),
        (
            "my friend said I should give her my card and pin and she'll sort it",
            ("fraud_check",),
        ),
        (
            "my new friend wants my card and pin and said never tell the bank",
            ("fraud_check",),
        ),
        (
            "my lodger wants my card and my pin together so he can do my shopping",
            ("fraud_check",),
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestAFlightBookedBesideAnAppointmentHere:
    """R5. A flight or hotel booked is neutral: the customer with a travel-money appointment
    says what she booked; "booked us a cruise" stays talk and a booking scam stays a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "I have an appointment at eleven to order euros, we've booked our flights to Malaga",
            "check_in",
        ),
        (
            "I've an appointment at two about travel money, we've booked a hotel in Spain",
            "check_in",
        ),
        ("I'm booked in at half ten about currency for when we're on a cruise", "check_in"),
        (
            "we've booked the hotel and the flights, I've an appointment to get our euros",
            "check_in",
        ),
        # our own sibling and the round's talk
        ("my son's booked us a cruise for our anniversary", UNKNOWN),
        # scams with the words stay scams
        (
            "a man rang to say the hotel booking was cancelled and I need to give my card details "
            "for the refund",
            "fraud_check",
        ),
        (
            "we booked our flights online and then a man rang about a refund and wanted my bank "
            "details",
            "fraud_check",
        ),
        (
            "I booked a flight and a man phoned saying it was cancelled and I must pay again by "
            "bank transfer today",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestACallPutOffTillHomeIsNeutral:
    """R6. "call / ring / phone them when I get home / back" is neutral; the other office's
    card ("medicare card") is update_details' elsewhere."""

    CASES: ClassVar[list[Any]] = [
        (
            "I'd like to change my address please, I'll call them when I get back for the electric",
            "update_details",
        ),
        (
            "I've changed my address, I'll ring them when I get home at the pension office too, "
            "can you change it here",
            "update_details",
        ),
        (
            "my address needs changing please and I'll phone them when I get home about the gas",
            "update_details",
        ),
        (
            "My Medicare card came in the mail and they spelled my name wrong, I'll have to call "
            "them when I get home",
            UNKNOWN,
        ),
        # scams with the words stay scams
        (
            "the bank rang and said I have to ring them when I get home and give them my card "
            "number and pin",
            "fraud_check",
        ),
        (
            "a man phoned about my account and said phone them when I get back with the code from "
            "the text",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestACarersShoppingWithTheCard:
    """R7. Left by choice (ADR 0123): a carer who wants to use or borrow the card reads
    fraud_check, the scam question, which offers a person."""

    CASES: ClassVar[list[Any]] = [
        ("my carer wants to use my card to do my shopping, is that allowed", "fraud_check"),
        ("my carer wants to borrow my card to get my shopping on thursday", "fraud_check"),
        ("my carer uses my card for my shopping and brings me the receipts", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want
