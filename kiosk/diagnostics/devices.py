"""``kiosk check``: the ticket printer, the speaker, the lobby's chime and the microphone."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.diagnostics.result import CheckResult


def check_printer(data_dir: Path) -> CheckResult:
    """No printer is fine (on-screen tickets); a configured one must be reachable."""
    from kiosk.config import CONFIG_FILE_NAME, load_config
    from kiosk.printing import NullPrinter, fix_hint, make_printer

    try:
        config = load_config(data_dir)
    except KioskError as exc:
        return CheckResult("printer", False, f"cannot read settings: {exc}", "fix config first")
    kind = config["printer.kind"]
    try:
        printer = make_printer(config)
    except KioskError as exc:
        return CheckResult(
            "printer", False, str(exc), f"correct the setting in {data_dir / CONFIG_FILE_NAME}"
        )
    if isinstance(printer, NullPrinter):
        ok = not printer.configured
        return CheckResult("printer", ok, printer.describe(), "" if ok else fix_hint(kind))
    from kiosk.core import ids
    from kiosk.printing.fonts import find_font

    unprintable = [locale for locale in ids.LOCALES if find_font(locale) is None]
    if unprintable:
        detail = f"{printer.describe()}, but no font for {', '.join(unprintable)} tickets"
        return CheckResult("printer", False, detail, "apt-get install fonts-noto-cjk")
    return CheckResult("printer", True, f"{printer.describe()} is ready")


def check_audio_output(_: Path) -> CheckResult:
    """A speaker is optional (the kiosk then runs touch-only); PortAudio must be installed."""
    from kiosk.speech.audio_out import NO_DEVICE, make_audio_output

    output = make_audio_output()
    if output.available:
        return CheckResult("audio output", True, "default output device is ready")
    if output.reason == NO_DEVICE:
        return CheckResult(
            "audio output",
            True,
            f"{NO_DEVICE}: the kiosk runs touch-only and shows 'voice unavailable'",
        )
    return CheckResult("audio output", False, output.reason, output.reason.split(": ")[-1])


def check_lobby_audio(data_dir: Path) -> CheckResult:
    """The lobby display's chime and voice (issue 12).

    No audio device is a warning, not a failure: the display still shows and
    flashes each call. A missing chime or audio library fails with the fix.
    """
    from kiosk.config import load_config
    from kiosk.paths import assets_dir
    from kiosk.queue.announcement import CHIME_FILE
    from kiosk.speech.audio_out import NO_DEVICE, make_audio_output, read_wav
    from kiosk.speech.speaker import SpeechError

    try:
        config = load_config(data_dir)
    except KioskError as exc:
        return CheckResult("lobby", False, f"cannot read settings: {exc}", "fix config first")
    chime = assets_dir() / CHIME_FILE
    try:
        seconds = read_wav(chime).duration
    except SpeechError as exc:
        seconds, problem = 0.0, str(exc)
    else:
        problem = f"{chime} holds no sound"
    if seconds <= 0:
        fix = "restore assets/sounds/chime.wav, or run packaging/tools/make_chime.py"
        return CheckResult("lobby", False, f"no chime: {problem}", fix)
    output = make_audio_output()
    if not output.available:
        if output.reason == NO_DEVICE:
            return CheckResult("lobby", True, "no audio device — calls are shown only", "", True)
        return CheckResult("lobby", False, output.reason, output.reason.split(": ")[-1])
    if not config["lobby.speak"]:
        return CheckResult("lobby", True, f"chime ({seconds:.1f} s) only: lobby.speak is off")
    repeats = config["lobby.announce_repeats"]
    return CheckResult("lobby", True, f"chime ({seconds:.1f} s), then each call said {repeats}x")


def check_microphone(data_dir: Path) -> CheckResult:
    """No microphone is fine (touch only); a configured one must be there."""
    from kiosk.config import CONFIG_FILE_NAME, load_config
    from kiosk.speech.audio_in import make_microphone

    try:
        config = load_config(data_dir)
    except KioskError as exc:
        return CheckResult("microphone", False, f"cannot read settings: {exc}", "fix config")
    if not config["speech.input_enabled"]:
        return CheckResult("microphone", True, "speech input is turned off: touch only")
    device = config["speech.input_device"].strip()
    source = make_microphone(device)
    if source.available:
        return CheckResult("microphone", True, f"input device {device or '(default)'} is ready")
    if device:
        fix = f"plug it in, or correct speech.input_device in {data_dir / CONFIG_FILE_NAME}"
        return CheckResult("microphone", False, f"{device}: {source.reason}", fix)
    if "PortAudio" in source.reason:
        return CheckResult("microphone", False, source.reason, "apt-get install libportaudio2")
    return CheckResult("microphone", True, f"{source.reason}: the kiosk runs touch-only")
