"""Session eighteen's review of English's round (ADR 0111): each finding as its sentences.

A reviewer found that round eighteen's neutral "made me promise" hid coached victims' scams that
main caught (R1), that the new secrecy, bypass and avoidance rules took a relative's pronoun or
phone call for a caller ("she asked me not to tell my family until after the scan", "my son rang
and said don't go to the bank in this snow": R2, R3), that "if the bank rings" carried its own
contact word (R4), that "ignore the bank", the bare "between the two of us", "keep it from",
"what we agreed" and "don't tell the girls" took the bank holiday, joint savings, thrift, a
builder's price and a birthday surprise for scams (R5-R8), that the bare "padlock" vetoed the
app's own padlock (R9), and that the bank kept out of a secret was enumerated by verb form
(R10). Each class holds the reviewer's sentences and a few siblings of our own, written before
the fix. Where a false alarm is gone but the sentence still reads main's other task, the test
asks only that no alarm is raised (``NOT_ALARMS``).
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from offered_reading import offered

from kiosk.speech.intents import UNKNOWN


class TestMadeToPromise:
    """R1. The customer made to promise silence, with money or its move, is a scam told."""

    CASES: ClassVar[list[Any]] = [
        ("he made me promise to take out five thousand and not say a word", "fraud_check"),
        ("the caller made me promise I wouldn't tell the girls at the bank", "fraud_check"),
        (
            "he made me promise I wouldn't say anything to the girls at the counter, just take out "
            "the money",
            "fraud_check",
        ),
        # our own siblings
        ("the lady made me promise to draw out my savings and tell nobody", "fraud_check"),
        ("he made me swear I wouldn't tell the bank what the money was for", "fraud_check"),
        ("she got me to promise I'd send the money by Friday", "fraud_check"),
        ("he made me promise to read him the code off the text", "fraud_check"),
        (
            "I promised him I wouldn't say anything and took out the cash like he said",
            "fraud_check",
        ),
        # a family's promise stays talk
        ("my granddaughter made me promise not to tell her mum about the tattoo", UNKNOWN),
        ("he made me promise not to tell his mum he failed his driving test", UNKNOWN),
        ("my grandson made me promise to come to his school play", UNKNOWN),
        ("my daughter made me promise to ring her when I get home", UNKNOWN),
        ("the garage wouldn't tell me why it cost four hundred pounds", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestAPronounIsNoCaller:
    """R2. The family kept out of a secret, or the bank made needless, on a relative's word is
    talk; on a stranger's word, or with the caller's reason for the secret, a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "my daughter's expecting again but she asked me not to tell my family until after the "
            "scan",
            UNKNOWN,
        ),
        ("she told me she's leaving her husband but not to tell my family yet", UNKNOWN),
        (
            "my son set up the app so I don't need to go to the bank to check my money, but he's "
            "away and I can't log in",
            "mobile_banking_help",
        ),
        # our own siblings
        ("my sister asked me not to tell my family about her operation", UNKNOWN),
        ("my husband said not to tell my kids about the surprise holiday", UNKNOWN),
        (
            "my grandson says I needn't go to the branch, I can check my savings on the app, "
            "how do I do that",
            "mobile_banking_help",
        ),
        # the scams the round fixed, and their siblings
        (
            "she told me not to mention it to my family because they wouldn't understand",
            "fraud_check",
        ),
        (
            "she told me not to mention it to my family and to keep it between the two of us",
            "fraud_check",
        ),
        ("she said to keep it between us and not tell my children", "fraud_check"),
        ("a man said not to tell my children because they'd try to stop me", "fraud_check"),
        ("he said keep it from your family, they wouldn't understand", "fraud_check"),
        ("the chap on the phone said to keep this from my family", "fraud_check"),
        ("she said don't breathe a word to your kids", "fraud_check"),
        (
            "a man said I don't have to come to the branch, just transfer the money to his account",
            "fraud_check",
        ),
        (
            "he said there was no need to involve the bank, I could sort the money out with him "
            "directly",
            "fraud_check",
        ),
        ("the lady said there's no need to involve the bank, she'll handle it", "fraud_check"),
        (
            "some fella said I needn't come into the branch, I can move the money with him "
            "over the phone",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want

    def test_a_daughters_online_help_is_talk(self) -> None:
        # the family's help online is neutral since ADR 0115 ("my money out online")
        text = "my daughter says I needn't bother the bank, she'll sort my money out online for me"
        assert offered("en", text) == UNKNOWN


class TestARelativesCallIsNoScam:
    """R3. A relative's advice by phone, or "do it online", keeps the branch away: talk or the
    app; a stranger's, or money moved on a call, a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "my daughter says don't go to the branch, I can do it all online, but I don't know how "
            "to log in",
            "mobile_banking_help",
        ),
        (
            "my son rang and said don't go to the bank in this snow, he'll take me on Monday",
            UNKNOWN,
        ),
        (
            "my son rang and said don't go into the bank today, he'll ring them for me tomorrow",
            UNKNOWN,
        ),
        ("my daughter rang, she said stay away from the branch till the roadworks finish", UNKNOWN),
        # our own siblings
        (
            "my daughter phoned and said don't go to the branch today, it's shut for the strike",
            UNKNOWN,
        ),
        (
            "my neighbour rang, she said don't go into the bank this morning, the queue is out the "
            "door",
            UNKNOWN,
        ),
        (
            "he said not to go to the branch, he'll do it all online if I give him my details",
            "fraud_check",
        ),
        (
            "the man on the phone said don't go to the bank, just send the money to him",
            "fraud_check",
        ),
        (
            "a lady rang and said not to go into the branch and to transfer my savings",
            "fraud_check",
        ),
        ("the caller said not to go into the bank and to wait for his courier", "fraud_check"),
        ("a woman rang and said don't go to the bank, just send her the cash today", "fraud_check"),
        ("the caller said stay away from the branch and read him my card details", "fraud_check"),
        (
            "he phoned and said not to go into the bank, I should transfer my savings to a "
            "safe place",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTheBanksCallToldAhead:
    """R4. "If the bank rings" is a scam only when the call is to be shut out."""

    CASES: ClassVar[list[Any]] = [
        (
            "my daughter has power of attorney, if the bank rings please speak to her",
            "call_staff",
        ),
        ("what happens if the bank calls me while I'm away on holiday", UNKNOWN),
        # our own siblings
        ("he said if the bank rings I should hang up", "fraud_check"),
        ("the man said if the bank calls don't answer it, it won't be them", "fraud_check"),
        ("if the bank phones, just put the phone down, the man told me", "fraud_check"),
        (
            "the man said when the bank rings just put the phone down, it won't be them",
            "fraud_check",
        ),
        (
            "if the bank calls, ignore it, that's what the lady on the phone told me",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "I'd like to know if anyone from the bank can call me back about my mortgage",
            "can someone tell me if the bank calls people about their mortgage",
        ],
    )
    def test_a_call_asked_for_is_no_alarm(self, text: str) -> None:
        assert offered("en", text) in {"call_staff", "take_ticket"}


class TestIgnoreTheBankOnlyAsAnOrder:
    """R5. "Ignore the bank" is the bank's call shut out, never its statement or holiday."""

    CASES: ClassVar[list[Any]] = [
        (
            "my son said ignore the bank statement, it's the old address, but can I change my "
            "address here",
            "update_details",
        ),
        ("my daughter said ignore the bank holiday, you're open on Tuesday as usual", UNKNOWN),
        # our own siblings
        ("my son said ignore the bank letters, they're just adverts", UNKNOWN),
        ("he said ignore the bank if they ring", "fraud_check"),
        ("he told me to ignore the bank when they ring about the transfer", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


# R6-R7 false alarms gone; the sentence keeps main's own reading (what is asserted is the alarm's
# absence; main read the first two explain_product, the tin take_ticket, the builder
# explain_product).
NOT_ALARMS = [
    # R6: "between the two of us" is "jointly"; "keep it from" is thrift
    (
        "my husband and I have about twenty thousand between the two of us, we'd like to open a "
        "joint savings account"
    ),
    (
        "my wife and I have saved about ten thousand between the two of us, what's the best "
        "savings account"
    ),
    "I want to put my savings in a fixed account to keep it from being spent",
    "I keep the cash in the tin to keep it from the grandchildren",
    # R7: what we agreed is a price
    "the builder charged more than what we agreed, between you and me he's a cowboy",
    # our own siblings
    "the window cleaner broke our agreement, between you and me he's useless",
    "my son wouldn't tell me how much the car cost him",
    "don't let the bank holiday catch you out, my son said",
    "my son says I don't need to go to the bank any more, he'll help me with the app",
]


@pytest.mark.parametrize("text", NOT_ALARMS)
def test_everyday_words_raise_no_alarm(text: str) -> None:
    assert offered("en", text) != "fraud_check"


class TestSecretsAsAPact:
    """R6-R7. The secret as a pact, or a private deal, with someone: still scams."""

    CASES: ClassVar[list[Any]] = [
        ("the doctor said to keep it between the two of us", UNKNOWN),
        ("he said the money has to stay between the two of us", "fraud_check"),
        ("the lady said it's our little secret and to take out two thousand", "fraud_check"),
        ("he said remember our little arrangement, don't tell anyone", "fraud_check"),
        ("he said our little deal is just between us", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTheGirlsAtTheBank:
    """R8. "Don't tell the girls" is daughters or friends; the girls at the bank kept out is a
    scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "I'm taking my two daughters on a cruise for my birthday, don't tell the girls",
            UNKNOWN,
        ),
        ("he said don't tell the girls at the bank what it's for", "fraud_check"),
        (
            "she said I'm not to tell the girls behind the counter what the money's for",
            "fraud_check",
        ),
        ("he said don't tell the bank", "fraud_check"),
        ("DON'T TELL THE BANK!!!", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTheAppsPadlock:
    """R9. The app's padlock is the app; a shed's or a bike's is not."""

    CASES: ClassVar[list[Any]] = [
        ("is the padlock in the app meant to be green", "mobile_banking_help"),
        ("there's a padlock on the app screen, is that right", "mobile_banking_help"),
        ("I can't open the padlock on the shed", UNKNOWN),
        ("I forgot the code for my bike padlock", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestTheBankKeptOutInAnyForm:
    """R10. The bank's side kept out of a secret, however the order is said, is a scam."""

    CASES: ClassVar[list[Any]] = [
        ("he said I wasn't to tell the bank what it was for", "fraud_check"),
        (
            "the lady said it was our little secret and I wasn't to tell the bank staff anything",
            "fraud_check",
        ),
        (
            "the lady said not to let the cashier know why I'm taking the money out",
            "fraud_check",
        ),
        # our own siblings
        ("the man said I mustn't let the teller know what the cash is for", "fraud_check"),
        ("she said I wasn't to tell anyone at the bank", "fraud_check"),
        ("he told me not to let the bank know I'm sending it abroad", "fraud_check"),
        ("the man said I mustn't let the staff know about him", "fraud_check"),
        ("he said keep it quiet from anyone at the bank", "fraud_check"),
        (
            "I'd like to take out two hundred pounds, don't let me forget my receipt",
            "take_ticket",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


# Second review (ADR 0111 "After review", "Second review"): seven problems of the mend 89b52b3.


class TestSecondReviewTheBanksCallShutOut:
    """Second review, 1. The bank's call told ahead and to be disbelieved, not picked up or
    called the scammers' is a scam told, as "hang up" is."""

    CASES: ClassVar[list[Any]] = [
        ("the man said if the bank rings don't believe them", "fraud_check"),
        ("the man said if the bank rings don't listen to them just do as I say", "fraud_check"),
        ("the man said if the bank rings don't pick up", "fraud_check"),
        (
            "the man said if the bank rings it'll be the scammers pretending so don't believe a "
            "word",
            "fraud_check",
        ),
        # our own siblings
        ("he told me if the bank calls not to pick up", "fraud_check"),
        ("the lady said if the bank phones don't trust them they're in on it", "fraud_check"),
        ("she said if anyone from the bank rings not to believe a word they say", "fraud_check"),
        ("he said when the bank rings it'll be scammers so just hang up", "fraud_check"),
        ("if the bank rings please speak to my daughter", UNKNOWN),
        ("I don't believe the bank rang me yesterday, can you check", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want

    def test_the_customers_own_habit_is_talk(self) -> None:
        # the first person's "I don't pick up" is neutral since ADR 0115; the order stays a sign
        text = "if the bank rings I don't pick up because I'm deaf, can you write to me instead"
        assert offered("en", text) != "fraud_check"


class TestSecondReviewTheCustomersOwnWord:
    """Second review, 2. The customer's own "I won't tell / I wouldn't mention" is their will, no
    order: with money alone talk or the request; made to promise it, or on a caller's word with
    money moved, a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "it's a surprise for my wife's birthday so I won't tell her, I'd like to take out "
            "three hundred pounds",
            "take_ticket",
        ),
        ("I won't tell a lie, I've been worrying about money since my husband died", UNKNOWN),
        ("I wouldn't mention it but my pension hasn't gone in this month", UNKNOWN),
        ("I won't tell anyone at the bank but I'd like help with the app", "mobile_banking_help"),
        (
            "I won the raffle at church and I won't tell the girls at bingo or they'll want a "
            "share",
            UNKNOWN,
        ),
        ("the caller made me promise I wouldn't tell the girls at the bank", "fraud_check"),
        (
            "the lady rang back and she made me swear I wouldn't tell my son or anyone at the bank "
            "and I've to get five thousand out today",
            "fraud_check",
        ),
        # our own siblings
        ("I wouldn't mention it normally but my card keeps getting stuck in the machine", UNKNOWN),
        (
            "I won't tell you who but somebody at church recommended your savings account",
            UNKNOWN,
        ),
        ("I won't tell a soul, but a man at the door sold me a lovely new boiler", UNKNOWN),
        (
            "the man rang and I said I won't tell anyone and I'm to take out the cash today",
            "fraud_check",
        ),
        ("I promised her I wouldn't tell anyone, it's her surprise party on saturday", UNKNOWN),
        (
            "I promised my granddaughter I won't tell her mum, can I take out fifty pounds for her",
            "take_ticket",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestSecondReviewANeighboursAdvice:
    """Second review, 3. "Don't go to the branch" from the lady next door, the post office or the
    council is talk; from a stranger, a caller on a call or with a courier, a scam."""

    CASES: ClassVar[list[Any]] = [
        ("the lady next door said don't go to the branch on a Monday it's packed", UNKNOWN),
        (
            "the woman in the post office said not to go into the bank today it's shut for "
            "training is that right",
            UNKNOWN,
        ),
        ("my neighbour, the man at number six, said not to go to the bank in the snow", UNKNOWN),
        (
            "the lady from the council said don't go to the branch it's closed for the roadworks",
            UNKNOWN,
        ),
        ("the man said don't go into the branch just wait for the courier", "fraud_check"),
        ("the caller said not to go into the bank and to wait for his courier", "fraud_check"),
        (
            "the man on the phone said not to go to the branch as the staff are under "
            "investigation",
            "fraud_check",
        ),
        # our own siblings
        ("the man at the library said not to go to the bank on a Saturday", UNKNOWN),
        ("a man rang and said don't go to the bank", "fraud_check"),
        ("some fella said not to go to the branch", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestSecondReviewTheGirlsNeedTheBank:
    """Second review, 4. "the girls" or "anyone there" kept out of a secret need the bank in the
    phrase; the girls behind the counter, the cashier, the bank staff keep the scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "I'm taking my two daughters on a cruise for my birthday, don't let the girls know",
            UNKNOWN,
        ),
        # "my granddaughter starts working here …": test_intents_veto_0139.py (ADR 0139)
        ("he said I'm not to let the girls behind the counter know what it's for", "fraud_check"),
        (
            "the lady said not to let the cashier know why I'm taking the money out",
            "fraud_check",
        ),
        ("I wasn't to tell the bank staff anything", "fraud_check"),
        # our own siblings
        ("we're having a party for my sister, don't let anybody there know", UNKNOWN),
        (
            "my mother had a man ringing her and he told her not to let the staff know why she's "
            "taking money out",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestSecondReviewInvolvingTheBank:
    """Second review, 5. "Do we need to involve the bank" is the customer's question and "no need
    to involve the bank" a relative's loan; a caller's "not to involve the bank", a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "my daughter is paying back the money she borrowed do we need to involve the bank",
            "take_ticket",
        ),
        (
            "my son says there's no need to involve the bank, he'll lend me the money himself",
            "take_ticket",
        ),
        (
            "the caller said there's no need to involve the bank this is between us and the police",
            "fraud_check",
        ),
        # our own siblings
        ("is there any need to involve the bank if my grandson pays my gas bill", "take_ticket"),
        ("the lady said there's no need to involve the bank, she'll handle it", "fraud_check"),
        ("he said not to involve the bank and to send the money straight to him", "fraud_check"),
        (
            "the man said there's no need to involve the bank just give him the card number",
            "fraud_check",
        ),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestSecondReviewALateHusbandsPromise:
    """Second review, 6. A promise about savings made to the family is talk; made to keep silent
    or to move money, a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "my late husband made me promise to always keep some savings put by for a rainy day",
            UNKNOWN,
        ),
        ("he made me promise to take out five thousand and not say a word", "fraud_check"),
        (
            "the man on the phone made me promise not to tell my son and I've to go to the post "
            "office this afternoon",
            "fraud_check",
        ),
        (
            "my mum's had a man ringing her he made her promise not to tell me and now she wants "
            "to take out all her savings",
            "fraud_check",
        ),
        # our own siblings
        ("my mother made me promise to always keep a bit of money in the post office", UNKNOWN),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want


class TestSecondReviewTheBanksText:
    """Second review, 7. A text from the bank told ahead is the bank's own notice; a call told
    ahead and to be ignored on someone's word stays a scam."""

    CASES: ClassVar[list[Any]] = [
        (
            "if the bank texts me about my new card can I just ignore it if I've already got it",
            UNKNOWN,
        ),
        # our own siblings
        ("the man said if the bank rings just ignore it", "fraud_check"),
    ]

    @pytest.mark.parametrize(("text", "want"), CASES)
    def test_reading(self, text: str, want: str) -> None:
        assert offered("en", text) == want
