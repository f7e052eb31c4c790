"""The kiosk window: a stack of screens above the fixed bar."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.core import ids
from kiosk.core.session import Preferences
from kiosk.look.theme import PALETTES, bar_metrics, build_stylesheet, font_families, metrics
from kiosk.services.session_controller import SessionController
from kiosk.staff.assist import StaffBar
from kiosk.ui.entry_words import EntryWords
from kiosk.ui.screens.ask_staff import AskStaffScreen
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.feedback import FeedbackScreen
from kiosk.ui.screens.help_requested import HelpRequestedScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.language import LanguageScreen
from kiosk.ui.screens.staff_sign_in import StaffSignInScreen
from kiosk.ui.screens.timeout_warning import TimeoutWarningScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.widgets.fixed_bar import FixedBar
from kiosk.ui.widgets.ticket_card import TicketCard
from kiosk.ui.widgets.voice_panel import VoicePanel

log = logging.getLogger(__name__)

_S = TypeVar("_S", bound=Screen)


class _ScreenStack(QStackedWidget):
    """The screens: they take whatever height the panel and the bars leave.

    Not height-for-width: a screen pages its own content, and a stack asking for
    its screen's full height made the window squeeze the assistant's panel.
    """

    def hasHeightForWidth(self) -> bool:
        return False


class MainWindow(QWidget):
    """Shows the controller's current screen and sends every tap back to it.

    Args:
        controller: The session state machine.
        catalogs: Locale → catalogue (including ``pseudo``).
        bank_name: For the welcome greeting.
        kiosk_mode: Fullscreen, no cursor, cannot be closed by the customer.
        defer_screens: Build only the welcome screen now; the others with
            :meth:`add_shell_screens` (just after the first paint), or when first needed.

    Signals:
        screen_did_show(str, str): screen id and the words it speaks: on entry once
            its layout has settled (its pages, its compactors), on a page turn,
            and words that change on it.
        screen_words_did_follow(str, str, str): screen id, the words it said last,
            and its words after a layout change alone (text size, window size, the
            assistant's panel) changed them: not said again, but what Repeat says
            (docs/design/0058).
    """

    screen_did_show = Signal(str, str)
    screen_words_did_follow = Signal(str, str, str)

    def __init__(
        self,
        controller: SessionController,
        catalogs: Mapping[str, Catalog],
        bank_name: str = "Your Bank",
        kiosk_mode: bool = False,
        defer_screens: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.controller = controller
        self.catalogs = catalogs
        self.bank_name = bank_name
        self.kiosk_mode = kiosk_mode
        self._allow_close = not kiosk_mode
        self._style_key: tuple[str, int] | None = None
        # Screens whose words or sizes are out of date; each catches up when shown,
        # so a language switch redraws one screen, not sixty.
        self._stale: set[int] = set()
        # Values every screen's words may use, e.g. {hotline} (set by the composition root).
        self.context_values: dict[str, str] = {"bank": bank_name}
        # speech.private_audio: names and phone numbers may then be said in full.
        self.private_audio = False

        self.stack = _ScreenStack(self)
        self._entry = EntryWords(self._screen_in_view, self._placing, self)
        self._entry.words_did_settle.connect(self.screen_did_show)
        self._entry.words_did_follow.connect(self.screen_words_did_follow)
        self.bar = FixedBar(self)
        self.staff_bar = StaffBar(self)
        self.voice_panel = VoicePanel(self)
        self._lay_out_column()

        self.screens: dict[str, Screen] = {}
        self.ticket = TicketCard()  # shown by the take_ticket journey's last step
        self.prefixed: list[Screen] = []
        self.product_screens: list[Screen] = []
        self._shell: dict[str, Screen] = {}
        self.add_screen(WelcomeScreen())
        if not defer_screens:
            self.add_shell_screens()

        # The panel's place is decided once its words and the window's sizes settle.
        self._place_later = QTimer(self, singleShot=True, interval=0)
        self._place_later.timeout.connect(self.place_voice_panel)
        # Placed at once (no frame of a cut screen), and again once its words settle.
        self.voice_panel.view_did_change.connect(self.place_voice_panel)
        self.voice_panel.view_did_change.connect(self._place_later.start)

        self.bar.action_was_tapped.connect(controller.handle)
        self.bar.installEventFilter(self)
        controller.screen_did_change.connect(self.show_screen)
        controller.prefs_did_change.connect(self.apply_prefs)
        controller.countdown_did_tick.connect(self._countdown_did_tick)

        self.setWindowTitle(bank_name)
        self.apply_prefs(controller.prefs)
        self.show_screen(controller.visible_screen)

    def _lay_out_column(self) -> None:
        """Staff bar, screen, voice panel and fixed bar, top to bottom."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.staff_bar, 0)
        # The screen gives way (it scrolls) before the fixed bar or the staff bar is squeezed.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.voice_panel, 0)
        layout.addWidget(self.bar, 0)

    # -- screens -------------------------------------------------------------
    def add_shell_screens(self) -> None:
        """The screens every session may reach after welcome (once; later calls do nothing)."""
        if self._shell:
            return
        shell: list[Screen] = [
            LanguageScreen(),
            HomeScreen(),
            HelpRequestedScreen(),
            TimeoutWarningScreen(),
            FeedbackScreen(),
            StaffSignInScreen(),
            AskStaffScreen(),
        ]
        self._shell = {type(s).__name__: s for s in shell}
        for screen in shell:
            self.add_screen(screen)

    def _countdown_did_tick(self, seconds: int) -> None:
        self.timeout.set_seconds_left(seconds)

    def _shell_screen(self, kind: type[_S]) -> _S:
        self.add_shell_screens()
        screen = self._shell[kind.__name__]
        if not isinstance(screen, kind):  # the dict is keyed by class name
            raise TypeError(f"{kind.__name__} is a {type(screen).__name__}")
        return screen

    @property
    def ask_staff(self) -> AskStaffScreen:
        return self._shell_screen(AskStaffScreen)

    @property
    def timeout(self) -> TimeoutWarningScreen:
        return self._shell_screen(TimeoutWarningScreen)

    @property
    def help(self) -> HelpRequestedScreen:
        return self._shell_screen(HelpRequestedScreen)

    @property
    def feedback(self) -> FeedbackScreen:
        return self._shell_screen(FeedbackScreen)

    @property
    def staff_sign_in(self) -> StaffSignInScreen:
        return self._shell_screen(StaffSignInScreen)

    def add_screen(self, screen: Screen) -> None:
        """Register a screen (features add theirs through the composition root)."""
        if screen.screen_prefix:
            self.prefixed.append(screen)
        else:
            self.screens[screen.screen_id] = screen
        self.stack.addWidget(screen)
        screen.action_was_requested.connect(self.controller.handle)
        # A new page is said like a new screen: its words, then where the customer is.
        screen.pager.page_did_change.connect(lambda _page, s=screen: self._page_did_turn(s))
        screen.words_did_change.connect(lambda words, s=screen: self._words_did_change(s, words))
        self._entry.watch(screen)
        if self._style_key is not None:  # added after start-up: catch up when shown
            self._stale.add(id(screen))

    def add_product_screens(self) -> None:
        """Product explanations: the list and one widget per page type.

        Loading checks the product files and words, so a broken one stops
        start-up, naming the file and field.
        """
        from kiosk.ui.screens.products import product_screens  # built after the first paint

        self.product_screens = product_screens(self.controller, self.catalogs)
        for screen in self.product_screens:
            self.add_screen(screen)

    def screen_for(self, screen_id: str) -> Screen:
        """The widget for ``screen_id``: an exact screen first, else a family by prefix."""
        screen = self.screens.get(screen_id)
        if screen is not None:
            return screen
        if not self._shell:  # asked for before the deferred screens were built
            self.add_shell_screens()
            return self.screen_for(screen_id)
        families = [
            f for f in self.prefixed if f.screen_prefix and screen_id.startswith(f.screen_prefix)
        ]
        # Families may share a prefix (product.<id> and product.<id>.calculator are
        # different page types): the one listing the id among its tour ids wins.
        for family in sorted(families, key=lambda f: screen_id not in f.tour_ids()):
            family.show_id(screen_id)
            return family
        log.error("no screen %r; showing home instead", screen_id)
        return self.screens[ids.HOME]

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _screen_in_view(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def _placing(self) -> bool:
        # The assistant's panel is placed a turn later; that changes the screen's room.
        return self._place_later.isActive()

    @property
    def entry_pending(self) -> bool:
        """Is the screen in view waiting for its layout before it says its words?"""
        return self._entry.waiting

    def show_screen(self, screen_id: str) -> None:
        screen = self.screen_for(screen_id)
        if id(screen) in self._stale:
            self._stale.discard(id(screen))
            self._refresh(screen)
        self.stack.setCurrentWidget(screen)
        # Said once its pages and compactors settle: words taken now describe
        # a screen the customer never sees (docs/design/0058). Before on_enter:
        # the page it turns back to is said with them, not before them.
        self._entry.screen_did_enter(screen)
        screen.on_enter()
        self._place_later.start()
        self.bar.set_back_enabled(self.controller.session.can_go_back)

    def _page_did_turn(self, screen: Screen) -> None:
        # While the screen waits to speak, its entry words will say the page.
        if screen is self.stack.currentWidget() and not self._entry.waiting:
            self._entry.words_were_given(screen, None)
            self.screen_did_show.emit(screen.screen_id, screen.spoken_text())

    def _words_did_change(self, screen: Screen, words: str) -> None:
        if screen is self.stack.currentWidget() and words and not self._entry.waiting:
            self._entry.words_were_given(screen, words)
            self.screen_did_show.emit(screen.screen_id, words)

    # -- preferences ---------------------------------------------------------
    def context(self) -> ScreenContext:
        prefs = self.controller.prefs
        return ScreenContext(
            catalog=self.catalogs[prefs.locale],
            prefs=prefs,
            catalogs=self.catalogs,
            bank_name=self.bank_name,
            values=dict(self.context_values),
            private_audio=self.private_audio,
        )

    def apply_prefs(self, prefs: Preferences) -> None:
        """Restyle and retranslate; the customer's place is kept.

        The screen in view is redrawn now, the others when they are next shown.
        """
        key = (prefs.theme, prefs.text_size)
        if key != self._style_key:
            self._style_key = key
            self.setStyleSheet(build_stylesheet(*key))
        families = list(font_families(prefs.locale))
        if self.font().families() != families:
            font = QFont(self.font())
            font.setFamilies(families)
            self.setFont(font)
        palette = PALETTES[prefs.theme]
        catalog = self.catalogs[prefs.locale]
        self.bar.retranslate(catalog, prefs.text_size, prefs.voice_on)
        self.bar.apply_metrics(bar_metrics(prefs.text_size), palette)
        self.voice_panel.retranslate(catalog)
        self.voice_panel.apply_metrics(bar_metrics(prefs.text_size), palette)
        self._fit_voice_panel()
        self._place_later.start()
        current = self.stack.currentWidget()
        for screen in self._all_screens():
            if screen is current:
                self._refresh(screen)
            else:
                self._stale.add(id(screen))

    def _refresh(self, screen: Screen) -> None:
        prefs = self.controller.prefs
        screen.retranslate(self.context())
        screen.apply_metrics(metrics(prefs.text_size), PALETTES[prefs.theme])

    def _all_screens(self) -> list[Screen]:
        return [*self.screens.values(), *self.prefixed]

    def tour_screen_ids(self) -> list[str]:
        """Every customer and staff screen id, in the order they were registered."""
        widgets = [self.stack.widget(i) for i in range(self.stack.count())]
        return [sid for w in widgets if isinstance(w, Screen) for sid in w.tour_ids()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_voice_panel()
        self._place_later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The bar's height settles after the window's (its rows follow its words).
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self._fit_voice_panel()
            self._place_later.start()
        return False

    def _bar_height(self) -> int:
        # The bar's laid-out height once it has one (its height-for-width answer
        # counts rows it does not use and left the panel too little room).
        bar = self.bar.height() if self.bar.isVisible() and self.bar.height() > 0 else -1
        if bar <= 0:
            bar = self.bar.heightForWidth(self.width()) if self.bar.hasHeightForWidth() else -1
        return bar if bar > 0 else self.bar.sizeHint().height()

    def _fit_voice_panel(self) -> None:
        # The assistant's panel takes what its answers need, up to all the fixed
        # bar leaves (an answer out of sight is no answer); the screen it talks
        # about keeps the rest and compacts in it.
        self.voice_panel.setMaximumHeight(max(self.height() - self._bar_height(), 0))

    def place_voice_panel(self) -> None:
        """The open panel below the whole screen, or, where both do not fit, alone.

        The screen keeps what the panel leaves when it fits there on one page
        (its compactors tried). Otherwise it is set aside while the panel is
        open: a screen cut into pages under a question hides the choices it
        offers, and the panel's own answers (and Next) are what the customer
        needs now; Close gives the screen back whole (docs/design/0037).
        """
        panel = self.voice_panel
        panel.set_screen_aside(False)  # measured as it would stand below the screen
        aside = False
        if not panel.isHidden() and not panel.needs_screen():
            staff = self.staff_bar.sizeHint().height() if not self.staff_bar.isHidden() else 0
            below = min(panel.sizeHint().height(), panel.maximumHeight())
            left = self.height() - self._bar_height() - staff - below
            aside = not self.current_screen().pager.fits_in(self.width(), left)
        panel.set_screen_aside(aside)
        if self.stack.isHidden() != aside:
            self.stack.setVisible(not aside)
            column = self.layout()
            # The room the screen leaves goes to the panel, not to the bar.
            if isinstance(column, QVBoxLayout):
                column.setStretchFactor(panel, 1 if aside else 0)

    # -- kiosk lock ----------------------------------------------------------
    def enter_kiosk_mode(self) -> None:
        """Fullscreen, cursor hidden; close and Escape do nothing."""
        self.kiosk_mode = True
        self._allow_close = False
        QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    def allow_close(self) -> None:
        """Staff (or the service manager) may now close the window."""
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            log.info("close ignored: kiosk mode needs staff to exit")
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.kiosk_mode and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            event.accept()
            return
        super().keyPressEvent(event)
