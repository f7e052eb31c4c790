"""One screen for every step of every data-driven journey (``journey.<id>.<step>``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.journeys.model import Effect, InputKind, Step, StepKind
from kiosk.journeys.validators import Problem
from kiosk.look.theme import BASE_METRICS, MIN_GAP_PX, Metrics, Palette
from kiosk.services.customer_queue import HelpView
from kiosk.services.journey_runner import JourneyRunner, parse
from kiosk.ui.screens.base import MAX_CONTENT_WIDTH, Screen, ScreenContext, sentence
from kiosk.ui.screens.guide_layout import GuideLayout
from kiosk.ui.screens.journey.choice_part import ChoicePart
from kiosk.ui.screens.journey.field_part import FieldPart
from kiosk.ui.screens.journey.fitting import StepFitting
from kiosk.ui.screens.journey.name_part import NamePart
from kiosk.ui.screens.journey.picture import StepPicture
from kiosk.ui.screens.journey.question_part import QuestionPart
from kiosk.ui.screens.journey.result_part import ResultPart
from kiosk.ui.screens.journey.review_part import ReviewPart
from kiosk.ui.screens.journey.ways_on import WaysOn
from kiosk.ui.screens.journey.words import StepWords, help_note, joined
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.notice import notice_label
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.ticket_card import TicketCard


class JourneyScreen(Screen):
    """Draws the current step: its words, the part of its kind, its ways on.

    Every step has a title (or a warning), maybe a picture and a body. The part
    of its kind comes under them: a keypad field, a name on the keyboard,
    choices, yes/no, the answers read back, or a result's number and form. The
    widgets of every kind exist once and are shown as the step needs, so moving
    between steps never rebuilds the screen. Every part gets its words from one
    :class:`StepWords`.
    """

    screen_id = "journey"
    screen_prefix = "journey."

    def __init__(
        self,
        runner: JourneyRunner,
        help_view: Callable[[], HelpView | None] = lambda: None,
        ticket: TicketCard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        # A ticket step shows what the queue said (the window keeps the card: the
        # queue's answers may arrive before this screen is built).
        self.ticket = ticket or TicketCard()
        self.ticket.state_did_change.connect(self._refresh)
        self.result = ResultPart(self.button, self.ticket)
        # Where this customer's help request is (a step that called staff says it).
        self.help_view = help_view
        self.problem: Problem | None = None
        # What some labels say aloud instead of their text: numbers and codes
        # spelled out, personal details masked (label id → words).
        self._aloud: dict[int, str] = {}
        self._body = ("", "")  # the step's body: its words' key, and what goes before it
        self._metrics: Metrics | None = None
        self._palette: Palette | None = None
        self._build_parts()
        self._place()
        runner.answers_did_change.connect(self._refresh)
        runner.problem_did_arise.connect(self.show_problem)

    def _build_parts(self) -> None:
        picture = QLabel()
        picture.setProperty("kiosk_kind", "image")
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = text_label("heading")
        # A warning reads as a notice (a warning sign, no frame: a framed heading
        # looked like a button), never by colour alone.
        self.warning: QLabel = notice_label()
        self.body = text_label("body")
        self.field = FieldPart(self.button)
        self.field.keypad.key_was_pressed.connect(
            lambda k: self.action_was_requested.emit("journey_key", k)
        )
        self.name = NamePart(self.button)
        self.name.keyboard.text_did_change.connect(
            lambda text: self.action_was_requested.emit("journey_text", text)
        )
        self._naming = False
        self._keep_half_typed = False  # the tour shows pinyin letters half-typed
        self.choice = ChoicePart(self.button)
        self.question = QuestionPart(self.button)
        self.review = ReviewPart(self.button)
        self.ways = WaysOn(self.button)
        # Shown, never spoken: e.g. the hold tip, which a companion must not hear.
        self.tip = text_label("hint")
        self.note = text_label("label")  # staff are called / on the way: stands out
        self.pictured = StepPicture(
            self,
            picture,
            (self.title, self.warning, self.body),
            self.ways,
            self.content_width,
            self._refit_picture,
        )
        # Names the tests and the tour know the widgets by.
        self.picture, self.keypad, self.keyboard = picture, self.field.keypad, self.name.keyboard
        self.typed, self.name_typed = self.field.typed, self.name.typed
        self.options, self.option_buttons = self.choice, self.choice.buttons
        self.yes, self.no = self.question.yes, self.question.no
        self.primary, self.again = self.ways.primary, self.ways.again
        self.ticket_call = self.result.call

    def _place(self) -> None:
        """Top to bottom: a number comes first, then what happens next; a form's code
        and QR stand above the way on (Finish); a ticket's own QR may go below it."""
        r, w = self.result, self.ways
        flow = (
            self.picture, self.title, self.warning, self.ticket, self.body, self.field,
            self.name, self.choice, self.question, self.review, self.note, r.draft_line,
            r.draft_code, r.draft_qr, r.call, w.offer_row, w.primary, self.ticket.below,
            r.next_steps, r.draft_keep, w.guide_row, self.tip,
        )  # fmt: skip
        for widget in flow:
            if widget is r.draft_qr:
                self.layout_.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            else:
                self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        # The scroll area grows the page to its minimum height, which Qt takes at the
        # narrowest width (every line wrapped many times): a page that fits would
        # scroll. A set minimum makes the height the words need at this width count.
        self._column.setMinimumHeight(1)
        side = (self.title, self.warning, self.body, w.primary, w.guide_row)
        self.guide = GuideLayout(self.layout_, flow, self.picture, side)
        self.pictured.guide = self.guide
        # A page that does not fit is made shorter first (words beside the controls),
        # then a result page puts its number beside what comes next.
        self.fitting = StepFitting(self)
        self.fitting.register()
        self.result.attach(self.pager, self.layout_, flow, w.primary, (self.note, w.offer_row))
        self.name.attach(self.pager, self.title)  # a name step's own (no-ops elsewhere)
        self.fitting.register_last()  # lower buttons: only where nothing else did it
        self.name.attach_last(self.pager)  # the name and Next among the keys

    # -- the family of ids ---------------------------------------------------------
    def tour_ids(self) -> list[str]:
        return [f"journey.{j.id}.{s}" for j in self.runner.journeys.values() for s in j.steps]

    def stage_for_tour(self, screen_id: str) -> None:
        parsed = parse(screen_id)
        if parsed is not None:
            from kiosk.ui.screens.journey import tour  # sample data: for the tour only

            journey = self.runner.journeys[parsed[0]]
            answers = self.runner.answers(journey.id)
            locale = self.runner.session.prefs.locale
            step = journey.step(parsed[1])
            staged = tour.stage(journey, step, answers, locale, self.keyboard, self.ticket)
            self._keep_half_typed = self._keep_half_typed or staged.half_typed
            if staged.help is not None:
                waiting = staged.help
                self.help_view = lambda: waiting

    def show_problem(self, problem: Problem | None) -> None:
        self.problem = problem
        self._refresh()

    def on_enter(self) -> None:
        self.problem = None
        super().on_enter()
        # Half-typed pinyin or jamo from an earlier visit (or customer) is not kept.
        found = self.current_step()
        spec = found[1].field if found is not None else None
        keep, self._keep_half_typed = self._keep_half_typed, False
        if found is not None and spec is not None and spec.input == InputKind.NAME and not keep:
            self.keyboard.restart(self.runner.answers(found[0]).typing.get(spec.name, ""))

    def _refresh(self) -> None:
        if self.context is not None:
            self.retranslate(self.context)

    def help_did_change(self, _view: object = None) -> None:
        """The help request moved on (sent, claimed): a step that called staff says so."""
        found = self.current_step()
        if found is not None and found[1].effect == Effect.HELP_REQUEST:
            self._refresh()

    # -- drawing -----------------------------------------------------------------
    def content_width(self) -> int:
        """The widest the page's column may be."""
        return self._column.max_width

    def current_step(self) -> tuple[str, Step] | None:
        """The journey and step shown, or None when the screen shows none."""
        parsed = parse(self.screen_id)
        if parsed is None or parsed[0] not in self.runner.journeys:
            return None
        journey = self.runner.journeys[parsed[0]]
        if parsed[1] not in journey.steps:
            return None
        return journey.id, journey.step(parsed[1])

    def step_words(self, context: ScreenContext) -> StepWords | None:
        """The words of the step shown, or None when the screen shows no step."""
        found = self.current_step()
        if found is None:
            return None
        journey_id, step = found
        return StepWords.build(
            context.catalog,
            self.runner.journeys[journey_id],
            step,
            self.runner.answers(journey_id),
            context.values,
            context.private_audio,
        )

    def after_retranslate(self, context: ScreenContext) -> None:
        words = self.step_words(context)
        if words is None:
            return
        step, answers = words.step, words.answers
        self.fitting.leave_other_steps(self.screen_id)
        # A form's result gives a number for the counter too (with the form's code);
        # check-in's welcome shows the booking's number. Either way the page's
        # title goes over the number, and what happens next under Finish.
        form_result = step.effect == Effect.FORM_DRAFT
        result_number = form_result or (step.shows_number and self.ticket.issued)
        numbered = step.effect == Effect.TICKET or result_number
        self._show_heading(words, result_number)
        self._show_body(words, result_number)
        self._show_picture(step)
        self._show_kind(words, context)
        self.result.show_number(words, numbered, result_number, self.title.text())
        self.result.show_draft(words)
        # Finish once a number is in hand; a form without a queue still ends (its
        # answers are on the screen).
        settled = self.ticket.issued or (form_result and answers.draft == "offline")
        self.ways.show_ways(words, settled, numbered)
        tip = words.own("tip")
        self.tip.setVisible(tip is not None)
        if tip is not None:
            self.tip.setText(tip)
        self.ways.show_guide(words)
        self.note.setVisible(step.effect == Effect.HELP_REQUEST)
        self.note.setText(help_note(words.catalog, self.help_view()))
        self._say_forms(words)

    def _show_heading(self, words: StepWords, result_number: bool) -> None:
        """The title, or a warning; a ticket's title is the caption over its number."""
        warning = words.step.tone == "warning"
        ticketing = words.step.effect == Effect.TICKET
        # A form's (or check-in's) title goes over its number too, once there is one.
        self.title.setVisible(
            not warning and not ticketing and not (result_number and self.ticket.issued)
        )
        self.warning.setVisible(warning)
        # Words may use what the kiosk found: {name}, {time}, {number}, {code}, {day}.
        (self.warning if warning else self.title).setText(words.text(f"{words.base}.title"))

    def _body_label(self, step: Step, result_number: bool) -> QLabel:
        """Where the step's body goes: under Next on a field, under Finish on a result."""
        if result_number:
            return self.result.next_steps
        if step.kind == StepKind.FIELD and step.field is not None:
            return self.name.hint if step.field.input == InputKind.NAME else self.field.hint
        return self.body

    def _show_body(self, words: StepWords, result_number: bool) -> None:
        c, step = words.catalog, words.step
        body_key = words.body_key()
        has_body = words.has(body_key)
        label = self._body_label(step, result_number)
        is_field = step.kind == StepKind.FIELD and step.field is not None
        naming = is_field and step.field is not None and step.field.input == InputKind.NAME
        # Without a queue there is no number to be called: the offline words say what to do.
        self.result.next_steps.setVisible(
            has_body and result_number and words.answers.draft != "offline"
        )
        self.body.setVisible(has_body and not is_field and not result_number)
        self.field.hint.setVisible(has_body and is_field and not naming)
        self.name.hint.setVisible(has_body and naming)
        # The number card leaves "not printed" out on a form's page (Finish stays in
        # view): the words under Finish say it first.
        unprinted = result_number and self.ticket.issued and not self.ticket.printed
        self._body = (body_key, c.text("ticket.not_printed") if unprinted else "")
        if has_body:
            label.setText(joined(c.locale, self._body[1], words.text(body_key)))

    def _show_kind(self, words: StepWords, context: ScreenContext) -> None:
        """The part of the step's kind, and none of the others."""
        step, kind = words.step, words.step.kind
        spec = step.field if kind == StepKind.FIELD else None
        naming = spec is not None and spec.input == InputKind.NAME
        keypad = spec is not None and not naming
        self.field.setVisible(keypad)
        self.field.next.set_words(words.common("next"))
        self.name.setVisible(naming)
        if naming != self._naming:
            self._naming = naming
            self._fit_column()
        if naming and spec is not None:
            self.name.show_name(words, spec, self.problem, context.prefs.locale)
        if keypad and spec is not None:
            self.field.show_field(words, spec, self.title.text())
        self.field.show_problem(words, None if naming else self.problem)
        self.choice.setVisible(kind == StepKind.CHOICE)
        self.choice.show_options(words)
        self.question.setVisible(kind == StepKind.YES_NO)
        self.question.show_answers(words, kind == StepKind.YES_NO)
        # Without a stored draft, the answers stay on screen for the counter to read.
        offline = step.effect == Effect.FORM_DRAFT and words.answers.draft == "offline"
        self.review.show_review(words, kind == StepKind.REVIEW or offline, offline)

    def _say_forms(self, words: StepWords) -> None:
        """How the labels that hold numbers, codes or personal details are said."""
        title = words.said(f"{words.base}.title")
        self._aloud = {id(self.title): title, id(self.warning): title}
        self._aloud.update(self.result.said(words, title))
        body_key, before = self._body
        if words.has(body_key):
            body = joined(words.locale, before, words.said(body_key))
            for label in (self.body, self.field.hint, self.name.hint, self.result.next_steps):
                self._aloud[id(label)] = body
        self._aloud.update(self.review.said(words))

    def simpler_text(self) -> str | None:
        words = self.step_words(self.context) if self.context is not None else None
        if words is None:
            return None
        key = f"{words.base}.simpler"
        if not words.catalog.has(key):
            return None
        simpler = words.said(key)
        if self.ticket.isVisibleTo(self) and self.ticket.issued:
            # "Here is your number" is no use without the number itself.
            simpler = " ".join(sentence(p) for p in (simpler, self.ticket.spoken_number()))
        return simpler

    def spoken_text(self) -> str:
        """The shown words; typed digits are never read out, only that one was entered.

        Numbers and codes are spelled as calling systems say them; names, phone
        numbers and birth dates are not said through the loudspeaker.
        """
        if self.current_step() is None or self.context is None:
            return ""

        # Only what is on screen now (a hidden area's words are not said, e.g. a
        # name's keypad twin). A typed name is not read out here either.
        def shown(*labels: QLabel) -> list[str]:
            said = [self._aloud.get(id(w), w.text()) for w in labels if w.isVisibleTo(self)]
            return [words for words in said if words]

        f, n, r = self.field, self.name, self.result
        parts = shown(self.title, self.warning)
        if self.ticket.isVisibleTo(self):
            parts += self.ticket.spoken_parts(self._aloud)
        parts += shown(self.body, f.label, f.problem, f.hint, n.problem, n.hint, self.note)
        parts += shown(r.draft_line, r.next_steps, r.draft_keep)  # never self.tip: eyes only
        parts += self.review.spoken(self._aloud, self)  # a phone number "ending in 34"
        buttons = [*self.choice.buttons, self.yes, self.no, self.question.unsure, f.next]
        buttons += [n.next, r.call, *self.ways.buttons()]
        parts += [b.title.text() for b in buttons if b.isVisibleTo(self)]
        parts += self.page_words()
        return " ".join(sentence(p) for p in parts)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics, self._palette = m, palette
        placed = self.fitting.release()
        self.fit_spacing()
        self.pictured.set_palette(m, palette)
        self.field.apply_metrics(m, palette)
        self.name.apply_metrics(m, palette)
        self._fit_column()
        self.result.apply_metrics(m)
        self.choice.apply_metrics(m)
        self.question.apply_metrics(m)
        self.ways.apply_metrics(m)
        self.guide.set_gap(m.gap)
        self.review.apply_metrics(m)
        if self.fitting.tight:  # the buttons' air was reset above
            self.fitting.tighten(True)
        if placed:  # in the columns again, at the new sizes
            self.fitting.arrange()
        found = self.current_step()
        if found is not None:
            self._show_picture(found[1])
            # Again once the new sizes are polished in: the picture takes what is left.
            QTimer.singleShot(0, self._refit_picture)

    def fit_spacing(self) -> None:
        """On a page that does not fit (StepFitting.tighten), less air between the
        parts: every choice comes before air. Never less than DESIGN.md's gap
        between two controls."""
        m = self._metrics
        if m is None:
            return
        if self.fitting.tight:  # the fixed bar's own padding frames the bottom
            edge = MIN_GAP_PX // 2
            self.layout_.setContentsMargins(m.margin, edge, m.margin, edge)
            self.layout_.setSpacing(MIN_GAP_PX)
        else:  # as every screen has it
            self.layout_.setContentsMargins(m.margin, m.gap, m.margin, m.gap)
            self.layout_.setSpacing(round(m.gap * 3 / 4))
        self.fitting.columns.set_gap(self.layout_.spacing())

    def sizes(self) -> tuple[Metrics | None, Palette | None]:
        """The sizes and colours applied last (None before the first)."""
        return self._metrics, self._palette

    def own_buttons(self) -> list[LabelButton]:
        """The buttons made through :meth:`button` (not the keys)."""
        return list(self._buttons)

    def content_width_now(self) -> int:
        """How wide the page's column is at the present size."""
        return min(self.pager.scroll_area.viewport().width(), self.content_width())

    def refit_picture(self) -> None:
        """Draw the step's picture again (the room for it changed)."""
        self._refit_picture()

    def _show_picture(self, step: Step) -> None:
        # A ready form draft shows its code instead, a welcome its number.
        found = self.current_step()
        ready = found is not None and self.runner.answers(found[0]).draft == "ready"
        numbered = step.shows_number and self.ticket.issued
        self.pictured.show(step, (ready and step.effect == Effect.FORM_DRAFT) or numbered)

    def _refit_picture(self) -> None:
        found = self.current_step()
        if found is not None:
            self._show_picture(found[1])

    def _fit_column(self) -> None:
        """A keyboard needs the whole width: the reading column's limit is lifted for it."""
        column = self._column
        if self._naming:
            column.max_width = 1 << 20
        elif self._metrics is not None:
            column.max_width = round(MAX_CONTENT_WIDTH * self._metrics.body / BASE_METRICS.body)
        column.fit_sides()
