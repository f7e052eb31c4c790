"""What every customer screen shares: a paged body, bound words, speech text."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.core.session import Preferences
from kiosk.look.theme import BAR_EDGE_PX, BASE_METRICS, MIN_GAP_PX, Metrics, Palette, ink
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.text import sentence

Values = Mapping[str, Any] | Callable[[], Mapping[str, Any]]

# Readable line length: body text never runs wider than this (scaled).
MAX_CONTENT_WIDTH = 1480
# Under a screen's body: with the fixed bar's edge, the 16 px DESIGN asks between targets.
BOTTOM_EDGE_PX = MIN_GAP_PX - BAR_EDGE_PX


def hint_shown(widget: QWidget) -> bool:
    """Is ``widget``'s second line (a tile's hint) on screen? Words hidden to make a
    page fit are not said either: the voice says what the screen shows (DESIGN.md)."""
    hint = getattr(widget, "hint", None)
    return not isinstance(hint, QWidget) or not hint.isHidden()


@dataclass
class ScreenContext:
    """Everything a screen needs to put words on itself."""

    catalog: Catalog
    prefs: Preferences
    catalogs: Mapping[str, Catalog]
    bank_name: str = "Your Bank"
    values: dict[str, Any] = field(default_factory=dict)
    # Headphones or a handset: personal details may be read back in full.
    private_audio: bool = False


@dataclass
class _Binding:
    widget: QLabel | LabelButton
    key: str
    hint_key: str = ""
    values: Values | None = None
    spoken: bool = True


class Screen(QWidget):
    """Base class of customer screens.

    Subclasses build widgets in ``__init__`` and call :meth:`bind` for every
    piece of text; the base class fills them in each language and derives the
    spoken text from the same keys, in screen order.

    Signals:
        action_was_requested(str, str): action id and argument (e.g. ``task``, ``check_in``).
        words_did_change(str): the screen's words changed without a new screen (a
            calculator's answer, reasons shown after a tap): said like a new page.
    """

    action_was_requested = Signal(str, str)
    words_did_change = Signal(str)
    screen_id = ""
    # True: the body grows to the screen's height (e.g. a tap-anywhere screen).
    fills_height = False
    # A screen serving a family of ids (``ask_staff.<task>``, ``product.<id>``)
    # sets this prefix and implements show_id(); the window routes to it.
    screen_prefix: str | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bindings: list[_Binding] = []
        self._buttons: list[LabelButton] = []
        self.context: ScreenContext | None = None
        # Content that does not fit turns pages (Next page / Previous page), never
        # scrolls: older customers rarely find what is below a scroll.
        self.pager = PagedArea(self)
        self.scroll_area = self.pager.scroll_area
        outer = _Column(fill=self.fills_height)
        # Screens add their widgets to layout_ (the body is theirs to name).
        self.layout_ = QVBoxLayout(outer.body)
        self._column = outer
        self.pager.setWidget(outer)
        self.pager.fit_key = self._fit_key
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.pager)

    # -- building ------------------------------------------------------------
    def bind(
        self,
        widget: QLabel | LabelButton,
        key: str,
        *,
        hint_key: str = "",
        values: Values | None = None,
        spoken: bool = True,
    ) -> None:
        """Give ``widget`` the words of ``key`` (and ``hint_key``) in every language."""
        self._bindings.append(_Binding(widget, key, hint_key, values, spoken))

    def button(self, action: str, argument: str = "", **kwargs: Any) -> LabelButton:
        """A LabelButton that requests its action with its argument when tapped.

        Both live in the button's properties (``kiosk_action``, ``kiosk_argument``)
        and are read at tap time, so a screen can repurpose a button by setting them.
        """
        button = LabelButton(action, **kwargs)
        button.setProperty("kiosk_argument", argument)
        button.clicked.connect(lambda _=False, b=button: self._request(b))
        self._buttons.append(button)
        return button

    def tile(
        self, action: str, argument: str, icon: str, key: str, hint_key: str = ""
    ) -> LabelButton:
        """A large task tile: icon on the left, the words of ``key`` (and a hint) beside it."""
        tile = self.button(
            action, argument, kind="tile", horizontal=True, align=Qt.AlignmentFlag.AlignLeft
        )
        tile.set_icon(icon)
        self.bind(tile, key, hint_key=hint_key)
        return tile

    def _request(self, button: LabelButton) -> None:
        action = str(button.property("kiosk_action") or "")
        self.action_was_requested.emit(action, str(button.property("kiosk_argument") or ""))

    # -- updating ------------------------------------------------------------
    def retranslate(self, context: ScreenContext) -> None:
        self.context = context
        for b in self._bindings:
            values = self._values(b)
            text = context.catalog.text(b.key, **values)
            if isinstance(b.widget, LabelButton):
                hint = context.catalog.text(b.hint_key, **values) if b.hint_key else ""
                b.widget.set_words(text, hint)
            else:
                b.widget.setText(text)
        self.pager.retranslate(context.catalog)
        self.after_retranslate(context)
        self.pager.reapply_compact()

    def after_retranslate(self, context: ScreenContext) -> None:
        """Hook for screens with words that are not simple bindings."""

    def spoken_text(self) -> str:
        """What the screen says on entry: the same words it shows, in order."""
        if self.context is None:
            return ""
        catalog = self.context.catalog
        parts = []
        for b in self._bindings:
            if not b.spoken or b.widget.isHidden() or not self.on_this_page(b.widget):
                continue
            values = self._values(b)
            parts.append(catalog.spoken(b.key, **values))
            if b.hint_key and hint_shown(b.widget):
                parts.append(catalog.spoken(b.hint_key, **values))
        parts += self.page_words()
        return " ".join(sentence(p) for p in parts)

    def page_words(self) -> list[str]:
        """On a paged screen: where the customer is, and the way on ("Page 1 of 3. Next page")."""
        if not self.pager.paged:
            return []
        words = [self.pager.where.text()]
        if self.pager.next.isEnabled():
            words.append(self.pager.next.title.text())
        return words

    def _fit_key(self) -> object:
        # What changes the content's height besides the area's size: words, size, page.
        if self.context is None:
            return None
        return (self.context.prefs.locale, self.context.prefs.text_size, self.screen_id)

    def compact_tiles(self, tiles: list[LabelButton]) -> None:
        """When the screen does not fit, its tiles drop their second line (nor say it)."""

        def compact(on: bool) -> None:
            for tile in tiles:
                tile.hint.setVisible(not on and bool(tile.hint.text()))

        self.pager.compactors.append(compact)

    def on_this_page(self, widget: QWidget) -> bool:
        """Is ``widget`` on the page in view (always, when the screen has one page)?"""
        if not self.pager.paged:
            return True
        page = self.pager.page_of(widget)
        return page is None or page == self.pager.page

    def simpler_text(self) -> str | None:
        """A shorter way to say this screen, used when the customer asks again."""
        return None

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self._column.max_width = round(MAX_CONTENT_WIDTH * m.body / BASE_METRICS.body)
        # Less air above and below than at the sides, and least below: the fixed
        # bar (or the page row) frames the bottom with its own edge, which with
        # this one keeps DESIGN's 16 px between the last choice and its buttons.
        # Every line of height saved keeps a choice in view.
        self.layout_.setContentsMargins(m.margin, m.gap, m.margin, BOTTOM_EDGE_PX)
        self.layout_.setSpacing(round(m.gap * 3 / 4))
        for button in self._buttons:
            colour = ink(palette, str(button.property("variant") or ""))
            button.apply_metrics(m.pad, m.pad // 2, m.label + m.pad, colour)
        self.pager.apply_metrics(m, palette)

    def show_id(self, screen_id: str) -> None:
        """Become ``screen_id`` (for screens with a ``screen_prefix``)."""
        self.screen_id = screen_id
        if self.context is not None:
            self.retranslate(self.context)

    def tour_ids(self) -> list[str]:
        """Every screen id this widget can show, for ``kiosk tour``."""
        return [self.screen_id]

    def stage_for_tour(self, screen_id: str) -> None:
        """Put believable sample data on the screen before the tour draws it."""

    def on_enter(self) -> None:
        """Called each time the screen is shown: start on the first page."""
        self.pager.go_to(0)

    def _values(self, b: _Binding) -> dict[str, Any]:
        base: dict[str, Any] = dict(self.context.values) if self.context else {}
        if b.values is not None:
            base.update(b.values() if callable(b.values) else b.values)
        return base


class _Column(QWidget):
    """Centres the body in a column no wider than a comfortable reading width.

    Side margins (not alignment flags) keep height-for-width layouts working,
    so wrapped words always get the height they need.
    """

    def __init__(self, fill: bool) -> None:
        super().__init__()
        self.setObjectName("ScreenBody")
        self.max_width = MAX_CONTENT_WIDTH
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout
        self.body = QWidget(self)
        self.body.setObjectName("ScreenBody")
        layout.addWidget(self.body, 1 if fill else 0)
        if not fill:
            layout.addStretch(1)

    def fit_sides(self) -> None:
        """Side margins that keep the body within ``max_width``, centred."""
        side = max(0, (self.width() - self.max_width) // 2)
        if self._layout.contentsMargins().left() != side:
            self._layout.setContentsMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_sides()
        super().resizeEvent(event)
