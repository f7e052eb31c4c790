"""`kiosk check` on the lobby's sound: no speakers is a warning, a missing chime a failure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import diagnostics
from kiosk.config import CONFIG_FILE_NAME
from kiosk.speech import audio_out
from kiosk.speech.speaker import NullAudioOutput

ROOT = Path(__file__).resolve().parents[2]


class FakeSpeaker(NullAudioOutput):
    """An output that is there (the check only asks whether it is)."""

    def __init__(self) -> None:
        super().__init__("")

    @property
    def available(self) -> bool:
        return True


def lobby(data_dir: Path) -> diagnostics.CheckResult:
    return diagnostics.check_lobby_audio(data_dir)


def test_no_audio_device_is_a_warning_line_and_check_still_passes(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        audio_out, "make_audio_output", lambda: NullAudioOutput(audio_out.NO_DEVICE)
    )
    monkeypatch.setattr(diagnostics, "CHECKS", [diagnostics.check_lobby_audio])
    assert diagnostics.run_checks(data_dir) == 0
    printed = capsys.readouterr().out
    assert "warn lobby  no audio device — calls are shown only" in printed
    assert "1 passed, 0 failed, 1 warning" in printed


def test_with_speakers_it_says_what_the_lobby_will_do(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio_out, "make_audio_output", FakeSpeaker)
    result = lobby(data_dir)
    assert result.ok and not result.warning
    assert result.detail == "chime (1.4 s), then each call said 2x"
    (data_dir / CONFIG_FILE_NAME).write_text("[lobby]\nspeak = false\n")
    assert lobby(data_dir).detail == "chime (1.4 s) only: lobby.speak is off"


def test_a_missing_chime_fails_with_the_fix(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "locales", content / "locales")
    (content / "assets").mkdir()
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(content))
    result = lobby(data_dir)
    assert not result.ok and result.detail.startswith("no chime: cannot play")
    assert "packaging/tools/make_chime.py" in result.fix


def test_a_missing_audio_library_fails_with_the_fix(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        audio_out, "make_audio_output", lambda: NullAudioOutput(audio_out.NO_PORTAUDIO)
    )
    result = lobby(data_dir)
    assert not result.ok and result.fix == "apt-get install libportaudio2"
