"""`kiosk check` reads the pinyin table: whole, well-formed, and drawn by the Chinese font."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.diagnostics import CHECKS, check_pinyin_table
from kiosk.journeys.pinyin import TABLE_FILE
from kiosk.look import theme
from kiosk.paths import assets_dir


@pytest.fixture
def shipped() -> str:
    return (assets_dir() / TABLE_FILE).read_text(encoding="utf-8")


def test_the_pinyin_check_is_part_of_kiosk_check() -> None:
    assert check_pinyin_table in CHECKS


def test_the_shipped_table_passes(qapp, data_dir: Path) -> None:
    result = check_pinyin_table(data_dir)
    assert result.ok, result.detail
    assert "syllables" in result.detail and "Noto Sans CJK SC" in result.detail


def test_a_missing_table_fails_naming_the_file(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "zh_CN_pinyin.tsv"
    result = check_pinyin_table(data_dir, path)
    assert not result.ok
    assert str(path) in result.detail and "missing" in result.detail
    assert "make_pinyin_table.py" in result.fix


def test_a_bad_row_fails_naming_file_and_line(data_dir: Path, tmp_path: Path, shipped: str) -> None:
    lines = shipped.splitlines()
    lines[40] = "zhang\t张"  # the weight lost
    path = tmp_path / "zh_CN_pinyin.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_pinyin_table(data_dir, path)
    assert not result.ok
    assert f"{path}: field 'line 41'" in result.detail
    assert "three columns" in result.detail


def test_an_empty_table_fails(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "zh_CN_pinyin.tsv"
    path.write_text("", encoding="utf-8")
    result = check_pinyin_table(data_dir, path)
    assert not result.ok
    assert "(file)" in result.detail and "no characters" in result.detail


def test_a_table_cut_short_fails(data_dir: Path, tmp_path: Path, shipped: str) -> None:
    path = tmp_path / "zh_CN_pinyin.tsv"
    path.write_text("\n".join(shipped.splitlines()[:2000]) + "\n", encoding="utf-8")
    result = check_pinyin_table(data_dir, path)
    assert not result.ok
    assert result.detail.startswith("only ") and "syllables" in result.detail


@pytest.mark.parametrize(
    ("family", "complaint"),
    [
        # A Latin font as the Chinese one: every character would show as a box.
        ("Noto Sans", "'Noto Sans' has no glyph for"),
        ("No Such Font 123", "'No Such Font 123' is not installed"),
    ],
)
def test_a_font_that_cannot_draw_the_characters_fails_naming_it(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, family: str, complaint: str
) -> None:
    monkeypatch.setitem(theme.FONT_FAMILIES, "zh_CN", (family,))
    result = check_pinyin_table(data_dir)
    assert not result.ok
    assert complaint in result.detail
