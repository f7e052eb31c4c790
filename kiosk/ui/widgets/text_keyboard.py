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

Every layout ends with Delete and Clear. All keys have one size, never
smaller than a touch target nor narrower than their longest word, and the
rows wrap to the width available.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.catalog import Catalog
from kiosk.core.errors import ContentError
from kiosk.journeys import hangul
from kiosk.journeys.keys import type_name
from kiosk.journeys.pinyin import PinyinTable, load_table
from kiosk.look.theme import BASE_METRICS, Metrics, Palette, bar_metrics
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.text import text_label

log = logging.getLogger(__name__)

CANDIDATES = 5  # characters offered at once
LATIN = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
PINYIN = tuple("abcdefghijklmnopqrstuvwxyz")
PINYIN_LENGTH = 6  # the longest syllable: zhuang
PICK = "pick"  # candidate keys are pick0 … pick4
# Keys that show words (from the catalogue) instead of the character they type.
WORD_KEYS = {
    "space": "keyboard.space",
    "more": "keyboard.more",
    "delete": "keypad.delete",
    "clear": "keypad.clear",
}
# Keys that show a mark, and say its name to a screen reader.
MARK_NAMES = {"-": "keyboard.hyphen", "'": "keyboard.apostrophe", "·": "keyboard.middle_dot"}


@dataclass(frozen=True)
class Block:
    """Keys that start on a new row (``tail``: or finish the row above, at its end)."""

    keys: tuple[str, ...]
    tail: bool = False


# Each layout: sections, placed side by side when that saves rows, else stacked.
SECTIONS: dict[str, tuple[tuple[Block, ...], ...]] = {
    "en": ((Block(LATIN), Block(("space", "-", "'", "delete", "clear"), tail=True)),),
    "ko": (
        (Block(tuple(hangul.CONSONANT_KEYS)),),
        (Block(tuple(hangul.VOWEL_KEYS)), Block(("space", "delete", "clear"), tail=True)),
    ),
    "zh_CN": ((Block(PINYIN), Block(("·", "delete", "clear"), tail=True)),),
}

Cell = tuple[str, int, int, int]  # what, row, column, span
Items = Sequence[tuple[str, int]]  # what, span


def layout_for(locale: str) -> str:
    return locale if locale in SECTIONS else "en"


def flow(blocks: Sequence[tuple[Items, bool]], columns: int) -> tuple[list[Cell], int, list[int]]:
    """Blocks of keys in rows of ``columns``: (cells, rows used, spacer rows between blocks).

    A ``tail`` block (Delete, Clear) ends at the right edge, as on a phone: in
    the last row when it fits there, else on a row of its own.
    """
    cells: list[Cell] = []
    spacers: list[int] = []
    row, used = -1, columns
    for items, tail in blocks:
        if not items:
            continue
        width = sum(min(span, columns) for _, span in items)
        if tail and width <= columns:
            if row < 0 or used + width > columns:
                row += 1
            column = columns - width
            for what, span in items:
                cells.append((what, row, column, span))
                column += span
            used = columns
            continue
        if row >= 0:
            row += 1
            spacers.append(row)
        row, column = row + 1, 0
        for what, span in items:
            span = min(span, columns)
            if column + span > columns:
                row, column = row + 1, 0
            cells.append((what, row, column, span))
            column += span
        used = column
    return cells, row + 1, spacers


def arrange(
    header: Items, sections: Sequence[Sequence[tuple[Items, bool]]], columns: int
) -> tuple[list[Cell], list[int], list[int]]:
    """Where every key goes: (cells, spacer rows, gap columns).

    ``header`` (the Chinese characters offered) spans the top; the sections go
    side by side when that takes fewer rows (each at least three keys wide),
    else one under another.
    """
    head, top, spacers = flow([(header, False)], columns) if header else ([], 0, [])
    if top:
        spacers = [top]
        top += 1
    stacked: list[Cell] = []
    stacked_spacers: list[int] = []
    row = top
    for index, section in enumerate(sections):
        if index:
            stacked_spacers.append(row)
            row += 1
        cells, rows, inner = flow(section, columns)
        stacked += [(w, r + row, c, s) for w, r, c, s in cells]
        stacked_spacers += [r + row for r in inner]
        row += rows
    # (rows, cells, spacer rows, gap columns) of the fewest-rows arrangement.
    best: tuple[int, list[Cell], list[int], list[int]] = (row, stacked, stacked_spacers, [])
    if len(sections) == 2:
        for left in range(3, columns - 3):
            right = columns - 1 - left
            a, rows_a, inner_a = flow(sections[0], left)
            b, rows_b, inner_b = flow(sections[1], right)
            rows = top + max(rows_a, rows_b)
            if rows < best[0]:
                cells = [(w, r + top, c, s) for w, r, c, s in a]
                cells += [(w, r + top, c + left + 1, s) for w, r, c, s in b]
                inner = sorted({r + top for r in inner_a + inner_b})
                best = (rows, cells, inner, [left])
    return head + best[1], spacers + best[2], best[3]


class TextKeyboard(QWidget):
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
        self._columns = 0
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
    def text(self) -> str:
        return self._committed + hangul.compose(self._jamo)

    def pinyin(self) -> str:
        """Chinese letters typed and not yet turned into a character."""
        return self._pinyin

    def candidates(self) -> list[str]:
        """Every character offered for the pinyin typed (all pages)."""
        if not self._pinyin or self.layout_locale != "zh_CN":
            return []
        table = self.table()
        return table.candidates(self._pinyin) if table is not None else []

    def table(self) -> PinyinTable | None:
        """The pinyin table, read on first use; None (logged once) when it is broken."""
        if self._table is None and not self._table_broken:
            try:
                self._table = load_table()
            except ContentError:
                # The customer sees "no character" and can call staff; a technician
                # sees the file and line in the log.
                log.exception("Chinese name typing has no characters")
                self._table_broken = True
        return self._table

    def set_text(self, text: str) -> None:
        """Start from ``text`` (typed earlier, or in another language); no signal.

        The same text as now keeps what is half-typed (pinyin letters, jamo keys).
        """
        if text != self.text():
            self.restart(text)

    def restart(self, text: str = "") -> None:
        """Start afresh from ``text``: no pinyin pending, no signal."""
        self._reset(text)
        self._show_candidates()

    def clear(self) -> None:
        self._press("clear")

    def set_max_length(self, most: int) -> None:
        self.max_length = most

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
        self._reset(text)
        self._show_candidates()
        if self._catalog is not None:
            self.retranslate(self._catalog)
        self._style_keys()
        self.fit_words()

    def _reset(self, text: str) -> None:
        self._pinyin, self._page = "", 0
        keys = hangul.keys_for(text) if self.layout_locale == "ko" else None
        self._committed, self._jamo = ("", keys) if keys is not None else (text, [])

    # -- keys ------------------------------------------------------------------
    def _make_key(self, key: str, parent: QWidget) -> LabelButton:
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

    def _delete(self) -> None:
        if self._pinyin:
            self._pinyin, self._page = self._pinyin[:-1], 0
        elif self._jamo:
            self._jamo = hangul.delete_last(self._jamo)
        elif self.layout_locale == "ko" and self._committed:
            # A name from before: take its last syllable apart, and back one key.
            last = hangul.decompose(self._committed[-1])
            self._committed = self._committed[:-1]
            self._jamo = hangul.delete_last(last)
        else:
            self._committed = self._committed[:-1]

    def _type_korean(self, key: str) -> None:
        typed = " " if key == "space" else key
        if typed == " " and (not self.text() or self.text().endswith(" ")):
            return
        jamo = [*self._jamo, typed]
        if len(self._committed + hangul.compose(jamo)) <= self.max_length:
            self._jamo = jamo

    def _pick(self, character: str) -> None:
        if character and len(self.text()) < self.max_length:
            self._committed = self.text() + character
            self._jamo = []
        self._pinyin, self._page = "", 0

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

    def _style_keys(self) -> None:
        m, palette = self._metrics, self._palette
        if m is None or palette is None:
            return
        _holder, grid, _widgets = self._layouts[self.layout_locale]
        grid.setSpacing(max(16, round(m.gap * 2 / 3)))
        for button in self.keys.values():
            button.apply_metrics(m.pad // 2, 0, 0, palette.text)

    def fit_words(self) -> None:
        """One key size for all: a touch target, and never narrower than a key's word."""
        m = self._metrics
        if m is None:
            return
        keys = list(self.keys.values())
        for button in keys:
            button.title.ensurePolished()
        # Words wrap only at spaces (모두 | 지우기): a short word on a key is never split.
        word = max((_widest_word(b.title) for b in keys), default=0)
        self._key_width = width = max(m.target, word + m.pad + 8)
        for button in keys:
            button.setMinimumSize(width, m.target)
        self._place(force=True)

    def columns_for(self, width: int) -> int:
        gap = (
            self._layouts[self.layout_locale][1].spacing()
            if self.layout_locale in self._layouts
            else 0
        )
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
        _holder, grid, widgets = self._layouts[self.layout_locale]
        for widget in widgets.values():
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
            grid.setColumnMinimumWidth(column, 0)
        for row in range(grid.rowCount()):
            grid.setRowMinimumHeight(row, 0)
        header = self._header(columns)
        sections = [
            [([(k, 1) for k in block.keys], block.tail) for block in section]
            for section in SECTIONS[self.layout_locale]
        ]
        cells, spacers, gaps = arrange(header, sections, columns)
        for what, row, column, span in cells:
            grid.addWidget(widgets[what], row, column, 1, span)
        used = columns
        for column in range(used):
            gap = column in gaps
            grid.setColumnMinimumWidth(column, self._metrics.gap if gap else self._key_width)
            grid.setColumnStretch(column, 0 if gap else 1)
        for row in spacers:
            grid.setRowMinimumHeight(row, self._metrics.gap // 2)
        self.updateGeometry()

    def _header(self, columns: int) -> list[tuple[str, int]]:
        """The Chinese row above the letters: letters typed and characters, or a hint."""
        if self.layout_locale != "zh_CN" or self.pinyin_hint is None or self.pinyin_line is None:
            return []
        items = [("pinyin", 2)] if not self.pinyin_line.isHidden() else []
        if not self.pinyin_hint.isHidden():
            return [*items, ("hint", columns - 2 if items and columns > 4 else columns)]
        items += [(f"{PICK}{i}", 1) for i, b in enumerate(self.candidate_keys) if not b.isHidden()]
        if self.more_key is not None and not self.more_key.isHidden():
            items.append(("more", 1))
        return items

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    # The rows wrap to any width: never ask for more than one key's width.
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._key_width or hint.width()), hint.height())


def _widest_word(label: QLabel) -> int:
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
