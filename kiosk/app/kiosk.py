"""Building the customer kiosk: content, controller, window, services, and their wiring."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.app.qt import qt_app
from kiosk.app.wiring_assistant import wire_assistant
from kiosk.app.wiring_insight import add_stuck_offer
from kiosk.app.wiring_journeys import add_journeys, wire_forms
from kiosk.app.wiring_queue import customer_words, wire_customer_queue
from kiosk.app.wiring_scanner import wire_scanner
from kiosk.app.wiring_speech import wire_speech
from kiosk.app.wiring_staff import wire_staff_assist
from kiosk.config import Config
from kiosk.content.catalog import Catalog, complete_catalogs, load_catalogs, with_all_files
from kiosk.core import ids
from kiosk.core.errors import ContentError, KioskError
from kiosk.journeys.loader import load_journeys, require_words
from kiosk.paths import assets_dir, locales_dir
from kiosk.printing import TicketPrinter
from kiosk.services.background import Background
from kiosk.services.customer_queue import CustomerQueue
from kiosk.services.event_recorder import record_events
from kiosk.services.first_paint import AfterFirstPaint
from kiosk.services.idle import ActivityFilter
from kiosk.services.journey_runner import JourneyRunner
from kiosk.services.queue_service import QueueService, StoreFactory
from kiosk.services.session_controller import SessionController
from kiosk.services.ticket_printing import TicketPrinting
from kiosk.services.voice_assistant import VoiceAssistant
from kiosk.staff.assist import StaffAssist, StaffGesture
from kiosk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kiosk.journeys.model import Journey
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.services.speech_service import SpeechService
    from kiosk.speech.audio_in import AudioSource

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
    assist: StaffAssist
    journeys: JourneyRunner
    assistant: VoiceAssistant


def build_kiosk(
    config: Config,
    *,
    kiosk_mode: bool = False,
    idle_unit_ms: int = 1000,
    store_factory: StoreFactory | None = None,
    printer: TicketPrinter | None = None,
    speech: SpeechService | None = None,
    recognition: RecognitionService | None = None,
    microphone: AudioSource | None = None,
    defer_screens: bool = False,
) -> Kiosk:
    """Load content, build the controller and window, and wire them together.

    Args:
        store_factory: Opens the queue store (on the queue worker thread).
            ``None``: no queue — Call staff asks the customer to raise a hand.
        printer: The ticket printer; ``None`` chooses one from the settings in
            the background (on-screen tickets until it is ready).
        speech: The voice; ``None`` leaves the kiosk silent (tests, the tour).
        recognition: Speech input; ``None``: customers type to the assistant.
        microphone: Where ``recognition`` listens (a WAV file in tests).
        defer_screens: Build the task screens just after the first paint (the
            real kiosk starts faster); tests and the tour build them at once.
    """
    app = qt_app()
    catalogs, loaded = _load_content(defer_screens)
    controller = SessionController(config, idle_unit_ms=idle_unit_ms)
    window = _main_window(config, controller, catalogs, kiosk_mode, defer_screens)
    # The session (its idle clock, its wipe) lives and dies with its window: a
    # closed kiosk's timers never fire into widgets that are gone.
    controller.setParent(window)
    activity = ActivityFilter(window)
    activity.activity_did_happen.connect(controller.note_activity)
    # App-wide filters see every Qt event; before the first paint there are
    # thousands (building, polishing, laying out) and no customer input.
    filters: list[QObject] = [activity]
    # Deferred: the store (sqlite-utils, numpy) opens after the first paint, not beside it.
    queue = (
        QueueService(store_factory, start=not defer_screens) if store_factory is not None else None
    )
    customer = CustomerQueue(queue, config["kiosk.id"], config["kiosk.location"])
    journeys = add_journeys(loaded, controller, customer, queue)
    wire_forms(journeys, customer, window)
    _Parts(app, catalogs, controller, window, customer, queue, journeys, filters).add(defer_screens)
    tickets = _wire_tickets(config, controller, window, customer, queue, journeys, printer)
    assist, gesture = _staff_and_scanner(
        config, idle_unit_ms, controller, window, activity, journeys, filters
    )
    if not defer_screens:
        for watcher in filters:
            app.installEventFilter(watcher)
    wire_staff_assist(controller, window, customer, queue, assist, gesture, journeys)
    if speech is not None:
        wire_speech(controller, window, activity, speech)
    assistant = wire_assistant(controller, window, speech, recognition, microphone, journeys)
    _wire_insight(config, controller, window, journeys, assistant, queue, tickets)
    return Kiosk(
        config, catalogs, controller, window, activity, customer, queue, assist, journeys, assistant
    )


def _wire_insight(
    config: Config,
    controller: SessionController,
    window: MainWindow,
    journeys: JourneyRunner,
    assistant: VoiceAssistant,
    queue: QueueService | None,
    tickets: TicketPrinting,
) -> None:
    """Insight (issue 14): the anonymous event record, written in batches off the GUI
    thread, and the stuck-customer offer it drives."""
    recorder = record_events(config["kiosk.id"], controller, journeys, assistant, queue, window)
    tickets.print_did_report.connect(recorder.printed)
    add_stuck_offer(window, controller, recorder, config["insight.stuck_seconds"])


def _load_content(defer_screens: bool) -> tuple[dict[str, Catalog], dict[str, Journey]]:
    """The catalogues and the checked journeys; a broken file or a missing English word raises.

    Deferred start: the shell's words now, the journeys' and products' just after
    the first paint (the journeys' English words are checked now all the same).
    """
    catalogs = load_catalogs(locales_dir(), first_only=defer_screens)
    loaded = load_journeys(assets_dir() / "journeys")
    english = catalogs["en"]
    if defer_screens:  # only messages.toml was read: check against all of English's files
        english = with_all_files(english, locales_dir() / "en")
    require_words(loaded, english, locales_dir() / "en")
    return catalogs, loaded


def _wire_tickets(
    config: Config,
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
    journeys: JourneyRunner,
    printer: TicketPrinter | None,
) -> TicketPrinting:
    """Help requests, tickets (shown, printed) and feedback; a journey's ticket step takes one."""
    tickets = TicketPrinting(
        config,
        Background(window),
        customer_words(window),
        printer,
        parent=window,
        counters=lambda: window.ticket.counters,  # "Served at: Counter 1" on the slip
    )
    wire_customer_queue(controller, window, customer, queue, tickets)

    # The ticket keeps the customer's language: the lobby calls it in that language first.
    def take_ticket(service: str, reason: str) -> None:
        window.ticket.show_taking()
        customer.take_ticket(service, reason, controller.prefs.locale)

    journeys.ticket_was_needed.connect(take_ticket)
    return tickets


def _staff_and_scanner(
    config: Config,
    idle_unit_ms: int,
    controller: SessionController,
    window: MainWindow,
    activity: ActivityFilter,
    journeys: JourneyRunner,
    filters: list[QObject],
) -> tuple[StaffAssist, StaffGesture]:
    """Staff-assisted mode and its hidden gesture; the booking scanner if there is one.

    The gesture and the scanner are app-wide filters: added to ``filters``, the
    scanner last so that it runs first.
    """
    assist = StaffAssist(idle_ms=config["staff.assist_idle_seconds"] * idle_unit_ms, parent=window)
    activity.activity_did_happen.connect(assist.note_activity)
    gesture = StaffGesture(window)
    filters.append(gesture)
    if config["scanner.enabled"]:
        filters.append(
            wire_scanner(controller, window, journeys, assist, config["scanner.key_gap_ms"])
        )
    return assist, gesture


def _main_window(
    config: Config,
    controller: SessionController,
    catalogs: dict[str, Catalog],
    kiosk_mode: bool,
    defer_screens: bool,
) -> MainWindow:
    window = MainWindow(
        controller,
        catalogs,
        config["bank.name"],
        kiosk_mode=kiosk_mode,
        defer_screens=defer_screens,
    )
    window.context_values["hotline"] = config["bank.card_hotline"]
    window.context_values["fraud_hotline"] = config["bank.fraud_hotline"]
    # Headphones or a handset: names and phone numbers may be read back in full.
    window.private_audio = window.voice_panel.private_audio = config["speech.private_audio"]
    return window


@dataclass
class _Parts:
    """What the task screens need, built at once or just after the first paint."""

    app: QApplication
    catalogs: dict[str, Catalog]
    controller: SessionController
    window: MainWindow
    customer: CustomerQueue
    queue: QueueService | None
    journeys: JourneyRunner
    filters: list[QObject]

    def add(self, deferred: bool) -> None:
        if deferred:
            # The welcome screen paints first; the task screens are built while it
            # is on show (nobody can reach them before the first touch).
            AfterFirstPaint(self.window, self.add_later)
        else:
            self.add_now()

    def add_now(self) -> None:
        from kiosk.look.fonts import report_missing_glyphs

        report_missing_glyphs(self.catalogs)
        self.add_feature_screens()

    def add_later(self) -> None:
        for watcher in self.filters:
            self.app.installEventFilter(watcher)
        if self.queue is not None:
            self.queue.start()
        self.window.add_shell_screens()
        try:
            complete_catalogs(self.catalogs, locales_dir())
        except ContentError as exc:  # e.g. a broken ko/products.toml: stop, as before
            _stop_start_up(exc)
            return
        from kiosk.look.fonts import report_missing_glyphs

        report_missing_glyphs(self.catalogs)
        try:
            self.add_feature_screens()
        except KioskError as exc:  # named in the log and by `kiosk check`
            log.error("content error, products shown by staff instead: %s", exc)
            self.controller.task_routes["products"] = ids.ask_staff_screen("products")

    def add_feature_screens(self) -> None:
        from kiosk.ui.screens.assistant import AssistantScreen
        from kiosk.ui.screens.forms import FormsMenuScreen
        from kiosk.ui.screens.help_offer import HelpOfferScreen
        from kiosk.ui.screens.journey import JourneyScreen
        from kiosk.ui.screens.leave_form import LeaveFormScreen

        window, customer = self.window, self.customer
        window.add_product_screens()
        window.add_screen(FormsMenuScreen())
        window.add_screen(LeaveFormScreen())
        window.add_screen(AssistantScreen())
        journey_screen = JourneyScreen(
            self.journeys, help_view=lambda: customer.help, ticket=window.ticket
        )
        # A step that called staff (the fraud warning) says when they are on the way.
        customer.help_did_change.connect(journey_screen.help_did_change)
        window.add_screen(journey_screen)
        # The offer of help when a customer seems stuck (its rules: wiring_insight).
        window.add_screen(HelpOfferScreen())


def _stop_start_up(error: KioskError) -> None:
    """A content error found just after the first paint ends start-up like one found before.

    Safe: nothing built from the content has been shown yet (the task screens come later).
    """
    log.critical("start-up stopped: %s", error)
    print(f"kiosk: {error}", file=sys.stderr)
    QApplication.exit(2)
