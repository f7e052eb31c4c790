"""Read and validate ``locales/<lang>/intents.yaml`` (hassil's template format).

hassil itself accepts almost anything and fails late (a typo in a list name
surfaces as "no match" at the counter), so every name is checked here first:
intents and slot values against DESIGN.md's contract, ``{list}`` and
``<rule>`` references against what the file defines. A problem raises
:class:`~kiosk.core.errors.ContentError` naming the file and the field, e.g.
``lists.service.values[2].out``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hassil import Intents, parse_sentence
from hassil.expression import (
    Expression,
    Group,
    ListReference,
    RuleReference,
    Sentence,
)
from hassil.intents import TextSlotList

from kiosk.core.errors import ContentError
from kiosk.speech.intents.vocabulary import INTENTS, SLOT_VALUES, UNKNOWN, allowed_slots
from kiosk.speech.intents.yaml_file import kind_of, mapping, read_table

INTENTS_FILE = "intents.yaml"
_TOP_KEYS = ("language", "settings", "skip_words", "expansion_rules", "lists", "intents")
_DATA_KEYS = ("sentences", "slots", "expansion_rules")


@dataclass(frozen=True)
class IntentFile:
    """One locale's validated templates, ready for hassil.

    Attributes:
        locale: Locale id, e.g. ``zh_CN``.
        path: The file they came from (for messages).
        intents: hassil's compiled form.
        skip_words: Fillers dropped before matching ("um", 请问, 저기요).
    """

    locale: str
    path: Path
    intents: Intents
    skip_words: tuple[str, ...]


def intents_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / INTENTS_FILE


def load_intent_file(path: Path, locale: str) -> IntentFile:
    """Read, validate and compile one ``intents.yaml``.

    Raises:
        ContentError: The file is missing, not YAML, or names something unknown.
    """
    table = read_table(path, locale)
    validator = _Validator(path, locale, table)
    validator.check_structure()
    try:
        intents = Intents.from_dict(table)
    except Exception:  # a template hassil cannot parse: find which, and say where
        validator.find_bad_template()
        raise
    validator.check_templates(intents)
    skip = tuple(str(word) for word in table.get("skip_words", []))
    return IntentFile(locale=locale, path=path, intents=intents, skip_words=skip)


def _list(path: Path, field: str, value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ContentError(path, field, f"must be a list, not {kind_of(value)}")
    return value


def _text(path: Path, field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, field, f"must be non-empty text, not {kind_of(value)}")
    return value


def _walk(expression: Expression) -> Iterator[Expression]:
    yield expression
    if isinstance(expression, Group):
        for item in expression.items:
            yield from _walk(item)


class _Validator:
    """Checks one file's table; each check raises with the field it is about.

    Templates are parsed once, by hassil; only when that fails are they parsed
    one by one to find the broken one (parsing is most of the load time).
    """

    def __init__(self, path: Path, locale: str, table: dict[str, Any]) -> None:
        self.path = path
        self.locale = locale
        self.table = table
        self._rule_refs: dict[tuple[str, int], set[tuple[str, str, str]]] = {}

    def fail(self, field: str, problem: str) -> ContentError:
        return ContentError(self.path, field, problem)

    def check_structure(self) -> None:
        """Keys, names and slot values: everything that needs no template parsing."""
        for key in self.table:
            if key not in _TOP_KEYS:
                raise self.fail(key, f"is not a known key (expected {', '.join(_TOP_KEYS)})")
        language = self.table.get("language")
        if language != self.locale:
            raise self.fail("language", f"must be '{self.locale}' (the folder), not {language!r}")
        settings = mapping(self.path, "settings", self.table.get("settings", {}))
        for key, value in settings.items():
            if key != "ignore_whitespace" or not isinstance(value, bool):
                raise self.fail(
                    f"settings.{key}", "only 'ignore_whitespace: true|false' is allowed"
                )
        for i, word in enumerate(_list(self.path, "skip_words", self.table.get("skip_words", []))):
            _text(self.path, f"skip_words[{i}]", word)
        for name, body in self._rules("expansion_rules", self.table.get("expansion_rules")):
            _text(self.path, name, body)
        self._lists()
        self._intents()

    def templates(self) -> Iterator[tuple[str, object]]:
        """Every template in the file with its field name."""
        for field, body in self._rules("expansion_rules", self.table.get("expansion_rules")):
            yield field, body
        for name, spec in self.table.get("lists", {}).items():
            for i, value in enumerate(spec["values"]):
                yield f"lists.{name}.values[{i}].in", value["in"]
        for name, spec in self.table["intents"].items():
            for b, block in enumerate(spec["data"]):
                field = f"intents.{name}.data[{b}]"
                yield from self._rules(f"{field}.expansion_rules", block.get("expansion_rules"))
                for i, template in enumerate(block["sentences"]):
                    yield f"{field}.sentences[{i}]", template

    def find_bad_template(self) -> None:
        """Raise for the first template hassil cannot parse."""
        for field, template in self.templates():
            text = _text(self.path, field, template)
            try:
                parse_sentence(text, keep_text=True)
            except Exception as exc:  # hassil raises several error types for bad syntax
                raise self.fail(field, f"is not a valid template ({exc}): {text!r}") from None

    def check_templates(self, intents: Intents) -> None:
        """Parse every sentence; check each ``<rule>`` and ``{list}`` it uses."""
        self._check_rule_cycles(intents.expansion_rules)
        for name, slot_list in intents.slot_lists.items():
            if isinstance(slot_list, TextSlotList):
                for i, value in enumerate(slot_list.values):
                    field = f"lists.{name}.values[{i}].in"
                    self._check_refs(field, value.text_in, (), intents.expansion_rules)
        for name, intent in intents.intents.items():
            for b, data in enumerate(intent.data):
                field = f"intents.{name}.data[{b}]"
                rules = {**intents.expansion_rules, **data.expansion_rules}
                try:
                    sentences = data.sentences
                except Exception:
                    self.find_bad_template()
                    raise
                for i, sentence in enumerate(sentences):
                    where = f"{field}.sentences[{i}]"
                    self._check_refs(where, sentence.expression, allowed_slots(name), rules)

    def _rules(self, field: str, value: object) -> Iterator[tuple[str, object]]:
        for name, body in mapping(self.path, field, value or {}).items():
            yield f"{field}.{name}", body

    def _check_rule_cycles(self, rules: Mapping[str, Sentence]) -> None:
        """A rule that refers back to itself would expand forever."""

        def visit(name: str, trail: tuple[str, ...]) -> None:
            if name in trail:
                cycle = " → ".join((*trail, name))
                raise self.fail(f"expansion_rules.{trail[0]}", f"refers to itself: {cycle}")
            body = rules.get(name)
            if body is None:
                return
            for node in _walk(body.expression):
                if isinstance(node, RuleReference):
                    visit(node.rule_name, (*trail, name))

        for name in rules:
            visit(name, ())

    def _lists(self) -> None:
        lists = mapping(self.path, "lists", self.table.get("lists", {}))
        for name, spec in lists.items():
            field = f"lists.{name}"
            if name not in SLOT_VALUES:
                raise self.fail(field, f"is not a slot (expected {', '.join(SLOT_VALUES)})")
            spec = mapping(self.path, field, spec)
            if set(spec) != {"values"}:
                raise self.fail(field, "must have exactly one key, 'values'")
            covered: set[str] = set()
            for i, value in enumerate(_list(self.path, f"{field}.values", spec["values"])):
                where = f"{field}.values[{i}]"
                value = mapping(self.path, where, value)
                if set(value) != {"in", "out"}:
                    raise self.fail(where, "must have exactly the keys 'in' and 'out'")
                _text(self.path, f"{where}.in", value["in"])
                out = value["out"]
                if out not in SLOT_VALUES[name]:
                    raise self.fail(
                        f"{where}.out",
                        f"{out!r} is not a {name} (expected {', '.join(SLOT_VALUES[name])})",
                    )
                covered.add(out)
            missing = [v for v in SLOT_VALUES[name] if v not in covered]
            if missing:
                raise self.fail(field, f"has no words for {', '.join(missing)}")

    def _intents(self) -> None:
        intents = mapping(self.path, "intents", self.table.get("intents"))
        for name, spec in intents.items():
            field = f"intents.{name}"
            if name not in INTENTS or name == UNKNOWN:
                known = ", ".join(i for i in INTENTS if i != UNKNOWN)
                raise self.fail(field, f"is not a known intent (expected one of {known})")
            spec = mapping(self.path, field, spec)
            if set(spec) != {"data"}:
                raise self.fail(field, "must have exactly one key, 'data'")
            blocks = _list(self.path, f"{field}.data", spec["data"])
            if not blocks:
                raise self.fail(f"{field}.data", "is empty")
            for i, block in enumerate(blocks):
                self._block(name, f"{field}.data[{i}]", block)
        missing = [i for i in INTENTS if i != UNKNOWN and i not in intents]
        if missing:
            raise self.fail("intents", f"has no sentences for {', '.join(missing)}")

    def _block(self, intent: str, field: str, block: object) -> None:
        block = mapping(self.path, field, block)
        for key in block:
            if key not in _DATA_KEYS:
                raise self.fail(f"{field}.{key}", f"is not allowed (use {', '.join(_DATA_KEYS)})")
        allowed = allowed_slots(intent)
        slots = mapping(self.path, f"{field}.slots", block.get("slots", {}))
        for slot, value in slots.items():
            if slot not in allowed:
                raise self.fail(f"{field}.slots.{slot}", f"{intent} has no slot '{slot}'")
            if value not in SLOT_VALUES[slot]:
                expected = ", ".join(SLOT_VALUES[slot])
                raise self.fail(f"{field}.slots.{slot}", f"{value!r} is not one of {expected}")
        for name, body in self._rules(f"{field}.expansion_rules", block.get("expansion_rules")):
            _text(self.path, name, body)
        sentences = _list(self.path, f"{field}.sentences", block.get("sentences"))
        if not sentences:
            raise self.fail(f"{field}.sentences", "is empty")
        for i, template in enumerate(sentences):
            text = _text(self.path, f"{field}.sentences[{i}]", template)
            if ")?" in text:
                # A regex habit; hassil would read "?" as a literal character.
                raise self.fail(f"{field}.sentences[{i}]", "write [x] for optional, not (x)?")

    def _check_refs(
        self,
        field: str,
        expression: Expression,
        allowed: tuple[str, ...],
        rules: Mapping[str, Sentence],
    ) -> None:
        """Every ``<rule>`` exists; every ``{list}`` is a slot this intent may carry."""
        for kind, name, slot in self._references(expression, rules):
            if kind == "rule":
                raise self.fail(field, f"uses <{name}>, which is not defined")
            if name not in self.table.get("lists", {}):
                raise self.fail(field, f"uses {{{name}}}, which is not in 'lists'")
            if slot not in allowed:
                where = "a list value" if not allowed else f"this intent ({allowed})"
                raise self.fail(field, f"{{{name}}} is not a slot of {where}")

    def _references(
        self, expression: Expression, rules: Mapping[str, Sentence]
    ) -> set[tuple[str, str, str]]:
        """Missing rules ("rule", name, "") and lists ("list", name, slot) used, rules followed.

        Rule bodies are walked once per file, not once per sentence using them.
        """
        found: set[tuple[str, str, str]] = set()
        for node in _walk(expression):
            if isinstance(node, RuleReference):
                if node.rule_name not in rules:
                    found.add(("rule", node.rule_name, ""))
                    continue
                key = (node.rule_name, id(rules[node.rule_name]))
                if key not in self._rule_refs:
                    self._rule_refs[key] = set()  # guards against cycles
                    self._rule_refs[key] = self._references(rules[node.rule_name].expression, rules)
                found |= self._rule_refs[key]
            elif isinstance(node, ListReference):
                found.add(("list", node.list_name, node.slot_name))
        return found
