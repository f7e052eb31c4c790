"""`kiosk check`: per locale, a voice that really speaks the language (real espeak-ng)."""

from __future__ import annotations

import ctypes.util
import shutil
from pathlib import Path

import pytest

from kiosk import diagnostics
from kiosk.speech import tts_pyttsx3

pytestmark = pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None or shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)


def test_every_locale_has_a_voice_that_speaks_it(tmp_path: Path) -> None:
    results = {r.name: r for r in diagnostics.check_voice(tmp_path)}
    assert list(results) == ["voice en", "voice zh_CN", "voice ko"]
    assert all(r.ok for r in results.values()), results
    assert "cmn-latn-pinyin speaks Mandarin" in results["voice zh_CN"].detail


def test_a_machine_with_only_the_english_latin_mandarin_voice_fails_zh_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a kiosk whose espeak-ng data lacks cmn-latn-pinyin: only `cmn` is there."""
    real = tts_pyttsx3.candidate_voices

    def without_pinyin(voices: object, locale: str) -> list:
        return [c for c in real(voices, locale) if "pinyin" not in str(c[0].id)]

    monkeypatch.setattr(tts_pyttsx3, "candidate_voices", without_pinyin)
    # A new wish list, so the voice is chosen afresh (the choice is kept per list).
    monkeypatch.setitem(tts_pyttsx3.VOICE_LANGUAGES, "zh_CN", ("cmn", "zh-cmn"))
    results = {r.name: r for r in diagnostics.check_voice(tmp_path)}
    zh = results["voice zh_CN"]
    assert not zh.ok
    assert "reads Mandarin Chinese as another language (switches to en" in zh.detail
    assert "cmn-latn-pinyin" in zh.fix and "apt-get install" in zh.fix
    assert results["voice en"].ok and results["voice ko"].ok


def test_a_locale_with_no_voice_at_all_fails_alone_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(tts_pyttsx3.VOICE_LANGUAGES, "ko", ("xx-none",))
    monkeypatch.setattr(diagnostics, "CHECKS", [diagnostics.check_voice])
    assert diagnostics.run_checks(tmp_path) == 1
    printed = capsys.readouterr().out
    assert "FAIL voice ko" in printed and "no voice for ko" in printed
    assert "fix: apt-get install espeak-ng-data" in printed
    assert "ok   voice en" in printed and "ok   voice zh_CN" in printed
