"""final23's missed English scam (issue 11 §7): the courier scam, as its class in other words.

The class: a caller (the police, the bank, a "fraud team") tells the customer that their cash,
cards or notes are fake, marked, copied or evidence, and sends someone (a car, a driver, a
courier, an officer) to collect them, or tells the customer to bring them somewhere. final23's
sentence had no scam sign: its caller's word was only a loose sign and a caution, and a long
sentence that asks nothing weighs those as talk (unknown, 1.00). On the code before this change
9 of the 14 scam sentences below read fraud_check (by other signs: "fake", the police and money,
a courier and cash), and all 10 everyday sentences read something else (3 more, left strict
xfail, read fraud_check by signs outside the class).

The sentences are our own (a customer of 70 or more, a coached victim, a carer; run-on speech),
not taken from any set; the everyday ones share the class's words: notes, a car sent round, a
driver who collects, a courier with a parcel, the bank's app set up with help.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered


class TestFakeMoneyCollectedIsAScam:
    """Money or cards called fake, marked or evidence, and fetched or to be brought: fraud_check."""

    CASES: ClassVar[list[str]] = [
        "a detective rang me and said the fifty pound notes the bank gave me are forgeries and an "
        "officer will come by tonight to collect them for fingerprints",
        "the man on the phone says my bank card has been cloned and a courier is coming to take it "
        "away for the investigation",
        "I had a call from the fraud team they said the cash I drew out on Monday is fake money "
        "and I'm to put it in an envelope and a driver will pick it up",
        "a policeman phoned and told mum the twenties in her purse were counterfeit and she must "
        "hand them to the officer who comes to the door",
        "they rang from the police station to say my money is marked from a robbery and they need "
        "it as evidence so they are sending someone round for it",
        "he said the notes were dodgy and wanted me to bring the lot down to the station in a taxi "
        "he would pay for",
        "my dad got a call saying the cash he took out yesterday was forged and a man in a car "
        "would come and swap it for good notes",
        "a woman from bank security said the serial numbers on my tenners match stolen money and I "
        "should drop them off at an address she gave me",
        "apparently the money I withdrew is evidence in a fraud case and a courier from the police "
        "will pick it up this evening",
        "someone rang saying my banknotes are fake and to wrap them up and give them to the taxi "
        "driver they send",
        "they say the notes from the machine are counterfeit so they'll send a driver to fetch "
        "them and give me new ones",
        "the fraud officer told me over the phone the cash I've got at home is forged and a "
        "colleague will come and take it away for testing",
        "my mother had a call saying her pension money was counterfeit and she was to take it in a "
        "carrier bag to a car waiting outside the shops",
        "a chap said my cards are copies made by crooks and his colleague is on his way to collect "
        "them and cut them up",
    ]

    @pytest.mark.parametrize("text", CASES)
    def test_reading(self, text: str) -> None:
        assert offered("en", text) == "fraud_check"


class TestEverydayNotesAndCarsAreNoScam:
    """The class's words in everyday talk: real notes, a lift, a parcel, the app set up."""

    CASES: ClassVar[list[str]] = [
        "my grandson came round and set up video calls on my tablet so I can see the little ones",
        "a courier delivered a parcel this morning and I had to sign for it",
        "the lady at the counter helped me install the bank's app on my phone",
        "I'd like to pay in these notes, some of them are the old paper ones, do you still take "
        "them",
        "there was a piece on the telly about fake notes going round the shops",
        "can I get my cash in new notes please, it's for my granddaughter's birthday card",
        "a driver is coming to collect my old sofa for the charity shop this afternoon",
        "my daughter's sending a taxi to take me to the bank to pay in my pension",
        "the man on the phone from the bank helped me set up the app and sent me a new card in the "
        "post",
        "I found some old ten shilling notes in the loft, are they worth anything",
    ]

    @pytest.mark.parametrize("text", CASES)
    def test_reading(self, text: str) -> None:
        assert offered("en", text) != "fraud_check"


class TestEverydayReadAsAScamBeforeThisChange:
    """Everyday sentences of the class's words that read fraud_check before this change, by signs
    outside it (left then: that mend only added scam signs). Since round twenty-one (ADR 0123) a
    car or a taxi sent for the customer is no money sent (a phrase as long as `fetched`'s own
    "send a car"); the pound coin and the note are left (a cash-desk phrase for them hid the
    "pound" of "the man said my fifty pound notes were no good and he'd swap them for me")."""

    CASES: ClassVar[list[Any]] = [
        # cues.yaml's pressure sign: "send" and "hospital"
        "my son is sending a car round to take me to the hospital this afternoon",
        # loose [someone, reported, money] in a sentence with a request's shape
        pytest.param(
            "the shop wouldn't take my fifty pound note they said it might be counterfeit can I "
            "change it here",
            marks=pytest.mark.xfail(
                strict=True, reason="'they said' + 'pound': the loose [someone, reported, money]"
            ),
        ),
        # was a strict xfail ('them … says' + 'pound': the loose [someone, reported, money]);
        # read right since ADR 0142
        "I've brought the old pound coins to change, my daughter says the bank will take them",
    ]

    @pytest.mark.parametrize("text", CASES)
    def test_reading(self, text: str) -> None:
        assert offered("en", text) != "fraud_check"
