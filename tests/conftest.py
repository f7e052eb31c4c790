"""Shared fixtures. Every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kiosk.config import Config  # noqa: E402

AUDIT_ROWS: list[tuple[str, int, int, str]] = []


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    return path


@pytest.fixture
def config() -> Config:
    return Config()


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if not AUDIT_ROWS:
        return
    tr = terminalreporter
    tr.section("accessibility audit")
    tr.write_line(f"{'resolution':<12} {'screens':>8} {'elements':>9}  violations")
    for resolution, screens, elements, violations in AUDIT_ROWS:
        tr.write_line(f"{resolution:<12} {screens:>8} {elements:>9}  {violations}")
