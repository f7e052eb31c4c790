"""Staff sign-in on the kiosk itself, in two steps: a name, then a PIN on a big keypad.

Each step is one page where the screen allows: the names alone, then the keys for
the chosen name. The PIN is never shown (dots) nor spoken, nor is the name said.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import MIN_GAP_PX, Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.fit_steps import set_air, set_tight
from kiosk.ui.widgets.geometry import set_style_property, shown_as_before, top_column
from kiosk.ui.widgets.keypad import Keypad
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.paged_area import KEEP_TOGETHER
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

MAX_PIN = 8
# The two steps: choose a name, then enter that name's PIN.
NAMES = "names"
PIN = "pin"


class StaffSignInScreen(Screen):
    """Reached by the hidden staff gesture; Back returns the customer's screen.

    Step 1 ("Staff: choose your name") shows the names; a tap on one opens step 2
    ("Wang: enter your PIN") with the keys, Sign in and "Choose another name".
    With a single name step 1 is skipped. The PIN is kept only in this widget
    until it is checked, shown as dots, and never spoken.

    Signals (inherited): ``action_was_requested("staff_sign_in", name)`` when Sign
    in is tapped; the PIN is read with :meth:`take_pin`.
    """

    screen_id = ids.STAFF_SIGN_IN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self.name = ""
        self.step = NAMES
        self._names: list[str] = []
        # The name was chosen for the staff member (the only one), not tapped by them.
        self._sole = False
        # Its words follow the step and the name (after_retranslate).
        self.title = text_label("heading")
        self.names = ResponsiveGrid(max_columns=4)
        self.name_buttons: list[LabelButton] = []
        self.dots = text_label("display", align=Qt.AlignmentFlag.AlignHCenter)
        self.message = text_label("body")
        self.other = LabelButton("staff_other_name")
        self.other.clicked.connect(lambda _=False: self.choose_again())
        self._buttons.append(self.other)
        # The customers' keypad (1 at top left, Clear, 0, Delete), and Sign in under it.
        self.keypad = Keypad()
        self.keypad.key_was_pressed.connect(self.press)
        self.sign_in = LabelButton("staff_sign_in", variant="primary")
        self.sign_in.clicked.connect(lambda _=False: self.press("ok"))
        self._buttons.append(self.sign_in)
        self.keys = {**self.keypad.keys, "ok": self.sign_in}
        self.cancel = self.button("back")
        self.bind(self.cancel, "staff.assist.cancel")
        # Digits left behind are dropped at once, not at the next sign-in (hideEvent too).
        self.cancel.clicked.connect(lambda _=False: self.forget_pin())
        # Step 2 stacked: title, dots, message, keypad, Sign in, another name, Back to
        # customer. Where that does not fit one page (a landscape screen), the keypad
        # and Sign in go right of the rest, the keys fitted to the page's height, and
        # the two other buttons under the dots.
        self.words, self._words = top_column(self.names, self.dots, self.message)
        # Sign in is never on a page without the keys (it ends what they start): the
        # two kept together, without the room left under them in their column.
        self.keys_group = QWidget()
        self._keys = QVBoxLayout(self.keys_group)
        self._keys.setContentsMargins(0, 0, 0, 0)
        self._keys.addWidget(self.keypad)
        self._keys.addWidget(self.sign_in)
        self.keys_group.setProperty(KEEP_TOGETHER, True)
        self.keys_box, column = top_column(self.keys_group)
        column.setSpacing(0)  # nothing but room under the group
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addWidget(self.words, 1)
        self.body.addWidget(self.keys_box, 1)
        self.layout_.addWidget(self.title)
        self.layout_.addLayout(self.body)
        self.layout_.addWidget(self.other)
        self.layout_.addWidget(self.cancel)
        self.layout_.addStretch(1)
        self.beside = False
        self.tight = False
        self.paged_keys = False
        # Beside, the keys are fitted again at the width they are given (_fit_keys).
        self.keys_box.installEventFilter(self)
        self._metrics: Metrics | None = None
        self._bottom = 0  # the body's bottom margin as Screen sets it
        # Where step 2 does not fit, first the keys beside the rest, then less air,
        # buttons only as tall as their words and the words at the fixed bar's sizes
        # (a 1366×768 window at 150 %); last, where it turns pages all the same (200 %),
        # the keys fitted to a page so that Sign in shares theirs.
        self.pager.compactors += [self.set_beside, self.set_tight, self.set_paged_keys]
        # A step shown before its layout settled is measured short: choose again then.
        self.pager.recheck_compact = True
        self._show_step()

    # -- the two steps ---------------------------------------------------------
    def _show_step(self) -> None:
        names = self.step == NAMES
        self.names.setVisible(names)
        self.keys_box.setVisible(not names)
        self.other.setVisible(not names and len(self._names) > 1)
        self._show_message()
        if names and self.beside:
            self.set_beside(False)
        if self.context is not None:
            self.after_retranslate(self.context)

    def choose(self, name: str) -> None:
        """Step 2 for ``name`` (step 1 again for no name); a PIN begun is dropped."""
        self.name = name
        self.step = PIN if name else NAMES
        self._sole = False
        self.forget_pin()
        self.message.setText("")
        self._mark_chosen()
        self._show_step()
        self.pager.go_to(0)

    def _mark_chosen(self) -> None:
        for button in self.name_buttons:
            chosen = button.title.text() == self.name
            set_style_property(button, "variant", "selected" if chosen else "")

    def choose_again(self) -> None:
        """ "Choose another name": back to step 1 (where there is more than one)."""
        sole = len(self._names) == 1
        self.choose(self._names[0] if sole else "")
        self._sole = sole

    def _keeps_choice(self, names: list[str]) -> bool:
        """Whether new names leave step 2 as it is: its name is still one of them, and
        the staff member tapped it, began the PIN, or it is still the only name."""
        if self.step != PIN or self.name not in names:
            return False
        return not self._sole or bool(self._pin) or len(names) == 1

    def set_names(self, names: list[str]) -> None:
        """The staff names, arriving after :meth:`reset` (read off the GUI thread).

        A staff member who already chose a name and began the PIN keeps both: only
        the selection is marked again. Otherwise step 1 (step 2 for a single name).
        """
        keep = self._keeps_choice(names)
        for button in self.name_buttons:
            button.hide()  # drawn until deleted, over the new names
            button.deleteLater()
        self._names = list(names)
        self.name_buttons = []
        for name in names:
            button = LabelButton("staff_name", variant="")
            button.set_words(name)
            button.clicked.connect(lambda _=False, n=name: self.choose(n))
            self.name_buttons.append(button)
        self.names.set_items(self.name_buttons)
        self._apply_air()  # new buttons as tight as the others
        if self.context is not None:
            self.retranslate(self.context)
        if keep:
            self._mark_chosen()
            self._show_step()  # "Choose another name" follows the number of names
        else:
            self.choose_again()

    # -- layout ----------------------------------------------------------------
    def set_beside(self, on: bool) -> None:
        """The keypad and Sign in right of the dots and buttons (True), or under them.

        Only for the PIN, and only on a landscape page: a portrait one has height to
        spare, not width; it turns pages stacked.
        """
        on = on and self.step == PIN and self.pager.width() > self.pager.height()
        if on == self.beside:
            return
        self.beside = on
        self._place_buttons()
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if on else QBoxLayout.Direction.TopToBottom
        )
        self._fit_keys()
        self._changed()

    def set_tight(self, on: bool) -> None:
        """Less air (16 px) and the buttons as tall as their words, Sign in as the
        least primary action (120 px): the keys and Sign in then share a laptop's page."""
        if on == self.tight:
            return
        self.tight = on
        self._apply_air()
        self._fit_keys()
        self._changed()

    def set_paged_keys(self, on: bool) -> None:
        """The keys fitted to a page under the page row (True), not to the screen
        under the title: the keys and Sign in on one page where they can be."""
        if on != self.paged_keys:
            self.paged_keys = on
            self._place_buttons()
            self._fit_keys()
            self._changed()

    def _changed(self) -> None:
        # A layout item keeps its widget's height for a width until the widget says
        # its geometry changed: without this the pager measures the step before.
        content = self.pager.content()
        if content is not None:
            for widget in [content, *content.findChildren(QWidget)]:
                if widget.layout() is not None:
                    widget.updateGeometry()

    def _place_buttons(self) -> None:
        """ "Choose another name" and "Back to customer" under the dots beside the
        keys, or under the body at the page's width: stacked, and where the page
        turns (the column beside the keys would run past their page, cut there)."""
        self._place_title()
        under_dots = self.beside and not self.paged_keys
        if (self.cancel.parentWidget() is self.words) == under_dots:
            return
        moved = [self.other, self.cancel]
        with shown_as_before(moved):
            for widget in moved:
                (self.layout_ if under_dots else self._words).removeWidget(widget)
            if under_dots:
                at = self._words.count() - 1  # over the stretch
                for widget in moved:
                    self._words.insertWidget(at, widget)
                    at += 1
            else:
                at = self.layout_.indexOf(self.body) + 1
                for index, widget in enumerate(moved):
                    self.layout_.insertWidget(at + index, widget)  # after the body

    def _place_title(self) -> None:
        """Where the page turns beside the keys, the title heads the column left of
        them: the first page then holds the title, the dots, the keys and Sign in
        (above them, it was a page of its own)."""
        in_column = self.beside and self.paged_keys
        if (self.title.parentWidget() is self.words) == in_column:
            return
        with shown_as_before([self.title]):
            if in_column:
                self.layout_.removeWidget(self.title)
                self._words.insertWidget(0, self.title)
            else:
                self._words.removeWidget(self.title)
                self.layout_.insertWidget(0, self.title)

    def _apply_air(self) -> None:
        m = self._metrics
        if m is None:
            return
        set_air(self.layout_, m, self.tight)
        if not self.tight:  # as Screen.apply_metrics sets it
            self.layout_.setContentsMargins(m.margin, m.gap, m.margin, self._bottom)
        spacing = self.layout_.spacing()
        self._words.setSpacing(spacing)
        self._keys.setSpacing(MIN_GAP_PX if self.tight else spacing)
        self.body.setSpacing(spacing * 2)
        buttons = [self.other, self.cancel, self.sign_in, *self.name_buttons]
        set_tight(buttons, self.tight, m.pad)
        set_style_property(self.sign_in, "least_primary", self.tight)
        # The refusal, the names and the buttons' words at the fixed bar's sizes
        # (≥ 32 px): a wrong PIN's two sentences then take the dots' place.
        name = "CompactWords" if self.tight else ""
        if self.words.objectName() != name:
            self.words.setObjectName(name)
            for widget in [self.words, *self.words.findChildren(QWidget)]:
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        # Keys 16 px apart, and a key whose words wrap ("모두 지우기") with little air.
        self.keypad.set_least_gap(self.tight)
        self.keypad.set_short(self.tight)

    def _fit_keys(self) -> None:
        """Beside, the keys as tall as the page under the title and over Sign in
        allows (never under the least touch target); stacked, at their full size."""
        if not self.beside:
            self.keypad.fit_room(None)
            return
        margins = self.layout_.contentsMargins()
        gap = self._keys.spacing()
        # Under the title; turning pages, at the top of a page over the page row.
        width = self.pager.width() - margins.left() - margins.right()
        above = self.title.heightForWidth(max(1, width)) + self.layout_.spacing()
        if self.paged_keys:
            above = self.pager.row_height()
        room = self.pager.height() - margins.top() - margins.bottom() - above
        room -= self.sign_in.sizeHint().height() + gap
        least = self.keypad.least_room()
        self.keypad.fit_room(max(room, least), narrow=True)
        # A key whose words wrap ("모두 지우기") grows its row past the fitted height:
        # the other rows give that back, as far as they can.
        # At the width the keys will have: the pager measures before they have it.
        body = min(width, self._column.max_width) - self.body.spacing()
        width, fitted = min(body // 2, self.keypad.maximumWidth()), max(room, least)
        for _ in range(3):  # each try shrinks the other rows by what is still over
            over = self.keypad.heightForWidth(width) - room if width > 0 else 0
            if over <= 0 or fitted <= least:
                break
            fitted = max(fitted - over, least)
            self.keypad.fit_room(fitted, narrow=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.keys_box and event.type() == QEvent.Type.Resize and self.beside:
            self._fit_keys()
        return super().eventFilter(watched, event)

    def _fit_key(self) -> object:
        # The step changes the content as much as the words do.
        return (super()._fit_key(), self.step)

    def stage_for_tour(self, screen_id: str) -> None:
        # Step 2 is the one that must fit (the keys); step 1 is only the names.
        self.set_names(["Wang", "Li", "Park"])
        self.choose("Wang")

    # -- the PIN ---------------------------------------------------------------
    def press(self, key: str) -> None:
        if self.message.text() and key != "ok":
            self.show_message("")  # read: the dots come back in its place
        if key == "clear":
            self._pin = ""
        elif key == "delete":
            self._pin = self._pin[:-1]
        elif key == "ok":
            if self.name and self._pin:
                self.action_was_requested.emit("staff_sign_in", self.name)
        elif len(self._pin) < MAX_PIN:
            self._pin += key
        self.dots.setText("•" * len(self._pin))

    def take_pin(self) -> str:
        """Hand the PIN over once and forget it."""
        pin = self._pin
        self.forget_pin()
        return pin

    def forget_pin(self) -> None:
        """Drop the digits typed and their dots (the chosen name stays)."""
        self._pin = ""
        self.dots.setText("")

    def hideEvent(self, event: QHideEvent) -> None:
        # Left by Back, Back to customer or the idle timeout: the digits go with it,
        # not at the next gesture.
        self.forget_pin()
        super().hideEvent(event)

    def show_message(self, text: str) -> None:
        """A refusal (wrong PIN, locked): said on step 2, where the PIN is entered again."""
        self.message.setText(text)
        self._show_message()

    def _show_message(self) -> None:
        # In the dots' place (nothing is typed after a refusal) until a key is
        # pressed: the page stays as tall as it was, and fits as it did.
        shown = bool(self.message.text()) and self.step == PIN
        self.message.setVisible(shown)
        self.dots.setVisible(self.step == PIN and not shown)

    def reset(self) -> None:
        """A new sign-in: step 1 (step 2 when there is one name), nothing typed."""
        self.choose_again()

    # -- words -----------------------------------------------------------------
    def after_retranslate(self, context: ScreenContext) -> None:
        catalog = context.catalog
        if self.step == PIN:
            self.title.setText(catalog.text("staff.assist.enter_pin", name=self.name))
        else:
            self.title.setText(catalog.text("staff.assist.choose_name"))
        self.keypad.retranslate(catalog)
        self.sign_in.set_words(catalog.text("staff.sign_in"))
        self.other.set_words(catalog.text("staff.assist.other_name"))
        self._show_message()

    def spoken_text(self) -> str:
        # Only the step's instruction: names and keys are not read out beside a
        # customer. Step 2 says its own words, which have no {name} in any locale
        # (the catalogue's completeness check holds them to English's, which has
        # none), and no name is handed to them: the title's cannot be said instead.
        if self.context is None:
            return ""
        catalog = self.context.catalog
        if self.step == PIN:
            return catalog.spoken("staff.assist.pin_prompt")
        return catalog.spoken("staff.assist.choose_name")

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self.dots.setMinimumHeight(round(m.display * 1.4))  # no jump as digits appear
        for button in self.name_buttons:
            button.apply_metrics(m.pad, m.pad // 2, 0, palette.text)
        self.names.set_spacing(m.gap, m.target * 2)
        self._metrics = m
        self._bottom = self.layout_.contentsMargins().bottom()
        self.keypad.apply_metrics(m, palette)
        self._apply_air()
        self._fit_keys()
