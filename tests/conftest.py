"""Shared fixtures. Every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

# The throwaway PostgreSQL server (tests/pg_server.py) for every test folder.
from pg_server import pg_server, pg_url  # noqa: F401

from kiosk.config import Config

END2END = Path(__file__).parent / "end2end"


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every end2end test runs the real program in processes: ``slow``, not in test-fast."""
    for item in items:
        if END2END in item.path.parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)  # as the kiosk makes it: private
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    return path


@pytest.fixture
def config() -> Config:
    return Config()
