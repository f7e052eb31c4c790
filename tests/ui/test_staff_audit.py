"""Every staff action is audited, signing out of the console included (issue 16)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.app import build_console
from kiosk.config import Config
from kiosk.services.queue_service import QueueService
from kiosk.store import open_stores


def test_signing_out_of_the_console_is_audited(qtbot, data_dir: Path) -> None:
    other = open_stores(Config(), data_dir)
    other.staff.add("Wang", "246813")
    queue = QueueService(lambda: open_stores(Config(), data_dir))
    window = build_console(Config(), queue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.name_box.count() == 1, timeout=10_000)
    window.name_box.setCurrentText("Wang")
    qtbot.keyClicks(window.pin_edit, "246813")
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.staff == "Wang", timeout=10_000)
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)

    def actions() -> list[tuple[str, str | None]]:
        return [(e.action, e.staff) for e in reversed(other.staff.audit_log(10))]

    qtbot.waitUntil(lambda: ("sign_out", "Wang") in actions(), timeout=10_000)
    assert actions()[-2:] == [("login", "Wang"), ("sign_out", "Wang")]
    queue.shutdown()
    other.close()
