"""A broken locales/<lang>/language.toml: one line naming the file and field, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import fails, kiosk

from kiosk.paths import content_root


@pytest.mark.parametrize("command", [("check",), ("queue", "list")])
def test_a_broken_language_file_is_named_by_every_command(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    root = tmp_path / "content"
    for part in ("assets", "locales"):
        shutil.copytree(content_root() / part, root / part)
    path = root / "locales" / "ko" / "language.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"syllables"', '"letters"'))
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(root))
    fails(kiosk(data_dir, *command), str(path), "plain_language.unit", "syllables")
