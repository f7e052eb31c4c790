"""Leave-one-set-out cross-validation of the learned second opinion (docs/design/0089).

For each locale and each of issue 11's TUNED sets: train on the others (and
the template samples), predict the held-out set. Writes every held-out
sentence's class probabilities to ``--out`` (JSON, one file per model) for
:func:`report`, which prints the classifier-alone accuracy and, per
combination rule, what its offers would do on the held-out sets at a range of
thresholds. The rules' own readings come from ``--rules`` (a JSON of the
current matcher's reading of every TUNED sentence, see :func:`dump_rules`).

Run: ``.venv/bin/python benchmarks/learned_cv.py dump-rules rules.json``, then
``… fit --model softmax --l2 5e-5 --iterations 600 out.json`` per model, then
``… report rules.json out.json``. Never reads the unseen set or unstudied/.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import learned_train as lt  # noqa: E402
from intent_bench import TUNED  # noqa: E402

from kiosk.core import ids  # noqa: E402
from kiosk.speech.intents.vocabulary import INTENTS  # noqa: E402

FRAUD = "fraud_check"
UNKNOWN = "unknown"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def dump_rules(path: Path) -> None:
    """The current matcher's reading of every TUNED sentence, per locale, in set order."""
    from kiosk.speech import intents
    from kiosk.speech.intent_actions import ASK_AT
    from kiosk.speech.intents.normalise import normalise

    out: dict[str, list[dict[str, object]]] = {}
    for locale in ids.LOCALES:
        matcher = intents.matcher_for(locale)
        rows = []
        for _, folder in TUNED:
            table = yaml.safe_load((folder / f"{locale}.yaml").read_text("utf-8"))
            for u in table["utterances"]:
                text = str(u["text"])
                got = matcher._rules(text, normalise(text, locale))  # the rules alone
                offered = got.intent if got.confidence >= ASK_AT else UNKNOWN
                rows.append({"intent": got.intent, "conf": got.confidence, "offered": offered})
        out[locale] = rows
    path.write_text(json.dumps(out), encoding="utf-8")


def fit(model: str, l2: float, share: float, out: Path) -> None:
    """Held-out probabilities of every TUNED sentence, per locale."""
    result: dict[str, object] = {"model": model, "l2": l2, "share": share}
    for locale in ids.LOCALES:
        rows = lt.studied(locale)
        labels = [r[2] for r in rows]
        classes = [c for c in INTENTS if c in set(labels)]
        index = {c: i for i, c in enumerate(classes)}
        probs = np.zeros((len(rows), len(classes)), dtype=np.float32)
        for name, _ in TUNED:
            train = [r for r in rows if r[0] != name]
            test = [i for i, r in enumerate(rows) if r[0] == name]
            texts, tl, weights = lt.training_rows(locale, train, share)
            design = lt.Design(locale, texts)
            x = design.matrix(texts)
            y = np.asarray([index[c] for c in tl])
            xt = design.matrix([rows[i][1] for i in test])
            if model == "nb":
                w, b = lt.fit_nb(x, y, weights, len(classes), alpha=l2)
                probs[test] = lt.nb_predict(xt, w, b)
            else:
                w, b = lt.fit_softmax(x, y, weights, len(classes), l2)
                probs[test] = lt._softmax(xt.times(w) + b)
            print(locale, name, file=sys.stderr, flush=True)
        result[locale] = {
            "classes": classes,
            "want": labels,
            "scam": [r[3] for r in rows],
            "set": [r[0] for r in rows],
            "probs": np.round(probs, 4).tolist(),
        }
    out.write_text(json.dumps(result), encoding="utf-8")


def report(rules_path: Path, outs: Sequence[Path]) -> None:
    rules = json.loads(rules_path.read_text("utf-8"))
    for out in outs:
        data = json.loads(out.read_text("utf-8"))
        print(f"== {out.name}: {data['model']} l2/alpha={data['l2']} share={data['share']}")
        for locale in ids.LOCALES:
            _report_locale(data[locale], rules[locale], locale)


def _report_locale(d: dict[str, list], rules: list[dict[str, object]], locale: str) -> None:
    classes, want, scam = d["classes"], d["want"], d["scam"]
    probs = np.asarray(d["probs"])
    top = [classes[k] for k in probs.argmax(axis=1)]
    p = probs.max(axis=1)
    pf = probs[:, classes.index(FRAUD)]
    pu = probs[:, classes.index(UNKNOWN)]
    n = len(want)
    alone = sum(t == w for t, w in zip(top, want, strict=True)) / n
    offered = [str(r["offered"]) for r in rules]
    conf = [float(str(r["conf"])) for r in rules]
    rules_right = sum(o == w for o, w in zip(offered, want, strict=True))
    print(f"  {locale}: alone {100 * alone:.1f} %  (rules on these tuned sets {rules_right}/{n})")
    for theta in THRESHOLDS:
        sure = p >= theta
        task = [i for i in range(n) if sure[i] and top[i] not in (UNKNOWN,)]
        prec_task = sum(top[i] == want[i] for i in task) / max(1, len(task))
        frauds = [i for i in range(n) if pf[i] >= theta]
        prec_fraud = sum(want[i] == FRAUD for i in frauds) / max(1, len(frauds))
        vetoes = [i for i in range(n) if pu[i] >= theta]
        prec_veto = sum(want[i] == UNKNOWN for i in vetoes) / max(1, len(vetoes))
        # In place, on the rules' readings (optimistic: the rules were tuned on these sets).
        a = [i for i in task if offered[i] == UNKNOWN]
        a_gain = sum(top[i] == want[i] for i in a) - sum(want[i] == UNKNOWN for i in a)
        a_certain = [i for i in a if conf[i] >= 1.0]
        b = [i for i in frauds if offered[i] != FRAUD and conf[i] < 1.0]
        b_all = [i for i in frauds if offered[i] != FRAUD]
        b_gain = sum(want[i] == FRAUD for i in b) - sum(offered[i] == want[i] for i in b)
        b_scams = sum(scam[i] for i in b)
        c = [i for i in vetoes if offered[i] not in (UNKNOWN, FRAUD) and conf[i] < 1.0]
        c_gain = sum(want[i] == UNKNOWN for i in c) - sum(offered[i] == want[i] for i in c)
        off = [i for i in range(n) if want[i] == UNKNOWN]
        tasks = [i for i in range(n) if want[i] != UNKNOWN]
        scams = [i for i in range(n) if scam[i]]
        others = [i for i in range(n) if want[i] != FRAUD]
        rate = {
            "off→task": sum(sure[i] and top[i] != UNKNOWN for i in off) / len(off),
            "task right": sum(sure[i] and top[i] == want[i] for i in tasks) / len(tasks),
            "scam→fraud": sum(pf[i] >= theta for i in scams) / len(scams),
            "other→fraud": sum(pf[i] >= theta for i in others) / len(others),
            "off→veto": sum(pu[i] >= theta for i in off) / len(off),
            "task→veto": sum(pu[i] >= theta for i in tasks) / len(tasks),
        }
        print(f"    θ={theta:.1f} " + " ".join(f"{k} {100 * v:.1f}" for k, v in rate.items()))
        print(
            f"           alone: task {len(task)} prec {100 * prec_task:.1f} | "
            f"fraud {len(frauds)} prec {100 * prec_fraud:.1f} | "
            f"unknown {len(vetoes)} prec {100 * prec_veto:.1f} || "
            f"(a) {len(a)} net {a_gain:+d} (certain {len(a_certain)}) "
            f"(b) {len(b)}/{len(b_all)} net {b_gain:+d} scams {b_scams} "
            f"(c) {len(c)} net {c_gain:+d}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump-rules")
    dump.add_argument("out", type=Path)
    fitting = sub.add_parser("fit")
    fitting.add_argument("--model", choices=("softmax", "nb"), default="softmax")
    fitting.add_argument("--l2", type=float, default=lt.L2, help="L2, or NB's alpha")
    fitting.add_argument("--share", type=float, default=lt.SAMPLE_SHARE)
    fitting.add_argument("--iterations", type=int, default=lt.ITERATIONS)
    fitting.add_argument("out", type=Path)
    reporting = sub.add_parser("report")
    reporting.add_argument("rules", type=Path)
    reporting.add_argument("outs", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "dump-rules":
        dump_rules(args.out)
    elif args.command == "fit":
        lt.ITERATIONS = args.iterations
        fit(args.model, args.l2, args.share, args.out)
    else:
        report(args.rules, args.outs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
