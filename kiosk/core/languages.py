"""Each language's facts the code needs, read from ``locales/<lang>/language.toml`` (no Qt).

Fonts, voices, the plain-language limit and the words for digits are data, so
adding a language is adding a folder (docs/languages.md), not editing code. The
folders that hold a ``language.toml`` are the kiosk's locales
(:data:`kiosk.core.ids.LOCALES`), in the order their ``language.order`` gives.
A broken file is a :class:`~kiosk.core.errors.ContentError` naming the file and
the field, as for the other content files; ``kiosk check`` reports it.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.content_dirs import locales_dir
from kiosk.core.errors import ContentError

LANGUAGE_FILE = "language.toml"
# How a sentence's length is counted (kiosk.content.plain_language measures each).
UNITS = ("words", "characters", "syllables")
DIGITS = tuple("0123456789")


@dataclass(frozen=True)
class Language:
    """One language as the code uses it (every field: docs/languages.md).

    Attributes:
        locale: The folder's name, e.g. ``zh_CN``.
        name: The language's English name ("Mandarin Chinese").
        order: Its place in the language list.
        font_families: The first draws every character; the rest are fallbacks.
        font_packages: Debian package per font family named.
        printed_fonts: Font families for printed tickets, best first.
        voice_languages: espeak-ng voice languages, best first.
        voice_fix: What to install when no voice speaks it.
        voice_test_sentence: A sentence the kiosk says, for the voice check.
        model_package: The Vosk model's package (distribution, import name), if any.
        name_scripts: Unicode character-name prefixes of a name's letters (``LATIN ``).
        plain_unit: ``words``, ``characters`` or ``syllables``.
        plain_most: At most this many units per sentence.
        plain_most_grade: At most this school grade (English), or None.
        digit_words: Each spoken digit word → its digit ("nought" → "0").
        spoken_digits: The digit words a recogniser listens for.
        repeats: "double" → 2.
        corrections: The keypad's correction words → ``delete`` or ``clear``.
        spoken_corrections: The correction words a recogniser listens for.
        number_fillers: Words said around a number that type nothing ("um").
    """

    locale: str
    name: str
    order: int
    font_families: tuple[str, ...]
    font_packages: Mapping[str, str]
    printed_fonts: tuple[str, ...]
    voice_languages: tuple[str, ...]
    voice_fix: str
    voice_test_sentence: str
    model_package: tuple[str, str] | None
    name_scripts: tuple[str, ...]
    plain_unit: str
    plain_most: int
    plain_most_grade: float | None
    digit_words: Mapping[str, str]
    spoken_digits: tuple[str, ...]
    repeats: Mapping[str, int] = field(default_factory=dict)
    corrections: Mapping[str, str] = field(default_factory=dict)
    spoken_corrections: tuple[str, ...] = ()
    number_fillers: frozenset[str] = frozenset()


class _Reader:
    """Typed look-ups in one parsed file; a wrong value names the file and field."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    def _get(self, dotted: str, default: Any = ...) -> Any:
        value: Any = self.data
        for part in dotted.split("."):
            if not isinstance(value, dict) or part not in value:
                if default is not ...:
                    return default
                raise ContentError(self.path, dotted, "is missing")
            value = value[part]
        return value

    def fail(self, dotted: str, problem: str) -> ContentError:
        return ContentError(self.path, dotted, problem)

    def text(self, dotted: str) -> str:
        value = self._get(dotted)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(dotted, "must be a non-empty text")
        return value

    def number(self, dotted: str, kind: type[int] | type[float], default: Any = ...) -> Any:
        """A positive ``kind`` (a float may be written as an int: ``6``)."""
        value: Any = self._get(dotted, default)
        if value is None and default is None:
            return None
        allowed = (int, float) if kind is float else (int,)
        if isinstance(value, bool) or not isinstance(value, allowed) or value <= 0:
            raise self.fail(dotted, f"must be a positive {kind.__name__}")
        return kind(value)

    def texts(self, dotted: str, default: Any = ...) -> tuple[str, ...]:
        value = self._get(dotted, default)
        if not isinstance(value, list | tuple) or not value:
            raise self.fail(dotted, "must be a non-empty list of texts")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{dotted}[{i}]", "must be a non-empty text")
        return tuple(value)

    def table(self, dotted: str, kind: type, default: Any = ...) -> dict[str, Any]:
        value = self._get(dotted, default)
        if not isinstance(value, dict):
            raise self.fail(dotted, "must be a table")
        for key, item in value.items():
            if isinstance(item, bool) or not isinstance(item, kind) or item in ("", 0):
                raise self.fail(f"{dotted}.{key}", f"must be a non-empty {kind.__name__}")
        return dict(value)


def _digit_words(read: _Reader) -> dict[str, str]:
    """``numbers.digit_words``: one list per digit 0-9 → word → digit."""
    table = read.table("numbers.digit_words", list)
    missing = [d for d in DIGITS if d not in table]
    if missing:
        raise read.fail("numbers.digit_words", f"has no words for {', '.join(missing)}")
    extra = sorted(set(table) - set(DIGITS))
    if extra:
        raise read.fail(f"numbers.digit_words.{extra[0]}", "is not a digit 0-9")
    words: dict[str, str] = {}
    for digit in DIGITS:
        for word in read.texts(f"numbers.digit_words.{digit}"):
            if any(ch.isdigit() for ch in word):
                raise read.fail(f"numbers.digit_words.{digit}", f"{word!r} holds a digit")
            words[word] = digit
    return words


def _numbers(read: _Reader) -> dict[str, Any]:
    words = _digit_words(read)
    spoken = read.texts("numbers.spoken_digits")
    unknown = [w for w in spoken if w not in words]
    if unknown:
        raise read.fail("numbers.spoken_digits", f"{unknown[0]!r} is not in numbers.digit_words")
    corrections = read.table("numbers.corrections", str, {})
    for word, action in corrections.items():
        if action not in ("delete", "clear"):
            raise read.fail(f"numbers.corrections.{word}", "must be 'delete' or 'clear'")
    fillers = read.texts("numbers.fillers") if "fillers" in read.data["numbers"] else ()
    for filler in fillers:
        if filler in words:  # removed before the digits are read: it would hide one
            raise read.fail("numbers.fillers", f"{filler!r} is a digit word")
    return {
        "number_fillers": frozenset(fillers),
        "digit_words": words,
        "spoken_digits": spoken,
        "repeats": read.table("numbers.repeats", int, {}),
        "corrections": corrections,
        "spoken_corrections": read.texts("numbers.spoken_corrections", ()) if corrections else (),
    }


def _fonts(read: _Reader) -> dict[str, Any]:
    families = read.texts("fonts.families")
    packages = read.table("fonts.packages", str)
    unnamed = [f for f in families if f not in packages]
    if unnamed:
        raise read.fail("fonts.packages", f"names no package for {unnamed[0]!r}")
    printed = read.texts("fonts.printed")
    return {"font_families": families, "font_packages": packages, "printed_fonts": printed}


def _model_package(read: _Reader) -> tuple[str, str] | None:
    """``speech.model_package``: ``[distribution, import name]``, or None."""
    if "model_package" not in read.data.get("speech", {}):
        return None
    package = read.texts("speech.model_package")
    if len(package) != 2 or not package[1].isidentifier():
        raise read.fail("speech.model_package", "must be [distribution, import name]")
    return package[0], package[1]


def _parse(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError(path, "(file)", f"cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ContentError(path, "(file)", "is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "(file)", f"is not valid TOML: {exc}") from exc


def load_language(path: Path) -> Language:
    """Read and check one ``language.toml``; its folder's name is the locale.

    Raises:
        ContentError: The file is unreadable, or a field is missing or wrong.
    """
    read = _Reader(path, _parse(path))
    unit = read.text("plain_language.unit")
    if unit not in UNITS:
        raise read.fail("plain_language.unit", f"must be one of {', '.join(UNITS)}")
    return Language(
        locale=path.parent.name,
        name=read.text("language.name"),
        order=read.number("language.order", int),
        **_fonts(read),
        voice_languages=read.texts("voice.languages"),
        voice_fix=read.text("voice.fix"),
        voice_test_sentence=read.text("voice.test_sentence"),
        model_package=_model_package(read),
        name_scripts=tuple(s.upper() for s in read.texts("names.scripts")),
        plain_unit=unit,
        plain_most=read.number("plain_language.most_per_sentence", int),
        plain_most_grade=read.number("plain_language.most_grade", float, None),
        **_numbers(read),
    )


def _order(path: Path) -> int:
    """A file's ``language.order`` for sorting, before (and without) checking it."""
    try:
        order = tomllib.loads(path.read_text(encoding="utf-8"))["language"]["order"]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return 1_000_000  # broken: last; load_language names what is wrong
    return order if isinstance(order, int) else 1_000_000


def language_files(folder: Path) -> list[Path]:
    """Every ``<lang>/language.toml`` in ``folder``, in the language list's order."""
    if not folder.is_dir():
        return []
    files = [p / LANGUAGE_FILE for p in folder.iterdir() if (p / LANGUAGE_FILE).is_file()]
    return sorted(files, key=lambda p: (_order(p), p.parent.name))


def locale_ids(folder: Path | None = None) -> tuple[str, ...]:
    """The locales: the folders holding a ``language.toml``, in their ``order``.

    Only the folders and the order are read (cheap, and never raising), so a
    broken file still lets the kiosk import and ``kiosk check`` name the fault.
    """
    return tuple(p.parent.name for p in language_files(folder or locales_dir()))


def load_languages(folder: Path) -> dict[str, Language]:
    """Every language in ``folder``, checked, in the language list's order.

    Raises:
        ContentError: A file is broken (the first one found), or none exists.
    """
    files = language_files(folder)
    if not files:
        raise ContentError(folder, LANGUAGE_FILE, "no locale folder holds one")
    return {p.parent.name: load_language(p) for p in files}


@functools.cache
def languages() -> dict[str, Language]:
    """The shipped languages (``locales/`` of the content root), read once."""
    return load_languages(locales_dir())


def language(locale: str) -> Language:
    """One locale's facts.

    Raises:
        KeyError: ``locale`` has no ``language.toml``.
    """
    return languages()[locale]
