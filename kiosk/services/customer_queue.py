"""This kiosk's customer in the branch queue: their help request and their ticket."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.core import ids
from kiosk.queue.models import QueueItem, Status, WaitEstimate
from kiosk.services.queue_service import QueueService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HelpView:
    """What the help.requested screen shows.

    ``phase`` is ``sending`` (being written), ``waiting``, ``coming`` (staff
    claimed it), ``closed`` (staff finished) or ``offline`` (no queue: ask
    the customer to raise a hand instead).
    """

    phase: str
    item: QueueItem | None = None
    estimate: WaitEstimate | None = None
    message: str = ""
    # A quiet check (Call staff held) the customer has not given a reason for:
    # its "other" is for staff, the screen asks as after any tap.
    quiet: bool = False

    @property
    def reason(self) -> str | None:
        """The reason the customer gave, as the help screen shows it (None: ask)."""
        if self.item is None or self.quiet:
            return None
        return self.item.reason


class CustomerQueue(QObject):
    """Turns the customer's taps into queue operations and follows the answers.

    Signals:
        help_did_change(object): a new :class:`HelpView`.
        ticket_did_issue(object): the customer's new ticket (:class:`QueueItem`).
        ticket_did_fail(str): the ticket could not be issued (message for the log).
        form_did_prepare(str, object): a journey's form draft (a ``Draft``) was
            stored with its ticket, or ``None``: it could not be (nor the ticket).
    """

    help_did_change = Signal(object)
    ticket_did_issue = Signal(object)
    ticket_did_fail = Signal(str)
    form_did_prepare = Signal(str, object)

    def __init__(self, service: QueueService | None, kiosk_id: str, location: str) -> None:
        super().__init__()
        self.service = service
        self.kiosk_id = kiosk_id
        self.location = location
        self.help = HelpView("offline" if service is None else "sending")
        self.ticket: QueueItem | None = None
        self._quiet = False  # the open request is a quiet check with no reason tapped yet
        if service is not None:
            service.queue_did_change.connect(self._on_queue_change)
            service.store_did_fail.connect(
                lambda msg: self._set_help(HelpView("offline", message=msg))
            )

    @property
    def help_open(self) -> bool:
        return self.help.item is not None and self.help.item.is_open

    def request_help(
        self, context: dict[str, Any], reason: str | None = None, quiet: bool = False
    ) -> None:
        """One tap: create the help request (or keep the open one).

        Args:
            reason: Known up front inside some journeys (possible fraud); else
                the customer may tap one afterwards.
            quiet: Call staff was held: a priority quiet check for staff, while
                the customer sees the ordinary help screen.
        """
        if self.help_open:
            item = self.help.item
            # A reason found later (the fraud warning after a hold) replaces the
            # quiet check's "other"; a hold never hides a reason already given.
            replaceable = item is not None and (not item.reason or self._quiet)
            if reason and replaceable and item is not None and reason != item.reason:
                self.set_reason(reason)
            quiet_now = item is not None and not item.context.get("quiet_check")
            if quiet and quiet_now and self.service is not None and item is not None:
                # Held after a tap: staff still learn the customer may be under pressure.
                self.service.call(
                    lambda s: s.queue.mark_quiet_check(item.id), on_done=self._on_help_item
                )
            self.help_did_change.emit(self.help)
            return
        if self.service is None or not self.service.available:
            self._set_help(HelpView("offline"))
            return
        self._quiet = quiet
        self._set_help(HelpView("sending", quiet=quiet))
        kiosk_id, location = self.kiosk_id, self.location
        self.service.call(
            lambda s: s.queue.request_help(
                kiosk_id=kiosk_id,
                location=location,
                reason=reason,
                context=context,
                quiet_check=quiet,
            ),
            on_done=self._on_help_item,
            on_error=lambda exc: self._set_help(HelpView("offline", message=str(exc))),
        )

    def request_quiet_check(self, context: dict[str, Any]) -> None:
        """Call staff held: see :meth:`request_help` (``quiet``)."""
        self.request_help(context, quiet=True)

    def staff_is_helping(self, staff: str, context: dict[str, Any]) -> None:
        """Staff mode's "I'm helping now": claim this kiosk's help request, making one if needed."""
        if self.service is None:
            return
        service = self.service

        def claim(item: QueueItem) -> None:
            service.call(lambda s: s.queue.claim(item.id, staff), on_done=self._on_help_item)

        if self.help_open and self.help.item is not None:
            claim(self.help.item)
            return
        kiosk_id, location = self.kiosk_id, self.location
        service.call(
            lambda s: s.queue.request_help(kiosk_id=kiosk_id, location=location, context=context),
            on_done=claim,
        )

    def set_reason(self, reason: str) -> None:
        self._quiet = False  # the customer (or the journey) said why: show it
        if self.service is not None and self.help.item is not None:
            item_id = self.help.item.id
            self.service.call(
                lambda s: s.queue.set_help_reason(item_id, reason), on_done=self._on_help_item
            )

    def cancel_help(self) -> None:
        item = self.help.item
        if self.service is not None and item is not None and item.is_open:
            self.service.call(lambda s: s.queue.cancel(item.id), on_done=self._on_help_item)
        self.help = HelpView("sending")
        self._quiet = False

    def take_ticket(
        self, service_id: str, priority_reason: str = "", locale: str | None = None
    ) -> None:
        """A number for ``service_id``; a priority reason ("age", …) means called sooner.

        ``locale`` is the customer's language, kept with the ticket so the lobby
        display's announcement starts in it.

        Coming Back to the ticket page gives the same number again, not a second
        place in the queue.
        """
        held = self.ticket
        if held is not None and held.service == service_id and held.is_open:
            self.ticket_did_issue.emit(held)
            return
        if self.service is None or not self.service.available:
            self.ticket_did_fail.emit("the queue is not available")
            return
        kiosk_id = self.kiosk_id
        known_locale = locale if locale in ids.LOCALES else None
        self.service.call(
            lambda s: s.queue.take_ticket(
                service_id,
                priority_reason=priority_reason or None,
                kiosk_id=kiosk_id,
                locale=known_locale,
            ),
            on_done=self._on_ticket,
            on_error=lambda exc: self.ticket_did_fail.emit(str(exc)),
        )

    def prepare_form(
        self,
        journey: str,
        form: str,
        values: dict[str, Any],
        service_id: str,
        request_key: str,
        locale: str | None = None,
    ) -> None:
        """A form draft for the counter and a number for that counter, in one write.

        Like :meth:`take_ticket`, a number already held for ``service_id`` is
        kept (the draft joins it), and the same ``request_key`` (Back and on
        again) gives the same draft and number back.
        """
        if self.service is None or not self.service.available:
            self.ticket_did_fail.emit("the queue is not available")
            self.form_did_prepare.emit(journey, None)
            return
        held = self.ticket
        held_id = held.id if held is not None and held.is_open else None

        def done(result: tuple[Any, QueueItem]) -> None:
            draft, item = result
            self._on_ticket(item)
            self.form_did_prepare.emit(journey, draft)

        def failed(exc: Exception) -> None:
            log.warning("form draft and ticket not stored: %s", exc)
            self.ticket_did_fail.emit(str(exc))
            self.form_did_prepare.emit(journey, None)

        self.service.call(
            lambda stores: stores.drafts.prepare_for_counter(
                journey,
                form or journey,
                values,
                self.kiosk_id,
                service=service_id,
                request_key=request_key,
                held_ticket=held_id,
                locale=locale,
            ),
            on_done=done,
            on_error=failed,
        )

    def hold_ticket(self, item: QueueItem) -> None:
        """A number issued elsewhere for this customer (a booking's check-in) is theirs now."""
        self._on_ticket(item)

    def rate(self, item_id: int, score: int, thanked_staff: str | None = None) -> None:
        if self.service is not None:
            self.service.call(lambda s: s.queue.rate(item_id, score, thanked_staff))

    def forget(self) -> None:
        """Session over: stop following this customer's items (they stay in the queue)."""
        self.help = HelpView("sending")
        self.ticket = None
        self._quiet = False

    # -- answers from the worker -------------------------------------------------
    def _on_ticket(self, item: QueueItem) -> None:
        self.ticket = item
        self.ticket_did_issue.emit(item)

    def _on_help_item(self, item: QueueItem) -> None:
        phase = {
            Status.WAITING: "waiting",
            Status.CALLED: "coming",
            Status.SERVING: "coming",
        }.get(item.status, "closed")
        self._set_help(HelpView(phase, item, self.help.estimate, quiet=self._quiet))
        if phase == "waiting" and self.service is not None:
            self.service.call(lambda s: s.queue.wait_estimate(item.id), on_done=self._on_estimate)

    def _on_estimate(self, estimate: WaitEstimate) -> None:
        if self.help.item is not None:
            self._set_help(HelpView(self.help.phase, self.help.item, estimate, quiet=self._quiet))

    def _on_queue_change(self, items: list[QueueItem]) -> None:
        current = self.help.item
        if current is None or not current.is_open:
            return
        fresh = next((i for i in items if i.id == current.id), None)
        if fresh is None:  # closed by staff: fetch its final state
            if self.service is not None:
                self.service.call(lambda s: s.queue.get(current.id), on_done=self._on_help_item)
        elif fresh != current:
            self._on_help_item(fresh)
        elif fresh.status == Status.WAITING and self.service is not None:
            self.service.call(lambda s: s.queue.wait_estimate(fresh.id), on_done=self._on_estimate)

    def _set_help(self, view: HelpView) -> None:
        self.help = view
        self.help_did_change.emit(view)
