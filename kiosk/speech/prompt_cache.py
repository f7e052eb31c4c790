"""Synthesised prompts kept on disk, so common ones play at once.

Files live in ``<data_dir>/cache/speech/``, one WAV per (locale, voice, rate,
volume, text hash): a prompt made by another voice (say, before a better one
was installed or chosen) is never played again. The folder is bounded
(``speech.cache_mb``): when it grows past the limit the least recently used
files go first. "Used" is the file's mtime, touched on every hit, so the
cache needs no index that could get out of step with the files (a crash
leaves at worst a stray temp file, swept later).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path

from kiosk.speech.speaker import Synthesiser

log = logging.getLogger(__name__)

CACHE_SUBDIR = Path("cache") / "speech"
TMP_SUBDIR = "tmp"
# Temp files older than this are leftovers of a crash, not a synthesis in progress
# (another process, e.g. `kiosk say`, may be writing one right now).
STALE_TMP_SECONDS = 600


class PromptCache:
    """A size-bounded folder of WAV files keyed by what was said and how.

    Args:
        directory: The cache folder (created when needed).
        max_bytes: Evict least recently used files beyond this total size.
        tag: Distinguishes voices/engines sharing a folder (part of each key).
    """

    def __init__(self, directory: Path, max_bytes: int, tag: str = "pyttsx3") -> None:
        self.directory = Path(directory)
        self.max_bytes = max(0, int(max_bytes))
        self.tag = tag

    @classmethod
    def in_data_dir(cls, data_dir: Path, cache_mb: int, tag: str = "pyttsx3") -> PromptCache:
        """The cache at ``<data_dir>/cache/speech/`` holding at most ``cache_mb`` MB."""
        return cls(Path(data_dir) / CACHE_SUBDIR, cache_mb * 1024 * 1024, tag)

    @property
    def tmp_dir(self) -> Path:
        """Where a synthesiser should write new files (same disk: moves are atomic)."""
        return self.directory / TMP_SUBDIR

    def path_for(self, text: str, locale: str, rate: int, volume: float, voice: str = "") -> Path:
        """The file a prompt is (or would be) cached in, said by ``voice``."""
        level = round(volume * 100)
        digest = hashlib.sha256(
            f"{self.tag}\0{voice}\0{locale}\0{rate}\0{level}\0{text}".encode()
        ).hexdigest()
        return self.directory / f"{locale}-{rate}-{level}-{digest[:40]}.wav"

    def get(self, text: str, locale: str, rate: int, volume: float, voice: str = "") -> Path | None:
        """The cached WAV, marked as just used; None when it is not cached."""
        path = self.path_for(text, locale, rate, volume, voice)
        try:
            os.utime(path)
        except OSError:  # missing (or evicted by another process a moment ago)
            return None
        return path

    def put(
        self, text: str, locale: str, rate: int, volume: float, wav: Path, voice: str = ""
    ) -> Path:
        """Move a freshly synthesised ``wav`` into the cache and return its new path."""
        path = self.path_for(text, locale, rate, volume, voice)
        self.directory.mkdir(parents=True, exist_ok=True)
        os.replace(wav, path)
        os.utime(path)
        self.evict(keep=path)
        return path

    def files(self) -> list[Path]:
        """Cached WAVs, least recently used first."""
        if not self.directory.is_dir():
            return []
        entries = []
        for path in self.directory.glob("*.wav"):
            try:
                entries.append((path.stat().st_mtime_ns, path))
            except OSError:
                continue
        return [path for _, path in sorted(entries)]

    def size_bytes(self) -> int:
        """Total size of the cached WAVs."""
        total = 0
        for path in self.files():
            try:
                total += path.stat().st_size
            except OSError:
                continue
        return total

    def evict(self, keep: Path | None = None) -> int:
        """Delete least recently used files until the cache fits; return how many went.

        ``keep`` (the file about to be played) is never deleted, even when it
        alone is larger than the limit.
        """
        sized = []
        for path in self.files():
            try:
                sized.append((path, path.stat().st_size))
            except OSError:
                continue
        total = sum(size for _, size in sized)
        removed = 0
        for path, size in sized:
            if total <= self.max_bytes:
                break
            if keep is not None and path == keep:
                continue
            try:
                path.unlink()
            except OSError as exc:
                log.warning("cannot evict %s from the speech cache: %s", path, exc)
                continue
            total -= size
            removed += 1
        return removed

    def sweep_tmp(self, older_than_s: float = STALE_TMP_SECONDS) -> int:
        """Delete temp WAVs a crash left behind; return how many."""
        if not self.tmp_dir.is_dir():
            return 0
        cutoff = time.time() - older_than_s
        removed = 0
        for path in self.tmp_dir.glob("*.wav"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def clear(self) -> None:
        """Delete every cached prompt."""
        for path in self.files():
            path.unlink(missing_ok=True)


class CachingSynthesiser:
    """A :class:`Synthesiser` that answers repeated prompts from a :class:`PromptCache`.

    Args:
        inner: The real synthesiser; it should write into ``cache.tmp_dir``.
        cache: Where finished WAVs are kept.
        keep: False when what is said may be personal (``speech.private_audio``:
            names and phone numbers are read back in full): nothing is kept
            or reused, and each utterance's temporary WAV is swept away once
            it is old enough to have been played.
    """

    def __init__(self, inner: Synthesiser, cache: PromptCache, keep: bool = True) -> None:
        self.inner = inner
        self.cache = cache
        self.keep = keep
        self.hits = 0
        self.misses = 0
        cache.sweep_tmp()

    def check(self) -> str:
        return self.inner.check()

    def _voice(self, locale: str) -> str:
        """The id of the voice the inner synthesiser uses for ``locale`` ("" if it has none)."""
        voice_for = getattr(self.inner, "voice_for", None)
        return str(voice_for(locale).id) if callable(voice_for) else ""

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        """The cached WAV if there is one, else a new one (then cached)."""
        if not self.keep:
            self.cache.sweep_tmp()  # earlier utterances, long since played
            self.misses += 1
            return self.inner.synthesise(text, locale, rate, volume)
        voice = self._voice(locale)
        cached = self.cache.get(text, locale, rate, volume, voice)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        fresh = self.inner.synthesise(text, locale, rate, volume)
        return self.cache.put(text, locale, rate, volume, fresh, voice)
