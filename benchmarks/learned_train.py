"""Train the learned second opinion (``make learned``; docs/design/0089).

Trains, per locale, a softmax (multinomial logistic) regression with an L2
penalty on issue 11's sets that have had their one run
(``TUNED`` in :mod:`intent_bench`: ``intent`` is the label, ``unknown`` the
off-topic class), the round tests' sentences (``tests/data/rounds``, written by
:mod:`round_sentences`: the near misses the rules were taught, ADR 0142), plus the
templates' expanded sample sentences at a small total weight, and writes
``locales/<lang>/learned.json`` (:mod:`kiosk.speech.intents.learned`, pure Python
at run time).

Never trained on: the unseen set (``tests/data/unseen.txt``), unstudied/,
utterances, fresh, heldout, journeys (the sets whose figures must stay honest).

The cross-validation that chose the model and its settings is
:mod:`learned_cv` (leave one studied set out: train on the others, predict it).

numpy is used here only (dev time); the kiosk reads the JSON in pure Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from intent_bench import TUNED  # noqa: E402

from kiosk.core import ids  # noqa: E402
from kiosk.speech.intents.learned import dumps, features, learned_path  # noqa: E402
from kiosk.speech.intents.normalise import normalise  # noqa: E402

# Chosen by the cross-validation in ADR 0089 (1e-4), then 0090 (5e-5, 600 steps).
L2 = 5e-5
# All template samples together weigh this share of the studied sentences:
# they teach the plain wordings without swamping how people really talk.
SAMPLE_SHARE = 0.25
# At most this many samples (every k-th): more only slows training.
SAMPLE_CAP = 1500
# Features seen in fewer training sentences than this are dropped.
MIN_COUNT = 2
ITERATIONS = 600
# Pruning for the file: weights smaller than this are dropped, the rest rounded.
PRUNE_BELOW = 0.02
DIGITS = 3


ROUNDS = ROOT / "tests" / "data" / "rounds"


def sources(locale: str) -> list[Path]:
    """The files the weights are trained on: the TUNED sets, the round tests, the templates."""
    return [folder / f"{locale}.yaml" for _, folder in TUNED] + [
        ROUNDS / f"{locale}.yaml",
        ROOT / "locales" / locale / "intents.yaml",
    ]


def settings() -> dict[str, float]:
    return {
        "l2": L2,
        "sample_share": SAMPLE_SHARE,
        "sample_cap": SAMPLE_CAP,
        "min_count": MIN_COUNT,
        "iterations": ITERATIONS,
        "prune_below": PRUNE_BELOW,
        "digits": DIGITS,
    }


def training_hash(locale: str) -> str:
    """:func:`rows_hash` of the training rows as they are now (the freshness test)."""
    return rows_hash(locale, *training_rows(locale, studied(locale) + rounds(locale)))


def rows_hash(locale: str, texts: Sequence[str], labels: Sequence[str], weights: np.ndarray) -> str:
    """sha256 over what the model is trained on, as it sees it, and the settings.

    Each training row's features, label and weight: a change to a set, a
    template, the spelling rewrites, normalise() or the features themselves
    shows as stale weights; an unrelated edit does not.
    """
    digest = hashlib.sha256()
    for text, label, weight in zip(texts, labels, weights.tolist(), strict=True):
        row = [features(text, locale), label, round(weight, 9)]
        digest.update(json.dumps(row, ensure_ascii=False).encode())
    digest.update(json.dumps(settings(), sort_keys=True).encode())
    return digest.hexdigest()


def studied(locale: str) -> list[tuple[str, str, str, bool]]:
    """(set, normalised text, intent, scam) of every TUNED sentence."""
    rows = []
    for name, folder in TUNED:
        table = yaml.safe_load((folder / f"{locale}.yaml").read_text("utf-8"))
        for u in table["utterances"]:
            rows.append(
                (name, normalise(str(u["text"]), locale), str(u["intent"]), bool(u.get("scam")))
            )
    return rows


def rounds(locale: str) -> list[tuple[str, str, str, bool]]:
    """("rounds", normalised text, intent, False) of every round-test sentence."""
    path = ROUNDS / f"{locale}.yaml"
    if not path.exists():
        sys.exit(f"{path}: missing; benchmarks/round_sentences.py writes it (make learned)")
    table = yaml.safe_load(path.read_text("utf-8"))
    return [
        ("rounds", normalise(str(u["text"]), locale), str(u["intent"]), False)
        for u in table["utterances"]
    ]


def samples(locale: str) -> list[tuple[str, str]]:
    """(normalised text, intent) of the matcher's expanded template samples."""
    from kiosk.speech.intents.loader import intents_path, load_intent_file
    from kiosk.speech.intents.matcher import Matcher

    # Templates only: a broken or stale learned.json must not stop its own retraining.
    source = load_intent_file(intents_path(ROOT / "locales", locale), locale)
    return [(s.text, s.intent) for s in Matcher(source).fuzzy.samples]


class Design:
    """Texts → a dense feature matrix over a vocabulary learnt from training rows."""

    def __init__(self, locale: str, texts: Sequence[str], min_count: int = MIN_COUNT) -> None:
        self.locale = locale
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(features(text, locale))
        kept = sorted(f for f, n in counts.items() if n >= min_count)
        self.vocabulary = {f: i for i, f in enumerate(kept)}

    def matrix(self, texts: Sequence[str]) -> Sparse:
        rows: list[int] = []
        columns: list[int] = []
        values: list[float] = []
        for row, text in enumerate(texts):
            found = features(text, self.locale)
            if not found:
                continue
            scale = 1.0 / math.sqrt(len(found))
            for f in found:
                column = self.vocabulary.get(f)
                if column is not None:
                    rows.append(row)
                    columns.append(column)
                    values.append(scale)
        return Sparse(len(texts), len(self.vocabulary), rows, columns, values)


class Sparse:
    """A rows × columns matrix of few non-zeros: the two products training needs."""

    def __init__(
        self,
        n: int,
        d: int,
        rows: Sequence[int],
        columns: Sequence[int],
        values: Sequence[float],
    ) -> None:
        self.shape = (n, d)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.columns = np.asarray(columns, dtype=np.int64)
        self.values = np.asarray(values, dtype=np.float32)[:, None]

    def times(self, w: np.ndarray) -> np.ndarray:
        """self @ w."""
        return self._product(self.rows, self.columns, w, self.shape[0])

    def transposed_times(self, g: np.ndarray) -> np.ndarray:
        """self.T @ g."""
        return self._product(self.columns, self.rows, g, self.shape[1])

    def _product(
        self, into: np.ndarray, reading: np.ndarray, other: np.ndarray, size: int
    ) -> np.ndarray:
        """One bincount per column of ``other`` (the fastest numpy way here): each
        non-zero adds its value times ``other[reading]`` to the output row ``into``."""
        v = self.values[:, 0]
        out = np.empty((size, other.shape[1]), dtype=np.float32)
        for k, column in enumerate(np.ascontiguousarray(other.T)):
            out[:, k] = np.bincount(into, v * column[reading], size)
        return out

    def present(self) -> Sparse:
        """The same pattern with every value 1 (naive Bayes counts presence)."""
        ones = np.ones(len(self.rows), dtype=np.float32)
        return Sparse(self.shape[0], self.shape[1], self.rows, self.columns, ones)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_softmax(
    x: Sparse, y: np.ndarray, weight: np.ndarray, classes: int, l2: float = L2
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted multinomial logistic regression, L2 on the weights (not the bias).

    Nesterov's accelerated gradient with step 1/L: rows have unit norm, so the
    loss's curvature is at most 1/2 + l2. Deterministic (no sampling).
    """
    n, d = x.shape
    share = (weight / weight.sum()).astype(np.float32)[:, None]
    target = np.zeros((n, classes), dtype=np.float32)
    target[np.arange(n), y] = 1.0
    w = np.zeros((d, classes), dtype=np.float32)
    b = np.zeros(classes, dtype=np.float32)
    vw, vb = w.copy(), b.copy()
    step = 1.0 / (0.5 + l2)
    for t in range(1, ITERATIONS + 1):
        p = _softmax(x.times(vw) + vb)
        g = share * (p - target)
        gw = x.transposed_times(g) + l2 * vw
        gb = g.sum(axis=0)
        w_next, b_next = vw - step * gw, vb - step * gb
        momentum = (t - 1) / (t + 2)
        vw = w_next + momentum * (w_next - w)
        vb = b_next + momentum * (b_next - b)
        w, b = w_next, b_next
    return w, b


def fit_nb(
    x: Sparse, y: np.ndarray, weight: np.ndarray, classes: int, alpha: float = 0.1
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial naive Bayes on presence (binary) features, as log weights."""
    onehot = np.zeros((x.shape[0], classes), dtype=np.float32)
    onehot[np.arange(x.shape[0]), y] = weight
    counts = x.present().transposed_times(onehot).T.astype(np.float64)
    prior = np.bincount(y, weights=weight, minlength=classes) + 1e-9
    logp = np.log(counts + alpha) - np.log((counts + alpha).sum(axis=1, keepdims=True))
    return logp.T.astype(np.float32), np.log(prior / prior.sum()).astype(np.float32)


def nb_predict(x: Sparse, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return _softmax(x.present().times(w) + b)


def training_rows(
    locale: str, rows: Sequence[tuple[str, str, str, bool]], share: float = SAMPLE_SHARE
) -> tuple[list[str], list[str], np.ndarray]:
    """Texts, labels and weights: the studied rows at 1, the samples at ``share`` in all."""
    texts = [r[1] for r in rows]
    labels = [r[2] for r in rows]
    weights = [1.0] * len(rows)
    if share > 0:
        extra = samples(locale)
        step = max(1, math.ceil(len(extra) / SAMPLE_CAP))
        extra = extra[::step]  # every k-th: deterministic, every template still there
        each = share * len(rows) / max(1, len(extra))
        texts += [t for t, _ in extra]
        labels += [i for _, i in extra]
        weights += [each] * len(extra)
    return texts, labels, np.asarray(weights, dtype=np.float64)


def train(locale: str) -> str:
    """The learned.json text of ``locale``, trained on everything studied."""
    from kiosk.speech.intents.vocabulary import INTENTS

    rows = studied(locale) + rounds(locale)
    texts, labels, weights = training_rows(locale, rows)
    classes = [c for c in INTENTS if c in set(labels)]
    index = {c: i for i, c in enumerate(classes)}
    design = Design(locale, texts)
    x = design.matrix(texts)
    y = np.asarray([index[c] for c in labels])
    w, b = fit_softmax(x, y, weights, len(classes))
    table: dict[str, list[float]] = {}
    for feature, column in design.vocabulary.items():
        row: list[float] = []
        for k, value in enumerate(w[column]):
            if abs(float(value)) >= PRUNE_BELOW:
                row += [k, round(float(value), DIGITS)]
        if row:
            table[feature] = row
    header = {
        "model": "softmax regression, L2 (benchmarks/learned_train.py; docs/design/0089)",
        "sources": [str(p.relative_to(ROOT)) for p in sources(locale)],
        "sha256": rows_hash(locale, texts, labels, weights),
        "features": "en: words, word pairs, 3-4-grams inside words; zh_CN, ko: 1-3-grams",
    }
    bias = [round(float(v), DIGITS) for v in b]
    return dumps(locale, header, classes, bias, table)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", action="append", choices=ids.LOCALES)
    args = parser.parse_args(argv)
    for locale in args.locale or ids.LOCALES:
        path = learned_path(ROOT / "locales", locale)
        text = train(locale)
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(text.encode()) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
