"""Real espeak-ng through pyttsx3: WAVs for every locale, voices by language, recovery."""

from __future__ import annotations

import ctypes.util
import shutil
import threading
import time
import wave
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from kiosk.speech import tts_pyttsx3
from kiosk.speech.speaker import (
    LocaleVoiceMissing,
    SynthesisFailed,
    VoiceUnavailable,
    wait_for_complete_wav,
    wav_is_complete,
)
from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser, choose_voice, engines_created

HAS_ESPEAK = ctypes.util.find_library("espeak-ng") is not None
needs_espeak = pytest.mark.skipif(
    not HAS_ESPEAK, reason="espeak-ng is not installed (apt-get install espeak-ng)"
)

SHORT = {"en": "Hello.", "zh_CN": "您好。", "ko": "안녕하세요."}
LONG = {
    "en": "Hello, welcome to the bank. Please touch the screen to take a number.",
    "zh_CN": "您好，欢迎光临本行。请触摸屏幕取号，工作人员会尽快为您服务。",
    "ko": "안녕하세요, 은행에 오신 것을 환영합니다. 화면을 눌러 번호표를 뽑으세요.",
}


def read(path: Path) -> tuple[wave._wave_params, np.ndarray]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        samples = np.frombuffer(wav.readframes(params.nframes), dtype="<i2")
    return params, samples


def seconds(path: Path) -> float:
    params, _ = read(path)
    return params.nframes / params.framerate


def rms(path: Path) -> float:
    _, samples = read(path)
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


@pytest.fixture
def synth(tmp_path: Path) -> Pyttsx3Synthesiser:
    return Pyttsx3Synthesiser(work_dir=tmp_path / "tts")


@needs_espeak
@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_each_locale_gives_a_real_spoken_wav(synth: Pyttsx3Synthesiser, locale: str) -> None:
    short = synth.synthesise(SHORT[locale], locale, 150, 0.9)
    long = synth.synthesise(LONG[locale], locale, 150, 0.9)

    head = short.read_bytes()[:12]
    assert head[:4] == b"RIFF" and head[8:12] == b"WAVE"
    assert wav_is_complete(short) and wav_is_complete(long)
    params, _ = read(long)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    assert 0.5 < seconds(short) < 5
    assert seconds(long) > 2 * seconds(short)  # duration follows the text
    assert seconds(long) < 30
    assert rms(short) > 300 and rms(long) > 300  # speech, not silence


@needs_espeak
def test_voices_are_chosen_by_the_locales_own_language(synth: Pyttsx3Synthesiser) -> None:
    assert any(lang.startswith(("cmn", "zh")) for lang in synth.voice_for("zh_CN").languages)
    assert "ko" in synth.voice_for("ko").languages
    assert any(lang.startswith("en") for lang in synth.voice_for("en").languages)
    assert "en:" in synth.check() and "ko: Korean" in synth.check()


@needs_espeak
def test_chinese_text_is_read_by_the_chinese_voice_not_the_english_one(
    synth: Pyttsx3Synthesiser,
) -> None:
    as_chinese = synth.synthesise("您好，欢迎光临", "zh_CN", 150, 0.9)
    as_english = synth.synthesise("您好，欢迎光临", "en", 150, 0.9)
    _, zh = read(as_chinese)
    _, en = read(as_english)
    assert zh.shape != en.shape or not np.array_equal(zh, en)


@needs_espeak
@pytest.mark.parametrize("locale", ["en", "ko"])
def test_slower_rate_takes_longer(synth: Pyttsx3Synthesiser, locale: str) -> None:
    slow = seconds(synth.synthesise(LONG[locale], locale, 90, 0.9))
    fast = seconds(synth.synthesise(LONG[locale], locale, 200, 0.9))
    assert slow > 1.4 * fast


@needs_espeak
def test_volume_changes_loudness(synth: Pyttsx3Synthesiser) -> None:
    quiet = rms(synth.synthesise(LONG["en"], "en", 150, 0.3))
    loud = rms(synth.synthesise(LONG["en"], "en", 150, 0.9))
    assert quiet < 0.6 * loud


@needs_espeak
def test_an_engine_exception_rebuilds_the_engine(
    synth: Pyttsx3Synthesiser, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyttsx3.engine

    synth.synthesise("warm up", "en", 150, 0.9)
    before = engines_created()
    real = pyttsx3.engine.Engine.runAndWait
    failures = iter([True])

    def flaky(self: object) -> None:
        if next(failures, False):
            raise RuntimeError("run loop already started")
        real(self)

    monkeypatch.setattr(pyttsx3.engine.Engine, "runAndWait", flaky)
    wav = synth.synthesise("Still speaking after a failure.", "en", 150, 0.9)
    assert engines_created() == before + 1
    assert seconds(wav) > 0.5 and rms(wav) > 300


@needs_espeak
def test_two_failures_in_a_row_fail_one_utterance_only(
    synth: Pyttsx3Synthesiser, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyttsx3.engine

    real = pyttsx3.engine.Engine.runAndWait
    failures = iter([True, True])

    def broken(self: object) -> None:
        if next(failures, False):
            raise RuntimeError("wedged")
        real(self)

    monkeypatch.setattr(pyttsx3.engine.Engine, "runAndWait", broken)
    with pytest.raises(SynthesisFailed, match="wedged"):
        synth.synthesise("This one fails.", "en", 150, 0.9)
    assert not list((synth.work_dir).glob("*.wav"))  # no half-written file left
    assert seconds(synth.synthesise("This one works.", "en", 150, 0.9)) > 0.5


@needs_espeak
def test_synthesis_runs_on_one_engine_thread_for_every_caller(tmp_path: Path) -> None:
    results: list[Path] = []
    errors: list[Exception] = []

    def speak(n: int) -> None:
        try:
            synth = Pyttsx3Synthesiser(work_dir=tmp_path / f"t{n}")
            results.append(synth.synthesise(f"Number {n}.", "en", 150, 0.9))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=speak, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert len(results) == 4 and all(wav_is_complete(p) for p in results)
    names = {t.name for t in threading.enumerate()}
    assert sum(name == "tts-engine" for name in names) == 1


def test_bad_requests_are_refused_before_reaching_the_engine(tmp_path: Path) -> None:
    synth = Pyttsx3Synthesiser(work_dir=tmp_path)
    with pytest.raises(ValueError, match="empty"):
        synth.synthesise("   ", "en", 150, 0.9)
    with pytest.raises(ValueError, match="unknown locale"):
        synth.synthesise("Bonjour", "fr", 150, 0.9)


def _speaks_all(_voice: str, _text: str) -> str:
    return "nˈiɜn təɜ"  # phonemes with no language switch


def test_voice_choice_uses_languages_not_ids() -> None:
    voices = [
        SimpleNamespace(id="x1", name="Pinyin", languages=["cmn-latn-pinyin"]),
        SimpleNamespace(id="x2", name="Cantonese", languages=["yue"]),
        SimpleNamespace(id="x3", name="Mandarin", languages=[b"cmn"]),
        SimpleNamespace(id="x4", name="Korean", languages=["ko"]),
        SimpleNamespace(id="x5", name="British", languages=["en_GB"]),
    ]
    assert choose_voice(voices, "zh_CN", _speaks_all).name == "Pinyin"
    assert choose_voice(voices, "ko", _speaks_all).id == "x4"
    assert choose_voice(voices, "en", _speaks_all).name == "British"
    assert choose_voice(voices[1:3], "zh_CN", _speaks_all).name == "Mandarin"
    with pytest.raises(LocaleVoiceMissing, match="no voice for ko"):
        choose_voice(voices[:2], "ko", _speaks_all)


def test_a_voice_that_switches_to_english_is_passed_over() -> None:
    """Chosen by what it says: cmn declares Mandarin but reads it as English."""
    voices = [
        SimpleNamespace(id="sit/cmn", name="latin as English", languages=["cmn"]),
        SimpleNamespace(id="sit/cmn-latn-pinyin", name="latin as Pinyin", languages=["zh-cmn"]),
    ]
    said = {"sit/cmn": "(en)nɪ5ntˈuː5(cmn)", "sit/cmn-latn-pinyin": "nˈiɜn təɜ χˈɑu5"}
    asked: list[str] = []

    def read(voice: str, text: str) -> str:
        asked.append(text)
        return said[voice]

    chosen = choose_voice(voices, "zh_CN", read)
    assert chosen.id == "sit/cmn-latn-pinyin" and chosen.verified
    assert all("号码" in text for text in asked)  # a Chinese sentence, not a name
    with pytest.raises(LocaleVoiceMissing, match=r"switches to en.*cmn-latn-pinyin"):
        choose_voice(voices[:1], "zh_CN", read)


def test_without_the_espeak_program_the_voice_is_unverified() -> None:
    from kiosk.speech.voice_check import PhonemesUnavailable

    def missing(_voice: str, _text: str) -> str:
        raise PhonemesUnavailable("the espeak-ng program is not installed")

    voices = [SimpleNamespace(id="ko", name="Korean", languages=["ko"])]
    chosen = choose_voice(voices, "ko", missing)
    assert chosen.id == "ko" and not chosen.verified
    assert "not installed" in chosen.verdict


@needs_espeak
def test_a_locale_without_a_voice_leaves_the_others_speaking(
    synth: Pyttsx3Synthesiser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not VoiceUnavailable (which silences the kiosk): English and Korean go on."""
    monkeypatch.setitem(tts_pyttsx3.VOICE_LANGUAGES, "zh_CN", ("xx-none",))
    line = synth.check()
    assert "zh_CN: none" in line and "ko: Korean" in line
    with pytest.raises(LocaleVoiceMissing, match="no voice for zh_CN"):
        synth.synthesise("您好", "zh_CN", 150, 0.9)
    assert seconds(synth.synthesise("Still here.", "en", 150, 0.9)) > 0.3


needs_espeak_program = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="the espeak-ng program is not installed"
)


@needs_espeak
@needs_espeak_program
@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_the_chosen_voice_speaks_the_locale_without_a_language_switch(
    synth: Pyttsx3Synthesiser, locale: str
) -> None:
    from kiosk.speech.voice_check import language_switches, read_phonemes

    voice = synth.voice_for(locale)
    assert voice.verified
    ipa = read_phonemes(voice.id, LONG[locale])
    assert ipa and language_switches(ipa) == []


@needs_espeak
@needs_espeak_program
def test_chinese_is_never_spoken_through_an_english_latin_voice(
    synth: Pyttsx3Synthesiser,
) -> None:
    """The Debian trap: espeak-ng's cmn voice says 您的号码是 with English phonemes."""
    from kiosk.speech.voice_check import language_switches, read_phonemes

    assert "en" in language_switches(read_phonemes("cmn", "您的号码是"))  # the trap is real
    voice = synth.voice_for("zh_CN")
    assert "latin as English" not in voice.name
    assert language_switches(read_phonemes(voice.id, "您的号码是A零一二号")) == []
    # And the WAV is Mandarin-length, not English spelling of pinyin (about 2.4x longer).
    mandarin = seconds(synth.synthesise("您的号码是", "zh_CN", 150, 0.9))
    assert mandarin < 2.5


def test_missing_espeak_is_reported_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_engine() -> None:
        raise VoiceUnavailable(tts_pyttsx3.ESPEAK_MISSING)

    holder = tts_pyttsx3._EngineHolder()
    monkeypatch.setattr(tts_pyttsx3, "_new_engine", no_engine)
    with pytest.raises(VoiceUnavailable, match="apt-get install espeak-ng"):
        tts_pyttsx3._synthesise(holder, "Hello", "en", 150, 0.9, tmp_path / "x.wav")


def test_waits_for_a_wav_that_is_still_being_written(tmp_path: Path) -> None:
    path = tmp_path / "late.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x01\x00" * 22050)
    whole = path.read_bytes()
    path.write_bytes(whole[:1000])  # header promises more than is there yet
    assert not wav_is_complete(path)

    def finish() -> None:
        time.sleep(0.05)
        path.write_bytes(whole)

    writer = threading.Thread(target=finish)
    writer.start()
    began = time.monotonic()
    wait_for_complete_wav(path, timeout_s=2)
    writer.join()
    assert time.monotonic() - began >= 0.04
    with pytest.raises(SynthesisFailed, match="did not finish"):
        wait_for_complete_wav(tmp_path / "never.wav", timeout_s=0.05)
