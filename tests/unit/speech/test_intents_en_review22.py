"""Session twenty-two's review of English's round (ADR 0127): each finding as its sentences.

A reviewer found that the round's "on hold" neutrals without the customer as the one waiting
hid an account on hold (F1); that `upfront`'s bare "to be released", "once I've paid" and
"admin charge" made a refund or a rebate a scam (F2); that `stranded`'s robbed and mugged with
no owner took the customer's own robbery (F3); that explain_product's bare "their number"
vetoed a product question (F4); that the request shape "how to do the" took a story of being
shown how (F5); that "not so quick" took "not so quick to give my details out" (F6); and that
the stranded sign missed other places and "stuck out in" (F7). Each class holds the
reviewer's sentences, a few siblings of our own and, for every neutral word or narrowing,
scams that must still read fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

FRAUD = ("fraud_check",)


class TestOnHoldNeutralsNeedTheCustomerWaiting:
    """F1. Only "I was / I've been / I'd been / kept me / left me on hold" and "put me on hold
    for ages" are the customer's wait; a bare "been on hold for" is an account's."""

    CASES: ClassVar[list[Any]] = [
        (
            "I got a call, my account has been on hold for a week, I need to take the money out",
            FRAUD,
        ),
        ("I got a call my savings are on hold for an hour while I move them", FRAUD),
        ("I got an email, they put me on hold and I need to give my details", FRAUD),
        ("I got an email saying they put me on hold till I update my details", FRAUD),
        # our own siblings: the customer's own wait stays talk
        ("I rang the gas board and was on hold for an hour, it's a disgrace", (UNKNOWN,)),
        # scams with every neutral kept
        (
            "a man rang from the bank, I was on hold for a bit, then he said my account is frozen "
            "and I must move my savings",
            FRAUD,
        ),
        (
            "I rang the number in the text and was on hold, then they said my account's on hold "
            "until I give my pin",
            FRAUD,
        ),
        (
            "they kept me on hold and then said my savings are at risk and must go to a safe "
            "account",
            FRAUD,
        ),
        (
            "a woman phoned, left me on hold, then said my card's been used by crooks and a "
            "courier "
            "will collect it",
            FRAUD,
        ),
        (
            "I was on hold listening to music then a man said my account's on hold and I have to "
            "read him the code",
            FRAUD,
        ),
        (
            "the bank's fraud team put me on hold for ages then told me to transfer everything to "
            "a new account",
            FRAUD,
        ),
        (
            "a caller said I've been on hold for the fraud team and now I must tell him my pin",
            FRAUD,
        ),
        (
            "a man rang and said he'd put me on hold and played music, then asked for my card "
            "number",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestWindfallHeldNeedsAPurposeOrAPayment:
    """F2. `upfront` keeps a windfall held for a payment ("for the winnings to be released",
    "paid out until I pay", "pay the admin charge"), never the bare words."""

    CASES: ClassVar[list[Any]] = [
        (
            "I was charged an admin charge on my account, can I get a refund",
            ("call_staff", "explain_product"),
        ),
        (
            "can I have a refund of the admin charge you took when my card was replaced",
            ("call_staff", "explain_product"),
        ),
        (
            "there's an admin cost on my statement, I think I'm owed money back, can I see someone",
            ("call_staff",),
        ),
        (
            "my compensation from the fall is to be released next week, can I pay it into my ISA",
            ("take_ticket", "explain_product", UNKNOWN),
        ),
        (
            "my tax rebate is to be released next month, can I pay it into my account when it "
            "comes",
            ("take_ticket", UNKNOWN),
        ),
        (
            "my lottery syndicate at work, we won a bit and the money is to be released on friday, "
            "can I pay it in",
            ("take_ticket",),
        ),
        (
            "I got a rebate on my council tax, the council said it would come once I've paid the "
            "last instalment",
            (UNKNOWN,),
        ),
        ("I'll claim it once I've paid the gas bill, it's only a small refund", (UNKNOWN,)),
        (
            "the roofer is nearly done, I said I'd pay him once I've paid my gas bill, can I take "
            "out three hundred pounds",
            ("take_ticket",),
        ),
        # scams with the narrowed words
        (
            "I've won a prize, they said I have to pay the admin charge first before it can be "
            "released",
            FRAUD,
        ),
        (
            "they said my inheritance will only be paid out until I pay the administration fee",
            FRAUD,
        ),
        (
            "a letter says I've won the lottery and for the winnings to be released I must send "
            "two "
            "hundred pounds",
            FRAUD,
        ),
        (
            "my compensation is to be released I have to pay a fee of fifty pounds by gift card",
            FRAUD,
        ),
        ("a man says my refund will be sent till I pay the release fee", FRAUD),
        ("they told me my winnings will be released once the admin charge is paid by me", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestStrandedNeedsAnOwnerAndFarPlaces:
    """F3 and F7. Robbed, mugged or "can't get home" count for the stranded sign only with "he /
    she / they" or "his / her"; "stuck out / over in" and more far places join."""

    CASES: ClassVar[list[Any]] = [
        (
            "I got robbed on the bus, my friend texted me to come here and stop my card, I need "
            "some cash too",
            ("lost_card",),
        ),
        (
            "my bag was stolen, I've been on the phone to my friend, I need a new card and some "
            "cash",
            ("lost_card",),
        ),
        # our own siblings
        (
            "my husband's wallet was stolen, my friend texted me to come and stop his card, I "
            "need some cash too",
            ("lost_card",),
        ),
        (
            "I got mugged in town, my friend phoned and said to come here, my card was in my bag "
            "and "
            "I need some cash",
            ("lost_card",),
        ),
        (
            "my wallet was stolen on the bus, my neighbour messaged me to come here and cancel my "
            "card, and I need some cash",
            ("lost_card",),
        ),
        # F7: the reviewer's misses
        ("my friend rang he's stuck in majorca and needs three hundred pounds", FRAUD),
        ("my old workmate rang he's stuck in india and needs five hundred pounds sent", FRAUD),
        ("my friend messaged me she's stuck out in spain and needs two hundred pounds", FRAUD),
        ("my mate's been stuck in Tenerife he messaged me to send him money", FRAUD),
        ("my friend emailed me he was pickpocketed in barcelona and needs money wired", FRAUD),
        # scams with the owned words
        (
            "my friend's been robbed in Italy, she texted asking for three hundred pounds for a "
            "hotel",
            FRAUD,
        ),
        ("my mate got mugged in Greece, he rang and needs two hundred pounds", FRAUD),
        ("my workmate's wallet was stolen in Dubai, he emailed asking me to send money", FRAUD),
        ("my friend rang, she got robbed in Spain and needs five hundred pounds sent today", FRAUD),
        (
            "my pal messaged, his wallet was stolen in Portugal, he needs me to send him three "
            "hundred pounds",
            FRAUD,
        ),
        (
            "my old colleague emailed, she was pickpocketed in Rome and can't get home, she needs "
            "money wired",
            FRAUD,
        ),
        (
            "a friend from church texted, he can't get home from Turkey and needs two hundred "
            "pounds",
            FRAUD,
        ),
        ("my workmate messaged me he's stuck over in France and needs money sent", FRAUD),
        ("my mate rang he's been mugged in Lanzarote and needs money for a flight", FRAUD),
        (
            "my friend messaged, her handbag was stolen in Malta and she needs four hundred pounds",
            FRAUD,
        ),
        pytest.param(
            "my friend messaged, she got robbed on holiday in spain last year and she's still "
            "cross "
            "about it, anyway I want to take out fifty pounds",
            ("take_ticket",),
            marks=pytest.mark.xfail(
                strict=True,
                reason="left: her robbery is owned; only the fifth slot for the friend's own need, "
                "which ADR 0127 dropped, would tell it from the scam (in doubt, the scam reading)",
            ),
        ),
        pytest.param(
            "my friend rang, she's stranded at her daughter's because of the snow, so I've come to "
            "pay her gas bill with her card",
            ("take_ticket",),
            marks=pytest.mark.xfail(
                strict=True,
                reason="left (borderline): 'stranded' bare is the sign's own word; paying for a "
                "stranded friend who rang is the scam's shape (in doubt, the scam reading)",
            ),
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestTheirNumberOnlyAsked:
    """F4. Another office's number is an elsewhere only as asked or missed ("do you know their
    number", "I didn't get their number"), never the bare "their number"."""

    CASES: ClassVar[list[Any]] = [
        (
            "what is a fixed rate bond, and what's their number if I want to ring about it",
            ("explain_product",),
        ),
        (
            "tell me about your savings accounts, my friend says their number is on the leaflet",
            ("explain_product",),
        ),
        (
            "can you explain the ISA, the people from your head office, what's their phone number",
            ("explain_product",),
        ),
        (
            "what's the interest on the over sixties saver, and their telephone number please",
            ("explain_product",),
        ),
        # our own sibling, and the round's own sentence
        (
            "what's the interest on your fixed bond, and what's their phone number at head office",
            ("explain_product",),
        ),
        (
            "I need to ring the Pension Service about my winter fuel payment, do you know their "
            "number off hand",
            (UNKNOWN,),
        ),
        # scams with the kept words
        (
            "a man rang about my winter fuel payment and wants my bank details, I didn't get their "
            "number",
            FRAUD,
        ),
        (
            "a lady phoned from the tax office and I need their number, she said I must pay the "
            "admin charge today to get my refund",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestShownHowIsAStory:
    """F5. "showed / taught me how to do the", "learned how to do a" are asides: the shape
    inside them asks nothing."""

    CASES: ClassVar[list[Any]] = [
        (
            "the young man at the library showed me how to do the online forms and he said it "
            "costs "
            "nothing",
            (UNKNOWN,),
        ),
        (
            "a man at church showed me how to do a will, he charged me fifty pounds, what a cheek",
            (UNKNOWN,),
        ),
        # our own sibling, and the round's request
        (
            "my nephew taught me how to do the crossword on the tablet, he's a clever lad, it "
            "costs "
            "nothing",
            (UNKNOWN,),
        ),
        (
            "how to do the transfer on the mobile banking, my nephew showed me but I forget "
            "already",
            ("mobile_banking_help",),
        ),
        # scams with the asides
        (
            "the nice man from church showed me how to do the transfer to his account and said to "
            "keep it quiet from the bank",
            FRAUD,
        ),
        ("a man on the phone taught me how to do a bank transfer to his safe account", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestNotSoQuickToIsWary:
    """F6. "not so quick to" is a neutral phrase: wary, no pace asked."""

    CASES: ClassVar[list[Any]] = [
        ("not so quick dear, I can't keep up with you", ("slower",)),
        (
            "not so quick to believe me, the man on the phone said, you must move your savings "
            "to a "
            "safe account today",
            FRAUD,
        ),
        # was a strict xfail ('check a text I got' names no scam sign); offered as a scam
        # since the classifier's scam in silence at 0.5 (ADR 0144)
        ("not so quick to give my details out these days, I want to check a text I got", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


# Second review (notes/review22b-en.md): the first mend's own problems.


class TestSecondReviewOnHoldOnlyTheCustomerRinging:
    """22b-1. "and was on hold" only with the customer ringing ("rang them and was on hold") or a
    call's length ("for an hour"); a card "flagged and was on hold" is the danger sign."""

    CASES: ClassVar[list[Any]] = [
        (
            "I got an email my account was checked and was on hold till I update my details",
            FRAUD,
        ),
        ("I got a call my card was flagged and was on hold until I confirm my details", FRAUD),
        (
            "I got a call my card was flagged and was on hold for a week I need to give my details",
            FRAUD,
        ),
        ("I rang the gas board and was on hold for an hour, it's a disgrace", (UNKNOWN,)),
        # scams with the kept neutrals
        (
            "I rang them and was on hold for ages then a man said my account is frozen and I must "
            "move my savings to a safe account",
            FRAUD,
        ),
        (
            "a man said I phoned them and was on hold for forty minutes, then he asked for the "
            "code from my text",
            FRAUD,
        ),
        (
            "I rang the number in the text and was on hold, then they said my account's on hold "
            "until I move my money",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestSecondReviewStrandedInOtherWords:
    """22b-2. The friend's robbery told with the subject dropped or in other words: a far place
    ("robbed in Spain", `far_robbed`), "had her purse stolen", "nicked his wallet", "can't get
    back home"; the customer's own local robbery stays lost_card."""

    CASES: ClassVar[list[Any]] = [
        ("my friend messaged got robbed in spain can't get home needs three hundred pounds", FRAUD),
        ("my friend rang robbed in spain and can't get home she needs money sent", FRAUD),
        (
            "my friend's bag was stolen in spain she messaged me to send money for a flight home",
            FRAUD,
        ),
        (
            "my pal emailed someone nicked his wallet in lisbon he needs three hundred pounds sent "
            "to his new account",
            FRAUD,
        ),
        (
            "my friend from bowls messaged she had her purse stolen in madeira and cannot get back "
            "home can I send her five hundred pounds",
            FRAUD,
        ),
        (
            "my friend sent a message his passport and wallet were stolen in cyprus and he needs "
            "money for a flight home",
            FRAUD,
        ),
        (
            "my pal messaged me someone stole his wallet in greece he can't get back home and "
            "needs money",
            FRAUD,
        ),
        (
            "my mate texted they were robbed in turkey and need four hundred pounds for the hotel",
            FRAUD,
        ),
        # our own siblings
        (
            "my neighbour's handbag was stolen in benidorm she rang and needs money sent today",
            FRAUD,
        ),
        ("my workmate texted mugged in france no way home he needs two hundred pounds", FRAUD),
        # the customer's own robbery, local
        (
            "I got robbed on the bus, my friend texted me to come here and stop my card",
            ("lost_card",),
        ),
        ("my bag was stolen in town my friend rang me, I need to stop my card", ("lost_card",)),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestSecondReviewWindfallWaitedFor:
    """22b-3. A windfall waited for ("waiting for the money to be released"), checked "before it
    can be released" or paid "once I've paid the last instalment" is no demand; "released once
    I've paid the fee", "before it can be released I have to" stay upfront's."""

    CASES: ClassVar[list[Any]] = [
        (
            "I won fifty pounds on the premium bonds and I'm waiting for the money to be released "
            "can I pay it in when it comes",
            ("take_ticket",),
        ),
        (
            "my premium bond prize has to be checked before it can be released can I pay it in "
            "here when it comes",
            ("take_ticket",),
        ),
        (
            "I inherited my sister's house and we're waiting for the money to be released can I "
            "open an ISA",
            ("open_account",),
        ),
        ("the council said my rebate will be paid once I've paid the last instalment", (UNKNOWN,)),
        (
            "my rebate is paid once I've paid the last instalment of my council tax can I check "
            "if it came in",
            ("take_ticket",),
        ),
        (
            "my energy company said my refund will be paid once I've paid the final bill can I "
            "check my balance",
            (UNKNOWN, "balance"),
        ),
        (
            "my tax rebate will be released once I've paid the last instalment of my council tax "
            "can I check if it came in",
            ("take_ticket",),
        ),
        (
            "I want to check the admin charge has been paid on my ISA transfer and the refund "
            "came in",
            ("explain_product", "call_staff"),
        ),
        # scams with the neutral and the narrowed forms
        (
            "a man rang, I've won the lottery and I'm waiting for the money to be released but he "
            "says I must pay a fee first by gift card",
            FRAUD,
        ),
        (
            "I won the lottery in spain and I'm waiting for the money to be released, they said I "
            "must pay a release fee first",
            FRAUD,
        ),
        ("the inheritance will only be paid once I've paid the admin charge he said", FRAUD),
        (
            "the prize is released once I've paid the handling fee, they want it in gift cards",
            FRAUD,
        ),
        (
            "a letter says my prize has to be checked before it can be released I have to pay a "
            "fee of fifty pounds",
            FRAUD,
        ),
        (
            "my winnings will be released once I've paid the fee, the man on the phone said gift "
            "cards",
            FRAUD,
        ),
        (
            "I've won a prize and I'm waiting for the funds to be released and I have to send the "
            "admin fee today",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestSecondReviewSpouseRobbed:
    """22b-4. The customer's own spouse robbed with a friend as the messenger (`kin_robbed`
    unless) is lost_card; a spouse robbed in a far place told by a caller stays a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "my husband's been robbed his wallet was stolen his friend rang me can I stop his card "
            "and get some cash",
            ("lost_card",),
        ),
        (
            "my husband was mugged his friend phoned me, his wallet was stolen, can I stop his "
            "card and get some cash",
            ("lost_card",),
        ),
        (
            "my wife was mugged in town her friend phoned me I need to stop her card and get some "
            "cash",
            ("lost_card",),
        ),
        # scams with the spouse named
        (
            "a man rang said my husband's been robbed in spain and needs five hundred pounds sent "
            "today",
            FRAUD,
        ),
        (
            "a man rang my husband has been robbed in portugal, he needs four hundred pounds sent "
            "for his flight",
            FRAUD,
        ),
        (
            "my friend rang, her husband's been robbed in spain and they can't get home, she needs "
            "five hundred pounds sent",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestSecondReviewTheirNumberAfterAProduct:
    """22b-5. "do you know / I need their number" after a product question is an aside; only
    "their number off hand", "didn't get their number" or the Pension Service named put it
    elsewhere."""

    CASES: ClassVar[list[Any]] = [
        (
            "what's a fixed rate bond and do you know their number at head office",
            ("explain_product",),
        ),
        (
            "can you explain the over sixties saver my daughter wants to ring them do you know "
            "their phone number",
            ("explain_product",),
        ),
        ("what is an ISA and I need their phone number for the helpline", ("explain_product",)),
        ("tell me about your bonds and do you know their telephone number", ("explain_product",)),
        ("what's a fixed rate bond and I need their number for head office", ("explain_product",)),
        ("can you tell me about the pension service do you know their number", (UNKNOWN,)),
        # scams with the kept words
        (
            "a man from the pension service rang, I need their phone number, he said I must give "
            "my pin to get my top up",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want
