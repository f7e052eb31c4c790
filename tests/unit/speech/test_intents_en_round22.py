"""English, round twenty-two: the impostor friend, other firms' bills told, requests in new words.

Issue 11 §7 (docs/design/0127-en-round-twenty-two.md). On main at the start of this round
English read final24 147/156 (0 scams missed, 5 of 32 off-topic taken), probe16 300/304
(0, 3 of 120) and probe17 302/304 (0, 1 of 120). The sentences below were written first, in
other words and situations than any test set, and run once before any fix.

Classes (what a person hears):
- (a) a friend, an old colleague or a stranger stranded abroad who needs money, a parcel, an
  inheritance or a prize held until a fee is paid -- a scam, with no family word; a friend's
  delay told as news, a neighbour stuck indoors, a raffle won -- talk;
- (b) another organisation's bill, fee, code, number or card machine told as news, asking
  nothing of the bank -- talk; a caller or a stranger asking a fee, a code or cash -- a scam;
- (c) requests in words the lists lacked: a worn card replaced (open_account, as the sets
  label it), "how to do the ..." on the app, the very beginning asked, "not so quick".

First contact (main f8e3648, before any fix): 30/36 right of written -- (a) 10/13 (an old
friend "stranded in Turkey", a pal who lost his wallet in Portugal and a former colleague stuck
in Dubai read unknown, unknown and take_ticket), (b) 8/11 (the post office's fee for a parcel,
the library's log-on code and the tax office's "tax code" read fraud_check, app help and
fraud_check), (c) 12/12. AFTER_THE_FIX (scams told with the round's new neutral, task and sign
words) were written after the fix. Now: all pass but three strict xfails, left (class (b)).
"""

from __future__ import annotations

import pytest
from offered_reading import assert_offered, offered

from kiosk.speech.intents import UNKNOWN

# (a) A friend, a colleague or a stranger stranded far from home, a windfall held for a fee: a scam.
IMPOSTOR_FRIEND_SCAMS = [
    (
        "a man I used to work with messaged me on Facebook, he's stuck at the airport in Dubai "
        "and needs money for a new ticket"
    ),
    "she said I'd won the lottery and the money will be released when I pay ninety pounds tax",
    (
        "an old friend from work messaged me, she's stranded in Turkey and needs three hundred "
        "pounds for her flight home"
    ),
    (
        "my pal from the bowls club rang, he's lost his wallet in Portugal and asked me to send "
        "him money today"
    ),
    (
        "a chap I knew in the army rang, he's in a spot of bother abroad and needs me to wire "
        "him five hundred"
    ),
    (
        "a text says a parcel for me is held at the depot until I pay a release fee of two "
        "pounds ninety"
    ),
    (
        "a lawyer wrote that I've inherited from a cousin in Canada but I must pay the fees before "
        "they release it"
    ),
    "a letter says I've won a prize draw and they'll release the money once I pay the handling fee",
    (
        "my friend rang from Spain, her bag was stolen and she needs me to send her money for "
        "the hotel"
    ),
]
# (a) A friend's delay, a neighbour indoors, a raffle, a workmate's call: talk.
FRIEND_TALK = [
    "my friend is stuck in Spain because of the strike, she's flying home on Tuesday instead",
    "my neighbour's been stuck indoors with her hip since the winter, I do her shopping",
    "I won a hamper in the raffle at the church fair, far too much food for one",
    "my old workmate rang from Australia for my birthday, lovely to hear from him",
]

# (b) A caller or a stranger asking a fee, a code or cash for another organisation: a scam.
OTHER_FIRMS_SCAMS = [
    "a man from the phone company rang and said I must pay a fee today or they'll cut me off",
    "customs phoned and said my parcel is held and I have to pay them by card over the phone",
    "a woman from the council phoned and wants the code they've just texted me",
    (
        "a man at the door collecting for the water board wants cash because his card machine "
        "is broken"
    ),
]
# (b) Another organisation's bill, number or card machine told as news: talk.
OTHER_FIRMS_TALK = [
    "the gas people put my bill up again and I waited an hour on the phone to them",
    "the butcher's card machine wasn't working so I paid him in coins from my purse",
    "do you know the council's phone number for the bins, they never came this week",
    "the optician charged me forty pounds for the eye test, I thought it was free at my age",
]

# (c) Requests in words the lists lacked, and their neighbours that must stay.
REQUESTS = [
    (
        "my card is that scratched the chip won't work any more, can I get another one",
        "open_account",
    ),
    ("the numbers on my card have all faded, I need a fresh one", "open_account"),
    ("the writing on my card's worn away, can you send me a new one", "open_account"),
    (
        "how do I pay somebody on the banking app, my granddaughter set it up but I've forgotten",
        "mobile_banking_help",
    ),
    (
        "how do I look at my balance on the phone banking, my son showed me but it's gone out of "
        "my head",
        "mobile_banking_help",
    ),
    ("take me right back to the start please", "home"),
    ("go back one page please", "back"),
    ("slow down love, you're going too fast for me", "slower"),
    ("not so fast please, I can't follow", "slower"),
    ("the shop's card machine was broken, can I take some cash out here", "take_ticket"),
    ("someone rang saying he's from the bank and asked for my card number", "fraud_check"),
    ("my friend is stuck abroad, can I send her some money from my account to hers", "take_ticket"),
]

# Written after the fix: scams told with the round's new words -- the neutral "on hold" of the
# customer kept waiting, the new sign's stranded friend (with no family word), the windfall held
# "until I pay", a new card, "how to do the", "not so quick".
AFTER_THE_FIX_SCAMS = [
    "a man rang from the bank and said my account was on hold until I read him my card number",
    (
        "the bank rang, I was on hold for ages, then a man said my account is on hold and I must "
        "move my savings"
    ),
    "someone phoned and put me on hold, then said my account's on hold and they need my pin",
    (
        "I rang the number on the text and was on hold a while, then they said my account was "
        "frozen and to move my money"
    ),
    "a caller said I'd been on hold for the fraud team and I must send my savings to a new account",
    (
        "an old colleague of mine emailed, he's stranded in Greece after being mugged and needs me "
        "to send him three hundred"
    ),
    (
        "my friend's new ticket home costs four hundred pounds, a man rang and said I should pay "
        "it for her today"
    ),
    "a lady rang, her son's friend was mugged abroad and can't get home, I'm to send money",
    "my pal texted from a new number, he's lost his wallet and needs fifty pounds till Friday",
    "my pal rang, he's stuck in Spain and needs two hundred pounds sent today",
    "she said to put ten pounds into her account for the lottery win to be released",
    "they said the lottery money is to be released once I pay the tax in gift cards",
    "a man on the phone said my parcel is held until I pay the customs charge by bank transfer",
    "a man online says my prize will be released when I pay the admin cost into his account",
    (
        "the man at the door said my card is damaged and he'll get me a new card if I give him my "
        "pin"
    ),
    (
        "someone rang to say my card is worn and they're sending a courier with a new card to "
        "collect the old one"
    ),
    "a man rang and said how to do the transfer to the safe account, he'll talk me through it",
    "the man on the phone said not so quick, he wants my card number before I hang up",
    "they told me my winnings will be released once the admin charge is paid by me",
    # the stranded friend in other words (our own review of the sign: it needs no "needs")
    (
        "my old schoolfriend messaged me on Facebook, she's stranded in Egypt, could I transfer "
        "her four hundred pounds"
    ),
    "my mate rang from Greece, he's been mugged and wants five hundred pounds wired to him tonight",
    "a friend from church emailed, she's stuck abroad and can't get home unless I send her money",
    "my friend's been robbed in Italy, she texted asking for three hundred pounds for a hotel",
    (
        "an old workmate phoned, he's stranded at Heathrow and must have two hundred pounds today "
        "or he loses his flight"
    ),
    (
        "my pal whatsapped me, he lost his passport in Thailand and I have to pay for his new one, "
        "a thousand pounds"
    ),
    (
        "a man from the Pension Service rang about my winter fuel payment and wants my bank "
        "details, I didn't get their number"
    ),
    (
        "someone rang saying he was from the pension people and I must ring their number and give "
        "my card number"
    ),
]
AFTER_THE_FIX_TALK = [
    "I rang the water board about my bill and was on hold for ages listening to the same tune",
    "I've won the raffle, the prize will be released when the vicar gets back",
    "my neighbour rang, her flight was cancelled and she's stranded in Spain for two more days",
    "do you happen to know the council's number, I need to ring them about my bins",
    "my friend rang, she bought a new ticket for the concert, forty pounds it was",
]
# The stranded sign wants a friend or a stranger: a husband's lost wallet told with a request
# keeps its task.
AFTER_THE_FIX_REQUESTS = [
    (
        "my husband rang, he lost his wallet in town, can I take out some cash for him",
        "take_ticket",
    ),
    (
        "can you tell me about the winter fuel payment, is it paid into my account",
        "explain_product",
    ),
    (
        "my pal phoned, he's got his ticket home from Australia and I'm to pick him up, can I take "
        "out some cash for petrol",
        "take_ticket",
    ),
]


@pytest.mark.parametrize("text", IMPOSTOR_FRIEND_SCAMS + OTHER_FIRMS_SCAMS + AFTER_THE_FIX_SCAMS)
def test_a_scam_is_read(text: str) -> None:
    assert offered("en", text) == "fraud_check"


@pytest.mark.parametrize("text", FRIEND_TALK + OTHER_FIRMS_TALK + AFTER_THE_FIX_TALK)
def test_talk_stays_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN


@pytest.mark.parametrize(("text", "want"), REQUESTS + AFTER_THE_FIX_REQUESTS)
def test_a_request_is_read_as_its_task(text: str, want: str) -> None:
    assert_offered("en", text, want)


# The three left by the round were strict xfails (a parcel and a fee: the windfall-fee sign
# [refund, upfront]; a code and 'log on': app help; a government office with a code: a full
# sign); read right since ADR 0142.
@pytest.mark.parametrize(
    "text",
    [
        "the post office charged me a fee to send a parcel to my sister in Ireland, dear as "
        "anything",
        "the library gave me a code to log on to their computers and I couldn't make head "
        "nor tail of it",
        "the tax office sent me here and there all morning about my tax code",
    ],
)
def test_another_offices_errand_told_is_talk(text: str) -> None:
    assert offered("en", text) == UNKNOWN
