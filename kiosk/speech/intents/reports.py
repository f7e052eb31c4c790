"""Sentences that report the world rather than ask the kiosk (no Qt).

"My grandson opened an account at school", "They say interest rates might go
up", "I remember when you had to queue for an hour": a task word is said, but
about someone else or the past, and nothing is asked of the kiosk. Opt-in per
locale: ``cues.yaml``'s optional ``reports`` table lists the ``openings`` that
start such a report and the ``asks`` that still make it a request ("my son
moved, so I need to change his address"); ``memories`` and ``wonders`` open the
customer's own past or a question about the world ("back when we had pass
books", "why do banks charge so much"), where "I" and "my" are natural, so
only a ``wishes`` word makes them a request, or (``pause_wishes``, optional: intents)
a short ask of one of those intents said after the memory's first pause (去年办的卡
插进去就不出来了; the matcher reads it; review 24 zh_CN), or when no pause shows (a recogniser's
spaced text) a short ask right after the memory's opening; a tail with a ``pause_tales`` word
(后来, 那会儿) is the story going on (review 24b zh_CN). ``small_talk`` opens a greeting or a
pleasantry ("how are you today dear", "good morning isn't it cold"): such a
sentence is no request when no list word of any request was found in it, so
"good morning, I've come for my appointment" still is. ``people`` names other
people, so a sentence that starts with one of them, bare or owned, opens a
report too ("the man across the road paid off his mortgage", "Jean's grandson
made an app", "the postman's son got a loan"): a name in the possessive is
any word with "'s", which no list can hold. ``asides`` are set phrases
("I ask you", "mind you", "I must say") whose "I" is a comment, not an ask.
``shapes`` (optional, with ``long``) are what makes a request's shape: a want,
a question, the speaker's own thing, the bank. A sentence of at least ``long``
characters (spaces not counted) whose request rests on one list word and
holds no shape word asks nothing (我儿子房贷压力大，我看着都心疼: 房贷 is
news); short commands (取钱, 번호표) are never long enough (ADR 0068).
``answer_words`` (optional, a whole number) is the most words a bare yes or
no has: a longer sentence whose reading rests on a yes/no word ("the girl on
the till gave me the wrong change, I'm sure she does it on purpose") answers
nothing (ADR 0069). ``answer_chars`` (optional) is the same limit in
characters, spaces not counted, for a language written without spaces
(大夫说我这血压不要紧… is no "no"; ADR 0085).
``settled`` (optional, with ``still``) are what tells that a matter is over:
the thing turned up, the need went away ("결국 쌀통에서 나왔어", "그냥 가도
되겠네"). A sentence whose last settled phrase is followed by no ``still``
word (a request or a problem said after it: "… 그래도 정지해 주세요") asks
nothing (ADR 0082). ``asks_before`` (optional): English says the request first
and the reason after ("I'd like to pay this cheque in, the mix-up has all been
sorted"): one of these before the settled phrase keeps it a request too, while a
story's own "but" does not ("I lost my card but it turned up, all sorted now";
reviews 17 and 17b).
``needs`` (optional, with ``long``) names, per intent, the things a long
sentence of that intent speaks of: a card is lost, not a brother left behind
in the north or the club's notebook ("두고 온 동생 생각이 나서", "공책을
잃어버려서"). A sentence of at least ``long`` characters read as such an intent
that names none of its things asks nothing of the bank (ADR 0086).
Where the lists are found on characters (Korean), a phrase may carry a word-edge
mark as a linguist writes it: ``-줘`` is an ending (found only at a word's end:
"해 줘", not "잡아 줘서"), ``내가-`` begins a word; unmarked phrases are found
anywhere as before (ADR 0086).
``caution_shape`` (optional, true or false): half a scam sign (someone, and
money) in a long sentence with no request shape is a grumble about prices,
not a scam told (Korean, ADR 0086; English, with its loose signs, ADR 0091;
Chinese keeps it off: a short scam told flatly in fresh was lost).
``closings`` (optional, with ``caution_shape``): the teller's own verdict that closes a
story, a price grumbled at ("daylight robbery", "the cheek of it") or a matter told as
settled ("it's all fine now"): a sentence that ends on one (at most ``CLOSING_TAIL`` words
after it) is a grumble, however long and whatever its shape (English, ADR 0104).
``own_funds`` and ``moved`` (optional, with ``closings``): no verdict closes a sentence that
names the customer's own money and its moving or handing over ("he wants me to withdraw my
savings …, shocking"; "I gave him what he asked for, it's all sorted now"): that is a victim
telling the scam, not a grumble (review 17).
Without the table nothing changes. Where the word lists are matched on characters
(Chinese, Korean: ``words=False``) a phrase is found without word edges: Chinese
has no spaces, and Korean glues particles and endings to it (孙子 in 孙子攒了,
아들 in 아들이).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

# The word-edge mark of a phrase found on characters: "-줘" ends a word, "내가-" begins one.
EDGE = "-"
# How many words may follow a closing verdict ("the cheek of *the man*", "daylight robbery it is").
CLOSING_TAIL = 2


class Reports:
    """Tells a report about the world from a request.

    Args:
        openings: Phrases (normalised) that begin a report.
        asks: Phrases (normalised) that, said after the opening, make it a request.
        memories: Openings of the customer's past or of a question about the world.
        wishes: What, said after a memory, still makes it a request.
        small_talk: Openings of a greeting or pleasantry (see :meth:`is_small_talk`).
        people: Other people ("grandson", "man across the road"): said first, bare
            after "the"/"our" or after any possessive ("Jean's"), they open a report.
        asides: Set comments ("i ask you") in which an ask word does not count.
        words: Phrases are whole words (English); False: found on characters.
        shapes: What gives a sentence a request's shape (see :meth:`is_shapeless`).
        long: From this many characters (spaces not counted) a sentence needs a shape.
        answer_words: The most words a yes or a no is said in (0: no limit).
        answer_chars: The most characters (spaces not counted) a yes or a no is said in.
        settled: Phrases that tell a matter is over (see :meth:`is_settled`).
        still: What, said after a settled phrase, still asks or still has a problem.
        needs: Per intent, the things a long sentence of it names (see :meth:`lacks`).
        caution_shape: Half a scam sign (a caution) in a long sentence with no
            request shape is a grumble, not a scam told (the matcher asks).
        closings: Verdicts that, closing a sentence, make it a grumble (see :meth:`is_grumble`).
        own_funds: The customer's own money ("my savings"): with a ``moved`` word, no
            verdict closes the sentence.
        moved: Money moved or handed over ("withdraw", "gave him").
        asks_before: Requests said before a settled phrase that keep the sentence a
            request (see :meth:`is_settled`).
        asks_here: Requests (a wish, a question), not problems or times, that lift an
            ``elsewhere`` veto when said after the intent's words (see :meth:`asks_from`;
            ``still`` when empty).
        came_here: The customer came here to do it ("찾으러 왔어요"; see :meth:`came_from`).
        pause_wishes: Intents whose strong word or request said after a memory's first
            pause still makes it a request (去年办的卡，插进去就不出来了; review 24 zh_CN):
            the caller reads what follows the pause (see :meth:`is_report`).
        pause_tales: Marks of a story going on (后来, 那会儿): a tail after a memory that
            holds one asks nothing, whatever task word it has (review 24b zh_CN).
    """

    def __init__(
        self,
        openings: Iterable[str],
        asks: Iterable[str],
        memories: Iterable[str] = (),
        wishes: Iterable[str] = (),
        small_talk: Iterable[str] = (),
        people: Iterable[str] = (),
        asides: Iterable[str] = (),
        words: bool = True,
        shapes: Iterable[str] = (),
        long: int = 0,
        answer_words: int = 0,
        answer_chars: int = 0,
        settled: Iterable[str] = (),
        still: Iterable[str] = (),
        needs: Mapping[str, Iterable[str]] | None = None,
        caution_shape: bool = False,
        closings: Iterable[str] = (),
        own_funds: Iterable[str] = (),
        moved: Iterable[str] = (),
        asks_before: Iterable[str] = (),
        asks_here: Iterable[str] = (),
        came_here: Iterable[str] = (),
        pause_wishes: Iterable[str] = (),
        pause_tales: Iterable[str] = (),
    ) -> None:
        self._kinds = [
            (_pattern(openings, True, words), _pattern(asks, False, words)),
            (_pattern(memories, True, words), _pattern(wishes, False, words)),
        ]
        others = _people(people)
        if others is not None:
            self._kinds.append((others, self._kinds[0][1]))
        self._small_talk = _pattern(small_talk, True, words)
        self._asides = _pattern(asides, False, words)
        self._shapes = _pattern(shapes, False, words)
        self._long = long
        self._answer_words = answer_words
        self._answer_chars = answer_chars
        self._settled = _pattern(settled, False, words)
        self._still = _pattern(still, False, words)
        self.caution_shape = caution_shape
        self._closings = _pattern(closings, False, words)
        self._own_funds = _pattern(own_funds, False, words)
        self._moved = _pattern(moved, False, words)
        self._asks_before = _pattern(asks_before, False, words)
        self._asks_here = _pattern(asks_here, False, words)
        self._came_here = _pattern(came_here, False, words)
        self.pause_wishes = frozenset(pause_wishes)
        self._pause_tales = _pattern(pause_tales, False, words)
        self._needs = {
            intent: found
            for intent, things in (needs or {}).items()
            if (found := _pattern(things, False, words)) is not None
        }

    def is_report(
        self,
        heard: str,
        clauses: Callable[[], Sequence[str]] = tuple,
        asked: Callable[[str], bool] | None = None,
    ) -> bool:
        """Whether ``heard`` (normalised) starts as a report and asks nothing.

        ``clauses``: gives ``heard`` as said between pauses (each normalised; none when
        the sentence shows no pause), called only after a memory's opening. ``asked``:
        whether what follows a memory's first pause asks for one of the ``pause_wishes``
        intents; if so the memory is a request, as with a ``wishes`` word anywhere.
        """
        for kind, (openings, asks) in enumerate(self._kinds):
            opening = openings.search(heard) if openings is not None else None
            # Asked after the opening: "my daughter made me a booking" involves the customer.
            if opening is None or self._outside_asides(asks, heard, opening.end()):
                continue
            if (
                kind == 1
                and asked is not None
                and self._asked_after_pause(heard, opening.end(), clauses, asked)
            ):
                continue  # the memory said, a pause, then the task (去年办的卡，插进去就不出来了)
            return True
        return False

    def _asked_after_pause(
        self,
        heard: str,
        end: int,
        clauses_of: Callable[[], Sequence[str]],
        asks: Callable[[str], bool],
    ) -> bool:
        """Whether what is said after the first pause that follows ``heard[:end]`` ``asks``.

        Only a short ask (under ``long`` characters, as a command is) counts: a long tail
        is the story going on (那时候我在纺织厂 发了工资就去信用社存起来), and so is a tail
        with a ``pause_tales`` mark (过去我在纺织厂 后来取钱都排老长). When ``clauses`` shows
        no pause (a recogniser's spaced text: 去年 存 的 钱 取 两万), the tail is all that
        follows the opening, held to the same limits (review 24b zh_CN).
        """
        if not self.pause_wishes:
            return False
        clauses = clauses_of()
        if not clauses:
            return self._short_ask(heard[end:], asks)
        reach, said = _characters(heard[:end]), 0
        for k, clause in enumerate(clauses):
            said += _characters(clause)
            if said >= reach:
                return self._short_ask(" ".join(clauses[k + 1 :]), asks)
        return False

    def _short_ask(self, rest: str, asks: Callable[[str], bool]) -> bool:
        """Whether ``rest`` (a memory's tail) is short, tells no story on, and ``asks``."""
        if _characters(rest) == 0 or self._is_long(rest):
            return False
        if self._pause_tales is not None and self._pause_tales.search(rest) is not None:
            return False
        return asks(rest)

    def _outside_asides(self, words: re.Pattern[str] | None, heard: str, start: int) -> bool:
        """Whether one of ``words`` is said after ``start``, outside every aside."""
        if words is None:
            return False
        if self._asides is None:
            return words.search(heard, start) is not None
        spans = [m.span() for m in self._asides.finditer(heard, start)]
        return any(
            not any(a <= hit.start() and hit.end() <= b for a, b in spans)
            for hit in words.finditer(heard, start)
        )

    def is_shapeless(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) is long and holds no request shape.

        A shape inside an aside asks nothing ("can you believe it"), as for the asks.
        The caller decides whether its request rests on a lone list word.
        """
        if self._shapes is None:
            return False
        return self._is_long(heard) and not self._outside_asides(self._shapes, heard, 0)

    def is_grumble(self, heard: str) -> bool:
        """Whether half a scam sign in ``heard`` (normalised) is a grumble, not a scam told:
        the locale opts in (``caution_shape``) and the sentence is long and shapeless, or
        closes on the teller's verdict (``closings``)."""
        return self.caution_shape and (self.is_shapeless(heard) or self._closes(heard))

    def _closes(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) ends on a verdict (``CLOSING_TAIL`` words after)."""
        if self._closings is None:
            return False
        if self._handed_over(heard):
            return False  # a victim telling the scam, not a verdict on a price (review 17)
        ends = [hit.end() for hit in self._closings.finditer(heard)]
        return bool(ends) and len(heard[ends[-1] :].split()) <= CLOSING_TAIL

    def _handed_over(self, heard: str) -> bool:
        """Whether ``heard`` names the customer's own money and its moving or handing over."""
        if self._own_funds is None or self._moved is None:
            return False
        return self._own_funds.search(heard) is not None and self._moved.search(heard) is not None

    def lacks(self, intent: str, heard: str) -> bool:
        """Whether ``heard`` (normalised), read as ``intent``, is long and names none of its things.

        A lost card is told with the card: "두고 온 동생" is a brother, not a lost card.
        """
        things = self._needs.get(intent)
        if things is None:
            return False
        return self._is_long(heard) and things.search(heard) is None

    def _is_long(self, heard: str) -> bool:
        """Whether ``heard`` has at least ``long`` characters (spaces not counted; 0: never)."""
        return 0 < self._long <= _characters(heard)

    def is_settled(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) ends on a settled matter: nothing asked after it."""
        if self._settled is None:
            return False
        ends = [hit.end() for hit in self._settled.finditer(heard)]
        if not ends:
            return False
        if self._still is not None and self._still.search(heard, ends[-1]) is not None:
            return False  # a request or a problem said after it
        # English says the request first, the reason after ("I'd like to pay this in,
        # the mix-up's all sorted now"); only a request keeps it there, not a story's
        # own "but" ("I lost my card but it turned up, all sorted now": review 17b).
        before = self._asks_before
        return before is None or before.search(heard, 0, ends[-1]) is None

    def asks_from(self, heard: str, start: int) -> bool:
        """Whether an ``asks_here`` word (else ``still``) is said in ``heard`` from ``start``."""
        asks = self._asks_here if self._asks_here is not None else self._still
        return asks is not None and asks.search(heard, start) is not None

    def came_from(self, heard: str, start: int) -> bool:
        """Whether a ``came_here`` word (came here to do it) is said in ``heard`` from ``start``."""
        return self._came_here is not None and self._came_here.search(heard, start) is not None

    def is_too_long_to_answer(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) is longer than a yes or a no is said in."""
        if 0 < self._answer_chars < _characters(heard):
            return True
        return 0 < self._answer_words < len(heard.split())

    def is_small_talk(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) opens as a greeting or pleasantry.

        The caller decides whether a request word was said after it: the
        greeting is only the opening, "hello, I've lost my card" is a request.
        """
        return self._small_talk is not None and self._small_talk.search(heard) is not None


def alternation(phrases: Iterable[str]) -> str | None:
    """The phrases as one regex alternation, longest first (None when there are none)."""
    found = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in found) if found else None


def _characters(heard: str) -> int:
    """How long ``heard`` is in characters, spaces not counted (as CJK text is measured)."""
    return len(heard.replace(" ", ""))


def _pattern(phrases: Iterable[str], anchored: bool, words: bool) -> re.Pattern[str] | None:
    if not words:
        body = _edged(phrases)
        if body is None:
            return None
        return re.compile((r"^(?:" if anchored else r"(?:") + body + r")")
    body = alternation(phrases)
    if body is None:
        return None
    return re.compile((r"^(?:" if anchored else r"(?<!\w)(?:") + body + r")(?!\w)")


def _edged(phrases: Iterable[str]) -> str | None:
    """Phrases found on characters as one alternation, each held to its word-edge marks."""
    found = sorted({p.strip() for p in phrases if p.strip(f" {EDGE}")}, key=len, reverse=True)
    parts = []
    for phrase in found:
        core = phrase.strip(EDGE)
        ending = phrase.startswith(EDGE) and phrase != core  # "-줘": nothing of its word after
        opening = phrase.endswith(EDGE) and phrase != core  # "내가-": nothing of its word before
        before = r"(?<!\S)" if opening else ""
        parts.append(before + re.escape(core) + (r"(?!\S)" if ending else ""))
    return "|".join(parts) if parts else None


# Contractions that look like a possessive: "what's", "there's a man" is no one's.
_NOT_OWNERS = (
    "what|that|it|there|here|he|she|who|where|when|how|why|let|this|one|everything"
    "|nothing|something|everyone|everybody|today|now"
)
# A title or a word of endearment before an owner's name: "Mrs Patel's", "old Tom's".
_TITLES = "mr|mrs|ms|miss|dr|doctor|old|young|little|auntie|uncle"


def _people(people: Iterable[str]) -> re.Pattern[str] | None:
    """An opening naming someone else: "the lady next door", "Jean's grandson"."""
    body = alternation(people)
    if body is None:
        return None
    owner = rf"(?:(?:{_TITLES})\s+)?(?!(?:{_NOT_OWNERS})'s)[\w-]+'s"
    return re.compile(rf"^(?:(?:the|our)\s+)?(?:{owner}\s+)?(?:{body})(?!\w)")
