"""``kiosk staff``: the staff console, alone or beside the kiosk in the demo."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.app.qt import qt_app, require_display, run_until_quit
from kiosk.app.stores import store_factory
from kiosk.config import Config
from kiosk.content.catalog import load_catalogs
from kiosk.core.errors import ContentError
from kiosk.journeys.loader import load_journeys
from kiosk.paths import assets_dir, locales_dir
from kiosk.services.queue_service import QueueService

if TYPE_CHECKING:
    from kiosk.journeys.model import Journey
    from kiosk.staff.console import StaffConsole

log = logging.getLogger(__name__)


def build_console(
    config: Config, queue: QueueService | None, data_dir: Path | None = None
) -> StaffConsole:
    """The staff console on ``queue``, in the staff's language and theme.

    ``data_dir`` keeps which counter this machine's console calls for.
    """
    from kiosk.staff.console import StaffConsole

    catalogs = load_catalogs(locales_dir())
    # The journeys' shape gives "step 3 of 5"; a broken file only costs that.
    try:
        journeys: dict[str, Journey] | None = load_journeys(assets_dir() / "journeys")
    except ContentError as exc:
        log.error("staff console without journey steps: %s", exc)
        journeys = None
    return StaffConsole(
        queue,
        catalogs,
        config["staff.locale"],
        config["ui.default_theme"],
        journeys=journeys,
        data_dir=data_dir,
        recalls_before_no_show=config["queue.recalls_before_no_show"],
    )


def run_console(config: Config, data_dir: Path) -> int:
    """``kiosk staff``: the staff console on its own (another process on the same file)."""
    if not require_display():
        return 2
    app = qt_app()
    queue = QueueService(store_factory(config, data_dir))
    console = build_console(config, queue, data_dir)
    console.resize(1280, 800)
    console.show()
    log.info("staff console started, data dir %s", data_dir)
    code = run_until_quit(app, console)
    queue.shutdown()
    return code
