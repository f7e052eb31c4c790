"""The words a screen says on entry: taken once its layout has settled.

A screen's pages and its compactors (short words for long ones, hints hidden)
are worked out only after Qt's posted layout events. Words taken when the
screen was put in view described a screen the customer never saw: every tile
where page 1 of 3 shows, long words where short ones show (docs/design/0058).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from kiosk.ui.screens.base import Screen

log = logging.getLogger(__name__)

# A layout settles in a handful of event-loop turns (height-for-width answers,
# then the pages, then a compactor's own layout). Past this many the words are
# said anyway: late words beat silence.
MOST_TURNS = 40
# Some layouts never stop asking (a content height the scroll area undoes and
# the pager redoes, turn after turn) while their pages stay put: the same pages
# and words from this many pagings running are settled.
STILL_TURNS = 3


class EntryWords(QObject):
    """Waits for the shown screen's layout to settle, then gives its words once.

    Args:
        current: The screen in view.
        window_busy: True while the window still places things around the screen
            (the assistant's panel), which changes the screen's room.

    Signals:
        words_did_settle(str, str): screen id and its words on entry, as laid out.
        words_did_follow(str, str, str): screen id, the words it said last and its
            words after a layout change alone (text size, window size, the panel
            taking room) changed them; not to be said again, but what Repeat says
            from now on.
    """

    words_did_settle = Signal(str, str)
    words_did_follow = Signal(str, str, str)

    def __init__(
        self, current: Callable[[], Screen | None], window_busy: Callable[[], bool], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._window_busy = window_busy
        self._waiting: Screen | None = None  # shown, its words not given yet
        self._turns = 0
        self._still = 0  # pagings in a row that changed neither pages nor words
        self._look: tuple[object, ...] | None = None
        # The screen whose own words were given last, and those words (None after
        # other words, e.g. a calculator's answer: Repeat then keeps those).
        self._said: tuple[Screen, str] | None = None
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._give_when_settled)

    @property
    def waiting(self) -> bool:
        """Is a shown screen still waiting for its layout before it speaks?"""
        return self._waiting is not None

    def watch(self, screen: Screen) -> None:
        """Follow ``screen``'s pages (once, when it is added to the window)."""
        screen.pager.pages_did_settle.connect(lambda s=screen: self._pages_did_settle(s))

    def screen_did_enter(self, screen: Screen) -> None:
        """``screen`` was put in view: its words come once its layout settles."""
        self._waiting = screen
        self._said = None
        self._turns = 0
        self._still = 0
        self._look = None
        self._later.start()

    def words_were_given(self, screen: Screen, words: str | None) -> None:
        """Words were said for ``screen`` outside entry: its own (None) or others."""
        self._said = (screen, screen.spoken_text()) if words is None else None

    def _moving(self, screen: Screen) -> bool:
        """Is the screen's layout still on its way (and not just asking again)?"""
        # Layout requests already posted are handled first: what they change
        # starts the pager's own timer, which the check below then sees.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        busy = screen.pager.settling or self._window_busy()
        return busy and self._still < STILL_TURNS

    def _give_when_settled(self) -> None:
        screen = self._waiting
        if screen is None:
            return
        if screen is not self._current():
            self._waiting = None  # left before it spoke; the next screen speaks
            return
        if self._moving(screen) and self._turns < MOST_TURNS:
            self._turns += 1
            self._later.start()
            return
        if self._turns >= MOST_TURNS:
            log.warning("%s: layout still moving after %d turns", screen.screen_id, self._turns)
        self._waiting = None
        words = screen.spoken_text()
        self._said = (screen, words)
        self.words_did_settle.emit(screen.screen_id, words)

    def _pages_did_settle(self, screen: Screen) -> None:
        if self._waiting is not None:
            if self._waiting is screen:  # its words are still to come: is it still moving?
                pager = screen.pager
                look = (tuple(pager.pages), pager.page, pager.compact_level, screen.spoken_text())
                self._still = self._still + 1 if look == self._look else 0
                self._look = look
            return
        said = self._said
        if said is None or said[0] is not screen or screen is not self._current():
            return
        words = screen.spoken_text()
        if words != said[1]:
            self._said = (screen, words)
            self.words_did_follow.emit(screen.screen_id, said[1], words)
