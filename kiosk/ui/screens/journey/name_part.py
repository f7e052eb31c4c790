"""A name step: the name typed so far and Next, over the keyboard of the customer's language.

Where the page is short (a 1366×768 window, 150 % on 1920×1080) the step is
made shorter through the pager's compactors (:meth:`NamePart.attach`), least
harmful first, so the whole keyboard, the name and Next share one page:

1. ``small_keys``: the keys keep their 100 % size (labels still grow).
2. ``in_row``: the step's heading, what was typed and Next on one line
   ("What is your full name?  Mary O'Brien  [Next]"), the hint under the heading.
3. ``least_keys``: keys at DESIGN.md's least touch target (96 px).
4. ``no_hint``: the hint line goes (the heading still asks the question).
5. ``clear_aside``: in the row, Clear leaves the keys for a place under Next
   (the English keys then take three rows, not four).
6. ``hold_in_keys`` (last of all the step's, :meth:`NamePart.attach_last`):
   the name typed starts the keys' top row and Next ends their last (200 % on
   a laptop: the keys alone fill a page, and that page must show what was
   typed and the way on).

Nothing here looks at the window's size or the locale.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.journeys.model import FieldSpec
from kiosk.journeys.validators import Problem
from kiosk.look.theme import BASE_METRICS, MIN_GAP_PX, Metrics, Palette
from kiosk.ui.screens.journey.part import MakeButton
from kiosk.ui.screens.journey.words import StepWords
from kiosk.ui.widgets.geometry import ripple
from kiosk.ui.widgets.label_button import line_width
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.text_keyboard import TextKeyboard

WIDEST = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX: no limit


class NamePart(QWidget):
    """What was typed and Next side by side (stacked when narrow), then the
    keyboard across the whole width."""

    def __init__(self, button: MakeButton) -> None:
        super().__init__()
        self.keyboard = TextKeyboard()
        self.typed = text_label("heading")
        self.typed.setProperty("kiosk_kind", "input")
        self.problem = text_label("body")
        self.hint = text_label("body")  # the step's explanation, under what was typed
        self.box = QWidget()
        box_layout = QVBoxLayout(self.box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.typed, self.problem, self.hint):
            box_layout.addWidget(label)
        box_layout.addStretch(1)
        self.next = button("journey_submit", variant="primary")
        self.row = ResponsiveGrid(max_columns=2)
        self.row.set_items([self.box, self.next])
        # In a row (``in_row``): the heading and hint, what was typed, Next.
        self.line = QWidget()
        self.line.hide()
        self._line = QHBoxLayout(self.line)
        self._line.setContentsMargins(0, 0, 0, 0)
        self.lead = QWidget()
        self._lead = QVBoxLayout(self.lead)
        self._lead.setContentsMargins(0, 0, 0, 0)
        self._lead.addStretch(1)
        self._line.addWidget(self.lead, 1)
        # In the row, Next with Clear under it (``clear_aside``).
        self.ends = QWidget()
        self._actions = QVBoxLayout(self.ends)
        self._actions.setContentsMargins(0, 0, 0, 0)
        self._actions.addWidget(self.keyboard.aside_clear)
        self._actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.row)
        layout.addWidget(self.keyboard)
        self._layouts = (layout, box_layout, self._lead, self._line)
        self._box_layout = box_layout
        self.in_row = self.hint_dropped = self._clear_aside = False
        self._title: QLabel | None = None
        self._name, self._nothing = "", ""  # the name typed; the words when it is empty
        self._pager: PagedArea | None = None
        self._title_home: tuple[QBoxLayout, int] | None = None
        self._metrics: Metrics | None = None

    def attach(self, pager: PagedArea, title: QLabel) -> None:
        """Give ``pager`` this step's compactors (after the screen's own); ``title``
        is the step's heading, which joins the row when room is short."""
        self._title, self._pager = title, pager
        pager.compactors += [
            self.keyboard.set_small_keys,
            self.set_in_row,
            self.keyboard.set_least_keys,
            self.drop_hint,
            self.set_clear_aside,
        ]

    def attach_last(self, pager: PagedArea) -> None:
        """The last resort, after every other part's (the step's lower buttons too):
        the name typed and Next among the keys."""
        pager.compactors.append(self.hold_in_keys)

    def setVisible(self, visible: bool) -> None:
        if not visible:  # another step: the heading goes back where it was
            self.hold_in_keys(False)
            self.set_in_row(False)
        super().setVisible(visible)

    def set_in_row(self, on: bool) -> None:
        """The heading (and hint) left, what was typed, Next right, on one line; or back."""
        # A portrait page has height to spare, not width: it stays stacked.
        pager = self._pager
        landscape = pager is not None and pager.width() > pager.height()
        on = on and landscape and not self.isHidden() and self._title is not None
        if on == self.in_row:
            return
        self.hold_in_keys(False)  # the name and Next come back to the line first
        if not on:
            self.set_clear_aside(False)
        self.in_row = on
        title, hint = self._title, self.hint
        # Qt hides a widget given a new parent until the event loop shows it: each
        # keeps its state now, so the pager's next measurement sees what will show.
        shown = {w: not w.isHidden() for w in (self.box, self.next, hint, title) if w}
        for widget in (self.box, self.next, hint):
            _take(widget)
        if on and title is not None:
            parent = title.parentWidget()
            home = parent.layout() if parent is not None else None
            if isinstance(home, QBoxLayout):
                self._title_home = (home, home.indexOf(title))
                home.removeWidget(title)
            self._lead.insertWidget(0, title)
            self._lead.insertWidget(1, hint)
            self._line.addWidget(self.box, 0)
            self._actions.insertWidget(0, self.next)
            self._line.addWidget(self.ends, 0)
            self.row.set_items([])
        else:
            if self._title_home is not None and title is not None:
                _take(title)
                self._title_home[0].insertWidget(self._title_home[1], title)
                self._title_home = None
            self._box_layout.insertWidget(2, hint)
            self.row.set_items([self.box, self.next])
        for widget, visible in shown.items():
            widget.setVisible(visible)
        self.line.setVisible(on)
        self.row.setVisible(not on)
        self._fit_line()
        self._space()
        ripple(self.box)

    def _fit_line(self) -> None:
        """In the row, what was typed takes the width it needs on one line (at most
        two fifths), Next at least two keys wide; the heading takes the rest."""
        m = self._metrics
        if not self.in_row or m is None or self.keyboard.holding:
            self.box.setMinimumWidth(0)
            self.box.setMaximumWidth(WIDEST)
            self.next.setMinimumWidth(0)
            return
        self.typed.ensurePolished()
        need = line_width(self.typed)
        self.box.setFixedWidth(max(m.target, min(need, self.width() * 2 // 5)))
        self.next.setMinimumWidth(2 * BASE_METRICS.target)  # two keys wide, at any size

    def set_clear_aside(self, on: bool) -> None:
        """In the row only: Clear under Next instead of among the keys (last: the
        keys' block loses a key an 80-year-old may look for there)."""
        self._clear_aside = on
        # Held among the keys, Next is not in the row: Clear stays with the keys.
        self.keyboard.set_clear_aside(on and self.in_row and not self.keyboard.holding)
        ripple(self.ends)

    def hold_in_keys(self, on: bool) -> None:
        """Last: the name typed and Next among the keys (the keys' page shows them),
        Clear back among the keys; or back to the step's line."""
        on = on and not self.isHidden()
        # Held, the question's page has room again for the hint (it was dropped),
        # unless a problem stands there (it says what to do now).
        problem = not self.problem.isHidden()
        hint = bool(self.hint.text()) and (not self.hint_dropped or (on and not problem))
        if self.hint.isHidden() == hint:
            self.hint.setVisible(hint)
            ripple(self.hint)
        if on == self.keyboard.holding:
            return
        if on:
            self.keyboard.set_clear_aside(False)
            for widget in (self.typed, self.next):
                _take(widget)
            if self.in_row:  # under the question, which keeps the line's width
                _take(self.problem)
                self._lead.insertWidget(1, self.problem)
            else:
                self.row.set_items([self.box])
            self._show_typed(True)
            self.keyboard.hold(self.typed, self.next)
        else:
            self._show_typed(False)
            self.keyboard.hold(None, None)
            _take(self.problem)
            self._box_layout.insertWidget(0, self.problem)
            self._box_layout.insertWidget(0, self.typed)
            if self.in_row:
                self._actions.insertWidget(0, self.next)
            else:
                self.row.set_items([self.box, self.next])
            for widget in (self.typed, self.next):
                widget.show()  # a widget given a new parent is hidden till shown
                widget.style().unpolish(widget)  # the page's sizes again
                widget.style().polish(widget)
            self.set_clear_aside(self._clear_aside)
        self.problem.setVisible(problem)  # a new parent hides it till shown
        self._fit_line()
        ripple(self.box)

    def _show_typed(self, held: bool) -> None:
        # Held among the keys, an empty name reads "…" (as on the typing page):
        # "Nothing typed yet" would wrap to three lines in the name's cells.
        self.typed.setText(self._name or ("…" if held else self._nothing))

    def drop_hint(self, on: bool) -> None:
        """The hint line goes (last: it helps, but the keys must be in view)."""
        if on:
            self.hint.hide()
        elif self.hint_dropped:  # the screen shows a hint only when the step has one
            self.hint.setVisible(bool(self.hint.text()))
        self.hint_dropped = on
        ripple(self.hint)

    def show_name(
        self, words: StepWords, spec: FieldSpec, problem: Problem | None, locale: str
    ) -> None:
        """The name typed so far (it lives in the answers), any problem, the keyboard."""
        c = words.catalog
        typed = words.answers.typing.get(spec.name, "")
        self._name, self._nothing = typed, words.common("nothing_typed")
        self._show_typed(self.keyboard.holding)
        self.next.set_words(words.common("next"))
        self.problem.setVisible(problem is not None)
        if problem is not None:
            self.problem.setText(c.text(problem.key, **problem.values))
        # The layout follows the language; the name typed stays.
        self.keyboard.set_locale(locale)
        self.keyboard.set_max_length(spec.max_length)
        self.keyboard.retranslate(c)
        self.keyboard.set_text(typed)
        self._fit_line()

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self._metrics = m
        self.keyboard.apply_metrics(m, palette)
        self.row.set_spacing(m.gap, m.target * 4)
        self._space()

    def _space(self) -> None:
        """Air between the parts; in the row, DESIGN.md's least gap (the page is short)."""
        m = self._metrics
        if m is None:
            return
        gap = MIN_GAP_PX if self.in_row else m.gap
        for layout in self._layouts:
            layout.setSpacing(gap)
        self._line.setSpacing(m.gap)  # the heading, the name and Next stay apart
        self._actions.setSpacing(MIN_GAP_PX)
        self._lead.setSpacing(gap // 2)


def _take(widget: QWidget) -> None:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.removeWidget(widget)
