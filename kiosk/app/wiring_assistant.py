"""Speak (or type) to the kiosk: the voice assistant, the bar's last control and its panel."""

from __future__ import annotations

from kiosk.core import ids
from kiosk.services.journey_runner import JourneyRunner
from kiosk.services.recognition_service import RecognitionService
from kiosk.services.session_controller import SessionController
from kiosk.services.speech_service import SpeechService
from kiosk.services.voice_assistant import AssistantView, VoiceAssistant
from kiosk.speech.audio_in import AudioSource
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.voice_panel import reading_words

# The assistant's answers said aloud (listening and "off" are shown only: the
# customer is talking, or the bar's own line says why).
SPOKEN_ANSWERS = frozenset(("ask", "sorry", "staff", "typed", "keypad_only", "name"))


def wire_assistant(
    controller: SessionController,
    window: MainWindow,
    speech: SpeechService | None,
    recognition: RecognitionService | None,
    microphone: AudioSource | None,
    journeys: JourneyRunner,
) -> VoiceAssistant:
    """Speak (or type) to the kiosk: the bar's last control and the panel above the bar."""
    bar, panel = window.bar, window.voice_panel

    def buttons() -> list[LabelButton]:
        # "Say what you see": the screen's own buttons, not keys or the bar.
        screen = window.current_screen()
        return [
            b
            for b in screen.findChildren(LabelButton)
            if b.isVisible() and b.isEnabled() and b.property("kiosk_kind") in ("button", "tile")
        ]

    assistant = VoiceAssistant(
        controller,
        recognition,
        microphone,
        journeys=journeys.journeys,
        field_text=lambda journey, name: journeys.answers(journey).typing.get(name, ""),
        screen_words=lambda: [b.title.text() for b in buttons()],
        press_word=lambda i: buttons()[i].click(),
        moves_on=lambda i: buttons()[i].property("kiosk_action") == "journey_next",
        reading_words=lambda r: reading_words(window.catalogs[controller.prefs.locale], r),
        before_listening=speech.stop if speech is not None else lambda: None,
        parent=window,
    )

    def show_mode(can_listen: bool) -> None:
        bar.set_assistant_mode("speak" if can_listen else "type")
        panel.can_listen = can_listen
        # The typing screen is built after the first paint (its keyboard is not needed sooner).
        typing = window.screens.get(ids.ASSISTANT)
        if typing is not None:
            typing.set_reason(assistant.why_not())  # type: ignore[attr-defined]
        prefs = controller.prefs
        bar.retranslate(window.catalogs[prefs.locale], prefs.text_size, prefs.voice_on)

    def type_instead(_: str = "") -> None:
        assistant.cancel()
        show_mode(not assistant.why_not())  # the screen's line says why not speaking
        controller.go(ids.ASSISTANT)

    def tapped(_: str) -> None:
        if bar.assistant_mode == "speak":
            assistant.toggle()
        else:
            type_instead()

    controller.add_handlers(
        {
            "assistant": tapped,
            "assistant_hold": lambda _: assistant.listen(),
            "assistant_release": lambda _: assistant.finish(),
            "assistant_ask": assistant.take_text,
        }
    )
    assistant.view_did_change.connect(panel.show_view)
    if speech is not None:
        # An answer is said as well as shown, like every error and question.
        def say_answer(view: AssistantView) -> None:
            if view.phase in SPOKEN_ANSWERS and controller.prefs.voice_on:
                speech.say(panel.spoken_text(), controller.prefs.locale)

        assistant.view_did_change.connect(say_answer)
    assistant.level_did_change.connect(panel.set_level)
    assistant.availability_did_change.connect(show_mode)
    panel.reading_was_chosen.connect(assistant.choose)
    panel.none_was_chosen.connect(assistant.none_of_these)
    panel.listen_was_requested.connect(lambda: assistant.listen(again=True))
    panel.typing_was_requested.connect(type_instead)
    panel.staff_was_requested.connect(assistant.call_staff)
    panel.close_was_requested.connect(assistant.cancel)
    if speech is not None:
        speech.speech_will_start.connect(lambda _text: assistant.kiosk_will_speak())
        speech.speech_did_finish.connect(assistant.kiosk_did_stop_speaking)
        speech.speech_did_stop.connect(assistant.kiosk_did_stop_speaking)
    assistant.refresh()
    return assistant
