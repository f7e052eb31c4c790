"""Running the real ``kiosk`` command in tests: one place for how, and for what an error is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def kiosk(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=os.environ.copy(),
        timeout=60,
    )


def ok_json(data_dir: Path, *args: str) -> Any:
    result = kiosk(data_dir, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def fails(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 with exactly one line on stderr containing ``words``."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


STAFF_PIN = "246813"


def add_staff(data_dir: Path, *names: str) -> None:
    """Staff accounts for CLI actions (every one names an existing, unlocked account)."""
    from kiosk.config import Config
    from kiosk.store import open_stores

    stores = open_stores(Config(), data_dir)
    try:
        for n, name in enumerate(names):
            stores.staff.add(name, str(int(STAFF_PIN) + 2 * n))
    finally:
        stores.close()
