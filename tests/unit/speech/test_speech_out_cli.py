"""`kiosk say`: writes a WAV with --out, refuses clearly without a device, never loads Qt."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from kiosk.cli import say as cli_say
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
        "kiosk.cli.say",
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
        "import argparse\nfrom kiosk.cli import say as cli_say\n"
        "p = argparse.ArgumentParser(); cli_say.register(p.add_subparsers(dest='command'))\n"
        f"sys.exit(cli_say.run(p.parse_args(['say', '--lang', 'zh_CN', '--out', {str(out)!r},"
        " '您好'])))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.exists()


@needs_espeak
def test_json_prints_voice_seconds_and_out_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    out = tmp_path / "n.wav"
    args = parse("--data-dir", str(tmp_path), "say", "--lang", "zh_CN", "--json", "--out",
                 str(out), "您的号码是A零一二号")  # fmt: skip
    assert cli_say.run(args) == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed) == ["voice", "seconds", "out"]
    assert "pinyin" in printed["voice"]  # Mandarin, not the "latin as English" cmn
    with wave.open(str(out), "rb") as wav:
        assert printed["seconds"] == pytest.approx(wav.getnframes() / wav.getframerate(), abs=1e-3)
    assert printed["out"] == str(out)


def test_json_without_a_device_is_still_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if make_audio_output().available:
        pytest.skip("this machine has an audio output device")
    assert cli_say.run(parse("say", "--lang", "ko", "--json", "안녕하세요")) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".kiosk-say-", "tts-")))


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder", "device"])
def test_out_refuses_anything_but_a_regular_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    victim = tmp_path / "important.txt"
    victim.write_text("keep me")
    target = tmp_path / "x.wav"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(victim)
    elif kind == "folder":
        target.mkdir()
    else:
        target = Path("/dev/null")
    assert cli_say.run(parse("say", "--lang", "en", "--out", str(target), "Hello")) == 2
    err = capsys.readouterr().err.strip()
    words = {"fifo": "FIFO", "symlink": "symbolic link", "folder": "folder", "device": "device"}
    assert len(err.splitlines()) == 1 and words[kind] in err
    assert victim.read_text() == "keep me"  # never written through a link
    assert _leftovers(tmp_path) == []
    if kind == "symlink":
        assert target.is_symlink()


@needs_espeak
def test_out_replaces_a_regular_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "old.wav"
    target.write_text("not a wav yet")
    assert cli_say.run(parse("say", "--lang", "en", "--out", str(target), "Hello")) == 0
    assert target.read_bytes()[:4] == b"RIFF"
    assert _leftovers(tmp_path) == []


def test_a_failed_synthesis_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.speech import tts_pyttsx3
    from kiosk.speech.speaker import SynthesisFailed

    def fail(self: tts_pyttsx3.Pyttsx3Synthesiser, *_: object) -> Path:
        (self.work_dir / "tts-half.wav").write_bytes(b"RIFF")  # half-written, then it fails
        raise SynthesisFailed("the speech engine failed twice")

    monkeypatch.setattr(tts_pyttsx3.Pyttsx3Synthesiser, "synthesise", fail)
    target = tmp_path / "x.wav"
    assert cli_say.run(parse("say", "--lang", "en", "--out", str(target), "Hello")) == 2
    assert "failed twice" in capsys.readouterr().err
    assert not target.exists() and _leftovers(tmp_path) == []
