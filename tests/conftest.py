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
# The longest tests first (pytest-xdist hands tests out in collection order): the
# 10,000-tap walk takes minutes, and started last it would run on one worker while
# the other idles. The packaging tests share session fixtures (a fresh venv, the
# extracted package): one worker runs them all (`--dist loadgroup`, Makefile).
LONGEST_FIRST = (
    "test_random_taps.py::test_random_taps_reach",
    "test_packaging.py::",
    "test_accessibility_audit.py::",
)


def _rank(item: pytest.Item) -> int:
    return next(
        (i for i, part in enumerate(LONGEST_FIRST) if part in item.nodeid), len(LONGEST_FIRST)
    )


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every end2end test runs the real program in processes: ``slow``, not in test-fast."""
    for item in items:
        if END2END in item.path.parents:
            item.add_marker(pytest.mark.slow)
        if "test_packaging.py::" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("packaging"))
    items.sort(key=_rank)  # stable: otherwise in the order collected


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)  # as the kiosk makes it: private
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    return path


@pytest.fixture
def config() -> Config:
    return Config()
