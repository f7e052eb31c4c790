"""Type to the assistant: the same understanding as speech, on the big keyboard.

For customers who cannot or would rather not speak, and for every kiosk where
speech input is unavailable (no microphone, no model for the language).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import MIN_PRIMARY_PX, Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.fit_steps import set_half_air
from kiosk.ui.widgets.geometry import ripple
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.text_keyboard import TextKeyboard

MAX_LENGTH = 60


class AssistantScreen(Screen):
    """``assistant``: a question typed on the keyboard, then Ask.

    Ask sends ``assistant_ask`` with the words; the assistant's panel answers
    (it acts, asks "Did you mean …?", or says sorry), exactly as for speech.
    """

    screen_id = ids.ASSISTANT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        subtitle = text_label("body")
        self.why = text_label("hint")
        self.typed = text_label("heading")
        self.typed.setProperty("kiosk_kind", "input")
        self.problem = text_label("body")
        self.problem.setProperty("tone", "warning")
        self.ask = self.button("assistant_ask", variant="primary")
        self.ask.clicked.disconnect()  # the words go with the action, read at tap time
        self.ask.clicked.connect(self._ask)
        self.keyboard = TextKeyboard()
        self.keyboard.set_max_length(MAX_LENGTH)
        self.keyboard.text_did_change.connect(self._typed)
        self.bind(title, "assistant.title")
        self.bind(subtitle, "assistant.subtitle")
        self.bind(self.ask, "assistant.ask")
        # What was typed and Ask side by side (stacked when narrow), then the
        # keyboard of the customer's language across the whole width.
        self.typed_box = self._typed_box()
        # Short of room: the heading and its line go beside Ask (the lead).
        self.lead = QWidget()
        self._lead_layout = QVBoxLayout(self.lead)
        self._lead_layout.setContentsMargins(0, 0, 0, 0)
        self.lead.hide()
        self.row = ResponsiveGrid(max_columns=2)
        self.row.set_items([self.typed_box, self.ask])
        self.title = title
        for widget in (title, subtitle, self.why, self.row, self.keyboard):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.problem.hide()
        self.why.hide()
        self.reason_key = ""
        self.tight = self.beside = self.why_dropped = self.title_dropped = False
        self.why_short = False
        self.short_ask = False
        self._metrics: Metrics | None = None
        # Where the page is short (150 % on a laptop), least harmful first: the
        # example line gives way to the keys, then less air, the heading beside
        # Ask with what was typed under it, Ask less tall, the keys at their
        # 100 % size, then at the least touch target, the line saying why
        # speaking is off in a few words, the heading (its words then stand
        # where the typing will appear), and last that line.
        self._subtitle = subtitle
        self.pager.compactors += [
            lambda on: subtitle.setVisible(not on),
            self._set_tight,
            self._set_beside,
            self._set_short_ask,
            self.keyboard.set_small_keys,
            self.keyboard.set_least_keys,
            self._shorten_why,
            self._drop_title,
            self._drop_why,
        ]
        # A restyle (theme, text size) reaches the keys after the choice was made:
        # when the full page then does not fit, the shorter one is tried again.
        self.pager.recheck_compact = True

    def _typed_box(self) -> QWidget:
        """What was typed, with any problem under it."""
        box = QWidget()
        typed_layout = QVBoxLayout(box)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        typed_layout.addWidget(self.typed)
        typed_layout.addWidget(self.problem)
        typed_layout.addStretch(1)
        return box

    def _set_tight(self, on: bool) -> None:
        self.tight = on
        self._space()

    def _set_short_ask(self, on: bool) -> None:
        """Ask two thirds as tall (as a journey step's Next): still over 120 px."""
        self.short_ask = on
        m = self._metrics
        tall = max(MIN_PRIMARY_PX, m.primary_target * 2 // 3) if m is not None else 0
        self.ask.setStyleSheet(f"QPushButton {{ min-height: {tall}px; }}" if on and tall else "")
        ripple(self.ask)

    def _set_beside(self, on: bool) -> None:
        """The heading, why and what was typed in one column beside Ask; or back."""
        if on == self.beside:
            return
        self.beside = on
        for layout in (self.row.layout(), self._lead_layout, self.layout_):
            for widget in (self.title, self.why, self.typed_box, self.lead):
                if layout is not None:
                    layout.removeWidget(widget)
        if on:
            for widget in (self.title, self.why, self.typed_box):
                self._lead_layout.addWidget(widget)
            # The words take most of the width; Ask keeps room for its word.
            self.row.stretches_for = {2: [4, 1]}
            self.row.set_items([self.lead, self.ask])
            self.lead.show()
        else:
            self.layout_.insertWidget(0, self.title)
            self.layout_.insertWidget(2, self.why)
            self.row.stretches_for = {}
            self.row.set_items([self.typed_box, self.ask])
            self.lead.hide()
        # A widget given a new parent is hidden until shown again.
        self.title.setVisible(not self.title_dropped)
        self.typed_box.show()
        self._show_why()
        self._space()
        ripple(self.row)

    def _shorten_why(self, on: bool) -> None:
        """The reason speaking is off in one short line: still known, less room."""
        self.why_short = on
        self._show_why()
        ripple(self.why)

    def _drop_why(self, on: bool) -> None:
        # Last: the line saying why speaking is off (then it is not said either).
        self.why_dropped = on
        self._show_why()
        ripple(self.why)

    def _drop_title(self, on: bool) -> None:
        self.title_dropped = on
        self.title.setVisible(not on)
        self._typed(self.keyboard.text())
        ripple(self.title)

    def _show_why(self) -> None:
        self.why.setVisible(bool(self.reason_key) and not self.why_dropped)
        context = self.context
        if context is not None and self.reason_key:
            key = self.reason_key
            if self.why_short:
                key = key.replace("assistant.off.", "assistant.off_short.", 1)
            self.why.setText(context.catalog.text(key))

    def set_reason(self, why: str) -> None:
        """The one line saying why speaking is not possible here ("" when it is)."""
        self.reason_key = f"assistant.off.{why}" if why else ""
        if self.context is not None:
            self.after_retranslate(self.context)

    def after_retranslate(self, context: ScreenContext) -> None:
        self.keyboard.set_locale(context.prefs.locale)
        self.keyboard.retranslate(context.catalog)
        self.why.setText("")
        self._show_why()
        self.problem.setText(context.catalog.text("assistant.typed_empty"))
        self._typed(self.keyboard.text())

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._column.max_width = 1 << 20  # a keyboard needs the whole width (fewer rows)
        self.keyboard.apply_metrics(m, palette)
        self._metrics = m
        self._space()
        self._set_short_ask(self.short_ask)

    def _space(self) -> None:
        m = self._metrics
        if m is None:
            return
        gap = set_half_air(self.layout_, m, self.tight)
        self._lead_layout.setSpacing(gap)
        # Beside, Ask needs only its word's room: the row keeps two columns.
        wide = m.target * (2 if self.beside else 4)
        self.row.set_spacing(m.gap if not self.tight else gap * 2, wide)

    def on_enter(self) -> None:
        super().on_enter()
        self.keyboard.clear()
        self.problem.hide()
        # Fit now, for this size: a choice made while hidden (another size) would
        # otherwise show for a moment, without the line saying why speaking is off.
        self.pager.repaginate()

    def _typed(self, text: str) -> None:
        # Without its heading, the page asks its question where the words will go.
        self.typed.setText(text or (self.title.text() if self.title_dropped else "…"))
        if text.strip():
            self.problem.hide()

    def _ask(self) -> None:
        text = self.keyboard.text().strip()
        if not text:
            self.problem.show()
            return
        self.action_was_requested.emit("assistant_ask", text)

    def spoken_text(self) -> str:
        """The page's words, and why speaking is off as the line shows it (if it does)."""
        words = super().spoken_text()
        shown = self.reason_key and not self.why.isHidden() and self.on_this_page(self.why)
        return f"{words} {self.why.text()}".strip() if shown else words
