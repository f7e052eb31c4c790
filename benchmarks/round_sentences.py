"""The round tests' sentences as training rows for the learned stage (ADR 0142).

Every round of issue 11 wrote its near misses down as tests (``tests/unit/speech/test_intents_*``):
thousands of sentences, each with the reading the kiosk must give. Since the
classifier, not the rules, decides what the rules are unsure of (ADR 0142), it must
know them too, or a near miss the rules were taught is lost again. This writes them
to ``tests/data/rounds/<lang>.yaml`` (``text``, ``intent``) for
``benchmarks/learned_train.py``; ``make learned`` runs it first.

A sentence's label is the reading the kiosk offers it (the intent offered, or
``unknown``) when the sentence first reaches this file — run it once the round's
tests pass, so the label is the one its test accepts. A label once written is
kept (the classifier is never taught its own later readings), also when its test
has since become a strict xfail (ADR 0142's price: the label is what the test
wants); a sentence no test holds any more is dropped, and a sentence only
xfails hold gets no new label. Never written: a sentence of a set kept from
training (the unseen set, heldout, utterances, fresh, unstudied, journeys,
blind, final) or of a studied set (trained on already, with its own label).

Run: ``.venv/bin/python benchmarks/round_sentences.py`` (about a minute).
Also a pytest plugin (``-p round_sentences``): collecting tests with it writes
every sentence-like parameter to ``$ROUND_SENTENCES_OUT`` (JSON lines).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.core.ids import LOCALES  # noqa: E402
from kiosk.speech import intents  # noqa: E402
from kiosk.speech.intent_actions import ASK_AT  # noqa: E402
from kiosk.speech.intents.normalise import HAN, normalise  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = DATA / "rounds"
SPEECH = ROOT / "tests" / "unit" / "speech"  # the intent tests: test_intents_*.py
ENV = "ROUND_SENTENCES_OUT"
# Sets the classifier must never learn from (learned_train's list), by folder name.
KEPT_FROM_TRAINING = ("heldout", "utterances", "fresh", "unstudied", "journeys", "blind", "final")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
IDEOGRAPH = re.compile(f"[{HAN}]")
HEADER = """\
# The round tests' sentences (tests/unit/speech), each with the reading the kiosk
# offered it when it first came here: training rows for the learned stage (ADR 0142).
# Written by benchmarks/round_sentences.py (make learned); edit the tests, not this.
"""


def locale_of(text: str) -> str | None:
    """The locale a test sentence is in, by its script; None: not a sentence."""
    if HANGUL.search(text):
        return "ko"
    if IDEOGRAPH.search(text):
        return "zh_CN"
    if " " in text.strip() and re.search(r"[A-Za-z]{2,}", text):
        return "en"
    return None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


@pytest.hookimpl(trylast=True)  # after every conftest has added its marks (ADR 0142's price)
def pytest_collection_modifyitems(session: Any, config: Any, items: Sequence[Any]) -> None:
    """Write every sentence-like parameter of the collected tests to ``$ROUND_SENTENCES_OUT``,
    each with whether its test is an xfail (a reading the kiosk gets wrong, written down)."""
    out = os.environ.get(ENV)
    if not out:
        return
    seen: dict[tuple[str, str], bool] = {}
    for item in items:
        wrong = item.get_closest_marker("xfail") is not None
        callspec = getattr(item, "callspec", None)
        for value in callspec.params.values() if callspec is not None else ():
            for text in _strings(value):
                locale = locale_of(text)
                if locale is not None and text.strip():
                    seen[(locale, text)] = seen.get((locale, text), True) and wrong
    with open(out, "w", encoding="utf-8") as f:
        for (locale, text), wrong in seen.items():
            row = {"locale": locale, "text": text, "xfail": wrong}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def collected() -> list[tuple[str, str, bool]]:
    """(locale, text, only in xfails) of every sentence the intent tests hold, in order."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "sentences.jsonl"
        env = dict(os.environ, **{ENV: str(out)})
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "benchmarks"), env.get("PYTHONPATH", "")])
        tests = sorted(str(f.relative_to(ROOT)) for f in SPEECH.glob("test_intents_*.py"))
        command = [sys.executable, "-m", "pytest", *tests, "--collect-only", "-q"]
        command += ["-p", "round_sentences", "-p", "no:randomly", "-p", "no:cacheprovider"]
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    return [(r["locale"], r["text"], bool(r["xfail"])) for r in rows]


def _texts(folder: Path, locale: str) -> set[str]:
    path = folder / f"{locale}.yaml"
    if not path.exists():
        return set()
    table = yaml.safe_load(path.read_text("utf-8"))
    return {str(u["text"]) for u in table["utterances"]}


def excluded(locale: str) -> set[str]:
    """Sentences never written here, as normalised: every set's (kept from training, or
    trained on). Normalised, so a spacing or spelling variant of a kept sentence (我 想 取
    钱。 beside 我想取钱), the same features to the classifier, stays out too."""
    names = set(KEPT_FROM_TRAINING) | set((DATA / "unseen.txt").read_text("utf-8").split())
    texts: set[str] = set()
    for folder in DATA.iterdir():
        if (
            folder.is_dir()
            and folder != OUT
            and (folder.name in names or (folder / "en.yaml").exists())
        ):
            texts |= _texts(folder, locale)
    return {normalise(t, locale) for t in texts}


def existing(locale: str) -> dict[str, str]:
    path = OUT / f"{locale}.yaml"
    if not path.exists():
        return {}
    table = yaml.safe_load(path.read_text("utf-8"))
    return {str(u["text"]): str(u["intent"]) for u in table["utterances"]}


def label(locale: str, texts: Sequence[str]) -> list[str]:
    """What the kiosk offers each of ``texts`` now (``unknown`` when nothing is offered)."""
    matcher = intents.matcher_for(locale)
    readings = (matcher.understand(t) for t in texts)
    return [g.intent if g.confidence >= ASK_AT else "unknown" for g in readings]


def write(locale: str, rows: Sequence[tuple[str, str]]) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{locale}.yaml"
    lines = [HEADER, f"locale: {locale}", "utterances:"]
    for text, intent in rows:
        quoted = json.dumps(text, ensure_ascii=False)
        lines.append(f'  - {{text: {quoted}, intent: "{intent}"}}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    found = collected()
    for locale in LOCALES:
        skip = excluded(locale)
        known = existing(locale)
        # A sentence only its xfails hold keeps a label written before; it gets no new one.
        kept = [
            t
            for loc, t, wrong in found
            if loc == locale and normalise(t, locale) not in skip and (t in known or not wrong)
        ]
        texts = list(dict.fromkeys(kept))
        new = [t for t in texts if t not in known]
        labels = dict(zip(new, label(locale, new), strict=True))
        rows = [(t, known.get(t) or labels[t]) for t in texts]
        path = write(locale, rows)
        print(f"{path.relative_to(ROOT)}: {len(rows)} sentences ({len(new)} new)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
