"""The pyttsx3 (espeak-ng) synthesiser: the only module that imports pyttsx3.

pyttsx3's traps (DESIGN.md) shape everything here:

* The engine must be created and used in one thread, and espeak-ng keeps one
  synthesis callback for the whole process. So there is exactly one engine
  thread per process (:func:`_engine_thread`), shared by every
  :class:`Pyttsx3Synthesiser`; requests queue up for it.
* Only the last ``say()`` before ``runAndWait()`` is spoken, and playback
  cannot be interrupted: we only ever ``save_to_file()`` one utterance per
  ``runAndWait()`` and play the WAV ourselves.
* ``runAndWait()`` may return before the file is written: we wait until the
  WAV header's length matches the file.
* One exception wedges the engine: we drop it and build a fresh one, then try
  the utterance once more.
"""

from __future__ import annotations

import gc
import logging
import os
import queue
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kiosk.core.languages import languages
from kiosk.speech.speaker import (
    LocaleVoiceMissing,
    SynthesisFailed,
    VoiceUnavailable,
    clamp_volume,
    wait_for_complete_wav,
)
from kiosk.speech.voice_check import PhonemeReader, PhonemesUnavailable, read_phonemes, verdict

log = logging.getLogger(__name__)

T = TypeVar("T")

# Voice languages per kiosk locale, best first (language.toml's voice.languages):
# which voices are tried, and in what order. A voice is chosen by the languages
# it declares (ids differ between espeak-ng releases) and then only if it really
# speaks the language: its phonemes for a test sentence must not switch to
# another one (voice_check).
VOICE_LANGUAGES: dict[str, tuple[str, ...]] = {
    loc: lang.voice_languages for loc, lang in languages().items()
}
# What to install when no voice speaks a locale's language (voice.fix).
VOICE_FIX: dict[str, str] = {loc: lang.voice_fix for loc, lang in languages().items()}
# espeak-ng's own limits for the rate, in words per minute.
ESPEAK_MIN_RATE, ESPEAK_MAX_RATE = 80, 450
ESPEAK_MISSING = "espeak-ng is not installed: apt-get install espeak-ng"
# How long espeak-ng may take to finish an utterance after runAndWait() returns.
FINISH_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class VoiceInfo:
    """The voice chosen for a locale, as espeak-ng names it.

    Attributes:
        id: espeak-ng's voice id (``sit/cmn-latn-pinyin``).
        name: Its name (``Chinese (Mandarin, latin as Pinyin)``).
        languages: The languages it declares.
        verified: Whether its phonemes were checked (False: espeak-ng's
            program was missing, so it was chosen by language alone).
        verdict: One line on what the check found (or why it could not run).
    """

    id: str
    name: str
    languages: tuple[str, ...]
    verified: bool = True
    verdict: str = ""


def _normalise(language: object) -> str:
    text = language.decode("utf-8", "ignore") if isinstance(language, bytes) else str(language)
    return text.strip("\x00 ").replace("_", "-").lower()


def voice_languages(voice: Any) -> tuple[str, ...]:
    """A pyttsx3 voice's languages as lower-case BCP-47-ish tags (``zh-cmn``, ``ko``)."""
    return tuple(_normalise(lang) for lang in (getattr(voice, "languages", None) or ()))


def candidate_voices(voices: Iterable[Any], locale: str) -> list[tuple[Any, tuple[str, ...]]]:
    """The voices declaring one of ``locale``'s languages, best first.

    Earlier entries of :data:`VOICE_LANGUAGES` win; for each, an exact
    language match comes before a regional variant (``en-gb-scotland``).

    Raises:
        LocaleVoiceMissing: The locale is unknown, or no voice declares its language.
    """
    wanted = VOICE_LANGUAGES.get(locale)
    if wanted is None:
        raise LocaleVoiceMissing(f"no voice language is known for locale {locale!r}")
    listed = [(voice, voice_languages(voice)) for voice in voices]
    found: list[tuple[Any, tuple[str, ...]]] = []
    for tag in wanted:
        for exact in (True, False):
            for voice, langs in listed:
                hit = tag in langs if exact else any(lang.startswith(tag + "-") for lang in langs)
                if hit and all(voice is not seen for seen, _ in found):
                    found.append((voice, langs))
    if not found:
        raise LocaleVoiceMissing(
            f"espeak-ng has no voice for {locale} (languages {', '.join(wanted)}): "
            f"{VOICE_FIX.get(locale, 'apt-get install espeak-ng-data')}"
        )
    return found


def choose_voice(
    voices: Iterable[Any], locale: str, read: PhonemeReader = read_phonemes
) -> VoiceInfo:
    """The voice for ``locale``: the first candidate that really speaks its language.

    Each candidate (:func:`candidate_voices`) says the locale's test sentence;
    one whose phonemes switch to another language ("latin as English") is
    passed over. When the phonemes cannot be read at all (no ``espeak-ng``
    program), the best candidate by language is used, marked unverified.

    Args:
        voices: pyttsx3's voices.
        locale: A kiosk locale.
        read: Reads a voice's phonemes for a text (tests pass their own).

    Raises:
        LocaleVoiceMissing: No voice declares the language, or none speaks it.
    """
    candidates = candidate_voices(voices, locale)
    rejected: list[str] = []
    for voice, langs in candidates:
        voice_id = str(voice.id)
        name = str(getattr(voice, "name", voice_id))
        try:
            said = verdict(voice_id, locale, read)
        except PhonemesUnavailable as exc:
            log.warning("cannot check the %s voice %s: %s", locale, voice_id, exc)
            return VoiceInfo(voice_id, name, langs, verified=False, verdict=str(exc))
        if said.ok:
            return VoiceInfo(voice_id, name, langs, verdict=said.describe())
        log.warning("voice %s passed over for %s: %s", voice_id, locale, said.describe())
        rejected.append(said.describe())
    raise LocaleVoiceMissing(
        f"no voice speaks {locale}: {'; '.join(rejected)}. "
        f"Fix: {VOICE_FIX.get(locale, 'apt-get install espeak-ng-data')}"
    )


def _quiet_print(*args: object, **_: object) -> None:
    # pyttsx3's espeak driver prints "Audio saved to …" on stdout after each
    # file, which would corrupt `kiosk say` output; send it to the log instead.
    log.debug("pyttsx3: %s", " ".join(str(a) for a in args))


def _new_engine() -> Any:
    """A fresh pyttsx3 engine (call on the engine thread only).

    Raises:
        VoiceUnavailable: pyttsx3 or espeak-ng is missing or cannot start.
    """
    try:
        import pyttsx3
    except ImportError:
        raise VoiceUnavailable("pyttsx3 is not installed: pip install pyttsx3") from None
    try:
        engine = pyttsx3.Engine()
    except (OSError, ImportError) as exc:
        raise VoiceUnavailable(f"{ESPEAK_MISSING} ({exc})") from None
    except RuntimeError as exc:
        if "espeak" in str(exc).lower():
            raise VoiceUnavailable(f"{ESPEAK_MISSING} ({exc})") from None
        raise VoiceUnavailable(f"the speech engine cannot start: {exc}") from None
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None:
        # The driver prints after each file (see _quiet_print); its module
        # declares no "print" to assign, hence the ignore.
        driver.print = _quiet_print  # type: ignore[attr-defined]
    return engine


class _EngineHolder:
    """The engine and its voice list; touched only on the engine thread."""

    def __init__(self) -> None:
        self.engine: Any | None = None
        self.created = 0
        self.finished = threading.Event()
        self.completed = False
        self._voices: list[Any] | None = None
        self._errors: list[BaseException] = []
        # Chosen once per locale: checking a voice runs espeak-ng, and the
        # installed voices do not change while the kiosk runs.
        self._chosen: dict[tuple[str, tuple[str, ...]], VoiceInfo] = {}

    def get(self) -> Any:
        if self.engine is None:
            engine = _new_engine()
            # pyttsx3 swallows errors raised inside its command queue (a bad
            # voice, a failed Synth) and only "notifies" them: collect them.
            engine.connect("error", self._on_error)
            # Set from espeak-ng's thread once the WAV is written.
            engine.connect("finished-utterance", self._on_finished)
            # A new engine starts "busy", which makes its first runAndWait()
            # return before the audio is done (and the next request then
            # cancels it). An empty run clears that state, once espeak-ng has
            # applied the driver's start-up settings (else the run "stops" it
            # and pyttsx3 cancels the next utterance).
            _wait_until_idle()
            engine.runAndWait()
            self.engine = engine
            self.created += 1
        return self.engine

    def _on_error(self, exception: BaseException | None = None, **_: Any) -> None:
        if exception is not None:
            self._errors.append(exception)

    def _on_finished(self, completed: bool = True, **_: Any) -> None:
        self.completed = bool(completed)
        self.finished.set()

    def take_errors(self) -> list[BaseException]:
        errors, self._errors = self._errors, []
        return errors

    def voices(self) -> list[Any]:
        if self._voices is None:
            self._voices = list(self.get().getProperty("voices") or [])
        return self._voices

    def voice(self, locale: str) -> VoiceInfo:
        """The voice for ``locale`` (see :func:`choose_voice`), chosen once."""
        key = (locale, VOICE_LANGUAGES.get(locale, ()))  # a new wish list chooses afresh
        if key not in self._chosen:
            self._chosen[key] = choose_voice(self.voices(), locale)
        return self._chosen[key]

    def discard(self) -> None:
        """Drop a wedged engine before building the next one.

        The old driver's destructor clears espeak-ng's process-wide callback,
        so it must run now (collect reference cycles from tracebacks too), not
        after the new engine has installed its own.
        """
        self.engine = None
        self._voices = None
        self._errors = []
        gc.collect()


class _EngineThread:
    """The one thread that creates and uses the pyttsx3 engine."""

    def __init__(self) -> None:
        self.holder = _EngineHolder()
        self._jobs: queue.SimpleQueue[tuple[Callable[[_EngineHolder], Any], Future[Any]]] = (
            queue.SimpleQueue()
        )
        self._thread = threading.Thread(target=self._loop, name="tts-engine", daemon=True)
        self._thread.start()

    def call(self, job: Callable[[_EngineHolder], T], timeout_s: float) -> T:
        """Run ``job(holder)`` on the engine thread and wait for its result."""
        future: Future[T] = Future()
        self._jobs.put((job, future))
        return future.result(timeout=timeout_s)

    def _loop(self) -> None:
        while True:
            job, future = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = job(self.holder)
            except BaseException as exc:  # handed to the caller, never kills the thread
                future.set_exception(exc)
            else:
                future.set_result(result)
            del job, future  # drop references to the engine's frames before waiting


_LOCK = threading.Lock()
_THREAD: _EngineThread | None = None


def _engine_thread() -> _EngineThread:
    global _THREAD
    with _LOCK:
        if _THREAD is None:
            _THREAD = _EngineThread()
        return _THREAD


def _abandon_engine_thread(stuck: _EngineThread) -> None:
    # A hung runAndWait never returns; the next request gets a fresh thread
    # (and engine) rather than queueing behind it forever.
    global _THREAD
    with _LOCK:
        if _THREAD is stuck:
            _THREAD = None


def _synthesise_once(
    holder: _EngineHolder, text: str, voice: VoiceInfo, rate: int, volume: float, out: Path
) -> None:
    engine = holder.get()
    holder.take_errors()
    engine.setProperty("voice", voice.id)
    engine.setProperty("rate", rate)
    engine.setProperty("volume", volume)
    # espeak-ng applies settings through its own command queue and counts as
    # "playing" until it has; pyttsx3 then cancels the next utterance (and
    # writes the wrong audio). So: let espeak-ng settle before each utterance.
    _wait_until_idle()
    engine.save_to_file(text, str(out))
    holder.finished.clear()
    holder.completed = False
    engine.runAndWait()
    errors = holder.take_errors()
    if errors:
        raise SynthesisFailed(f"espeak-ng reported: {errors[0]}")
    # runAndWait() may return before espeak-ng has finished: wait for its
    # end-of-utterance notice (sent after the file is written), then check the
    # file itself and let the driver go idle before the next request.
    if not holder.finished.wait(FINISH_TIMEOUT_S):
        raise SynthesisFailed("espeak-ng did not report the end of the utterance")
    if not holder.completed:
        raise SynthesisFailed("espeak-ng cancelled the utterance")
    wait_for_complete_wav(out, FINISH_TIMEOUT_S)
    _wait_until_idle()


def _wait_until_idle(timeout_s: float = FINISH_TIMEOUT_S) -> None:
    espeak = sys.modules.get("pyttsx3.drivers._espeak")
    if espeak is None:  # another pyttsx3 driver: nothing to wait for
        return
    deadline = time.monotonic() + timeout_s
    while espeak.IsPlaying():
        if time.monotonic() > deadline:
            raise SynthesisFailed("espeak-ng is still busy with the last utterance")
        time.sleep(0.001)


class Pyttsx3Synthesiser:
    """:class:`kiosk.speech.speaker.Synthesiser` backed by pyttsx3 and espeak-ng.

    Thread-safe: any thread may call :meth:`synthesise`; the work itself runs
    on the process's one engine thread. Blocking: not for the GUI thread.

    Args:
        work_dir: Where new WAV files are written (default: a per-process
            folder in the system's temp dir). Callers move or delete them.
        timeout_s: Give up on one utterance after this long.
    """

    def __init__(self, work_dir: Path | None = None, timeout_s: float = 30.0) -> None:
        default = Path(tempfile.gettempdir()) / f"kiosk-speech-{os.getpid()}"
        self.work_dir = Path(work_dir) if work_dir is not None else default
        self.timeout_s = timeout_s

    def _call(self, job: Callable[[_EngineHolder], T]) -> T:
        worker = _engine_thread()
        try:
            return worker.call(job, self.timeout_s)
        except FutureTimeout:
            _abandon_engine_thread(worker)
            raise SynthesisFailed(
                f"the speech engine did not answer within {self.timeout_s:g} s"
            ) from None

    def voice_for(self, locale: str) -> VoiceInfo:
        """The espeak-ng voice used for ``locale`` (by language, checked by phonemes).

        Raises:
            VoiceUnavailable: No espeak-ng.
            LocaleVoiceMissing: No voice speaks that language.
        """
        return self._call(lambda holder: holder.voice(locale))

    def check(self) -> str:
        """One line naming the voice of every locale (or why a locale has none).

        Raises:
            VoiceUnavailable: espeak-ng is missing, or no locale has a voice
                that speaks its language.
        """
        named, missing = [], []
        for locale in VOICE_LANGUAGES:
            try:
                named.append(f"{locale}: {self.voice_for(locale).name}")
            except LocaleVoiceMissing as exc:
                missing.append(exc.reason)
                named.append(f"{locale}: none")
        if len(missing) == len(VOICE_LANGUAGES):
            raise VoiceUnavailable("; ".join(missing))
        return ", ".join(named)

    def synthesise(self, text: str, locale: str, rate: int, volume: float) -> Path:
        """Write ``text`` to a new WAV in :attr:`work_dir` and return its path.

        Raises:
            ValueError: ``text`` is empty or ``locale`` is unknown.
            VoiceUnavailable: No espeak-ng.
            LocaleVoiceMissing: No voice speaks the locale's language.
            SynthesisFailed: The engine failed twice (each time rebuilt).
        """
        if not text.strip():
            raise ValueError("nothing to say: the text is empty")
        if locale not in VOICE_LANGUAGES:
            raise ValueError(f"unknown locale {locale!r}; expected one of {list(VOICE_LANGUAGES)}")
        self.work_dir.mkdir(parents=True, exist_ok=True)
        out = self.work_dir / f"tts-{uuid.uuid4().hex}.wav"
        wpm = min(max(int(rate), ESPEAK_MIN_RATE), ESPEAK_MAX_RATE)
        self._call(lambda holder: _synthesise(holder, text, locale, wpm, clamp_volume(volume), out))
        return out


def _synthesise(
    holder: _EngineHolder, text: str, locale: str, rate: int, volume: float, out: Path
) -> None:
    """Runs on the engine thread: one try, then one more with a fresh engine."""
    problem = ""
    for attempt in (1, 2):
        try:
            voice = holder.voice(locale)
            _synthesise_once(holder, text, voice, rate, volume, out)
            return
        except (VoiceUnavailable, LocaleVoiceMissing):
            raise  # no engine rebuild brings a voice that is not there
        except Exception as exc:  # any engine exception wedges it: rebuild
            problem = f"{type(exc).__name__}: {exc}"
            log.warning("speech engine failed (attempt %d), rebuilding it: %s", attempt, problem)
        # Outside the except block, so the traceback (and the old engine) is freed.
        holder.discard()
        out.unlink(missing_ok=True)
    raise SynthesisFailed(f"the speech engine failed twice: {problem}")


def engines_created() -> int:
    """How many engines this process has built (tests check the rebuild)."""
    return _engine_thread().holder.created
