"""What a printed ticket says, in the customer's words (pure: no Qt, no printer)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kiosk.core import ids
from kiosk.printing.ports import PrintableTicket
from kiosk.qr import ticket_reference
from kiosk.queue.counters import Counter, calling_words
from kiosk.queue.models import QueueItem

if TYPE_CHECKING:
    from kiosk.content.catalog import Catalog


def form_slip(item: QueueItem, catalog: Catalog) -> tuple[tuple[str, ...], str]:
    """A ticket slip's lines and QR text: a form's number carries its code and opens it.

    Returns:
        The lines under the number, and the QR text ("" for a plain ticket's own).
    """
    code = item.context.get("draft_code")
    if not isinstance(code, str) or not code:
        return (catalog.text("ticket.qr_caption"),), ""
    return (catalog.text("ticket.form_code", code=code),), ids.draft_reference(code)


def printable_ticket(
    item: QueueItem,
    catalog: Catalog,
    locale: str,
    bank_name: str,
    issued_at: str,
    counters: Sequence[Counter] = (),
) -> PrintableTicket:
    """The ticket to print for ``item``: its number, counter, lines and QR.

    A plain ticket's QR holds its own reference (day, number, id: nothing
    personal); a form's number opens the form at the counter. The first lines
    say how the customer will be called, and at which counters.
    """
    lines, qr_text = form_slip(item, catalog)
    lines = (*calling_words(item.service, counters, catalog, locale), *lines)
    return PrintableTicket(
        label=item.label,
        service=catalog.text(f"service.{item.service}"),
        lines=lines,
        qr_text=qr_text or ticket_reference(item.day, item.label, item.id),
        locale=locale,
        bank_name=bank_name,
        issued_at=issued_at,
    )
