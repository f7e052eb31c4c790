"""``kiosk check``'s font check leaves a process that can still show windows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The check, then a widget, as a test run (or `kiosk demo` after a check) does.
SCRIPT = """
import sys
from pathlib import Path
from kiosk.diagnostics.fonts import check_fonts
results = check_fonts(Path(sys.argv[1]))
from PySide6.QtWidgets import QWidget
QWidget()
print("fonts", all(r.ok for r in results))
"""


def test_a_widget_can_follow_the_font_check(tmp_path: Path) -> None:
    # Under the bare QGuiApplication the check once made, the first widget aborted
    # the process ("Cannot create a QWidget without QApplication").
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip() == "fonts True"
