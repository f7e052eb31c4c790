"""The second stage's word lists, read and validated (no Qt).

Two files per locale feed :class:`~.cue_index.CueIndex`:

* ``locales/<lang>/cues.yaml``: the words of each request (``intents``),
  slot values (``slots``), words that count for nothing (``neutral``) and
  scam signs spelled out word by word (``signs``, ``caution``); optional
  ``reports`` (:mod:`.reports`) and ``hearsay`` (:mod:`.hearsay`) tables.
* ``locales/<lang>/concepts.yaml`` (optional beside it): scam signs as
  *concept classes* — every way of saying "someone official", "a secret
  code", "move money", "a promise of easy gains" — and ``scams`` rules that
  combine them ([official, money], [contact, secret], …), so one new synonym
  serves every rule (a rule's last place may be ``{unless: [concepts]}``: a word
  of those said, the rule does not fire; ADR 0121); plus ``negators`` ("didn't",
  没有) and ``denials`` (Korean 아니고) that take the weight off the request word they deny;
  ``requests`` rules that read a request from concepts said apart ("bigger"
  + "text": 大一点的字), ``ties`` (which of two equal readings wins) and
  ``clauses`` (true: read the sentence's commas, see :class:`CueIndex`),
  ``quiet_cautions`` (true: fraud_check's "elsewhere" quiets a caution) and
  ``loose`` rules: scam signs that count as a caution in a long sentence with
  no request shape (``reports.caution_shape``; ADR 0091); ``asked_after`` (a
  weight, in weak words): without commas, an intent's ``elsewhere`` word vetoes
  nothing when the intent's own words after it weigh this much and close the
  sentence on a request (ADR 0113; in full: ``CueIndex._asked_in_speech``).

Every problem is a :class:`ContentError` naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.core.errors import ContentError
from kiosk.speech.intents import korean
from kiosk.speech.intents.cue_index import CueIndex
from kiosk.speech.intents.cue_model import ELSEWHERE, STRONG, WEAK, WEIGHTS, Cue, Reading
from kiosk.speech.intents.hearsay import Hearsay
from kiosk.speech.intents.normalise import is_spaceless, normalise
from kiosk.speech.intents.reports import EDGE, Reports
from kiosk.speech.intents.vocabulary import INTENT_SLOTS, INTENTS, SLOT_VALUES, UNKNOWN
from kiosk.speech.intents.yaml_file import read_table

__all__ = ["CONCEPTS_FILE", "CUES_FILE", "Cue", "CueIndex", "Reading", "cues_path", "load_cues"]

CUES_FILE = "cues.yaml"
CONCEPTS_FILE = "concepts.yaml"
_CUES_SECTIONS = {"locale", "neutral", "intents", "signs", "caution", "slots", "reports", "hearsay"}
_CONCEPT_SECTIONS = {
    "locale", "negators", "denials", "concepts", "scams", "cautions", "requests", "ties",
    "clauses", "quiet_cautions", "loose", "asked_after",
}  # fmt: skip
TIES = ("order", "first", "last", "requests")


def cues_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / CUES_FILE


def concepts_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / CONCEPTS_FILE


def load_cues(path: Path, locale: str, concepts: Path | None = None) -> CueIndex:
    """Read and validate one ``cues.yaml`` and its ``concepts.yaml``.

    Args:
        path: The ``cues.yaml`` file.
        locale: Its locale.
        concepts: The concept file; by default ``concepts.yaml`` beside
            ``path``, read when it exists.

    Raises:
        ContentError: A file is missing, not YAML, or names an unknown
            intent, slot, value or concept, or a list is empty (names the field).
    """
    table = _checked_table(path, locale, _CUES_SECTIONS)
    index = _Builder(path, locale)
    for word in _words(path, "neutral", table.get("neutral", [])):
        index.add(word, UNKNOWN, 0.0)
    _add_intents(index, _mapping(path, "intents", table.get("intents")))
    for section in ("signs", "caution"):
        for k, sign in enumerate(_sequence(path, section, table.get(section, []))):
            groups = _sequence(path, f"{section}[{k}]", sign)
            named = [(f"{section}[{k}][{g}]", group) for g, group in enumerate(groups)]
            index.add_sign(f"{section}[{k}]", named, caution=section == "caution")
    _add_slots(index, _mapping(path, "slots", table.get("slots", {})))
    extra = concepts if concepts is not None else path.with_name(CONCEPTS_FILE)
    if concepts is not None or extra.exists():
        _add_concepts(index, extra, locale)
    built = index.build()
    if "reports" in table:  # opt-in: see .reports
        reports = _mapping(path, "reports", table["reports"])
        built.reports = _reports(path, locale, reports, words=not built.by_character)
    if "hearsay" in table:  # opt-in: see .hearsay
        built.hearsay = _hearsay(path, locale, _mapping(path, "hearsay", table["hearsay"]))
    return built


def _hearsay(path: Path, locale: str, table: Mapping[str, Any]) -> Hearsay:
    """The ``hearsay`` table: news of a harm done to someone else (ADR 0070)."""
    keys = ("harms", "victims", "owners", "pleas", "own_asks")
    _only_known(path, "hearsay", table, {*keys, "reach"})
    lists = {
        key: [normalise(w, locale) for w in _words(path, f"hearsay.{key}", table.get(key, []))]
        for key in keys
    }
    reach = table.get("reach", 0)
    if isinstance(reach, bool) or not isinstance(reach, int) or reach <= 0:
        raise ContentError(path, "hearsay.reach", "should be a whole number above 0")
    return Hearsay(
        lists["harms"], lists["victims"], lists["owners"], lists["pleas"], reach, lists["own_asks"]
    )


def _reports(path: Path, locale: str, table: Mapping[str, Any], words: bool = True) -> Reports:
    """The ``reports`` table's lists, normalised as sentences are.

    ``words``: the lists are matched as whole words (False where the second
    stage reads characters: Chinese, Korean).
    """
    keys = (
        "openings", "asks", "memories", "wishes", "small_talk", "people", "asides", "shapes",
        "settled", "still", "closings", "own_funds", "moved", "asks_before", "asks_here",
        "came_here", "pause_tales",
    )  # fmt: skip
    known = {
        *keys,
        "long",
        "answer_words",
        "answer_chars",
        "needs",
        "caution_shape",
        "pause_wishes",
    }
    _only_known(path, "reports", table, known)
    lists = {
        key: [_marked(w, locale) for w in _words(path, f"reports.{key}", table.get(key, []))]
        for key in keys
    }
    return Reports(
        lists["openings"],
        lists["asks"],
        lists["memories"],
        lists["wishes"],
        lists["small_talk"],
        lists["people"],
        lists["asides"],
        words=words,
        shapes=lists["shapes"],
        long=_long(path, table.get("long", 0)),
        answer_words=_long(path, table.get("answer_words", 0), "answer_words"),
        answer_chars=_long(path, table.get("answer_chars", 0), "answer_chars"),
        settled=lists["settled"],
        still=lists["still"],
        needs=_needs(path, locale, table.get("needs", {})),
        caution_shape=_flag(path, table.get("caution_shape", False)),
        closings=lists["closings"],
        own_funds=lists["own_funds"],
        moved=lists["moved"],
        asks_before=lists["asks_before"],
        asks_here=lists["asks_here"],
        came_here=lists["came_here"],
        pause_wishes=_pause_wishes(path, table.get("pause_wishes", [])),
        pause_tales=lists["pause_tales"],
    )


def _pause_wishes(path: Path, value: Any) -> list[str]:
    """``reports.pause_wishes``: intents whose strong word or request, said after a memory's
    first pause, makes it a request (review 24 zh_CN)."""
    found = _words(path, "reports.pause_wishes", value)
    for intent in found:
        if intent not in INTENTS or intent == UNKNOWN:
            raise ContentError(path, "reports.pause_wishes", f"'{intent}' is not an intent")
    return found


def _flag(path: Path, value: Any) -> bool:
    """``reports.caution_shape``: true or false."""
    if not isinstance(value, bool):
        raise ContentError(path, "reports.caution_shape", "should be true or false")
    return value


def _marked(phrase: str, locale: str) -> str:
    """``phrase`` normalised, keeping its word-edge mark (``-줘``, ``내가-``; see .reports)."""
    core = phrase.strip()
    before = EDGE if core.startswith(EDGE) and len(core) > 1 else ""
    after = EDGE if core.endswith(EDGE) and len(core) > 1 else ""
    said = normalise(core.strip(EDGE), locale)
    return f"{before}{said}{after}" if said else ""


def _needs(path: Path, locale: str, value: Any) -> dict[str, list[str]]:
    """``reports.needs``: per intent, the things a long sentence of it names (ADR 0086)."""
    table = _mapping(path, "reports.needs", value)
    _only_known(path, "reports.needs", table, set(INTENTS))
    return {
        intent: [normalise(w, locale) for w in _words(path, f"reports.needs.{intent}", words)]
        for intent, words in table.items()
    }


def _only_known(path: Path, section: str, table: Mapping[str, Any], known: set[str]) -> None:
    """A table with a key it does not know names the first one (a misspelt list)."""
    extra = set(table) - known
    if extra:
        raise ContentError(path, f"{section}.{sorted(extra)[0]}", "is not a known list")


def _long(path: Path, value: Any, key: str = "long") -> int:
    """``reports.long`` (characters), ``answer_words`` or ``answer_chars``: 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ContentError(path, f"reports.{key}", "should be a whole number, 0 or more")
    return value


def _checked_table(path: Path, locale: str, sections: set[str]) -> dict[str, Any]:
    table = read_table(path, locale)
    unknown_keys = set(table) - sections
    if unknown_keys:
        raise ContentError(path, sorted(unknown_keys)[0], "is not a known section")
    if table.get("locale") != locale:
        raise ContentError(path, "locale", f"should be '{locale}'")
    return table


def _add_intents(index: _Builder, table: Mapping[str, Any]) -> None:
    path = index.path
    for intent, lists in table.items():
        where = f"intents.{intent}"
        if intent not in INTENTS or intent == UNKNOWN:
            raise ContentError(path, where, f"'{intent}' is not an intent of DESIGN.md")
        lists = _mapping(path, where, lists)
        for kind, weight in (("strong", STRONG), ("weak", WEAK), ("elsewhere", ELSEWHERE)):
            for word in _words(path, f"{where}.{kind}", lists.get(kind, [])):
                index.add(word, intent, weight)
        extra = set(lists) - {"strong", "weak", "elsewhere"}
        if extra:
            raise ContentError(
                path, f"{where}.{sorted(extra)[0]}", "should be strong, weak or elsewhere"
            )


def _add_slots(index: _Builder, table: Mapping[str, Any]) -> None:
    path = index.path
    for slot, spec in table.items():
        owner = next((i for i, s in INTENT_SLOTS.items() if slot in s), None)
        if owner is None:
            raise ContentError(path, f"slots.{slot}", "is not a slot of DESIGN.md")
        spec = _mapping(path, f"slots.{slot}", spec)
        slot_weight = WEIGHTS.get(spec.get("weight", ""))
        if slot_weight is None:
            raise ContentError(
                path, f"slots.{slot}.weight", f"should be one of {', '.join(WEIGHTS)}"
            )
        values = _mapping(path, f"slots.{slot}.values", spec.get("values"))
        for value, words in values.items():
            where = f"slots.{slot}.values.{value}"
            if value not in SLOT_VALUES[slot]:
                raise ContentError(path, where, f"'{value}' is not a value of the slot")
            for word in _words(path, where, words):
                index.add(word, owner, slot_weight, slot=(slot, value))


def _add_concepts(index: _Builder, path: Path, locale: str) -> None:
    """Scam signs as rules over concept classes, and the negators (see module doc)."""
    table = _checked_table(path, locale, _CONCEPT_SECTIONS)
    index.path = path  # errors from here on name the concept file
    index.negators += _words(path, "negators", table.get("negators", []))
    index.denials += _words(path, "denials", table.get("denials", []))
    concepts = _mapping(path, "concepts", table.get("concepts"))
    for name, words in concepts.items():
        _words(path, f"concepts.{name}", words)
        if not words:
            raise ContentError(path, f"concepts.{name}", "needs at least one word")
    for section in ("scams", "cautions", "loose"):
        for k, rule in enumerate(_sequence(path, section, table.get(section, []))):
            where = f"{section}[{k}]"
            rule, unless = _unless(path, where, _sequence(path, where, rule), concepts)
            named = [_any_of(path, f"{where}[{g}]", name, concepts) for g, name in enumerate(rule)]
            caution, loose = section == "cautions", section == "loose"
            index.add_sign(where, named, caution=caution, loose=loose, unless=unless)
    _add_requests(index, _mapping(path, "requests", table.get("requests", {})), concepts)
    ties = table.get("ties", "order")
    if ties not in TIES:
        raise ContentError(path, "ties", f"should be one of {', '.join(TIES)}")
    index.ties = str(ties)
    clauses = table.get("clauses", False)
    if not isinstance(clauses, bool):
        raise ContentError(path, "clauses", "should be true or false")
    index.clauses = clauses
    quiet = table.get("quiet_cautions", False)
    if not isinstance(quiet, bool):
        raise ContentError(path, "quiet_cautions", "should be true or false")
    index.quiet_cautions = quiet
    asked = table.get("asked_after", 0)
    if isinstance(asked, bool) or not isinstance(asked, (int, float)) or asked < 0:
        raise ContentError(path, "asked_after", "should be a weight, 0 or more")
    if asked and clauses:  # a locale reads its commas or its run-on speech, not both
        raise ContentError(path, "asked_after", "is for a locale without clauses (set one)")
    index.asked_after = float(asked)


def _unless(
    path: Path, where: str, rule: list[Any], concepts: Mapping[str, Any]
) -> tuple[list[Any], tuple[str, Any] | None]:
    """A rule's last place written ``{unless: [concept, …]}``: a word of those concepts
    said cancels the sign (ADR 0121: a withdrawal ordered by phone, unless a relative
    gave the order). Returns the rule's places and that group, if any."""
    if not rule or not isinstance(rule[-1], Mapping):
        return rule, None
    last = rule[-1]
    if set(last) != {"unless"}:
        raise ContentError(path, f"{where}[{len(rule) - 1}]", "should be {unless: [concepts]}")
    return rule[:-1], _any_of(path, f"{where}[{len(rule) - 1}].unless", last["unless"], concepts)


def _any_of(path: Path, where: str, name: Any, concepts: Mapping[str, Any]) -> tuple[str, Any]:
    """One place of a scam rule: a concept, or a list of concepts any of which will do.

    A list lets a rule say what a scam is *made of* rather than where it
    happens: [[someone, authority, company], [reported, ask_for], [money,
    secret], [urgency, threat]] is "another party asks for money or a code
    under pressure", whatever the situation (docs/design 0057).
    """
    names = name if isinstance(name, list) else [name]
    if not names:
        raise ContentError(path, where, "needs at least one concept")
    words: dict[str, None] = {}  # ordered, each word once
    for k, one in enumerate(names):
        if not isinstance(one, str) or one not in concepts:
            at = f"{where}[{k}]" if isinstance(name, list) else where
            raise ContentError(path, at, f"'{one}' is not a concept above")
        words |= dict.fromkeys(concepts[one])
    return f"concepts.{'|'.join(names)}", list(words)


def _add_requests(index: _Builder, table: Mapping[str, Any], concepts: Mapping[str, Any]) -> None:
    """``requests.<intent>``: rules of concepts that, all said, are one strong word."""
    path = index.path
    for intent, rules in table.items():
        where = f"requests.{intent}"
        if intent not in INTENTS or intent == UNKNOWN:
            raise ContentError(path, where, f"'{intent}' is not an intent of DESIGN.md")
        for k, rule in enumerate(_sequence(path, where, rules)):
            names = _sequence(path, f"{where}[{k}]", rule)
            if not names:
                raise ContentError(path, f"{where}[{k}]", "needs at least one concept")
            for g, name in enumerate(names):
                if not isinstance(name, str) or name not in concepts:
                    raise ContentError(
                        path, f"{where}[{k}][{g}]", f"'{name}' is not a concept above"
                    )
                for word in concepts[name]:
                    index.add(word, intent, 0.0, rule=(len(index.rules), g))
            index.rules.append(len(names))


class _Builder:
    """Collects one locale's cues, signs and negators, then builds the index."""

    def __init__(self, path: Path, locale: str) -> None:
        self.path, self.locale = path, locale
        self.cues: list[Cue] = []
        self.signs: list[int] = []
        self.cautions: set[int] = set()
        self.loose: set[int] = set()
        self.negators: list[str] = []
        self.denials: list[str] = []
        self.rules: list[int] = []  # concepts per request rule
        self.ties = "order"
        self.clauses = False
        self.quiet_cautions = False
        self.asked_after = 0.0
        self._seen: set[tuple[Any, ...]] = set()
        self._probe = CueIndex([], [], locale)
        # Tokens and spaces of each word: a concept serves many rules.
        self._tokens: dict[str, tuple[tuple[str, ...], frozenset[int]]] = {}

    def add(
        self,
        word: str,
        intent: str,
        weight: float,
        slot: tuple[str, str] | None = None,
        group: tuple[int, int] | None = None,
        rule: tuple[int, int] | None = None,
    ) -> None:
        found = self._tokens.get(word)
        if found is None:
            toks, words, _ = self._probe._words(word)
            gaps = frozenset(k for k in range(len(toks) - 1) if words[k] != words[k + 1])
            if group is not None and is_spaceless(self.locale):
                gaps = _written_gaps(word, self.locale)  # normalising removed the spaces
            found = self._tokens[word] = (tuple(toks), gaps)
        tokens, gaps = found
        shapes = [tokens, *(korean.contracted(tokens) if self.locale == "ko" else [])]
        for shape in shapes:
            # Fields first, the Cue only when new: most adds repeat a concept's word.
            key = (shape, intent, weight, slot, group, rule, gaps)
            if shape and key not in self._seen:  # "deposit", "deposits": one cue
                self._seen.add(key)
                self.cues.append(Cue(*key))

    def add_sign(
        self,
        where: str,
        groups: list[tuple[str, Any]],
        caution: bool,
        loose: bool = False,
        unless: tuple[str, Any] | None = None,
    ) -> None:
        """One sign: a word of every group said (``groups``: (field, words)), and none
        of ``unless`` (numbered after the groups: :meth:`CueIndex.read` reads it)."""
        if not groups:
            raise ContentError(self.path, where, "needs at least one group of words")
        n = len(self.signs)
        for g, (field, words) in enumerate([*groups, *([unless] if unless else [])]):
            for word in _words(self.path, field, words):
                self.add(word, "fraud_check", 0.0, group=(n, g))
        self.signs.append(len(groups))
        if caution:
            self.cautions.add(n)
        if loose:
            self.loose.add(n)

    def build(self) -> CueIndex:
        built = CueIndex(
            self.cues,
            self.signs,
            self.locale,
            self.cautions,
            self.negators,
            self.denials,
            self.rules,
            self.ties,
            self.clauses,
        )
        built.quiet_cautions = self.quiet_cautions
        built.asked_after = self.asked_after
        built.loose = frozenset(self.loose)
        return built


def _written_gaps(word: str, locale: str) -> frozenset[int]:
    """Where a Chinese sign phrase was written with a space (after which token).

    "说是 警察": its parts may stand a few characters apart (cue_index._gapped,
    ADR 0098). Chinese is normalised with its spaces removed, so they are read here.
    """
    gaps: set[int] = set()
    end = -1
    for part in word.split()[:-1]:
        end += len(normalise(part, locale))
        gaps.add(end)
    return frozenset(gaps)


def _mapping(path: Path, where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ContentError(path, where, "should be a table (key: value)")
    return value


def _sequence(path: Path, where: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ContentError(path, where, "should be a list")
    return value


def _words(path: Path, where: str, value: Any) -> list[str]:
    words = _sequence(path, where, value)
    for n, word in enumerate(words):
        if not isinstance(word, str) or not word.strip():
            raise ContentError(path, f"{where}[{n}]", "should be a word or phrase")
    return [str(w) for w in words]
