"""Request rules and "no" words used as negators, for the second stage (no Qt).

A request is often said in pieces: 大一点的字 ("bigger" … "text"), 叫个你们银行的
人来 ("call" … "a person"). ``locales/<lang>/concepts.yaml`` may list
``requests.<intent>`` rules over its concepts: a word of every concept of a
rule said, undenied, counts as one strong word for the intent (once per
intent, however many of its rules were said). A rule's words are found by the
segmentation where no listed phrase stands, and inside a listed phrase of the
rule's own intent (点过来 says 点 "o'clock" and 过来 "come"). A rule adds
only when one of its words is news, not inside a strong listed word of the
intent: 取钱, listed as strong, says 取 and 钱, but is not counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from kiosk.speech.intents.vocabulary import INTENTS


class Cue(Protocol):
    """What is read here of :class:`.cue_model.Cue` (the index imports this module)."""

    @property
    def tokens(self) -> tuple[str, ...]: ...

    @property
    def intent(self) -> str: ...

    @property
    def rule(self) -> tuple[int, int] | None: ...


Hits = dict[int, dict[int, tuple[int, bool]]]
"""Rule -> concept -> (the token where a word of it was first said, whether
one of its words was not inside a strong listed word of the intent)."""


class RequestRules:
    """One locale's request rules.

    Args:
        cues: Every cue of the locale; those with a ``rule`` are the rules' words.
        sizes: How many concepts each rule has.
    """

    def __init__(self, cues: Sequence[Cue], sizes: Sequence[int]) -> None:
        self.sizes = tuple(sizes)
        self._intent: dict[int, str] = {}
        self._words: dict[str, list[Cue]] = {}  # intent -> its rules' words
        for cue in cues:
            if cue.rule is not None:
                self._intent[cue.rule[0]] = cue.intent
                self._words.setdefault(cue.intent, []).append(cue)

    @staticmethod
    def said(cue: Cue, start: int, hits: Hits, news: bool = True) -> None:
        """Record a rule's word; ``news``: it is no strong listed word of the intent too."""
        if cue.rule is not None:
            got = hits.setdefault(cue.rule[0], {})
            old = got.get(cue.rule[1])
            got[cue.rule[1]] = (start, news) if old is None else (old[0], old[1] or news)

    def inside(self, cue: Cue, start: int, hits: Hits, news: bool) -> None:
        """Record the rule words of ``cue``'s intent said inside it (a listed word)."""
        for word in self._words.get(cue.intent, ()):
            size = len(word.tokens)
            if word.rule is None or size >= len(cue.tokens):
                continue
            if any(
                cue.tokens[k : k + size] == word.tokens for k in range(len(cue.tokens) - size + 1)
            ):
                self.said(word, start, hits, news)

    def weigh(
        self, hits: Hits, scores: dict[str, float], said_at: dict[str, int], weight: float
    ) -> None:
        """Add ``weight`` once per intent one of whose rules was said in full."""
        done: set[str] = set()
        for rule, got in hits.items():
            intent = self._intent[rule]
            news = any(new for _, new in got.values())
            if len(got) < self.sizes[rule] or not news or intent in done:
                continue
            done.add(intent)
            scores[intent] = scores.get(intent, 0.0) + weight
            first = min(start for start, _ in got.values())
            said_at[intent] = min(said_at.get(intent, first), first)


def negating(
    pieces: Sequence[tuple[int, Sequence[Cue]]],
    denied: set[int],
    negators: set[tuple[str, ...]],
    reach: int,
) -> set[int]:
    """Starts of "no" words that deny a request word after them.

    不是 in 我不是来取钱的 ("I'm not here to withdraw") denies the withdrawal;
    it is no answer "no" either.
    """
    out = set()
    for start, cues in pieces:
        end = start + len(cues[0].tokens)
        negator = cues[0].tokens in negators and all(c.intent == "no" for c in cues)
        if negator and any(end <= d <= end + reach for d in denied):
            out.add(start)
    return out


def cuts(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` overlap one of ``spans`` without holding it."""
    return any(s < end and start < e and not (start <= s and e <= end) for s, e in spans)


def tie(ties: str, intent: str, said_at: Mapping[str, int]) -> tuple[int, int]:
    """Sort key among equally weighed intents: ``ties`` is order, first, last or requests.

    With ``first``, ``last`` or ``requests`` (the intents' order otherwise),
    an answer (yes, no) loses a tie to a request: 不用了，我想回到首页 asks for
    the home screen, "cancel that, I don't want it" to stop; "no" only leads
    into it. With ``first`` or ``last``, giving up (stop) leads into a request
    the same way (不弄了，回首页吧 goes home) but outranks a bare answer (算了，
    不办了 stops) (ADR 0075).
    """
    answer = int(ties != "order" and intent in ANSWERS)
    if ties in ("first", "last"):
        lead = 2 if intent in ANSWERS else int(intent == "stop")
        return lead, said_at.get(intent, 0) * (1 if ties == "first" else -1)
    return answer, INTENTS.index(intent)


ANSWERS = frozenset({"yes", "no"})
# Where a clause ends in what was typed or recognised (before normalising).
_CLAUSE_END = re.compile(r"[,，、;；:：.。!！?？…\n]+")


def clause_starts(raw: str, count: int, tokens: Callable[[str], list[str]]) -> list[int]:
    """The token where each clause of ``raw`` starts (0 first), for ``count`` tokens.

    ``normalise`` drops punctuation, so the second stage sees 我没记住，再来一次
    as one run; this recovers the comma. Empty (no clauses known) when the
    clauses' tokens do not add up to ``count`` (they always should).
    """
    starts, at = [], 0
    for piece in _CLAUSE_END.split(raw):
        size = len(tokens(piece))
        if size:
            starts.append(at)
            at += size
    return starts if at == count and starts else []


def clause_of(starts: Sequence[int], token: int, count: int) -> tuple[int, int]:
    """The clause (first token, end) holding ``token``; the whole text without clauses."""
    lo, hi = 0, count
    for start in starts:
        if start <= token:
            lo = start
        else:
            hi = start
            break
    return lo, hi


def at_edge(starts: Sequence[int], start: int, end: int, count: int) -> bool:
    """Whether tokens ``start``..``end`` open or close their clause (one token of slack).

    An answer word stands at a clause's edge (不是，我要…; 那个不对); 不是 inside
    one (这个不是我的卡) says what something is, and is no answer.
    """
    lo, hi = clause_of(starts, start, count)
    return start - lo <= 1 or hi - end <= 1
