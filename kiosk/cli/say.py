"""``kiosk say``: speak a sentence with the kiosk's voice, or write it to a WAV.

    kiosk say --lang L [--rate R] [--out FILE.wav] [--json] TEXT

With ``--out`` it writes the WAV and prints ``PATH DURATION s``. Without it,
it plays the sentence and waits until it ends (Ctrl-C stops it); on a machine
without an audio device it says so and exits 2. With ``--json`` it prints
exactly ``{"voice": <voice id>, "seconds": <length>, "out": <path or null>}``.

``--out`` only ever replaces a regular file: the WAV is written to a temporary
folder beside it and renamed over it. A device, FIFO, symlink or folder at
that path is refused (exit 2), and no temporary file is left behind. Never
imports Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kiosk.core import ids
from kiosk.core.errors import KioskError

COMMAND = "say"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``say`` to the ``kiosk`` sub-command parser."""
    say = subparsers.add_parser(COMMAND, help="speak a sentence with the kiosk's voice")
    say.add_argument("--lang", required=True, choices=ids.LOCALES, help="language of the text")
    say.add_argument(
        "--rate",
        type=int,
        metavar="R",
        help="words per minute (default: the speech.rate_wpm setting)",
    )
    say.add_argument(
        "--out",
        type=Path,
        metavar="FILE.wav",
        help="write a WAV instead of playing (replaces only a regular file)",
    )
    say.add_argument(
        "--json",
        action="store_true",
        help='print {"voice", "seconds", "out"} as JSON instead of a line of text',
    )
    say.add_argument("text", nargs="+", metavar="TEXT", help="what to say")


def run(args: argparse.Namespace) -> int:
    """Run ``kiosk say``; one line on stderr and exit 2 on any problem."""
    try:
        return _run(args)
    except KioskError as exc:
        print(f"kiosk say: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kiosk say: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.paths import resolve_data_dir
    from kiosk.speech.speaker import SpeechSettings, wav_duration
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    text = " ".join(args.text).strip()
    if not text:
        print("kiosk say: nothing to say", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    settings = SpeechSettings.from_config(load_config(data_dir))
    rate = args.rate if args.rate is not None else settings.rate_wpm
    if rate <= 0:
        print(
            f"kiosk say: --rate must be a positive number of words per minute, not {rate}",
            file=sys.stderr,
        )
        return 2
    as_json = bool(getattr(args, "json", False))
    if args.out is not None:
        target = checked_target(args.out)
        synthesiser = Pyttsx3Synthesiser()
        out = _write(synthesiser, text, args.lang, rate, settings.volume, target)
        seconds = wav_duration(out)
        if as_json:
            _print_json(synthesiser.voice_for(args.lang).id, seconds, out)
        else:
            print(f"{out} {seconds:.2f} s")
        return 0
    return _play(text, args.lang, rate, settings, data_dir, as_json)


def _print_json(voice: str, seconds: float, out: Path | None) -> None:
    print(
        json.dumps(
            {"voice": voice, "seconds": round(seconds, 3), "out": str(out) if out else None},
            ensure_ascii=False,
        )
    )


def _kind(mode: int) -> str:
    """A file type in words, for the refusal."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def checked_target(path: Path) -> Path:
    """``path`` made absolute, if a WAV may be written there.

    The last part is not resolved: a symbolic link there is refused, never
    followed (writing through it would replace whatever it points at).

    Raises:
        KioskError: The folder does not exist, or something other than a
            regular file is at ``path``.
    """
    out = Path(os.path.abspath(path.expanduser()))
    if not out.parent.is_dir():
        raise KioskError(f"folder {out.parent} does not exist")
    try:
        mode = out.lstat().st_mode
    except FileNotFoundError:
        return out
    if not stat.S_ISREG(mode):
        raise KioskError(
            f"{out} is {_kind(mode)}; --out only writes a new file or replaces a regular file"
        )
    return out


def _write(synthesiser: Any, text: str, locale: str, rate: int, volume: float, out: Path) -> Path:
    """Synthesise into a private folder beside ``out``, then rename the WAV over it.

    The rename is atomic on one file system and replaces a path, never what a
    link points at; the folder goes whatever happens (even on Ctrl-C).
    """
    work = Path(tempfile.mkdtemp(prefix=".kiosk-say-", dir=out.parent))
    try:
        synthesiser.work_dir = work
        wav = synthesiser.synthesise(text, locale, rate, volume)
        checked_target(out)  # again: something may have appeared there meanwhile
        os.replace(wav, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def _play(text: str, locale: str, rate: int, settings: Any, data_dir: Path, as_json: bool) -> int:
    from kiosk.speech.audio_out import make_audio_output
    from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
    from kiosk.speech.speaker import wav_duration
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    output = make_audio_output()
    if not output.available:
        print(f"kiosk say: {output.reason}; use --out FILE.wav", file=sys.stderr)
        return 2
    cache = PromptCache.in_data_dir(data_dir, settings.cache_mb)
    inner = Pyttsx3Synthesiser(work_dir=cache.tmp_dir)
    synthesiser = CachingSynthesiser(inner, cache)
    wav = synthesiser.synthesise(text, locale, rate, settings.volume)
    output.play(wav)
    try:
        while output.is_playing:
            time.sleep(0.02)
    except KeyboardInterrupt:
        output.stop()
        return 130
    if as_json:
        _print_json(inner.voice_for(locale).id, wav_duration(wav), None)
    return 0
