"""Type to the assistant: the same understanding as speech, on the big keyboard.

For customers who cannot or would rather not speak, and for every kiosk where
speech input is unavailable (no microphone, no model for the language).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
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
        typed_box = QWidget()
        typed_layout = QVBoxLayout(typed_box)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        typed_layout.addWidget(self.typed)
        typed_layout.addWidget(self.problem)
        typed_layout.addStretch(1)
        self.row = ResponsiveGrid(max_columns=2)
        self.row.set_items([typed_box, self.ask])
        for widget in (title, subtitle, self.why, self.row, self.keyboard):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.problem.hide()
        self.why.hide()
        self.reason_key = ""
        # Tight (150 % on a 1080 px screen): the example line gives way to the keys.
        self._subtitle = subtitle
        self.pager.compactors.append(lambda on: subtitle.setVisible(not on))

    def set_reason(self, why: str) -> None:
        """The one line saying why speaking is not possible here ("" when it is)."""
        self.reason_key = f"assistant.off.{why}" if why else ""
        if self.context is not None:
            self.after_retranslate(self.context)

    def after_retranslate(self, context: ScreenContext) -> None:
        self.keyboard.set_locale(context.prefs.locale)
        self.keyboard.retranslate(context.catalog)
        self.why.setVisible(bool(self.reason_key))
        self.why.setText(context.catalog.text(self.reason_key) if self.reason_key else "")
        self.problem.setText(context.catalog.text("assistant.typed_empty"))
        self._typed(self.keyboard.text())

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._column.max_width = 1 << 20  # a keyboard needs the whole width (fewer rows)
        self.row.set_spacing(m.gap, m.target * 4)
        self.keyboard.apply_metrics(m, palette)

    def on_enter(self) -> None:
        super().on_enter()
        self.keyboard.clear()
        self.problem.hide()

    def _typed(self, text: str) -> None:
        self.typed.setText(text or "…")
        if text.strip():
            self.problem.hide()

    def _ask(self) -> None:
        text = self.keyboard.text().strip()
        if not text:
            self.problem.show()
            return
        self.action_was_requested.emit("assistant_ask", text)

    def spoken_text(self) -> str:
        words = super().spoken_text()
        return f"{words} {self.why.text()}".strip() if self.reason_key else words
