"""The kiosk's voice: every screen says its words, a touch silences it, Repeat says it again."""

from __future__ import annotations

from kiosk.core import ids
from kiosk.services.idle import ActivityFilter, follow_speech
from kiosk.services.session_controller import SessionController
from kiosk.services.speech_service import SpeechService
from kiosk.ui.main_window import MainWindow


def wire_speech(
    controller: SessionController,
    window: MainWindow,
    activity: ActivityFilter,
    speech: SpeechService,
) -> None:
    """Every screen says its words on entry; a touch silences it; Repeat says it again."""
    bar = window.bar

    def voice_ready() -> bool:
        return speech.available and controller.prefs.voice_on

    def show_voice_state(*_: object) -> None:
        bar.set_voice_available(speech.available)
        bar.set_repeat_visible(voice_ready())
        prefs = controller.prefs
        bar.retranslate(window.catalogs[prefs.locale], prefs.text_size, prefs.voice_on)

    def say(screen_id: str, words: str) -> None:
        # The attract screen stays quiet: nobody is there yet.
        if screen_id == ids.WELCOME or not words or not voice_ready():
            return
        locale = controller.prefs.locale if controller.prefs.locale in ids.LOCALES else "en"
        speech.say(words, locale, simpler=window.current_screen().simpler_text())

    def on_prefs(prefs: object) -> None:
        if not controller.prefs.voice_on:
            speech.stop()
        show_voice_state()

    def louder(_: str = "") -> None:
        speech.set_volume(min(1.0, speech.volume + 0.1))

    def slower(_: str = "") -> None:
        speech.set_rate_step(speech.rate_step - 1)

    controller.add_handlers(
        {
            "repeat": lambda _: speech.repeat(),
            "stop": lambda _: speech.stop(),
            "louder": louder,
            "slower": slower,
        }
    )
    window.screen_did_show.connect(say)
    # Listening is not being idle: the quiet clock starts when the kiosk falls silent.
    follow_speech(controller.idle, speech)
    activity.activity_did_happen.connect(speech.stop)
    controller.prefs_did_change.connect(on_prefs)
    controller.session_did_end.connect(speech.reset)
    speech.voice_did_fail.connect(show_voice_state)
    show_voice_state()
