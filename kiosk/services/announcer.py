"""The lobby's voice: a chime, then the call in each language, one call after another.

The order of things is decided by :class:`kiosk.queue.announcement.AnnouncementQueue`
(pure); this module plays it. Sentences are synthesised on a worker thread as
soon as a call arrives, so they are usually ready before its chime ends, and
kept per (locale, sentence) in memory and, through
:class:`kiosk.speech.prompt_cache.CachingSynthesiser`, on disk in
``<data dir>/cache/lobby/``: a number heard before is said without
synthesising it again, also after a restart.

Nothing is ever cut off: the next sound is played only once the output says
the last one has ended (polled on a short timer; the GUI thread never waits).
Without an audio device the announcer says nothing and reports at once that
each call is done; the lobby display still shows and flashes it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.content.catalog import Catalog
from kiosk.queue.announcement import (
    CACHE_SUBDIR,
    CHIME,
    CHIME_FILE,
    AnnouncementQueue,
    AnnouncementSettings,
    BadAnnouncement,
    CallAnnouncement,
    Clip,
    announcement_sentences,
    plan_clips,
)
from kiosk.speech.speaker import AudioOutput, SpeechError, Synthesiser, VoiceUnavailable

log = logging.getLogger(__name__)

SentenceKey = tuple[str, str]  # (locale, sentence)


class _Worker(QObject):
    """Lives on the worker thread: synthesises sentences in the order asked, one at a time."""

    did_synthesise = Signal(str, str, object)  # locale, sentence, Path
    did_fail = Signal(str, str, str, bool)  # locale, sentence, reason, voice gone for good

    def __init__(self, synthesiser: Synthesiser) -> None:
        super().__init__()
        self._synthesiser = synthesiser

    @Slot()
    def warm_up(self) -> None:
        # Starts the engine and picks each locale's voice (an espeak-ng phoneme
        # check per voice) before the first call, not during it.
        try:
            log.info("lobby voice ready: %s", self._synthesiser.check())
        except Exception as exc:  # reported again, per sentence, when a call needs it
            log.warning("lobby voice check failed: %s", exc)

    @Slot(str, str, int, float)
    def synthesise(self, locale: str, text: str, rate: int, volume: float) -> None:
        try:
            path = self._synthesiser.synthesise(text, locale, rate, volume)
        except VoiceUnavailable as exc:
            self.did_fail.emit(locale, text, exc.reason, True)
        except (SpeechError, ValueError) as exc:
            self.did_fail.emit(locale, text, str(exc), False)
        except Exception as exc:  # a bug must not kill the worker thread
            log.exception("lobby synthesis failed")
            self.did_fail.emit(locale, text, f"speech failed: {exc}", False)
        else:
            self.did_synthesise.emit(locale, text, path)


class Announcer(QObject):
    """Announces calls in the lobby: chime, then speech, in order, never cut off.

    Every method returns at once; synthesis runs on a worker thread.

    Args:
        synthesiser: Makes WAVs (a :class:`CachingSynthesiser` keeps them on disk);
            called only on the worker thread.
        output: Plays the chime and the sentences; called only on this thread.
        catalogs: Locale → words (``[lobby.announce]`` and ``[read_aloud]``).
        chime: The chime WAV; None (or a missing file) announces without one.
        settings: Speech on or off, repeats, rate and volume.
        poll_ms: How often to look whether the sound playing has ended.
        parent: Qt parent.

    Signals:
        chime_did_start(str): the chime for this number is playing.
        announcement_did_start(str, str): a sentence for this number is being
            said, in this locale (once per sentence, so once per repeat).
        announcement_did_finish(str): every sound of this call has ended (sent
            at once when nothing can be heard: no audio device).
        voice_did_fail(str): a sentence could not be synthesised; the reason.
    """

    chime_did_start = Signal(str)
    announcement_did_start = Signal(str, str)
    announcement_did_finish = Signal(str)
    voice_did_fail = Signal(str)
    _submit = Signal(str, str, int, float)

    def __init__(
        self,
        synthesiser: Synthesiser,
        output: AudioOutput,
        catalogs: Mapping[str, Catalog],
        chime: Path | None,
        settings: AnnouncementSettings | None = None,
        poll_ms: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or AnnouncementSettings()
        self._output = output
        self._catalogs = catalogs
        self._chime = chime if chime is not None and Path(chime).is_file() else None
        if chime is not None and self._chime is None:
            log.warning("no lobby chime at %s: calls start with the voice", chime)
        self._voice_reason = ""
        self._queue = AnnouncementQueue(self._plan)
        self._wavs: dict[SentenceKey, Path] = {}  # the in-memory cache
        self._asked: set[SentenceKey] = set()
        self._failed: dict[SentenceKey, str] = {}
        self._clip: Clip | None = None  # playing, or waiting for its WAV
        self._playing = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

        self._thread = QThread()
        self._thread.setObjectName("lobby-voice")
        self._worker = _Worker(synthesiser)
        self._worker.moveToThread(self._thread)
        if self.speaks:
            self._thread.started.connect(self._worker.warm_up)
        self._submit.connect(self._worker.synthesise)
        self._worker.did_synthesise.connect(self._on_synthesised)
        self._worker.did_fail.connect(self._on_failed)
        self._thread.start()

    # -- state ---------------------------------------------------------------

    @property
    def audible(self) -> bool:
        """False when nothing can be heard (no audio device): calls are shown only."""
        return self._output.available

    @property
    def unavailable_reason(self) -> str:
        """Why nothing is heard ("no audio output device"); empty when it is."""
        return "" if self._output.available else self._output.reason

    @property
    def speaks(self) -> bool:
        """True when calls are said aloud, not only chimed (speech on, a device, a voice)."""
        return self.settings.speak and self.audible and not self._voice_reason

    @property
    def busy(self) -> bool:
        """True while a call is being announced or waits for its turn."""
        return self._queue.busy

    @property
    def pending(self) -> tuple[CallAnnouncement, ...]:
        """Calls waiting for their turn, first first."""
        return self._queue.pending

    # -- commands ------------------------------------------------------------

    def announce(self, call: CallAnnouncement) -> None:
        """Line up ``call``: it is announced after every call before it has ended.

        Raises:
            BadAnnouncement: The call names a locale whose words are not loaded.
        """
        if not isinstance(call, CallAnnouncement):
            raise BadAnnouncement(f"not a call to announce: {call!r}")
        sentences = self._sentences(call)  # bad words fail here, for the caller to see
        queued = self._queue.push(call)
        if self.speaks:
            # Synthesised now, while earlier calls and its own chime play.
            for locale, text in (sentences if queued is call else self._sentences(queued)).items():
                self._ensure((locale, text))
        self._advance()

    def shutdown(self) -> None:
        """Drop waiting calls, silence the output and end the worker thread."""
        self._queue.clear()
        self._timer.stop()
        self._clip, self._playing = None, False
        self._output.stop()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(10_000)

    # -- internals -----------------------------------------------------------

    def _sentences(self, call: CallAnnouncement) -> dict[str, str]:
        """Locale → sentence; raises :class:`BadAnnouncement` when the words are missing."""
        try:
            return announcement_sentences(call, self._catalogs)
        except (KeyError, IndexError, ValueError) as exc:
            raise BadAnnouncement(f"{call.number}: the lobby's words are broken: {exc}") from exc

    def _plan(self, call: CallAnnouncement) -> tuple[Clip, ...]:
        if not self.audible:
            return ()  # shown only: nothing to play, the call is done at once
        speak = self.speaks
        try:
            sentences = self._sentences(call) if speak else {}
        except BadAnnouncement as exc:  # checked in announce(); never raise from a timer
            log.warning("%s: chime only", exc)
            sentences, speak = {}, False
        return plan_clips(call, sentences, self.settings.repeats, speak)

    def _ensure(self, key: SentenceKey) -> None:
        """Have the WAV for ``key`` made, unless it is known or on its way."""
        if key in self._wavs or key in self._asked:
            return
        self._asked.add(key)
        locale, text = key
        self._submit.emit(locale, text, self.settings.rate_wpm, self.settings.volume)

    def _advance(self) -> None:
        """Start the next sound when nothing plays (and nothing is awaited)."""
        while self._clip is None:
            if self._queue.current is None and self._queue.begin() is None:
                return  # nothing left to announce
            clip = self._queue.next_clip()
            if clip is None:
                done = self._queue.finish()
                self._failed.clear()  # the next call tries those sentences afresh
                if done is not None:
                    self.announcement_did_finish.emit(done.number)
                continue
            if clip.kind == CHIME:
                if self._chime is not None:
                    self._play(clip, self._chime)
                continue
            key = (clip.locale, clip.text)
            if key in self._failed or not self.speaks:
                continue  # that language's voice failed: the others still speak
            path = self._wavs.get(key)
            self._clip = clip
            if path is None:
                self._ensure(key)  # wait for _on_synthesised
                return
            self._play(clip, path)

    def _play(self, clip: Clip, path: Path, fresh: bool = False) -> None:
        """Play ``clip`` from ``path``; ``fresh``: just synthesised (no second try)."""
        self._clip = clip
        try:
            self._output.play(path)
        except SpeechError as exc:
            self._clip = None
            key = (clip.locale, clip.text)
            if clip.kind != CHIME and not fresh and self._wavs.pop(key, None) == path:
                # Evicted from the disk cache since: make it again, then say it.
                log.info("lobby sentence gone from the cache, synthesising again: %s", exc)
                self._clip = clip
                self._ensure((clip.locale, clip.text))
                return
            if clip.kind != CHIME:
                self._wavs.pop(key, None)  # unplayable: never offered again
            log.warning("lobby cannot play %s: %s", path, exc)
            return  # _advance's loop moves on to the next sound
        self._playing = True
        if clip.kind == CHIME:
            self.chime_did_start.emit(clip.number)
        else:
            self.announcement_did_start.emit(clip.number, clip.locale)
        self._timer.start()

    def _poll(self) -> None:
        if not self._playing or self._output.is_playing:
            return
        self._playing, self._clip = False, None
        self._timer.stop()
        self._advance()

    def _awaited(self, key: SentenceKey) -> bool:
        clip = self._clip
        return not self._playing and clip is not None and (clip.locale, clip.text) == key

    def _on_synthesised(self, locale: str, text: str, path: Any) -> None:
        key = (locale, text)
        self._asked.discard(key)
        self._wavs[key] = Path(path)
        if self._awaited(key) and self._clip is not None:
            self._play(self._clip, Path(path), fresh=True)
            if self._clip is None:
                self._advance()

    def _on_failed(self, locale: str, text: str, reason: str, voice_gone: bool) -> None:
        key = (locale, text)
        self._asked.discard(key)
        self._failed[key] = reason
        log.warning("lobby announcement in %s not said: %s", locale, reason)
        if voice_gone:
            self._voice_reason = reason  # chime only from now on
        self.voice_did_fail.emit(reason)
        if self._awaited(key):
            self._clip = None
            self._advance()


def create_announcer(
    config: Mapping[str, Any],
    data_dir: Path,
    catalogs: Mapping[str, Catalog] | None = None,
    parent: QObject | None = None,
) -> Announcer:
    """The lobby's announcer: pyttsx3 with its own disk cache, the real output when present.

    For the composition root. Without an audio device the announcer is
    silent (:attr:`Announcer.audible` False) and the lobby shows calls only.
    """
    from kiosk.content.catalog import load_catalogs
    from kiosk.paths import assets_dir, locales_dir
    from kiosk.speech.audio_out import make_audio_output
    from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    settings = AnnouncementSettings.from_config(config)
    cache = PromptCache(
        Path(data_dir) / CACHE_SUBDIR, int(config.get("speech.cache_mb", 50)) * 1024 * 1024
    )
    synthesiser = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache)
    words = catalogs if catalogs is not None else load_catalogs(locales_dir())
    return Announcer(
        synthesiser,
        make_audio_output(),
        words,
        assets_dir() / CHIME_FILE,
        settings,
        parent=parent,
    )
