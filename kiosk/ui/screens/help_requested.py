"""After Call staff: the help number, who is coming, and how long — live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.services.customer_queue import HelpView
from kiosk.speech.aloud import say_number
from kiosk.ui.screens.base import Screen, ScreenContext, sentence
from kiosk.ui.theme import Metrics, Palette
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class HelpRequestedScreen(Screen):
    """Shows a :class:`HelpView`; the customer may add a reason or cancel.

    Without a queue (``offline``) it says honestly to raise a hand instead.
    """

    screen_id = ids.HELP_REQUESTED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = HelpView("offline")
        self.title = text_label("heading")
        self.number = text_label("number", align=Qt.AlignmentFlag.AlignHCenter)
        self.caption = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
        self.wait = text_label("body")
        self.body = text_label("body")
        self.prompt = text_label("body")
        self.reasons = ResponsiveGrid(max_columns=3)
        buttons = []
        for reason in ids.HELP_REASONS:
            button = self.button("help_reason", reason)
            self.bind(button, f"help.reason.{reason}", spoken=False)
            buttons.append(button)
        self.reason_buttons = buttons
        self.reasons.set_items(buttons)
        self.cancel = self.button("cancel_help")
        self.cancel.set_icon("back")
        self.bind(self.cancel, "help.cancel", spoken=False)
        for widget in (
            self.title,
            self.number,
            self.caption,
            self.wait,
            self.body,
            self.prompt,
            self.reasons,
            self.cancel,
        ):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def stage_for_tour(self, screen_id: str) -> None:
        from kiosk.ui import samples

        sample = samples.item(3, "H", 3, kiosk_id="kiosk-1")
        self.show_view(HelpView("waiting", sample, samples.ESTIMATE))

    def show_view(self, view: HelpView) -> None:
        self.view = view
        if self.context is not None:
            self.retranslate(self.context)

    def after_retranslate(self, context: ScreenContext) -> None:
        c, view, item = context.catalog, self.view, self.view.item
        live = view.phase in ("waiting", "coming") and item is not None
        if view.phase == "offline":
            self.title.setText(c.text("help.title"))
            self.body.setText(c.text("help.body"))
        elif view.phase == "sending":
            self.title.setText(c.text("help.live.sending"))
        elif view.phase == "coming" and item is not None:
            self.title.setText(c.text("help.live.coming", name=item.claimed_by or ""))
        else:
            self.title.setText(c.text("help.live.waiting"))
        self.body.setVisible(view.phase == "offline")
        self.number.setVisible(live)
        self.caption.setVisible(live)
        if live and item is not None:
            self.number.setText(item.label)
            self.caption.setText(c.text("help.live.number_caption"))
        estimate = view.estimate
        self.wait.setVisible(live and view.phase == "waiting" and estimate is not None)
        if estimate is not None:
            self.wait.setText(
                c.text("wait.none")
                if estimate.ahead == 0
                else c.text(
                    "wait.range",
                    ahead=estimate.ahead,
                    low=estimate.low_minutes,
                    high=estimate.high_minutes,
                )
            )
        # The reason is optional and asked once; after it, say what staff were told.
        # (A quiet check's reason is for staff: the screen asks as after any tap.)
        asking = live and item is not None and view.reason is None
        self.prompt.setVisible(live)
        self.reasons.setVisible(asking)
        if live and item is not None and view.reason:
            reason = c.text(f"help.reason.{view.reason}")
            self.prompt.setText(c.text("help.live.reason_sent", reason=reason))
        else:
            self.prompt.setText(c.text("help.live.reason_prompt"))

    def spoken_text(self) -> str:
        labels = (self.title, self.number, self.caption, self.wait, self.body, self.prompt)
        item, parts = self.view.item, []
        for label in (lbl for lbl in labels if not lbl.isHidden() and lbl.text()):
            said = label.text()
            if label is self.number and item is not None and self.context is not None:
                # Read as calling systems do: "H, zero, zero, three", "H零零三号".
                said = say_number(item.label, self.context.catalog, alone=True)
            parts.append(said)
        if not self.reasons.isHidden():
            parts += [b.title.text() for b in self.reason_buttons]
        parts.append(self.cancel.title.text())
        return " ".join(sentence(p) for p in parts)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.reasons.set_spacing(m.gap, round(m.label * 9))
