"""QR codes (the only importer of ``qrcode``): text → a matrix of dark modules."""

from __future__ import annotations


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code for ``text`` as rows of booleans (True = dark), without quiet zone.

    Medium error correction: survives a scuffed phone screen or a creased ticket.
    """
    import qrcode  # imported when first needed: keeps the kiosk's start-up quick
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def ticket_reference(day: str, label: str, item_id: int) -> str:
    """What a ticket's QR holds: enough for the counter to look it up, nothing personal."""
    return f"KIOSK-TICKET:{day}:{label}:{item_id}"
