"""``kiosk understand`` through ``run()``, before and independently of its wiring in kiosk.cli."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from kiosk.cli import understand as cli_understand


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk")
    cli_understand.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["understand", *argv])


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = cli_understand.run(parse(*argv), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def test_one_sentence_human_line() -> None:
    code, out = run("--lang", "en", "I've lost my card")
    assert code == 0
    assert out.startswith("lost_card (confidence 1.00)")
    assert out.count("\n") == 1


def test_one_sentence_json_unquoted_words() -> None:
    code, out = run("--lang", "zh_CN", "--json", "我", "想", "取", "钱")
    assert code == 0
    assert json.loads(out) == {
        "text": "我 想 取 钱",
        "intent": "take_ticket",
        "slots": {"service": "cash"},
        "confidence": 1.0,
    }


def test_stdin_one_json_object_per_line() -> None:
    code, out = run("--lang", "ko", stdin="카드가 먹혔어요\n\n오늘 날씨 어때요\r\n")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["intent"] for r in rows] == ["lost_card", "unknown", "unknown"]
    assert [r["text"] for r in rows] == ["카드가 먹혔어요", "", "오늘 날씨 어때요"]
    assert all(set(r) == {"text", "intent", "slots", "confidence"} for r in rows)


def test_unknown_language_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("--lang", "fr", "bonjour")
    err = capsys.readouterr().err
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "fr" in err and "zh_CN" in err


def test_broken_content_is_one_line_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kiosk.speech.intents import clear_cache

    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(tmp_path))  # no locales/ there
    clear_cache()
    try:
        code, _ = run("--lang", "en", "hello")
    finally:
        clear_cache()
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "intents.yaml" in err and "missing" in err


def test_understanding_runs_without_qt() -> None:
    """Branch scripts may run `kiosk understand` where PySide6 is not installed."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import argparse\n"
        "from kiosk.cli import understand as cli_understand\n"
        "ns = argparse.Namespace(lang='en', json=True, text=['stop', 'talking'])\n"
        "sys.exit(cli_understand.run(ns))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["intent"] == "stop"
