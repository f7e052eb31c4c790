"""Speech recognition off the GUI thread, with results delivered back as signals.

Two worker threads: one loads models (seconds of disk and CPU), one listens
(one recogniser per thread, so every turn runs there). The GUI thread only
posts requests and reads cached state, so it never waits on a model or a
microphone. While the kiosk speaks, :meth:`RecognitionService.pause` closes
the microphone so the kiosk does not hear itself.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.speech.audio_in import AudioSource
from kiosk.speech.recognizer import (
    SAMPLE_RATE,
    NullEngine,
    SpeechEngine,
    SpeechUnavailable,
    intent_phrases,
)

log = logging.getLogger(__name__)

PhraseSource = Callable[[str], list[str] | None]


class ModelState(StrEnum):
    """Where a locale's speech model is (so no caller reads the reason's words)."""

    NOT_LOADED = ""  # not asked for yet
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"  # no model, or it did not load
    OFF = "off"  # speech input is turned off on this kiosk (a setting)


class _Control:
    """State both threads read: which turn may run. Plain attributes: writes are atomic."""

    def __init__(self) -> None:
        self.active_turn = 0
        self.paused = False


class _Loader(QObject):
    did_load = Signal(str)
    did_fail = Signal(str, str)

    def __init__(self, engine: SpeechEngine) -> None:
        super().__init__()
        self._engine = engine

    @Slot(str)
    def load(self, locale: str) -> None:
        try:
            ok, reason = self._engine.available(locale)
            if not ok:
                raise SpeechUnavailable(reason)
            self._engine.load(locale)
        except KioskError as exc:
            self.did_fail.emit(locale, str(exc))
            return
        except Exception as exc:  # a bug must not kill the loader thread
            log.exception("loading the %s speech model failed", locale)
            self.did_fail.emit(locale, f"the {locale} speech model did not load: {exc}")
            return
        self.did_load.emit(locale)


class _Listener(QObject):
    level = Signal(int, float)
    partial = Signal(int, str)
    result = Signal(int, str, float, object)
    failed = Signal(int, str)
    stopped = Signal(int)

    def __init__(self, engine: SpeechEngine, control: _Control, phrases: PhraseSource) -> None:
        super().__init__()
        self._engine = engine
        self._control = control
        self._phrases = phrases

    def _grammar(self, locale: str, grammar: list[str] | None, free: bool) -> list[str] | None:
        if free:
            return None
        return grammar if grammar is not None else self._phrases(locale)

    @Slot(str)
    def warm_up(self, locale: str) -> None:
        """Build this thread's recogniser and grammar now, not on the first turn."""
        try:
            recognizer = self._engine.recognizer(locale)
            recognizer.start(self._grammar(locale, None, False))
            recognizer.finish()
        except Exception:  # only a head start; listen() reports real problems
            log.exception("warming up the %s recogniser failed", locale)

    @Slot(int, str, object, object, bool, float)
    def listen(
        self,
        turn: int,
        locale: str,
        source: AudioSource,
        grammar: list[str] | None,
        free: bool,
        max_seconds: float,
    ) -> None:
        control = self._control
        try:
            if control.active_turn != turn:
                return
            recognizer = self._engine.recognizer(locale)
            if not recognizer.available:
                raise SpeechUnavailable(recognizer.reason)
            recognizer.start(self._grammar(locale, grammar, free))
            heard = 0.0  # seconds of audio, so a file is cut where a microphone would be
            for block in source.blocks():
                if control.active_turn != turn:
                    break
                self.level.emit(turn, block.level)
                partial = recognizer.accept(block.pcm16)
                if partial is not None:
                    self.partial.emit(turn, partial.text)
                    if partial.endpoint and source.live:
                        break  # the customer paused after speaking: that is the command
                heard += len(block.pcm16) / 2 / SAMPLE_RATE
                if heard >= max_seconds:
                    break
            result = recognizer.finish()
            if control.active_turn == turn:
                self.result.emit(turn, result.text, result.confidence, result.alternatives)
        except KioskError as exc:
            self.failed.emit(turn, str(exc))
        except Exception as exc:  # a bug must not kill the listening thread
            log.exception("listening failed")
            self.failed.emit(turn, f"listening failed: {exc}")
        finally:
            source.close()
            self.stopped.emit(turn)


class RecognitionService(QObject):
    """Asynchronous speech input for the UI.

    Call :meth:`load_later` once the window is up; :meth:`listen` when a
    screen wants a spoken answer. Every method returns at once.

    Signals:
        model_did_load(str): the locale's model is ready.
        model_did_fail(str, str): locale, why it cannot listen in that language.
        level_did_change(float): microphone loudness 0..1, about every 100 ms.
        partial_did_arrive(str): what has been heard so far.
        result_did_arrive(str, float, tuple): the final text, its confidence 0..1
            and the recogniser's other readings of it (free mode; often empty).
        listening_did_fail(str): listening could not go on (why, in words).
        listening_did_stop(): a turn ended (result, cancel, pause or failure).

    Args:
        engine: Gives out recognisers (``VoskEngine`` or ``NullEngine``).
        phrases: Phrase list per locale for grammar mode (None: free mode);
            default: every intent sentence from ``kiosk.speech.intents``.
        max_seconds: Longest listening turn.
        parent: Qt parent.
    """

    model_did_load = Signal(str)
    model_did_fail = Signal(str, str)
    level_did_change = Signal(float)
    partial_did_arrive = Signal(str)
    result_did_arrive = Signal(str, float, object)
    listening_did_fail = Signal(str)
    listening_did_stop = Signal()
    _request_load = Signal(str)
    _request_warm_up = Signal(str)
    _request_listen = Signal(int, str, object, object, bool, float)

    def __init__(
        self,
        engine: SpeechEngine,
        phrases: PhraseSource | None = None,
        max_seconds: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_seconds = max_seconds
        self._control = _Control()
        self._turns = itertools.count(1)
        self._source: AudioSource | None = None
        self._off = isinstance(engine, NullEngine) and engine.off
        self._states: dict[str, tuple[ModelState, str]] = {}  # locale -> (state, reason)
        self._loader = _Loader(engine)
        self._listener = _Listener(engine, self._control, phrases or intent_phrases)
        self._threads = [QThread(), QThread()]
        for thread, worker, name in zip(
            self._threads,
            (self._loader, self._listener),
            ("speech-loader", "speech-listener"),
            strict=True,
        ):
            thread.setObjectName(name)
            worker.moveToThread(thread)
            thread.start()
        self._request_load.connect(self._loader.load)
        self._request_warm_up.connect(self._listener.warm_up)
        self._request_listen.connect(self._listener.listen)
        self._loader.did_load.connect(self._on_load)
        self._loader.did_fail.connect(self._on_load_fail)
        self._listener.level.connect(self._on_level)
        self._listener.partial.connect(self._on_partial)
        self._listener.result.connect(self._on_result)
        self._listener.failed.connect(self._on_failed)
        self._listener.stopped.connect(self._on_stopped)

    # -- models -----------------------------------------------------------------

    def load(self, locales: Iterable[str] | None = None) -> None:
        """Start loading models in the background (all kiosk locales by default)."""
        for locale in ids.LOCALES if locales is None else locales:
            if self.model_state(locale) in (ModelState.LOADING, ModelState.LOADED):
                continue
            reason = f"the {locale} speech model is still loading"
            self._states[locale] = (ModelState.LOADING, reason)
            self._request_load.emit(locale)

    def load_later(self, locales: Iterable[str] | None = None, delay_ms: int = 0) -> None:
        """:meth:`load` once the event loop runs, i.e. after the window is on screen."""
        chosen = None if locales is None else list(locales)
        QTimer.singleShot(delay_ms, self, lambda: self.load(chosen))

    def model_state(self, locale: str) -> ModelState:
        """Where ``locale``'s model is; ignores pauses."""
        return self._states.get(locale, (ModelState.NOT_LOADED, ""))[0]

    def model_ready(self, locale: str) -> tuple[bool, str]:
        """(True, "") when ``locale``'s model is loaded, else (False, why); ignores pauses."""
        state, reason = self._states.get(
            locale, (ModelState.NOT_LOADED, f"the {locale} speech model has not been loaded")
        )
        loaded = state == ModelState.LOADED
        return loaded, "" if loaded else reason

    def available(self, locale: str) -> tuple[bool, str]:
        """(True, "") when ``locale`` can be listened to now, else (False, why)."""
        ready, reason = self.model_ready(locale)
        if not ready:
            return False, reason
        if self._control.paused:
            return False, "the kiosk is speaking"
        return True, ""

    # -- listening --------------------------------------------------------------

    @property
    def listening(self) -> bool:
        """True while a turn runs."""
        return self._control.active_turn != 0

    @property
    def paused(self) -> bool:
        """True while the kiosk speaks (between :meth:`pause` and :meth:`resume`)."""
        return self._control.paused

    def listen(
        self,
        locale: str,
        source: AudioSource,
        grammar: list[str] | None = None,
        free: bool = False,
    ) -> bool:
        """Start a listening turn; the answer arrives as ``result_did_arrive``.

        Args:
            locale: The customer's language.
            source: A microphone or a WAV file (see ``kiosk.speech.audio_in``).
            grammar: Phrases to listen for; None uses the intent phrases.
            free: Recognise anything (no phrase list).

        Returns:
            False when refused (paused, model not ready, no microphone): nothing
            is emitted then, and :meth:`available` / ``source.reason`` say why.
        """
        ok, reason = self.available(locale)
        if not ok or not source.available:
            log.info("not listening in %s: %s", locale, reason or source.reason)
            return False
        self.cancel()
        turn = next(self._turns)
        self._control.active_turn = turn
        self._source = source
        self._request_listen.emit(turn, locale, source, grammar, free, float(self.max_seconds))
        return True

    def cancel(self) -> None:
        """Stop the current turn now; no result is delivered for it."""
        self._control.active_turn = 0
        source, self._source = self._source, None
        if source is not None:
            source.close()  # wakes a listener waiting for microphone blocks

    def pause(self) -> None:
        """The kiosk is about to speak: close the microphone and refuse to listen."""
        self._control.paused = True
        self.cancel()

    def resume(self) -> None:
        """The kiosk has stopped speaking: listening is allowed again."""
        self._control.paused = False

    def shutdown(self) -> None:
        """Cancel listening and stop both threads (waits for a running model load)."""
        self.cancel()
        for thread in self._threads:
            thread.quit()
        for thread in self._threads:
            thread.wait(30_000)

    # -- worker results, on the GUI thread --------------------------------------

    def _on_load(self, locale: str) -> None:
        self._states[locale] = (ModelState.LOADED, "")
        self._request_warm_up.emit(locale)
        self.model_did_load.emit(locale)

    def _on_load_fail(self, locale: str, reason: str) -> None:
        log.info("speech input off for %s: %s", locale, reason)
        self._states[locale] = (ModelState.OFF if self._off else ModelState.FAILED, reason)
        self.model_did_fail.emit(locale, reason)

    def _current(self, turn: int) -> bool:
        return turn == self._control.active_turn

    def _on_level(self, turn: int, level: float) -> None:
        if self._current(turn):
            self.level_did_change.emit(level)

    def _on_partial(self, turn: int, text: str) -> None:
        if self._current(turn):
            self.partial_did_arrive.emit(text)

    def _on_result(self, turn: int, text: str, confidence: float, others: object) -> None:
        if self._current(turn):
            self.result_did_arrive.emit(text, confidence, others)

    def _on_failed(self, turn: int, reason: str) -> None:
        if self._current(turn):
            log.warning("listening failed: %s", reason)
            self.listening_did_fail.emit(reason)

    def _on_stopped(self, turn: int) -> None:
        if self._current(turn):
            self._control.active_turn = 0
            self._source = None
        elif self._control.active_turn != 0:
            return  # a cancelled turn ending after a newer one began: not news to the UI
        self.listening_did_stop.emit()
