"""The kiosk reads each screen aloud, stops at a touch, and says it again on request.

Synthesis is faked (a short silent WAV) and so is the loudspeaker — this machine
has none; the real pyttsx3/espeak-ng path is tested in tests/unit/speech.
"""

from __future__ import annotations

import pytest
from conftest import tap
from test_speech_service import SETTINGS, FakeOutput, FakeSynthesiser

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.printing import NullPrinter
from kiosk.services.speech_service import SpeechService
from kiosk.speech.speaker import NullAudioOutput


@pytest.fixture
def speaking(qtbot, tmp_path):
    synth = FakeSynthesiser(tmp_path / "wav")
    output = FakeOutput(play_s=2.0)
    speech = SpeechService(synth, output, SETTINGS)
    kiosk = build_kiosk(Config({"idle.timeout_seconds": 600}), printer=NullPrinter(), speech=speech)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    yield kiosk, synth, output, speech
    speech.shutdown()
    kiosk.window.allow_close()


def test_each_screen_speaks_its_own_words_in_its_language(qtbot, speaking) -> None:
    kiosk, synth, _, _ = speaking
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["ko"])
    qtbot.waitUntil(
        lambda: any("오늘 무엇을 도와 드릴까요?" in t for t in synth.texts()), timeout=2000
    )
    home_call = next(c for c in synth.calls if "오늘 무엇을" in c[0])
    assert home_call[1] == "ko"
    assert not any("Touch anywhere" in t for t in synth.texts())  # the attract screen is quiet


def test_a_touch_stops_the_voice_and_say_it_again_repeats_slower(qtbot, speaking) -> None:
    kiosk, synth, output, speech = speaking
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    qtbot.waitUntil(lambda: speech.is_speaking, timeout=10_000)
    repeat = kiosk.window.bar.buttons["repeat"]
    assert repeat.isVisible() and repeat.title.text() == "Say it again"
    tap(qtbot, repeat)  # the touch stops the voice, the button says it again
    assert output.stopped_at is not None
    qtbot.waitUntil(lambda: len(synth.calls) >= 2, timeout=10_000)
    assert synth.calls[-1][2] < synth.calls[0][2]  # one step slower


def test_voice_off_means_silence_and_no_say_it_again(qtbot, speaking) -> None:
    kiosk, synth, _, _ = speaking
    tap(qtbot, kiosk.window.bar.buttons["voice"])
    assert not kiosk.window.bar.buttons["repeat"].isVisible()
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    qtbot.wait(300)
    assert synth.calls == []


def test_no_loudspeaker_says_so_on_the_voice_button(qtbot, tmp_path) -> None:
    speech = SpeechService(FakeSynthesiser(tmp_path), NullAudioOutput("no audio output device"))
    kiosk = build_kiosk(Config(), printer=NullPrinter(), speech=speech)
    qtbot.addWidget(kiosk.window)
    voice = kiosk.window.bar.buttons["voice"]
    assert voice.title.text() == "No voice here" and not voice.isEnabled()
    assert not kiosk.window.bar.buttons["repeat"].isVisible()
    speech.shutdown()
    kiosk.window.allow_close()


def test_the_assistants_answer_is_said_as_well_as_shown(qtbot, speaking) -> None:
    kiosk, synth, _, _ = speaking
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    kiosk.assistant.take_text("the weather on mars tomorrow")
    sorry = kiosk.window.voice_panel.title.text()
    assert kiosk.window.voice_panel.isVisible() and sorry
    qtbot.waitUntil(lambda: any(sorry in t for t in synth.texts()), timeout=10_000)
    # On a phone field, said digits are typed and the kiosk says to check them.
    kiosk.controller.handle("journey_start", "lost_card")
    kiosk.controller.handle("journey_choose", "lost")
    kiosk.controller.go("journey.lost_card.phone")
    kiosk.assistant.take_text("oh one three eight")
    qtbot.waitUntil(lambda: any("check the number" in t for t in synth.texts()), timeout=10_000)
    assert not any("one three eight" in t for t in synth.texts())  # never read back


def test_words_that_change_on_a_screen_are_said_as_they_appear(qtbot, speaking) -> None:
    # A calculator's answer and a glossary word's meaning appear without a new
    # screen: they were shown but never said (their signal reached no voice).
    from test_products_ui import open_page, to_products, type_keys

    kiosk, synth, _, _ = speaking
    to_products(qtbot, kiosk)
    open_page(qtbot, kiosk, "time_deposit", "calculator")
    type_keys(qtbot, kiosk.window.current_screen(), "99999999")
    too_much = "The largest amount here is 10,000,000 Chinese yuan."
    qtbot.waitUntil(lambda: any(too_much in t for t in synth.texts()), timeout=10_000)
    kiosk.controller.handle("go", ids.PRODUCTS)
    open_page(qtbot, kiosk, "personal_loan", "glossary")
    screen = kiosk.window.current_screen()
    tap(qtbot, screen.term_buttons[0])
    meaning = screen.meaning.text.text()
    qtbot.waitUntil(lambda: any(meaning in t for t in synth.texts()), timeout=10_000)
