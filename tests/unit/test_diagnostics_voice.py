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


def test_the_check_lines_name_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(tts_pyttsx3.VOICE_LANGUAGES, "ko", ("xx-none",))
    results = [r for r in diagnostics.collect(tmp_path) if r.name.startswith("voice")]
    ko = next(r for r in results if r.name == "voice ko")
    assert not ko.ok and "no voice for ko" in ko.detail and ko.fix
