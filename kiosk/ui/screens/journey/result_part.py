"""A result step's number and form: the queue number's card, the form's code and
QR, and what happens next.

These widgets stand at their own places in the page's flow (the way on,
Finish, goes between the code and what happens next), so the part is a set of
widgets the screen places rather than one box, as the number's card places
its ``below``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.content.catalog import Catalog
from kiosk.core.ids import draft_reference
from kiosk.journeys.engine import Answers
from kiosk.journeys.model import Effect
from kiosk.look.theme import Metrics
from kiosk.speech.aloud import spell_code
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords, joined
from kiosk.ui.widgets.qr_image import QrImage
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.ticket_card import TicketCard


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

    def show_number(
        self, words: StepWords, numbered: bool, result_number: bool, title: str
    ) -> None:
        """The number's card on a step that has one, with ``title`` over the number."""
        form_result = words.step.effect == Effect.FORM_DRAFT
        self.ticket.below_allowed = not form_result  # the page's own QR stands above Finish
        self.ticket.set_compact(result_number)
        self.ticket.set_shown(numbered)
        self.call.setVisible(numbered and self.ticket.failed)
        if numbered:
            self.number_caption = result_number
            self.ticket.retranslate(words.catalog, self.caption(words.catalog, title))
            self.call.set_words(words.plain("ask_staff.call"))

    def caption(self, c: Catalog, title: str) -> str:
        """The words over a number: the step's title ("Your number" after it on a result)."""
        if self.number_caption:
            return c.text("journey.common.your_number", title=joined(c.locale, title))
        return title

    def show_draft(self, words: StepWords) -> None:
        """A form's code, large, and its QR, unless they travel on the number's card."""
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
        self.draft_keep.setVisible(ready)
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
        aloud = {id(self.ticket.caption): self.caption(words.catalog, title)}  # check-in: no name
        if words.step.effect == Effect.FORM_DRAFT:
            code = spell_code(words.answers.found.get("code", ""), words.catalog)
            aloud[id(self.draft_line)] = self.draft_words(words.catalog, words.answers, code)
        return aloud

    def apply_metrics(self, m: Metrics) -> None:
        # Under the number (narrow screens) a smaller QR keeps Finish in view; a
        # counter's scanner reads it as well.
        self.draft_qr.set_side(m.target * 2)
        self.ticket.apply_metrics(m)
