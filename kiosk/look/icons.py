"""Line icons from assets/icons/*.svg, tinted to the theme's text colour."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import assets_dir

# Icons are drawn in this colour and re-coloured per theme.
_INK = "#000000"


@lru_cache(maxsize=256)
def icon_pixmap(name: str, colour: str, side: int, device_ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` as a ``side``×``side`` pixmap in ``colour``.

    A missing icon gives an empty pixmap (the text still says everything).
    """
    path = assets_dir() / "icons" / f"{name}.svg"
    pixels = max(1, round(side * device_ratio))
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    if not path.exists():
        return pixmap
    svg = path.read_text(encoding="utf-8").replace(_INK, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap
