"""One screen for every step of every data-driven journey (``journey.<id>.<step>``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.content.topics import topic_words
from kiosk.core.ids import draft_reference
from kiosk.journeys.loader import option_words
from kiosk.journeys.model import Effect, InputKind, Step, StepKind
from kiosk.journeys.validators import Problem, show
from kiosk.look.icons import icon_pixmap
from kiosk.look.theme import BASE_METRICS, Metrics, Palette
from kiosk.services.customer_queue import HelpView
from kiosk.services.journey_runner import JourneyRunner, parse
from kiosk.speech.aloud import say_answer, say_sentence, say_values, spell_code
from kiosk.ui.screens.base import MAX_CONTENT_WIDTH, Screen, ScreenContext, sentence
from kiosk.ui.screens.guide_layout import GuideLayout, height_at
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.qr_image import QrImage
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.text_keyboard import TextKeyboard
from kiosk.ui.widgets.ticket_card import TicketCard

MAX_ROWS = 6
# Every {placeholder} a journey's words may use for what the kiosk found.
FOUND_BLANKS = dict.fromkeys(("name", "time", "topic", "number", "day", "code"), "")
TOUR_FOUND = {
    "name": "Mrs Wang", "time": "10:30", "topic": "pension", "number": "A012",
    "day": "2026-12-03", "code": "K7F3QM",
}  # fmt: skip
# A name typed in each language, for the tour (Chinese: one more character half-typed).
TOUR_NAMES = {"en": "Mary O'Brien", "zh_CN": "王秀英", "ko": "김민수"}
TOUR_PINYIN = "xiu"  # typed after 王 on the name step, its characters offered


def help_note(catalog: Catalog, view: HelpView | None) -> str:
    """What a step that called staff says about them: called, on the way, or raise a hand."""
    # Offline, or the request was closed without anyone coming: a raised hand still works.
    if view is None or view.phase in ("offline", "closed"):
        return catalog.text("journey.common.help_offline")
    if view.phase == "coming" and view.item is not None and view.item.claimed_by:
        return catalog.text("help.live.coming", name=view.item.claimed_by)
    if view.phase == "sending":
        return catalog.text("help.live.sending")
    return catalog.text("journey.common.help_called")


class OfferRow(QWidget):
    """The big "ask a member of staff" button, and the smaller way on (Next, Finish).

    The small one is as wide as its words. Beside the big one when it takes at
    most a third of the width (the page stays short enough to see whole);
    centred under it otherwise.
    """

    def __init__(self, big: LabelButton, small: LabelButton) -> None:
        super().__init__()
        self.big, self.small = big, small
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(big, 1)
        row.addWidget(small, 0, Qt.AlignmentFlag.AlignHCenter)
        self._row = row

    def set_spacing(self, gap: int) -> None:
        self._row.setSpacing(gap)

    def _arrange(self, width: int) -> None:
        small = self.small.sizeHint().width() + self._row.spacing()
        beside = self.big.isHidden() or small <= width // 3
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            # Under the big one it takes the row's width: its words always fit.
            centred = Qt.AlignmentFlag.AlignHCenter if beside else Qt.AlignmentFlag(0)
            self._row.setAlignment(self.small, centred)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self._arrange(width)
        return self._row.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.width())
        super().resizeEvent(event)


def joined(locale: str, *parts: str) -> str:
    """Sentences one after the other as the language writes them: Chinese with
    "。" and no space between, English and Korean with ". " (a Latin name in a
    Chinese sentence still ends with "。")."""
    chinese = locale == "zh_CN"
    stopped = []
    for part in (p.strip() for p in parts if p.strip()):
        if part[-1] not in ".?!。？！:：":
            part += "。" if chinese else "."
        stopped.append(part)
    return ("" if chinese else " ").join(stopped)


class JourneyScreen(Screen):
    """Draws the current step by its kind: words, choices, yes/no, a field, a review, a result.

    The widgets for every kind exist once and are shown as the step needs, so
    moving between steps never rebuilds the screen.
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
        self.ticket_call = self.button("call_staff", variant="primary")
        self.ticket_call.set_icon("call_staff")
        # Where this customer's help request is (a step that called staff says it).
        self.help_view = help_view
        self.problem: Problem | None = None
        # What some labels say aloud instead of their text: numbers and codes
        # spelled out, personal details masked (label id → words).
        self._aloud: dict[int, str] = {}
        self._number_caption = False  # a result's number: "Your number" follows the title
        self._body = ("", "")  # the step's body: its words' key, and what goes before it
        self._palette: Palette | None = None
        self._metrics: Metrics | None = None
        self.picture = QLabel()
        self.picture.setProperty("kiosk_kind", "image")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = text_label("heading")
        # A warning is drawn as a framed heading, never by colour alone. The tone is
        # set before the style sheet applies, so the frame's padding is honoured.
        self.warning = text_label("heading")
        self.warning.setProperty("tone", "warning")
        self.body = text_label("body")
        self.field_label = text_label("label")
        self.typed = text_label("heading")
        self.typed.setProperty("kiosk_kind", "input")
        self.problem_label = text_label("body")
        self.field_next = self.button("journey_submit", variant="primary")
        self.field_hint = text_label("body")
        self.keypad = Keypad()
        self.keypad.key_was_pressed.connect(
            lambda k: self.action_was_requested.emit("journey_key", k)
        )
        # A name: what was typed and Next side by side (stacked when narrow), then
        # the keyboard of the customer's language across the whole width.
        self.keyboard = TextKeyboard()
        self.keyboard.text_did_change.connect(
            lambda text: self.action_was_requested.emit("journey_text", text)
        )
        self.name_typed = text_label("heading")
        self.name_typed.setProperty("kiosk_kind", "input")
        self.name_problem = text_label("body")
        self.name_hint = text_label("body")
        name_box = QWidget()
        name_box_layout = QVBoxLayout(name_box)
        name_box_layout.setContentsMargins(0, 0, 0, 0)
        widget: QWidget  # each loop below lays out widgets of its own kinds
        for widget in (self.name_typed, self.name_problem, self.name_hint):
            name_box_layout.addWidget(widget)
        name_box_layout.addStretch(1)
        self.name_next = self.button("journey_submit", variant="primary")
        self.name_row = ResponsiveGrid(max_columns=2)
        self.name_row.set_items([name_box, self.name_next])
        self.name_area = QWidget()
        name_layout = QVBoxLayout(self.name_area)
        name_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name_row, self.keyboard):
            name_layout.addWidget(widget)
        self._name_layouts = (name_layout, name_box_layout)
        self._naming = False
        self._keep_half_typed = False  # the tour shows pinyin letters half-typed
        self.options = ResponsiveGrid(max_columns=2)
        self.option_buttons = [
            self.button("journey_choose", horizontal=True) for _ in range(MAX_ROWS)
        ]  # an icon, where an option has one, beside its words
        self.options.set_items(self.option_buttons)
        # A field: what was typed and the way on beside the keypad (above it when
        # narrow), so Next is always in view at any text size.
        typed_column = QWidget()
        typed_layout = QVBoxLayout(typed_column)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.field_label, self.typed, self.problem_label, self.field_next, self.field_hint
        ):  # fmt: skip
            typed_layout.addWidget(widget)
        typed_layout.addStretch(1)
        self.field_area = ResponsiveGrid(max_columns=2)
        self.field_area.set_items([typed_column, self.keypad])
        # Each answer read back with its Change under it; side by side when wide, so a
        # form of three answers keeps its "Yes, this is right" in view.
        self.answers = ResponsiveGrid(max_columns=3)
        self.rows: list[tuple[QLabel, LabelButton]] = []
        self._answer_cards: list[QWidget] = []
        self._card_layouts: list[QVBoxLayout] = []
        for _ in range(MAX_ROWS):
            label = text_label("body")
            change = self.button("journey_edit")
            card = QWidget()
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(0, 0, 0, 0)
            card_layout.addWidget(label)
            card_layout.addStretch(1)  # Change buttons line up along a row of cards
            card_layout.addWidget(change)
            self.rows.append((label, change))
            self._answer_cards.append(card)
            self._card_layouts.append(card_layout)
        self.answers.set_items(self._answer_cards)
        self.yes = self.button("journey_yes", variant="")
        self.no = self.button("journey_no", variant="")
        self.unsure = self.button("journey_unsure", variant="")  # where a question has unsure
        self.yes_no = ResponsiveGrid(max_columns=3)  # Yes, No, Not sure on one row when wide
        self.yes_no.set_items([self.yes, self.no, self.unsure])
        # offer_staff: "ask a member of staff" is the big button; the step's own
        # way on (Next, Finish) moves to the smaller button under it.
        self.offer = self.button("journey_staff", variant="primary", horizontal=True)
        self.offer.set_icon("call_staff")
        self.primary = self.button("journey_next", variant="primary")
        self.secondary = self.button("journey_next")
        self.offer_row = OfferRow(self.offer, self.secondary)
        # Shown, never spoken: e.g. the hold tip, which a companion must not hear.
        self.tip = text_label("hint")
        self.again = self.button("journey_again", horizontal=True)
        self.again.set_icon("back")
        self.stuck = self.button("call_staff", horizontal=True)
        self.stuck.set_icon("call_staff")
        # Side by side where the screen is wide, so a guide's picture keeps its room.
        self.guide_row = ResponsiveGrid(max_columns=2)
        self.guide_row.set_items([self.again, self.stuck])
        self.note = text_label("label")  # staff are called / on the way: stands out
        # A form draft: its code, large, and a QR the counter can scan.
        self.draft_line = text_label("body")
        self.draft_code = text_label("display", align=Qt.AlignmentFlag.AlignHCenter)
        self.draft_qr = QrImage()
        self.draft_keep = text_label("hint")
        # What happens next on a form's result: under Finish, so the number, the
        # code and the way on stay in view at every text size (and it is spoken).
        self.next_steps = text_label("body")
        # A number comes first, then what happens next; a form's code and QR stand
        # above the way on (Finish); a ticket's own QR may go below it when narrow.
        flow = (
            self.picture, self.title, self.warning, self.ticket, self.body, self.field_area,
            self.name_area, self.options, self.yes_no, self.answers, self.note, self.draft_line,
            self.draft_code, self.draft_qr, self.ticket_call, self.offer_row, self.primary,
            self.ticket.below, self.next_steps, self.draft_keep, self.guide_row, self.tip,
        )  # fmt: skip
        for widget in flow:
            # The smaller way on is as wide as its words: it is not the main thing.
            if widget is self.draft_qr:
                self.layout_.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            else:
                self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        # The scroll area grows the page to its minimum height, which Qt takes at the
        # narrowest width (every line wrapped many times): a page that fits would
        # scroll. A set minimum makes the height the words need at this width count.
        self._column.setMinimumHeight(1)
        side = (self.title, self.warning, self.body, self.primary, self.guide_row)
        self.guide = GuideLayout(self.layout_, flow, self.picture, side)
        runner.answers_did_change.connect(self._refresh)
        runner.problem_did_arise.connect(self.show_problem)

    # -- the family of ids ---------------------------------------------------------
    def tour_ids(self) -> list[str]:
        return [f"journey.{j.id}.{s}" for j in self.runner.journeys.values() for s in j.steps]

    def stage_for_tour(self, screen_id: str) -> None:
        parsed = parse(screen_id)
        if parsed is None:
            return
        journey = self.runner.journeys[parsed[0]]
        step = journey.step(parsed[1])
        answers = self.runner.answers(journey.id)
        locale = self.runner.session.prefs.locale
        typed_samples = {"phone": "13812345678", "date": "19480512"}
        typed_samples["name"] = TOUR_NAMES.get(locale, TOUR_NAMES["en"])
        for name, each in journey.fields().items():
            sample = typed_samples.get(each.input.value, "2468")
            # The same journey is toured in every language: a name follows the language.
            if each.input == InputKind.NAME:
                answers.values[name] = sample
            answers.values.setdefault(name, sample)
        spec = step.field
        if spec is not None:
            whole = answers.values[spec.name]
            answers.typing[spec.name] = whole if spec.input == InputKind.NAME else whole[:5]
        if spec is not None and spec.input == InputKind.NAME:
            if locale == "zh_CN":
                answers.typing[spec.name] = answers.typing[spec.name][:1]
            self.keyboard.set_locale(locale)
            self.keyboard.restart(answers.typing[spec.name])
            if locale == "zh_CN":  # show the characters offered for half-typed pinyin
                for letter in TOUR_PINYIN:
                    self.keyboard.key(letter).click()
                self._keep_half_typed = True  # on_enter would drop the letters
        answers.found.update(TOUR_FOUND)
        if step.effect == Effect.HELP_REQUEST:  # as in a branch: staff called, not offline
            from kiosk.queue import samples

            waiting = HelpView("waiting", samples.item(3, "H", 3, kiosk_id="kiosk-1"))
            self.help_view = lambda: waiting
        if step.shows_number:  # a booking's priority number
            from kiosk.queue import samples

            self.ticket.show_ticket(
                samples.item(7, "E", 7, service="wealth", priority=True), printed=False
            )
            self.ticket.show_estimate(samples.ESTIMATE)
        elif step.effect in (Effect.TICKET, Effect.FORM_DRAFT):
            from kiosk.journeys.engine import counter_service
            from kiosk.queue import samples
            from kiosk.queue.models import SERIES

            if step.effect == Effect.TICKET:
                number = samples.item(7, "A", 7, service="cash")
            else:  # a form's number, for its counter, carrying the form's code
                service = counter_service(journey, answers)
                series = SERIES[service]
                context = {"draft_code": TOUR_FOUND["code"], "journey": journey.id}
                number = samples.item(7, series, 7, service=service, context=context)
            self.ticket.show_ticket(number, printed=False)
            self.ticket.show_estimate(samples.ESTIMATE)
        answers.draft = "ready"

    def show_problem(self, problem: Problem | None) -> None:
        self.problem = problem
        self._refresh()

    def on_enter(self) -> None:
        self.problem = None
        super().on_enter()
        # Half-typed pinyin or jamo from an earlier visit (or customer) is not kept.
        found = self._step()
        spec = found[1].field if found is not None else None
        keep, self._keep_half_typed = self._keep_half_typed, False
        if found is not None and spec is not None and spec.input == InputKind.NAME and not keep:
            self.keyboard.restart(self.runner.answers(found[0]).typing.get(spec.name, ""))

    def _refresh(self) -> None:
        if self.context is not None:
            self.retranslate(self.context)

    # -- drawing -----------------------------------------------------------------
    def _step(self) -> tuple[str, Step] | None:
        parsed = parse(self.screen_id)
        if parsed is None or parsed[0] not in self.runner.journeys:
            return None
        journey = self.runner.journeys[parsed[0]]
        if parsed[1] not in journey.steps:
            return None
        return journey.id, journey.step(parsed[1])

    def after_retranslate(self, context: ScreenContext) -> None:
        found = self._step()
        if found is None:
            return
        journey_id, step = found
        c = context.catalog
        base = f"journey.{journey_id}.{step.id}"
        kind = step.kind
        warning = step.tone == "warning"
        ticketing = step.effect == Effect.TICKET
        # A form's result gives a number for the counter too (with the form's code);
        # check-in's welcome shows the booking's number. Either way the page's
        # title goes over the number, and what happens next under Finish.
        form_result = step.effect == Effect.FORM_DRAFT
        checked = step.shows_number and self.ticket.issued
        result_number = form_result or checked
        numbered = ticketing or result_number
        answers = self.runner.answers(journey_id)
        # A ticket's title is the small caption over its number (the number is the heading).
        # A form's (or check-in's) title goes over its number too, once there is one.
        self.title.setVisible(
            not warning and not ticketing and not (result_number and self.ticket.issued)
        )
        self.warning.setVisible(warning)
        # Words may use what the kiosk found: {name}, {time}, {number}, {code}, {day}.
        words = self._words(journey_id, context)
        (self.warning if warning else self.title).setText(c.text(f"{base}.title", **words))

        # What happens next may depend on a choice made on the way ("body_swallowed").
        bodies = (f"{base}.body_{o}" for o in answers.chosen.values())
        body_key = next((k for k in bodies if self._has(c, k)), f"{base}.body")
        has_body = self._has(c, body_key)
        # On a field step the explanation sits under Next, beside the keypad (or the name).
        is_field = kind == StepKind.FIELD and step.field is not None
        naming = is_field and step.field is not None and step.field.input == InputKind.NAME
        keypad = is_field and not naming
        body = self.field_hint if keypad else self.name_hint if naming else self.body
        body = self.next_steps if result_number else body
        # Without a queue there is no number to be called: the offline words say what to do.
        self.next_steps.setVisible(has_body and result_number and answers.draft != "offline")
        self.body.setVisible(has_body and not is_field and not result_number)
        self.field_hint.setVisible(has_body and keypad)
        self.name_hint.setVisible(has_body and naming)
        # The number card leaves "not printed" out on a form's page (Finish stays in
        # view): the words under Finish say it first.
        unprinted = result_number and self.ticket.issued and not self.ticket.printed
        self._body = (body_key, c.text("ticket.not_printed") if unprinted else "")
        if has_body:
            body.setText(joined(c.locale, self._body[1], c.text(body_key, **words)))
        self._show_picture(step)
        # Field: the typed answer (masked if sensitive), the keypad and the problem.
        self.field_area.setVisible(keypad)
        self.field_next.set_words(c.text("journey.common.next"))
        self._show_name(journey_id, step, context)
        if keypad and step.field is not None:
            spec = step.field
            typed = self.runner.answers(journey_id).typing.get(spec.name, "")
            self.field_label.setText(c.text(f"journey.{journey_id}.field.{spec.name}"))
            # Said once is enough: no label when the heading already names the field.
            self.field_label.setVisible(self.field_label.text() != self.title.text())
            self.typed.setText(
                show(spec, typed) if typed else c.text("journey.common.nothing_typed")
            )
            self.keypad.retranslate(c)
        self.problem_label.setVisible(self.problem is not None and not naming)
        if self.problem is not None:
            self.problem_label.setText(c.text(self.problem.key, **self.problem.values))
        # Choices and yes/no.
        self.options.setVisible(kind == StepKind.CHOICE)
        for index, button in enumerate(self.option_buttons):
            option = step.options[index] if index < len(step.options) else None
            button.setVisible(option is not None)
            if option is not None:
                journey = self.runner.journeys[journey_id]
                button.set_words(c.text(option_words(journey, step, option)))
                button.set_icon(option.icon)
                button.setProperty("kiosk_argument", option.id)
        self.yes_no.setVisible(kind == StepKind.YES_NO)
        self.yes.set_words(c.text("journey.common.yes"))
        self.no.set_words(c.text("journey.common.no"))
        self.unsure.setVisible(kind == StepKind.YES_NO and step.unsure is not None)
        self.unsure.set_words(c.text("journey.common.unsure"))
        self._show_review(journey_id, step, context)
        self.ticket.below_allowed = not form_result  # the page's own QR stands above Finish
        self.ticket.set_compact(result_number)
        self.ticket.set_shown(numbered)
        self.ticket_call.setVisible(numbered and self.ticket.failed)
        if numbered:
            self._number_caption = result_number
            self.ticket.retranslate(c, self._caption(c, self.title.text()))
            self.ticket_call.set_words(c.text("ask_staff.call"))
        self._show_draft(journey_id, step, context)
        # The one way forward.
        primary = {
            StepKind.INFO: ("journey_next", "journey.common.next"),
            StepKind.REVIEW: ("journey_next", "journey.common.confirm"),
            StepKind.RESULT: ("finish", "journey.common.finish"),
        }.get(kind)
        # Finish once a number is in hand (not while it is being taken, nor instead of
        # help); a form without a queue still ends (its answers are on the screen).
        settled = self.ticket.issued or (form_result and answers.draft == "offline")
        shown = primary is not None and (settled or not numbered)
        # Where staff are offered or already called, that is the main thing: the
        # way on (or out) is the smaller button.
        helping = step.offer_staff or step.effect == Effect.HELP_REQUEST
        self.offer.setVisible(step.offer_staff)
        self.offer.set_words(c.text("journey.common.offer_staff"))
        self.primary.setVisible(shown and not helping)
        self.secondary.setVisible(shown and helping)
        self.offer_row.setVisible(step.offer_staff or (shown and helping))
        if primary is not None:
            # A step may name its own way on ("Go on with the questions").
            own = f"{base}.next"
            way = c.text(own) if self._has(c, own) else c.text(primary[1])
            for button in (self.primary, self.secondary):
                button.setProperty("kiosk_action", primary[0])
                button.set_words(way)
        tip_key = f"{base}.tip"
        self.tip.setVisible(self._has(c, tip_key))
        if self._has(c, tip_key):
            self.tip.setText(c.text(tip_key, **words))
        self.guide_row.setVisible(step.again is not None)
        self.again.set_words(c.text("journey.common.again"))
        self.stuck.set_words(c.text("journey.common.stuck"))
        self.note.setVisible(step.effect == Effect.HELP_REQUEST)
        self.note.setText(help_note(c, self.help_view()))
        self._say_forms(journey_id, step, context)

    @staticmethod
    def _has(catalog: Catalog, key: str) -> bool:
        return catalog.has(key) or (catalog.fallback is not None and catalog.fallback.has(key))

    def help_did_change(self, _view: object = None) -> None:
        """The help request moved on (sent, claimed): a step that called staff says so."""
        found = self._step()
        if found is not None and found[1].effect == Effect.HELP_REQUEST:
            self._refresh()

    def _spoken_words(
        self, journey_id: str, context: ScreenContext
    ) -> tuple[dict[str, object], str]:
        """The step's placeholder values as said (numbers spelled), and the name found."""
        words = self._words(journey_id, context)
        name = str(words.pop("name", "") or "")
        return say_values(words, context.catalog), name

    def _words(self, journey_id: str, context: ScreenContext) -> dict[str, object]:
        """What a step's words may use: {name}, {time}, {number}, {code}, {day}, {topic}…"""
        words = {**FOUND_BLANKS, **context.values, **self.runner.answers(journey_id).found}
        if words["topic"]:  # an id from the bank's system, said in the customer's words
            words["topic"] = topic_words(str(words["topic"]), context.catalog)
        return words

    def _say_forms(self, journey_id: str, step: Step, context: ScreenContext) -> None:
        """How the labels that hold numbers, codes or personal details are said."""
        c, private = context.catalog, context.private_audio
        base = f"journey.{journey_id}.{step.id}"
        words, name = self._spoken_words(journey_id, context)
        personal = {"name": name} if name else None
        self._aloud = {}
        title = say_sentence(c, f"{base}.title", words, personal, private)
        self._aloud[id(self.title)] = self._aloud[id(self.warning)] = title
        self._aloud[id(self.ticket.caption)] = self._caption(c, title)  # check-in: no name
        body_key, before = self._body
        if self._has(c, body_key):
            body = joined(c.locale, before, say_sentence(c, body_key, words, personal, private))
            for label in (self.body, self.field_hint, self.name_hint, self.next_steps):
                self._aloud[id(label)] = body
        answers = self.runner.answers(journey_id)
        if step.effect == Effect.FORM_DRAFT:
            code = spell_code(answers.found.get("code", ""), c)
            self._aloud[id(self.draft_line)] = self._draft_line(journey_id, c, code)
        fields = self.runner.journeys[journey_id].fields()
        for label, change in self.rows:  # the answers read back (the Change under each names it)
            field = str(change.property("kiosk_argument") or "")
            if label.isHidden() or field not in fields:
                continue
            spec = fields[field]
            value = answers.values.get(field, "")
            said = (
                c.text("read_aloud.on_screen")
                if spec.sensitive
                else say_answer(spec.input.value, value, c, private)
            )
            self._aloud[id(label)] = f"{c.text(f'journey.{journey_id}.field.{field}')}: {said}"

    def _show_name(self, journey_id: str, step: Step, context: ScreenContext) -> None:
        """A name field: the name typed so far, Next, any problem, and the keyboard."""
        spec = step.field
        naming = step.kind == StepKind.FIELD and spec is not None and spec.input == InputKind.NAME
        self.name_area.setVisible(naming)
        if naming != self._naming:
            self._naming = naming
            self._fit_column()
        if not naming or spec is None:
            return
        c = context.catalog
        typed = self.runner.answers(journey_id).typing.get(spec.name, "")
        self.name_typed.setText(typed or c.text("journey.common.nothing_typed"))
        self.name_next.set_words(c.text("journey.common.next"))
        self.name_problem.setVisible(self.problem is not None)
        if self.problem is not None:
            self.name_problem.setText(c.text(self.problem.key, **self.problem.values))
        # The layout follows the language; the name typed stays (it lives in the answers).
        self.keyboard.set_locale(context.prefs.locale)
        self.keyboard.set_max_length(spec.max_length)
        self.keyboard.retranslate(c)
        self.keyboard.set_text(typed)

    def _fit_column(self) -> None:
        """A keyboard needs the whole width: the reading column's limit is lifted for it."""
        column = self._column
        if self._naming:
            column.max_width = 1 << 20
        elif self._metrics is not None:
            column.max_width = round(MAX_CONTENT_WIDTH * self._metrics.body / BASE_METRICS.body)
        column.fit_sides()

    def _show_picture(self, step: Step) -> None:
        # A ready form draft shows its code instead, a welcome its number: the
        # picture would push them down.
        found = self._step()
        ready = found is not None and self.runner.answers(found[0]).draft == "ready"
        numbered = step.shows_number and self.ticket.issued
        self.picture.setVisible(
            bool(step.picture) and not (ready and step.effect == Effect.FORM_DRAFT) and not numbered
        )
        from kiosk.ui.widgets.guide_pictures import guide_pixmap, is_guide, refit_on_resize

        if not is_guide(step.picture):
            self.guide.set_wide(False)
        if not step.picture or self._metrics is None or self._palette is None:
            return
        m, ratio = self._metrics, self.devicePixelRatioF()
        side = m.label + m.pad  # the size of button icons
        if not is_guide(step.picture):
            ink = self._palette.text
            self.picture.setPixmap(icon_pixmap(step.picture, ink, side, ratio))
            return
        # A guide's picture takes the room the words and buttons leave, so Next,
        # Show me again and I'm stuck stay in view; it is redrawn when that room changes.
        host = self.parentWidget() or self

        refit_on_resize(host, self, self._refit_picture)
        width = min(host.width() - m.scrollbar, self._column.max_width) - 2 * m.margin
        self.ensurePolished()
        words = [w for w in (self.title, self.warning, self.body) if not w.isHidden()]
        buttons: list[QWidget] = []
        buttons += [self.primary] if step.kind in (StepKind.INFO, StepKind.RESULT) else []
        buttons += [self.guide_row] if step.again is not None else []
        # Landscape, with the words and buttons fitting a side column: the picture
        # beside them, as tall as the screen.
        high = host.height() - 2 * m.margin
        landscape = host.width() > host.height()
        left = self.guide.arrange(width, high, landscape, [*words, *buttons])
        if left:
            self.picture.setPixmap(guide_pixmap(step.picture, self._palette, left, high, ratio))
            return
        self.guide_row.fit_width(width)
        # How tall the picture may be with each button still in view, top to bottom.
        room = host.height() - 2 * m.margin - sum(height_at(w, width) + m.gap for w in words)
        rooms = []
        for button in buttons:
            room -= height_at(button, width) + m.gap
            rooms.append(room + (m.margin if button is not buttons[-1] else 0))
        # Buttons out of view even without a picture do not shrink it (nor does a
        # page that scrolls anyway); with too little room for even a small
        # picture, the words carry the step alone.
        in_view = [r for r in rooms if r + m.gap >= 0]
        tall = min(in_view) if in_view else m.target * 2
        self.picture.setVisible(not self.picture.isHidden() and tall >= m.label)
        if tall >= m.label:
            pixmap = guide_pixmap(step.picture, self._palette, max(width, side), tall, ratio)
            self.picture.setPixmap(pixmap)

    def _show_draft(self, journey_id: str, step: Step, context: ScreenContext) -> None:
        answers = self.runner.answers(journey_id)
        drafting = step.effect == Effect.FORM_DRAFT
        ready = drafting and answers.draft == "ready"
        code = answers.found.get("code", "")
        # The number's card carries the code and its QR beside the number; when the
        # card is too narrow for that, the page's own QR stands under it, above Finish.
        carried = self._carried(journey_id)
        beside = carried and not self.ticket.stacked
        self.draft_line.setVisible(drafting and not beside)
        self.draft_code.setVisible(ready and not carried)
        self.draft_qr.setVisible(ready and not beside)
        self.draft_keep.setVisible(ready)
        if not drafting:
            return
        c = context.catalog
        self.draft_line.setText(self._draft_line(journey_id, c, code))
        if ready:
            self.draft_code.setText(code)
            self.draft_qr.set_text(draft_reference(code))
            self.draft_keep.setText(c.text("journey.common.draft.keep"))

    def _caption(self, c: Catalog, title: str) -> str:
        """The words over a number: the step's title ("Your number" after it on a result)."""
        if self._number_caption:
            return c.text("journey.common.your_number", title=joined(c.locale, title))
        return title

    def _carried(self, journey_id: str) -> bool:
        """A form's code travels on its number's card (it was written with the ticket)."""
        answers = self.runner.answers(journey_id)
        code = answers.found.get("code", "")
        return answers.draft == "ready" and self.ticket.issued and self.ticket.draft_code == code

    def _draft_line(self, journey_id: str, c: Catalog, code: str) -> str:
        """The line about the form with ``code`` as given (shown as is, or said spelled)."""
        if self._carried(journey_id):  # beside its number: the form's code, not "show this"
            return c.text("ticket.form_code", code=code)
        draft = self.runner.answers(journey_id).draft
        state = draft if draft in ("ready", "offline") else "pending"
        return c.text(f"journey.common.draft.{state}", code=code)

    def _show_review(self, journey_id: str, step: Step, context: ScreenContext) -> None:
        # Without a stored draft, the answers stay on screen for the counter to read.
        offline = (
            step.effect == Effect.FORM_DRAFT and self.runner.answers(journey_id).draft == "offline"
        )
        reviewing = step.kind == StepKind.REVIEW or offline
        self.answers.setVisible(reviewing)
        journey = self.runner.journeys[journey_id]
        values = self.runner.answers(journey_id).values
        fields = journey.fields()
        c = context.catalog
        shown = [n for n in (fields if offline else step.review) if n in values]
        columns = max(1, min(3, len(shown)))  # one answer gets the whole width
        if reviewing and columns != self.answers.max_columns:
            self.answers.max_columns = columns
            self.answers.set_items(self._answer_cards)
        for index, (label, change) in enumerate(self.rows):
            names = list(fields) if offline else list(step.review)
            name = names[index] if reviewing and index < len(names) else None
            if name is not None and name not in values:
                name = None
            self._answer_cards[index].setVisible(name is not None)
            label.setVisible(name is not None)
            change.setVisible(name is not None and not offline)
            if name is None:
                continue
            field_words = c.text(f"journey.{journey_id}.field.{name}")
            label.setText(f"{field_words}: {show(fields[name], values.get(name, ''))}")
            change.set_words(c.text("journey.common.change"))
            change.setProperty("kiosk_argument", name)

    def simpler_text(self) -> str | None:
        found = self._step()
        if found is None or self.context is None:
            return None
        key = f"journey.{found[0]}.{found[1].id}.simpler"
        catalog = self.context.catalog
        if not catalog.has(key):
            return None
        words, name = self._spoken_words(found[0], self.context)
        personal = {"name": name} if name else None
        simpler = say_sentence(catalog, key, words, personal, self.context.private_audio)
        if self.ticket.isVisibleTo(self) and self.ticket.issued:
            # "Here is your number" is no use without the number itself.
            simpler = " ".join(sentence(p) for p in (simpler, self.ticket.spoken_number()))
        return simpler

    def spoken_text(self) -> str:
        """The shown words; typed digits are never read out, only that one was entered.

        Numbers and codes are spelled as calling systems say them; names, phone
        numbers and birth dates are not said through the loudspeaker.
        """
        found = self._step()
        if found is None or self.context is None:
            return ""

        # Only what is on screen now (a hidden area's words are not said, e.g. a
        # name's keypad twin). A typed name is not read out here either.
        def shown(*labels: QLabel) -> list[str]:
            said = [self._aloud.get(id(w), w.text()) for w in labels if w.isVisibleTo(self)]
            return [words for words in said if words]

        parts = shown(self.title, self.warning)
        if self.ticket.isVisibleTo(self):
            parts += self.ticket.spoken_parts(self._aloud)
        parts += shown(self.body, self.field_label, self.problem_label, self.field_hint)
        parts += shown(self.name_problem, self.name_hint, self.note, self.draft_line)
        parts += shown(self.next_steps, self.draft_keep)  # never self.tip: for the eyes only
        for row_label, _change in self.rows:
            if row_label.isVisibleTo(self):  # a phone number "ending in 34", a name not at all
                parts.append(self._aloud.get(id(row_label), row_label.text()))
        buttons = [*self.option_buttons, self.yes, self.no, self.unsure, self.field_next]
        buttons += [self.name_next, self.ticket_call, self.offer, self.primary, self.secondary]
        buttons += [self.again, self.stuck]
        parts += [b.title.text() for b in buttons if b.isVisibleTo(self)]
        parts += self.page_words()
        return " ".join(sentence(p) for p in parts)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics, self._palette = m, palette
        self.keypad.apply_metrics(m, palette)
        self.keyboard.apply_metrics(m, palette)
        self.name_row.set_spacing(m.gap, m.target * 4)
        for layout in self._name_layouts:
            layout.setSpacing(m.gap)
        self._fit_column()
        # Under the number (narrow screens) a smaller QR keeps Finish in view; a
        # counter's scanner reads it as well.
        self.draft_qr.set_side(m.target * 2)
        self.ticket.apply_metrics(m)
        self.field_area.set_spacing(m.gap * 2, m.target * 4)
        self.options.set_spacing(m.gap, m.label * 10)
        self.yes_no.set_spacing(m.gap, m.target * 2)
        self.offer_row.set_spacing(m.gap)
        self.guide_row.set_spacing(m.gap, m.label * 7)
        self.guide.set_gap(m.gap)
        self.answers.set_spacing(m.gap, m.label * 10)
        for layout in self._card_layouts:
            layout.setSpacing(m.gap // 2)
        found = self._step()
        if found is not None:
            self._show_picture(found[1])
            # Again once the new sizes are polished in: the picture takes what is left.
            QTimer.singleShot(0, self._refit_picture)

    def _refit_picture(self) -> None:
        found = self._step()
        if found is not None:
            self._show_picture(found[1])
