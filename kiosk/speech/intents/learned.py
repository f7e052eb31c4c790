"""A learned second opinion: a small per-locale text classifier beside the rules (ADR 0089).

The rules (templates, fuzzy index, word lists) read most sentences; on text no
list foresaw they say ``unknown``, or take small talk for a request. A softmax
(multinomial logistic) regression trained on every sentence the project has
studied (``make learned``; ``benchmarks/learned_train.py``) weighs the same
sentence by its character and word n-grams, and :mod:`.matcher` uses its
probabilities only to *offer* a reading ("Did you mean …?"), never to act.

``locales/<lang>/learned.json`` holds the trained weights: a header (model,
sources, the sha256 of the training inputs), the classes, a bias per class and,
per feature, the classes whose weight survived pruning as a flat list
``[class index, weight, class index, weight, …]``. No file: the stage is off.
Pure Python, no Qt, no numpy: a dict lookup per feature.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from kiosk.core.errors import ContentError
from kiosk.speech.intents.normalise import is_spaceless, normalise
from kiosk.speech.intents.vocabulary import INTENTS, UNKNOWN, Alternative, Understanding

LEARNED_FILE = "learned.json"
FRAUD = "fraud_check"
# intent_actions.ASK_AT: a reading this sure is offered ("Did you mean …?").
ASK_AT = 0.5
# A learned reading is only ever offered: at least ASK_AT, below ACT_AT (0.75).
OFFERED = 0.6
# The rules' own reading beside a learned scam reading: still a button (>= ASK_AT).
SECOND = 0.55
# A vetoed reading stays an alternative, but below ASK_AT: not offered.
VETOED = 0.45
# Which reading the customer is offered when the rules are unsure (ADR 0142). Replayed
# on the first contact of twelve never-seen sets (1,872 sentences a locale, each read by
# the code and classifier of its day: benchmarks/learned_backtest.py), the classifier
# alone was right more often than the rules with every earlier line (en 98.0 % against
# 95.5 %), took a third as much small talk, and missed fewer scams; the rules still
# catch scams it is unsure of. So: a certain task of the rules stands; their scam
# reading stands while the classifier gives a scam at least KEEP_SCAM_AT; otherwise the
# classifier's likeliest class, when at least TRUST_AT sure, is what is offered — a scam
# where the rules hear nothing asked for only at SCAM_IN_SILENCE_AT: when the classifier
# is more sure than not (ADR 0144: on twenty-five never-seen sets' first contacts 0.5
# catches four scam descriptions 0.7 missed, for five more of 2,400 off-topic sentences
# asked about, a tap to decline). None: the classifier is not consulted.
TRUST_AT: float | None = 0.4
KEEP_SCAM_AT = 0.1
SCAM_IN_SILENCE_AT = 0.5
# A reading the rules offer is turned away as off-topic only when the classifier is more
# sure than not (a request turned away meets "Sorry"; small talk taken costs a tap) — a
# request for a person (the customer's way out) or a lost card (a card not stopped costs
# money, ADR 0096) only at 0.7. On the first contacts: en +2, zh_CN +3, ko -1 of 1,872
# against 0.4 throughout; on the sets the rules were tuned on and the classifier never
# trained on (heldout, utterances, fresh, blind, final): +2, +4, +2 of about 505.
VETO_AT = 0.5
VETO_AT_FOR = {"call_staff": 0.7, "lost_card": 0.7}
FORMAT = 1
# A task that means nothing without this slot (intent_actions acts on none).
NEEDS_SLOT = {"change_language": "lang"}
# json.dumps separators without spaces, for dumps' rows.
_COMPACT = (",", ":")
_KEYS = {"format", "locale", "model", "sources", "sha256", "features", "classes", "bias", "weights"}


def features(heard: str, locale: str) -> list[str]:
    """The features of a normalised sentence (each counted once), in a fixed order.

    Chinese and Korean: character 1–3-grams of the sentence with its ends
    marked (Korean keeps its spaces, so a gram can straddle two words).
    English: words and word pairs, plus character 3–4-grams inside each word
    with its ends marked, so a misspelt or misheard word still shares most
    of its grams with the right one.
    """
    found: dict[str, None] = {}
    if is_spaceless(locale) or locale == "ko":
        text = f"^{heard}$"
        for n in (1, 2, 3):
            for i in range(len(text) - n + 1):
                gram = text[i : i + n]
                if gram not in ("^", "$", " "):
                    found[gram] = None
        return list(found)
    words = heard.split()
    for word in words:
        found["w " + word] = None
    for first, second in zip(["^", *words], [*words, "$"], strict=True):
        found[f"b {first} {second}"] = None
    for word in words:
        marked = f"<{word}>"
        for n in (3, 4):
            for i in range(len(marked) - n + 1):
                found["c " + marked[i : i + n]] = None
    return list(found)


@dataclass(frozen=True)
class Learned:
    """One locale's trained weights (see the module docstring for the file)."""

    locale: str
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]
    """Feature → ``[class index, weight, class index, weight, …]``."""
    sha256: str = ""

    def probabilities(self, heard: str) -> dict[str, float]:
        """Each class's probability for a normalised sentence (sums to 1)."""
        found = features(heard, self.locale)
        scores = list(self.bias)
        if found:
            scale = 1.0 / math.sqrt(len(found))  # each sentence's features weigh 1 in all
            for feature in found:
                row = self.weights.get(feature)
                if row is None:
                    continue
                pairs = iter(row)
                for k, weight in zip(pairs, pairs, strict=True):
                    scores[int(k)] += scale * weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def best(self, text: str) -> tuple[str, float]:
        """The likeliest class of ``text`` (as said) and its probability."""
        probs = self.probabilities(normalise(text, self.locale))
        intent = max(self.classes, key=lambda c: (probs[c], -self.classes.index(c)))
        return intent, probs[intent]


def consult(got: Understanding, probs: Mapping[str, float]) -> Understanding:
    """The rules' reading ``got``, with the classifier's ``probs`` as a second opinion.

    A certain task of the rules (confidence 1.0: a template matched) stays as it
    is, and so does a scam the rules offer while the classifier gives a scam at
    least ``KEEP_SCAM_AT`` (a scam missed costs savings; a needless question a tap).
    Otherwise the classifier's likeliest class, when at least ``TRUST_AT`` sure and
    not what the rules offer already, replaces the rules' reading (ADR 0142):

    * a scam (at ``SCAM_IN_SILENCE_AT`` where the rules offer nothing): fraud_check
      offered, the rules' reading second (as their own scam signs);
    * a task: that task offered ("Did you mean …?"), never acted on; its slots are
      lent by the rules' own reading of it (no slot is learned);
    * off-topic: unknown, the rules' reading kept below the line of being offered
      (a reading the rules offered only at ``VETO_AT``, or ``VETO_AT_FOR`` its intent).
    """
    if not probs or TRUST_AT is None or (got.confidence >= 1.0 and got.intent != UNKNOWN):
        return got
    offered = got.intent if got.confidence >= ASK_AT else UNKNOWN
    if offered == FRAUD and probs.get(FRAUD, 0.0) >= KEEP_SCAM_AT:
        return got
    best = max(probs, key=lambda c: probs[c])
    line = TRUST_AT
    if (best, offered) == (FRAUD, UNKNOWN):
        line = max(line, SCAM_IN_SILENCE_AT)
    elif best == UNKNOWN and offered != UNKNOWN:
        line = max(line, VETO_AT_FOR.get(offered, VETO_AT))
    if probs[best] < line or best == offered:
        return got
    if best == FRAUD:
        others: list[Alternative] = []
        if got.intent != UNKNOWN:
            others.append((got.intent, dict(got.slots), min(got.confidence, SECOND)))
        others += [
            (i, sl, min(c, SECOND)) for i, sl, c in got.alternatives if i not in (FRAUD, got.intent)
        ]
        return Understanding(got.text, FRAUD, {}, OFFERED, others[:3])
    if best == UNKNOWN:
        vetoed = (got.intent, dict(got.slots), min(got.confidence, VETOED))
        kept = [vetoed, *(r for r in got.alternatives if r[0] != got.intent)]
        below = [(i, s, min(c, VETOED)) for i, s, c in kept]
        return Understanding(got.text, UNKNOWN, {}, round(probs[UNKNOWN], 3), below[:3])
    readings = [(got.intent, got.slots, got.confidence), *got.alternatives]
    slots = next((dict(r[1]) for r in readings if r[0] == best), {})
    if best in NEEDS_SLOT and NEEDS_SLOT[best] not in slots:
        return got  # "change the language" to which? A button that does nothing helps no one.
    # The rules' reading stays a button beside it, never above it.
    others = [(i, s, min(c, SECOND)) for i, s, c in readings if i not in (best, UNKNOWN)]
    return Understanding(got.text, best, slots, OFFERED, others[:3])


def learned_path(folder: Path, locale: str) -> Path:
    return folder / locale / LEARNED_FILE


def load_learned(path: Path, locale: str) -> Learned:
    """Read and check ``path``.

    Raises:
        ContentError: naming the file and the field (not JSON, an unknown or a
            missing key, another locale, a class that is no intent, a bias or
            a weight row of the wrong shape).
    """
    try:
        table = json.loads(path.read_text("utf-8"), parse_constant=_no_constant)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ContentError(path, "(file)", f"is not readable JSON: {exc}") from None
    if not isinstance(table, dict):
        raise ContentError(path, "(file)", "must be a JSON object")
    if table.get("format") != FORMAT:  # an older file's keys differ: say why once
        raise ContentError(path, "format", f"must be {FORMAT} (run make learned)")
    for key in sorted(set(table) ^ _KEYS):
        problem = "is not a known key" if key in table else "is missing"
        raise ContentError(path, key, f"{problem} (run make learned)")
    if table["locale"] != locale:
        raise ContentError(path, "locale", f"is {table['locale']!r}, the folder is {locale!r}")
    classes = table["classes"]
    if not isinstance(classes, list) or not classes:
        raise ContentError(path, "classes", "must be a list of intents")
    for i, name in enumerate(classes):
        if name not in INTENTS:
            raise ContentError(path, f"classes[{i}]", f"{name!r} is not an intent")
        if name in classes[:i]:
            raise ContentError(path, f"classes[{i}]", f"{name!r} is there twice")
    bias = tuple(float(b) for b in _numbers(path, "bias", table["bias"]))
    if len(bias) != len(classes):
        raise ContentError(path, "bias", f"must have one number per class ({len(classes)})")
    weights = table["weights"]
    if not isinstance(weights, dict):
        raise ContentError(path, "weights", "must map each feature to its class weights")
    if not _well_formed(weights.values(), len(classes)):
        for feature, row in weights.items():  # the slow way, only to name the feature
            _row(path, f"weights.{feature}", row, len(classes))
    return Learned(locale, tuple(classes), bias, weights, str(table["sha256"]))


def _well_formed(rows: Iterable[Any], classes: int) -> bool:
    """Whether every row is ``[class index, weight, …]``: checked all at once (load time)."""
    rows = list(rows)
    if any(type(r) is not list or len(r) % 2 for r in rows):
        return False
    values = list(chain.from_iterable(rows))
    # One sum for "all finite" (an inf or a nan makes it so; a huge but finite sum only
    # sends the file to the slow check, which then finds nothing wrong).
    if not set(map(type, values)) <= {int, float} or not math.isfinite(sum(values)):
        return False
    indexes = set(values[0::2])  # every row is even: the flat list alternates index, weight
    return all(type(k) is int for k in indexes) and indexes <= set(range(classes))


def _row(path: Path, where: str, row: Any, classes: int) -> None:
    numbers = _numbers(path, where, row)
    indexes = numbers[0::2]
    if len(numbers) % 2 or any(type(k) is not int or not 0 <= k < classes for k in indexes):
        raise ContentError(path, where, "must be [class index, weight, …] pairs")


def _numbers(path: Path, where: str, value: Any) -> list[float]:
    if not isinstance(value, list) or not all(type(v) in (int, float) for v in value):
        raise ContentError(path, where, "must be a list of numbers")
    if not all(map(math.isfinite, value)):  # 1e400 reads as inf: every probability NaN
        raise ContentError(path, where, "must hold finite numbers")
    return value


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def dumps(
    locale: str,
    header: Mapping[str, Any],
    classes: Sequence[str],
    bias: Sequence[float],
    weights: Mapping[str, Sequence[float]],
) -> str:
    """The file's text: one feature a line, so a retrained file diffs readably.

    Rows are written without spaces (an eighth of the file: its size is the kiosk's
    load time, test_intents_learned).
    """
    head = {"format": FORMAT, "locale": locale, **header, "classes": list(classes)}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ","]
    lines.append(f' "bias": {json.dumps(list(bias), separators=_COMPACT)},')
    lines.append(' "weights": {')
    items = [
        f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(list(r), separators=_COMPACT)}"
        for f, r in sorted(weights.items())
    ]
    lines.append(",\n".join(items))
    lines.append(" }\n}\n")
    return "\n".join(lines)
