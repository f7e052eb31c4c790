"""The lobby display: the number being called, huge, for the TV above the counters.

Read from a chair several metres away: the number ≥ 160 px at 1920×1080 and
nothing under 48 px; the kiosk's theme colours (every pair ≥ 7:1) and fonts.
A new call flashes for a few seconds, for customers who cannot hear it, and
is announced through :attr:`LobbyWindow.call_did_appear`. Words take turns
through the branch's languages; a customer's name is never shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.look.theme import PALETTES, font_families
from kiosk.queue.counters import (
    RECENT_CALLS,
    Call,
    CallRecord,
    Counter,
    LobbyState,
    describe_call,
    new_calls,
)
from kiosk.queue.models import SERIES

MIN_PX = 48  # DESIGN.md: nothing on the lobby display under 48 px
MIN_NUMBER_PX = 160  # the called number at 1920×1080
FLASH_TOGGLE_MS = 500


@dataclass(frozen=True)
class LobbySizes:
    """Pixel sizes for one screen; they follow the screen, never under the minimums."""

    number: int
    counter: int
    heading: int
    text: int
    margin: int
    compact: bool = False  # a short screen: the other languages' counter names are left out

    @classmethod
    def for_screen(cls, width: int, height: int) -> LobbySizes:
        scale = min(width / 1920, height / 1080)
        return cls(
            number=max(MIN_NUMBER_PX, round(230 * scale)),
            counter=max(64, round(104 * scale)),
            heading=max(56, round(68 * scale)),
            text=max(MIN_PX, round(56 * scale)),
            margin=max(16, round(32 * scale)),
            compact=height < 900,
        )


def _label(name: str, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class LobbyWindow(QWidget):
    """Now calling, the last calls, people waiting per service, and the time.

    Args:
        catalogs: Every locale's words (counter names, directions, labels).
        languages: The branch's languages, main language first (``lobby.languages``).
        theme: ``standard`` or ``high_contrast``.
        flash_seconds: How long a new call flashes (3–5).
        language_seconds: How long each language is shown before the next; 0 keeps one.
        now: The clock shown in the corner (tests pin it).

    Signals:
        call_did_appear(object): a new call or recall (:class:`kiosk.queue.counters.Call`),
            for the announcer; the board shown at start-up is not announced again.
    """

    call_did_appear = Signal(object)

    def __init__(
        self,
        catalogs: Mapping[str, Catalog],
        languages: Sequence[str] = ids.LOCALES,
        theme: str = "standard",
        *,
        flash_seconds: float = 4,
        language_seconds: float = 8,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        self.setObjectName("Lobby")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.catalogs = {lang: catalogs[lang] for lang in languages}
        self.languages = list(languages)
        self.language = self.languages[0]
        self.theme = theme
        self.now = now
        self.state: LobbyState | None = None
        self.reconnecting = False
        self.flashing = False
        self._flash_on = False
        self._flash_ms = round(flash_seconds * 1000)
        self._sizes = LobbySizes.for_screen(1920, 1080)
        self._build()

        self._flash_timer = QTimer(self, interval=FLASH_TOGGLE_MS)
        self._flash_timer.timeout.connect(self._toggle_flash)
        # Precise: a coarse timer may end the flash up to 5 % early (seen under load).
        self._flash_end = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._flash_end.timeout.connect(self._stop_flash)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._show_time)
        self._clock.start()
        self._turns = QTimer(self, interval=max(1, round(language_seconds * 1000)))
        self._turns.timeout.connect(self.next_language)
        if language_seconds > 0 and len(self.languages) > 1:
            self._turns.start()
        self._restyle()
        self.redraw()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        """The time above; now calling beside the last calls; people waiting below."""
        header = self._build_header()
        self._build_now_panel()
        side = self._build_recent()
        footer = self._build_waiting()
        body = self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(self.now_panel, 3)
        body.addSpacing(32)
        body.addLayout(side, 2)
        self.root = QVBoxLayout(self)
        self.root.addLayout(header)
        self.root.addLayout(body, 1)
        self.root.addLayout(footer)

    def _build_header(self) -> QHBoxLayout:
        self.title = _label("LobbyTitle")
        self.clock = _label("LobbyClock")
        self.note = _label("LobbyNote")  # "Reconnecting…": small, but never under 48 px
        self.note.hide()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.note)
        header.addSpacing(32)
        header.addWidget(self.clock)
        return header

    def _build_now_panel(self) -> None:
        """The called number, huge, with its counter and the way there."""
        self.now_panel = QFrame()
        self.now_panel.setObjectName("LobbyNow")
        self.now_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.recall_badge = _label("LobbyNowText")
        self.number = _label("LobbyNumber")
        self.counter = _label("LobbyNowText", wrap=True)
        self.direction = _label("LobbyNowText", wrap=True)
        self.others = _label("LobbyNowText", wrap=True)  # the counter in the other languages
        self.welcome = _label("LobbyNowText", wrap=True)
        panel = QVBoxLayout(self.now_panel)
        panel.setSpacing(0)
        panel.addStretch(1)
        for label in (
            self.recall_badge,
            self.number,
            self.counter,
            self.direction,
            self.others,
            self.welcome,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            panel.addWidget(label)
        panel.addStretch(1)

    def _build_recent(self) -> QVBoxLayout:
        """The last calls, newest first (or a word while there are none)."""
        self.recent_title = _label("LobbyHeading")
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        recent = self.recent_grid = QGridLayout()
        recent.setColumnStretch(1, 1)
        recent.addWidget(self.recent_title, 0, 0, 1, 2)
        for row in range(RECENT_CALLS):
            number, where = _label("LobbyRecentNumber"), _label("LobbyText")
            recent.addWidget(number, row + 1, 0)
            recent.addWidget(where, row + 1, 1)
            self.recent_rows.append((number, where))
        self.recent_empty = _label("LobbyText", wrap=True)
        recent.addWidget(self.recent_empty, 1, 0, 1, 2)
        side = QVBoxLayout()
        side.addLayout(recent)
        side.addStretch(1)
        return side

    def _build_waiting(self) -> QHBoxLayout:
        """How many people wait for each service."""
        self.waiting_title = _label("LobbyHeading")
        self.waiting_labels: dict[str, QLabel] = {}
        footer = QHBoxLayout()
        footer.addWidget(self.waiting_title)
        footer.addSpacing(24)
        for service in ids.QUEUE_SERVICES:
            label = _label("LobbyText")
            self.waiting_labels[service] = label
            footer.addWidget(label)
            footer.addSpacing(16)
        self.waiting_none = _label("LobbyText")
        footer.addWidget(self.waiting_none)
        footer.addStretch(1)
        return footer

    def _restyle(self) -> None:
        """Theme colours; the now panel swaps its pair while it flashes."""
        p = PALETTES[self.theme]
        if self._flash_on:
            panel_bg, panel_ink = p.background, p.text
        else:
            panel_bg, panel_ink = p.primary, p.on_primary
        bw = max(4, p.border_width * 2)
        self.setStyleSheet(
            f"""
QWidget#Lobby {{ background: {p.background}; }}
QWidget#Lobby QLabel {{ color: {p.text}; background: transparent; }}
QWidget#Lobby QLabel#LobbyNote {{ color: {p.text_muted}; }}
QFrame#LobbyNow {{ background: {panel_bg}; border: {bw}px solid {p.border};
    border-radius: 24px; }}
QFrame#LobbyNow QLabel {{ color: {panel_ink}; }}
"""
        )

    def resizeEvent(self, event) -> None:
        self._apply_sizes(LobbySizes.for_screen(self.width(), self.height()))
        # A portrait screen puts the last calls under "Now calling", not beside it.
        portrait = self.height() > self.width()
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)

    def _apply_sizes(self, sizes: LobbySizes) -> None:
        if sizes == self._sizes and self.number.font().pixelSize() > 0:
            return
        self._sizes = sizes
        self._set_fonts()
        self.redraw()

    def _font(self, px: int, bold: bool = False, latin: bool = False) -> QFont:
        """The locale's font; ``latin`` for numbers (A012), whose Latin font has the
        tighter line height of the two on every locale."""
        font = QFont(self.font())
        font.setFamilies(list(font_families("en" if latin else self.language)))
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def _set_fonts(self) -> None:
        s = self._sizes
        m = s.margin
        self.root.setContentsMargins(m, m, m, m)
        self.root.setSpacing(m)
        self.number.setFont(self._font(s.number, bold=True, latin=True))
        self.recent_grid.setVerticalSpacing(0 if s.compact else 12)
        self.counter.setFont(self._font(s.counter, bold=True))
        for label in (self.title, self.recent_title, self.waiting_title, self.clock):
            label.setFont(self._font(s.heading, bold=True))
        for label in (
            self.recall_badge,
            self.direction,
            self.welcome,
            self.recent_empty,
            self.waiting_none,
            *self.waiting_labels.values(),
        ):
            label.setFont(self._font(s.text, bold=label is self.recall_badge))
        self.others.setFont(self._font(s.text))
        self.note.setFont(self._font(MIN_PX))
        for number, where in self.recent_rows:
            number.setFont(self._font(s.text, bold=True, latin=True))
            where.setFont(self._font(s.text))

    # -- state -------------------------------------------------------------------------
    def show_state(self, state: LobbyState) -> None:
        """Show a newly read state; announce and flash calls made since the last one."""
        fresh = new_calls(self.state, state)
        self.state = state
        self.redraw()
        for record in fresh:
            self.call_did_appear.emit(self.describe(record))
        if fresh:
            self.flash()

    def describe(self, record: CallRecord) -> Call:
        """A call in every language of the display (for the announcer)."""
        counters: Mapping[str, Counter] = self.state.counters if self.state else {}
        return describe_call(record, counters.get(record.counter), self.catalogs)

    def set_reconnecting(self, reconnecting: bool) -> None:
        """The store cannot be read: keep the last state, with a small note."""
        self.reconnecting = reconnecting
        self.note.setText(self._words().text("lobby.reconnecting"))
        self.note.setVisible(reconnecting)

    def next_language(self) -> None:
        index = self.languages.index(self.language)
        self.show_language(self.languages[(index + 1) % len(self.languages)])

    def show_language(self, locale: str) -> None:
        """Words in ``locale`` (its font too); numbers stay as they are."""
        self.language = locale
        self._set_fonts()
        self.redraw()

    def _words(self) -> Catalog:
        return self.catalogs[self.language]

    def _counter_name(self, counter_id: str, locale: str) -> str:
        counters = self.state.counters if self.state else {}
        counter = counters.get(counter_id) or Counter(counter_id, ())
        return counter.name(self.catalogs[locale], locale)

    def redraw(self) -> None:
        """Draw the current state in the current language."""
        c = self._words()
        self.setProperty("lang", self.language)
        for label in self.findChildren(QLabel):
            label.setProperty("lang", self.language)
        self.title.setText(c.text("lobby.now_calling"))
        self.recent_title.setText(c.text("lobby.recent"))
        self.waiting_title.setText(c.text("lobby.waiting"))
        self.note.setText(c.text("lobby.reconnecting"))
        self._show_time()
        calls = self.state.calls if self.state else ()
        current = calls[0] if calls else None
        for label in (self.number, self.counter, self.direction, self.others, self.recall_badge):
            label.setVisible(current is not None)
        self.welcome.setVisible(current is None)
        self.welcome.setText(c.text("lobby.no_calls"))
        if current is not None:
            self._render_current(current)
        history = list(calls[1 : RECENT_CALLS + 1])
        for row, (number, where) in enumerate(self.recent_rows):
            shown = row < len(history)
            number.setVisible(shown)
            where.setVisible(shown)
            if shown:
                number.setText(history[row].number)
                where.setText("→ " + self._counter_name(history[row].counter, self.language))
        self.recent_empty.setVisible(False)
        waiting = self.state.waiting if self.state else {}
        for service, label in self.waiting_labels.items():
            count = waiting.get(service, 0)
            label.setVisible(count > 0)
            label.setText(c.text("lobby.waiting_series", series=SERIES[service], count=count))
            label.setAccessibleName(c.text("lobby.waiting_count", count=count))
        self.waiting_none.setVisible(not waiting)
        self.waiting_none.setText(c.text("lobby.nobody_waiting"))

    def _render_current(self, call: CallRecord) -> None:
        c = self._words()
        name = self._counter_name(call.counter, self.language)
        self.number.setText(call.number)
        self.counter.setText(f"→ {name}")
        self.now_panel.setAccessibleName(f"{call.number} {c.text('lobby.go_to', counter=name)}")
        counters = self.state.counters if self.state else {}
        counter = counters.get(call.counter)
        hint = counter.direction_words(c) if counter is not None else ""
        self.direction.setText(hint)
        self.direction.setVisible(bool(hint))
        self.recall_badge.setText(c.text("lobby.called_again"))
        self.recall_badge.setVisible(call.kind == "recall")
        others = [
            self._counter_name(call.counter, lang)
            for lang in self.languages
            if lang != self.language
        ]
        unique = [n for n in dict.fromkeys(others) if n != name]
        self.others.setText(" · ".join(unique))
        self.others.setVisible(bool(unique) and not self._sizes.compact)
        # Other languages' names need their fonts (Chinese and Korean glyphs).
        font = self._font(self._sizes.text)
        font.setFamilies(
            [f for lang in self.languages for f in font_families(lang) if lang != self.language]
            + list(font_families(self.language))
        )
        self.others.setFont(font)

    def _show_time(self) -> None:
        self.clock.setText(self.now().strftime("%H:%M"))

    # -- flashing ------------------------------------------------------------------------
    def flash(self) -> None:
        """Flash the now panel for the configured seconds (a recall flashes again)."""
        self.flashing = True
        self._flash_on = True
        self._restyle()
        self._flash_timer.start()
        self._flash_end.start(self._flash_ms)

    def _toggle_flash(self) -> None:
        self._flash_on = not self._flash_on
        self._restyle()

    def _stop_flash(self) -> None:
        self._flash_timer.stop()
        self.flashing = False
        self._flash_on = False
        self._restyle()
