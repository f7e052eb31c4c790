"""The prompt cache: hits skip synthesis, keys separate what differs, size stays bounded."""

from __future__ import annotations

import ctypes.util
import os
import time
import wave
from pathlib import Path

import pytest

from kiosk.speech.prompt_cache import CACHE_SUBDIR, CachingSynthesiser, PromptCache
from kiosk.speech.speaker import Synthesiser


def write_wav(path: Path, seconds: float, rate: int = 22050) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\x10\x00" * int(seconds * rate))
    return path


class CountingSynthesiser:
    """Writes a WAV per call into ``work_dir`` and counts the calls."""

    def __init__(self, work_dir: Path) -> None:
        self.work_dir = work_dir
        self.calls: list[tuple[str, str, int, float]] = []

    def check(self) -> str:
        return "fake"

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        self.calls.append((text, locale, rate, volume))
        return write_wav(self.work_dir / f"{len(self.calls)}.wav", 0.1 * len(text))


@pytest.fixture
def cache(data_dir: Path) -> PromptCache:
    return PromptCache.in_data_dir(data_dir, cache_mb=1)


def test_cache_lives_in_the_data_dir(cache: PromptCache, data_dir: Path) -> None:
    assert cache.directory == data_dir / CACHE_SUBDIR == data_dir / "cache" / "speech"
    assert cache.max_bytes == 1024 * 1024


def test_a_cache_hit_returns_the_same_file_without_synthesising(cache: PromptCache) -> None:
    inner = CountingSynthesiser(cache.tmp_dir)
    synth = CachingSynthesiser(inner, cache)
    assert isinstance(synth, Synthesiser)

    first = synth.synthesise("Welcome", "en", 150, 0.9)
    again = synth.synthesise("Welcome", "en", 150, 0.9)

    assert first == again and first.parent == cache.directory
    assert len(inner.calls) == 1 and (synth.hits, synth.misses) == (1, 1)
    assert not list(cache.tmp_dir.glob("*.wav"))  # moved, not copied


@pytest.mark.parametrize(
    "other",
    [
        ("Welcome!", "en", 150, 0.9),
        ("Welcome", "ko", 150, 0.9),
        ("Welcome", "en", 130, 0.9),
        ("Welcome", "en", 150, 0.5),
    ],
)
def test_locale_rate_volume_and_text_each_make_a_new_entry(
    cache: PromptCache, other: tuple[str, str, int, float]
) -> None:
    inner = CountingSynthesiser(cache.tmp_dir)
    synth = CachingSynthesiser(inner, cache)
    synth.synthesise("Welcome", "en", 150, 0.9)
    assert synth.synthesise(*other) != cache.path_for("Welcome", "en", 150, 0.9)
    assert len(inner.calls) == 2


def test_least_recently_used_prompts_are_evicted_first(data_dir: Path) -> None:
    # Each 1 s prompt is ~44 kB; room for three.
    cache = PromptCache(data_dir / "c", max_bytes=140_000)
    inner = CountingSynthesiser(cache.tmp_dir)
    synth = CachingSynthesiser(inner, cache)
    paths = {}
    for text in ("0123456789", "abcdefghij", "ABCDEFGHIJ"):
        paths[text] = synth.synthesise(text, "en", 150, 0.9)
        time.sleep(0.01)  # distinct mtimes even on coarse clocks
    synth.synthesise("0123456789", "en", 150, 0.9)  # used again: now the newest
    time.sleep(0.01)
    synth.synthesise("KLMNOPQRST", "en", 150, 0.9)

    assert not paths["abcdefghij"].exists()  # the least recently used one went
    assert paths["0123456789"].exists() and paths["ABCDEFGHIJ"].exists()
    assert cache.size_bytes() <= cache.max_bytes


def test_a_prompt_larger_than_the_cache_is_still_kept_to_be_played(data_dir: Path) -> None:
    cache = PromptCache(data_dir / "c", max_bytes=1000)
    synth = CachingSynthesiser(CountingSynthesiser(cache.tmp_dir), cache)
    path = synth.synthesise("A long prompt", "en", 150, 0.9)
    assert path.exists()
    synth.synthesise("Another", "en", 150, 0.9)
    assert not path.exists()


def test_stale_temp_files_are_swept_but_fresh_ones_kept(cache: PromptCache) -> None:
    stale = write_wav(cache.tmp_dir / "stale.wav", 0.1)
    fresh = write_wav(cache.tmp_dir / "fresh.wav", 0.1)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    CachingSynthesiser(CountingSynthesiser(cache.tmp_dir), cache)
    assert not stale.exists() and fresh.exists()


@pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)
def test_real_voice_through_the_cache_is_instant_the_second_time(cache: PromptCache) -> None:
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    synth = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    began = time.perf_counter()
    first = synth.synthesise("请稍候，工作人员马上就到。", "zh_CN", 150, 0.9)
    uncached = time.perf_counter() - began
    began = time.perf_counter()
    second = synth.synthesise("请稍候，工作人员马上就到。", "zh_CN", 150, 0.9)
    cached = time.perf_counter() - began
    assert first == second and synth.misses == 1 and synth.hits == 1
    assert cached < uncached
    with wave.open(str(second), "rb") as wav:
        assert wav.getnframes() / wav.getframerate() > 0.5


def test_a_prompt_made_by_another_voice_is_not_played_again(cache: PromptCache) -> None:
    """Cached 您好 said by the old "latin as English" voice must not outlive the fix."""
    from types import SimpleNamespace

    inner = CountingSynthesiser(cache.tmp_dir)
    voice = {"zh_CN": "sit/cmn"}
    inner.voice_for = lambda locale: SimpleNamespace(id=voice[locale])  # type: ignore[attr-defined]
    synth = CachingSynthesiser(inner, cache)
    old = synth.synthesise("您好", "zh_CN", 150, 0.9)
    voice["zh_CN"] = "sit/cmn-latn-pinyin"
    new = synth.synthesise("您好", "zh_CN", 150, 0.9)
    assert new != old and len(inner.calls) == 2
    assert synth.synthesise("您好", "zh_CN", 150, 0.9) == new and len(inner.calls) == 2


def test_with_private_audio_nothing_said_is_kept(cache: PromptCache) -> None:
    """speech.private_audio reads names back in full: no WAV of them may stay on disk."""
    inner = CountingSynthesiser(cache.tmp_dir)
    synth = CachingSynthesiser(inner, cache, keep=False)
    first = synth.synthesise("Welcome, Mrs Wang", "en", 150, 0.9)
    assert synth.synthesise("Welcome, Mrs Wang", "en", 150, 0.9) != first  # not reused
    assert cache.files() == []  # nothing in the cache folder
    old = time.time() - 3600
    os.utime(first, (old, old))  # played long ago
    synth.synthesise("Your phone number: 138 1234 5678", "en", 150, 0.9)
    assert not first.exists()
