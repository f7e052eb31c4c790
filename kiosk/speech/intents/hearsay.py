"""Someone else's misfortune told as news: "the old man next door was cheated" (no Qt).

A customer who says "I heard old Wang in the next block was cheated of two
hundred thousand, poor man" describes no scam happening to them and asks
nothing: it is talk. The harm word (被骗, 上当) still points to fraud_check,
and a one-word harm outranks the reports table (ADR 0063), so this is read
on its own: who suffered the harm. Opt-in per locale: ``cues.yaml``'s
optional ``hearsay`` table lists

* ``harms``: the passive harm words ("was cheated", "fell for it");
* ``victims``: other people who can be the one harmed (neighbours, "an old
  man", "a teacher", "he"); the nearest one before the harm, within
  ``reach`` characters, is the one it happened to. Kin named bare (儿子,
  老伴) are the speaker's own and so are not listed: "my son was cheated" is
  the customer's trouble;
* ``owners``: the speaker (我, 咱): said as the nearest person, or right
  before the victim (我同事), the harm is the speaker's household's;
* ``pleas``: what makes the news a request after all: a question, asking for
  help, the speaker involved too (我也, 骗我, 怎么办);
* ``own_asks`` (optional): the speaker asking for something here (我想, 帮我),
  which makes a later clause a request after an ``elsewhere`` story (ADR 0112).

A harm with no person before it has a dropped subject, which in Chinese is
the speaker ("被骗了，怎么办"): it stays a scam report. Scam signs (someone
asking for money or a code) are read before this and always win (ADR 0070).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kiosk.speech.intents.reports import alternation


class Hearsay:
    """Tells news of a harm done to someone else from a harm told by its victim.

    Args:
        harms: Harm words (normalised), such as "was cheated".
        victims: Other people one of whom may have suffered the harm.
        owners: Words for the speaker (and what they own).
        pleas: Words that make the sentence a request whoever was harmed.
        reach: How many characters before a harm its victim may stand.
        own_asks: The speaker asking for something here (我想, 我来, 帮我).
    """

    def __init__(
        self,
        harms: Iterable[str],
        victims: Iterable[str],
        owners: Iterable[str],
        pleas: Iterable[str],
        reach: int,
        own_asks: Iterable[str] = (),
    ) -> None:
        self._harms = _pattern(harms)
        self._people = _pattern([*victims, *owners])
        self._owners = frozenset(w.replace(" ", "") for w in owners if w.strip())
        self._pleas = _pattern(pleas)
        self._reach = reach
        self._own_asks = _pattern(own_asks)

    def asks_here(self, said: str) -> bool:
        """Whether ``said`` (spaces removed) holds the speaker asking (我想, 帮我: ``own_asks``)."""
        return self._own_asks is not None and self._own_asks.search(said) is not None

    def asks_at(self, said: str) -> list[int]:
        """Where in ``said`` (spaces removed) the speaker starts asking (``own_asks``)."""
        if self._own_asks is None:
            return []
        return [hit.start() for hit in self._own_asks.finditer(said)]

    def is_others_news(self, heard: str) -> bool:
        """Whether ``heard`` (normalised) tells of harm done to others and asks nothing."""
        said = heard.replace(" ", "")
        people = self._people
        if self._harms is None or people is None:
            return False
        hits = list(self._harms.finditer(said))
        if not hits or (self._pleas is not None and self._pleas.search(said)):
            return False
        return all(self._others(said, hit.start(), people) for hit in hits)

    def _others(self, said: str, at: int, people: re.Pattern[str]) -> bool:
        """Whether the nearest person before ``at`` is someone other than the speaker."""
        nearest: re.Match[str] | None = None
        for found in people.finditer(said, max(0, at - self._reach), at):
            nearest = found
        if nearest is None:  # the subject is dropped: the speaker's own harm
            return False
        if nearest.group() in self._owners:
            return False
        before = said[max(0, nearest.start() - 2) : nearest.start()]
        return not any(before.endswith(owner) for owner in self._owners)


def _pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """The phrases as one alternation, longest first, spaces removed (None when none)."""
    body = alternation(p.replace(" ", "") for p in phrases)
    return re.compile(body) if body else None
