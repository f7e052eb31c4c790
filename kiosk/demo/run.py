"""``kiosk demo``: the kiosk, the staff console and the lobby display on one laptop screen."""

from __future__ import annotations

from pathlib import Path

from kiosk.app import Kiosk, build_console, run_gui
from kiosk.config import Config
from kiosk.demo.data import with_demo_data
from kiosk.demo.windows import DemoTiler, show_demo


def run_demo(config: Config, data_dir: Path) -> int:
    """The demo's windows on the demo's queue (with its staff account and waiting customers)."""

    def show(kiosk: Kiosk) -> DemoTiler:
        return show_demo(config, data_dir, kiosk, build_console(config, kiosk.queue, data_dir))

    return run_gui(config, data_dir, show=show, wrap_stores=with_demo_data)
