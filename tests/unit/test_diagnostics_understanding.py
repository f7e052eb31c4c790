"""`kiosk check` loads every locale's sentence templates and the second stage's word lists."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.diagnostics import CHECKS, check_understanding
from kiosk.paths import locales_dir


def test_the_understanding_check_is_part_of_kiosk_check() -> None:
    assert check_understanding in CHECKS


def test_the_shipped_files_pass(tmp_path: Path) -> None:
    result = check_understanding(tmp_path)
    assert result.ok, result.detail
    assert "3 locales" in result.detail


@pytest.fixture
def content_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "content"
    shutil.copytree(locales_dir(), root / "locales")
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(root))
    return root / "locales"


def test_a_word_list_naming_an_unknown_request_fails_naming_file_and_field(
    content_copy: Path, tmp_path: Path
) -> None:
    cues = content_copy / "ko" / "cues.yaml"
    cues.write_text(
        cues.read_text(encoding="utf-8").replace("  call_staff:", "  call_the_manager:", 1),
        encoding="utf-8",
    )
    result = check_understanding(tmp_path)
    assert not result.ok
    assert "cues.yaml" in result.detail and "call_the_manager" in result.detail
    assert result.fix


def test_a_missing_word_list_fails(content_copy: Path, tmp_path: Path) -> None:
    (content_copy / "zh_CN" / "cues.yaml").unlink()
    result = check_understanding(tmp_path)
    assert not result.ok and "cues.yaml" in result.detail
