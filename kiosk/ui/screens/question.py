"""A question with two big answers: side by side under it where they fit, the words below.

Used where the kiosk asks one thing and must not lose the customer: "Leave this
form?" and "Would you like a member of staff to help you?". Icons beside the
words and the answers side by side where each fits on one line: both stay in
view under the question even at 200 %.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.text import text_label


class QuestionScreen(Screen):
    """``<words>.title``, the two answers, ``<words>.body``; the first answer is the primary.

    Args:
        words: The catalogue table of the question's words.
        first: (action, key in ``words``, icon) of the primary answer.
        second: The same for the other answer.
    """

    def __init__(
        self,
        words: str,
        first: tuple[str, str, str],
        second: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = text_label("heading")
        body = text_label("body")
        self.bind(title, f"{words}.title")  # said in this order: question, answers, words
        buttons = []
        for (action, key, icon), variant in ((first, "primary"), (second, "")):
            button = self.button(action, variant=variant, horizontal=True)
            self.bind(button, f"{words}.{key}")
            buttons.append((button, icon))
        self.bind(body, f"{words}.body")
        self.answers = Answers(*buttons)
        for widget in (title, self.answers, body):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.answers.set_metrics(m)

    def after_retranslate(self, context: ScreenContext) -> None:
        self.answers.refit()  # other words, other widths

    def on_enter(self) -> None:
        super().on_enter()
        # On a short window at large text the answers matter more than the heading
        # (it is also spoken).
        self.scroll_area.ensureWidgetVisible(self.answers, 0, 0)


class Answers(QWidget):
    """The two answers side by side when each fits on one line, else one above the other.

    Args:
        buttons: Each answer with its icon's name.
    """

    def __init__(self, *buttons: tuple[LabelButton, str]) -> None:
        super().__init__()
        self.buttons = [button for button, _ in buttons]
        self.icons = [icon for _, icon in buttons]
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            self.row.addWidget(button, 1)
        self._metrics: Metrics | None = None

    def set_metrics(self, m: Metrics) -> None:
        self._metrics = m
        self.row.setSpacing(m.gap)
        self.refit()

    def refit(self) -> None:
        self._fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        m = self._metrics
        if m is None or width <= 0:
            return
        # One line of words, the padding around them and a little slack; an icon
        # beside them (LabelButton: side label + pad, spacing pad / 2) if it fits.
        words = max(b.title.fontMetrics().horizontalAdvance(b.title.text()) for b in self.buttons)
        bare = words + 2 * m.pad + m.gap // 2
        icon = m.label + m.pad + m.pad // 2
        count = len(self.buttons)
        with_icons = count * (bare + icon) + m.gap <= width
        side_by_side = with_icons or count * bare + m.gap <= width
        # Side by side keeps both answers in view on a short screen; where that
        # needs the room of the icons, the words stay and the icons go.
        show_icons = with_icons or not side_by_side
        for button, name in zip(self.buttons, self.icons, strict=True):
            button.set_icon(name if show_icons else "")
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() != direction:
            self.row.setDirection(direction)
