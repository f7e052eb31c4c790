"""A result step's number and form: the queue number's card, the form's code and
QR, and what happens next.

These widgets stand at their own places in the page's flow (the way on,
Finish, goes between the code and what happens next), so the part is a set of
widgets the screen places rather than one box, as the number's card places
its ``below``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.core.ids import draft_reference
from kiosk.journeys.engine import Answers
from kiosk.journeys.model import Effect
from kiosk.look.theme import MIN_GAP_PX, Metrics
from kiosk.speech.aloud import spell_code
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.result_columns import ResultColumns
from kiosk.ui.screens.journey.words import StepWords, joined
from kiosk.ui.widgets.geometry import set_style_property
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.qr_image import QrImage
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.ticket_card import TicketCard

# The words' part of the width when "staff are coming" stands beside Finish
# (Finish takes one short word).
PAIR_SHARE = 80
# How much narrower (in percent of the width) the number's column may get, tried
# in turn, where what happens next needs more room beside it.
NARROWER = (0, 5, 10)


class ResultPart:
    """The number (a ticket, a form's number, a booking's), a form's code, what next.

    Args:
        button: The screen's button factory.
        ticket: The number's card (the window keeps it: the queue's answers may
            arrive before the screen is built).
    """

    def __init__(self, button: MakeButton, ticket: TicketCard) -> None:
        self.ticket = ticket
        # No number could be taken: a person can still help.
        self.call = button("call_staff", variant="primary")
        self.call.set_icon("call_staff")
        self.draft_line = text_label("body")
        self.draft_code = text_label("display", align=Qt.AlignmentFlag.AlignHCenter)
        self.draft_qr = QrImage()  # a QR the counter can scan
        self.draft_keep = text_label("hint")
        # What happens next on a form's result: under Finish, so the number, the
        # code and the way on stay in view at every text size (and it is spoken).
        self.next_steps = text_label("body")
        self.number_caption = False  # a result's number: "Your number" follows the title
        self.columns: ResultColumns | None = None  # see attach()
        # A page that called staff (the fraud warning): "staff are coming" beside
        # Finish, so "Hang up the phone" and the anti-fraud number keep the height.
        self.pair: ResultColumns | None = None
        self._paired = False
        self._pager: PagedArea | None = None
        self._tried: object = None  # the sizes and words the columns were last tried at
        self._fitted = False  # ... and whether they made the page fit
        self._narrower = 0  # ... with the number's column this much narrower (percent)
        self.shown = False  # a number's page is shown (the columns are for it only)
        self.numbered = False  # the step shown has a number (a ticket, a form's)
        self._beside = False  # the pager asked for the columns
        self._lean = False  # ... and for the line about keeping the form to go
        self._split = False  # ... and for the service and wait across the card
        self._words: StepWords | None = None  # the words last shown
        self._title = ""  # the step's title, over the number

    def attach(
        self,
        pager: PagedArea,
        flow: QVBoxLayout,
        order: Sequence[QWidget],
        finish: QWidget,
        staff: tuple[QWidget, QWidget] | None = None,
    ) -> None:
        """Ways the page's pager may make a result page shorter, least harmful first.

        Only when the page does not fit (a short, wide window at a big text size):
        the number and its code beside what happens next and Finish, then without
        the line about how long the form is kept; on a page that called staff,
        the line saying so beside its way on (Finish); last, the number's service
        and wait under the number and its QR, across the card (a long service name).

        Args:
            pager: The screen's pager (its ``compactors``).
            flow: The page's layout, holding ``order`` top to bottom.
            order: Every widget of the flow.
            finish: The way on (Finish), which goes beside the number too.
            staff: The line that says staff were called and the row holding
                that page's way on, if the page may show them.
        """
        left = (self.ticket, self.draft_line, self.draft_code, self.draft_qr)
        right = (self.ticket.calling_page, self.next_steps, finish, self.draft_keep)
        self.columns = ResultColumns(flow, order, left, right)
        self._pager = pager
        pager.compactors += [self._set_beside, self._set_lean]
        if staff is not None:
            self.pair = ResultColumns(flow, order, [staff[0]], [staff[1]])
            self.pair.set_share(PAIR_SHARE)
            pager.compactors.append(self._set_paired)
        pager.compactors.append(self._set_split)
        # The number's answer makes the page taller after it was shown: choose again
        # (only on a step with a number: the queue's answers change no other page).
        words_key = pager.fit_key
        pager.fit_key = lambda: (
            (words_key(), self.ticket.issued, self.ticket.failed) if self.numbered else words_key()
        )
        # The code and the wait reach the page after the choice was made, unasked:
        # the pager re-checks a page that turns out not to fit (its
        # ``recheck_compact``, which the journey's own step fitting turns on).

    def _fits(self) -> bool:
        """Whether the page's content fits its pager now (measured at once)."""
        pager = self._pager
        content = pager.content() if pager is not None else None
        if pager is None or content is None:
            return True
        for widget in [content, *content.findChildren(QWidget)]:
            # Moved, shown and hidden widgets: what their layouts kept of their
            # sizes is forgotten, so they are measured now, not after the next layout.
            widget.updateGeometry()
        for widget in [content, *content.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        width = pager.scroll_area.viewport().width()
        return content.heightForWidth(width) <= pager.height()

    def _set_beside(self, on: bool) -> None:
        self._beside = on
        self._arrange()

    def _set_lean(self, on: bool) -> None:
        self._lean = on
        self._arrange()

    def _set_split(self, on: bool) -> None:
        self._split = on
        self._arrange()

    def _set_paired(self, on: bool) -> None:
        """ "Staff are coming" beside Finish, on a page that says it (a number's page
        has its own columns, which hold Finish); on any page without a number, the
        row's Finish no taller than its word."""
        self._paired = on
        if self.pair is None:
            return
        row = self.pair.right[0]
        paired = on and not self.shown and not self.pair.left[0].isHidden()
        self.pair.set_beside(paired)
        # Finish need not be taller than its word: down to the bar's target size
        # (the style sheet's ``tight``, never under 96 px); the big "ask staff"
        # beside it is a primary action and keeps its own height.
        tight = on and not self.shown and not row.isHidden()
        for button in row.findChildren(QPushButton):
            set_style_property(button, "tight", tight)

    def _arrange(self) -> None:
        """Columns on a number's page the pager asked to be shorter; the flow elsewhere.

        Only where they make the page fit: columns that still run over would be
        cut into pages side by side (the first page could show no number at all),
        while the one column is cut cleanly, the number first.
        """
        beside = self._beside and self.shown
        if beside and self._pager is not None:
            # Measured once per size and words: moving the widgets resizes the card,
            # which asks the page to redraw, which comes back here.
            pager = self._pager
            key = (pager.fit_key(), pager.width(), pager.height(), self._lean, self._split)
            if key != self._tried:
                self._tried = key
                # The pager may ask on sizes not settled yet (a new text size): the
                # one column is kept wherever it fits after all.
                self._place(False)
                if self._fits():
                    self._fitted = False
                else:
                    self._fitted = self._try_columns()
            beside = self._fitted
        self._place(beside)

    def _try_columns(self) -> bool:
        """Columns, the number's one narrower in turn until the page fits (longer
        words of what happens next need the width), with the number whole beside
        its QR (a narrow portrait page cannot)."""
        for narrower in NARROWER:
            self._narrower = narrower
            self._place(True)
            width = self.columns.left_width() if self.columns is not None else 0
            if not self.ticket.number_fits(width):
                break
            if self._fits():
                return True
        self._narrower = 0
        return False

    def _place(self, beside: bool) -> None:
        if self.pair is not None and beside:  # Finish goes to the number's column
            self.pair.set_beside(False)
        if self.columns is not None:
            # A ticket's column holds how it is called and Finish: the card takes more.
            self.columns.set_share((50 if self.ticket.compact else 60) - self._narrower)
            self.columns.set_beside(beside)
            # The card's grid takes its columns at its next resize: measured now, it
            # must have them already.
            self.ticket.columns.fit_width(self.columns.left_width())
        self.ticket.set_beside(beside)
        self.ticket.set_lean(self._lean and self.shown)
        self.ticket.set_split(self._split and self.shown)
        if self.columns is not None:  # the QR's caption at the card's shares now
            self.ticket.fit_width(self.columns.left_width())
        if self._words is not None:
            self.show_draft(self._words)
            if self.number_caption:
                self.ticket.caption.setText(self.caption(self._words.catalog, self._title))

    def show_number(
        self, words: StepWords, numbered: bool, result_number: bool, title: str
    ) -> None:
        """The number's card on a step that has one, with ``title`` over the number."""
        form_result = words.step.effect == Effect.FORM_DRAFT
        self.ticket.below_allowed = not form_result  # the page's own QR stands above Finish
        self.ticket.set_compact(result_number)
        self.ticket.set_shown(numbered)
        self.numbered = numbered
        shown = numbered and self.ticket.issued
        if shown != self.shown:
            self.shown = shown
            self._arrange()
        self.call.setVisible(numbered and self.ticket.failed)
        if numbered:
            self.number_caption = result_number
            self._title = title
            self.ticket.retranslate(words.catalog, self.caption(words.catalog, title))
            self.call.set_words(words.plain("ask_staff.call"))

    def caption(self, c: Catalog, title: str, shown: bool = True) -> str:
        """The words over a number: the step's title ("Your number" after it on a result).

        On a full page only "Your number" is shown (the form's code says the rest);
        the title is still said (``shown`` False).
        """
        if self.number_caption:
            lean = shown and self._lean and self.shown
            before = "" if lean else joined(c.locale, title)
            return c.text("journey.common.your_number", title=before).strip()
        return title

    def show_draft(self, words: StepWords) -> None:
        """A form's code, large, and its QR, unless they travel on the number's card."""
        self._words = words
        answers = words.answers
        drafting = words.step.effect == Effect.FORM_DRAFT
        ready = drafting and answers.draft == "ready"
        code = answers.found.get("code", "")
        # The number's card carries the code and its QR beside the number; when the
        # card is too narrow for that, the page's own QR stands under it, above Finish.
        carried = self.carried(answers)
        beside = carried and not self.ticket.stacked
        self.draft_line.setVisible(drafting and not beside)
        self.draft_code.setVisible(ready and not carried)
        self.draft_qr.setVisible(ready and not beside)
        # Its words are for peace of mind: the first to go when the page is full.
        self.draft_keep.setVisible(ready and not self._lean)
        if not drafting:
            return
        c = words.catalog
        self.draft_line.setText(self.draft_words(c, answers, code))
        if ready:
            self.draft_code.setText(code)
            self.draft_qr.set_text(draft_reference(code))
            self.draft_keep.setText(c.text("journey.common.draft.keep"))

    def carried(self, answers: Answers) -> bool:
        """A form's code travels on its number's card (it was written with the ticket)."""
        code = answers.found.get("code", "")
        return answers.draft == "ready" and self.ticket.issued and self.ticket.draft_code == code

    def draft_words(self, c: Catalog, answers: Answers, code: str) -> str:
        """The line about the form with ``code`` as given (shown as is, or said spelled)."""
        if self.carried(answers):  # beside its number: the form's code, not "show this"
            return c.text("ticket.form_code", code=code)
        state = answers.draft if answers.draft in ("ready", "offline") else "pending"
        return c.text(f"journey.common.draft.{state}", code=code)

    def said(self, words: StepWords, title: str) -> dict[int, str]:
        """How the number's caption and the form's line are said (label id → words)."""
        # The title in full (check-in's without the name: ``title`` is as said).
        aloud = {id(self.ticket.caption): self.caption(words.catalog, title, shown=False)}
        if words.step.effect == Effect.FORM_DRAFT:
            code = spell_code(words.answers.found.get("code", ""), words.catalog)
            aloud[id(self.draft_line)] = self.draft_words(words.catalog, words.answers, code)
        return aloud

    def apply_metrics(self, m: Metrics) -> None:
        # Under the number (narrow screens) a smaller QR keeps Finish in view; a
        # counter's scanner reads it as well.
        self.draft_qr.set_side(m.target * 2)
        self.ticket.apply_metrics(m)
        for columns in (self.columns, self.pair):
            if columns is not None:
                columns.set_gap(m.gap * 2, max(MIN_GAP_PX, m.gap // 2))
