"""QR codes (the only importer of ``qrcode``): text → a matrix of dark modules."""

from __future__ import annotations

from os import PathLike


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


def write_qr_png(text: str, path: str | PathLike[str], *, box_px: int = 10) -> None:
    """Write the QR code for ``text`` as a PNG (black on white, 4-module quiet zone).

    For printing or showing a QR outside the kiosk (a demo booking confirmation).
    Each module is ``box_px`` pixels square, so the image is
    ``(len(qr_matrix(text)) + 8) * box_px`` pixels wide.

    Raises:
        OSError: the file cannot be written.
    """
    from PIL import Image

    matrix = qr_matrix(text)
    border = 4  # the quiet zone the QR standard asks for: scanners need it
    side = (len(matrix) + 2 * border) * box_px
    image = Image.new("1", (side, side), 1)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + border) * box_px, (y + border) * box_px
                image.paste(0, (left, top, left + box_px, top + box_px))
    image.save(path, format="PNG")
