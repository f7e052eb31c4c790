"""How the calculator fits its window: the pager's compactors, least harmful first.

Each is switched on only where the page does not fit without it (the pager's
rule, never by window size): a short keypad, three narrow columns, a smaller
typed amount, then on a short, wide window at 150 % the keypad beside the words
and low terms, and last those words at the fixed bar's type size (ADR 0050).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWidgetItem

from kiosk.look.theme import BASE_METRICS, MIN_GAP_PX, MIN_TARGET_PX, Metrics, bar_metrics
from kiosk.ui.screens.product_explain import Card
from kiosk.ui.screens.product_page import ProductPage, fit_columns
from kiosk.ui.widgets.geometry import ripple, set_style_property
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.label_button import LabelButton, line_width
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid


class CalculatorFitting(ProductPage):
    """The calculator page's layout steps; :class:`ProductCalculatorScreen` builds the parts."""

    _metrics: Metrics | None
    title: QLabel
    product_name: QLabel
    question: QLabel
    typed: QLabel
    number: QLabel
    headline: QLabel
    _headline_box: QWidget
    outcome: object
    result: Card
    keypad: Keypad
    terms: ResponsiveGrid
    term_buttons: list[LabelButton]
    columns: ResponsiveGrid
    _column_layouts: list[QVBoxLayout]
    _column_widgets: list[QWidget]

    def _add_compactors(self) -> None:
        # Tight: the product's name (said on the page before) and the question over
        # the amount (the title asks it) give way to the choices, and the keys are
        # the least touch target (a short window: four rows beside the title).
        def compact(on: bool) -> None:
            self.product_name.setVisible(not on)
            self.question.setVisible(not on)
            self.keypad.set_short(on)
            self._fit_top()

        self.pager.compactors.append(compact)
        # Then three narrower columns, the answer beside the keypad: on a short, wide
        # window it would otherwise fall below the keypad, onto the next page.
        self._narrow = False
        self.pager.compactors.append(self._set_narrow)
        # Last: the typed amount at heading size (the title's), which on a short
        # window (1366×768) brings a second row of terms onto the first page.
        self._small_amount = False
        self.pager.compactors.append(self._set_small_amount)
        # Then, only where a term or key would still be below the first page (150 %
        # on a 1366×768 window): the keypad beside the words and terms, the terms
        # low; last, the words beside the keys at the fixed bar's type size.
        self._beside = False
        self.pager.compactors.append(self._set_beside)
        self._bar_words = False
        self.pager.compactors.append(self._set_bar_words)
        # Not a compactor but the pager's last resort all the same: where the answer's
        # card is still on the next page, its headline in view on the first.
        self._headline_at: tuple[int, QWidget] | None = None
        self.pager.compactors.append(self._set_headline)

    def _set_narrow(self, on: bool) -> None:
        """Three columns where two were: as little air as DESIGN.md allows between
        them and inside the answer card, so keypad, terms and answer share one page."""
        self._narrow = on
        self._fit_columns()
        self._fit_top()
        if on and not self.fits_one_page():
            # Still more than one page (long words, five terms): the wide columns
            # keep keypad and terms together on page 1, the answer under them.
            self._narrow = False
            self._fit_columns()
            self._fit_top()
        self.settle_layouts()

    def _set_small_amount(self, on: bool) -> None:
        """The typed amount at heading size, still the largest words beside the
        keys, and the words over the terms as close as DESIGN.md allows (16 px)."""
        if on != self._small_amount:  # a restyle or settled layout for nothing moves the grids
            self._small_amount = on
            self._fit_typed()
            self._fit_columns()

    def _set_beside(self, on: bool) -> None:
        """Two columns, the keypad right of the title, the amount and the terms (the
        answer under them), the terms low (8 px of air round their words, never
        under 96 px): only where a term or key is otherwise below the first page,
        and kept only where it (with the next step) brings them all onto it; at
        200 %, where pages are allowed, the page stays as it was."""
        self._put_bar_words(False)
        self._put_beside(False)
        if not (on and self._choices_off_page_one()):
            return
        self._put_beside(True)
        if self._choices_off_page_one():
            self._put_bar_words(True)  # measured only: the next compactor's to switch
            helps = not self._choices_off_page_one()
            self._put_bar_words(False)
            if not helps:
                self._put_beside(False)

    def _put_beside(self, on: bool) -> None:
        if on == self._beside:  # settling for nothing would move the grids
            return
        self._beside = on
        self.columns.max_columns = 2 if on else 3
        self._fit_terms_low()
        self._fit_columns()
        self._fit()
        self._settle_terms()

    def _set_bar_words(self, on: bool) -> None:
        """The title, the amount, the term question and the terms at the fixed bar's
        type size (the keys' size; still over DESIGN.md's least), only where a term
        or key would otherwise be below the first page."""
        self._put_bar_words(False)
        if on and self._beside and self._choices_off_page_one():
            self._put_bar_words(True)

    def _put_bar_words(self, on: bool) -> None:
        if on == self._bar_words:
            return
        self._bar_words = on
        words = self._column_widgets[0]
        name = "CompactWords" if on else ""
        if words.objectName() != name:
            words.setObjectName(name)
            for widget in [words, *words.findChildren(QWidget)]:
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self._fit_terms_low()  # the style sheet's least height replaced the fitted one
        self._fit_typed()
        self._fit()
        self._settle_terms()

    def _set_headline(self, on: bool) -> None:
        """The answer's one line on the first page, where its card is not: under the
        amount, else under the terms, else under the keys; the first place that
        keeps every term and key, and the whole line, on the first page."""
        self._put_headline(None)
        content = self.pager.content()
        if not on or content is None or self.outcome is None:
            return
        if not self._below_page_one([self.result]):
            return
        keys = (1, self.keypad)
        for place in ((0, self.typed), (0, self.terms), keys):
            self._put_headline(place)
            if self._headline_fits():
                return
        # Last: the keys fitted to the room the line leaves under them (never under
        # the least touch target, still four rows).
        self._bar_headline(True)  # at the keys' (the fixed bar's) type size
        top = self.keypad.mapTo(content, QPoint(0, 0)).y()
        line = self.headline.heightForWidth(self.keypad.width())
        gap = self._column_layouts[1].spacing()
        self.keypad.fit_room(self.first_page_room() - top - gap - line, narrow=True)
        self.keypad.refit()
        self._settle_terms()
        # Three rows of four keys widen the keypad: the words beside it would wrap.
        if self.keypad.rows != 4 or not self._headline_fits():
            self._put_headline(None)
        elif self.fits_one_page():  # the card too, now: the line would say it twice
            self._headline_at = None
            self._headline_box.hide()
            self.settle_layouts()

    def _headline_fits(self) -> bool:
        """Every term and key, and the whole headline, on the first page?"""
        return not self._choices_off_page_one() and not self._below_page_one([self.headline])

    def _put_headline(self, place: tuple[int, QWidget] | None) -> None:
        """Move the headline to just after ``place``'s widget in its column (None: hidden)."""
        if self.keypad.room is not None:  # fitted for the line under it (_set_headline)
            self._bar_headline(False)
            self.keypad.fit_room(None)
            self.keypad.refit()
        elif place == self._headline_at:
            return
        self._headline_at = place
        box = self._headline_box
        for layout in self._column_layouts:
            layout.removeWidget(box)
        if place is not None:
            layout = self._column_layouts[place[0]]
            layout.insertWidget(layout.indexOf(place[1]) + 1, box)
        box.setVisible(place is not None)
        self.headline.setVisible(place is not None)
        self._say_headline_in_place(place)
        self.settle_layouts()

    def _say_headline_in_place(self, place: tuple[int, QWidget] | None) -> None:
        """Said in reading order: after the typed amount where it is under it, else
        after the terms (under them, or under the keys beside the words column)."""
        entry = next(w for w in self._words if w.widget is self.headline)
        self._words.remove(entry)
        after = self.typed if place is None or place[1] is self.typed else self.term_buttons[-1]
        index = next(i for i, w in enumerate(self._words) if w.widget is after)
        self._words.insert(index + 1, entry)

    def _bar_headline(self, on: bool) -> None:
        """The headline at the fixed bar's type size (as the keys beside it) or its own."""
        box = self._headline_box
        name = "CompactWords" if on else ""
        if box.objectName() != name:
            box.setObjectName(name)
            for widget in (box, self.headline):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _bar(self) -> Metrics:
        """The fixed bar's sizes at this text size (the keys' and compact words')."""
        m = self._metrics or BASE_METRICS
        return bar_metrics(round(100 * m.body / BASE_METRICS.body))

    def _settle_terms(self) -> None:
        """The terms' columns for the width their column will have, then the layout.

        A grid takes its columns from the width it had (a hidden page's grid kept
        the one-column width): its five terms in a row then pushed the keypad
        past the window's edge.
        """
        inner, gap = self.columns.width(), self.columns.spacing()
        if self._beside:
            keys = self.keypad.minimumSizeHint().width()
            self.terms.fit_width(min(round((inner - gap) * 2 / 3), inner - gap - keys))
        else:  # back from beside: the first column's share of the usual columns
            count = self.columns.columns_for(inner)
            share = {1: 1.0, 2: 2 / 3}.get(count, 1 / 3)
            self.terms.fit_width(round((inner - gap * (count - 1)) * share))
        ripple(self.terms)
        self.settle_layouts()

    def _choices_off_page_one(self) -> bool:
        """Would a term or key end below the first page, as the pager cuts it?

        The page row is one line (its height for this width): its preferred size,
        which ProductPage.first_page_room also counts, is two lines in Korean.
        """
        return self._below_page_one([*self.term_buttons, *self.keypad.keys.values()])

    def _below_page_one(self, widgets: list[QWidget]) -> bool:
        """Would one of ``widgets`` (the shown ones) end below the first page?"""
        content = self.pager.content()
        if content is None or self.fits_one_page():  # one page: no page row either
            return False
        row = self.pager.bar.layout()
        height = self.pager.bar.sizeHint().height()
        if row is not None and row.hasHeightForWidth():
            height = row.totalHeightForWidth(self.pager.width())
        room = self.pager.height() - height
        shown = [w for w in widgets if not w.isHidden()]
        return any(w.mapTo(content, QPoint(0, 0)).y() + w.height() > room for w in shown)

    def _fit_terms_low(self) -> None:
        """Low terms beside the keys: 8 px of air around the words ("6 months" on
        one line in a third of the column), "Chosen" still under them, never under
        DESIGN.md's 96 px; elsewhere the usual padding and target."""
        m = self._metrics
        if m is None:
            return
        for button in self.term_buttons:
            air = MIN_GAP_PX // 2 if self._beside else m.pad
            button.set_padding(air, air)
            if self._beside:  # not the style sheet's least width (the scaled target)
                button.setMinimumWidth(MIN_TARGET_PX)
            elif button.minimumWidth() == MIN_TARGET_PX:
                button.style().unpolish(button)  # the style sheet's least width again
                button.style().polish(button)
            button.setMinimumHeight(MIN_TARGET_PX if self._beside else m.target)

    def _fit_typed(self) -> None:
        m = self._metrics
        role = "heading" if self._small_amount else "display"
        set_style_property(self.typed, "role", role)
        if m is not None:  # a little air under the amount, less when it is smaller
            if self._bar_words:
                m = self._bar()
            self.typed.setMinimumHeight(
                round(getattr(m, role) * (1.2 if self._small_amount else 1.4))
            )

    def _fit_columns(self) -> None:
        m = self._metrics
        if m is None:
            return
        narrow = self._narrow
        gap = max(MIN_GAP_PX, round(m.gap * 2 / 3)) if narrow else m.gap
        for layout in self._column_layouts:  # the typed field is a control: keep it apart
            layout.setSpacing(MIN_GAP_PX if self._small_amount else gap)
        # Narrow: each column as wide as the keypad's keys need (about ten words' width);
        # beside: two columns, the words and terms taking two thirds.
        width = round(m.body * (8 if self._beside else 10 if narrow else 14))
        self.columns.set_spacing(gap if narrow or self._beside else m.gap * 2, width)
        air = m.pad // 2 if narrow else m.pad
        self.result._layout.setContentsMargins(air, air, air, air)
        self.result._layout.setSpacing(m.pad // 8 if narrow else m.pad // 2)
        self._fit_number()

    def _fit_number(self) -> None:
        """The answer's number at heading size in a narrow column (still the largest
        words in the card); the typed amount keeps the display size. Beside the keys
        too: "about CN¥66,359.83" at display size widened the first column (the answer
        is under it) and pushed the keypad to the window's edge. And wherever its
        longest word at display size is wider than the card: at 200 % on a portrait
        screen it made the page wider than the window (its right edge cut off, and
        the pages worked out again on every loop turn)."""
        m = self._metrics
        if m is None:
            return
        small = self._narrow or self._beside or not self._number_fits(m)
        set_style_property(self.number, "role", "heading" if small else "display")

    def _answer_column_width(self, m: Metrics) -> int:
        """The width the answer's column gets: the grid's shares (two columns: 2 : 1),
        each other column at least as wide as its own widgets need."""
        grid = self.columns
        width = self.pager.scroll_area.viewport().width() - 2 * m.margin  # the page's
        count = grid.columns_for(width)
        shares = grid.stretches_for.get(count) or [1] * count
        free = width - (count - 1) * grid.spacing()
        mine = 2 % count  # the answer's column: the third widget, under the first when two
        others = 0
        for column in range(count):
            if column != mine:
                items = self._column_widgets[column::count]
                least = max(QWidgetItem(w).minimumSize().width() for w in items)
                others += max(least, free * shares[column] // sum(shares))
        return free - others

    def _number_fits(self, m: Metrics) -> bool:
        """Would the number's longest word at display size fit inside its card?"""
        words = self.number.text().split()
        if not words:
            return True
        card = self._answer_column_width(m)
        inside = self.result._layout.contentsMargins()
        room = card - inside.left() - inside.right() - 2 * self.result.frameWidth()
        font = QFont(self.number.font())
        font.setPixelSize(m.display)
        font.setBold(True)
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(word) for word in words) <= room

    def _fit_top(self) -> None:
        """Compacted: a third of the gap above the columns (the keypad's fourth row
        in the high-contrast theme's thicker frames on a 1366×768 window)."""
        m = self._metrics
        if m is not None:
            top = m.gap // 3 if self.keypad.short else m.gap
            # Narrow columns: as little air below as above (the fixed bar frames it).
            bottom = top if self._narrow else m.gap
            self.layout_.setContentsMargins(m.margin, top, m.margin, bottom)

    def _fit(self) -> None:
        """Term buttons and keypad keys at least as wide as their longest word."""
        m = self._metrics
        if m is None:
            return
        # Term buttons sit as close as the keys (16 px at 100 %), narrow up to
        # 150 %: more of them on one row. At 200 % (pages allowed) the wide ones
        # of before: a narrow floor there flipped the row count between being
        # measured and laid out, and the rows overlapped.
        gap = max(MIN_GAP_PX, round(m.gap * 2 / 3))
        floor = m.label * (5 if m.label >= 2 * BASE_METRICS.label else 3)
        if self._beside:  # low terms (_fit_terms_low), as close as DESIGN.md allows
            words = self._bar() if self._bar_words else m
            m, gap = replace(words, pad=MIN_GAP_PX // 2), MIN_GAP_PX
            # Each term on one line ("10 years", not "10" over "years"): one row more
            # where need be, still lower than a wrapped row.
            shown = [b.title for b in self.term_buttons if not b.isHidden()]
            for title in shown:
                title.ensurePolished()
            floor = max([m.label * 3, *(line_width(t) + 2 * m.pad + 8 for t in shown)])
        fit_columns(self.terms, self.term_buttons, m, floor, gap=gap, hints=True)
        self.keypad.fit_words()
