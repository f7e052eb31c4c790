"""Composition root: the one place where config, content, services and windows meet.

Its modules only build and connect; every rule lives in the service or domain
module it belongs to (where a unit test reaches it without building a kiosk).

* :mod:`kiosk.app.kiosk` — :func:`build_kiosk`: content, controller, window, services.
* ``wiring_*.py`` — one concern each: ``journeys`` (runner, forms, check-ins),
  ``queue`` (help, tickets, printing, feedback), ``speech``, ``assistant``,
  ``staff`` (assisted mode), ``scanner``.
* :mod:`kiosk.app.gui` — ``kiosk run`` / ``kiosk demo``; :mod:`kiosk.app.console` —
  ``kiosk staff``; :mod:`kiosk.app.qt` — the QApplication and a clean stop;
  :mod:`kiosk.app.stores` — the store, opened on the queue worker.
"""

from kiosk.app.console import build_console, run_console
from kiosk.app.gui import run_gui
from kiosk.app.kiosk import Kiosk, build_kiosk
from kiosk.app.qt import qt_app
from kiosk.app.stores import store_factory
from kiosk.display import has_display

__all__ = [
    "Kiosk",
    "build_console",
    "build_kiosk",
    "has_display",
    "qt_app",
    "run_console",
    "run_gui",
    "store_factory",
]
