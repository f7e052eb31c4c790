"""The booking confirmation's QR: what we print, and what a scan gives back."""

import pytest

from kiosk.core import ids
from kiosk.journeys.booking_code import (
    BOOKING_REFERENCE_PREFIX,
    code_from_scan,
    payload_for,
    scan_allowed,
)
from kiosk.qr import ticket_reference


def test_payload_is_prefixed_and_normalised() -> None:
    assert payload_for("ab12-cd") == "KIOSK-BOOKING:AB12CD"
    assert payload_for(" 246810 ") == f"{BOOKING_REFERENCE_PREFIX}246810"
    with pytest.raises(ValueError, match="booking code"):
        payload_for("X")


@pytest.mark.parametrize("code", ["246810", "AB12CD", "K7F3QM99", "ABCD1234EFGH5678XY90"])
def test_what_we_print_scans_back_to_the_code(code: str) -> None:
    assert code_from_scan(payload_for(code)) == code


@pytest.mark.parametrize(
    ("scanned", "code"),
    [
        ("KIOSK-BOOKING:AB12CD\r\n", "AB12CD"),  # the scanner's Enter as CR/LF
        ("kiosk-booking:ab12cd", "AB12CD"),  # Caps Lock on: the scanner types lower case
        ("  KIOSK-BOOKING: AB 12 CD \n", "AB12CD"),
        ("KIOSK-BOOKING:AB12-CD", "AB12CD"),
        ("246810\r", "246810"),  # a booking system that puts only the code in its QR
        ("2468 1012", "24681012"),
        ("ab12cd", "AB12CD"),
    ],
)
def test_scans_are_read_tolerantly(scanned: str, code: str) -> None:
    assert code_from_scan(scanned) == code


@pytest.mark.parametrize(
    "scanned",
    [
        ids.draft_reference("K7F3QM"),  # a form draft's QR, handed back to the kiosk
        ids.draft_reference("K7F3QM").lower(),
        ticket_reference("2026-12-03", "A012", 7),
        "https://www.example-bank.com/easy/savings_account?lang=en",  # the take-home QR
        "KIOSK-BOOKING:",
        "KIOSK-BOOKING:X1",  # too short for a booking code
        "KIOSK-BOOKING:AB12CD:EXTRA",
        "KIOSK-BOOKINGS:AB12CD",
        "HELLOWORLD",  # words, no digits: not a code
        "12345",  # bare codes have 6 to 8 characters, like the confirmation prints
        "4006381333931",  # a product's barcode
        "",
        "\r\n",
        "KIOSK-BOOKING:AB12CD" + "9" * 300,
    ],
)
def test_other_qr_codes_are_not_bookings(scanned: str) -> None:
    assert code_from_scan(scanned) is None


def test_not_text_is_not_a_booking() -> None:
    assert code_from_scan(None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "screen",
    [ids.WELCOME, ids.HOME, ids.LANGUAGE, ids.TIMEOUT_WARNING, ids.HELP_REQUESTED,
     "journey.check_in.code", "journey.check_in.not_found", "journey.fraud_check.intro",
     "product.pension", ids.TICKET_RESULT, ids.ask_staff_screen("forms")],
)  # fmt: skip
def test_a_scan_opens_check_in_from_any_customer_screen(screen: str) -> None:
    assert scan_allowed(screen)


@pytest.mark.parametrize("screen", [ids.STAFF_SIGN_IN, ids.STAFF_CONSOLE, ids.STAFF_ASSIST])
def test_never_on_staff_screens(screen: str) -> None:
    assert not scan_allowed(screen)


def test_never_while_staff_mode_is_on_over_a_customer_screen() -> None:
    assert not scan_allowed(ids.HOME, staff_mode=True)
    assert not scan_allowed("journey.check_in.code", staff_mode=True)
