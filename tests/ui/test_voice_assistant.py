"""The assistant on a real kiosk: typed or spoken words do what a tap does.

(Screens are read from the session: the shared fixture's idle timer is short.)

Typed questions run everywhere; spoken ones use the real Korean Vosk model
with Korean commands synthesised by espeak-ng (skipped where either is missing).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import UNIT_MS, screen_texts, tap

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.services.recognition_service import RecognitionService
from kiosk.speech.audio_in import WavFileSource
from kiosk.ui.widgets.label_button import LabelButton


def panel_button(kiosk, action: str, index: int = 0) -> LabelButton:
    found = [
        b
        for b in kiosk.window.voice_panel.findChildren(LabelButton)
        if b.property("kiosk_action") == action and b.isVisible()
    ]
    return found[index]


def test_without_speech_the_bar_offers_typing_and_says_why(qtbot, kiosk) -> None:
    bar = kiosk.window.bar
    assert bar.assistant_mode == "type"
    assert bar.actions()[-1] == "assistant"
    tap(qtbot, bar.buttons["assistant"])
    assert kiosk.controller.session.current == ids.ASSISTANT
    assert "Speaking to the kiosk is turned off here" in screen_texts(kiosk)


def test_a_typed_question_opens_the_task(qtbot, kiosk) -> None:
    kiosk.controller.handle("assistant")
    screen = kiosk.window.current_screen()
    tap(qtbot, screen.ask)  # nothing typed yet: says so, goes nowhere
    assert kiosk.controller.session.current == ids.ASSISTANT
    assert "Please type a few words first." in screen_texts(kiosk)
    for letter in "lost card":
        tap(qtbot, screen.keyboard.key(letter.upper() if letter != " " else "space"))
    assert screen.keyboard.text().lower() == "lost card"
    tap(qtbot, screen.ask)
    assert kiosk.controller.session.current.startswith("journey.lost_card.")


def test_speak_is_a_tap_or_a_hold_while_talking(qtbot) -> None:
    from PySide6.QtCore import Qt

    from kiosk.ui.widgets.fixed_bar import FixedBar

    bar = FixedBar()
    qtbot.addWidget(bar)
    bar.set_assistant_mode("speak")
    bar.show()
    sent: list[str] = []
    bar.action_was_tapped.connect(sent.append)
    speak = bar.buttons["assistant"]
    tap(qtbot, speak)
    assert sent == ["assistant"]
    sent.clear()
    centre = speak.rect().center()
    qtbot.mousePress(speak, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(FixedBar.TALK_HOLD_MS + 200)
    assert sent == ["assistant_hold"]  # listening while held
    qtbot.mouseRelease(speak, Qt.MouseButton.LeftButton, pos=centre)
    assert sent == ["assistant_hold", "assistant_release"]  # let go: that was the question
    bar.set_assistant_mode("type")
    sent.clear()
    qtbot.mousePress(speak, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(FixedBar.TALK_HOLD_MS + 200)
    qtbot.mouseRelease(speak, Qt.MouseButton.LeftButton, pos=centre)
    assert sent == ["assistant"]  # Type has no hold: it opens the keyboard


def test_an_unsure_reading_asks_with_big_buttons_and_acts_on_the_choice(qtbot, kiosk) -> None:
    kiosk.controller.go(ids.HOME)
    kiosk.assistant.take_text("can I get a numbr for mony")
    view = kiosk.assistant.view
    assert view.phase == "ask"
    assert ("take_ticket", {"service": "cash"}) in view.readings
    assert kiosk.controller.session.current == ids.HOME  # nothing done on a guess
    assert kiosk.window.voice_panel.isVisible()
    index = view.readings.index(("take_ticket", {"service": "cash"}))
    tap(qtbot, panel_button(kiosk, "assistant_reading", index))
    assert kiosk.controller.session.current == ids.TICKET_PRIORITY
    assert not kiosk.window.voice_panel.isVisible()


def test_three_misunderstandings_offer_a_member_of_staff(qtbot, kiosk) -> None:
    kiosk.controller.go(ids.HOME)
    for _ in range(2):
        kiosk.assistant.take_text("what will the weather be like tomorrow")
        assert kiosk.assistant.view.phase == "sorry"
    kiosk.assistant.take_text("what will the weather be like tomorrow")
    assert kiosk.assistant.view.phase == "staff"
    assert "Shall I call a member of staff?" in kiosk.window.voice_panel.title.text()
    tap(qtbot, panel_button(kiosk, "assistant_staff"))
    assert kiosk.controller.session.current == ids.HELP_REQUESTED


def test_saying_a_button_word_presses_it(qtbot, kiosk) -> None:
    kiosk.controller.handle("journey_start", "mobile_banking_help")
    first = kiosk.controller.session.current
    kiosk.assistant.take_text("Help with the banking app")  # a heading, not a button: no effect
    kiosk.controller.handle("journey_choose", "install")
    step = kiosk.controller.session.current
    kiosk.assistant.take_text("next please")
    assert kiosk.controller.session.current not in (first, step)


def test_a_new_customer_starts_with_a_closed_panel(qtbot, kiosk) -> None:
    kiosk.controller.go(ids.HOME)
    kiosk.assistant.take_text("blah blah")
    assert kiosk.window.voice_panel.isVisible()
    kiosk.controller.end_session()
    assert not kiosk.window.voice_panel.isVisible()
    assert kiosk.assistant.listener.misses == 0


# -- speaking, with the real Korean model --------------------------------------


class _Microphone:
    """Plays the next WAV as if a customer spoke it into the microphone."""

    available = True
    reason = ""
    live = False

    def __init__(self) -> None:
        self.wav: WavFileSource | None = None

    def blocks(self):  # type: ignore[no-untyped-def]
        assert self.wav is not None
        return self.wav.blocks()

    def close(self) -> None:
        if self.wav is not None:
            self.wav.close()


@pytest.fixture(scope="module")
def korean_engine():  # type: ignore[no-untyped-def]
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is missing")
    from kiosk.speech.vosk_recognizer import VoskEngine

    engine = VoskEngine()
    ok, reason = engine.available("ko")
    if not ok:
        pytest.skip(reason)
    return engine


def test_a_korean_customer_runs_tasks_by_voice(qtbot, korean_engine, tmp_path: Path) -> None:
    microphone = _Microphone()
    recognition = RecognitionService(korean_engine)
    kiosk = build_kiosk(
        Config({"ui.default_locale": "ko"}),
        idle_unit_ms=UNIT_MS * 50,
        recognition=recognition,
        microphone=microphone,
    )
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    try:
        bar = kiosk.window.bar
        assert bar.assistant_mode == "type"  # until the model has loaded
        with qtbot.waitSignal(recognition.model_did_load, timeout=60_000):
            recognition.load(["ko"])
        assert bar.assistant_mode == "speak"

        def say(words: str, n: int) -> None:
            wav = tmp_path / f"{n}.wav"
            subprocess.run(["espeak-ng", "-v", "ko+f3", "-w", str(wav), words], check=True)
            microphone.wav = WavFileSource(wav, pad_ms=300)
            with qtbot.waitSignal(recognition.listening_did_stop, timeout=30_000):
                tap(qtbot, bar.buttons["assistant"])
                assert kiosk.assistant.view.phase == "listening"

        kiosk.controller.go(ids.HOME)
        say("번호표 주세요", 1)
        assert kiosk.controller.visible_screen == ids.TICKET_SERVICE, kiosk.assistant.view
        kiosk.controller.go(ids.HOME)
        say("카드 잃어버렸어요", 2)
        assert kiosk.controller.visible_screen.startswith("journey.lost_card."), (
            kiosk.assistant.view
        )
        say("직원 불러 주세요", 3)
        assert kiosk.controller.visible_screen == ids.HELP_REQUESTED, kiosk.assistant.view
        # While the kiosk speaks the microphone is closed.
        kiosk.assistant.kiosk_will_speak()
        assert recognition.paused and not recognition.listening
        kiosk.assistant.kiosk_did_stop_speaking()
        assert not recognition.paused
    finally:
        recognition.shutdown()
        kiosk.window.allow_close()


# -- the booking scanner, as wired by the composition root ----------------------


def _scan(qtbot, kiosk, text: str) -> None:
    """Keys as a scanner types them: to the window, far faster than a person."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    window = kiosk.window.windowHandle()
    for char in [*text, "\r"]:
        key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
    QCoreApplication.sendPostedEvents()
    qtbot.wait(100)


@pytest.mark.parametrize("scanned", ["KIOSK-BOOKING:ZZ99ZZ", "https://example.com/shop"])
def test_any_scan_on_a_customer_screen_ends_at_check_in_with_words(qtbot, kiosk, scanned) -> None:
    kiosk.controller.go(ids.HOME)
    _scan(qtbot, kiosk, scanned)
    # No queue here, so even a real-looking booking is not found: the page says
    # what to check and offers staff, whatever was scanned.
    assert kiosk.controller.session.current == "journey.check_in.not_found"
