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
about a minute). Prints, per threshold of the veto (rule (c) of
:func:`kiosk.speech.intents.learned.consult`), the right readings and off-topic
sentences taken per locale, before and after. Never reads the unseen set.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Each set and the commit of its one run (where the set was still never studied).
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
}
THRESHOLDS = (0.75, 0.8, 0.85, 0.9)
ASK_AT = 0.5
NEVER_VETOED = {"fraud_check", "lost_card", "unknown"}

# Run inside the old tree (its kiosk first on sys.path): one JSON line per sentence.
READ = """
import json, sys, yaml
sys.path.insert(0, ".")
from kiosk.speech import intents
from kiosk.speech.intents.normalise import normalise
for loc in ("en", "zh_CN", "ko"):
    m = intents.matcher_for(loc)
    table = yaml.safe_load(open(sys.argv[1] + "/" + loc + ".yaml", encoding="utf-8"))
    for u in table["utterances"]:
        got = m.understand(u["text"])
        probs = m.learned.probabilities(normalise(u["text"], loc)) if m.learned else {}
        print(json.dumps({"loc": loc, "gold": u["intent"], "scam": bool(u.get("scam")),
                          "intent": got.intent, "conf": got.confidence, "probs": probs}))
"""


def replay(name: str, commit: str, scratch: Path) -> list[dict[str, object]]:
    """Every sentence of ``name`` as the code of ``commit`` read it."""
    tree = scratch / name
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "kiosk", "locales"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    data = ROOT / "tests" / "data" / name
    out = subprocess.run(
        [sys.executable, "-c", READ, str(data)], cwd=tree, check=True, capture_output=True
    ).stdout
    return [json.loads(line) for line in out.decode().splitlines()]


def offered(row: dict[str, object], veto_at: float | None) -> str:
    """What the customer is offered, with the veto at ``veto_at`` (None: as it was)."""
    conf = float(row["conf"])  # type: ignore[arg-type]
    intent = str(row["intent"]) if conf >= ASK_AT else "unknown"
    probs: dict[str, float] = row["probs"]  # type: ignore[assignment]
    if veto_at is None or intent in NEVER_VETOED or conf >= 1.0:
        return intent
    return "unknown" if probs.get("unknown", 0.0) >= veto_at else intent


def tally(rows: list[dict[str, object]], veto_at: float | None) -> tuple[int, int, int]:
    """(right, off-topic taken, requests lost against no change)."""
    right = off = lost = 0
    for row in rows:
        got, gold = offered(row, veto_at), row["gold"]
        right += got == gold
        off += gold == "unknown" and got != "unknown"
        lost += offered(row, None) == gold != "unknown" and got != gold
    return right, off, lost


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        rows = [r for n, c in FIRST_CONTACT.items() for r in replay(n, c, Path(scratch))]
    print(f"{len(FIRST_CONTACT)} never-seen sets, each replayed on the code of its one run")
    print("veto at   " + "   ".join(f"{loc:>24}" for loc in ("en", "zh_CN", "ko")))
    for veto_at in (None, *THRESHOLDS):
        cells = []
        for loc in ("en", "zh_CN", "ko"):
            mine = [r for r in rows if r["loc"] == loc]
            right, off, lost = tally(mine, veto_at)
            cells.append(f"{right}/{len(mine)} off {off} lost {lost}")
        print(
            f"{'as met' if veto_at is None else veto_at:>7}   "
            + "   ".join(f"{c:>24}" for c in cells)
        )


if __name__ == "__main__":
    main()
