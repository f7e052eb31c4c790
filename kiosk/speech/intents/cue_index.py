"""Second stage: the meaningful words of a sentence, weighed (no Qt).

Templates (hassil) and the fuzzy index understand sentences shaped like the
templates. Older customers tell stories instead ("my son installed the app
but I can't log in", "a man rang and said my account is not safe"): most of
the words are context, a few carry the request. Here those few are found and
weighed, from per-locale word lists kept as data in
``locales/<lang>/cues.yaml``:

* ``intents.<intent>.strong`` words name a request on their own ("stolen",
  "log in", 挂失, 분실); ``weak`` ones only lean towards it ("card", "app");
  ``elsewhere`` ones put it at another place ("the doctor is expecting me",
  "the queue at the butcher's", a scam "on the news") and take the intent's
  words out of the reading; a scam sign still counts.
* ``signs`` are the scam signs of DESIGN.md as combinations: one word from
  each group said ("password" + "phone") is a scam description whatever the
  rest of the sentence says, and outweighs every other reading.
* ``caution`` groups are looser signs (someone else + money or a secret):
  offered as fraud_check only when nothing else explains the sentence.
* ``neutral`` words are found whole but count for nothing (Chinese
  是不是 is a question, not 不是 "no").
* ``slots`` words name a slot value ("withdraw" → service cash) and count
  for the slot's intent with the slot's ``weight``.
* ``locales/<lang>/concepts.yaml`` adds scam signs written as concept
  classes combined by rules, and the negators that take the weight off a
  denied request word ("I didn't lose my card"; docs/design/0025).

Words are found by segmenting the sentence over the lists (the most of it
covered by list words, in the fewest pieces), so "time deposit" is one
product, not a cash deposit. English is matched word by word after a light,
symmetric suffix trim ("called" and "calls" are "call"); Chinese and Korean
on characters with the spaces removed (Vosk spaces Chinese out, Korean
particles glue to words): Chinese is segmented over the lists themselves,
with no dictionary dependency.

The result is a guess, never certain: it is offered through "Did you mean …?"
(see :data:`MAX_CONFIDENCE`) and never acted on directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from kiosk.speech.intents import cue_rules, korean
from kiosk.speech.intents.cue_model import (
    ACCEPT,
    MARGIN,
    MAX_CONFIDENCE,
    MIN_CONFIDENCE,
    NEGATION_REACH,
    SIGN,
    STRONG,
    UNDENIABLE,
    Cue,
    Reading,
    stem,
)
from kiosk.speech.intents.cue_rules import RequestRules
from kiosk.speech.intents.hearsay import Hearsay
from kiosk.speech.intents.normalise import HAN, is_spaceless, normalise
from kiosk.speech.intents.reports import Reports
from kiosk.speech.intents.vocabulary import INTENT_SLOTS, UNKNOWN

# How many characters may stand in a Chinese sign phrase's space ("说是 警察").
GAP_REACH = 4
# A Korean spaced sign phrase: its tokens, where the list wrote spaces, its fixed text.
SpacedSign = tuple[tuple[str, ...], frozenset[int], tuple[str, ...]]


class CueIndex:
    """One locale's word lists, ready to weigh sentences.

    Args:
        cues: Every cue of the locale's files.
        signs: How many groups each scam sign (or caution) has; a word of group
            number ``signs[k]`` (one past the last) said cancels sign ``k``.
        locale: Locale id.
        cautions: Which of ``signs`` are cautions (see :meth:`read`).
        negators: Words that deny what follows them ("didn't", 没有): a request
            word right after one counts for nothing ("I didn't lose my card").
        denials: Words that deny what comes before them (Korean 아니고).
        rules: How many concepts each request rule has (see :attr:`Cue.rule`):
            a word of each said, undenied, counts as one strong word for the
            rule's intent ("bigger" + "text", said apart: 大一点的字).
        ties: Which of two equally weighed intents is read: ``order`` (the
            intents' order in DESIGN.md), ``first`` or ``last`` said (the
            main verb comes first in Chinese: 开个账户存钱 opens an account).
        clauses: Read the raw text's commas: no negator reaches past one;
            yes/no count only at a clause's edge (:func:`.cue_rules.at_edge`).

    ``quiet_cautions`` (set by the loader, ``concepts.yaml``): fraud_check's own
    ``elsewhere`` words (the news, a game) also quiet a caution (ADR 0080).
    ``asked_after`` (likewise; 0 is off): in a locale without ``clauses``, an
    ``elsewhere`` word vetoes nothing when its intent's own words after it weigh
    this much and close the sentence on a request (주차장에 차 댔는데 직원 좀 불러
    주세요; ADR 0113; the conditions in full: :meth:`_asked_in_speech`).
    """

    def __init__(
        self,
        cues: Sequence[Cue],
        signs: Sequence[int],
        locale: str,
        cautions: frozenset[int] | set[int] = frozenset(),
        negators: Sequence[str] = (),
        denials: Sequence[str] = (),
        rules: Sequence[int] = (),
        ties: str = "order",
        clauses: bool = False,
    ) -> None:
        self.locale = locale
        self.rules = tuple(rules)
        self.ties = ties
        self.clauses = clauses
        self.reports: Reports | None = None  # set by the loader when the locale opts in
        self.hearsay: Hearsay | None = None  # likewise (news of others' harm)
        self.quiet_cautions = False  # likewise
        self.asked_after = 0.0  # likewise
        self.loose: frozenset[int] = frozenset()  # likewise (see :meth:`_loosened`)
        self._rules = RequestRules(cues, rules)
        self.by_character = locale != "en"
        self.signs = tuple(signs)
        self.cautions = frozenset(cautions)
        # Sign words are looked for anywhere, apart from the segmentation: a
        # scam sign must not lose a word to an overlapping request word. One
        # search per distinct word, however many signs share it. A word is its
        # characters and where the list wrote its spaces: "说是警察" and "说是 警察"
        # are two words, searched two ways (one exact, one with a gap).
        self._sign_forms: dict[tuple[str, frozenset[int]], list[Cue]] = {}
        for cue in cues:
            if cue.group is not None:
                self._sign_forms.setdefault(self._sign_key(cue), []).append(cue)
        # Korean sign phrases written with spaces: particles and 좀 may vary there.
        # One pattern per phrase, however many signs share it, compiled the first
        # time a sentence holds the phrase's fixed parts (compiling them all was
        # most of Korean's load time).
        self._sign_patterns: dict[tuple[str, frozenset[int]], re.Pattern[str]] = {}
        # A Chinese sign phrase written with a space ("说是 警察"): its parts in
        # that order, a few characters apart at most ("说是市里的警察") (ADR 0098).
        self._spaced_signs: dict[tuple[str, frozenset[int]], SpacedSign] = {}
        for key, shared in self._sign_forms.items():
            cue = shared[0]  # every cue of a key has its tokens and gaps
            if not cue.gaps:
                continue
            if locale == "ko":
                literals = korean.sign_literals(cue.tokens, cue.gaps)
                self._spaced_signs[key] = (cue.tokens, cue.gaps, literals)
            elif is_spaceless(locale):
                self._sign_patterns[key] = _gapped(cue.tokens, cue.gaps)
        # Each sign word with the text a sentence must hold for it to be there at all: most
        # are not, and a substring test is far cheaper than the search (Korean has some
        # 4,700 sign words to look for in every sentence).
        self._sign_list = [
            (key, found, self._sign_probe(key)) for key, found in self._sign_forms.items()
        ]
        # First token → cues starting with it, longest first (longest match).
        self._starts: dict[str, list[Cue]] = {}
        for cue in cues:
            if cue.group is None:
                self._starts.setdefault(cue.tokens[0], []).append(cue)
        for found in self._starts.values():
            found.sort(key=lambda c: -len(c.tokens))
        self._negators = {tuple(self._tokens(w)) for w in negators} - {()}
        self._denials = {tuple(self._tokens(w)) for w in denials} - {()}

    def _sign_probe(self, key: tuple[str, frozenset[int]]) -> str:
        """Text in every match of sign word ``key`` (see :meth:`_sign_hits`)."""
        spaced = self._spaced_signs.get(key)
        if spaced is not None:  # Korean: particles may stand at its spaces
            return max(spaced[2], key=len, default="")
        if key in self._sign_patterns:  # Chinese: its parts apart, the first one first
            return key[0][0]
        return key[0]

    def _tokens(self, text: str) -> list[str]:
        return self._words(text)[0]

    def _sign_key(self, cue: Cue) -> tuple[str, frozenset[int]]:
        """A sign word as it is searched: its joined tokens and where the list wrote spaces."""
        return self._joined(cue.tokens), cue.gaps

    def _joined(self, tokens: Sequence[str]) -> str:
        """Tokens as one string to search in: spaced words, or characters run together."""
        return "".join(tokens) if self.by_character else f" {' '.join(tokens)} "

    def signs_in(
        self,
        text: str,
        segmented: tuple[list[tuple[int, list[Cue]]], list[str]] | None = None,
        clauses: Sequence[int] = (),
    ) -> list[Cue]:
        """The scam-sign words said in ``text``.

        Found anywhere, overlapping each other and shorter request words, but
        not inside a longer request phrase: "phone banking" says neither
        "phone" nor "bank". A phrase whose parts may stand apart (说是 警察) stands
        within one of ``clauses``: 我儿子说是真的，税务局那边人太多 is no "说是 …局".
        """
        pieces, toks = segmented if segmented is not None else self.segment(text)
        inside = [0] * (len(toks) + 1)  # length of the request phrase covering each token
        for start, cues in pieces:
            if all(c.rule is not None for c in cues):
                continue  # a request rule's word is no phrase of its own
            for k in range(start, start + len(cues[0].tokens)):
                inside[k] = len(cues[0].tokens)
        said = self._joined(toks)
        # Where each token starts in `said`, to turn a string match into tokens.
        at: dict[int, int] = {}
        offset = 0 if self.by_character else 1
        for k, tok in enumerate(toks):
            at[offset] = k
            offset += len(tok) + (0 if self.by_character else 1)
        found = []
        for key, cues, probe in self._sign_list:
            if probe not in said:
                continue
            for hit, size in self._sign_hits(said, key, len(cues[0].tokens)):
                first = at.get(hit if self.by_character else hit + 1)
                if first is None or (key[1] and any(first < c < first + size for c in clauses)):
                    continue  # a gapped phrase's parts in two clauses
                if all(inside[j] <= size for j in range(first, first + size)):
                    found += cues
                    break
        return found

    def _sign_hits(
        self, said: str, key: tuple[str, frozenset[int]], size: int
    ) -> Iterator[tuple[int, int]]:
        """Where a sign word (:meth:`_sign_key`) stands in ``said``, and its tokens there."""
        pattern = self._sign_patterns.get(key)
        spaced = self._spaced_signs.get(key) if pattern is None else None
        if spaced is not None:
            tokens, gaps, literals = spaced
            if not all(literal in said for literal in literals):
                return
            pattern = self._sign_patterns[key] = korean.sign_pattern(tokens, gaps)
        joined = key[0]
        if pattern is None:
            hit = said.find(joined)
            while hit >= 0:
                yield hit, size
                hit = said.find(joined, hit + 1)
            return
        match = pattern.search(said)
        while match is not None:
            yield match.start(), match.end() - match.start()
            match = pattern.search(said, match.start() + 1)

    def _words(self, text: str) -> tuple[list[str], list[int], list[bool]]:
        """Tokens, the word each belongs to, and whether it starts its word.

        ``text`` may come normalised already (the matcher normalises once);
        normalising is idempotent, so raw text works too.
        """
        said = normalise(text, self.locale)
        toks: list[str] = []
        word: list[int] = []
        starts: list[bool] = []
        for n, part in enumerate(said.split()):
            found = list(part) if self.by_character else [stem(part)]
            toks += found
            word += [n] * len(found)
            starts += [True] + [False] * (len(found) - 1)
        return toks, word, starts

    def find(self, text: str) -> list[Cue]:
        """Every list word in ``text`` (see :meth:`segment`)."""
        return [cue for _, cues in self.segment(text)[0] for cue in cues]

    def segment(self, text: str) -> tuple[list[tuple[int, list[Cue]]], list[str]]:
        """Every list word in ``text``, left to right, segmented by the lists.

        The segmentation covers as many tokens (characters, for Chinese) with
        list words as possible, then uses as few words as possible: greedy
        longest match would read 新手机号|码也换了 where 新手机|号码也换了 is
        meant. A position is covered by one phrase only: "time deposit" is the
        product, and its "deposit" is not also counted as paying in. The same
        phrase may be listed under several intents: all of its entries are
        returned. Scam-sign words are not segmented (see :meth:`signs_in`); a
        request rule's word never cuts a listed phrase of two tokens or more
        (网上银行|的, not 网上|银行的), but may hold one whole (不会使, not
        不会|使) or take a single listed token's place (手机|看钱).

        Returns:
            The pieces found, as (first token, cues), and the tokens.
        """
        toks, word, starts = self._words(text)
        n = len(toks)
        # best[i]: (tokens covered by listed phrases of 2+ tokens, by any list
        # word including request rules' words, -pieces, by listed words) over
        # toks[:i]; how[i]: the step into i.
        best: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)] + [(-1, 0, 0, 0)] * n
        how: list[tuple[int, list[Cue]]] = [(0, [])] * (n + 1)
        found = [self._phrases_at(toks, word, starts, i) for i in range(n)]
        # Listed phrases of 2+ tokens: a rule's word may hold one whole (不会使
        # holds 不会), never cut one (银行的 in 网上银行的).
        spans = [
            (j, j + size)
            for j, at in enumerate(found)
            for size, cues in at.items()
            if size > 1 and any(c.rule is None for c in cues)
        ]
        for i in range(n):
            if best[i][0] < 0:
                continue
            if best[i] > best[i + 1]:  # skip this token
                best[i + 1], how[i + 1] = best[i], (i, [])
            for size, cues in found[i].items():
                listed = size if any(c.rule is None for c in cues) else 0
                whole = listed or not cue_rules.cuts(spans, i, i + size)
                phrase = size if size > 1 and whole else 0
                score = (
                    best[i][0] + phrase,
                    best[i][1] + size,
                    best[i][2] - 1,
                    best[i][3] + listed,
                )
                if score > best[i + size]:
                    best[i + size], how[i + size] = score, (i, cues)
        out: list[tuple[int, list[Cue]]] = []
        i = n
        while i > 0:
            start, cues = how[i]
            if cues:
                out.insert(0, (start, cues))
            i = start
        return out, toks

    def _phrases_at(
        self, toks: list[str], word: list[int], starts: list[bool], i: int
    ) -> dict[int, list[Cue]]:
        """The list phrases that start at token ``i``, by length."""
        n = len(toks)
        lengths: dict[int, list[Cue]] = {}
        for cue in self._starts.get(toks[i], ()):
            if self.locale == "ko" and cue.gaps:
                spaced = self._spaced_at(cue, toks, word, starts, i)
                if spaced is not None:
                    lengths.setdefault(len(spaced.tokens), []).append(spaced)
                continue
            size = len(cue.tokens)
            # Korean keeps its spaces: a phrase may run across them (people
            # space 안전 계좌 either way), but only from the start of a word,
            # so 우편물이 자꾸 holds no 이자 "interest".
            across = size > 1 and i + size <= n and word[i] != word[i + size - 1]
            ko = self.locale == "ko"
            if across and not (
                starts[i] and (not ko or korean.may_cross(cue.tokens, cue.gaps, word, i))
            ):
                continue
            if tuple(toks[i : i + size]) == cue.tokens:
                lengths.setdefault(size, []).append(cue)
        return lengths

    @staticmethod
    def _spaced_at(
        cue: Cue, toks: list[str], word: list[int], starts: list[bool], i: int
    ) -> Cue | None:
        """A Korean phrase the list wrote with spaces, as said from token ``i``.

        With or without particles at its word ends, with 좀 between its words
        (see :mod:`.korean`); returned as the sentence's own tokens, so the
        spans downstream are the sentence's.
        """
        size = korean.match_spaced(cue.tokens, cue.gaps, toks, starts, i)
        if size is None or (word[i] != word[i + size - 1] and not starts[i]):
            return None
        said = tuple(toks[i : i + size])
        return cue if said == cue.tokens else cue._replace(tokens=said, gaps=frozenset())

    def denied(
        self,
        text: str,
        pieces: Sequence[tuple[int, list[Cue]]],
        clauses: Sequence[int] = (),
    ) -> tuple[set[int], set[int]]:
        """Starts of the pieces a negator denies: "I didn't lose my card", 卡没有丢;
        and of those among them a denial after them denies (소리 크게 하지 마세요).

        A negator counts when it is no list word itself ("can't log in" is a
        request, not a denial), ends within :data:`NEGATION_REACH` tokens
        before the piece (a denial: starts within them after it, as in
        잃어버린 건 아니고) and no other list word stands between.
        """
        if not self._negators and not self._denials:
            return set(), set()
        toks, _, starts = self._words(text)
        covered = [False] * len(toks)
        spans = []  # where request words stand; a "no" word may be the denial itself (아니고)
        for start, cues in pieces:
            if not all(c.intent == "no" for c in cues):
                covered[start : start + len(cues[0].tokens)] = [True] * len(cues[0].tokens)
                if not all(c.rule is not None for c in cues):  # a rule's word lets it pass
                    spans.append((start, start + len(cues[0].tokens)))
        reach = NEGATION_REACH[self.by_character]
        out: set[int] = set()
        later: set[int] = set()  # denied by a denial after them
        for start, cues in pieces:
            end = start + len(cues[0].tokens)
            before = max((e for _, e in spans if e <= start), default=0)
            after = min((b for b, _ in spans if b >= end), default=len(toks))
            lo, last = max(before, start - reach), min(after, end + reach)
            if clauses:  # a "no" before a comma denies nothing after it
                first, stop = cue_rules.clause_of(clauses, start, len(toks))
                lo, last = max(lo, first), min(last, stop)
            after_it = self._denied_between(toks, covered, end, last, after)
            if after_it or self._negated_between(toks, covered, starts, lo, start):
                out.add(start)
            if after_it:
                later.add(start)
                # The request words said just before it, one after another, are one
                # phrase with it: 글씨 더 크게 하지 마 denies 글씨 too (ADR 0113). Another
                # task's words only through a strong word, and not when that task is
                # asked after the denial: 앱 비밀번호 바꾸지 말고 (바꾸 weak), 번호표 두 장
                # 말고 (a count), … 말고 잠겨서 안 돼요 leave 앱 비밀번호 (review 18, 4).
                its = {c.intent for c in cues}
                strong = max(c.weight for c in cues) >= STRONG
                asked = {c.intent for s, cs in pieces if s > start for c in cs if c.weight > 0}
                run = start
                for earlier, said in reversed(pieces):
                    if earlier >= run:
                        continue
                    theirs = {c.intent for c in said}
                    if earlier + len(said[0].tokens) != run or (
                        not its & theirs and (not strong or theirs & asked)
                    ):
                        break
                    out.add(earlier)
                    later.add(earlier)
                    run = earlier
        return out, later

    def _negated_between(
        self, toks: list[str], covered: list[bool], starts: list[bool], lo: int, hi: int
    ) -> bool:
        for negator in self._negators:
            size = len(negator)
            for k in range(lo, hi - size + 1):
                if tuple(toks[k : k + size]) != negator or any(covered[k : k + size]):
                    continue
                # Korean: a whole word only (안 "not", but not 안경 "glasses").
                end = k + size
                whole = starts[k] and (end == len(starts) or starts[end])
                if self.locale != "ko" or whole:
                    return True
        return False

    def _denied_between(
        self, toks: list[str], covered: list[bool], lo: int, last: int, limit: int
    ) -> bool:
        """A denial starting at ``lo``..``last`` and ending by ``limit``."""
        for denial in self._denials:
            size = len(denial)
            for k in range(lo, min(last, limit - size) + 1):
                if tuple(toks[k : k + size]) == denial and not any(covered[k : k + size]):
                    return True
        return False

    def read(self, text: str, raw: str | None = None) -> Reading:
        """The intent ``text``'s meaningful words point to (``raw``: before normalising)."""
        segmented = self.segment(text)
        clauses: list[int] = []
        pauses: list[int] = []
        if self.clauses and raw is not None:
            clauses = cue_rules.clause_starts(raw, len(segmented[1]), self._tokens)
            if len(clauses) == 1 and _PAUSE.search(raw):
                # speech has no commas: its pauses (spaces between characters) part it
                pauses = cue_rules.clause_starts(
                    _PAUSE.sub("，", raw), len(segmented[1]), self._tokens
                )
            elif len(clauses) == 1:  # the recogniser joins the characters: the asking does
                pauses = self._asking_starts(segmented[1])
        signs = self.signs_in(text, segmented, clauses)
        denied, denied_after = self.denied(text, segmented[0], clauses)
        scores, slot_votes, found, said_at = self._weigh(text, segmented, denied, clauses, pauses)
        refused = self._refused(text, segmented[0], denied_after, scores)
        words = list(dict.fromkeys(self._joined(c.tokens).strip() for c in found + signs))
        groups: dict[int, set[int]] = {}
        for cue in signs:
            if cue.group is not None:
                groups.setdefault(cue.group[0], set()).add(cue.group[1])
        # every group said, and not the rule's "unless" group (numbered after them, ADR 0121)
        full = {
            s for s, got in groups.items() if len(got) == self.signs[s] and self.signs[s] not in got
        }
        cautions = self.cautions | self._loosened(full, text)
        scam = bool(full - cautions)
        if scam:  # a sign is never "elsewhere": the news of a scam does not hide one told
            scores["fraud_check"] = max(scores.get("fraud_check", 0.0), 0.0) + SIGN
        best_score = max(scores.values(), default=0.0)
        quiet = self.quiet_cautions and scores.get("fraud_check", 0.0) < 0.0
        if best_score < ACCEPT and full & cautions and not quiet:
            # Half a sign in a sentence nothing else explains ("a man says my
            # savings will grow fast"): "Is this a scam?" beats "Sorry" --
            # unless the sentence put fraud elsewhere ("in his game", "on the news").
            return Reading(
                "fraud_check",
                {},
                MIN_CONFIDENCE,
                False,
                scores,
                words,
                caution=True,
                refused=refused,
            )
        if not scores:
            return Reading(UNKNOWN, words=words, refused=refused)
        # Ties: fraud_check first (asking "Is this a scam?" costs a tap, missing
        # a scam costs savings); then an intent its own words named before one
        # named only by a slot's topic word ("booked to see someone about my
        # mortgage" is the booking, the mortgage is what it is about); then the
        # locale's word order (cue_rules.tie).
        own = {c.intent for c in found if c.slot is None}
        ranked = sorted(
            scores.items(),
            key=lambda kv: (
                -kv[1],
                kv[0] != "fraud_check",
                kv[0] not in own,
                cue_rules.tie(self.ties, kv[0], said_at),
            ),
        )
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if top < ACCEPT:
            return Reading(UNKNOWN, scores=scores, words=words, refused=refused)
        lead = min(1.0, (top - second) / STRONG) if top - second >= MARGIN else 0.0
        confidence = MAX_CONFIDENCE if scam else MIN_CONFIDENCE + lead * 0.1
        other = None
        if scam and len(ranked) > 1 and ranked[1][1] >= ACCEPT:
            other = (ranked[1][0], _slots(ranked[1][0], slot_votes))
        return Reading(
            best,
            _slots(best, slot_votes),
            round(confidence, 3),
            scam,
            scores,
            words,
            other,
            refused=refused,
        )

    def _refused(
        self,
        text: str,
        pieces: Sequence[tuple[int, list[Cue]]],
        after: set[int],
        scores: Mapping[str, float],
    ) -> frozenset[str]:
        """Requests named only to be denied after the word (소리 크게 하지 마세요).

        ``after``: the pieces a denial after them denies (:meth:`denied`). Not what the
        sentence asks for: a near template of them is no reading
        (:class:`.matcher.Matcher`). An intent its undenied words still read is not refused.
        """
        if not after:
            return frozenset()
        toks, word, _ = self._words(text)
        named: dict[str, int] = {}  # intent: where its last denied word stands
        for start, cues in pieces:
            if start in after and self._denies_the_word(toks, word, start + len(cues[0].tokens)):
                for cue in cues:
                    if cue.weight > 0 and cue.intent not in UNDENIABLE:
                        named[cue.intent] = start
        if not named:
            return frozenset()
        # Its own word said after the denial, and a request from it on, still asks
        # (통장 정리 하지 말고 돈만 찾아 주세요; not 목소리 크게 하지 말아요 다 들려).
        asks = self._asks_from(text)
        asked = {
            cue.intent
            for start, cues in pieces
            if start not in after and asks(start)
            for cue in cues
            if cue.weight > 0 and start > named.get(cue.intent, len(toks))
        }
        return frozenset(i for i in named if scores.get(i, 0.0) < ACCEPT and i not in asked)

    def _denies_the_word(self, toks: list[str], word: list[int], end: int) -> bool:
        """Whether a denial follows the word ending at token ``end`` and not its own ending.

        크게 하지 마세요, 돌아가지 마세요, 키우지 마세요 (the stem's rest or an honorific
        between: 취소하시지 마세요): the denial is the word's. 취소할래 안 할 거야
        ("cancel, I won't do it"): the word closed on its own ending (할래) first.
        """
        last = word[end - 1] if end > 0 else -1
        for denial in self._denials:
            size = len(denial)
            for k in range(end, min(end + NEGATION_REACH[True], len(toks) - size) + 1):
                # A denial inside the word itself is the word's (키우지 마세요, 취소하시지
                # 마세요); one in a later word, after the word's own ending, is not.
                closed = word[k] != last and any(word[j] == last for j in range(end, k))
                if tuple(toks[k : k + size]) == denial and not closed:
                    return True
        return False

    def _loosened(self, full: set[int], text: str) -> frozenset[int]:
        """The loose signs of ``full`` that count as cautions in ``text`` (ADR 0091).

        A loose sign (someone said, and money: "the plumber only takes cash, he
        says, so I paid him two hundred") is a scam told, unless it is the only
        sign of a long sentence that holds no request shape: then it is a story,
        weighed as a caution (and a caution there is a grumble, ``caution_shape``).
        """
        loose = full & self.loose
        reports = self.reports
        if not loose or full - self.cautions - loose or reports is None:
            return frozenset()
        return frozenset(loose) if reports.is_grumble(normalise(text, self.locale)) else frozenset()

    def _weigh(
        self,
        text: str,
        segmented: tuple[list[tuple[int, list[Cue]]], list[str]],
        denied: set[int],
        clauses: Sequence[int] = (),
        pauses: Sequence[int] = (),
    ) -> tuple[dict[str, float], dict[str, dict[str, float]], list[Cue], dict[str, int]]:
        """Each intent's weight, the slot values named, the list words found, where said.

        ``segmented``: :meth:`segment`'s pieces and tokens; ``denied``: the pieces a
        negator denies (:meth:`denied`). ``pauses``: where the spaces of a text with no
        commas part it (speech), read in place of ``clauses`` only by :meth:`_asked_after`.

        A word said twice is not twice the evidence; a denied word ("I didn't
        lose it") counts for nothing, except for a scam, yes or no: "he said
        not to worry" must not hide a scam. A request rule whose every concept
        was said counts once, as a strong word, where its first word was said.
        """
        pieces, tokens = segmented
        count = len(tokens)
        negating = cue_rules.negating(
            pieces, denied, self._negators, NEGATION_REACH[self.by_character]
        )
        scores: dict[str, float] = {}
        seen: set[tuple[tuple[str, ...], str]] = set()
        slot_votes: dict[str, dict[str, float]] = {}
        found: list[Cue] = []
        said_at: dict[str, int] = {}
        rule_hits: cue_rules.Hits = {}
        asked: set[tuple[int, str]] = set()
        if clauses:
            asked = self._asked_after(tokens, pieces, denied, pauses or clauses)
        elif self.asked_after:
            asked = self._asked_in_speech(
                pieces, denied, count, self.asked_after, self._asks_from(text)
            )
        for start, cues in pieces:
            for cue in cues:
                found.append(cue)
                if cue.intent == UNKNOWN:  # a neutral word: recognised, so not split
                    continue
                if cue.weight < 0 and (start, cue.intent) in asked:
                    continue  # 修鞋的不收微信，我来取点零钱: the story, then the request
                if (start in denied and cue.intent not in UNDENIABLE) or start in negating:
                    continue
                end = start + len(cue.tokens)
                answer = clauses and cue.intent in cue_rules.ANSWERS
                if answer and not cue_rules.at_edge(clauses, start, end, count):
                    continue  # 这个不是我的卡: 不是 says what it is, no answer
                if cue.rule is not None:
                    listed = any(
                        c.rule is None and c.intent == cue.intent and c.weight >= STRONG
                        for c in cues
                    )
                    self._rules.said(cue, start, rule_hits, news=not listed)
                    continue
                said_at.setdefault(cue.intent, start)
                self._rules.inside(cue, start, rule_hits, news=cue.weight < STRONG)
                key = (cue.tokens, cue.intent if cue.slot is None else f"{cue.slot}")
                if key in seen:
                    continue
                seen.add(key)
                scores[cue.intent] = scores.get(cue.intent, 0.0) + cue.weight
                if cue.slot is not None:
                    votes = slot_votes.setdefault(cue.slot[0], {})
                    votes[cue.slot[1]] = votes.get(cue.slot[1], 0.0) + len(cue.tokens)
        self._rules.weigh(rule_hits, scores, said_at, STRONG)
        return scores, slot_votes, found, said_at

    def _asks_from(self, text: str) -> Callable[[int], int]:
        """How ``text`` asks from a token on: 0 not, 1 a request (``reports.asks_here``),
        2 the customer came here for it (``reports.came_here``: 찾으러 왔어요)."""
        said = normalise(text, self.locale)
        at: list[int] = []  # where each token starts in ``said``
        for k, char in enumerate(said):
            if not char.isspace():
                at.append(k)
        reports = self.reports

        def asks(tok: int) -> int:
            if reports is None or tok >= len(at):
                return 0
            if reports.came_from(said, at[tok]):
                return 2
            return 1 if reports.asks_from(said, at[tok]) else 0

        return asks

    def _asked_after(
        self,
        tokens: Sequence[str],
        pieces: Sequence[tuple[int, list[Cue]]],
        denied: set[int],
        clauses: Sequence[int],
    ) -> set[tuple[int, str]]:
        """(start, intent) of the ``elsewhere`` words a later clause asks for after all.

        Locales that read commas only (``clauses``): "the cobbler takes no WeChat, I've
        come to take out some change" tells the story, then asks the kiosk for the
        very thing the story's word puts elsewhere. The veto stands unless a later
        clause holds the intent's own words, worth ``ASKED_AFTER`` at least (two strong
        words: one is often the story going on, 我孙子说发我手机上了), or one clause says
        one of the intent's request rules in full with the speaker asking in it (我想取
        三百块: the request itself, ADR 0112; 按键大字也大的那种 only describes the phone
        the story is about, 我取了五百块 tells what was done), and no other ``elsewhere``
        word of it (review 17, Z8). Speech has no commas: there ``clauses`` are the
        pauses (身份证找回来了 银行卡还是找不着 帮我把卡冻结; review 18).
        """
        out: set[tuple[int, str]] = set()
        count = len(tokens)
        for start, cues in pieces:
            for cue in cues:
                if cue.weight >= 0 or cue.intent == UNKNOWN:
                    continue
                _, stop = cue_rules.clause_of(clauses, start, count)
                words: dict[tuple[str, ...], float] = {}
                hits: dict[int, cue_rules.Hits] = {}  # by the clause they stand in
                strong: set[int] = set()  # the clauses holding a strong word of the intent
                vetoed = False
                for later, others in pieces:
                    if later < stop or later in denied:
                        continue
                    mine = [other for other in others if other.intent == cue.intent]
                    if not mine:
                        continue
                    lo = cue_rules.clause_of(clauses, later, count)[0]
                    for other in mine:
                        if other.rule is not None:
                            self._rules.said(other, later, hits.setdefault(lo, {}))
                        elif other.weight < 0:
                            vetoed = True
                        else:
                            words[other.tokens] = max(words.get(other.tokens, 0.0), other.weight)
                            self._rules.inside(
                                other, later, hits.setdefault(lo, {}), news=other.weight < STRONG
                            )
                            if other.weight >= STRONG:
                                strong.add(lo)
                asked = sum(words.values()) >= ASKED_AFTER or any(
                    self._asks_in(tokens, lo, clauses, count, said, cue.intent, lo in strong)
                    for lo, said in hits.items()
                )
                if asked and not vetoed:
                    out.add((start, cue.intent))
        return out

    @staticmethod
    def _asked_in_speech(
        pieces: Sequence[tuple[int, list[Cue]]],
        denied: set[int],
        count: int,
        weight: float,
        asks: Callable[[int], int],
    ) -> set[tuple[int, str]]:
        """(start, intent) of the ``elsewhere`` words asked for after all, in a locale
        without clauses (Korean speech has no commas; ``weight``, the locale's
        ``asked_after``, above 0): the words after the ``elsewhere`` word itself, worth
        ``weight``, the last strong one closing the sentence (within ``ASKED_TAIL``
        tokens of its end) on a request (``asks`` from its first token: 직원 좀 불러
        주세요; a wish or a question, not a time, a duty or a problem: 번호표 뽑고 줄 서야
        돼, 잃어버려서 정지시켰어; review 18), and no other ``elsewhere`` word of it. A
        story goes on after its words (… 번호표를 뽑고 줄을 서야 되나 작년엔 두 시간
        기다렸어) or closes on news (… 볼륨을 키우더라; ADR 0113). One strong word will do
        when the customer came here for it (``asks`` 2: 그래서 찾으러 왔어요).
        """
        out: set[tuple[int, str]] = set()
        for start, cues in pieces:
            for cue in cues:
                if cue.weight >= 0 or cue.intent == UNKNOWN:
                    continue
                stop = start + len(cue.tokens)
                words: dict[tuple[str, ...], float] = {}
                vetoed = False
                first = last = 0  # where the last strong one of the intent's later words stands
                for later, others in pieces:
                    if later < stop or later in denied:
                        continue
                    for other in others:
                        if other.intent != cue.intent or other.rule is not None:
                            continue
                        if other.weight < 0:
                            vetoed = True
                        else:
                            words[other.tokens] = max(words.get(other.tokens, 0.0), other.weight)
                            if other.weight >= STRONG and later + len(other.tokens) > last:
                                first, last = later, later + len(other.tokens)
                asked = asks(first)
                # "Is this a scam?" may be asked anywhere after its words (뉴스에서
                # 보이스피싱 … 저도 이상한 문자 받았어요 확인해 주세요): a wrong one costs
                # a tap, a missed one savings (review 18, 7), unless another task's strong
                # word follows, the request the news aside led to (… 사기 얘기 나오더라 돈
                # 좀 찾아 주세요; review 18b, 3)
                near = count - last <= ASKED_TAIL or (
                    cue.intent == "fraud_check"
                    and not any(
                        o.weight >= STRONG
                        and o.rule is None
                        and o.intent not in (cue.intent, UNKNOWN)
                        for s, os in pieces
                        if s >= last and s not in denied
                        for o in os
                    )
                )
                # one strong word will do when the customer came here for it (… 주기로
                # 했어요 그래서 찾으러 왔어요: a visit's task, review 18, 1)
                enough = sum(words.values()) >= (weight if asked < 2 else STRONG)
                if not vetoed and near and asked and enough:
                    out.add((start, cue.intent))
        return out

    def _asking_starts(self, tokens: Sequence[str]) -> list[int]:
        """Clause starts for speech with neither commas nor spaces (the recogniser joins
        Chinese characters, ``join_cjk``): the text start and each token where the speaker
        starts asking (``hearsay.own_asks``: 身份证找回来了银行卡还是找不着|帮我把卡冻结;
        review 18, second review). Empty when no asking starts after the first token.
        """
        if self.hearsay is None or not self.by_character:
            return []
        # One character a token (by_character): an offset is a token's index.
        starts = set(self.hearsay.asks_at("".join(tokens)))
        starts.discard(0)
        return [0, *sorted(starts)] if starts else []

    def _asks_in(
        self,
        tokens: Sequence[str],
        lo: int,
        clauses: Sequence[int],
        count: int,
        hits: cue_rules.Hits,
        intent: str,
        strong: bool,
    ) -> bool:
        """Whether the clause from ``lo`` asks for ``intent``: the speaker asking in it
        (我想, 帮我: ``hearsay.own_asks``) a request rule of the intent in full or a strong
        word of it (``strong``: 帮我挂失). 我手机上的微信也是他给装的 and 我取了五百块 tell
        what was done, 我听他说 what was heard (review 18).
        """
        ruled: dict[str, float] = {}
        self._rules.weigh(hits, ruled, {}, STRONG)
        if (ruled.get(intent, 0.0) <= 0.0 and not strong) or self.hearsay is None:
            return False
        hi = cue_rules.clause_of(clauses, lo, count)[1]
        return self.hearsay.asks_here(self._joined(tokens[lo:hi]).replace(" ", ""))


# What a later clause's own words of an intent must weigh to lift that intent's
# "elsewhere" veto (CueIndex._asked_after): two strong words, 来取 + 零钱.
ASKED_AFTER = 2 * STRONG
# Without clauses, how many tokens (Korean syllables) may follow the request that lifts
# the veto: its ending and a polite close (불러 주|실 수 있어요), not a story going on.
ASKED_TAIL = 6
# A space between two Han characters: a pause in Chinese speech (``join_cjk`` keeps the
# spaces around Latin words and digits, which mark a change of script, not a pause).
_PAUSE = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")


def _gapped(tokens: Sequence[str], gaps: frozenset[int]) -> re.Pattern[str]:
    """A spaceless locale's spaced sign phrase: its parts in order, up to GAP_REACH apart."""
    parts = [
        re.escape(tok) + (f".{{0,{GAP_REACH}}}?" if k in gaps else "")
        for k, tok in enumerate(tokens)
    ]
    return re.compile("".join(parts))


def _slots(intent: str, votes: Mapping[str, Mapping[str, float]]) -> dict[str, str]:
    """The slot values most said, for the slots ``intent`` may carry."""
    return {
        slot: max(found.items(), key=lambda kv: kv[1])[0]
        for slot, found in votes.items()
        if slot in INTENT_SLOTS.get(intent, ())
    }
