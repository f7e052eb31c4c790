"""`kiosk say`: writes a WAV with --out, refuses clearly without a device, never loads Qt."""

from __future__ import annotations

import argparse
import ctypes.util
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from kiosk import cli_say
from kiosk.speech.audio_out import make_audio_output

needs_espeak = pytest.mark.skipif(
    ctypes.util.find_library("espeak-ng") is None,
    reason="espeak-ng is not installed (apt-get install espeak-ng)",
)

BLOCK_QT = (
    "import sys, importlib\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is not allowed here: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--data-dir")
    cli_say.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(list(argv))


@needs_espeak
def test_out_writes_the_wav_and_prints_path_and_duration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hello.wav"
    code = cli_say.run(parse("--data-dir", str(tmp_path), "say", "--lang", "ko", "--out", str(out),
                             "안녕하세요,", "반갑습니다."))  # fmt: skip
    printed = capsys.readouterr().out.strip()
    assert code == 0
    with wave.open(str(out), "rb") as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert printed == f"{out} {seconds:.2f} s"  # only our line: pyttsx3's chatter is muted
    assert seconds > 0.5
    assert not list(tmp_path.glob("tts-*.wav"))


@needs_espeak
def test_rate_option_slows_the_voice(tmp_path: Path) -> None:
    durations = []
    for rate in ("90", "200"):
        out = tmp_path / f"r{rate}.wav"
        args = parse("say", "--lang", "en", "--rate", rate, "--out", str(out), "Please wait here.")
        assert cli_say.run(args) == 0
        with wave.open(str(out), "rb") as wav:
            durations.append(wav.getnframes() / wav.getframerate())
    assert durations[0] > 1.4 * durations[1]


def test_without_a_device_it_points_to_out(capsys: pytest.CaptureFixture[str]) -> None:
    if make_audio_output().available:
        pytest.skip("this machine has an audio output device")
    assert cli_say.run(parse("say", "--lang", "en", "Hello")) == 2
    err = capsys.readouterr().err
    assert "no audio output device; use --out FILE.wav" in err


def test_a_missing_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nowhere" / "x.wav"
    assert cli_say.run(parse("say", "--lang", "en", "--out", str(out), "Hello")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_unknown_language_is_refused_by_the_parser() -> None:
    with pytest.raises(SystemExit):
        parse("say", "--lang", "fr", "Bonjour")


@pytest.mark.parametrize(
    "module",
    [
        "kiosk.cli_say",
        "kiosk.speech.speaker",
        "kiosk.speech.tts_pyttsx3",
        "kiosk.speech.audio_out",
        "kiosk.speech.prompt_cache",
    ],
)
def test_speech_out_modules_import_without_qt(module: str) -> None:
    code = BLOCK_QT + f"importlib.import_module({module!r})\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@needs_espeak
def test_say_runs_without_qt(tmp_path: Path) -> None:
    out = tmp_path / "x.wav"
    code = BLOCK_QT + (
        "import argparse\nfrom kiosk import cli_say\n"
        "p = argparse.ArgumentParser(); cli_say.register(p.add_subparsers(dest='command'))\n"
        f"sys.exit(cli_say.run(p.parse_args(['say', '--lang', 'zh_CN', '--out', {str(out)!r},"
        " '您好'])))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.exists()
