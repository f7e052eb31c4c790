"""Expand sentence templates into example sentences, each with the slots it sets.

hassil's own sampler yields text only and enumerates every combination; one
template with a few optional words easily means tens of thousands of
sentences. Here each template gets a budget: small templates are enumerated
in full; larger ones get a *covering* set (every alternative and every list
value appears at least once, so every word reaches the recogniser's grammar)
topped up with a deterministic random sample. The result is the same on
every run and every machine.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from hassil import Intents
from hassil.expression import (
    Alternative,
    Expression,
    ListReference,
    Permutation,
    RuleReference,
    Sentence,
    Sequence,
    TextChunk,
)
from hassil.intents import IntentData, SlotList, TextSlotList

from kiosk.speech.intents.normalise import is_spaceless, normalise

Slots = tuple[tuple[str, str], ...]
Variant = tuple[str, Slots]
_SEED = 20240501  # fixed: the same phrases on every run


@dataclass(frozen=True)
class Sample:
    """One expanded sentence: normalised text, its intent and the slots it sets.

    ``template`` is the index of the template it came from in
    :func:`templates` order (-1: unknown).
    """

    intent: str
    slots: Slots
    text: str
    template: int = -1


@dataclass(frozen=True)
class Template:
    """One sentence template: its intent, the block's fixed slots, rules in scope."""

    intent: str
    slots: Slots
    sentence: Sentence
    rules: Mapping[str, Sentence]
    data: IntentData


class _Expander:
    """Counting, covering and sampling over one template's expression tree."""

    def __init__(self, lists: Mapping[str, SlotList], rules: Mapping[str, Sentence]) -> None:
        self.lists = lists
        self.rules = rules
        # Memos by node identity: rules such as <want> recur in many templates.
        self._counts: dict[int, int] = {}
        self._covers: dict[int, list[Variant]] = {}
        self._choices: dict[int, list[tuple[Expression, Slots]]] = {}

    def _children(self, node: Expression) -> list[tuple[Expression, Slots]]:
        """The choices at an alternative point, each with the slots choosing it sets."""
        key = id(node)
        if key not in self._choices:
            self._choices[key] = self._find_children(node)
        return self._choices[key]

    def _find_children(self, node: Expression) -> list[tuple[Expression, Slots]]:
        if isinstance(node, Alternative):
            return [(item, ()) for item in node.items]
        if isinstance(node, Permutation):
            return [
                (Sequence(items=list(order)), ()) for order in itertools.permutations(node.items)
            ]
        if isinstance(node, ListReference):
            slot_list = self.lists.get(node.list_name)
            if not isinstance(slot_list, TextSlotList):
                return []
            return [
                (value.text_in, ((node.slot_name, str(value.value_out)),))
                for value in slot_list.values
            ]
        if isinstance(node, RuleReference):
            return [(self.rules[node.rule_name].expression, ())]
        return []

    def count(self, node: Expression) -> int:
        key = id(node)
        if key not in self._counts:
            if isinstance(node, TextChunk):
                total = 1
            elif isinstance(node, Sequence) and not isinstance(node, Permutation):
                total = math.prod(self.count(item) for item in node.items)
            else:
                total = sum(self.count(child) for child, _ in self._children(node))
            self._counts[key] = total
        return self._counts[key]

    def all(self, node: Expression) -> Iterator[Variant]:
        if isinstance(node, TextChunk):
            yield node.original_text, ()
        elif isinstance(node, Sequence) and not isinstance(node, Permutation):
            for parts in itertools.product(*(list(self.all(item)) for item in node.items)):
                yield "".join(p[0] for p in parts), tuple(s for p in parts for s in p[1])
        else:
            for child, slots in self._children(node):
                for text, inner in self.all(child):
                    yield text, slots + inner

    def cover(self, node: Expression) -> list[Variant]:
        """Few variants that together use every alternative at least once."""
        key = id(node)
        if key not in self._covers:
            self._covers[key] = self._find_cover(node)
        return self._covers[key]  # shared: callers must not change it

    def _find_cover(self, node: Expression) -> list[Variant]:
        if isinstance(node, TextChunk):
            return [(node.original_text, ())]
        if isinstance(node, Sequence) and not isinstance(node, Permutation):
            parts = [self.cover(item) for item in node.items]
            width = max((len(p) for p in parts), default=1)
            return [
                (
                    "".join(p[i % len(p)][0] for p in parts),
                    tuple(s for p in parts for s in p[i % len(p)][1]),
                )
                for i in range(width)
            ]
        return [
            (text, slots + inner)
            for child, slots in self._children(node)
            for text, inner in self.cover(child)
        ]

    def first(self, node: Expression, want: Mapping[str, str]) -> Variant | None:
        """The template as first written: first choices, optional words left out.

        Template authors put the plain, common wording first, so this is how
        people most likely say it. ``want`` picks list values by slot; None
        when the template cannot give them.
        """
        if isinstance(node, TextChunk):
            return node.original_text, ()
        if isinstance(node, Sequence) and not isinstance(node, (Permutation, Alternative)):
            parts = [self.first(item, want) for item in node.items]
            if any(p is None for p in parts):
                return None
            return "".join(p[0] for p in parts if p), tuple(s for p in parts if p for s in p[1])
        if isinstance(node, Alternative) and node.is_optional:
            return "", ()
        for child, slots in self._children(node):
            if any(want.get(name, value) != value for name, value in slots):
                continue
            found = self.first(child, want)
            if found is not None:
                return found[0], slots + found[1]
        return None

    def sample(self, node: Expression, rng: random.Random) -> Variant:
        """One variant, uniformly over all expansions."""
        if isinstance(node, TextChunk):
            return node.original_text, ()
        if isinstance(node, Sequence) and not isinstance(node, Permutation):
            parts = [self.sample(item, rng) for item in node.items]
            return "".join(p[0] for p in parts), tuple(s for p in parts for s in p[1])
        children = self._children(node)
        weights = [self.count(child) for child, _ in children]
        child, slots = rng.choices(children, weights=weights)[0]
        text, inner = self.sample(child, rng)
        return text, slots + inner


def templates(intents: Intents) -> list[Template]:
    """Every sentence template, in file order."""
    found: list[Template] = []
    for name, intent in intents.intents.items():
        for data in intent.data:
            rules = {**intents.expansion_rules, **data.expansion_rules}
            slots = tuple((k, str(v)) for k, v in sorted(data.slots.items()))
            # hassil's parsed sentences (parsed once, shared with matching); they
            # keep file order because none of our templates uses wildcards.
            found.extend(Template(name, slots, s, rules, data) for s in data.sentences)
    return found


def first_sentences(
    intents: Intents, intent: str, slots: Mapping[str, str], locale: str
) -> list[str]:
    """Each of ``intent``'s templates as first written, giving exactly ``slots``; file order."""
    found: list[str] = []
    for template in templates(intents):
        if template.intent != intent:
            continue
        fixed = dict(template.slots)
        if any(fixed.get(k, v) != v for k, v in slots.items()):
            continue
        expander = _Expander(intents.slot_lists, template.rules)
        variant = expander.first(template.sentence.expression, slots)
        if variant is None or {**fixed, **dict(variant[1])} != dict(slots):
            continue
        text = normalise(variant[0], locale)
        if text and text not in found:
            found.append(text)
    return found


def _variants(expander: _Expander, node: Expression, limit: int, seed: int) -> list[Variant]:
    if expander.count(node) <= limit:
        return list(expander.all(node))
    chosen = list(expander.cover(node))
    rng = random.Random(seed)
    # Random draws repeat; stop after a fair number of tries rather than loop.
    for _ in range(limit * 3):
        if len(chosen) >= limit:
            break
        chosen.append(expander.sample(node, rng))
    return chosen


def _shares(sizes: list[int], budget: int) -> list[int]:
    """Split ``budget`` evenly; what small templates do not need goes to the large ones."""
    share = [0] * len(sizes)
    left, open_ = budget, [i for i, n in enumerate(sizes) if n > 0]
    while left > 0 and open_:
        each = max(1, left // len(open_))
        for i in list(open_):
            grant = min(each, sizes[i] - share[i], left)
            share[i] += grant
            left -= grant
            if share[i] >= sizes[i]:
                open_.remove(i)
            if left <= 0:
                break
    return share


def expand(intents: Intents, locale: str, per_locale: int) -> list[list[Sample]]:
    """Samples per template (file order), covering variants first.

    Each template gets an equal share of ``per_locale``; a template's covering
    set is kept even when it alone is larger than its share, so the result can
    exceed ``per_locale`` (see :func:`select_phrases` for a hard cap).
    """
    found = templates(intents)
    shared: dict[tuple[int, ...], _Expander] = {}
    expanders = []
    for t in found:
        key = tuple(id(rule) for rule in t.rules.values())
        if key not in shared:
            shared[key] = _Expander(intents.slot_lists, t.rules)
        expanders.append(shared[key])
    sizes = [e.count(t.sentence.expression) for e, t in zip(expanders, found, strict=True)]
    shares = _shares(sizes, per_locale)
    result: list[list[Sample]] = []
    cache: dict[str, str] = {}
    for i, (template, expander) in enumerate(zip(found, expanders, strict=True)):
        kept: dict[tuple[Slots, str], Sample] = {}
        for raw, slots in _variants(expander, template.sentence.expression, shares[i], _SEED + i):
            text = cache.get(raw)
            if text is None:
                text = cache[raw] = normalise(raw, locale)
            merged = slots if not template.slots else template.slots + slots
            if len(merged) > 1:
                merged = tuple(sorted(dict(merged).items()))
            if text and (merged, text) not in kept:
                kept[merged, text] = Sample(template.intent, merged, text, i)
        result.append(list(kept.values()))
    return result


def _units(text: str, locale: str) -> set[str]:
    """What "covering every word" means: words, or for Chinese each character."""
    return set(text.replace(" ", "")) if is_spaceless(locale) else set(text.split())


def select_phrases(per_template: list[list[Sample]], locale: str, cap: int) -> list[str]:
    """At most ``cap`` distinct texts that together use every word of every template.

    First, round-robin over templates, take a text only if it brings a word not
    yet used; then fill up round-robin with the rest. Deterministic.
    """
    units = {s.text: _units(s.text, locale) for group in per_template for s in group}
    chosen: dict[str, None] = {}
    covered: set[str] = set()
    rounds = max((len(t) for t in per_template), default=0)
    for want_new in (True, False):
        for r in range(rounds):
            for samples in per_template:
                if len(chosen) >= cap:
                    return list(chosen)
                if r >= len(samples) or samples[r].text in chosen:
                    continue
                text = samples[r].text
                if want_new and units[text] <= covered:
                    continue
                covered |= units[text]
                chosen[text] = None
    return list(chosen)
