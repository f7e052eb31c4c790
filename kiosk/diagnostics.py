"""``kiosk check``: a self-check a branch technician runs before opening.

Each check returns a :class:`CheckResult`; a failure says how to fix it.
Later features add their checks (voice, speech model, audio, printer) to
:data:`CHECKS`.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.errors import KioskError

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    # Passes, but the technician should know (e.g. the lobby without speakers).
    warning: bool = False


def check_python(_: Path) -> CheckResult:
    version = platform.python_version()
    ok = sys.version_info >= (3, 11)
    return CheckResult("python", ok, version, "" if ok else "install Python 3.11 or newer")


def check_qt(_: Path) -> CheckResult:
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return CheckResult("qt", False, str(exc), "run `make demo` or pip install -e .")
    detail = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    # PySide6 6.12.0 corrupts None's refcount on Python < 3.12 (see pyproject.toml).
    broken = PySide6.__version__.startswith("6.12.") and sys.version_info < (3, 12)
    fix = "pip install 'PySide6-Essentials<6.12' (6.12 crashes on Python 3.11)" if broken else ""
    return CheckResult("qt", not broken, detail, fix)


def check_config(data_dir: Path) -> CheckResult:
    from kiosk.config import CONFIG_FILE_NAME, load_config

    path = data_dir / CONFIG_FILE_NAME
    try:
        load_config(data_dir)
    except KioskError as exc:
        return CheckResult("config", False, str(exc), f"correct the setting in {path}")
    source = str(path) if path.exists() else "defaults (no kiosk.toml)"
    return CheckResult("config", True, source)


def check_data_dir(data_dir: Path) -> CheckResult:
    from kiosk.paths import make_data_dir

    try:
        make_data_dir(data_dir)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".check-", delete=True) as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
    except (OSError, KioskError) as exc:
        return CheckResult(
            "data dir",
            False,
            f"{data_dir}: {getattr(exc, 'strerror', None) or exc}",
            "give the kiosk user write access, or pass --data-dir / set KIOSK_DATA_DIR",
        )
    mode = data_dir.stat().st_mode & 0o777
    if mode & 0o077:
        return CheckResult(
            "data dir",
            False,
            f"{data_dir} is {mode:o}: other users on this computer can read the queue and logs",
            f"chmod 700 {data_dir} (the kiosk also repairs it when it starts)",
        )
    return CheckResult("data dir", True, f"{data_dir} is writable and private")


def check_database(data_dir: Path) -> CheckResult:
    """The queue database opens (migrating it if needed) and passes SQLite's quick check."""
    from kiosk.config import load_config
    from kiosk.store import database_path, open_database, store_url
    from kiosk.store.database import marker_path
    from kiosk.store.errors import RECOVER

    try:
        config = load_config(data_dir)
        path = database_path(config, data_dir)
    except KioskError:
        return CheckResult("database", False, "settings are broken", "fix the config first")
    if store_url(config):  # PostgreSQL store (issue 13)
        return check_server(config, data_dir)
    if not path.exists() and not marker_path(path).exists():
        return CheckResult("database", True, f"{path} will be created at start-up")
    try:
        db = open_database(path)
    except KioskError as exc:
        return CheckResult("database", False, str(exc), "follow the advice in the message")
    try:
        verdict = str(db.conn.execute("PRAGMA quick_check").fetchone()[0])
        open_items = db.conn.execute(
            "SELECT COUNT(*) FROM items WHERE status IN ('waiting', 'called', 'serving')"
        ).fetchone()[0]
    except Exception as exc:  # a damaged file can fail in many ways; all mean the same
        verdict = str(exc)
    finally:
        db.close()
    if verdict != "ok":
        return CheckResult(
            "database",
            False,
            f"{path} is damaged ({verdict})",
            RECOVER,
        )
    return CheckResult("database", True, f"{path} ok, {open_items} open item(s)")


def check_server(config: Any, data_dir: Path) -> CheckResult:
    """The PostgreSQL store answers and has this kiosk's schema (names no password)."""
    from kiosk.store import open_store_database

    try:
        db = open_store_database(config, data_dir, migrate=False)
    except KioskError as exc:
        return CheckResult("database", False, str(exc), "follow the advice in the message")
    try:
        with db.read() as conn:
            open_items = conn.execute(
                "SELECT COUNT(*) FROM items WHERE status IN ('waiting', 'called', 'serving')"
            ).fetchone()[0]
    except KioskError as exc:
        return CheckResult("database", False, str(exc), "check the server and the network")
    finally:
        db.close()
    return CheckResult("database", True, f"{db.path} ok, {open_items} open item(s)")


def check_content(_: Path) -> CheckResult:
    from kiosk.content.catalog import completeness_problems, load_catalogs
    from kiosk.paths import locales_dir

    try:
        catalogs = load_catalogs(locales_dir())
    except KioskError as exc:
        return CheckResult("content", False, str(exc), "fix the file and field named above")
    problems = completeness_problems(catalogs)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        return CheckResult(
            "content", False, problems[0] + more, "add the missing words to that locale"
        )
    return CheckResult("content", True, f"{len(catalogs) - 1} locales complete")


def check_journeys_and_products(data_dir: Path) -> CheckResult:
    """The files a broken start-up would name: journeys, products and their words."""
    from kiosk.config import load_config
    from kiosk.content.catalog import load_catalogs
    from kiosk.content.products import check_product_words, load_products
    from kiosk.journeys.loader import load_journeys, missing_words
    from kiosk.paths import assets_dir, locales_dir

    try:
        config = load_config(data_dir)
        catalogs = load_catalogs(locales_dir())
        journeys = load_journeys(assets_dir() / "journeys")
        missing = missing_words(journeys, catalogs["en"])
        if missing:
            return CheckResult(
                "journeys", False, f"English words missing: {', '.join(missing[:3])}",
                "add them to locales/en/journeys.toml",
            )  # fmt: skip
        products = load_products(assets_dir() / "products", config["products.currency"])
        check_product_words(products, catalogs)
    except KioskError as exc:
        return CheckResult("journeys", False, str(exc), "fix the file and field named above")
    return CheckResult("journeys", True, f"{len(journeys)} journeys, {len(products)} products")


def check_understanding(_: Path) -> CheckResult:
    """Each locale's sentence templates and word lists (intents.yaml, cues.yaml) load."""
    from kiosk.core import ids
    from kiosk.paths import locales_dir
    from kiosk.speech.intents.cues import cues_path, load_cues
    from kiosk.speech.intents.loader import intents_path, load_intent_file

    folder = locales_dir()
    try:
        for locale in ids.LOCALES:
            load_intent_file(intents_path(folder, locale), locale)
            load_cues(cues_path(folder, locale), locale)
    except KioskError as exc:
        return CheckResult("understanding", False, str(exc), "fix the file and field named above")
    count = len(ids.LOCALES)
    return CheckResult("understanding", True, f"templates and word lists of {count} locales")


def _gui_app() -> QCoreApplication:
    """A Qt application for reading fonts (offscreen when there is no screen); keep it."""
    from kiosk.display import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def check_fonts(_: Path) -> list[CheckResult]:
    _app = _gui_app()
    from kiosk.content.catalog import load_catalogs
    from kiosk.core import ids
    from kiosk.look.fonts import locale_font_problems
    from kiosk.look.theme import font_families
    from kiosk.paths import locales_dir

    try:
        catalogs = load_catalogs(locales_dir())
    except KioskError as exc:
        return [CheckResult("fonts", False, f"cannot read words: {exc}", "fix content first")]
    problems = {p.locale: p for p in locale_font_problems(catalogs)}
    results = []
    for locale in ids.LOCALES:
        family = font_families(locale)[0]
        problem = problems.get(locale)
        if problem is None:
            results.append(CheckResult(f"font {locale}", True, f"{family} has every glyph"))
        else:
            results.append(CheckResult(f"font {locale}", False, problem.message(), "see detail"))
    return results


def check_pinyin_table(_: Path, path: Path | None = None) -> CheckResult:
    """The Chinese name keyboard's table reads, is whole, and its font draws every character.

    Args:
        path: The table; by default the shipped ``assets/input/zh_CN_pinyin.tsv``.
    """
    from kiosk.journeys.pinyin import read_table

    fix = "restore it from the release, or re-run packaging/tools/make_pinyin_table.py"
    try:
        table = read_table(path)  # afresh: the keyboard's cached copy may be older
    except KioskError as exc:
        # The kiosk still runs: typing pinyin then offers no character at all.
        return CheckResult("pinyin table", False, str(exc), fix)
    size = table.size_problem()
    if size:
        return CheckResult("pinyin table", False, size, fix)
    _app = _gui_app()
    from kiosk.look.fonts import FontProblem, family_installed, glyph_gaps
    from kiosk.look.theme import font_families

    # The primary family, as for the locale's words: a character offered on a
    # candidate key that the font cannot draw shows as a box in a person's name.
    family = font_families("zh_CN")[0]
    installed = family_installed(family)
    missing = glyph_gaps(family, "".join(sorted(table.characters()))) if installed else ""
    if not installed or missing:
        problem = FontProblem("zh_CN", family, missing, installed)
        return CheckResult("pinyin table", False, problem.message(), "see detail")
    detail = (
        f"{len(table.entries)} syllables, {len(table.characters())} characters, "
        f"all drawn by {family}"
    )
    return CheckResult("pinyin table", True, detail)


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


def check_voice(_: Path) -> list[CheckResult]:
    """Per locale: a voice that really speaks the language, writing a real WAV.

    The voice is chosen by what it says (espeak-ng's phonemes for a test
    sentence, with no switch to another language), not by its name; a failing
    locale says what to install.
    """
    from kiosk.core import ids
    from kiosk.speech.speaker import (
        LocaleVoiceMissing,
        SpeechError,
        VoiceUnavailable,
        wav_duration,
    )
    from kiosk.speech.tts_pyttsx3 import VOICE_FIX, Pyttsx3Synthesiser
    from kiosk.speech.voice_check import TEST_SENTENCES

    results = []
    with tempfile.TemporaryDirectory(prefix="kiosk-check-") as tmp:
        synthesiser = Pyttsx3Synthesiser(work_dir=Path(tmp), timeout_s=15)
        for locale in ids.LOCALES:
            name = f"voice {locale}"
            fix = VOICE_FIX.get(locale, "apt-get install espeak-ng-data")
            try:
                voice = synthesiser.voice_for(locale)
                seconds = wav_duration(
                    synthesiser.synthesise(TEST_SENTENCES[locale], locale, 150, 0.9)
                )
            except LocaleVoiceMissing as exc:
                results.append(CheckResult(name, False, exc.reason, fix))
                continue
            except VoiceUnavailable as exc:
                missing = "not installed" in exc.reason
                results.append(
                    CheckResult(
                        name, False, exc.reason, "apt-get install espeak-ng" if missing else fix
                    )
                )
                continue
            except SpeechError as exc:
                results.append(
                    CheckResult(name, False, str(exc), "reinstall espeak-ng and pyttsx3")
                )
                continue
            if not voice.verified:
                results.append(CheckResult(name, False, voice.verdict, "apt-get install espeak-ng"))
            elif seconds <= 0:
                results.append(CheckResult(name, False, f"{voice.id} wrote an empty WAV", fix))
            else:
                results.append(
                    CheckResult(name, True, f"{voice.verdict}; test sentence {seconds:.1f} s")
                )
    return results


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


def check_speech_model(data_dir: Path) -> list[CheckResult]:
    """Each locale's Vosk model is found (or it is honestly touch-only in that language)."""
    from kiosk.config import CONFIG_FILE_NAME, load_config
    from kiosk.speech.vosk_models import MODEL_PACKAGES, SETTING_PREFIX, list_models

    try:
        config = load_config(data_dir)
    except KioskError as exc:
        return [CheckResult("speech model", False, f"cannot read settings: {exc}", "fix config")]
    if not config["speech.input_enabled"]:
        return [CheckResult("speech model", True, "speech input is turned off: touch only")]
    results = []
    for info in list_models(config):
        name = f"speech {info.locale}"
        broken = [s for s in info.skipped if s.startswith(f"setting {SETTING_PREFIX}")]
        if broken:
            fix = f"correct {SETTING_PREFIX}{info.locale} in {data_dir / CONFIG_FILE_NAME}"
            results.append(CheckResult(name, False, broken[0], fix))
        elif info.found:
            mode = "grammar mode" if info.grammar_capable else "free recognition only"
            size = f"{info.size_bytes / 1_000_000:.0f} MB"
            results.append(CheckResult(name, True, f"{info.path} ({info.source}, {size}, {mode})"))
        elif info.locale in MODEL_PACKAGES:
            fix = f"kiosk models install {info.locale}"
            results.append(CheckResult(name, False, info.reason, fix))
        else:
            results.append(CheckResult(name, True, f"{info.reason}: touch only in {info.locale}"))
    return results


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


CHECKS: list[Callable[[Path], CheckResult | list[CheckResult]]] = [
    check_python,
    check_qt,
    check_config,
    check_data_dir,
    check_database,
    check_content,
    check_journeys_and_products,
    check_understanding,
    check_fonts,
    check_pinyin_table,
    check_printer,
    check_voice,
    check_audio_output,
    check_lobby_audio,
    check_speech_model,
    check_microphone,
]


def collect(data_dir: Path) -> list[CheckResult]:
    results: list[CheckResult] = []
    for check in CHECKS:
        try:
            outcome = check(data_dir)
        except Exception as exc:  # a check must never hide the others
            name = check.__name__.removeprefix("check_")
            outcome = CheckResult(name, False, f"check crashed: {exc!r}", "report this bug")
        results.extend(outcome if isinstance(outcome, list) else [outcome])
    return results


def run_checks(data_dir: Path, as_json: bool = False) -> int:
    """Print one line per check (or one JSON object); exit 0 only when every check passes.

    Args:
        data_dir: The kiosk's data folder.
        as_json: Print ``{"passed", "failed", "checks": [{"name", "ok", "warning", "detail",
            "fix"}]}`` for installers and scripts (the Debian package's postinst).
    """
    results = collect(data_dir)
    if as_json:
        import json

        failed = sum(not r.ok for r in results)
        checks = [
            {"name": r.name, "ok": r.ok, "warning": r.warning, "detail": r.detail, "fix": r.fix}
            for r in results
        ]
        report = {"passed": len(results) - failed, "failed": failed, "checks": checks}
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0 if failed == 0 else 1
    width = max(len(r.name) for r in results)
    for r in results:
        mark = "FAIL" if not r.ok else "warn" if r.warning else "ok  "
        line = f"{mark} {r.name:<{width}}  {r.detail}"
        if not r.ok and r.fix:
            line += f"\n     {'':<{width}}  fix: {r.fix}"
        print(line)
    failed = sum(not r.ok for r in results)
    warned = sum(r.ok and r.warning for r in results)
    warnings = f", {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    print(f"{len(results) - failed} passed, {failed} failed{warnings}")
    return 0 if failed == 0 else 1
