"""`kiosk announce`: the real process writes the lobby's chime and call, and refuses bad input."""

from __future__ import annotations

import ctypes.util
import shutil
import wave
from pathlib import Path

import pytest
from cli_helpers import fails, kiosk, ok_json

from kiosk.config import CONFIG_FILE_NAME
from kiosk.paths import assets_dir
from kiosk.queue.announcement import CHIME_FILE
from kiosk.speech.audio_out import make_audio_output

needs_espeak = pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None or shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)
COUNTER = ["--counter-name", "en=counter 3", "--counter-name", "zh_CN=3号窗口"]


def frames(path: Path, head: int | None = None) -> tuple[int, bytes]:
    """The WAV's length in frames, and its first ``head`` frames (default: the chime's)."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes(), wav.readframes(head or CHIME_FRAMES)


CHIME_FRAMES, CHIME_SOUND = frames(assets_dir() / CHIME_FILE, 10**7)


@needs_espeak
def test_the_call_is_written_chime_first_then_each_language_twice(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "call.wav"
    said = ok_json(data_dir, "announce", "A012", *COUNTER, "--lang", "zh_CN", "--lang", "en",
                   "--out", str(out))  # fmt: skip
    assert said["sentences"] == {
        "zh_CN": "请A零一二号顾客到3号窗口办理。",
        "en": "Number A, zero, one, two, please go to counter 3.",
    }
    total, head = frames(out)
    assert head == CHIME_SOUND  # the chime comes first
    # Chime 1.4 s + two rounds of two ~5 s sentences.
    assert 16.0 < said["seconds"] < 30.0
    assert total / 22050 == pytest.approx(said["seconds"], abs=0.001)
    # The lobby's cache now holds both sentences: the lobby says them at once.
    assert len(list((data_dir / "cache" / "lobby").glob("*.wav"))) == 2


@needs_espeak
def test_speech_off_writes_the_chime_alone(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / CONFIG_FILE_NAME).write_text("[lobby]\nspeak = false\n")
    out = tmp_path / "chime.wav"
    said = ok_json(data_dir, "announce", "B003", *COUNTER, "--out", str(out))
    assert frames(out)[0] == CHIME_FRAMES and said["seconds"] == pytest.approx(1.4, abs=0.01)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["A 12", "--counter-name", "counter 3"], ["letters and digits like A012"]),
        (["A012", "--counter-name", "fr=guichet 3"], ["'fr' is not a language"]),
        (["A012", "--counter-name", " "], ["counter name for en must be plain text"]),
        (["A012", "--counter-name", "c", "--out", "/dev/null"], ["is a device"]),
        (["A012", "--counter-name", "c", "--out", "/no/such/dir/x.wav"], ["does not exist"]),
    ],
)
def test_bad_input_is_one_line_and_exit_2(data_dir: Path, args: list[str], words) -> None:
    fails(kiosk(data_dir, "announce", *args), *words)


def test_without_an_audio_device_it_asks_for_out(data_dir: Path) -> None:
    if make_audio_output().available:
        pytest.skip("this machine has an audio output device")
    fails(kiosk(data_dir, "announce", "A012", *COUNTER), "no audio output device; use --out")
