"""``kiosk say``: speak a sentence with the kiosk's voice, or write it to a WAV.

    kiosk say --lang L [--rate R] [--out FILE.wav] TEXT

With ``--out`` it writes the WAV and prints ``PATH DURATION s``. Without it,
it plays the sentence and waits until it ends (Ctrl-C stops it); on a machine
without an audio device it says so and exits 2. Never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
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
    say.add_argument("--out", type=Path, metavar="FILE.wav", help="write a WAV instead of playing")
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
    if args.out is not None:
        out = _write(text, args.lang, rate, settings.volume, args.out)
        print(f"{out} {wav_duration(out):.2f} s")
        return 0
    return _play(text, args.lang, rate, settings, data_dir)


def _write(text: str, locale: str, rate: int, volume: float, out: Path) -> Path:
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    out = out.expanduser().resolve()
    if not out.parent.is_dir():
        raise KioskError(f"folder {out.parent} does not exist")
    # Synthesise next to the target, so the final rename is atomic.
    wav = Pyttsx3Synthesiser(work_dir=out.parent).synthesise(text, locale, rate, volume)
    os.replace(wav, out)
    return out


def _play(text: str, locale: str, rate: int, settings: Any, data_dir: Path) -> int:
    from kiosk.speech.audio_out import make_audio_output
    from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    output = make_audio_output()
    if not output.available:
        print(f"kiosk say: {output.reason}; use --out FILE.wav", file=sys.stderr)
        return 2
    cache = PromptCache.in_data_dir(data_dir, settings.cache_mb)
    synthesiser = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    wav = synthesiser.synthesise(text, locale, rate, settings.volume)
    output.play(wav)
    try:
        while output.is_playing:
            time.sleep(0.02)
    except KeyboardInterrupt:
        output.stop()
        return 130
    return 0
