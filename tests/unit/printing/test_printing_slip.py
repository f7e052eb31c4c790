"""What a printed ticket carries, built without a window or a printer."""

from __future__ import annotations

from kiosk.content.catalog import load_catalogs
from kiosk.core.ids import draft_reference
from kiosk.paths import locales_dir
from kiosk.printing.slip import printable_ticket
from kiosk.qr import ticket_reference
from kiosk.queue import samples


def test_a_plain_ticket_names_its_counter_and_its_qr_holds_only_the_reference() -> None:
    catalog = load_catalogs(locales_dir())["ko"]
    item = samples.item(9, "A", 12, service="cash")
    ticket = printable_ticket(item, catalog, "ko", "Branch Bank", "2026-11-28 09:00")
    assert ticket.label == "A012"
    assert ticket.service == catalog.text("service.cash")
    # How they will be called comes first (no counters configured: no counter line).
    assert ticket.lines == (catalog.text("ticket.how_called"), catalog.text("ticket.qr_caption"))
    assert ticket.qr_text == ticket_reference(samples.DAY, "A012", 9)
    assert (ticket.locale, ticket.bank_name, ticket.issued_at) == (
        "ko",
        "Branch Bank",
        "2026-11-28 09:00",
    )


def test_a_forms_ticket_opens_the_form_at_the_counter() -> None:
    catalog = load_catalogs(locales_dir())["en"]
    item = samples.item(3, "C", 3, service="card", context={"draft_code": "K7F3QM"})
    ticket = printable_ticket(item, catalog, "en", "Branch Bank", "2026-11-28 09:00")
    assert ticket.qr_text == draft_reference("K7F3QM")
    assert ticket.lines == (
        catalog.text("ticket.how_called"),
        catalog.text("ticket.form_code", code="K7F3QM"),
    )
