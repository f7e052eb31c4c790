"""Where the queue's store is opened: on the queue worker thread, never the GUI's."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config
from kiosk.services.queue_service import StoreFactory, Stores


def store_factory(config: Config, data_dir: Path) -> StoreFactory:
    """Opens the queue database on the worker thread (tidying yesterday's queue once)."""

    def open_on_worker() -> Stores:
        from kiosk.store import open_stores  # sqlite-utils: not on the GUI thread

        return open_stores(config, data_dir, housekeep=True)

    return open_on_worker
