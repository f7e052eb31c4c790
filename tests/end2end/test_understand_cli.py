"""`kiosk understand …` run as the real program (the command-line contract)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def kiosk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )


def _registered() -> bool:
    return "understand" in kiosk("--help").stdout


pytestmark = pytest.mark.skipif(
    not _registered(), reason="`kiosk understand` is not wired into kiosk.cli yet"
)


def test_text_argument_json() -> None:
    result = kiosk("understand", "--lang", "en", "--json", "I can't hear you")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "text": "I can't hear you",
        "intent": "louder",
        "slots": {},
        "confidence": 1.0,
    }


def test_text_argument_human_line() -> None:
    result = kiosk("understand", "--lang", "ko", "카드가 먹혔어요")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("lost_card")


def test_stdin_lines() -> None:
    result = kiosk("understand", "--lang", "zh_CN", stdin="我 想 取 钱\n今天天气怎么样\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["intent"], r["slots"]) for r in rows] == [
        ("take_ticket", {"service": "cash"}),
        ("unknown", {}),
    ]


def test_bad_language_one_line_exit_2() -> None:
    result = kiosk("understand", "--lang", "xx", "hello")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
