"""A language's other spellings: regional and spoken forms read as the standard ones.

Older customers say endings and words the way their region does (Korean 준다꼬,
-는디; Chinese 取点儿钱; Caribbean English "di man seh"), and the word lists and
templates are written in the standard forms. ``locales/<lang>/spelling.yaml``
lists, per language, what to read as what (ADR 0087), so a new language's forms
are a file in its folder, not code:

* ``rewrites``: ``{find: <regular expression>, write: <standard form>}`` rows,
  applied in order (``\\1`` in ``write`` names a group of ``find``);
* ``words``: whole words read as their standard forms (``di: the``).

Both run on normalised text (:func:`.normalise.normalise`). A language without
the file has no other spellings. Pure: no Qt.
"""

from __future__ import annotations

import re
import re._parser as _parser  # type: ignore[import-not-found]  # re's own parser: a row's fixed text
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kiosk.core.content_dirs import locales_dir
from kiosk.core.errors import ContentError
from kiosk.speech.intents.yaml_file import kind_of, mapping, read_table

SPELLING_FILE = "spelling.yaml"
_SECTIONS = {"locale", "rewrites", "words"}
_ROW_KEYS = {"find", "write"}


# A row's written form: text, or a function of the match where it names groups.
Write = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class Spelling:
    """One language's rewrites and word swaps, applied by :meth:`standard`."""

    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()
    words: Mapping[str, str] = field(default_factory=dict)
    _words: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # Each row as (pattern, written form, the text it needs); see __post_init__.
    _rows: tuple[tuple[re.Pattern[str], Write, str], ...] = field(
        init=False, repr=False, compare=False
    )
    _always: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _any_needed: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Whole words only: "di" never eats the start of "did", nor "mi" of "mine".
        body = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        found = re.compile(rf"(?<![\w'])(?:{body})(?![\w'])") if body else None
        object.__setattr__(self, "_words", found)
        # A written form naming groups (\1) is expanded only for a match: handed to
        # sub() as text, re parses it again on every call, matched or not.
        rows = tuple(
            (find, _expander(write) if "\\" in write else write, needed_text(find))
            for find, write in self.rewrites
        )
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_always", tuple(k for k, r in enumerate(rows) if not r[2]))
        needs = sorted({r[2] for r in rows if r[2]}, key=len, reverse=True)
        any_needed = re.compile("|".join(map(re.escape, needs))) if needs else None
        object.__setattr__(self, "_any_needed", any_needed)

    def standard(self, text: str) -> str:
        """``text`` (normalised) with every other spelling read as the standard one."""
        rows, start = self._rows, 0
        if self._any_needed is not None and self._any_needed.search(text) is None:
            # No row's fixed text is there (most list words, most sentences): only the
            # rows that need none can match, until one of them changes the text.
            start = len(rows)
            for k in self._always:
                pattern, written, _ = rows[k]
                changed = pattern.sub(written, text)
                if changed != text:
                    text, start = changed, k + 1
                    break
        for pattern, written, needed in rows[start:]:
            # A row whose fixed text is not there cannot match: a substring test
            # instead of a regex pass (Korean's 58 rows, English's lookbehinds at
            # every position, were a third of the word lists' load time).
            if needed in text:
                text = pattern.sub(written, text)
        if self._words is not None:
            text = self._words.sub(lambda m: self.words[m.group(0)], text)
        return text


def _expander(written: str) -> Callable[[re.Match[str]], str]:
    return lambda match: match.expand(written)


def needed_text(pattern: re.Pattern[str]) -> str:
    """The longest text every match of ``pattern`` holds ("" when it cannot say).

    Read from the parsed pattern's top level: a run of plain characters there is
    in every match (lookarounds and anchors match no text, so they end a run);
    anything inside a group, a branch, a class or a repeat is not counted.
    """
    if pattern.flags & re.IGNORECASE:
        return ""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private module's surprise: no shortcut, the row always runs
        return ""
    best, run = "", ""
    for op, value in parsed:
        if op is _parser.LITERAL:
            run += chr(value)
            continue
        best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


@cache
def spelling_for(locale: str) -> Spelling:
    """The spelling table of ``locale``'s folder, read once (none: no other spellings)."""
    path = locales_dir() / locale / SPELLING_FILE
    return load_spelling(path, locale) if path.is_file() else Spelling()


def load_spelling(path: Path, locale: str) -> Spelling:
    """Read and check ``path``.

    Raises:
        ContentError: naming the file and the field (an unknown section, a row
            without ``find`` or ``write``, a pattern that is no regular expression,
            a word that is not text).
    """
    table = read_table(path, locale)
    unknown = sorted(set(table) - _SECTIONS)
    if unknown:
        raise ContentError(path, unknown[0], f"is not one of {', '.join(sorted(_SECTIONS))}")
    rows = table.get("rewrites") or []
    if not isinstance(rows, list):
        raise ContentError(path, "rewrites", f"must be a list, not {kind_of(rows)}")
    rewrites = tuple(_rewrite(path, f"rewrites[{i}]", row) for i, row in enumerate(rows))
    words = mapping(path, "words", table.get("words") or {})
    for word, standard in words.items():
        if not isinstance(standard, str) or not standard.strip():
            # YAML 1.1 reads a bare on, off, yes or no as true or false.
            hint = ' (quote it: "on")' if isinstance(standard, bool) else ""
            raise ContentError(path, f"words.{word}", f"must be the standard word, as text{hint}")
    return Spelling(rewrites, {w.casefold(): s.casefold() for w, s in words.items()})


def _rewrite(path: Path, where: str, row: Any) -> tuple[re.Pattern[str], str]:
    row = mapping(path, where, row)
    missing = sorted(_ROW_KEYS - set(row))
    extra = sorted(set(row) - _ROW_KEYS)
    if missing or extra:
        problem = f"needs {missing[0]}" if missing else f"has an unknown key {extra[0]}"
        raise ContentError(path, where, f"{problem} (a row is {{find: …, write: …}})")
    find, write = row["find"], row["write"]
    if not isinstance(find, str) or not find:
        raise ContentError(path, f"{where}.find", "must be a regular expression, as text")
    if not isinstance(write, str):
        raise ContentError(path, f"{where}.write", f"must be text, not {kind_of(write)}")
    try:
        pattern = re.compile(find)
        pattern.sub(write, "")  # a group \\N that find lacks fails here, not mid-sentence
    except re.error as exc:
        raise ContentError(path, where, f"is no regular expression: {exc}") from None
    return pattern, write
