"""A large on-screen keyboard for typing a name, laid out for the customer's language.

* English: the letters in alphabetical order (people who never typed find a
  letter faster in the order they learnt it; docs/design/0008-name-keyboard.md),
  then space, hyphen and apostrophe. Capitals come by themselves.
* Korean: consonants in one block, vowels in another (side by side when the
  screen is wide, as on every Korean keyboard), in dictionary order; the
  double consonants and ㅐ ㅒ ㅔ ㅖ have their own keys, so there is no shift.
  Keys are composed into syllables as typed (:mod:`kiosk.journeys.hangul`).
* Chinese: pinyin letters (ü on its own key); up to five characters for the
  letters typed are offered on keys above them, with More to page on.
  Picking one adds it to the name and clears the letters.

Every layout ends with Delete and Clear. Letter keys have one size, never
smaller than a touch target nor narrower than their letter; a key with a word
(Delete, Space) spans the columns its word needs. The rows wrap to the width
available (:mod:`kiosk.ui.widgets.key_rows`). Where a page is short, the
screen's compactors make the keys their 100 % size, then DESIGN.md's least
target (:meth:`TextKeyboard.set_small_keys`, :meth:`TextKeyboard.set_least_keys`),
and last hold the page's name typed and Next among the keys (:meth:`TextKeyboard.hold`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.journeys.keys import type_name
from kiosk.journeys.pinyin import PinyinTable
from kiosk.look.theme import (
    BASE_METRICS,
    MIN_GAP_PX,
    MIN_PRIMARY_PX,
    MIN_TARGET_PX,
    Metrics,
    Palette,
    bar_metrics,
)
from kiosk.ui.widgets.geometry import ripple
from kiosk.ui.widgets.key_rows import PINYIN, SECTIONS, Cell, Items, arrange, layout_for, with_name
from kiosk.ui.widgets.label_button import LabelButton, line_width
from kiosk.ui.widgets.paged_area import KEEP_TOGETHER
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.typed_name import TypedName

CANDIDATES = 5  # characters offered at once
PINYIN_LENGTH = 6  # the longest syllable: zhuang
PICK = "pick"  # candidate keys are pick0 … pick4
# Keys that show words (from the catalogue) instead of the character they type.
WORD_KEYS = {
    "space": "keyboard.space",
    "more": "keyboard.more",
    "delete": "keypad.delete",
    "clear": "keypad.clear",
}
# Set on Next while it is among the keys: it keeps the height set here.
HELD = "held_in_keys"
# Keys that show a mark, and say its name to a screen reader.
MARK_NAMES = {"-": "keyboard.hyphen", "'": "keyboard.apostrophe", "·": "keyboard.middle_dot"}


class TextKeyboard(TypedName, QWidget):
    """Letters for a name in the customer's language, and the name they make.

    The text is kept here while typing (Korean as the jamo keys typed, so
    Delete takes back one key; Chinese with the pinyin letters not yet turned
    into a character) and sent out whole after every change.

    Signals:
        text_did_change(str): the name as it now reads.
    """

    text_did_change = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompactKeys")  # keys styled at the bar's rate (theme)
        # A page ends above or below the keyboard, never between its rows (200 %).
        self.setProperty(KEEP_TOGETHER, True)
        self.layout_locale = ""
        self.max_length = 30
        self._committed = ""  # text that is not (or no longer) composed here
        self._jamo: list[str] = []  # Korean keys typed after it
        self._pinyin = ""  # Chinese letters not yet turned into a character
        self._page = 0
        self._table: PinyinTable | None = None
        self._table_broken = False
        self._catalog: Catalog | None = None
        self._metrics: Metrics | None = None
        self._palette: Palette | None = None
        self._key_width = 0
        self._spans: dict[str, int] = {}  # keys with words wider than one column
        self._needs: dict[str, int] = {}  # the width each key with words needs
        self._line_needs: dict[str, int] = {}  # … for its words on one line
        self._target = 0  # keys' side when a compactor sets it (else the bar's target)
        self._small = self._least = False
        self.clear_aside = False  # Clear is shown by the page (beside Next), not here
        # That Clear: the page places it; it clears like the key it stands for.
        self.aside_clear = self._make_key("clear", None)
        self.aside_clear.hide()
        self._columns = 0
        # The page's name typed and Next, held among the keys (``hold``).
        self._held: dict[str, QWidget] = {}
        self._go_sheet = ""  # Next's own style before it was held
        self.keys: dict[str, LabelButton] = {}  # the current layout's keys by what they type
        self._layouts: dict[str, tuple[QWidget, QGridLayout, dict[str, QWidget]]] = {}
        self._root = QVBoxLayout(self)
        self._root.setContentsMargins(0, 0, 0, 0)
        self.pinyin_line: QLabel | None = None  # Chinese only: the letters typed
        self.pinyin_hint: QLabel | None = None  # … or how to start, or "no character"
        self.candidate_keys: list[LabelButton] = []
        self.more_key: LabelButton | None = None
        self.set_locale("en")

    # -- what was typed --------------------------------------------------------
    def set_locale(self, locale: str) -> None:
        """Show the keys of ``locale``'s layout; the name typed so far stays."""
        locale = layout_for(locale)
        if locale == self.layout_locale:
            return
        text = self.text()
        self.layout_locale = locale
        if locale not in self._layouts:
            self._build(locale)
        for name, (holder, _grid, _widgets) in self._layouts.items():
            holder.setVisible(name == locale)
        widgets = self._layouts[locale][2]
        self.keys = {k: w for k, w in widgets.items() if isinstance(w, LabelButton)}
        self.keys["clear"].setVisible(not self.clear_aside)
        self._reset(text)
        self._show_held()
        self._show_candidates()
        if self._catalog is not None:
            self.retranslate(self._catalog)
        self._style_keys()
        self.fit_words()

    # -- keys ------------------------------------------------------------------
    def _make_key(self, key: str, parent: QWidget | None) -> LabelButton:
        words = key in WORD_KEYS
        button = LabelButton(
            "key", kind="key", title_role="label" if words else "heading", parent=parent
        )
        button.setProperty("kiosk_key", key)
        button.clicked.connect(lambda _=False, k=key: self._press(k))
        return button

    def _build(self, locale: str) -> None:
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        widgets: dict[str, QWidget] = {}
        if locale == "zh_CN":
            self.pinyin_line = text_label("heading", holder)
            self.pinyin_line.setProperty("kiosk_kind", "input")
            self.pinyin_hint = text_label("body", holder)
            widgets["pinyin"], widgets["hint"] = self.pinyin_line, self.pinyin_hint
            self.candidate_keys = [self._make_key(f"{PICK}{i}", holder) for i in range(CANDIDATES)]
            widgets.update({f"{PICK}{i}": b for i, b in enumerate(self.candidate_keys)})
            self.more_key = widgets["more"] = self._make_key("more", holder)
        for section in SECTIONS[locale]:
            for block in section:
                for key in block.keys:
                    button = widgets[key] = self._make_key(key, holder)
                    button.set_words("ü" if (locale == "zh_CN" and key == "v") else key)
        self._root.addWidget(holder)
        self._layouts[locale] = (holder, grid, widgets)

    def key(self, typed: str) -> LabelButton:
        """The key that types ``typed`` (a letter, a jamo, ``delete`` …) in this layout."""
        return self.keys[typed]

    def candidate_key(self, character: str) -> LabelButton:
        """The shown key that picks ``character`` (Chinese)."""
        return next(b for b in self.candidate_keys if b.title.text() == character)

    def _press(self, key: str) -> None:
        before = self.text()
        if key == "clear":
            self._committed, self._jamo, self._pinyin, self._page = "", [], "", 0
        elif key == "delete":
            self._delete()
        elif key == "more":
            pages = max(1, -(-len(self.candidates()) // CANDIDATES))
            self._page = (self._page + 1) % pages
        elif key.startswith(PICK):
            self._pick(self.keys[key].title.text())
        elif self.layout_locale == "ko":
            self._type_korean(key)
        elif self.layout_locale == "zh_CN" and key in PINYIN:
            if len(self._pinyin) < PINYIN_LENGTH:
                self._pinyin, self._page = self._pinyin + key, 0
        else:
            word = " " if key == "space" else key
            self._committed = type_name(self.text(), word, self.max_length)
            self._jamo = []
        self._show_candidates()
        if self.text() != before:
            self.text_did_change.emit(self.text())

    def _show_candidates(self) -> None:
        if self.layout_locale != "zh_CN" or self.pinyin_line is None or self.pinyin_hint is None:
            return
        found = self.candidates()
        shown = found[self._page * CANDIDATES : (self._page + 1) * CANDIDATES]
        padded = [*shown, *[""] * (CANDIDATES - len(shown))]
        for button, character in zip(self.candidate_keys, padded, strict=True):
            button.setVisible(bool(character))
            button.set_words(character)
        if self.more_key is not None:
            self.more_key.setVisible(len(found) > CANDIDATES)
        letters = self._pinyin.replace("v", "ü")
        self.pinyin_line.setText(letters)
        self.pinyin_line.setVisible(bool(letters))
        hint = "" if found else ("keyboard.no_match" if letters else "keyboard.pinyin_hint")
        if letters and self._table_broken:  # not the customer's letters: the kiosk's table
            hint = "keyboard.no_table"
        if self._catalog is not None and hint:
            self.pinyin_hint.setText(self._catalog.text(hint))
        self.pinyin_hint.setVisible(bool(hint))
        self._place(force=True)

    # -- drawing ---------------------------------------------------------------
    def retranslate(self, catalog: Catalog) -> None:
        self._catalog = catalog
        for key, button in self.keys.items():
            if key in WORD_KEYS:
                button.set_words(catalog.text(WORD_KEYS[key]))
            elif key in MARK_NAMES:
                button.setAccessibleName(catalog.text(MARK_NAMES[key]))
        self.aside_clear.set_words(catalog.text(WORD_KEYS["clear"]))
        self._show_candidates()
        self.fit_words()

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        # Keys grow at the fixed bar's rate (a quarter of the words'): thirty keys
        # of one letter each are big already, and at 150 % a fully scaled keyboard
        # pushed the field and Next out of view on a 1080 px screen.
        m = bar_metrics(round(100 * m.body / BASE_METRICS.body))
        self._metrics, self._palette = m, palette
        self._style_keys()
        self.fit_words()

    def set_small_keys(self, on: bool) -> None:
        """Keys at their 100 % size whatever the text size (their letters still grow)."""
        self._small = on
        self._set_target()

    def set_least_keys(self, on: bool) -> None:
        """Keys at DESIGN.md's least touch target, for the shortest pages."""
        self._least = on
        self._set_target()

    def set_clear_aside(self, on: bool) -> None:
        """Clear leaves the keys (the page shows its own, beside Next): the
        English keys then fit in three rows instead of four."""
        if on == self.clear_aside:
            return
        self.clear_aside = on
        if "clear" in self.keys:
            self.keys["clear"].setVisible(not on)
        # Never a window of its own: it shows only where a page has placed it.
        self.aside_clear.setVisible(on and self.aside_clear.parentWidget() is not None)
        self._place(force=True)
        ripple(self)

    def hold(self, typed: QLabel | None, go: LabelButton | None) -> None:
        """The name typed (``typed``) at the start of the top row and Next (``go``)
        at the end of the last, among the keys; ``None`` for both lets them go.

        For the shortest pages (200 % on a laptop): the keys alone fill a page,
        and the customer must see there what was typed and how to go on. The
        keyboard's style makes the name as big as the letters on the keys.
        """
        held: dict[str, QWidget] = {"typed": typed, "go": go} if typed and go else {}
        if held == self._held:
            return
        for widget in self._held.values():
            self._layouts[self.layout_locale][1].removeWidget(widget)
        old = self._held.get("go")
        if old is not None:  # back to the page: the height its page gave it
            old.setProperty(HELD, False)
            old.setStyleSheet(self._go_sheet)
        if go is not None and held:  # DESIGN's least primary height, whatever the page's
            self._go_sheet = go.styleSheet()
            go.setProperty(HELD, True)
            go.setStyleSheet(f"QPushButton {{ min-height: {MIN_PRIMARY_PX}px; }}")
        self._held = held
        self._show_held()
        self._style_keys()
        self.fit_words()
        ripple(self)

    @property
    def holding(self) -> bool:
        """Whether the name typed and Next are among the keys."""
        return bool(self._held)

    def _show_held(self) -> None:
        holder = self._layouts[self.layout_locale][0]
        for widget in self._held.values():
            if widget.parentWidget() is not holder:
                widget.setParent(holder)  # hidden by Qt until shown again
            widget.show()
            widget.style().unpolish(widget)  # this keyboard's sizes, not the page's
            widget.style().polish(widget)

    @property
    def least(self) -> bool:
        """Whether the keys are at the least touch target (a short page)."""
        return self._least

    def _set_target(self) -> None:
        target = MIN_TARGET_PX if self._least else BASE_METRICS.target if self._small else 0
        if target == self._target:
            return
        self._target = target
        # The application's style sheet sizes the keys at the bar's rate; this
        # widget's own sheet wins over it (Qt prefers a widget's own rules).
        sides = f"min-height: {target}px; min-width: {target}px;"
        self.setStyleSheet(f"QPushButton {{ {sides} }}" if target else "")
        self._style_keys()
        self.fit_words()
        ripple(self)

    def _style_keys(self) -> None:
        m, palette = self._metrics, self._palette
        if m is None or palette is None:
            return
        _holder, grid, _widgets = self._layouts[self.layout_locale]
        # Holding the name and Next: DESIGN's least gap between keys (a page is short).
        grid.setSpacing(MIN_GAP_PX if self._held else max(MIN_GAP_PX, round(m.gap * 2 / 3)))
        # Holding the name and Next (the shortest pages), a key keeps a quarter of
        # the least air over and under its letter: four rows and Next fit a page.
        vpad = MIN_GAP_PX // 4 if self._held else None
        for button in [*self.keys.values(), self.aside_clear]:
            button.apply_metrics(self._pad(m), 0, 0, palette.text, vpad)

    def _pad(self, m: Metrics) -> int:
        # At the least size a key's word keeps half the usual air at its sides.
        return MIN_GAP_PX // 2 if self._least else m.pad // 2

    def fit_words(self) -> None:
        """One key size for all: a touch target, and never narrower than a key's word."""
        m = self._metrics
        if m is None:
            return
        for button in self.keys.values():
            button.title.ensurePolished()
        # A letter key is as narrow as a target allows; a key with a word
        # (Delete, 모두 지우기) spans as many columns as its widest word needs, so
        # one long word no longer makes thirty letter keys wide (fewer rows).
        # Words wrap only at spaces (모두 | 지우기): a short word is never split.
        pad = 2 * self._pad(m) + 8
        need = {k: _widest_word(b.title) + pad for k, b in self.keys.items()}
        letters = [n for k, n in need.items() if k not in WORD_KEYS]
        self._needs = {k: n for k, n in need.items() if k in WORD_KEYS}
        self._line_needs = {k: line_width(self.keys[k].title) + pad for k in self._needs}
        target = self._target or m.target
        self._key_width = width = max([target, *letters])
        for button in self.keys.values():
            button.setMinimumSize(width, target)
        self.aside_clear.setMinimumSize(max(width, self._line_needs.get("clear", 0)), target)
        self._place(force=True)

    def _gap(self) -> int:
        if self.layout_locale not in self._layouts:
            return 0
        return self._layouts[self.layout_locale][1].spacing()

    def span(self, key: str) -> int:
        """How many columns ``key`` takes (a key with a word may take two)."""
        return self._spans.get(key, 1)

    def columns_for(self, width: int) -> int:
        gap = self._gap()
        if self._key_width <= 0:
            return 1
        return max(1, (width + gap) // (self._key_width + gap))

    def _place(self, force: bool = False) -> None:
        if self._metrics is None:
            return
        columns = self.columns_for(self.width())
        if columns == self._columns and not force:
            return
        self._columns = columns
        holder, grid, widgets = self._layouts[self.layout_locale]
        cells, spacers, gaps = self._arrange(columns)
        widgets = {**widgets, **self._held}
        for widget in widgets.values():
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
            grid.setColumnMinimumWidth(column, 0)
        for row in range(grid.rowCount()):
            grid.setRowMinimumHeight(row, 0)
        for what, row, column, span in cells:
            grid.addWidget(widgets[what], row, column, 1, span)
        used = columns
        for column in range(used):
            gap = column in gaps
            grid.setColumnMinimumWidth(column, self._metrics.gap if gap else self._key_width)
            grid.setColumnStretch(column, 0 if gap else 1)
        # Air between blocks (consonants, vowels), but not at the least size: the
        # rows are few and a block still starts on a row of its own.
        for row in spacers if not self._least else []:
            grid.setRowMinimumHeight(row, self._metrics.gap // 2)
        # The holder's height is cached by the layout above it until told: a pager
        # measuring now (a compactor) would see the rows as they were.
        holder.updateGeometry()
        self.updateGeometry()

    def _arrange(self, columns: int) -> tuple[list[Cell], list[int], list[int]]:
        """Where each key goes; a key's words on one line where that costs no row,
        else as many columns as its widest word needs (it wraps between words)."""
        gap = self._gap()
        column = max(self._key_width, (self.width() - gap * (columns - 1)) // columns)
        header = self._header(columns)  # its words' spans as last placed
        best: tuple[list[Cell], list[int], list[int]] | None = None
        for needs in (self._line_needs, self._needs):
            self._spans = {k: -(-(n + gap) // (column + gap)) for k, n in needs.items()}
            sections = [
                [
                    ([(k, self.span(k)) for k in block.keys if self._placed(k)], block.tail)
                    for block in section
                ]
                for section in SECTIONS[self.layout_locale]
            ]
            found = self._arrange_held(header, sections, columns, column)
            if best is None or _rows(found[0]) < _rows(best[0]):
                best, spans = found, self._spans
        self._spans = spans
        assert best is not None
        return best

    def _arrange_held(
        self,
        header: Items,
        sections: Sequence[Sequence[tuple[Items, bool]]],
        columns: int,
        column: int,
    ) -> tuple[list[Cell], list[int], list[int]]:
        """The keys with the name typed and Next, if held: the name as wide as it
        needs where that costs no row, else narrower (it wraps), at least two keys."""
        typed, go = self._held.get("typed"), self._held.get("go")
        if not isinstance(typed, QLabel) or not isinstance(go, LabelButton):
            return arrange(header, sections, columns)
        gap, m = self._gap(), self._metrics
        pad = 2 * self._pad(m) + 8 if m is not None else 0
        go_span = max(2, -(-(line_width(go.title) + pad + gap) // (column + gap)))
        need = -(-(line_width(typed) + gap) // (column + gap))
        options = []
        for span in range(max(2, min(need, columns - go_span)), 1, -1):  # widest first
            header = self._header(columns, taken=span)
            lead, end = [("typed", span)], [("go", go_span)]
            options.append(arrange(*with_name(header, sections, lead, end), columns))
        return min(options, key=lambda found: _rows(found[0]))

    def _placed(self, key: str) -> bool:
        return not (self.clear_aside and key == "clear")

    def _header(self, columns: int, taken: int = 0) -> list[tuple[str, int]]:
        """The Chinese row above the letters: letters typed and characters, or a hint
        (beside what stands before it, ``taken`` columns, when three columns are left)."""
        if self.layout_locale != "zh_CN" or self.pinyin_hint is None or self.pinyin_line is None:
            return []
        items = [("pinyin", 2)] if not self.pinyin_line.isHidden() else []
        if not self.pinyin_hint.isHidden():
            used = taken + 2 * len(items)
            rest = columns - used
            return [*items, ("hint", rest if used and rest >= 3 else columns)]
        items += [(f"{PICK}{i}", 1) for i, b in enumerate(self.candidate_keys) if not b.isHidden()]
        if self.more_key is not None and not self.more_key.isHidden():
            items.append(("more", self.span("more")))
        return items

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    # The rows wrap to any width: never ask for more than one key's width.
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        gap, widest = self._gap(), max([1, *self._spans.values()])
        least = self._key_width * widest + gap * (widest - 1)
        return QSize(min(hint.width(), least or hint.width()), hint.height())


def _rows(cells: list[Cell]) -> int:
    return max((row for _, row, _, _ in cells), default=-1) + 1


def _widest_word(label: QLabel) -> int:
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
