"""Where the kiosk finds assets/ and locales/: override, installed package, checkout."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from kiosk import paths

REPO = Path(__file__).resolve().parents[2]


def _package_at(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """importlib.resources answers as if ``kiosk`` were installed in ``folder``."""
    real = importlib.resources.files
    monkeypatch.setattr(
        importlib.resources, "files", lambda name: folder if name == "kiosk" else real(name)
    )


def test_checkout_finds_the_top_level_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_CONTENT_DIR", raising=False)
    assert paths.content_root() == REPO
    assert (paths.locales_dir() / "ko" / "messages.toml").is_file()
    assert (paths.assets_dir() / "input" / "zh_CN_pinyin.tsv").is_file()


def test_installed_package_finds_its_own_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A wheel carries the content inside the package, beside the code."""
    monkeypatch.delenv("KIOSK_CONTENT_DIR", raising=False)
    package = tmp_path / "site-packages" / "kiosk"
    (package / "locales" / "en").mkdir(parents=True)
    (package / "assets").mkdir()
    _package_at(monkeypatch, package)
    assert paths.content_root() == package.resolve()
    assert paths.locales_dir() == package.resolve() / "locales"


def test_a_package_without_content_falls_back_to_its_parent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KIOSK_CONTENT_DIR", raising=False)
    (tmp_path / "kiosk").mkdir()
    _package_at(monkeypatch, tmp_path / "kiosk")
    assert paths.content_root() == tmp_path.resolve()


def test_kiosk_content_dir_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(tmp_path))
    _package_at(monkeypatch, REPO / "kiosk")
    assert paths.content_root() == tmp_path.resolve()
