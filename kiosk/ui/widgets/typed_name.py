"""What a name keyboard has typed: the name, Korean keys still composing, Chinese
letters not yet a character (:class:`kiosk.ui.widgets.text_keyboard.TextKeyboard`).

A mixin, so the keyboard module keeps to its keys and their places; it holds no
widget of its own.
"""

from __future__ import annotations

import logging

from kiosk.core.errors import ContentError
from kiosk.journeys import hangul
from kiosk.journeys.pinyin import PinyinTable, load_table

log = logging.getLogger(__name__)


class TypedName:
    """The text typed so far and the edits a key makes to it."""

    layout_locale: str
    max_length: int
    _committed: str  # text that is not (or no longer) composed here
    _jamo: list[str]  # Korean keys typed after it
    _pinyin: str  # Chinese letters not yet turned into a character
    _page: int  # the page of characters offered for them
    _table: PinyinTable | None
    _table_broken: bool

    def _show_candidates(self) -> None:
        raise NotImplementedError  # the keyboard shows them

    def _press(self, key: str) -> None:
        raise NotImplementedError  # the keyboard's keys

    def text(self) -> str:
        return self._committed + hangul.compose(self._jamo)

    def pinyin(self) -> str:
        """Chinese letters typed and not yet turned into a character."""
        return self._pinyin

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

    def _reset(self, text: str) -> None:
        self._pinyin, self._page = "", 0
        keys = hangul.keys_for(text) if self.layout_locale == "ko" else None
        self._committed, self._jamo = ("", keys) if keys is not None else (text, [])

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
