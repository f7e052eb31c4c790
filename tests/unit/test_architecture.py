"""DESIGN.md's Architecture, enforced: import-linter runs the contracts in pyproject.toml.

The contracts (``[tool.importlinter]``) declare the layers (root > ui > staff >
services > adapters > domain > core), that nothing below the services imports
Qt, that sibling modules import each other in one direction only, and which
adapter alone imports each library. ``make lint`` runs the same check.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    # This checkout's kiosk package, whatever is installed in the environment.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_import_contracts_are_kept() -> None:
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    # Every contract ran: the layers, no Qt below the services, no cycles, five adapter rules.
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", result.stdout)
    assert kept is not None and int(kept.group(1)) >= 8, result.stdout


def test_an_edge_that_points_up_breaks_the_build(tmp_path: Path) -> None:
    # The UI imports the services: declared the other way round, the check must fail.
    config = tmp_path / "upside_down.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "kiosk"\n\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "upside down"\ntype = "layers"\nlayers = ["kiosk.services", "kiosk.ui"]\n',
        encoding="utf-8",
    )
    result = lint_imports("--config", str(config))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout and "kiosk.ui" in result.stdout


# Qt-freeness at run time, where a static check cannot see it: the command line
# imports Qt only when it opens a window (branch scripts call `kiosk queue …`
# on machines without a GUI).
BLOCK_QT = (
    "import sys, importlib\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is not allowed here: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def test_help_does_not_load_qt() -> None:
    code = (
        BLOCK_QT
        + "from kiosk.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "tour" in result.stdout


def test_queue_commands_run_without_qt(tmp_path: Path) -> None:
    code = (
        BLOCK_QT
        + "from kiosk.cli import main\n"
        + f"sys.exit(main(['--data-dir', {str(tmp_path)!r}, 'queue', 'take', '--service', 'cash',"
        + " '--json']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["number"] == "A001"
