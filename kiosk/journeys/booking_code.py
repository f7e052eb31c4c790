"""The booking confirmation's QR code: what it holds, and reading it back from a scanner.

The bank's confirmation (letter, text message, e-mail) carries a QR holding
``KIOSK-BOOKING:<CODE>`` — the same ``KIOSK-<KIND>:`` form as the ticket and
form-draft QR codes, so a scan can never be mistaken for one of those. The
branch's 2D scanner types that text like a keyboard; :func:`code_from_scan`
turns it back into the booking code. A QR holding only the bare code (from a
booking system that prints just the number) is accepted too. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

BOOKING_REFERENCE_PREFIX: Final = "KIOSK-BOOKING:"
# The bookings store's code format (kiosk/store/bookings.py): letters and digits.
_CODE: Final = re.compile(r"[A-Z0-9]{4,20}")
# A bare code is held to what the confirmation prints and the keypad takes
# (6 to 8 characters) and needs a digit: a plain word on some other QR is no code.
_BARE: Final = re.compile(r"(?=[A-Z]*[0-9])[A-Z0-9]{6,8}")
# Customers and scanners add these; they are never part of a code.
_IGNORED: Final = re.compile(r"[\s\-]+")
_PREFIX: Final = _IGNORED.sub("", BOOKING_REFERENCE_PREFIX)
# Far longer than any payload of ours: the rest of the text is not even looked at.
MAX_SCAN: Final = 200
# Every staff screen id (staff.console, staff.assist, staff.signin) starts so.
_STAFF_SCREENS: Final = "staff."


def payload_for(code: str) -> str:
    """The text the booking confirmation's QR holds for ``code``.

    Raises:
        ValueError: ``code`` is not 4 to 20 letters and digits (spaces and
            dashes ignored).
    """
    clean = _IGNORED.sub("", code).upper()
    if not _CODE.fullmatch(clean):
        raise ValueError(f"{code!r} is not a booking code (4 to 20 letters and digits)")
    return f"{BOOKING_REFERENCE_PREFIX}{clean}"


def code_from_scan(text: str) -> str | None:
    """The booking code in a scanned QR's text, or ``None`` when it holds something else.

    Tolerant of what scanners and customers do: any case (a scanner types
    lower case when Caps Lock is on), spaces, dashes, and the CR/LF a scanner
    sends at the end. Other QR codes — a form draft's ``KIOSK-DRAFT:…``, a
    ticket's ``KIOSK-TICKET:…``, a web address — give ``None``.
    """
    if not isinstance(text, str) or len(text) > MAX_SCAN:
        return None
    value = _IGNORED.sub("", text).upper()
    if value.startswith(_PREFIX):
        code = value.removeprefix(_PREFIX)
        return code if _CODE.fullmatch(code) else None
    return value if _BARE.fullmatch(value) else None


def scan_allowed(screen_id: str, staff_mode: bool = False) -> bool:
    """Whether a scanned booking may open check-in now.

    Any customer screen will do: someone scanning a booking on the welcome or
    home screen wants to check in. Not while staff work the kiosk — the staff
    sign-in keypad, the console, or staff mode over a customer's screen.

    Args:
        screen_id: The screen on show (``SessionController.visible_screen``).
        staff_mode: A member of staff is signed in on this kiosk.
    """
    return not staff_mode and not screen_id.startswith(_STAFF_SCREENS)
