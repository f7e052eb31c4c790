"""`kiosk bookings add --qr FILE.png`: the confirmation QR a tester can print or show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import add_staff, fails, kiosk, ok_json
from PIL import Image

from kiosk.journeys.booking_code import code_from_scan
from kiosk.qr import qr_matrix

BOOKING = ("--day", date.today().isoformat(), "--time", "10:30", "--name", "Mrs Wang",
           "--service", "wealth", "--topic", "pension", "--staff", "Ann")  # fmt: skip


@pytest.fixture(autouse=True)
def ann(data_dir: Path) -> None:
    add_staff(data_dir, "Ann")  # every booking added names a staff account


def modules(path: Path, size: int, box_px: int = 10, border: int = 4) -> list[list[bool]]:
    """The dark modules read back from the image (the centre pixel of each)."""
    image = Image.open(path).convert("L")
    assert image.size == ((size + 2 * border) * box_px,) * 2
    centre = box_px // 2
    return [
        [
            image.getpixel(((x + border) * box_px + centre, (y + border) * box_px + centre)) < 128
            for x in range(size)
        ]
        for y in range(size)
    ]


def test_add_prints_the_qr_text_and_writes_the_image(data_dir: Path, tmp_path: Path) -> None:
    image = tmp_path / "confirmation.png"
    result = kiosk(data_dir, "bookings", "add", "--code", "ab12 cd", *BOOKING, "--qr", str(image))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "AB12CD" in lines[0] and "Mrs Wang" in lines[0]
    assert lines[1] == "QR: KIOSK-BOOKING:AB12CD"
    assert lines[2] == f"QR image: {image}"
    expected = qr_matrix("KIOSK-BOOKING:AB12CD")
    assert modules(image, len(expected)) == expected  # what the kiosk's scanner will read
    assert code_from_scan("KIOSK-BOOKING:AB12CD\r\n") == "AB12CD"

    added = ok_json(data_dir, "bookings", "add", "--code", "246810", *BOOKING)
    assert added["qr"] == "KIOSK-BOOKING:246810" and added["code"] == "246810"


def test_qr_mistakes_are_one_line_and_add_nothing(data_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "qr.png"
    args = ("bookings", "add", "--code", "246810", *BOOKING, "--qr", str(missing))
    fails(kiosk(data_dir, *args), "does not exist", "nothing was added")
    assert ok_json(data_dir, "bookings", "list") == []
    image = tmp_path / "q.png"
    bad_code = ("bookings", "add", "--code", "X", *BOOKING, "--qr", str(image))
    fails(kiosk(data_dir, *bad_code), "field 'code'")
    assert not image.exists()
