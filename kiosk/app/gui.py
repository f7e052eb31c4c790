"""``kiosk run`` and ``kiosk demo``: the kiosk window (and, in the demo, the staff console)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.app.kiosk import Kiosk, build_kiosk
from kiosk.app.qt import qt_app, require_display, run_until_quit
from kiosk.app.stores import store_factory
from kiosk.config import Config
from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.services.background import Background
from kiosk.services.first_paint import AfterFirstPaint
from kiosk.services.queue_service import StoreFactory

if TYPE_CHECKING:
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.speech.audio_in import AudioSource

log = logging.getLogger(__name__)


def run_gui(
    config: Config,
    data_dir: Path,
    *,
    show: Callable[[Kiosk], object] | None = None,
    wrap_stores: Callable[[StoreFactory], StoreFactory] | None = None,
) -> int:
    """``kiosk run``: the kiosk fullscreen and locked.

    Args:
        show: Shows the kiosk another way instead (``kiosk demo``: kiosk/demo/
            scales it and tiles it with the console and the lobby); what it
            returns is kept until the loop ends.
        wrap_stores: Wraps the store factory (the demo's staff account and queue).
    """
    demo = show is not None
    if not require_display():
        return 2
    app = qt_app()
    from kiosk.services.speech_service import create_speech_service

    # The voice's worker and the audio probe start after the first paint (it logs
    # "voice unavailable" then, and the bar follows).
    speech = create_speech_service(config, data_dir, start=False)
    stores = store_factory(config, data_dir)
    if wrap_stores is not None:
        stores = wrap_stores(stores)
    kiosk = build_kiosk(
        config,
        kiosk_mode=not demo,
        store_factory=stores,
        speech=speech,
        defer_screens=True,
    )
    AfterFirstPaint(kiosk.window, speech.start)
    listening = _listen_after_first_paint(kiosk, config)
    if show is None:
        kiosk.window.enter_kiosk_mode()
    shown = show(kiosk) if show is not None else None  # kept while the loop runs
    log.info("kiosk started (%s), data dir %s", "demo" if demo else "kiosk", data_dir)
    code = run_until_quit(app, kiosk.window)
    del shown
    speech.shutdown()
    for recognition in listening:
        recognition.shutdown()
    if kiosk.queue is not None:
        kiosk.queue.shutdown()
    return code


def _listen_after_first_paint(kiosk: Kiosk, config: Config) -> list[RecognitionService]:
    """Speech input, its models and the understanding, once the window has painted.

    Not on a fixed timer, which a slow machine can beat: probing the microphone
    and the warm-up would only delay the welcome screen, and the bar offers
    Type until a model has loaded anyway.

    Returns:
        The recognisers started (filled in after the first paint), to shut down.
    """
    listening: list[RecognitionService] = []

    def start_listening() -> None:
        recognition, microphone = _speech_input(config)
        listening.append(recognition)
        kiosk.assistant.attach(recognition, microphone)
        recognition.load_later()
        Background(kiosk.window).run(_warm_up_understanding)

    AfterFirstPaint(kiosk.window, start_listening)
    return listening


def _speech_input(config: Config) -> tuple[RecognitionService, AudioSource]:
    """The recogniser and microphone the settings ask for (either may say "none, because …")."""
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.speech.audio_in import NullSource, make_microphone
    from kiosk.speech.vosk_recognizer import make_engine

    engine = make_engine(config)
    microphone = (
        make_microphone(config["speech.input_device"])
        if config["speech.input_enabled"]
        else NullSource("speech input is turned off")
    )
    if not microphone.available:
        log.warning("speech input unavailable: %s", microphone.reason)
    service = RecognitionService(
        engine, phrases=_first_grammar, max_seconds=config["speech.listen_seconds"]
    )
    return service, microphone


def _first_grammar(locale: str) -> list[str] | None:
    """What the recogniser warms up with: the home screen's short grammar."""
    from kiosk.speech.intents import matcher_for
    from kiosk.speech.intents.screen_grammar import grammar_for

    try:
        return grammar_for(ids.HOME, matcher_for(locale))
    except KioskError as exc:
        log.warning("no grammar for %s: %s", locale, exc)
        return None


def _warm_up_understanding() -> None:
    import numpy  # noqa: F401  (audio capture needs it: imported here, not on the first listen)

    from kiosk.speech.intents import load_all

    load_all()
