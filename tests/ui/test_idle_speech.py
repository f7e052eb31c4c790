"""Listening is not being idle: the quiet clock starts when the kiosk stops speaking.

Real QTimers on a short "second" (20 ms), a real SpeechService whose fake output
"plays" for a set time, and the kiosk built by the composition root.
"""

from __future__ import annotations

import time
from pathlib import Path

from conftest import UNIT_MS, tap
from test_speech_service import SETTINGS, FakeOutput, FakeSynthesiser

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.services.idle import IdleTimer, follow_speech
from kiosk.services.speech_service import SpeechService
from kiosk.speech.speaker import SpeechError

TIMEOUT_S = 15  # 300 ms of quiet before the warning (the least the settings allow)


def idle_timer(qtbot, **kwargs) -> tuple[IdleTimer, list[float]]:
    """An enabled idle timer and the moments its warning started."""
    idle = IdleTimer(TIMEOUT_S, 20, unit_ms=UNIT_MS, **kwargs)
    warnings: list[float] = []
    idle.warning_did_start.connect(lambda _s: warnings.append(time.monotonic()))
    idle.set_enabled(True)
    return idle, warnings


def test_no_warning_while_the_kiosk_speaks_for_longer_than_the_timeout(qtbot) -> None:
    idle, warnings = idle_timer(qtbot)
    idle.kiosk_will_speak("A long product page.")
    qtbot.wait(TIMEOUT_S * UNIT_MS * 3)  # three timeouts of talking
    assert not warnings and not idle.counting
    stopped = time.monotonic()
    idle.kiosk_did_stop_speaking()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    # The full quiet period is counted from the end of speech, not from its start.
    assert warnings[0] - stopped >= TIMEOUT_S * UNIT_MS / 1000 * 0.9


def test_a_touch_while_speaking_does_not_start_the_clock_early(qtbot) -> None:
    idle, warnings = idle_timer(qtbot)
    idle.kiosk_will_speak()
    idle.restart()  # a touch that did not (yet) silence the voice
    idle.set_enabled(True)  # a new screen, still speaking
    assert not idle.counting
    qtbot.wait(TIMEOUT_S * UNIT_MS * 2)
    assert not warnings


def test_the_spoken_countdown_is_not_held_by_its_own_speech(qtbot) -> None:
    idle, warnings = idle_timer(qtbot)
    ran_out: list[bool] = []
    idle.time_did_run_out.connect(lambda: ran_out.append(True))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    idle.kiosk_will_speak("20 seconds left.")  # the warning screen speaks
    qtbot.waitUntil(lambda: bool(ran_out), timeout=20 * UNIT_MS * 3)
    assert idle.warning_active is False


def test_speech_that_never_ends_holds_the_clock_only_so_long(qtbot) -> None:
    # A wedged audio output must not keep a customer's data on screen for ever.
    idle, warnings = idle_timer(qtbot, max_speech_hold_s=4 * TIMEOUT_S)
    idle.kiosk_will_speak()
    qtbot.wait(TIMEOUT_S * UNIT_MS * 2)
    assert not warnings
    qtbot.waitUntil(lambda: bool(warnings), timeout=5 * TIMEOUT_S * UNIT_MS * 3)


def test_the_speech_service_signals_drive_the_clock(qtbot, tmp_path: Path) -> None:
    output = FakeOutput(play_s=TIMEOUT_S * UNIT_MS * 2.5 / 1000)  # 2.5 timeouts of talking
    speech = SpeechService(FakeSynthesiser(tmp_path / "wav"), output, SETTINGS)
    try:
        idle, warnings = idle_timer(qtbot)
        follow_speech(idle, speech)
        with qtbot.waitSignal(speech.speech_will_start, timeout=10_000):
            speech.say("Here is how a fixed-term deposit works.", "en")
        with qtbot.waitSignal(speech.speech_did_finish, timeout=10_000):
            pass
        finished = time.monotonic()
        assert not warnings  # the whole page was heard without a warning
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
        assert warnings[0] - finished >= TIMEOUT_S * UNIT_MS / 1000 * 0.9
    finally:
        speech.shutdown()


class BrokenOutput(FakeOutput):
    def play(self, path: Path) -> None:
        raise SpeechError("the sound card went away")


def test_speech_that_cannot_be_played_releases_the_clock(qtbot, tmp_path: Path) -> None:
    speech = SpeechService(FakeSynthesiser(tmp_path / "wav"), BrokenOutput(), SETTINGS)
    try:
        idle, warnings = idle_timer(qtbot)
        follow_speech(idle, speech)
        with qtbot.waitSignal(speech.voice_did_fail, timeout=10_000):
            speech.say("Hello.", "en")
        assert not idle.speaking and idle.counting
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    finally:
        speech.shutdown()


def test_the_kiosk_waits_for_its_own_words_before_the_timeout(qtbot, tmp_path: Path) -> None:
    """Built by the composition root: a page that talks longer than the timeout."""
    # A whole kiosk on a loaded machine: 300 ms "seconds" (4.5 s of quiet, 6 s of
    # warning), so polling never misses the warning before the session is wiped. At
    # 100 ms a CI worker sharing two cores saw the session wiped (welcome) before it
    # looked at the screen after the words ended.
    unit_ms = 300
    config = Config({"idle.timeout_seconds": TIMEOUT_S, "idle.warning_seconds": 20})
    output = FakeOutput(play_s=TIMEOUT_S * unit_ms * 2 / 1000)
    speech = SpeechService(FakeSynthesiser(tmp_path / "wav"), output, SETTINGS)
    kiosk = build_kiosk(config, idle_unit_ms=unit_ms, speech=speech)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    # When the kiosk fell silent (its words ended, or were cut for newer ones).
    silent: list[float] = []
    speech.speech_did_finish.connect(lambda *_: silent.append(time.monotonic()))
    speech.speech_did_stop.connect(lambda *_: silent.append(time.monotonic()))
    try:
        tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
        tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])  # home speaks
        qtbot.waitUntil(lambda: speech.is_speaking, timeout=10_000)
        assert not kiosk.controller.idle.counting
        qtbot.waitUntil(lambda: bool(silent) and not speech.is_speaking, timeout=10_000)
        finished = silent[-1]
        assert kiosk.controller.visible_screen == ids.HOME
        qtbot.waitUntil(
            lambda: kiosk.controller.visible_screen == ids.TIMEOUT_WARNING, timeout=10_000
        )
        assert time.monotonic() - finished >= TIMEOUT_S * unit_ms / 1000 * 0.9
    finally:
        kiosk.controller.idle.set_enabled(False)  # no countdown left running after the test
        kiosk.window.allow_close()
        speech.shutdown()
