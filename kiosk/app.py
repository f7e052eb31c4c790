"""Composition root: the one place where config, content, services and windows meet."""

from __future__ import annotations

import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.content.catalog import Catalog, load_catalogs
from kiosk.paths import locales_dir
from kiosk.queue.models import QueueItem, Status
from kiosk.services.customer_queue import CustomerQueue, HelpView
from kiosk.services.idle import ActivityFilter
from kiosk.services.queue_service import QueueService, StoreFactory
from kiosk.services.session_controller import SessionController
from kiosk.ui.fonts import report_missing_glyphs
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """The assembled customer kiosk."""

    config: Config
    catalogs: dict[str, Catalog]
    controller: SessionController
    window: MainWindow
    activity: ActivityFilter
    customer: CustomerQueue
    queue: QueueService | None


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName("Branch Kiosk")
        app.setDesktopFileName("branch-kiosk")
    assert isinstance(app, QApplication)
    return app


def build_kiosk(
    config: Config,
    *,
    kiosk_mode: bool = False,
    idle_unit_ms: int = 1000,
    store_factory: StoreFactory | None = None,
) -> Kiosk:
    """Load content, build the controller and window, and wire them together.

    Args:
        store_factory: Opens the queue store (on the queue worker thread).
            ``None``: no queue — Call staff asks the customer to raise a hand.
    """
    app = qt_app()
    catalogs = load_catalogs(locales_dir())
    report_missing_glyphs(catalogs)
    controller = SessionController(config, idle_unit_ms=idle_unit_ms)
    window = MainWindow(controller, catalogs, config["bank.name"], kiosk_mode=kiosk_mode)
    activity = ActivityFilter(window)
    activity.activity_did_happen.connect(controller.note_activity)
    app.installEventFilter(activity)
    queue = QueueService(store_factory) if store_factory is not None else None
    customer = CustomerQueue(queue, config["kiosk.id"], config["kiosk.location"])
    _wire_customer_queue(controller, window, customer, queue)
    return Kiosk(config, catalogs, controller, window, activity, customer, queue)


def _wire_customer_queue(
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
) -> None:
    """Customer taps → queue operations → what the help and ticket screens show."""
    rating: dict[str, int] = {}

    def on_help(view: HelpView) -> None:
        window.help.show_view(view)
        if view.phase == "closed" and view.item is not None:
            window.feedback.reset(view.item.claimed_by or "")
            rating["item"] = view.item.id
            controller.help_did_close(served=view.item.status == Status.DONE)

    def on_ticket(item: QueueItem) -> None:
        window.ticket.show_ticket(item, printed=False)
        if queue is not None:
            queue.call("wait_estimate", item.id, on_done=window.ticket.show_estimate)

    def on_ticket_requested(service: str, priority: bool) -> None:
        window.ticket.show_taking()
        customer.take_ticket(service, priority)

    def on_rating(score: int) -> None:
        rating["score"] = score
        window.feedback.mark_rated()
        if "item" in rating:
            customer.rate(rating["item"], score)

    def on_thanks() -> None:
        window.feedback.mark_thanked()
        if "item" in rating:
            customer.rate(rating["item"], rating.get("score", 3), window.feedback.staff_name)

    controller.help_was_requested.connect(customer.request_help)
    controller.help_reason_was_chosen.connect(customer.set_reason)
    controller.help_was_cancelled.connect(customer.cancel_help)
    controller.ticket_was_requested.connect(on_ticket_requested)
    controller.rating_was_given.connect(on_rating)
    controller.staff_was_thanked.connect(on_thanks)
    controller.session_did_end.connect(customer.forget)
    controller.session_did_end.connect(rating.clear)
    customer.help_did_change.connect(on_help)
    customer.ticket_did_issue.connect(on_ticket)
    customer.ticket_did_fail.connect(lambda _msg: window.ticket.show_failure())


def _quit_on_signals(app: QApplication, window: MainWindow) -> QTimer:
    """SIGTERM/SIGINT from the service manager close the kiosk cleanly."""

    def stop(*_: object) -> None:
        window.allow_close()
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Let the Python interpreter run signal handlers while Qt's loop spins.
    timer = QTimer(interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def run_gui(config: Config, data_dir: Path, *, demo: bool) -> int:
    """``kiosk run`` (fullscreen, locked) or ``kiosk demo`` (a laptop window)."""
    if not has_display():
        print(
            "kiosk: no display found (DISPLAY/WAYLAND_DISPLAY unset); "
            "run `kiosk tour --out DIR` to render the screens instead.",
            file=sys.stderr,
        )
        return 2
    app = qt_app()
    kiosk = build_kiosk(config, kiosk_mode=not demo)
    if demo:
        kiosk.window.resize(*config.demo_size)
        kiosk.window.show()
    else:
        kiosk.window.enter_kiosk_mode()
    keepalive = _quit_on_signals(app, kiosk.window)
    log.info("kiosk started (%s), data dir %s", "demo" if demo else "kiosk", data_dir)
    code = app.exec()
    keepalive.stop()
    return code
