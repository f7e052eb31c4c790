"""After Call staff: the help number, who is coming, and how long — live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.services.customer_queue import HelpView
from kiosk.speech.aloud import say_number
from kiosk.ui.screens.base import Screen, ScreenContext, sentence
from kiosk.ui.screens.fit_steps import TIGHT_GAP, FitSteps, set_air, set_tight
from kiosk.ui.widgets.label_button import LabelButton
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
        self.number.setWordWrap(False)  # "H003" is one thing: never split over two lines
        self.caption = text_label("hint", align=Qt.AlignmentFlag.AlignHCenter)
        self.wait = text_label("body")
        self.body = text_label("body")
        self.prompt = text_label("body")
        buttons = []
        for reason in ids.HELP_REASONS:
            button = self.button("help_reason", reason)
            self.bind(button, f"help.reason.{reason}", spoken=False)
            buttons.append(button)
        self.reason_buttons = buttons
        self.cancel = self.button("cancel_help", horizontal=True)
        self.cancel.set_icon("back")
        self.bind(self.cancel, "help.cancel", spoken=False)
        # Where even the smallest layout cannot show the five reasons (English at
        # 150 % on a laptop), they wait behind one button: the number and Cancel
        # stay in view, and a tap shows the question with its reasons.
        self.why = LabelButton("help_why", horizontal=True)  # the screen's own: no action
        self.why.clicked.connect(self._ask_why)
        self._buttons.append(self.why)  # sized and coloured as the others
        self.bind(self.why, "help.live.why", spoken=False)
        self.choosing = False  # the reasons shown after a tap on ``why``
        # The number beside what it means, and the five reasons with Cancel as a
        # sixth cell: every choice stays in view without scrolling (two rows, not three).
        self.top = self._number_and_words()
        self.reasons = ResponsiveGrid(max_columns=3)
        self._cells = [*buttons, self.cancel]
        self.reasons.set_items(self._cells)
        for widget in (self.title, self.top, self.reasons):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self._metrics: Metrics | None = None
        # Until every choice is in view (150 % on a 1080 px screen, a 1366×768
        # window): no caption under the number (the title says what it is), less
        # air, a smaller number (the question about a reason over the reasons),
        # the reasons three to a row, then the reasons behind one button.
        self.fit = FitSteps(self.pager, self._lay_out)
        self.fit.add("no_caption", "tight", "small_number", "wide", "reasons_later")
        # "Calling…" is short; the number, the wait and the reasons come while the
        # screen is shown: each phase is measured afresh, not only each size.
        base_key = self.pager.fit_key
        self.pager.fit_key = lambda: (
            base_key(),
            self.view.phase,
            self.view.reason is None,
            self.choosing,
        )

    def _number_and_words(self) -> QWidget:
        """The number (and its caption) with the wait and the reason question beside it."""
        ticket = QWidget()
        ticket_layout = QVBoxLayout(ticket)
        ticket_layout.setContentsMargins(0, 0, 0, 0)
        ticket_layout.addWidget(self.number)
        ticket_layout.addWidget(self.caption)
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        widget: QWidget  # the loops below lay out widgets of different kinds
        for widget in (self.wait, self.body, self.prompt):
            words_layout.addWidget(widget)
        words_layout.addStretch(1)
        self._words_layout = words_layout
        # Its height is what its width needs (height for width); without this its
        # minimum would be the words wrapped at their narrowest (a Chinese line
        # breaks anywhere), taller than the number beside them and taller than
        # the pager measured, so a page would end in the wrong place.
        words.setMinimumHeight(1)
        # The number as wide as it is, its words beside it taking the rest (fewer lines).
        top = QWidget()
        self._top_layout = QHBoxLayout(top)
        self._top_layout.setContentsMargins(0, 0, 0, 0)
        self._top_layout.addWidget(ticket, 0)
        self._top_layout.addWidget(words, 1)
        return top

    def stage_for_tour(self, screen_id: str) -> None:
        from kiosk.queue import samples

        sample = samples.item(3, "H", 3, kiosk_id="kiosk-1")
        self.show_view(HelpView("waiting", sample, samples.ESTIMATE))

    def show_view(self, view: HelpView) -> None:
        if view.reason is not None or view.phase != self.view.phase:
            self.choosing = False  # a reason sent (or a new phase): the number again
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
        if live and item is not None:
            self.number.setText(item.label)
            self.caption.setText(c.text("help.live.number_caption"))
        estimate = view.estimate
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
        if live and item is not None and view.reason:
            reason = c.text(f"help.reason.{view.reason}")
            self.prompt.setText(c.text("help.live.reason_sent", reason=reason))
        else:
            self.prompt.setText(c.text("help.live.reason_prompt"))
        self._show_parts()

    def _show_parts(self) -> None:
        """Show what this phase, the fit steps and a tap on ``why`` call for.

        Asked to choose a reason behind ``why`` (a short window), the question
        and its reasons take the place of the title and the number for a moment.
        """
        view = self.view
        live = view.phase in ("waiting", "coming") and view.item is not None
        asking = live and view.reason is None
        later = asking and "reasons_later" in self.fit
        choosing = later and self.choosing
        self.title.setVisible(not choosing)
        self.body.setVisible(view.phase == "offline")
        self.number.setVisible(live and not choosing)
        self.caption.setVisible(live and not choosing and "no_caption" not in self.fit)
        waiting = view.phase == "waiting" and view.estimate is not None
        self.wait.setVisible(live and waiting and not choosing)
        self.prompt.setVisible(live and (not later or choosing))
        for button in self.reason_buttons:
            button.setVisible(asking and (not later or choosing))
        self.why.setVisible(later and not choosing)
        # Only the cells shown, so Cancel alone (a reason sent) takes the width.
        if not asking:
            wanted = [self.cancel]
        else:
            wanted = [self.why, self.cancel] if later and not choosing else self._cells
        if self.reasons.items() != wanted:
            self.reasons.set_items(wanted)

    def _ask_why(self) -> None:
        """The customer wants to give a reason: show the question and the reasons."""
        self.choosing = True
        self._show_parts()
        self.pager.repaginate()
        self.words_did_change.emit(self.spoken_text())  # the question and its reasons

    def spoken_text(self) -> str:
        labels = (self.title, self.number, self.caption, self.wait, self.body, self.prompt)
        item, parts = self.view.item, []
        for label in (lbl for lbl in labels if not lbl.isHidden() and lbl.text()):
            said = label.text()
            if label is self.number and item is not None and self.context is not None:
                # Read as calling systems do: "H, zero, zero, three", "H零零三号".
                said = say_number(item.label, self.context.catalog, alone=True)
            parts.append(said)
        if not self.reason_buttons[0].isHidden():
            parts += [b.title.text() for b in self.reason_buttons]
        if not self.why.isHidden():
            parts.append(self.why.title.text())
        parts.append(self.cancel.title.text())
        parts += self.page_words()
        return " ".join(sentence(p) for p in parts)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._lay_out()

    def _lay_out(self) -> None:
        self._show_parts()
        m = self._metrics
        if m is None:
            return
        tight = "tight" in self.fit
        set_air(self.layout_, m, tight)
        set_tight([*self.reason_buttons, self.why, self.cancel], tight, m.pad)
        self._top_layout.setSpacing(TIGHT_GAP * 2 if tight else m.gap * 2)
        small = "small_number" in self.fit
        role = "display" if small else "number"
        # With the smaller number, the question about a reason stands over the
        # reasons on one line instead of two beside the number.
        owner = self.layout_ if small else self._words_layout
        if owner.indexOf(self.prompt) < 0:
            (self._words_layout if small else self.layout_).removeWidget(self.prompt)
            if small:
                self.layout_.insertWidget(self.layout_.indexOf(self.reasons), self.prompt)
            else:
                self._words_layout.insertWidget(2, self.prompt)
            self._show_parts()  # a new parent hid it: it would not count in the fit
        if self.number.property("role") != role:
            self.number.setProperty("role", role)
            self.number.style().unpolish(self.number)
            self.number.style().polish(self.number)
        width = round(m.label * (7 if "wide" in self.fit else 8))
        self.reasons.set_spacing(TIGHT_GAP if tight else m.gap, width)
