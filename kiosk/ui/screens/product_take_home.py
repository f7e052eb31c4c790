"""``product.<id>.take_home``: a QR code that opens the same explanation on a phone.

The address comes from the ``products.take_home_url`` setting, filled with
the product id and the customer's language; the kiosk draws the code offline
and the link carries nothing about the customer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import ScreenContext
from kiosk.ui.screens.product_page import ProductBook, ProductPage
from kiosk.ui.widgets.qr_image import QrImage
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

QR_MAX_SIDE = 520


def take_home_url(template: str, product_id: str, locale: str) -> str:
    """The address for ``product_id`` in ``locale`` (the pseudo-locale asks for English)."""
    return template.format(
        product=product_id, locale="en" if locale == ids.PSEUDO_LOCALE else locale
    )


class ProductTakeHomeScreen(ProductPage):
    """Three steps in words beside a large QR code (under it on a narrow screen)."""

    page = "take_home"

    def __init__(self, book: ProductBook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        title = text_label("heading")
        self.say(title, "products.take_home.title")
        steps = QWidget()
        column = QVBoxLayout(steps)
        column.setContentsMargins(0, 0, 0, 0)
        for key in ("step1", "step2", "step3", "private"):
            label = text_label("hint" if key == "private" else "body")
            self.say(label, f"products.take_home.{key}")
            column.addWidget(label)
        column.addStretch(1)
        code = QWidget()
        code_column = QVBoxLayout(code)
        code_column.setContentsMargins(0, 0, 0, 0)
        self.qr = QrImage()
        self.caption = text_label("label", align=Qt.AlignmentFlag.AlignHCenter)
        self.say(
            self.caption,
            "products.take_home.qr_caption",
            values=lambda: ({"product": self.name()}, {"product": self.name()}),
        )
        code_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        code_column.addWidget(self.caption)
        code_column.addStretch(1)
        self.columns = ResponsiveGrid(max_columns=2)
        self.columns.set_items([steps, code])
        self.layout_.addWidget(title)
        self.layout_.addWidget(self.columns)
        self.layout_.addStretch(1)

    @property
    def url(self) -> str:
        """What the QR code holds now."""
        return self.qr.text

    def after_words(self, context: ScreenContext) -> None:
        self.qr.set_text(
            take_home_url(self.book.take_home_url, self.product_id, context.catalog.locale)
        )

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        # Big enough for an old phone camera at arm's length (the quiet zone is
        # inside), but not so big with large text that it leaves the screen.
        self.qr.set_side(min(m.target * 4, QR_MAX_SIDE))
        self.columns.set_spacing(m.gap * 2, m.target * 4)
