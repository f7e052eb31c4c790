"""The tour's PNG writer (kiosk/tools/png.py): the pixels Qt's own writer keeps."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.tools.png import png_bytes, save_png


def _pixels(path: Path) -> np.ndarray:
    with Image.open(path) as picture:
        return np.asarray(picture.convert("RGBA"))


def _noisy(width: int, height: int, fmt: QImage.Format) -> QImage:
    """Every pixel a different colour, and an odd width (rows padded in memory)."""
    image = QImage(width, height, fmt)
    rng = np.random.default_rng(17)
    for y in range(height):
        for x in range(width):
            r, g, b, a = (int(v) for v in rng.integers(0, 256, 4))
            alpha = a if image.hasAlphaChannel() else 255
            image.setPixelColor(x, y, QColor(r, g, b, alpha))
    return image


def test_an_opaque_grab_keeps_every_pixel(tmp_path: Path, qapp) -> None:
    image = _noisy(37, 23, QImage.Format.Format_RGB32)
    painter = QPainter(image)  # flat areas and text, as in a screen
    painter.fillRect(5, 5, 20, 10, QColor("#0B4A8B"))
    painter.drawText(2, 20, "Call staff 직원 호출 呼叫")
    painter.end()
    ours, qts = tmp_path / "ours.png", tmp_path / "qt.png"
    save_png(image, ours)
    assert image.save(str(qts), "PNG")
    assert ours.read_bytes() == png_bytes(image)
    with Image.open(ours) as picture:
        assert (picture.mode, picture.size) == ("RGB", (37, 23))
    assert np.array_equal(_pixels(ours), _pixels(qts))


@pytest.mark.parametrize(
    "fmt", [QImage.Format.Format_ARGB32, QImage.Format.Format_RGB888, QImage.Format.Format_Indexed8]
)
def test_other_pictures_go_through_qts_writer(tmp_path: Path, qapp, fmt: QImage.Format) -> None:
    image = _noisy(9, 7, QImage.Format.Format_ARGB32).convertToFormat(fmt)
    assert png_bytes(image) is None
    ours, qts = tmp_path / "ours.png", tmp_path / "qt.png"
    save_png(image, ours)
    assert image.save(str(qts), "PNG")
    assert np.array_equal(_pixels(ours), _pixels(qts))


def test_an_unwritable_place_is_an_error(tmp_path: Path, qapp) -> None:
    image = _noisy(3, 3, QImage.Format.Format_ARGB32)  # Qt's writer: it reports failure
    with pytest.raises(OSError, match="could not write"):
        save_png(image, tmp_path / "missing" / "x.png")
