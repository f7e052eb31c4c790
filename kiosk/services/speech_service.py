"""Speech out for the UI: queue, synthesise off the GUI thread, play, stop on touch.

A worker QThread runs the (blocking) synthesiser, one request at a time in the
order they were asked for, and hands each WAV back as a queued signal. The GUI
thread plays the WAVs one after another through the :class:`AudioOutput`,
watching ``is_playing`` on a short timer. ``stop()`` silences the output at
once and drops everything queued, including requests the worker has not
started yet (they are skipped, not synthesised).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.speech.speaker import (
    AudioOutput,
    SpeechError,
    SpeechSettings,
    Synthesiser,
    VoiceUnavailable,
    clamp_volume,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Utterance:
    """One thing to say, with how it was asked for."""

    text: str
    locale: str
    simpler: str | None = None


class _Floor:
    """Requests with a tag below the floor were cancelled by ``stop()``.

    Shared by both threads, so the worker can skip cancelled requests before
    spending time on them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def raise_to(self, tag: int) -> None:
        with self._lock:
            self._value = max(self._value, tag)

    def cancelled(self, tag: int) -> bool:
        with self._lock:
            return tag < self._value


class _Worker(QObject):
    """Lives on the worker thread; runs the synthesiser, never touches widgets."""

    did_synthesise = Signal(int, object)  # tag, Path
    did_fail = Signal(int, str, bool)  # tag, reason, whether the voice is gone for good
    voice_did_check = Signal(bool, str)

    def __init__(self, synthesiser: Synthesiser, floor: _Floor) -> None:
        super().__init__()
        self._synthesiser = synthesiser
        self._floor = floor

    @Slot()
    def start(self) -> None:
        try:
            detail = self._synthesiser.check()
        except VoiceUnavailable as exc:
            log.warning("voice unavailable: %s", exc.reason)
            self.voice_did_check.emit(False, exc.reason)
            return
        except Exception as exc:  # a broken voice must not kill the worker
            log.exception("voice check failed")
            self.voice_did_check.emit(False, f"the voice check failed: {exc}")
            return
        log.info("voice ready: %s", detail)
        self.voice_did_check.emit(True, detail)

    @Slot(int, str, str, int, float)
    def synthesise(self, tag: int, text: str, locale: str, rate: int, volume: float) -> None:
        if self._floor.cancelled(tag):
            return  # the customer touched the screen after this was asked for
        try:
            path = self._synthesiser.synthesise(text, locale, rate, volume)
        except VoiceUnavailable as exc:
            self.did_fail.emit(tag, exc.reason, True)
        except (SpeechError, ValueError) as exc:
            self.did_fail.emit(tag, str(exc), False)
        except Exception as exc:  # a bug must not kill the worker thread
            log.exception("speech synthesis failed")
            self.did_fail.emit(tag, f"speech failed: {exc}", False)
        else:
            self.did_synthesise.emit(tag, path)


class SpeechService(QObject):
    """The kiosk's voice, for the UI. Every method returns at once.

    Args:
        synthesiser: Makes WAVs; called only on the worker thread.
        output: Plays them; called only on this (the GUI) thread. None: ``open_output``
            makes it when the worker starts (:meth:`start`).
        settings: Default rate, rate steps and volume.
        poll_ms: How often to look whether playback has ended.
        parent: Qt parent.
        start: Start the worker now (False: :meth:`start` does, later).
        open_output: Makes the output when ``output`` is None (PortAudio's import
            and device probe: ``kiosk run`` lets them wait for the first paint).

    Signals:
        speech_will_start(str): this text is about to be heard.
        speech_did_finish(): the utterance played to its end.
        speech_did_stop(): ``stop()`` cut an utterance short, or it could not be played.
        voice_did_fail(str): a reason in words (the UI shows "voice unavailable"
            when :attr:`available` is False).
    """

    speech_will_start = Signal(str)
    speech_did_finish = Signal()
    speech_did_stop = Signal()
    voice_did_fail = Signal(str)
    _submit = Signal(int, str, str, int, float)

    def __init__(
        self,
        synthesiser: Synthesiser,
        output: AudioOutput | None,
        settings: SpeechSettings | None = None,
        poll_ms: int = 15,
        parent: QObject | None = None,
        start: bool = True,
        open_output: Callable[[], AudioOutput] | None = None,
    ) -> None:
        super().__init__(parent)
        if output is None and open_output is None:
            raise ValueError("SpeechService needs an output or open_output")
        self.settings = settings or SpeechSettings()
        self._output = output
        self._open_output = open_output
        self._rate_step = 0
        self._volume = clamp_volume(self.settings.volume)
        self._tags = itertools.count(1)
        self._floor = _Floor()
        self._pending: OrderedDict[int, Utterance] = OrderedDict()
        self._ready: deque[tuple[Utterance, Path]] = deque()
        self._current: Utterance | None = None
        self._last: Utterance | None = None
        # Until a held-back output is opened, what is said waits for it (see start()).
        self._reason = "" if output is None or output.available else output.reason
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

        self._thread = QThread()
        self._thread.setObjectName("speech-worker")
        self._worker = _Worker(synthesiser, self._floor)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._submit.connect(self._worker.synthesise)
        self._worker.did_synthesise.connect(self._on_synthesised)
        self._worker.did_fail.connect(self._on_failed)
        self._worker.voice_did_check.connect(self._on_voice_checked)
        if start:
            self.start()

    def start(self) -> None:
        """Open the output if it waits, and start the worker (its voice check),
        if ``start=False`` held them back.

        ``kiosk run`` starts them after the first paint: the engine's import, the
        voice check and the audio probe would otherwise share the interpreter with
        the window being built. What is asked before then waits in the worker's
        queue; with no output after all, it is dropped and ``voice_did_fail`` says why.
        """
        if self._output is None and self._open_output is not None:
            self._use_output(self._open_output())
        if not self._thread.isRunning():
            self._thread.start()

    def _use_output(self, output: AudioOutput) -> None:
        self._output = output
        if not output.available:
            log.warning("voice unavailable: %s", output.reason)
            self._lose_voice(output.reason)

    # -- state ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        """False when there is no voice or no output (:attr:`unavailable_reason` says which)."""
        return not self._reason

    @property
    def unavailable_reason(self) -> str:
        """Why speech is unavailable, e.g. "no audio output device"; empty when it works."""
        return self._reason

    @property
    def is_speaking(self) -> bool:
        """True between ``speech_will_start`` and its finish or stop."""
        return self._current is not None

    @property
    def rate_step(self) -> int:
        """0 = the configured rate; each step down is ``speech.rate_step_wpm`` slower."""
        return self._rate_step

    @property
    def rate_wpm(self) -> int:
        """The rate new utterances are spoken at, in words per minute."""
        return self.settings.rate_for_step(self._rate_step)

    @property
    def volume(self) -> float:
        """The volume new utterances are spoken at, 0.0 … 1.0."""
        return self._volume

    # -- commands ------------------------------------------------------------

    def say(self, text: str, locale: str, simpler: str | None = None) -> None:
        """Queue ``text`` to be spoken in ``locale`` after anything already queued.

        Args:
            text: The words, exactly as shown on screen.
            locale: One of ``kiosk.core.ids.LOCALES``.
            simpler: Plainer words for the same thing, spoken by :meth:`repeat`.
        """
        if not text.strip():
            return
        self._last = Utterance(text, locale, simpler)
        self._enqueue(Utterance(text, locale, simpler))

    def stop(self) -> None:
        """Silence now and forget everything queued (the customer touched the screen)."""
        self._floor.raise_to(next(self._tags))
        self._pending.clear()
        self._ready.clear()
        self._timer.stop()
        if self._output is not None:
            self._output.stop()
        interrupted, self._current = self._current, None
        if interrupted is not None:
            self.speech_did_stop.emit()

    def repeat(self) -> None:
        """Say the last utterance again, one rate step slower (and stay slower).

        When the last ``say()`` gave ``simpler`` words, those are spoken instead.
        """
        last = self._last
        if last is None:
            return
        self.stop()
        self.set_rate_step(self._rate_step - 1)
        self._enqueue(Utterance(last.simpler or last.text, last.locale, last.simpler))

    def amend_last(self, was: str, text: str, locale: str, simpler: str | None = None) -> None:
        """What :meth:`repeat` says from now on, when the last words said were ``was``.

        For a screen whose words changed with its layout alone (a bigger text
        size, fewer pages): they are not said again, but Repeat says what shows.
        Later words (the assistant's question) are kept.
        """
        if self._last is not None and self._last.text == was and text.strip():
            self._last = Utterance(text, locale, simpler)

    def set_rate_step(self, step: int) -> None:
        """Choose the rate step (negative = slower), kept within the configured limits."""
        self._rate_step = self.settings.clamp_step(step)

    def set_volume(self, volume: float) -> None:
        """Volume for utterances from now on, limited to 0.0 … 1.0."""
        self._volume = clamp_volume(volume)

    def reset(self) -> None:
        """Session end: silence, forget the last utterance, default rate and volume."""
        self.stop()
        self._last = None
        self._rate_step = 0
        self._volume = clamp_volume(self.settings.volume)

    def shutdown(self) -> None:
        """Stop speaking and end the worker thread (waits for a synthesis in progress)."""
        self.stop()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(10_000)

    # -- internals -----------------------------------------------------------

    def _enqueue(self, utterance: Utterance) -> None:
        if not self.available:
            self.voice_did_fail.emit(self._reason)
            return
        tag = next(self._tags)
        self._pending[tag] = utterance
        self._submit.emit(tag, utterance.text, utterance.locale, self.rate_wpm, self._volume)

    def _on_synthesised(self, tag: int, path: Path) -> None:
        utterance = self._pending.pop(tag, None)
        if utterance is None:
            return  # cancelled by stop() while the worker was busy with it
        self._ready.append((utterance, Path(path)))
        self._play_next()

    def _on_failed(self, tag: int, reason: str, voice_gone: bool) -> None:
        if self._pending.pop(tag, None) is None:
            return
        log.warning("speech failed: %s", reason)
        if voice_gone:
            self._reason = reason
            self._pending.clear()
        self.voice_did_fail.emit(reason)
        self._play_next()

    def _on_voice_checked(self, ok: bool, detail: str) -> None:
        if not ok and self.available:
            self._lose_voice(detail)

    def _lose_voice(self, reason: str) -> None:
        """No voice from now on (no output, no engine): drop what waits and say why."""
        self._reason = reason
        self._pending.clear()
        self._ready.clear()
        self.voice_did_fail.emit(reason)

    def _play_next(self) -> None:
        while self._current is None and self._ready:
            utterance, path = self._ready.popleft()
            self._current = utterance
            self.speech_will_start.emit(utterance.text)
            if self._current is not utterance:
                return  # a slot connected to speech_will_start called stop()
            try:
                if self._output is None:  # not opened yet: nothing is synthesised before
                    raise SpeechError("the audio output is not open yet")
                self._output.play(path)
            except SpeechError as exc:
                self._current = None
                log.warning("cannot play speech: %s", exc)
                # speech_will_start went out: listeners (the idle clock, the
                # microphone) must hear that it is over, or they wait forever.
                self.speech_did_stop.emit()
                self.voice_did_fail.emit(str(exc))
                continue
            self._timer.start()

    def _poll(self) -> None:
        if self._current is None or (self._output is not None and self._output.is_playing):
            return
        self._current = None
        self._timer.stop()
        self.speech_did_finish.emit()
        self._play_next()


def create_speech_service(
    config: Mapping[str, Any], data_dir: Path, parent: QObject | None = None, start: bool = True
) -> SpeechService:
    """The kiosk's speech: pyttsx3 with the prompt cache, and the real output when present.

    For the composition root. Without speakers the service reports
    ``available`` False with "no audio output device".
    """
    from kiosk.speech.audio_out import make_audio_output
    from kiosk.speech.prompt_cache import CachingSynthesiser, PromptCache
    from kiosk.speech.tts_pyttsx3 import Pyttsx3Synthesiser

    settings = SpeechSettings.from_config(config)
    cache = PromptCache.in_data_dir(data_dir, settings.cache_mb)
    # Read-back through headphones holds names and phone numbers: never kept on disk.
    keep = not bool(config.get("speech.private_audio", False))
    synthesiser = CachingSynthesiser(Pyttsx3Synthesiser(work_dir=cache.tmp_dir), cache, keep)
    return SpeechService(
        synthesiser, None, settings, parent=parent, start=start, open_output=make_audio_output
    )
