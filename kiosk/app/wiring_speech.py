"""The kiosk's voice: every screen says its words, a touch silences it, Repeat says it again."""

from __future__ import annotations

from kiosk.services.idle import ActivityFilter, follow_speech
from kiosk.services.screen_voice import louder, slower, speaking_locale
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
        locale = speaking_locale(screen_id, words, controller.prefs.locale, voice_ready())
        if locale is not None:
            speech.say(words, locale, simpler=window.current_screen().simpler_text())

    def follow(screen_id: str, was: str, words: str) -> None:
        # Not said again: the customer made the change (a touch already silenced
        # the voice) or none did; either way Repeat says what shows (docs/design/0058).
        locale = speaking_locale(screen_id, words, controller.prefs.locale, voice_ready())
        if locale is not None:
            simpler = window.current_screen().simpler_text()
            speech.amend_last(was, words, locale, simpler=simpler)

    def on_prefs(prefs: object) -> None:
        if not controller.prefs.voice_on:
            speech.stop()
        show_voice_state()

    def say_louder(_: str = "") -> None:
        speech.set_volume(louder(speech.volume))

    def say_slower(_: str = "") -> None:
        speech.set_rate_step(slower(speech.rate_step))

    controller.add_handlers(
        {
            "repeat": lambda _: speech.repeat(),
            "stop": lambda _: speech.stop(),
            "louder": say_louder,
            "slower": say_slower,
        }
    )
    window.screen_did_show.connect(say)
    window.screen_words_did_follow.connect(follow)
    # Listening is not being idle: the quiet clock starts when the kiosk falls silent.
    follow_speech(controller.idle, speech)
    activity.activity_did_happen.connect(speech.stop)
    controller.prefs_did_change.connect(on_prefs)
    controller.session_did_end.connect(speech.reset)
    speech.voice_did_fail.connect(show_voice_state)
    show_voice_state()
