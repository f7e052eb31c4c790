"""How a journey step is made shorter when its page does not fit.

The pager tries a screen's compactors (``PagedArea.compactors``) only when the
content is taller than the page, least harmful first (the pager may turn them
on one at a time, in this order):

1. ``tighten``: thin edges and the least gap DESIGN.md allows between controls,
   buttons with less air around their words, primary actions less tall.
2. ``side_by_side``: words left, controls right (a field's words and what was
   typed left, its keypad right, the keys fitted to the page's height; with
   long words, Next under the keys); a choice of more than three options stays
   under its words, in three columns, and so do a review's answers (each with
   its Change under it).
3. ``drop_icon``: the step's icon goes (decoration); a guide's picture stays.
4. ``lower`` (last of all, after a result page's own steps): buttons (not
   primary actions, not keys) only as tall as their words need, down to the
   fixed bar's target size (the style's ``tight``). Last, so a page that fits
   without it keeps the buttons it has always had.

Nothing here looks at the window's size: a 1366×768 laptop window at 150 %
gets these because its page does not fit, a 1920×1080 one keeps its layout.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.journeys.model import Effect, InputKind, Step, StepKind
from kiosk.look.theme import MIN_GAP_PX, MIN_PRIMARY_PX, Metrics, Palette, ink
from kiosk.ui.screens.guide_layout import height_at
from kiosk.ui.screens.journey.choice_part import ChoicePart
from kiosk.ui.screens.journey.columns import StepColumns
from kiosk.ui.screens.journey.field_part import FieldPart
from kiosk.ui.screens.journey.picture import StepPicture
from kiosk.ui.screens.journey.question_part import QuestionPart
from kiosk.ui.screens.journey.review_part import ReviewPart
from kiosk.ui.screens.journey.ways_on import WaysOn
from kiosk.ui.widgets.geometry import set_style_property
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.paged_area import PagedArea
from kiosk.ui.widgets.text_keyboard import HELD

# A choice of more options than this stays under its words (the right column
# would hold them one under another); it spreads over three columns instead.
BESIDE_OPTIONS = 3
# Words' and controls' parts of the width: a keypad takes the width its keys'
# words need (no share: its own width), the words the rest.
SHARES = {"field": (1, 0), "other": (50, 50)}


def _own_layout(step: Step) -> bool:
    """Whether the step is laid out here: not a guide (GuideLayout places it), nor a
    result or a numbered step (ResultPart places those)."""
    from kiosk.ui.widgets.guide_pictures import is_guide

    numbered = step.effect in (Effect.TICKET, Effect.FORM_DRAFT) or step.shows_number
    return not (is_guide(step.picture) or step.kind == StepKind.RESULT or numbered)


class FittedScreen(Protocol):
    """What :class:`StepFitting` uses of the journey screen."""

    screen_id: str
    pager: PagedArea
    layout_: QVBoxLayout
    pictured: StepPicture
    picture: QLabel
    title: QLabel
    warning: QLabel
    body: QLabel
    note: QLabel
    tip: QLabel
    field: FieldPart
    choice: ChoicePart
    question: QuestionPart
    review: ReviewPart
    ways: WaysOn

    def current_step(self) -> tuple[str, Step] | None: ...
    def fit_spacing(self) -> None: ...
    def sizes(self) -> tuple[Metrics | None, Palette | None]: ...
    def own_buttons(self) -> list[LabelButton]: ...
    def content_width_now(self) -> int: ...
    def refit_picture(self) -> None: ...


class StepFitting:
    """The journey screen's compactors (see the module's words).

    Args:
        screen: The screen whose widgets are moved and resized.
    """

    def __init__(self, screen: FittedScreen) -> None:
        self.screen = screen
        self.columns = StepColumns(screen.layout_)
        self.tight = False
        self.low = False  # buttons as tall as their words (lower)
        # The buttons ``lower`` made tight: it undoes only those (a result page's
        # own compactor makes its Finish tight, which is not lower's to undo).
        self._lowered: set[QWidget] = set()
        self.beside = False
        # The step (screen id), choice and page height the widgets are placed for.
        self._placed_for: tuple[str, bool, int] | None = None
        self._emptied = False  # the field part was hidden when its parts moved out
        self.icons_dropped = False
        self._stale = False  # a new step, not yet measured by the pager

    def register(self) -> None:
        """Give the pager the compactors, least harmful first."""
        self.screen.pager.compactors += [self.tighten, self.side_by_side, self.drop_icon]
        # A step measured before its layout settled (a grid not yet in its columns)
        # is checked again when its full height turns out not to fit after all.
        self.screen.pager.recheck_compact = True

    def register_last(self) -> None:
        """Give the pager the last resort (after every other part's compactors)."""
        self.screen.pager.compactors.append(self.lower)

    # -- the compactors ----------------------------------------------------------
    def tighten(self, on: bool) -> None:
        """Thin edges and gaps; buttons with half their air above and below."""
        s = self.screen
        self.tight = on
        s.pictured.tight = on
        s.fit_spacing()
        self._style_buttons()
        s.refit_picture()

    def _style_buttons(self) -> None:
        """The buttons' air and heights for the compactors on now (tighten, lower)."""
        m, palette = self.screen.sizes()
        if m is None or palette is None:
            return
        on = self.tight
        pad = max(MIN_GAP_PX // 2, m.pad // 2) if on else m.pad
        found = self.screen.current_step()
        # Lowered, a button keeps the least air over and under its words (a guide's
        # and a result's own layouts are left as they are: they place their buttons).
        low = self.low and found is not None and _own_layout(found[1])
        low_pad = MIN_GAP_PX // 2 if low else pad
        # A primary action two thirds as tall: still well over DESIGN.md's 120 px.
        primary = max(MIN_PRIMARY_PX, m.primary_target * 2 // 3) if on else m.primary_target
        for button in self.screen.own_buttons():
            variant = str(button.property("variant") or "")
            vpad = pad if variant == "primary" else low_pad
            button.apply_metrics(pad, m.pad // 2, m.label + m.pad, ink(palette, variant), vpad)
            if variant == "primary":  # over the theme's min-height, for this button only
                sheet = f"QPushButton {{ min-height: {primary}px; }}" if on else ""
                if not button.property(HELD):  # among a keyboard's keys: it sets its own
                    button.setStyleSheet(sheet)
                continue  # its own minimum, well over DESIGN.md's 120 px
            if low and not button.property("tight"):
                self._lowered.add(button)
                set_style_property(button, "tight", True)
            elif not low and button in self._lowered:
                self._lowered.discard(button)
                set_style_property(button, "tight", False)

    def lower(self, on: bool) -> None:
        """Buttons only as tall as their words, with the least air over and under
        them (never under the bar's target size, 104 px at 150 %): a one-line
        Change needs that, not the usual 156 px; a wrapped option 16 px less."""
        self.low = on
        self._style_buttons()
        self.screen.refit_picture()

    def side_by_side(self, on: bool) -> None:
        """Words left and controls right (or a long choice in three columns)."""
        self.beside = on
        if not on:
            self._stale = False
        self.arrange()

    def drop_icon(self, on: bool) -> None:
        """No icon over the words (a guide's picture is the step: it stays), nor
        on the options of a choice in three columns (their words need the width)."""
        self.screen.pictured.without_icon = on
        self.icons_dropped = on
        self.screen.choice.set_plain(on and self.screen.choice.wide)
        self.screen.refit_picture()

    # -- placing -------------------------------------------------------------
    def leave_other_steps(self, screen_id: str) -> None:
        """Put back what another step placed, before this one draws itself
        (its picture may take the same widgets into its own columns)."""
        if self._placed_for is not None and self._placed_for[0] != screen_id:
            self._undo()
            # The pager decides afresh for this step (its words differ); until
            # then the last step's choice is not carried over.
            self._stale = True

    def release(self) -> bool:
        """Every widget back in its part before a restyle (a part's grid places its
        items again, and would take the keys out of the columns); whether any moved."""
        placed = self._placed_for is not None
        self._undo()
        return placed

    def _undo(self) -> None:
        self._placed_for = None
        self.columns.restore()
        if self._emptied:  # the field's parts are back in it
            self._emptied = False
            self.screen.field.show()
        self.screen.field.keypad.fit_room(None)
        self.screen.choice.set_wide(False)
        self.screen.choice.set_plain(False)
        self.screen.review.set_wide(False)

    def arrange(self) -> None:
        """Place the step shown as ``beside`` asks, unless it already is."""
        s = self.screen
        if not self.beside:
            self._fit_grids()
        plan = (s.screen_id, self.beside, s.pager.height())
        if plan == self._placed_for:
            if self._emptied:  # the step's words were drawn again: it was shown
                s.field.hide()
            return
        self._undo()
        self._placed_for = plan
        found = s.current_step()
        if not self.beside or self._stale or found is None:
            return
        step = found[1]
        spec = step.field if step.kind == StepKind.FIELD else None
        if not _own_layout(step):
            return  # a guide has its own columns (GuideLayout); results their own order
        if s.pager.width() <= s.pager.height():
            return  # a portrait page has height to spare, not width: it stays stacked
        if spec is not None:
            if spec.input != InputKind.NAME:
                self._place_field()
            return
        if step.kind == StepKind.CHOICE and len(step.options) > BESIDE_OPTIONS:
            s.choice.set_wide(True)
            s.choice.set_plain(self.icons_dropped)
            return
        if step.kind == StepKind.REVIEW:
            # Beside the heading, the answers would stand one under another; under
            # it, three to a row, each Change under its answer.
            s.review.set_wide(True)
            return
        words = [s.picture, s.title, s.warning, s.body, s.note]
        controls = [s.choice, s.question, s.review, s.ways.offer_row, s.ways.primary, s.tip]
        self.columns.place(words, controls, SHARES["other"])

    def _fit_grids(self) -> None:
        """Each grid in the columns the page's width gives it now: the pager measures
        next, and a grid not yet resized would count its one-column height."""
        s = self.screen
        margins = s.layout_.contentsMargins()
        width = s.content_width_now() - margins.left() - margins.right()
        for grid in (s.field, s.choice, s.question, s.review):
            grid.fit_width(width)

    def _place_field(self) -> None:
        """The heading and what was typed left; the keypad right, fitted to the page.

        Two ways, the first that fits: Next and the step's words under what was
        typed, or (long words) Next under the keys, so the words get the left
        column's whole height. Only where it all fits one page: paged (200 % on a
        laptop), columns would leave no place for a page to end between the keys
        and the words; stacked, a page ends under a row of keys.
        """
        s, f = self.screen, self.screen.field
        heading: list[QWidget] = [s.picture, s.title, s.warning]
        margins = s.layout_.contentsMargins()
        whole = s.pager.height() - margins.top() - margins.bottom()
        keypad = f.keypad
        keypad.fit_room(whole)  # the keys' sizes first: they decide the words' width
        if whole >= keypad.least_room() and self._beside([*heading, f.typed_column], [keypad]):
            return
        below = f.next.sizeHint().height() + self.columns.gap()
        if whole - below >= keypad.least_room():
            keypad.fit_room(whole - below, narrow=True)
            words = [*heading, f.label, f.typed, f.problem, f.hint]
            if self._beside(words, [keypad, f.next]):
                return
        # Stacked and paged: keys taller than a page are fitted to one, where they can be.
        keypad.fit_room(None)
        page = whole - self._page_row()
        if keypad.sizeHint().height() > page >= keypad.least_room():
            keypad.fit_room(page)

    def _beside(self, words: list[QWidget], controls: list[QWidget]) -> bool:
        """``words`` left and ``controls`` right, if both columns fit the page."""
        s = self.screen
        margins = s.layout_.contentsMargins()
        whole = s.pager.height() - margins.top() - margins.bottom()
        if self._left_height(words) > whole:
            return False
        self.columns.place(words, controls, SHARES["field"])
        if s.field.next in controls:  # Next's room under the keys: the keys as fitted
            s.field.keypad.refit()
            self.columns.invalidate()
        # Emptied, it would still take a gap in the page's flow.
        self._emptied = not s.field.isHidden()
        s.field.hide()
        width = s.content_width_now() - margins.left() - margins.right()
        if height_at(self.columns.area, width) > whole:  # keys' words wrapped after all
            self._undo()
            self._placed_for = (s.screen_id, self.beside, s.pager.height())
            return False
        return True

    def _page_row(self) -> int:
        """How tall the page buttons' row stands (as the pager measures it)."""
        pager = self.screen.pager
        row = pager.bar.sizeHint().height()
        layout = pager.bar.layout()
        if layout is not None and layout.hasHeightForWidth():
            row = max(row, layout.totalHeightForWidth(pager.width()))
        return row

    def _left_height(self, words: list[QWidget]) -> int:
        """How tall ``words`` stand in the left column."""
        s = self.screen
        margins = s.layout_.contentsMargins()
        width = s.content_width_now() - margins.left() - margins.right()
        keys = self.screen.field.keypad.sizeHint().width()
        left = width - 2 * self.columns.gap() - keys
        shown = [w for w in words if not w.isHidden()]
        return sum(height_at(w, left) for w in shown) + self.columns.gap() * (len(shown) - 1)
