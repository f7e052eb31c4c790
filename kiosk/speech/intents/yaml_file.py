"""One language's YAML file (intents.yaml, cues.yaml), read the one safe way. Pure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kiosk.core import ids
from kiosk.core.errors import ContentError

# libyaml is ~20x faster than pure Python here; fall back where it is missing.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TwiceWritten(Exception):
    def __init__(self, key: str, first: int, second: int) -> None:
        super().__init__(key)
        self.key, self.first, self.second = key, first, second


class _Loader(_YAML_LOADER):  # type: ignore[misc, valid-type]
    """A safe loader that refuses a key written twice in one table.

    YAML keeps the second silently: a word list written twice (two ``elsewhere:``
    in one cues file) would lose its first half without a word.
    """


def _unique_mapping(loader: Any, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[str, int] = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            line = key_node.start_mark.line + 1
            if key_node.value in seen:
                raise _TwiceWritten(key_node.value, seen[key_node.value], line)
            seen[key_node.value] = line
    return dict(loader.construct_mapping(node))


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def read_table(path: Path, locale: str) -> dict[str, Any]:
    """The top-level table of ``path``, a file of ``locale``'s folder.

    Raises:
        ContentError: An unknown locale, the file missing, not UTF-8, not YAML,
            a key written twice in one table, or not a table with text keys
            (names the file and the field).
    """
    if locale not in ids.LOCALES:
        raise ContentError(path, "(locale)", f"'{locale}' is not one of {', '.join(ids.LOCALES)}")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "(file)", "is missing") from None
    except UnicodeDecodeError as exc:
        raise ContentError(path, "(file)", f"is not UTF-8 text: {exc}") from None
    try:
        data = yaml.load(raw, Loader=_Loader)  # a safe loader: no Python objects
    except yaml.YAMLError as exc:
        raise ContentError(path, "(syntax)", " ".join(str(exc).split())) from None
    except _TwiceWritten as twice:
        raise ContentError(
            path,
            twice.key,
            f"is written twice (lines {twice.first} and {twice.second}); write it once",
        ) from None
    return mapping(path, "(top level)", data)


def mapping(path: Path, field: str, value: object) -> dict[str, Any]:
    """``value`` as a table with text keys, or a clear error naming ``field``."""
    if not isinstance(value, dict):
        raise ContentError(path, field, f"must be a mapping, not {kind_of(value)}")
    for key in value:
        if not isinstance(key, str):
            # YAML 1.1 reads an unquoted yes/no key as a boolean.
            hint = ' (quote it: "yes")' if isinstance(key, bool) else ""
            raise ContentError(path, f"{field}.{key}", f"key must be text{hint}")
    return value


def kind_of(value: object) -> str:
    """What a YAML value is, for a message: "nothing", "list", "str"…"""
    return "nothing" if value is None else type(value).__name__
