"""Speak (or type) to the kiosk: the voice assistant, the bar's last control and its panel."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.core import ids
from kiosk.services.journey_runner import JourneyRunner
from kiosk.services.recognition_service import RecognitionService
from kiosk.services.session_controller import SessionController
from kiosk.services.speech_service import SpeechService
from kiosk.services.voice_assistant import AssistantView, VoiceAssistant
from kiosk.speech.audio_in import AudioSource
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screen_buttons import ScreenButtons
from kiosk.ui.widgets.voice_panel import reading_words


def wire_assistant(
    controller: SessionController,
    window: MainWindow,
    speech: SpeechService | None,
    recognition: RecognitionService | None,
    microphone: AudioSource | None,
    journeys: JourneyRunner,
) -> VoiceAssistant:
    """Speak (or type) to the kiosk: the bar's last control and the panel above the bar."""
    panel = window.voice_panel
    assistant = _build_assistant(controller, window, speech, recognition, microphone, journeys)
    modes = _Modes(controller, window, assistant)
    controller.add_handlers(
        {
            "assistant": modes.tapped,
            "assistant_hold": lambda _: assistant.listen(),
            "assistant_release": lambda _: assistant.finish(),
            "assistant_ask": assistant.take_text,
        }
    )
    assistant.view_did_change.connect(panel.show_view)
    if speech is not None:
        # An answer is said as well as shown, like every error and question.
        def say_answer(view: AssistantView) -> None:
            if view.said_aloud and controller.prefs.voice_on:
                speech.say(panel.spoken_text(), controller.prefs.locale)

        assistant.view_did_change.connect(say_answer)
    assistant.level_did_change.connect(panel.set_level)
    assistant.availability_did_change.connect(modes.show)
    panel.reading_was_chosen.connect(assistant.choose)
    panel.none_was_chosen.connect(assistant.none_of_these)
    panel.listen_was_requested.connect(lambda: assistant.listen(again=True))
    panel.typing_was_requested.connect(modes.type_instead)
    panel.staff_was_requested.connect(assistant.call_staff)
    panel.close_was_requested.connect(assistant.cancel)
    panel.next_was_requested.connect(assistant.go_on)
    if speech is not None:
        speech.speech_will_start.connect(lambda _text: assistant.kiosk_will_speak())
        speech.speech_did_finish.connect(assistant.kiosk_did_stop_speaking)
        speech.speech_did_stop.connect(assistant.kiosk_did_stop_speaking)
    assistant.refresh()
    return assistant


def _build_assistant(
    controller: SessionController,
    window: MainWindow,
    speech: SpeechService | None,
    recognition: RecognitionService | None,
    microphone: AudioSource | None,
    journeys: JourneyRunner,
) -> VoiceAssistant:
    buttons = ScreenButtons(window)
    return VoiceAssistant(
        controller,
        recognition,
        microphone,
        journeys=journeys.journeys,
        field_text=lambda journey, name: journeys.answers(journey).typing.get(name, ""),
        screen_words=buttons.words,
        press_word=buttons.press,
        moves_on=buttons.moves_on,
        reading_words=lambda r: reading_words(window.catalogs[controller.prefs.locale], r),
        before_listening=speech.stop if speech is not None else lambda: None,
        parent=window,
    )


class _Modes(QObject):
    """The bar's assistant control: Speak when a model and microphone are ready, else Type."""

    def __init__(
        self, controller: SessionController, window: MainWindow, assistant: VoiceAssistant
    ) -> None:
        super().__init__(window)  # kept alive with the window: its methods are slots
        self.controller = controller
        self.window = window
        self.assistant = assistant

    def show(self, can_listen: bool) -> None:
        bar = self.window.bar
        bar.set_assistant_mode("speak" if can_listen else "type")
        self.window.voice_panel.can_listen = can_listen
        # The typing screen is built after the first paint (its keyboard is not needed sooner).
        typing = self.window.screens.get(ids.ASSISTANT)
        if typing is not None:
            typing.set_reason(self.assistant.why_not())  # type: ignore[attr-defined]
        prefs = self.controller.prefs
        bar.retranslate(self.window.catalogs[prefs.locale], prefs.text_size, prefs.voice_on)

    def type_instead(self, _: str = "") -> None:
        self.assistant.cancel()
        self.show(not self.assistant.why_not())  # the screen's line says why not speaking
        self.controller.go(ids.ASSISTANT)

    def tapped(self, _: str) -> None:
        if self.window.bar.assistant_mode == "speak":
            self.assistant.toggle()
        else:
            self.type_instead()
