"""Fuzzy fallback: the expanded sample sentence that best explains what was said.

Exact template matching fails on anything the templates did not foresee: an
extra word ("the cash machine *outside* swallowed my card"), a slip of the
recogniser ("lost my *cart*"), another word order. Here the utterance and
every sample are compared as bags of weighted tokens:

* A token weighs more the fewer intents use it: "scam" (one intent) says far
  more than "can" (most of them). Tokens nearly every intent uses are dropped.
* A token the templates never use weighs the most: it is evidence that the
  customer is talking about something else ("football", "weather"). This is
  what keeps out-of-domain speech from being force-matched on shared words.
* The score is the weighted Dice coefficient (the F-measure of "how much of
  the utterance the sample explains" and "how much of the sample was said").
* Misheard words are matched to the template vocabulary by rapidfuzz's edit
  ratio ("cart" ~ "card"), at partial credit; words the recogniser split
  ("with draw") are rejoined when the joined word is known.
* Chinese and Korean are compared on characters and character pairs: no word
  segmenter needed, and indifferent to where the spaces fell.

Speed: each bag is encoded as a string with one code point per token, each
repeated in proportion to its weight, in a fixed token order. For two such
sorted strings the Indel similarity (rapidfuzz ``fuzz.ratio``) *is* the
weighted Dice coefficient, so one ``process.extract`` call scores every
sample in C++: well under a millisecond for a few thousand samples.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kiosk.speech.intents.expand import Sample, Slots

# Tokens nearly every intent uses carry no signal (weight below this): dropped.
_MIN_WEIGHT = 0.3
# Weight quantum: a token of weight w is written round(w / _STEP) times.
_STEP = 0.35
# A word the templates never use counts this much against a reading, in units
# of the weight of a word that only one intent uses.
_UNSEEN = 1.5
# Misheard words: only words this long or longer, from this rapidfuzz ratio on;
# credit rises linearly from _FUZZY_CREDIT at the cutoff to 1 at ratio 100.
_FUZZY_MIN_LEN = 4
_FUZZY_CUTOFF = 75.0
_FUZZY_CREDIT = 0.4
# Code points for token ids (a private-use plane), and one that no sample has.
_BASE = 0xF0000
_NEVER = chr(0x10FFFD)
# How many of the best samples to look at when collecting readings.
_CANDIDATES = 200
# Only samples sharing one of the utterance's most specific known tokens are
# scored (an inverted index in front of rapidfuzz): a few hundred instead of
# thousands of strings per call.
_SEED_TOKENS = 3
_NOTHING: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Scored:
    """A sample and how well it explains the utterance (weighted Dice, 0..1)."""

    score: float
    sample: Sample


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


# Amounts and times vary endlessly ("two hundred pounds", "at 10"): any number
# word or numeral is the same token, so "withdraw 250" finds "withdraw 100".
_NUMBER = "#"
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"}
    | {"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"}
    | {"eighty", "ninety", "hundred", "thousand", "million", "half", "quarter"}
)
# "card's" is "card" (possessive, or "card has"); these 's are "is" and stay.
_IS_CONTRACTIONS = frozenset(
    {"what's", "that's", "it's", "there's", "here's", "he's", "she's", "who's", "where's"}
    | {"how's", "let's"}
)


def tokens(text: str, by_character: bool) -> list[str]:
    """Words; for Chinese/Korean, characters and pairs of neighbouring characters.

    (Word pairs for English were tried: they rejected more out-of-domain
    speech but cost more in-domain paraphrases than they gained.)
    Spaces are ignored for character tokens: Vosk's "我 想 取 钱" and the
    template's "我想取钱", or Korean "카드 를" and "카드를", give the same
    tokens. Latin words inside Chinese text ("app", "atm") stay whole.
    """
    if not by_character:
        return word_tokens(text.split())
    out: list[str] = []
    run = ""
    for word in text.split():
        if all(_is_cjk(ch) for ch in word):
            run += word
            continue
        out.extend(_grams(run))
        run = ""
        out.append(word)
    out.extend(_grams(run))
    return out


def word_tokens(words: list[str]) -> list[str]:
    """Each word, with numbers as ``#`` and "card's" as "card"."""
    return [_word(w) for w in words]


def _word(word: str) -> str:
    if word.endswith("'s") and word not in _IS_CONTRACTIONS:
        word = word[:-2]
    return _NUMBER if word.isdigit() or word in _NUMBER_WORDS else word


def _grams(run: str) -> list[str]:
    return list(run) + [run[i : i + 2] for i in range(len(run) - 1)]


class FuzzyIndex:
    """Scores an utterance against every sample sentence of one locale.

    Args:
        samples: Expanded template sentences (normalised, fillers removed).
        by_character: Compare characters instead of words (Chinese, Korean).
    """

    def __init__(self, samples: Sequence[Sample], by_character: bool) -> None:
        self.by_character = by_character
        bags: dict[str, frozenset[str]] = {}
        intents_using: dict[str, set[str]] = defaultdict(set)
        for text, intent in dict.fromkeys((s.text, s.intent) for s in samples):
            bag = bags.get(text)
            if bag is None:
                bag = bags[text] = frozenset(tokens(text, by_character))
            for token in bag:
                intents_using[token].add(intent)
        n = len({s.intent for s in samples}) or 1
        # Inverse document frequency over intents, not samples: an intent with
        # many templates must not make its own words look common.
        weights = {t: math.log((n + 1) / (len(used) + 0.5)) for t, used in intents_using.items()}
        self.known = frozenset(weights)
        self.weights = {t: w for t, w in weights.items() if w >= _MIN_WEIGHT}
        self.codes = {t: chr(_BASE + i) for i, t in enumerate(sorted(self.weights))}
        self._full = {t: self.codes[t] * max(1, round(w / _STEP)) for t, w in self.weights.items()}
        self.unseen = _UNSEEN * math.log((n + 1) / 1.5)
        # One entry per distinct (intent, slots, bag): word order and repeated
        # fillers do not change a bag, so many expansions collapse.
        unique: dict[tuple[str, Slots, str], Sample] = {}
        encoded: dict[str, str] = {}
        for sample in samples:
            code = encoded.get(sample.text)
            if code is None:
                kept = sorted(t for t in bags[sample.text] if t in self._full)
                code = encoded[sample.text] = "".join(self._full[t] for t in kept)
            if code:
                unique.setdefault((sample.intent, sample.slots, code), sample)
        self.samples = list(unique.values())
        self.encoded = [code for _, _, code in unique]
        self.postings: dict[str, set[int]] = defaultdict(set)
        for i, code in enumerate(self.encoded):
            for char in set(code):
                self.postings[char].add(i)
        self.vocabulary = sorted(t for t in self.weights if len(t) >= _FUZZY_MIN_LEN)

    def _encode(self, credits: dict[str, float], unseen: float = 0.0) -> str:
        """Sorted code string: each token repeated by weight × credit, plus misses."""
        parts = []
        missing = unseen
        for token in sorted(credits):
            weight = self.weights[token]
            parts.append(self.codes[token] * max(1, round(weight * credits[token] / _STEP)))
            missing += weight * (1 - credits[token])
        return "".join(parts) + _NEVER * round(missing / _STEP)

    def _misheard(self, word: str) -> tuple[str, float] | None:
        """The known word ``word`` was probably meant to be, with a credit."""
        if self.by_character or len(word) < _FUZZY_MIN_LEN:
            return None
        found = process.extractOne(
            word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if found is None:
            return None
        credit = _FUZZY_CREDIT + (1 - _FUZZY_CREDIT) * (found[1] - _FUZZY_CUTOFF) / (
            100 - _FUZZY_CUTOFF
        )
        return found[0], credit

    def _rejoin(self, words: list[str]) -> list[str]:
        """Glue neighbours the recogniser split ("with draw") when the join is known."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words):
                joined = words[i] + words[i + 1]
                unknown = words[i] not in self.known or words[i + 1] not in self.known
                if joined in self.known or (unknown and self._misheard(joined)):
                    out.append(joined)
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

    def encode_query(self, text: str) -> str:
        """The utterance as a code string comparable with the samples'."""
        if self.by_character:
            found = tokens(text, by_character=True)
        else:
            found = word_tokens(self._rejoin(text.split()))
        credits: dict[str, float] = {}
        unseen = 0.0
        for token in dict.fromkeys(found):
            if token in self.weights:
                credits[token] = 1.0
            elif token in self.known:
                continue  # a token (nearly) every intent uses: no evidence either way
            elif (guess := self._misheard(token)) is not None:
                credits[guess[0]] = max(credits.get(guess[0], 0.0), guess[1])
            else:
                unseen += self.unseen
        return self._encode(credits, unseen)

    def score(self, text: str, limit: int = _CANDIDATES) -> list[Scored]:
        """The best samples for ``text``, best first (ties keep template order)."""
        query = self.encode_query(text)
        # Most specific first; ties by code point, so every run picks the same.
        known = sorted(set(query) - {_NEVER}, key=lambda c: (-query.count(c), c))
        if not known:
            return []
        ids: set[int] = set()
        for char in known[:_SEED_TOKENS]:
            ids |= self.postings.get(char, _NOTHING)
        chosen = sorted(ids)
        found = process.extract(
            query, [self.encoded[i] for i in chosen], scorer=fuzz.ratio, limit=limit
        )
        return [Scored(score / 100, self.samples[chosen[j]]) for _, score, j in found if score > 0]


def best_per_reading(scored: Sequence[Scored]) -> list[Scored]:
    """Keep the best sample of each (intent, slots) reading, best first."""
    seen: dict[tuple[str, Slots], Scored] = {}
    for s in scored:
        seen.setdefault((s.sample.intent, s.sample.slots), s)
    return sorted(seen.values(), key=lambda s: -s.score)


def closest_label(said: str, labels: Sequence[str], cutoff: float = 85.0) -> int | None:
    """Index of the button label ``said`` names ("say what you see"), or None.

    Both sides already normalised. A label counts when the words are nearly the
    same as the label's, or the label is said inside a longer sentence
    ("next please"); one that is only a small part of what was said does not.
    """
    best: tuple[float, int] | None = None
    for index, label in enumerate(labels):
        if not label or not said:
            continue
        score = fuzz.ratio(said, label)
        spaced = " " in said or " " in label
        inside = f" {label} " in f" {said} " if spaced else label in said
        if len(label) >= 2 and inside and len(label) * 3 >= len(said):
            score = max(score, 95.0)
        if score >= cutoff and (best is None or score > best[0]):
            best = (score, index)
    return None if best is None else best[1]


def nearly_label(said: str, labels: Sequence[str]) -> int | None:
    """Index of the label whose words ``said`` mostly holds, or None: a looser
    match than :func:`closest_label`, for asking "Did you mean …?", never for
    acting. A recogniser on a phrase list drops a short word or adds a stray
    one ("뒤로 휴대전화에 깔기" for "휴대전화에 앱 깔기"); the words in common still
    name the button. At least two of the label's words, and at least half of
    them, must be said; labels of one word need :func:`closest_label`.
    """
    heard = set(said.split())
    best: tuple[float, int] | None = None
    for index, label in enumerate(labels):
        words = label.split()
        shared = sum(word in heard for word in words)
        if len(words) < 2 or shared < 2 or shared * 2 < len(words):
            continue
        share = shared / len(words)
        if best is None or share > best[0]:
            best = (share, index)
    return None if best is None else best[1]
