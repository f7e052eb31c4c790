"""One catalogue of words per locale, shared by screen text and spoken prompts.

Each locale has ``locales/<lang>/messages.toml``; tables flatten to dotted keys
(``[home] title = …`` → ``home.title``). A key ``spoken.X`` overrides what is
*said* for ``X`` only where speech needs other words than the screen (e.g. a
symbol read aloud); otherwise speech uses the shown text, so they always match.
"""

from __future__ import annotations

import logging
import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.core.languages import LANGUAGE_FILE

log = logging.getLogger(__name__)

MESSAGES_FILE = "messages.toml"
# Read first (messages.toml) or not words at all (language.toml: the language's facts).
_NOT_WORDS = (MESSAGES_FILE, LANGUAGE_FILE)
SPOKEN_PREFIX = "spoken."
_FORMATTER = string.Formatter()


def placeholders(text: str) -> set[str]:
    """Names of the ``{name}`` fields in a message."""
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}


class Catalog:
    """The messages of one locale, falling back to another catalogue for gaps.

    Args:
        locale: Locale id, e.g. ``zh_CN``.
        messages: Flat key → text.
        fallback: Used (and logged) when a key is missing here.
        path: The locale's folder, for error messages.
        sources: Key → the file it came from.
    """

    def __init__(
        self,
        locale: str,
        messages: Mapping[str, str],
        fallback: Catalog | None = None,
        path: Path | None = None,
        sources: Mapping[str, Path] | None = None,
    ) -> None:
        self.locale = locale
        self.messages = dict(messages)
        self.fallback = fallback
        self.path = path
        self.sources = dict(sources or {})

    def has(self, key: str) -> bool:
        return key in self.messages

    def text(self, key: str, **values: object) -> str:
        """The message for ``key`` with ``{fields}`` filled in."""
        template = self.messages.get(key)
        if template is None:
            if self.fallback is None:
                raise KeyError(f"no message {key!r} in locale {self.locale}")
            log.warning("locale %s has no message %r; using %s", self.locale, key, "fallback")
            return self.fallback.text(key, **values)
        return template.format(**values) if values else template

    def spoken(self, key: str, **values: object) -> str:
        """What to say for ``key``: its ``spoken.`` variant, else the shown text."""
        if SPOKEN_PREFIX + key in self.messages:
            return self.text(SPOKEN_PREFIX + key, **values)
        return self.text(key, **values)

    def characters(self) -> set[str]:
        """Every character this locale's words use (for the glyph check)."""
        chars: set[str] = set()
        for text in self.messages.values():
            chars.update(ch for ch in text if not ch.isspace())
        return chars


def _flatten(path: Path, table: Mapping[str, object], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(path, value, name + "."))
        elif isinstance(value, str):
            if not value.strip():
                raise ContentError(path, name, "is empty")
            try:
                placeholders(value)
            except ValueError as exc:
                raise ContentError(path, name, f"has a broken {{placeholder}}: {exc}") from None
            flat[name] = value
        else:
            raise ContentError(path, name, f"must be text, not {type(value).__name__}")
    return flat


def load_messages(path: Path) -> dict[str, str]:
    """Read one ``messages.toml``; a broken file names the file and field."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "(file)", "is missing") from None
    except UnicodeDecodeError as exc:
        raise ContentError(path, "(file)", f"is not UTF-8 text: {exc}") from None
    try:
        table = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "(syntax)", str(exc)) from None
    return _flatten(path, table)


_ACCENTS = str.maketrans(
    "aceinousyACEINOUSY",
    "àçéîñöûšýÀÇÉÎÑÖÛŠÝ",
)
_FIELD = re.compile(r"(\{[^{}]*\})")


def pseudo_translate(text: str) -> str:
    """Accented, ~40 % longer text that still reads, to find clipped layouts.

    Placeholders stay intact; long words get longer, because a long unbreakable
    word is what clips first.
    """
    out = []
    for part in _FIELD.split(text):
        if _FIELD.fullmatch(part):
            out.append(part)
            continue
        words = []
        for word in part.split(" "):
            extra = "~" * ((len(word) * 2 + 4) // 5) if len(word) > 2 else ""
            words.append(word.translate(_ACCENTS) + extra)
        out.append(" ".join(words))
    return "[" + "".join(out) + "]"


def load_locale(folder: Path, first_only: bool = False) -> tuple[dict[str, str], dict[str, Path]]:
    """All words of one locale: ``messages.toml`` plus any other ``*.toml`` beside it.

    Content areas keep their own file (``products.toml``, ``journeys.toml``);
    a key defined in two files is an error naming both.

    Returns:
        (key → text, key → the file it came from)
    """
    files = [folder / MESSAGES_FILE]
    if not first_only:
        files += sorted(p for p in folder.glob("*.toml") if p.name not in _NOT_WORDS)
    messages: dict[str, str] = {}
    sources: dict[str, Path] = {}
    for path in files:
        for key, text in load_messages(path).items():
            if key in messages:
                raise ContentError(path, key, f"is also defined in {sources[key]}")
            messages[key] = text
            sources[key] = path
    return messages, sources


def load_catalogs(
    locales_dir: Path, locales: Iterable[str] = ids.LOCALES, first_only: bool = False
) -> dict[str, Catalog]:
    """Load every locale, English first as everyone's fallback, plus ``pseudo``.

    Args:
        first_only: Only ``messages.toml`` (the shell's words), for a fast first
            paint; :func:`complete_catalogs` adds the content areas' files later.
    """
    english_words, english_sources = load_locale(locales_dir / "en", first_only)
    english = Catalog("en", english_words, path=locales_dir / "en", sources=english_sources)
    catalogs = {"en": english}
    for locale in locales:
        if locale == "en":
            continue
        words, sources = load_locale(locales_dir / locale, first_only)
        catalogs[locale] = Catalog(
            locale, words, fallback=english, path=locales_dir / locale, sources=sources
        )
    catalogs[ids.PSEUDO_LOCALE] = Catalog(
        ids.PSEUDO_LOCALE,
        {k: pseudo_translate(v) for k, v in english.messages.items()},
        fallback=english,
    )
    return catalogs


def complete_catalogs(catalogs: Mapping[str, Catalog], locales_dir: Path) -> None:
    """Add every other ``*.toml`` to catalogues loaded with ``first_only``, in place."""
    full = load_catalogs(locales_dir, [loc for loc in catalogs if loc != ids.PSEUDO_LOCALE])
    for locale, catalog in catalogs.items():
        catalog.messages.update(full[locale].messages)
        catalog.sources.update(full[locale].sources)


def with_all_files(catalog: Catalog, folder: Path) -> Catalog:
    """``catalog`` (read ``first_only``) plus every other ``*.toml`` in its ``folder``.

    For checking words before a fast first paint without completing the
    catalogues the window uses. A key in two files is an error, as in
    :func:`load_locale`.
    """
    words, sources = dict(catalog.messages), dict(catalog.sources)
    for path in sorted(folder.glob("*.toml")):
        if path.name in _NOT_WORDS:
            continue
        for key, text in load_messages(path).items():
            if key in words:
                raise ContentError(path, key, f"is also defined in {sources[key]}")
            words[key], sources[key] = text, path
    return Catalog(catalog.locale, words)


def completeness_problems(catalogs: Mapping[str, Catalog]) -> list[str]:
    """Every way a locale differs from English: missing, extra, or other placeholders."""
    english = catalogs["en"]
    problems: list[str] = []
    for locale, catalog in catalogs.items():
        if locale in ("en", ids.PSEUDO_LOCALE):
            continue
        folder = catalog.path or Path(locale)

        def where(key: str, cat: Catalog = catalog, folder: Path = folder) -> Path:
            # The file that should hold the key: its own, else English's file name.
            if key in cat.sources:
                return cat.sources[key]
            english_file = english.sources.get(key)
            return folder / (english_file.name if english_file else MESSAGES_FILE)

        for key in sorted(english.messages.keys() - catalog.messages.keys()):
            if not key.startswith(SPOKEN_PREFIX):
                problems.append(
                    f"{where(key)}: missing '{key}' (English: {english.messages[key]!r})"
                )
        for key in sorted(catalog.messages.keys() - english.messages.keys()):
            base = key.removeprefix(SPOKEN_PREFIX)
            if not (key.startswith(SPOKEN_PREFIX) and base in english.messages):
                problems.append(f"{where(key)}: '{key}' is not an English key (typo?)")
        for key in sorted(english.messages.keys() & catalog.messages.keys()):
            want = placeholders(english.messages[key])
            got = placeholders(catalog.messages[key])
            if want != got:
                problems.append(
                    f"{where(key)}: '{key}' has placeholders {sorted(got)}, "
                    f"English has {sorted(want)}"
                )
    return problems
