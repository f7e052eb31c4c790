"""The lobby's sounds: the shipped chime, and real espeak-ng WAVs of each language's call."""

from __future__ import annotations

import ctypes.util
import importlib.util
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.paths import assets_dir, locales_dir
from kiosk.queue.announcement import CHIME_FILE, CallAnnouncement, announcement_sentences
from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser
from kiosk.speech.voice_check import language_switches, read_phonemes

ROOT = Path(__file__).resolve().parents[3]
needs_espeak = pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None or shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)


def samples(path: Path) -> tuple[wave._wave_params, np.ndarray]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        data = np.frombuffer(wav.readframes(params.nframes), dtype="<i2").astype(np.float64)
    return params, data


def dbfs(value: float) -> float:
    return 20 * np.log10(max(value, 1e-9) / 32767)


def dominant_hz(data: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(data * np.hanning(len(data))))
    return float(np.fft.rfftfreq(len(data), 1 / rate)[int(np.argmax(spectrum))])


def test_the_chime_is_short_soft_edged_and_not_too_loud() -> None:
    params, data = samples(assets_dir() / CHIME_FILE)
    # The format of espeak-ng's WAVs: the same output settings play both.
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    seconds = params.nframes / params.framerate
    assert 1.0 <= seconds <= 2.0  # an attention signal, not a tune to wait through
    peak = dbfs(np.abs(data).max())
    assert -6.0 <= peak <= -1.0  # clearly heard, never clipped
    assert -20.0 <= dbfs(np.sqrt(np.mean(data**2))) <= -10.0  # about as loud as speech
    # Starts and ends on silence: no click when the stream opens or closes.
    assert np.abs(data[:5]).max() < 500 and np.abs(data[-50:]).max() < 100


def test_the_chime_has_two_falling_tones_below_a_kilohertz() -> None:
    params, data = samples(assets_dir() / CHIME_FILE)
    rate = params.framerate
    first = dominant_hz(data[int(0.05 * rate) : int(0.5 * rate)], rate)
    second = dominant_hz(data[int(0.75 * rate) : int(1.2 * rate)], rate)
    assert first == pytest.approx(659.25, abs=5)  # E5
    assert second == pytest.approx(523.25, abs=5)  # C5: "ding-dong", falling
    assert second < first < 1000  # where age-related hearing loss takes least


def test_the_shipped_chime_is_what_the_tool_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_chime", ROOT / "packaging" / "tools" / "make_chime.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    _, shipped = samples(assets_dir() / CHIME_FILE)
    assert np.array_equal(tool.chime_samples().astype(np.float64), shipped)


CALLS = {
    "recall": CallAnnouncement(
        "A012", {"en": "counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"}, recall=True,
        locales=("en", "zh_CN", "ko"),
    ),
    "first": CallAnnouncement(
        "A012", {"en": "counter 3", "zh_CN": "3号窗口", "ko": "3번 창구"},
        locales=("en", "zh_CN", "ko"),
    ),
}  # fmt: skip
# What each voice says for "A012" read character by character (espeak-ng IPA):
# not "twelve", "零十二" (s.i.ɜ) or "영십이" (sˈipˈi), as espeak-ng reads a bare "A012".
DIGITS_SAID = {"en": "zˈiəɹoʊ", "zh_CN": "lˈiɜŋ jˈi5 ˈər5", "ko": "ɡˈoŋiɾˌi"}
NOT_SAID = {"en": "twˈɛlv", "zh_CN": "s.i.ɜ", "ko": "sˈipˈi"}


@needs_espeak
@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_each_languages_call_is_a_real_wav_of_its_own_language(tmp_path: Path, locale: str) -> None:
    catalogs = load_catalogs(locales_dir())
    synth = Pyttsx3Synthesiser(work_dir=tmp_path)
    voice = synth.voice_for(locale)
    first = announcement_sentences(CALLS["first"], catalogs)[locale]
    recall = announcement_sentences(CALLS["recall"], catalogs)[locale]

    # Said in the locale's own language: no switch to English in the phonemes
    # (Debian's cmn voice would read the Chinese sentence as English).
    ipa = read_phonemes(voice.id, first)
    assert language_switches(ipa) == [], ipa
    assert DIGITS_SAID[locale] in ipa and NOT_SAID[locale] not in ipa

    params, said = samples(synth.synthesise(first, locale, 150, 0.9))
    seconds = params.nframes / params.framerate
    assert 2.0 < seconds < 8.0  # a call, said at the kiosk's calm rate
    assert dbfs(np.sqrt(np.mean(said**2))) > -30  # speech, not silence
    _, again = samples(synth.synthesise(recall, locale, 150, 0.9))
    assert len(again) > len(said) * 1.15  # "calling again" adds words, so time
