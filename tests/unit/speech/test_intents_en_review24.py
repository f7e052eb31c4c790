"""Session twenty-four's review of English's round (ADR 0135): each finding as its sentences.

A reviewer found ten problems in the round's words. A customer's own post wording was strong,
so a stranger who "said my post should go" to him and wanted the card reached a task and the
caution was never offered (F1, F7); a bare "the platform" was an investment pitch (F2); a famous
face with any investing word (income, returns, trading) was a scam (F3); the screen's own "click
here to" with details typed was a link acted on (F4); a bare "oh here it is" settled a request
(F5); a relative "gone to live in" was a move (F6); a bare "rather talk to" asked for staff (F8);
a relative's booking at the opticians was offered check_in (F9); a product named with "said"
was a pitch (F10). Each class holds the reviewer's sentences, a few siblings of our own and,
for every narrowing, scams that must still read fraud_check.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN

FRAUD = ("fraud_check",)
TALK = (UNKNOWN,)
UPDATE = ("update_details",)
CHECK_IN = ("check_in",)
STAFF = ("call_staff",)
LOST = ("lost_card",)
INVESTMENT_ASKED = ("take_ticket", "call_staff", "explain_product", "open_account")


class TestTheCustomersOwnPostWording:
    """F1, F7. Only the customer's own wording for the post is strong ("I want my post to go",
    "can my letters go", "send my letters to"); "my post should go" is weak, so a stranger's
    "said my post should go to him" with a card is left to the caution. F6. Only the customer's
    own move ("we've gone to live", "I've gone into a flat") is strong."""

    CASES: ClassVar[list[Any]] = [
        # F1: the reviewer's scam, a caution-level story
        ("a man at the door said my post should go to his office and he'd need my card", FRAUD),
        # our own siblings (scams with the weak words)
        ("a man rang and said my post should go to his office and he needs my card and PIN", FRAUD),
        ("a woman at the door said my post should go to her and she wants my pin", FRAUD),
        (
            "my post should go to a new address a man from the bank rang and said move my savings",
            FRAUD,
        ),
        # 'address' is strong on main, so the rules' caution is not offered; the learned stage's
        # scam rule (ADR 0140, p(fraud_check) 0.85) now offers fraud_check
        (
            "a man rang and said my letters should go to his address and I should give him my card",
            FRAUD,
        ),
        # F7: another office's errand
        ("the post should go out by five I've got a parcel for my son", TALK),
        ("the post should go by Friday or the birthday card will be late", TALK),
        # F6: a relative's move
        ("my son's gone to live in Australia I do miss him", TALK),
        ("my late husband's sister has gone to live in a home now", TALK),
        ("my sister has gone to live with her daughter in Spain", TALK),
        # scams told with a relative's move
        (
            "my son's gone to live in Australia and a man rang saying it's him on a new number "
            "and he needs money",
            FRAUD,
        ),
        (
            "my sister's gone to live in a home and a man rang from the bank asking for my pin",
            FRAUD,
        ),
        # the round's aims still hold
        ("we've gone into a bungalow my letters should go there now", UPDATE),
        ("I want my post to go to my new flat", UPDATE),
        ("can my letters go to my new address", UPDATE),
        ("send my letters to my daughter's house please", UPDATE),
        ("send my statements to my daughter's address please", UPDATE),
        ("my letters should go to my new address now", UPDATE),
        ("I've gone to live with my daughter so my letters should go there", UPDATE),
        ("we have gone to live with our daughter, please change the address", UPDATE),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestARailwayPlatformIsNoPitch:
    """F2. A bare "the platform('s)" or "from the platform" is no longer an investment pitch;
    the compounds (trading, investment, crypto platform; manager from the platform) are."""

    CASES: ClassVar[list[Any]] = [
        ("the man on the platform said the train to Leeds was cancelled", TALK),
        ("I rang my daughter from the platform at Crewe the train was late", TALK),
        ("I stood on the platform and rang my son to say the train was late", TALK),
        ("my grandson says the platform at the station is being rebuilt", TALK),
        ("the bus drivers said on the radio the platform is closed", TALK),
        # our own sibling
        ("my grandson works on platform three at the station and rang me at lunch", TALK),
        # the scams keep their compounds
        ("the man from the trading platform rang and wants another five thousand", FRAUD),
        ("the manager from the platform keeps ringing me for more money", FRAUD),
        ("the manager from the trading platform keeps ringing me for more money", FRAUD),
        ("the platform's man asked me to share my screen", FRAUD),
        ("a man from the investment app phoned and says I can't lose", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestAFamousFacesAdviceIsNoPitch:
    """F3. A famous face with investing needs a call, money paid, a promise or an advert;
    "income", "returns" and a bare "trading" are no investing words. F10. A product named with
    "said" is no pitch: only the lure itself (passive income, a release fee) is, reported."""

    CASES: ClassVar[list[Any]] = [
        ("the man off the telly said income tax is going up in April", TALK),
        ("my pension is my only income I'm no celebrity you know", TALK),
        (
            "Martin Lewis said on the telly premium bonds aren't a good investment should I cash "
            "mine in",
            TALK,
        ),
        ("Martin Lewis says a cash isa is a good investment can I open one", INVESTMENT_ASKED),
        ("my grandson's a celebrity chef now and he's investing in a restaurant", TALK),
        ("I saw a famous man in the paper who made his money trading", TALK),
        # was a strict xfail (take_ticket, 'invest' asked of the bank, on main before the
        # round); read right since ADR 0142
        ("we watched dragons den last night would you invest in a cake shop", TALK),
        # our own siblings
        ("my income went down when I retired", TALK),
        ("the corner shop stopped trading last year", TALK),
        ("I get good returns on my allotment, lovely tomatoes", TALK),
        ("I saw a celebrity in the high street yesterday", TALK),
        # F10
        (
            "my financial adviser said an investment platform would save on fees can I talk to "
            "someone about investments",
            INVESTMENT_ASKED,
        ),
        (
            "my adviser said an investment app would be cheaper, can I see someone about "
            "investments",
            INVESTMENT_ASKED,
        ),
        # the scams: an advert, a call, money paid, a promise, a lure reported
        (
            "I saw Martin Lewis in an advert on Facebook so I put a thousand in the trading "
            "platform and now the manager rings for more",
            FRAUD,
        ),
        (
            "I saw Martin Lewis in an advert on Facebook saying invest in bitcoin so I sent them "
            "a thousand",
            FRAUD,
        ),
        ("a celebrity on a facebook advert said invest two hundred and get rich, I paid it", FRAUD),
        ("I saw an advert on youtube with Martin Lewis saying invest in crypto", FRAUD),
        (
            "a famous man on facebook said trading bitcoin gives big returns, I sent him a "
            "thousand",
            FRAUD,
        ),
        ("Martin Lewis rang me and said invest in bitcoin now", FRAUD),
        ("I saw Elon Musk on youtube saying invest in crypto so I paid in five hundred", FRAUD),
        ("a celebrity says this investment is guaranteed to double", FRAUD),
        ("the man from the investment platform says my returns are guaranteed", FRAUD),
        ("he said I'd get passive income if I put my savings in", FRAUD),
        ("she said I'd make passive income if I sent her two thousand", FRAUD),
        ("the man said there's a release fee before I can withdraw my profits", FRAUD),
        ("the man from the trading site said I must pay a release fee to get my money", FRAUD),
        (
            "the account manager from the crypto site said I must pay a fee before i can withdraw",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestClickHereCountsInAMessage:
    """F4. "click here to" is a link acted on only with a message (a text, an email): the
    kiosk's or an app's own screen says it too."""

    CASES: ClassVar[list[Any]] = [
        (
            "the screen said click here to continue and I typed in my account number but nothing "
            "happened",
            (UNKNOWN, "mobile_banking_help"),
        ),
        # our own siblings
        (
            "the app said click here to log in and I put in my password but it went blank",
            (UNKNOWN, "mobile_banking_help"),
        ),
        (
            "the machine said click here to continue and I entered my pin",
            (UNKNOWN, "mobile_banking_help"),
        ),
        # the scams: a message's "click here"
        ("the text said click here to claim your refund so I typed in my card number", FRAUD),
        (
            "I got an email it said click here to update your account and I typed in my card "
            "details",
            FRAUD,
        ),
        ("a text said click here to claim your refund and I put in my card details", FRAUD),
        ("an email said click here to unlock your account, it's been frozen", FRAUD),
        ("I clicked the link and typed in my card number", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestAThingFoundSettlesOnlyAfterTheLooking:
    """F5. "oh there it is" settles only right after the looking ("can't find it, oh there it
    is"): a letter or a crime number handed over with a request keeps the request."""

    CASES: ClassVar[list[Any]] = [
        ("I've got an appointment at two oh here it is the letter you sent me", CHECK_IN),
        ("I'm here for my ten o'clock with Mrs Khan hang on oh here it is the letter", CHECK_IN),
        (
            "someone stole my purse with my card in it yesterday oh here it is the crime number",
            LOST,
        ),
        # our own siblings
        ("here's my letter oh here it is I've an appointment at three", CHECK_IN),
        ("my card was stolen on the bus yesterday oh here it is the crime number", LOST),
        (
            "I need to block my card oh there it is no that's my bus pass it's definitely gone",
            LOST,
        ),
        # the round's aim still holds
        (
            "the phone was ringing and I couldn't find it oh there it is it was only my sister",
            TALK,
        ),
        ("I can't find my glasses oh there it is", TALK),
        # scams told with the settled words
        ("a courier is coming for my card and PIN oh here it is I've found it now", FRAUD),
        (
            "I can't find my card, oh there it is, the bank rang and said to read them the PIN",
            FRAUD,
        ),
        (
            "where is it oh there it is, the letter from the police saying I must move my money "
            "to a safe account",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestRatherTalkToNamesAPerson:
    """F8. "rather talk to" asks for staff only with a person named (someone, the girl at the
    desk, a real person): "I'd rather talk to my son first" is a reason to wait."""

    CASES: ClassVar[list[Any]] = [
        ("I'd rather talk to my son before I sign anything", TALK),
        ("I'd rather speak to my daughter about it first", TALK),
        ("I'd rather talk to the girl at the desk", STAFF),
        ("I'd rather talk to a real person", STAFF),
        ("I'd rather talk to someone please", STAFF),
        (
            "I'd rather talk to someone at the counter, a man on the phone said move my savings "
            "to a safe account",
            FRAUD,
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestARelativesBookingElsewhere:
    """F9. Left: a relative's booking at the opticians, made on the computer. The review's
    cause (the reports' "made me an appointment") is not it: without that entry it still reads
    check_in. The word lists give check_in −97 (+3 for the strong phrase, −100 for "optician");
    the matcher's guard treats only ≤ −100 as put elsewhere, so the learned stage's check_in
    (p 0.85) is offered. The fix is the matcher's (any negative score put elsewhere), shared by
    every locale: a later round. On main "on the computer" read mobile_banking_help, and the
    sentence a relative's news (certain unknown)."""

    CASES: ClassVar[list[Any]] = [
        pytest.param(
            "my daughter made me an appointment on the computer at the opticians",
            TALK,
            marks=pytest.mark.xfail(
                strict=True,
                reason="check_in −97 is not ≤ ELSEWHERE (−100) in matcher.understand: a code "
                "change for every locale, left for a later round",
            ),
        ),
        pytest.param(
            "my daughter made me an appointment at the opticians",
            TALK,
            marks=pytest.mark.xfail(
                strict=True,
                reason="ADR 0141 (merged from main): the learned stage's offer at p 0.7 now "
                "offers check_in 0.6 on it",
            ),
        ),
        ("my daughter made me an appointment on her phone it's for half two", CHECK_IN),
        ("my daughter made me an appointment on the computer", CHECK_IN),
        # scams missed before the round (not counted by the review): kept as guards; both were
        # strict xfails (read check_in, and call_staff with fraud_check only an alternative, on
        # main before the round); read right since ADR 0142
        (
            "a nice man made me an appointment on the internet and told me to bring all my "
            "savings in cash",
            FRAUD,
        ),
        ("a young man rang and made me an appointment on the computer to move my money", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


# --- second review -------------------------------------------------------------------------------
# A second reviewer found seven problems in the mend. The customer's own post wording ("I want my
# post to go", "can my letters go", "send my letters to") was strong, so a coached victim's redirect
# to a stranger who wants the card reached a task and the caution or the sign word "send" was lost
# (2F1, 2F2); a bare "the advert" was a pitch (2F3); a famous face with the customer's own call, a
# bare "online" or money moved was a pitch (2F4); a looking form ("where is it oh there it is")
# settled a check-in or a stolen card told before it (2F5); any details typed after a message's
# "click here" were a scam (2F6); a bare "passive income" was a lure (2F7).

VETO_0139 = "ADR 0139 (the learned veto at p(unknown) 0.8, merged from main): "


class TestASecondUpdateWordForThePost:
    """2F1, 2F2, minor. The post asked for in the customer's own words is weak; it is strong only
    with the customer's own place or a relative's after it ("to go to my new flat", "send my
    letters to my daughter's", "should go to the new bungalow"). "to his flat", "to a man's house",
    "to the lady next door's" stay weak, so the caution or the sign word "send" is heard."""

    CASES: ClassVar[list[Any]] = [
        # 2F1: a coached victim's first-person redirect with a stranger's card
        (
            "can my letters go to the lady next door's she said she'll need my card to do my "
            "shopping",
            FRAUD,
        ),
        (
            "I need my letters to go to a man's house he said he'd sort my bills out if I give him "
            "my card",
            FRAUD,
        ),
        # was a strict xfail (unknown, the learned stage's p(unknown) 0.86, and not caught
        # before the round either); read right since ADR 0142
        (
            "I'd like my post to go to his office the man at the door said and he wants my pension "
            "book",
            FRAUD,
        ),
        # 'pay my bills' is strong (take_ticket), so the rules' caution is not offered; the learned
        # stage's scam rule (ADR 0140) now offers fraud_check
        (
            "I want my post to go to a man's flat he said he'd pay my bills if I give him my card",
            FRAUD,
        ),
        # our own siblings
        (
            "could my post go to the young lady's flat she said she needs my card and pin to "
            "help me",
            FRAUD,
        ),
        (
            "I'd like my letters to go to a gentleman's house he rang and said I must give him my "
            "bank card",
            FRAUD,
        ),
        # 2F2: the sign word "send" with a caller
        ("send my statements to his address the man who phoned said so", FRAUD),
        ("send my letters to his flat the man who rang said to", FRAUD),
        # our own siblings
        ("send my post to his office the man who rang from the bank said so", FRAUD),
        ("send my statements to her flat the lady who phoned told me to", FRAUD),
        # the customer's own requests
        ("I want my post to go to my daughter's house while I'm in hospital", UPDATE),
        ("send my letters to my son's address please", UPDATE),
        ("could my post go to my new flat please", UPDATE),
        # minor: the customer's own "my letters should go" with a move or a new home
        ("I've moved so my letters should go to the bungalow", UPDATE),
        ("my post should go to the new bungalow now", UPDATE),
        ("my letters should go to my daughter's now", UPDATE),
        pytest.param(
            "our post should go to the flat now please",
            UPDATE,
            marks=pytest.mark.xfail(
                strict=True,
                reason="'the flat' is anyone's flat (a stranger's too): left weak-less, unknown as "
                "before the round",
            ),
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestTheBanksOwnAdvertAndAFacesAdvice:
    """2F3. Only a social-media or online advert is the pitch's: the bank's own advert (window,
    telly) is not. 2F4. A famous face with investing needs the pitch to have reached the customer
    ("rang me", "on facebook"), a promise or such an advert: the customer's own call, a bare
    "online", savings moved or a programme's story is none; a celebrity chef is no famous face.
    2F7. "passive income" is a lure only as the promise ("I'd get passive income", "… if")."""

    CASES: ClassVar[list[Any]] = [
        # 2F3
        (
            "I saw the advert in your window five per cent on the fixed rate bond I want to invest "
            "ten thousand",
            INVESTMENT_ASKED,
        ),
        (
            "the advert said guaranteed interest for a year is that investment still on",
            INVESTMENT_ASKED,
        ),
        (
            "I saw the advert with the man off the telly for your investment isa can you tell me "
            "about it",
            INVESTMENT_ASKED,
        ),
        # 2F4
        (
            "Martin Lewis said online that premium bonds are a poor investment can I cash mine in",
            (*INVESTMENT_ASKED, UNKNOWN),
        ),
        (
            "I rang my son because Martin Lewis says premium bonds are a good investment can I buy "
            "some",
            (*INVESTMENT_ASKED, UNKNOWN),
        ),
        (
            "Martin Lewis said an isa is a good investment so I moved my savings here last year "
            "what's the rate now",
            (*INVESTMENT_ASKED, UNKNOWN),
        ),
        (
            "on dragons den last night they invested fifty thousand in a bakery and paid far too "
            "much",
            (*INVESTMENT_ASKED, UNKNOWN),
        ),
        pytest.param(
            "my son is a celebrity chef now and he texted me to say he's invested in a second "
            "restaurant",
            TALK,
            marks=pytest.mark.xfail(
                strict=True,
                reason="ADR 0140 (merged from main): the rules read a certain unknown, the learned "
                "stage's scam rule at p(fraud_check) 0.85 now speaks on it and offers fraud_check",
            ),
        ),
        (
            "Martin Lewis said online that isas are the best investment",
            (*INVESTMENT_ASKED, UNKNOWN),
        ),
        # 2F7
        ("my grandson says his rental flat gives him passive income he's very clever", TALK),
        ("my daughter says her savings give her a bit of passive income", TALK),
        # the scams with the narrowed words
        ("I saw an advert on instagram with Martin Lewis saying invest in bitcoin", FRAUD),
        (
            "there was an online advert for crypto that said guaranteed returns so I invested",
            FRAUD,
        ),
        ("Elon Musk messaged me on facebook and said invest in his bitcoin scheme", FRAUD),
        ("a celebrity rang me and said invest in this crypto it's guaranteed", FRAUD),
        (
            "my favourite celebrity chef was in a facebook advert saying invest in bitcoin "
            "so I did",
            FRAUD,
        ),
        ("the man said I'd get passive income if I gave him my savings", FRAUD),
        ("you'll get passive income she said if I send her a thousand pounds", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want


class TestAnErrandToldBeforeTheLooking:
    """2F5. A looking form ("where is it oh there it is") settles nothing after an errand told
    (an appointment, "here for my", a crime or police number, a card stolen): the customer looks
    for the letter or the number while asking. 2F6. After a message's "click here" only the bank's
    details typed in (card, pin, "my details") are a scam: a name given for a booking is not."""

    CASES: ClassVar[list[Any]] = [
        # 2F5
        (
            "I've got an appointment at two hang on I can't find it oh there it is the letter",
            CHECK_IN,
        ),
        pytest.param(
            "I'm here for my half past ten I had the letter a minute ago where is it oh "
            "there it is",
            CHECK_IN,
            marks=pytest.mark.xfail(
                strict=True,
                reason=VETO_0139 + "the rules read check_in 0.65 now, the learned stage's "
                "p(unknown) 0.89 turns it away",
            ),
        ),
        (
            "my card was stolen yesterday I've got the crime number somewhere where is it oh there "
            "it is",
            LOST,
        ),
        (
            "somebody took my bank card at the market I had the police number where's it gone oh "
            "there it is",
            LOST,
        ),
        # the round's stories, with no errand before the looking, still settle
        (
            "the phone was ringing and I couldn't find it oh there it is it was only my sister",
            TALK,
        ),
        ("I can't find my glasses oh there it is", TALK),
        # a scam told with the looking
        (
            "I can't find my card where is it oh there it is the man from the bank said to read "
            "him the numbers",
            FRAUD,
        ),
        # 2F6
        (
            "your email said click here to book an appointment so I put in my name and now I'm "
            "here for it",
            CHECK_IN,
        ),
        # the scams with the narrowed typing
        ("a text said click here your account is locked so I typed in my details", FRAUD),
        (
            "an email said click here to check your card details and I put in my card number",
            FRAUD,
        ),
        ("the text said click here to claim your refund so I typed in my card number", FRAUD),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: tuple[str, ...]) -> None:
        assert offered("en", text) in want
