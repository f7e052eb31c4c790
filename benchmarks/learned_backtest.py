"""Replay each never-seen set on the code that first met it (ADR 0139).

Every set of issue 11 had one run on the code of its day: its rules, and the
learned stage trained on the sets before it. This takes each such commit
(``FIRST_CONTACT``), extracts its ``kiosk/`` and ``locales/`` into a scratch
folder, and records for every sentence of the set (as labelled today) the
reading the customer was offered and the classifier's probabilities. A rule of
the learned stage can then be tried on sentences nobody had studied when they were
read, the only honest sample of how people talk to a kiosk — leave-one-set-out
cross-validation (:mod:`learned_cv`) scores rules that were tuned on the very sets.

Run: ``.venv/bin/python benchmarks/learned_backtest.py`` (needs the git history;
about six minutes). Prints the right readings, scams missed, off-topic sentences
taken and requests lost per locale: as met; under the lines of ADRs 0139–0141 (the
veto and the scam rule simulated, the offer patched into the old code); and under
ADR 0142's rule (:func:`kiosk.speech.intents.learned.consult`: the classifier's
likeliest class, at least ``TRUST_AT`` sure, replaces an unsure reading of the
rules; their scam reading kept while it gives a scam ``KEEP_SCAM_AT``), simulated
from the rules' own reading of the day.
Never reads the unseen set.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from functools import partial
from io import BytesIO
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Each set and a commit that had never studied it: its one run's, or for final29 and
# final32 (one run on weights never committed) the commit of their first contact; for
# final35 session 25's last weights (its one run, on 7bb5407, had the same and read the same).
FIRST_CONTACT = {
    "final16": "f6326fc",
    "final17": "e311f36",
    "final18": "482bbb3",
    "final19": "e6150a0",
    "final20": "0cb6ec9",
    "final21": "b894e47",
    "final22": "51c1937",
    "final23": "7c0e481",
    "final24": "0750b05",
    "final25": "c22d363",
    "final26": "5075804",
    "final27": "0a5a162",
    "final28": "dbedc68",
    "final29": "3957102",
    "final30": "3957102",
    "final31": "3957102",
    "final32": "4adf910",
    "final33": "4adf910",
    "final34": "4adf910",
    "final35": "04ac117",
    "final36": "4070887",
    "final38": "416790f",
    "final39": "416790f",
    "final40": "02953db",
    "final41": "02953db",
}
TRUST_THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
KEEP_SCAM_THRESHOLDS = (0.1, 0.15, 0.2)
SCAM_IN_SILENCE_THRESHOLDS = (0.4, 0.5, 0.6, 0.7)
TRUST_CHOSEN = (0.4, 0.1, 0.5)  # ADRs 0142, 0144
VETO_AT, VETO_AT_FOR = 0.5, {"call_staff": 0.7, "lost_card": 0.7}  # ADR 0142, as chosen
VETO_THRESHOLDS = (0.75, 0.8, 0.85, 0.9)
SCAM_THRESHOLDS = (0.93, 0.9, 0.85, 0.8)
OFFER_THRESHOLDS = (0.7, 0.6)
LOCALES = ("en", "zh_CN", "ko")
ASK_AT = 0.5
FRAUD = "fraud_check"
NEVER_VETOED = {FRAUD, "lost_card", "unknown"}

# Run inside the old tree (its kiosk first on sys.path): one JSON line per sentence.
READ = """
import json, sys, yaml
sys.path.insert(0, ".")
from kiosk.speech import intents
from kiosk.speech.intents.normalise import normalise
for loc in ("en", "zh_CN", "ko"):
    m = intents.matcher_for(loc)
    table = yaml.safe_load(open(sys.argv[1] + "/" + loc + ".yaml", encoding="utf-8"))
    learned = m.learned
    for u in table["utterances"]:
        got = m.understand(u["text"])
        m.learned = None  # the rules alone
        rules = m.understand(u["text"])
        m.learned = learned
        probs = learned.probabilities(normalise(u["text"], loc)) if learned else {}
        print(json.dumps({"loc": loc, "gold": u["intent"], "scam": bool(u.get("scam")),
                          "intent": got.intent, "conf": got.confidence, "probs": probs,
                          "rules": rules.intent, "rules_conf": rules.confidence}))
"""


def replay(
    name: str, commit: str, scratch: Path, offer_at: float | None = None
) -> list[dict[str, object]]:
    """Every sentence of ``name`` as the code of ``commit`` read it.

    ``offer_at``: rule (a)'s threshold patched into that code first (rule (a) acts
    inside the matcher's own gates, so it is tried there, not simulated).
    """
    tree = scratch / f"{name}-{offer_at}"
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "kiosk", "locales"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    if offer_at is not None:
        code = tree / "kiosk" / "speech" / "intents" / "learned.py"
        text = re.sub(
            r"(?m)^OFFER_AT: float \| None = [0-9.]+", f"OFFER_AT = {offer_at}", code.read_text()
        )
        code.write_text(text)
    data = ROOT / "tests" / "data" / name
    out = subprocess.run(
        [sys.executable, "-c", READ, str(data)], cwd=tree, check=True, capture_output=True
    ).stdout
    return [json.loads(line) for line in out.decode().splitlines()]


Policy = tuple[float | None, float | None]
"""(veto at, scam rule at); None: as the code of the day had it."""
AS_MET: Policy = (None, None)
POLICIES: tuple[Policy, ...] = (
    AS_MET,
    *((v, None) for v in VETO_THRESHOLDS),
    *((0.8, s) for s in SCAM_THRESHOLDS),
)
CHOSEN: Policy = (0.8, 0.85)  # ADR 0139, 0140


def offered(row: dict[str, object], policy: Policy) -> str:
    """What the customer is offered first under ``policy``.

    The scam rule (b) is tried first, as in ``consult``, and also on a story the
    rules read as a certain unknown (ADR 0140); then the veto (c).
    """
    veto_at, scam_at = policy
    conf = float(row["conf"])  # type: ignore[arg-type]
    intent = str(row["intent"]) if conf >= ASK_AT else "unknown"
    probs: dict[str, float] = row["probs"]  # type: ignore[assignment]
    heard = conf < 1.0 or intent == "unknown"
    if scam_at is not None and heard and intent != FRAUD and probs.get(FRAUD, 0.0) >= scam_at:
        return FRAUD
    if veto_at is None or intent in NEVER_VETOED or conf >= 1.0:
        return intent
    return "unknown" if probs.get("unknown", 0.0) >= veto_at else intent


def trusted(row: dict[str, object], trust_at: float, keep_scam_at: float, quiet_at: float) -> str:
    """What the customer is offered first under ADR 0142's rule, from the rules' reading."""
    intent, conf = str(row["rules"]), float(row["rules_conf"])  # type: ignore[arg-type]
    if conf >= 1.0 and intent != "unknown":
        return intent  # a certain task
    said = intent if conf >= ASK_AT else "unknown"
    probs: dict[str, float] = row["probs"]  # type: ignore[assignment]
    if not probs or (said == FRAUD and probs.get(FRAUD, 0.0) >= keep_scam_at):
        return said
    best = max(probs, key=lambda c: probs[c])
    line = trust_at
    if (best, said) == (FRAUD, "unknown"):
        line = max(line, quiet_at)
    elif best == "unknown" and said != "unknown":
        line = max(line, VETO_AT_FOR.get(said, VETO_AT))
    return best if probs[best] >= line else said


def tally(
    rows: list[dict[str, object]], reading: Callable[[dict[str, object]], str]
) -> tuple[int, int, int, int]:
    """(right, scams missed, off-topic taken, requests lost against the code of the day),
    ``reading`` giving what the customer is offered first for a row."""
    right = missed = off = lost = 0
    for row in rows:
        got = reading(row)
        gold = row["gold"]
        right += got == gold
        missed += bool(row["scam"]) and got != FRAUD
        off += gold == "unknown" and got != "unknown"
        lost += offered(row, AS_MET) == gold not in ("unknown", FRAUD) and got != gold
    return right, missed, off, lost


def main() -> None:
    print(f"{len(FIRST_CONTACT)} never-seen sets, each replayed on the code of its one run;")
    print("per locale: right, scams missed, off-topic taken, requests lost")
    print("offer veto  scam   " + "   ".join(f"{loc:>26}" for loc in LOCALES))
    for offer_at in (None, *OFFER_THRESHOLDS):
        with tempfile.TemporaryDirectory() as scratch:
            rows = [
                r for n, c in FIRST_CONTACT.items() for r in replay(n, c, Path(scratch), offer_at)
            ]
        by_locale = {loc: [r for r in rows if r["loc"] == loc] for loc in LOCALES}
        # The offer's rows with today's veto and scam rule; the rest with the offer as met.
        for policy in POLICIES if offer_at is None else (CHOSEN,):
            cells = []
            for mine in by_locale.values():
                right, missed, off, lost = tally(mine, partial(offered, policy=policy))
                cells.append(f"{right}/{len(mine)}, {missed}, {off}, {lost}")
            name = " ".join("met " if t is None else f"{t:<4}" for t in (offer_at, *policy))
            print(f"{name}   " + "   ".join(f"{c:>26}" for c in cells))
        if offer_at is not None:
            continue
        print("ADR 0142: trust at, keep a scam at, a scam in silence at (the rules' reading)")
        for trust_at, keep_at, quiet_at in product(
            TRUST_THRESHOLDS, KEEP_SCAM_THRESHOLDS, SCAM_IN_SILENCE_THRESHOLDS
        ):
            cells = []
            rule = partial(trusted, trust_at=trust_at, keep_scam_at=keep_at, quiet_at=quiet_at)
            for mine in by_locale.values():
                right, missed, off, lost = tally(mine, rule)
                cells.append(f"{right}/{len(mine)}, {missed}, {off}, {lost}")
            mark = " *" if (trust_at, keep_at, quiet_at) == TRUST_CHOSEN else "  "
            name = f"{trust_at:<4} {keep_at:<4} {quiet_at:<4}"
            print(f"{name}{mark} " + "   ".join(f"{c:>26}" for c in cells))


if __name__ == "__main__":
    main()
