"""Layering rules from DESIGN.md, checked by importing with Qt made unavailable."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Domain and command-line modules must work on a machine without PySide6
# (branch scripts call `kiosk queue …`; the domain is tested without a GUI).
QT_FREE = [
    "kiosk.core.ids",
    "kiosk.core.errors",
    "kiosk.core.session",
    "kiosk.core.contrast",
    "kiosk.content.catalog",
    "kiosk.config",
    "kiosk.paths",
    "kiosk.cli",
    "kiosk.cli.queue",
    "kiosk.ui.theme",
    "kiosk.queue.models",
    "kiosk.queue.context",
    "kiosk.queue.wait",
    "kiosk.store",
    "kiosk.store.database",
    "kiosk.store.queue_store",
    "kiosk.store.staff_store",
    "kiosk.speech.intents",
    "kiosk.speech.intents.matcher",
    "kiosk.cli.understand",
    "kiosk.journeys.booking_code",
    "kiosk.journeys.hangul",
    "kiosk.journeys.pinyin",
    "kiosk.speech.intents.screen_grammar",
    "kiosk.speech.intents.spoken_numbers",
    "kiosk.journeys.engine",
    "kiosk.journeys.progress",
    "kiosk.staff.words",
    "kiosk.journeys.loader",
    "kiosk.speech.intent_actions",
]

BLOCK_QT = (
    "import sys, importlib\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is not allowed here: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module: str) -> None:
    code = BLOCK_QT + f"importlib.import_module({module!r})\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


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
