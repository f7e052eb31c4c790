"""A broken intents.yaml stops start-up with one message naming the file and the field."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import locales_dir
from kiosk.speech.intents import clear_cache, matcher_for
from kiosk.speech.intents.loader import intents_path, load_intent_file

Table = dict[str, Any]


@pytest.fixture(scope="module")
def english() -> Table:
    table: Table = yaml.safe_load(intents_path(locales_dir(), "en").read_text("utf-8"))
    return table


def write(folder: Path, table: Table | str, locale: str = "en") -> Path:
    path = folder / locale / "intents.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = table if isinstance(table, str) else yaml.safe_dump(table, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_shipped_files_load(locale: str) -> None:
    loaded = load_intent_file(intents_path(locales_dir(), locale), locale)
    assert loaded.locale == locale
    assert loaded.skip_words


def _set(path: list[Any], value: Any) -> Callable[[Table], None]:
    def change(table: Table) -> None:
        node = table
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def _rename_intent(old: str, new: Any) -> Callable[[Table], None]:
    def change(table: Table) -> None:
        table["intents"][new] = table["intents"].pop(old)

    return change


def _first_sentence(intent: str, text: str, block: int = 0) -> Callable[[Table], None]:
    return _set(["intents", intent, "data", block, "sentences", 0], text)


BROKEN: list[tuple[str, Callable[[Table], None], str, str]] = [
    (
        "unknown intent",
        _rename_intent("lost_card", "lost_wallet"),
        "intents.lost_wallet",
        "not a known intent",
    ),
    ("intent missing", lambda t: t["intents"].pop("louder"), "intents", "louder"),
    (
        "slot value not in the contract",
        _set(["lists", "service", "values", 0, "out"], "money"),
        "lists.service.values[0].out",
        "'money' is not a service",
    ),
    (
        "list for an unknown slot",
        _set(["lists", "colour"], {"values": []}),
        "lists.colour",
        "not a slot",
    ),
    (
        "a slot value with no words",
        lambda t: t["lists"]["lang"]["values"].pop(2),
        "lists.lang",
        "ko",
    ),
    (
        "fixed slot with a bad value",
        _set(["intents", "take_ticket", "data", 2, "slots", "service"], "atm"),
        "intents.take_ticket.data[2].slots.service",
        "'atm' is not one of",
    ),
    (
        "fixed slot the intent does not have",
        _set(["intents", "lost_card", "data", 0, "slots"], {"service": "card"}),
        "intents.lost_card.data[0].slots.service",
        "lost_card has no slot",
    ),
    (
        "list used by an intent without that slot",
        _first_sentence("lost_card", "i lost my {product}"),
        "intents.lost_card.data[0].sentences[0]",
        "{product} is not a slot",
    ),
    (
        "undefined list",
        _first_sentence("explain_product", "what is {colour}"),
        "intents.explain_product.data[0].sentences[0]",
        "{colour}",
    ),
    (
        "undefined rule",
        _first_sentence("home", "<nowhere> home"),
        "intents.home.data[0].sentences[0]",
        "<nowhere>",
    ),
    (
        "template syntax",
        _first_sentence("back", "(go|come back"),
        "intents.back.data[0].sentences[0]",
        "not a valid template",
    ),
    (
        "regex habit",
        _first_sentence("back", "go (right)? back"),
        "intents.back.data[0].sentences[0]",
        "[x]",
    ),
    (
        "empty sentence",
        _first_sentence("stop", "  "),
        "intents.stop.data[0].sentences[0]",
        "non-empty",
    ),
    ("wrong language", _set(["language"], "en_GB"), "language", "must be 'en'"),
    ("unknown top key", _set(["responses"], {}), "responses", "not a known key"),
    (
        "unknown block key",
        _set(["intents", "stop", "data", 0, "response"], "x"),
        "intents.stop.data[0].response",
        "not allowed",
    ),
    (
        "rule refers to itself",
        _set(["expansion_rules", "loop"], "a <loop>"),
        "expansion_rules.loop",
        "refers to itself",
    ),
    ("unquoted yes", _rename_intent("yes", True), "intents.True", "quote it"),
]


@pytest.mark.parametrize(
    ("change", "field", "words"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_broken_file_names_file_and_field(
    tmp_path: Path, english: Table, change: Callable[[Table], None], field: str, words: str
) -> None:
    table = copy.deepcopy(english)
    change(table)
    path = write(tmp_path, table)
    with pytest.raises(ContentError) as raised:
        load_intent_file(path, "en")
    assert raised.value.path == path
    assert raised.value.field == field
    assert words in raised.value.problem
    assert str(path) in str(raised.value) and field in str(raised.value)


def test_yaml_syntax_error(tmp_path: Path) -> None:
    path = write(tmp_path, "language: en\nintents: [unclosed\n")
    with pytest.raises(ContentError) as raised:
        load_intent_file(path, "en")
    assert raised.value.field == "(syntax)"
    assert "\n" not in str(raised.value), "one line"


def test_a_key_written_twice_is_refused_not_half_kept(tmp_path: Path) -> None:
    # YAML keeps the second silently: the first list's words would be lost.
    path = write(
        tmp_path,
        "language: en\nintents:\n  repeat:\n    data: []\n  repeat:\n    data: []\n",
    )
    with pytest.raises(ContentError) as raised:
        load_intent_file(path, "en")
    assert raised.value.field == "repeat"
    assert "twice (lines 3 and 5)" in raised.value.problem


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as raised:
        load_intent_file(tmp_path / "en" / "intents.yaml", "en")
    assert raised.value.field == "(file)"
    assert "missing" in raised.value.problem


def test_matcher_for_reports_a_broken_locale(tmp_path: Path, english: Table) -> None:
    table = copy.deepcopy(english)
    table["lists"]["product"]["values"][0]["out"] = "gold_bars"
    write(tmp_path, table)
    clear_cache()
    with pytest.raises(ContentError, match=r"lists\.product\.values\[0\]\.out"):
        matcher_for("en", tmp_path)


def test_matcher_for_rejects_unknown_locale() -> None:
    with pytest.raises(ContentError, match="fr"):
        matcher_for("fr")
