"""What the second stage is made of: its weights, a list word (Cue) and its reading (no Qt).

Kept apart from :mod:`.cue_index` (the search and the weighing) so the word
lists' loader (:mod:`.cues`) and the index share them without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

# Weights, in units of one weak word. A strong word alone is enough to offer
# a reading; weak words need company (three, or one strong word beside them).
STRONG = 3.0
MEDIUM = 2.0
WEAK = 1.0
WEIGHTS = {"strong": STRONG, "medium": MEDIUM, "weak": WEAK}
# Another place's word outweighs every word of the intent it is listed under.
ELSEWHERE = -100.0
# A scam sign outweighs any other story: "the police told me to take my money
# out" is about a scam, not a withdrawal.
SIGN = 10.0
# Below this no reading is offered: the sentence is about something else.
ACCEPT = 3.0
# Two intents about as strong (within MARGIN) are both offered, at the lowest
# confidence: "Did you mean A or B?" helps more than "Sorry".
MARGIN = 1.0
# Confidences stay in "Did you mean …?" territory (intent_actions.ASK_AT 0.5 ..
# ACT_AT 0.75): a reading from a few words is never acted on unconfirmed.
MIN_CONFIDENCE = 0.55
MAX_CONFIDENCE = 0.7
# How far before a word a negator still denies it (after it, for denials):
# words in English ("didn't really lose"), characters in Chinese and Korean.
NEGATION_REACH = {False: 3, True: 3}
# Never denied: "he told me not to worry about the safe account" is a scam.
UNDENIABLE = frozenset({"fraud_check", "yes", "no"})


class Cue(NamedTuple):
    """One word or phrase of a list, as the tokens it is matched by.

    A named tuple, not a dataclass: a locale's lists make ~25,000 of them at load,
    and a tuple is built several times faster than a frozen dataclass.
    """

    tokens: tuple[str, ...]
    intent: str
    weight: float
    slot: tuple[str, str] | None = None  # (slot, value) it names
    group: tuple[int, int] | None = None  # (sign, group) it belongs to
    rule: tuple[int, int] | None = None  # (request rule, concept) it belongs to
    # After which tokens the list wrote a space (Korean "새 계좌"): see korean.may_cross.
    gaps: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Reading:
    """What the second stage made of a sentence.

    Attributes:
        intent: The best intent, or ``unknown``.
        slots: Slot values named in the sentence (for the chosen intent).
        confidence: 0 for ``unknown``; otherwise MIN..MAX_CONFIDENCE.
        scam: A scam sign was found (the reading is ``fraud_check``).
        scores: Every intent's weight (for explaining and tuning).
        words: The list words found, in order.
        second: When ``scam``, what the sentence asked for besides (intent,
            slots), if anything scored enough: offered as the second choice.
        caution: Nothing else explains the sentence, but it holds a
            ``caution`` (someone else, and money or a secret): fraud_check is
            offered, with a person beside it.
        refused: Requests the sentence names only to deny them after the word
            (Korean 소리 크게 하지 마세요): no near template of them is offered.
    """

    intent: str
    slots: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.0
    scam: bool = False
    scores: dict[str, float] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)
    second: tuple[str, dict[str, str]] | None = None
    caution: bool = False
    refused: frozenset[str] = frozenset()

    def runners_up(self) -> list[tuple[str, float]]:
        """Other intents that scored enough to be offered, best first."""
        ranked = sorted(self.scores.items(), key=lambda kv: -kv[1])
        return [(i, s) for i, s in ranked if i != self.intent and s >= ACCEPT]


def stem(word: str) -> str:
    """A light English suffix trim, the same on both sides of a comparison.

    Not a linguistic stem: "moved", "moving" and "move" all become "mov";
    what matters is that a word and its inflections meet.
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word
