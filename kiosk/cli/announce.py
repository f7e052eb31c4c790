"""``kiosk announce``: hear (or write) what the lobby says when a number is called.

    kiosk announce NUMBER --counter-name [L=]TEXT ... [--direction [L=]TEXT ...]
                   [--lang L ...] [--recall] [--out FILE.wav] [--json]

A technician's check of the lobby's voice, and a way to test it end to end:
the chime, then the call in each ``--lang`` (in the order given; default the
``ui.default_locale``), the round said ``lobby.announce_repeats`` times; with
``lobby.speak = false`` only the chime. ``--counter-name`` and ``--direction``
take ``TEXT`` for every language or ``L=TEXT`` for one (repeat the option).

With ``--out`` the sounds are written one after another into one WAV (a
regular file only, as ``kiosk say --out``) and ``PATH SECONDS s`` is printed;
without it they play on the audio device (none: exit 2). ``--json`` prints
``{"number", "sentences": {locale: text}, "seconds", "out"}``. Errors: one
line on stderr, exit 2. Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from kiosk.core import ids
from kiosk.core.errors import KioskError

COMMAND = "announce"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``announce`` to the ``kiosk`` sub-command parser."""
    cmd = subparsers.add_parser(COMMAND, help="hear or write what the lobby says for a call")
    cmd.add_argument("number", metavar="NUMBER", help="the called number, e.g. A012")
    cmd.add_argument(
        "--counter-name",
        action="append",
        required=True,
        metavar="[L=]TEXT",
        help="the counter as said, for every language or one: 'en=counter 3' '3号窗口'",
    )
    cmd.add_argument(
        "--direction",
        action="append",
        default=[],
        metavar="[L=]TEXT",
        help="where the counter is, e.g. 'en=upstairs' 'zh_CN=二楼' 'ko=2층'",
    )
    cmd.add_argument(
        "--lang",
        action="append",
        choices=ids.LOCALES,
        help="a language to announce in, in order (default: the ui.default_locale setting)",
    )
    cmd.add_argument("--recall", action="store_true", help="say it as a repeated call")
    cmd.add_argument(
        "--out", type=Path, metavar="FILE.wav", help="write one WAV instead of playing"
    )
    cmd.add_argument(
        "--json",
        action="store_true",
        help='print {"number", "sentences", "seconds", "out"} as JSON',
    )


def run(args: argparse.Namespace) -> int:
    """Run ``kiosk announce``; one line on stderr and exit 2 on any problem."""
    try:
        return _run(args)
    except KioskError as exc:
        print(f"kiosk announce: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kiosk announce: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def by_locale(values: list[str], locales: tuple[str, ...], what: str) -> dict[str, str]:
    """``["TEXT"]`` or ``["en=TEXT", "ko=TEXT"]`` as locale → text.

    Raises:
        KioskError: An ``L=`` names no known language.
    """
    words: dict[str, str] = {}
    for value in values:
        locale, sep, text = value.partition("=")
        if sep and locale in ids.LOCALES:
            words[locale] = text
        elif sep and locale.replace("_", "").isalpha() and len(locale) <= 5:
            known = ", ".join(ids.LOCALES)
            raise KioskError(f"{what} {value!r}: {locale!r} is not a language ({known})")
        else:
            words.update(dict.fromkeys(locales, value))
    return words


def _run(args: argparse.Namespace) -> int:
    from kiosk.cli.say import checked_target
    from kiosk.config import load_config
    from kiosk.content.catalog import load_catalogs
    from kiosk.paths import assets_dir, locales_dir, make_data_dir, resolve_data_dir
    from kiosk.queue.announcement import (
        CACHE_SUBDIR,
        CHIME,
        CHIME_FILE,
        AnnouncementSettings,
        CallAnnouncement,
        announcement_sentences,
        plan_clips,
    )
    from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    config = load_config(data_dir)
    make_data_dir(data_dir)  # private (0700) before the cache writes into it
    settings = AnnouncementSettings.from_config(config)
    locales = tuple(args.lang or (config["ui.default_locale"],))
    call = CallAnnouncement(
        args.number,
        by_locale(args.counter_name, locales, "--counter-name"),
        by_locale(args.direction, locales, "--direction") or None,
        locales,
        args.recall,
    )
    target = checked_target(args.out) if args.out is not None else None
    sentences = announcement_sentences(call, load_catalogs(locales_dir()))
    clips = plan_clips(call, sentences, settings.repeats, settings.speak)

    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    # The lobby's own cache (kiosk/services/announcer.py): what is made here is
    # what the lobby then says at once.
    cache = PromptCache(data_dir / CACHE_SUBDIR, int(config["speech.cache_mb"]) * 1024**2)
    synthesiser = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    chime = assets_dir() / CHIME_FILE
    wavs = [
        chime
        if clip.kind == CHIME
        else synthesiser.synthesise(clip.text, clip.locale, settings.rate_wpm, settings.volume)
        for clip in clips
    ]
    seconds = _join(wavs, target) if target is not None else _play(wavs)
    if seconds is None:
        return 2  # no audio device (said on stderr)
    if getattr(args, "json", False):
        out = str(target) if target else None
        said = {"number": call.number, "sentences": sentences, "seconds": round(seconds, 3)}
        print(json.dumps({**said, "out": out}, ensure_ascii=False))
    elif target is not None:
        print(f"{target} {seconds:.2f} s")
    return 0


def _join(wavs: list[Path], out: Path) -> float:
    """Write ``wavs`` one after another into ``out`` (atomically); return its length in s.

    Raises:
        KioskError: The WAVs differ in format (rate, channels, sample size).
    """
    import wave

    from kiosk.cli.say import checked_target

    work = Path(tempfile.mkdtemp(prefix=".kiosk-announce-", dir=out.parent))
    try:
        joined = work / "announce.wav"
        frames = 0
        with wave.open(str(joined), "wb") as sink:
            shape = None
            for path in wavs:
                with wave.open(str(path), "rb") as source:
                    params = source.getparams()
                    here = (params.nchannels, params.sampwidth, params.framerate)
                    if shape is None:
                        shape = here
                        sink.setnchannels(here[0])
                        sink.setsampwidth(here[1])
                        sink.setframerate(here[2])
                    elif here != shape:
                        raise KioskError(f"{path} is {here}, not {shape} like the chime")
                    sink.writeframes(source.readframes(params.nframes))
                    frames += params.nframes
        checked_target(out)  # again: something may have appeared there meanwhile
        joined.replace(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return frames / shape[2] if shape else 0.0


def _play(wavs: list[Path]) -> float | None:
    """Play ``wavs`` one after another, each to its end; None when there is no device."""
    from kiosk.speech.audio_out import make_audio_output
    from kiosk.speech.speaker import wav_duration

    output = make_audio_output()
    if not output.available:
        print(f"kiosk announce: {output.reason}; use --out FILE.wav", file=sys.stderr)
        return None
    try:
        for path in wavs:
            output.play(path)
            while output.is_playing:
                time.sleep(0.02)
    except KeyboardInterrupt:
        output.stop()
        raise
    return sum(wav_duration(path) for path in wavs)
