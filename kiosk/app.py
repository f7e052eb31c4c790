"""Composition root: the one place where config, content, services and windows meet."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.content.catalog import (
    MESSAGES_FILE,
    Catalog,
    complete_catalogs,
    load_catalogs,
    load_messages,
)
from kiosk.core import ids
from kiosk.core.errors import ContentError, KioskError
from kiosk.journeys.booking_code import scan_allowed
from kiosk.journeys.loader import load_journeys, missing_words
from kiosk.paths import assets_dir, locales_dir
from kiosk.printing import NullPrinter, PrintableTicket, TicketPrinter, make_printer
from kiosk.printing.ports import PrintResult
from kiosk.queue.counters import calling_words
from kiosk.queue.models import QueueItem, Status
from kiosk.services.background import Background
from kiosk.services.customer_queue import CustomerQueue, HelpView
from kiosk.services.event_recorder import add_stuck_offer, record_events
from kiosk.services.idle import ActivityFilter, follow_speech
from kiosk.services.journey_runner import CHECK_IN, JourneyRunner
from kiosk.services.queue_service import QueueService, StoreFactory, Stores
from kiosk.services.scanner import ScannerListener
from kiosk.services.session_controller import SessionController
from kiosk.services.voice_assistant import AssistantView, VoiceAssistant
from kiosk.staff.assist import StaffAssist, StaffGesture
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.voice_panel import reading_words

if TYPE_CHECKING:
    from kiosk.journeys.model import Journey
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.services.speech_service import SpeechService
    from kiosk.speech.audio_in import AudioSource
    from kiosk.staff.console import StaffConsole

log = logging.getLogger(__name__)

# The assistant's answers said aloud (listening and "off" are shown only: the
# customer is talking, or the bar's own line says why).
SPOKEN_ANSWERS = frozenset(("ask", "sorry", "staff", "typed", "keypad_only", "name"))


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
    # Deferred start: the shell's words now, the journeys' and products' just after.
    catalogs = load_catalogs(locales_dir(), first_only=defer_screens)
    # Journeys are read once; a broken file or a missing English word stops start-up.
    loaded = load_journeys(assets_dir() / "journeys")
    english = _english_words(catalogs) if defer_screens else catalogs["en"]
    _raise_missing(missing_words(loaded, english))
    controller = SessionController(config, idle_unit_ms=idle_unit_ms)
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
    # App-wide filters see every Qt event; before the first paint there are
    # thousands (building, polishing, laying out) and no customer input.
    filters: list[QObject] = []
    activity = ActivityFilter(window)
    activity.activity_did_happen.connect(controller.note_activity)
    filters.append(activity)
    # Deferred: the store (sqlite-utils, numpy) opens after the first paint, not beside it.
    queue = (
        QueueService(store_factory, start=not defer_screens) if store_factory is not None else None
    )
    customer = CustomerQueue(queue, config["kiosk.id"], config["kiosk.location"])
    journeys = _add_journeys(loaded, controller, customer, queue)
    _wire_forms(journeys, customer, window)

    def add_feature_screens() -> None:
        from kiosk.ui.screens.assistant import AssistantScreen
        from kiosk.ui.screens.forms import FormsMenuScreen
        from kiosk.ui.screens.journey import JourneyScreen
        from kiosk.ui.screens.leave_form import LeaveFormScreen

        window.add_product_screens()
        window.add_screen(FormsMenuScreen())
        window.add_screen(LeaveFormScreen())
        window.add_screen(AssistantScreen())
        journey_screen = JourneyScreen(
            journeys, help_view=lambda: customer.help, ticket=window.ticket
        )
        # A step that called staff (the fraud warning) says when they are on the way.
        customer.help_did_change.connect(journey_screen.help_did_change)
        window.add_screen(journey_screen)

    if defer_screens:
        # The welcome screen paints first; the task screens are built while it
        # is on show (nobody can reach them before the first touch).
        def add_later() -> None:
            for watcher in filters:
                app.installEventFilter(watcher)
            if queue is not None:
                queue.start()
            window.add_shell_screens()
            try:
                complete_catalogs(catalogs, locales_dir())
            except ContentError as exc:  # e.g. a broken ko/products.toml: stop, as before
                _stop_start_up(exc)
                return
            from kiosk.ui.fonts import report_missing_glyphs

            report_missing_glyphs(catalogs)
            try:
                add_feature_screens()
            except KioskError as exc:  # named in the log and by `kiosk check`
                log.error("content error, products shown by staff instead: %s", exc)
                controller.task_routes["products"] = ids.ask_staff_screen("products")

        _AfterFirstPaint(window, add_later)
    else:
        from kiosk.ui.fonts import report_missing_glyphs

        report_missing_glyphs(catalogs)
        add_feature_screens()
    background = Background(window)
    tickets = TicketPrinting(config, background, window, printer)
    _wire_customer_queue(controller, window, customer, queue, tickets)
    journeys.ticket_was_needed.connect(
        # The ticket keeps the customer's language: the lobby calls it in that language first.
        lambda service, reason: (
            window.ticket.show_taking(),
            customer.take_ticket(service, reason, controller.prefs.locale),
        )
    )
    assist = StaffAssist(idle_ms=config["staff.assist_idle_seconds"] * idle_unit_ms, parent=window)
    activity.activity_did_happen.connect(assist.note_activity)
    gesture = StaffGesture(window)
    filters.append(gesture)
    if config["scanner.enabled"]:
        filters.append(
            _wire_scanner(controller, window, journeys, assist, config["scanner.key_gap_ms"])
        )
    if not defer_screens:
        for watcher in filters:
            app.installEventFilter(watcher)
    _wire_staff_assist(controller, window, customer, queue, assist, gesture, journeys)
    if speech is not None:
        _wire_speech(controller, window, activity, speech)
    assistant = _wire_assistant(controller, window, speech, recognition, microphone, journeys)
    # Insight (issue 14): the anonymous event record, written in batches off the GUI thread.
    recorder = record_events(config["kiosk.id"], controller, journeys, assistant, queue, window)
    tickets.did_print.append(recorder.printed)
    add_stuck_offer(window, controller, recorder, config["insight.stuck_seconds"])
    return Kiosk(
        config, catalogs, controller, window, activity, customer, queue, assist, journeys, assistant
    )


def _english_words(catalogs: dict[str, Catalog]) -> Catalog:
    """English with all its files, for checking the journeys' words before a fast first paint.

    ``messages.toml`` was read already; the catalogues get the rest after the paint.
    """
    english = catalogs["en"]
    words, sources = dict(english.messages), dict(english.sources)
    for path in sorted((locales_dir() / "en").glob("*.toml")):
        if path.name == MESSAGES_FILE:
            continue
        for key, text in load_messages(path).items():
            if key in words:  # as load_locale says it
                raise ContentError(path, key, f"is also defined in {sources[key]}")
            words[key], sources[key] = text, path
    return Catalog("en", words)


class _AfterFirstPaint(QObject):
    """Runs ``then`` once, ``delay_ms`` after ``window`` first paints (or after ``fallback_ms``).

    Not a fixed timer from start-up: on a busy machine that can fire before the
    first paint, and the customer then waits for everything that was deferred.
    """

    def __init__(
        self, window: QWidget, then: Callable[[], None], delay_ms: int = 50, fallback_ms: int = 3000
    ) -> None:
        super().__init__(window)  # timers die with the window
        self._window = window
        self._then: Callable[[], None] | None = then
        self._delay_ms = delay_ms
        self._armed = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._armed and event.type() == QEvent.Type.Paint:
            self._armed = True
            QTimer.singleShot(self._delay_ms, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def _stop_start_up(error: KioskError) -> None:
    """A content error found just after the first paint ends start-up like one found before.

    Safe: nothing built from the content has been shown yet (the task screens come later).
    """
    log.critical("start-up stopped: %s", error)
    print(f"kiosk: {error}", file=sys.stderr)
    QApplication.exit(2)


def _raise_missing(missing: list[str]) -> None:
    if missing:
        raise ContentError(locales_dir() / "en", missing[0], f"is missing ({len(missing)} in all)")


def _add_journeys(
    journeys: dict[str, Journey],
    controller: SessionController,
    customer: CustomerQueue,
    queue: QueueService | None,
) -> JourneyRunner:
    """Give the (checked) journeys a runner and the home tiles their first screens."""
    runner = JourneyRunner(journeys, controller.session, controller.go)
    controller.add_handlers(runner.handlers())
    controller.context_providers.append(runner.context)
    controller.staff_waits.append(runner.waits_for_staff)
    controller.unsaved_work.append(runner.unsaved_form)
    for task in ids.HOME_TASKS:
        if task in journeys:
            controller.task_routes[task] = runner.first_screen(task)
    controller.task_routes["forms"] = "forms"  # the forms menu (kiosk/ui/screens/forms.py)
    runner.help_was_needed.connect(
        lambda reason: customer.request_help(controller.help_context(), reason or None)
    )
    _wire_journey_records(
        runner, customer, queue, controller.config["kiosk.id"], lambda: controller.prefs.locale
    )
    return runner


def _wire_forms(runner: JourneyRunner, customer: CustomerQueue, window: MainWindow) -> None:
    """A form journey's result: its draft and a number for the counter, written together."""

    def prepare(journey: str, form: str, values: dict[str, str], service: str, key: str) -> None:
        window.ticket.show_taking()
        # The ticket keeps the customer's language (the lobby calls it in it first).
        customer.prepare_form(journey, form, values, service, key, window.context().prefs.locale)

    runner.draft_was_needed.connect(prepare)
    customer.form_did_prepare.connect(
        lambda journey, draft: runner.draft_did_finish(journey, draft.code if draft else None)
    )


def _wire_journey_records(
    runner: JourneyRunner,
    customer: CustomerQueue,
    queue: QueueService | None,
    kiosk_id: str,
    language: Callable[[], str] = lambda: "",
) -> None:
    """Booking check-ins are written by the queue worker, never here.

    ``language`` gives the customer's kiosk language, kept with the ticket.
    """

    def check_in(journey: str, code: str) -> None:
        def found(result: tuple[Any, QueueItem]) -> None:
            booking, ticket = result
            customer.hold_ticket(ticket)  # shown large on the welcome, printed if a printer is
            details = {"name": booking.name, "time": booking.time, "topic": booking.topic}
            runner.lookup_did_finish(journey, "found", {**details, "number": ticket.label})

        def missing(error: Exception) -> None:
            day = getattr(error, "day", None)
            if day:
                runner.lookup_did_finish(journey, "not_today", {"day": str(day)})
            else:
                runner.lookup_did_finish(journey, "not_found", {})

        if queue is None:
            runner.lookup_did_finish(journey, "not_found", {})
            return
        locale = language()
        queue.call(
            lambda stores: stores.bookings.check_in(code, kiosk_id=kiosk_id, locale=locale),
            on_done=found,
            on_error=missing,
        )

    runner.lookup_was_needed.connect(check_in)


def _wire_speech(
    controller: SessionController,
    window: MainWindow,
    activity: ActivityFilter,
    speech: SpeechService,
) -> None:
    """Every screen says its words on entry; a touch silences it; Repeat says it again."""
    bar = window.bar

    def voice_ready() -> bool:
        return speech.available and controller.prefs.voice_on

    def show_voice_state(*_: object) -> None:
        bar.set_voice_available(speech.available)
        bar.set_repeat_visible(voice_ready())
        prefs = controller.prefs
        bar.retranslate(window.catalogs[prefs.locale], prefs.text_size, prefs.voice_on)

    def say(screen_id: str, words: str) -> None:
        # The attract screen stays quiet: nobody is there yet.
        if screen_id == ids.WELCOME or not words or not voice_ready():
            return
        locale = controller.prefs.locale if controller.prefs.locale in ids.LOCALES else "en"
        speech.say(words, locale, simpler=window.current_screen().simpler_text())

    def on_prefs(prefs: object) -> None:
        if not controller.prefs.voice_on:
            speech.stop()
        show_voice_state()

    def louder(_: str = "") -> None:
        speech.set_volume(min(1.0, speech.volume + 0.1))

    def slower(_: str = "") -> None:
        speech.set_rate_step(speech.rate_step - 1)

    controller.add_handlers(
        {
            "repeat": lambda _: speech.repeat(),
            "stop": lambda _: speech.stop(),
            "louder": louder,
            "slower": slower,
        }
    )
    window.screen_did_show.connect(say)
    # Listening is not being idle: the quiet clock starts when the kiosk falls silent.
    follow_speech(controller.idle, speech)
    activity.activity_did_happen.connect(speech.stop)
    controller.prefs_did_change.connect(on_prefs)
    controller.session_did_end.connect(speech.reset)
    speech.voice_did_fail.connect(show_voice_state)
    show_voice_state()


def _wire_scanner(
    controller: SessionController,
    window: MainWindow,
    journeys: JourneyRunner,
    assist: StaffAssist,
    gap_ms: int,
) -> ScannerListener:
    """A booking QR held under the scanner checks the customer in, from any screen.

    Installed after the other filters so it runs first; ``only=window`` leaves
    the staff console (same process in the demo) its own scans.
    """
    scanner = ScannerListener(window, only=window, max_gap_ms=gap_ms)

    def on_scan(text: str) -> None:
        controller.note_activity()  # scanner keys never reach the activity filter
        if not scan_allowed(controller.visible_screen, assist.active):
            log.info("scan ignored on %s", controller.visible_screen)
            return
        if not journeys.scan_booking(text):
            # Not a booking (a ticket, a form code, a shop barcode): the not-found
            # page says what to check and offers staff.
            log.info("scanned code is not a booking")
            journeys.start(CHECK_IN)
            journeys.lookup_did_finish(CHECK_IN, "not_found", {})

    scanner.did_scan.connect(on_scan)
    return scanner  # the caller installs it with the other app-wide filters


def _wire_assistant(
    controller: SessionController,
    window: MainWindow,
    speech: SpeechService | None,
    recognition: RecognitionService | None,
    microphone: AudioSource | None,
    journeys: JourneyRunner,
) -> VoiceAssistant:
    """Speak (or type) to the kiosk: the bar's last control and the panel above the bar."""
    bar, panel = window.bar, window.voice_panel

    def buttons() -> list[LabelButton]:
        # "Say what you see": the screen's own buttons, not keys or the bar.
        screen = window.current_screen()
        return [
            b
            for b in screen.findChildren(LabelButton)
            if b.isVisible() and b.isEnabled() and b.property("kiosk_kind") in ("button", "tile")
        ]

    assistant = VoiceAssistant(
        controller,
        recognition,
        microphone,
        journeys=journeys.journeys,
        field_text=lambda journey, name: journeys.answers(journey).typing.get(name, ""),
        screen_words=lambda: [b.title.text() for b in buttons()],
        press_word=lambda i: buttons()[i].click(),
        moves_on=lambda i: buttons()[i].property("kiosk_action") == "journey_next",
        reading_words=lambda r: reading_words(window.catalogs[controller.prefs.locale], r),
        before_listening=speech.stop if speech is not None else lambda: None,
        parent=window,
    )

    def show_mode(can_listen: bool) -> None:
        bar.set_assistant_mode("speak" if can_listen else "type")
        panel.can_listen = can_listen
        # The typing screen is built after the first paint (its keyboard is not needed sooner).
        typing = window.screens.get(ids.ASSISTANT)
        if typing is not None:
            typing.set_reason(assistant.why_not())  # type: ignore[attr-defined]
        prefs = controller.prefs
        bar.retranslate(window.catalogs[prefs.locale], prefs.text_size, prefs.voice_on)

    def type_instead(_: str = "") -> None:
        assistant.cancel()
        show_mode(not assistant.why_not())  # the screen's line says why not speaking
        controller.go(ids.ASSISTANT)

    def tapped(_: str) -> None:
        if bar.assistant_mode == "speak":
            assistant.toggle()
        else:
            type_instead()

    controller.add_handlers(
        {
            "assistant": tapped,
            "assistant_hold": lambda _: assistant.listen(),
            "assistant_release": lambda _: assistant.finish(),
            "assistant_ask": assistant.take_text,
        }
    )
    assistant.view_did_change.connect(panel.show_view)
    if speech is not None:
        # An answer is said as well as shown, like every error and question.
        def say_answer(view: AssistantView) -> None:
            if view.phase in SPOKEN_ANSWERS and controller.prefs.voice_on:
                speech.say(panel.spoken_text(), controller.prefs.locale)

        assistant.view_did_change.connect(say_answer)
    assistant.level_did_change.connect(panel.set_level)
    assistant.availability_did_change.connect(show_mode)
    panel.reading_was_chosen.connect(assistant.choose)
    panel.none_was_chosen.connect(assistant.none_of_these)
    panel.listen_was_requested.connect(lambda: assistant.listen(again=True))
    panel.typing_was_requested.connect(type_instead)
    panel.staff_was_requested.connect(assistant.call_staff)
    panel.close_was_requested.connect(assistant.cancel)
    if speech is not None:
        speech.speech_will_start.connect(lambda _text: assistant.kiosk_will_speak())
        speech.speech_did_finish.connect(assistant.kiosk_did_stop_speaking)
        speech.speech_did_stop.connect(assistant.kiosk_did_stop_speaking)
    assistant.refresh()
    return assistant


def _wire_staff_assist(
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
    assist: StaffAssist,
    gesture: StaffGesture,
    journeys: JourneyRunner,
) -> None:
    """Hidden gesture → staff PIN on the kiosk → staff bar over the customer's place."""
    from kiosk.staff.auth import record, staff_names, verify_pin
    from kiosk.staff.words import bar_summary

    def open_sign_in() -> None:
        if assist.active or queue is None:
            log.info("staff gesture ignored (%s)", "already in staff mode" if queue else "no queue")
            return
        sign_in = window.staff_sign_in  # built after the first paint
        sign_in.reset()
        controller.open_staff_sign_in()
        queue.call(staff_names, on_done=sign_in.set_names)

    def check_pin(name: str) -> None:
        if queue is None:
            return
        catalog = window.context().catalog
        sign_in = window.staff_sign_in

        def verified(ok: object) -> None:
            if ok:
                controller.back()  # to the customer's screen, now with the staff bar
                assist.start(name)
            else:
                sign_in.show_message(catalog.text("staff.wrong_pin"))

        def failed(error: Exception) -> None:
            until = getattr(error, "until", None)
            sign_in.show_message(
                catalog.text("staff.locked", time=until.strftime("%H:%M")) if until else str(error)
            )

        queue.call(verify_pin, name, sign_in.take_pin(), on_done=verified, on_error=failed)

    def refresh_bar(*_: object) -> None:
        if assist.staff is None:
            return
        catalog = window.context().catalog
        context = controller.help_context()
        summary = bar_summary(context, catalog, journeys.journeys, window.context_values)
        window.staff_bar.show_for(
            catalog, controller.prefs.theme, assist.staff, summary, assist.helping
        )

    def helping() -> None:
        if assist.staff is not None:
            assist.mark_helping()
            customer.staff_is_helping(assist.staff, controller.help_context())
            refresh_bar()

    def ended() -> None:
        window.staff_bar.hide()
        controller.set_staff_mode(False)

    if queue is not None:
        assist.on_audit = lambda staff, action: queue.call(record, staff, action)
    gesture.gesture_did_happen.connect(open_sign_in)
    controller.staff_sign_in_was_requested.connect(check_pin)
    assist.did_start.connect(lambda _name: controller.set_staff_mode(True))
    assist.did_start.connect(refresh_bar)
    assist.did_end.connect(ended)
    controller.screen_did_change.connect(refresh_bar)
    controller.prefs_did_change.connect(refresh_bar)
    controller.session_did_end.connect(assist.end)
    window.staff_bar.helping_was_tapped.connect(helping)
    window.staff_bar.return_was_tapped.connect(assist.end)


class TicketPrinting:
    """Prints a ticket in the customer's words, off the GUI thread."""

    def __init__(
        self,
        config: Config,
        background: Background,
        window: MainWindow,
        printer: TicketPrinter | None,
    ) -> None:
        self.config = config
        self.background = background
        self.window = window
        self.printer: TicketPrinter = printer or NullPrinter("printer still connecting")
        self.did_print: list[Callable[[PrintResult], None]] = []  # insight: printer faults
        if printer is None:
            background.run(lambda: make_printer(config), on_done=self._ready)

    def _ready(self, printer: TicketPrinter) -> None:
        self.printer = printer
        log.info("ticket printer: %s", printer.describe())

    def _printed(self, result: PrintResult) -> None:
        self.window.ticket.set_printed(bool(result.ok))
        for listener in self.did_print:
            listener(result)

    def print(self, item: QueueItem) -> None:
        """Print if we can; the screen says which (take it below / remember it)."""
        if isinstance(self.printer, NullPrinter):
            self.window.ticket.set_printed(False)
            return
        from kiosk.qr import ticket_reference

        context = self.window.context()
        c = context.catalog
        lines, qr_text = form_slip(item, c)
        # How they will be called, and where (counters; kiosk.queue.counters).
        counters = self.window.ticket.counters
        lines = (*calling_words(item.service, counters, c, context.prefs.locale), *lines)
        ticket = PrintableTicket(
            label=item.label,
            service=c.text(f"service.{item.service}"),
            lines=lines,
            qr_text=qr_text or ticket_reference(item.day, item.label, item.id),
            locale=context.prefs.locale,
            bank_name=self.config["bank.name"],
            issued_at=datetime.now().strftime("%Y-%m-%d %H:%M"),
        )
        printer = self.printer
        self.background.run(
            lambda: printer.print_ticket(ticket),
            on_done=self._printed,
            on_error=lambda _exc: self.window.ticket.set_printed(False),
        )


def form_slip(item: QueueItem, catalog: Catalog) -> tuple[tuple[str, ...], str]:
    """A ticket slip's lines and QR text: a form's number carries its code and opens it.

    Returns:
        The lines under the number, and the QR text ("" for a plain ticket's own).
    """
    code = item.context.get("draft_code")
    if not isinstance(code, str) or not code:
        return (catalog.text("ticket.qr_caption"),), ""
    return (catalog.text("ticket.form_code", code=code),), ids.draft_reference(code)


def _wire_customer_queue(
    controller: SessionController,
    window: MainWindow,
    customer: CustomerQueue,
    queue: QueueService | None,
    tickets: TicketPrinting,
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
        tickets.print(item)
        if queue is not None:
            queue.call("wait_estimate", item.id, on_done=window.ticket.show_estimate)
            refresh_counters()  # counters: "Served at: Counter 1" (kiosk.queue.counters)

    def refresh_counters() -> None:
        if queue is not None:
            queue.call(lambda s: s.counters.list_all(), on_done=window.ticket.set_counters)

    def on_rating(score: int) -> None:
        rating["score"] = score
        window.feedback.mark_rated()
        if "item" in rating:
            customer.rate(rating["item"], score)

    def on_thanks() -> None:
        window.feedback.mark_thanked()
        if "item" in rating:
            customer.rate(rating["item"], rating.get("score", 3), window.feedback.staff_name)

    refresh_counters()
    controller.help_was_requested.connect(customer.request_help)
    controller.quiet_alert_was_raised.connect(customer.request_quiet_check)
    controller.help_reason_was_chosen.connect(customer.set_reason)
    controller.help_was_cancelled.connect(customer.cancel_help)
    controller.rating_was_given.connect(on_rating)
    controller.staff_was_thanked.connect(on_thanks)
    controller.session_did_end.connect(customer.forget)
    controller.session_did_end.connect(rating.clear)
    customer.help_did_change.connect(on_help)
    customer.ticket_did_issue.connect(on_ticket)
    customer.ticket_did_fail.connect(lambda _msg: window.ticket.show_failure())


def _quit_on_signals(app: QApplication, window: QWidget) -> QTimer:
    """SIGTERM/SIGINT from the service manager close the kiosk cleanly."""

    def stop(*_: object) -> None:
        if isinstance(window, MainWindow):
            window.allow_close()
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Let the Python interpreter run signal handlers while Qt's loop spins.
    timer = QTimer(interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def store_factory(config: Config, data_dir: Path) -> StoreFactory:
    """Opens the queue database on the worker thread (tidying yesterday's queue once)."""

    def open_on_worker() -> Stores:
        from kiosk.store import open_stores  # sqlite-utils: not on the GUI thread

        return open_stores(config, data_dir, housekeep=True)

    return open_on_worker


def build_console(
    config: Config, queue: QueueService | None, data_dir: Path | None = None
) -> StaffConsole:
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
        # Counters: this machine's counter is remembered in the data dir.
        data_dir=data_dir,
        recalls_before_no_show=config["queue.recalls_before_no_show"],
    )


def _require_display() -> bool:
    if has_display():
        return True
    print(
        "kiosk: no display found (DISPLAY/WAYLAND_DISPLAY unset); "
        "run `kiosk tour --out DIR` to render the screens instead.",
        file=sys.stderr,
    )
    return False


def run_gui(config: Config, data_dir: Path, *, demo: bool) -> int:
    """``kiosk run`` (fullscreen, locked) or ``kiosk demo`` (laptop: kiosk + staff console)."""
    if not _require_display():
        return 2
    app = qt_app()
    from kiosk.services.speech_service import create_speech_service

    speech = create_speech_service(config, data_dir)
    if not speech.available:
        log.warning("voice unavailable: %s", speech.unavailable_reason)
    stores = store_factory(config, data_dir)
    if demo:  # laptop demo: its staff account and queue (never in `kiosk run`)
        from kiosk.demo.data import with_demo_data

        stores = with_demo_data(stores)
    kiosk = build_kiosk(
        config,
        kiosk_mode=not demo,
        store_factory=stores,
        speech=speech,
        defer_screens=True,
    )
    # Speech input, its models and the understanding come once the window has
    # painted (not on a fixed timer, which a slow machine can beat): probing the
    # microphone and the warm-up would only delay the welcome screen, and the
    # bar offers Type until a model has loaded anyway.
    listening: list[RecognitionService] = []

    def start_listening() -> None:
        recognition, microphone = _speech_input(config)
        listening.append(recognition)
        kiosk.assistant.attach(recognition, microphone)
        recognition.load_later()
        Background(kiosk.window).run(_warm_up_understanding)

    _AfterFirstPaint(kiosk.window, start_listening)
    demo_windows = None
    if demo:  # laptop demo: kiosk/demo/ scales the kiosk and tiles the role windows
        from kiosk.demo.windows import show_demo

        demo_windows = show_demo(
            config, data_dir, kiosk, build_console(config, kiosk.queue, data_dir)
        )
    else:
        kiosk.window.enter_kiosk_mode()
    keepalive = _quit_on_signals(app, kiosk.window)
    log.info("kiosk started (%s), data dir %s", "demo" if demo else "kiosk", data_dir)
    code = app.exec()
    del demo_windows  # the demo's windows and their tiler live until the loop ends
    keepalive.stop()
    speech.shutdown()
    for recognition in listening:
        recognition.shutdown()
    if kiosk.queue is not None:
        kiosk.queue.shutdown()
    return code


def _speech_input(config: Config) -> tuple[RecognitionService, AudioSource]:
    """The recogniser and microphone the settings ask for (either may say "none, because …")."""
    from kiosk.services.recognition_service import RecognitionService
    from kiosk.speech.audio_in import NullSource, make_microphone
    from kiosk.speech.vosk_recognizer import make_engine

    engine = make_engine(config)
    microphone = (
        make_microphone(config["speech.input_device"])
        if config["speech.input_enabled"]
        else NullSource("speech input is turned off")
    )
    if not microphone.available:
        log.warning("speech input unavailable: %s", microphone.reason)
    service = RecognitionService(
        engine, phrases=_first_grammar, max_seconds=config["speech.listen_seconds"]
    )
    return service, microphone


def _first_grammar(locale: str) -> list[str] | None:
    """What the recogniser warms up with: the home screen's short grammar."""
    from kiosk.speech.intents import matcher_for
    from kiosk.speech.intents.screen_grammar import grammar_for

    try:
        return grammar_for(ids.HOME, matcher_for(locale))
    except KioskError as exc:
        log.warning("no grammar for %s: %s", locale, exc)
        return None


def _warm_up_understanding() -> None:
    import numpy  # noqa: F401  (audio capture needs it: imported here, not on the first listen)

    from kiosk.speech.intents import load_all

    load_all()


def run_console(config: Config, data_dir: Path) -> int:
    """``kiosk staff``: the staff console on its own (another process on the same file)."""
    if not _require_display():
        return 2
    app = qt_app()
    queue = QueueService(store_factory(config, data_dir))
    console = build_console(config, queue, data_dir)
    console.resize(1280, 800)
    console.show()
    keepalive = _quit_on_signals(app, console)
    log.info("staff console started, data dir %s", data_dir)
    code = app.exec()
    keepalive.stop()
    queue.shutdown()
    return code
