"""The assistant's panel above the fixed bar: listening, "Did you mean …?", sorry.

On a keypad field it also says what was typed from speech, or that a
sensitive field is typed on the keypad only; on a name field, the name it
wrote from speech, with the other ways it may have been heard.

Hidden until the customer taps Speak (or types a question). It pushes the
screen up rather than covering it, so the screen's own buttons stay in reach,
and it is as short as its words allow: its line with Close (or Stop) at the
right end, then its answers side by side, as many to a row as fit. The screen
above gets the rest of the height and compacts in it; where even that is too
little, the window sets the screen aside and the panel takes the page, with
its own Next where its words ask for Next (docs/design/0037).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.catalog import Catalog
from kiosk.look.theme import MIN_GAP_PX, Metrics, Palette, ink
from kiosk.services.voice_assistant import AssistantView, Reading
from kiosk.speech.aloud import say_sentence
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.phrases import plain_joins, unbroken
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import sentence, text_label

MAX_READINGS = 3
MAX_COLUMNS = 5  # answers side by side in one row, where they fit


class LevelMeter(QWidget):
    """A row of bars that light up with the customer's voice: "I can hear you"."""

    BARS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self._on = QColor("#000000")
        self._off = QColor("#cccccc")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_level(self, level: float) -> None:
        # Speech sits around 0.02–0.3 RMS: a square root spreads it over the bars.
        self.level = max(0.0, min(1.0, math.sqrt(max(level, 0.0) * 3)))
        self.update()

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        self._on = QColor(palette.primary)
        self._off = QColor(palette.border)
        self.setFixedSize(m.target * 3, m.target // 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = self.width() / (self.BARS * 4)
        width = (self.width() - gap * (self.BARS - 1)) / self.BARS
        lit = round(self.level * self.BARS)
        for n in range(self.BARS):
            height = self.height() * (0.35 + 0.65 * (n + 1) / self.BARS)
            rect = QRectF(n * (width + gap), self.height() - height, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._on if n < lit else self._off)
            painter.drawRoundedRect(rect, width / 4, width / 4)
        painter.end()


class VoicePanel(QWidget):
    """Draws an :class:`AssistantView`; every control here also works by touch.

    Signals:
        reading_was_chosen(int): a "Did you mean" answer (index into the readings).
        none_was_chosen(): none of the readings was meant.
        listen_was_requested(): Try again.
        typing_was_requested(): Type instead (the on-screen keyboard).
        staff_was_requested(): Yes, call staff.
        close_was_requested(): Close (or stop listening).
        next_was_requested(): Next, the screen's own, while the screen is set aside.
        view_did_change(): shown, hidden or redrawn (the window places it again).
    """

    reading_was_chosen = Signal(int)
    none_was_chosen = Signal()
    listen_was_requested = Signal()
    typing_was_requested = Signal()
    staff_was_requested = Signal()
    close_was_requested = Signal()
    next_was_requested = Signal()
    view_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VoicePanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.view = AssistantView()
        self.can_listen = False  # Speak again only where the customer can speak
        # Headphones or a handset (speech.private_audio): a name may be read back.
        self.private_audio = False
        # The screen is set aside (it does not fit above the panel): the panel
        # takes the page and carries the screen's Next itself.
        self.screen_aside = False
        self._catalog: Catalog | None = None
        self._least_width = 1  # narrowest an answer may be (set with the sizes)
        self._arrange_later = QTimer(self, singleShot=True, interval=0)
        self._arrange_later.timeout.connect(self._arrange)
        self.title = text_label("label")
        self.heard = text_label("body")
        self.meter = LevelMeter()
        self._build_buttons()
        content = self._build_body()
        # A new line of words changes the panel's height: tell the window at once.
        content.installEventFilter(self)
        # As tall as its answers (the window gives it up to all the room above
        # the bar); it scrolls only where even that is too little (200 % on a
        # laptop with long readings), never cutting an answer in half.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        # Its own height (up to the window's cap): the screen, which takes "as much
        # as it can", would otherwise squeeze the answers into a scroll.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def _build_buttons(self) -> None:
        """The readings ("Did you mean …") and the short answers, wired to the signals."""
        self.readings = [LabelButton("assistant_reading") for _ in range(MAX_READINGS)]
        for index, button in enumerate(self.readings):
            button.clicked.connect(lambda _=False, i=index: self.reading_was_chosen.emit(i))
        self.none = LabelButton("assistant_none")
        self.again = LabelButton("assistant_again")
        self.type = LabelButton("assistant_type")
        self.staff = LabelButton("assistant_staff", variant="primary")
        self.close_button = LabelButton("assistant_close")
        # "If that is right, press Next": the screen's Next, here when it is aside.
        self.next = LabelButton("assistant_next", variant="primary")
        self.next.set_icon("forward")
        self.next.clicked.connect(self.next_was_requested)
        self.none.clicked.connect(self.none_was_chosen)
        self.again.clicked.connect(self.listen_was_requested)
        self.type.clicked.connect(self.typing_was_requested)
        self.staff.clicked.connect(self.staff_was_requested)
        self.close_button.clicked.connect(self.close_was_requested)
        self.staff.set_icon("call_staff")
        self.type.set_icon("keyboard")
        self.again.set_icon("microphone")

    def _build_body(self) -> QWidget:
        """Its line, the meter and Close in one row; what was heard; the answers.

        The answers (readings, "None of these", Call staff, Speak again, Type)
        share rows, as many side by side as fit, so the panel stays a few rows
        tall and the screen it talks about keeps the rest of the height.
        """
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)  # see _arrange
        self._top = top
        content = QWidget()
        content.setObjectName("VoicePanelBody")
        self._body = content
        self._layout = QVBoxLayout(content)
        self._layout.addLayout(top)
        self._layout.addWidget(self.heard)
        self.choices = ResponsiveGrid(max_columns=MAX_COLUMNS)
        # Every answer lives in the grid's widget from the start: placing one later
        # must not reparent it (that hides it, and a parentless one is a window).
        for button in self._answers():
            button.setParent(self.choices)
        self._layout.addWidget(self.choices)
        # Given the page (the screen aside), its words stay at the top: this
        # grows then (see set_screen_aside), never below the screen.
        self._rest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self._layout.addItem(self._rest)
        return content

    def _answers(self) -> list[LabelButton]:
        """Every answer it may offer, in the order they are placed."""
        return [self.next, *self.readings, self.none, self.staff, self.again, self.type]

    def retranslate(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.none.set_words(catalog.text("assistant.none"))
        self.type.set_words(catalog.text("assistant.type"))
        self.next.set_words(catalog.text("assistant.next"))
        self.show_view(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._body and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        # At least the gap DESIGN.md asks between two controls above its own: the
        # screen it talks about ends right at its top edge.
        top = max(m.gap // 2, MIN_GAP_PX)
        self._layout.setContentsMargins(m.margin, top, m.margin, m.gap // 2)
        # Controls at least 16 px apart (DESIGN), words closer to their heading.
        self._layout.setSpacing(max(16, m.gap * 2 // 3))
        self._top.setSpacing(m.gap)
        self.choices.set_spacing(m.gap, 1)
        # An answer narrower than six of its letters would wrap word by word.
        self._least_width = max(m.target * 2, m.label * 6)
        self.meter.apply_metrics(m, palette)
        for button in (*self._answers(), self.close_button):
            colour = ink(palette, str(button.property("variant") or ""))
            button.apply_metrics(m.pad, m.pad // 2, m.label, colour)
        if self.isVisible():  # new sizes: the shortest arrangement may have changed
            self._arrange()

    def set_level(self, level: float) -> None:
        self.meter.set_level(level)

    def show_view(self, view: AssistantView) -> None:
        """Redraw for ``view``; hidden when there is nothing to show."""
        self.view = view
        c = self._catalog
        if c is None or view.phase == "hidden":
            self.hide()
            self.view_did_change.emit()
            return
        phase = view.phase
        title = {
            "listening": "assistant.listening",
            "ask": "assistant.did_you_mean_one"
            if len(view.readings) == 1
            else "assistant.did_you_mean",
            "sorry": "assistant.sorry" if view.heard else "assistant.nothing_heard",
            "staff": "assistant.staff_offer",
            "off": f"assistant.off.{view.why or 'off'}",
            "typed": "assistant.digits_typed",
            "keypad_only": "assistant.keypad_only",
            "name": "assistant.name_written" if view.heard else "assistant.name_cleared",
        }[phase]
        self.title.setText(c.text(title, name=unbroken(view.heard)))
        # A name written is in the title (and in the field); not "I heard" as well.
        heard = view.heard.strip() if phase != "name" else ""
        self.heard.setText(c.text("assistant.heard", text=heard) if heard else "")
        self.heard.setVisible(bool(heard))
        self.meter.setVisible(phase == "listening")
        if phase != "listening":
            self.meter.set_level(0.0)
        offers = [reading_words(c, r) for r in view.readings] if phase == "ask" else []
        if phase == "name":
            offers = [c.text("assistant.name_instead", name=unbroken(n)) for n in view.names]
        for index, button in enumerate(self.readings):
            button.setVisible(index < len(offers))
            if index < len(offers):
                button.set_words(offers[index])
        self.none.setVisible(phase == "ask")
        # Not understood: a kind word and a person on offer, never a dead end.
        self.staff.setVisible(phase in ("staff", "sorry"))
        self.staff.set_words(
            c.text("assistant.call_staff" if phase == "staff" else "bar.call_staff")
        )
        self.again.setVisible(phase in ("sorry", "staff", "name") and self.can_listen)
        again = "assistant.name_again" if phase == "name" else "assistant.again"
        self.again.set_words(c.text(again))
        self.type.setVisible(phase in ("sorry", "off"))
        self._show_next()
        closing = "assistant.stop" if phase == "listening" else "assistant.close"
        self.close_button.set_words(c.text(closing))
        self.show()
        self._arrange()
        # Words newly shown take their style sheet's size only once events run:
        # arrange again then, on the sizes the customer sees.
        self._arrange_later.start()
        self.view_did_change.emit()

    def set_screen_aside(self, aside: bool) -> None:
        """Take the page (the screen does not fit above the panel), or give it back."""
        if aside == self.screen_aside:
            return
        self.screen_aside = aside
        # Aside, it takes every pixel the screen leaves; beside it, its own height.
        grow = QSizePolicy.Policy.Expanding if aside else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Preferred, grow)
        self._rest.changeSize(0, 0, QSizePolicy.Policy.Minimum, grow)
        self._layout.invalidate()
        self._show_next()
        if self.isVisible():
            self._arrange()

    def needs_screen(self) -> bool:
        """Do its words send the customer to the screen (type on the keypad, or the keyboard)?"""
        phase, heard = self.view.phase, bool(self.view.heard)
        return phase == "keypad_only" or (phase in ("name", "typed") and not heard)

    def _show_next(self) -> None:
        # Its words say "press Next" (a name or digits written): with the screen
        # aside, the Next they mean is here.
        phase = self.view.phase
        self.next.setVisible(
            self.screen_aside and phase in ("name", "typed") and bool(self.view.heard)
        )

    def _arrange(self) -> None:
        """Close (or Stop) and the answers, placed so the panel is as short as it can be.

        Close sits at the right end of the panel's line, or after the answers when
        that saves a row (a long line beside it wraps); the answers take the
        number of columns that gives the shortest rows.
        """
        answers = self._answers()
        shown = [b for b in answers if not b.isHidden()]
        margins = self._layout.contentsMargins()
        width = self._across() - margins.left() - margins.right()
        on_top = self._close_on_top(shown, width)
        grid = self.choices.layout()
        for button in (*answers, self.close_button):  # only what is on offer now
            if grid is not None:
                grid.removeWidget(button)
        self._top.removeWidget(self.close_button)
        if on_top:
            self._top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            shown.append(self.close_button)
        columns, _ = self._columns(shown, width)
        self.choices.max_columns = columns
        self.choices.min_item_width = 1  # the columns are chosen here, not by width
        self.choices.set_items(shown)
        self.choices.setVisible(bool(shown))
        self.close_button.show()  # moving between the line and the grid hid it
        self._scroll_if_needed()
        self.updateGeometry()

    def _across(self) -> int:
        """The window's width (a hidden panel's own is from when it last showed)."""
        parent = self.parentWidget()
        return parent.width() if parent is not None else self.width()

    def _close_on_top(self, answers: list[LabelButton], width: int) -> bool:
        """Is the panel shorter with Close beside its line than after the answers?"""
        if width <= 0:
            return True
        gap = self._top.spacing()
        beside = self.meter.width() + gap if self.view.phase == "listening" else 0
        close = self.close_button
        for widget in (close, *answers):
            widget.ensurePolished()
            widget.title.ensurePolished()
            # New words ask for a new layout by a posted event: measure them now.
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        line = self.title.heightForWidth(width - beside - close.sizeHint().width() - gap)
        top = max(line, close.heightForWidth(close.sizeHint().width()))
        alone = max(self.title.heightForWidth(width - beside), self.meter.height() if beside else 0)
        with_top = top + self._columns(answers, width)[1]
        after = alone + self._columns([*answers, close], width)[1]
        return with_top <= after

    def _columns(self, items: list[LabelButton], width: int) -> tuple[int, int]:
        """The column count giving the shortest rows for ``items``, and their height."""
        if not items or width <= 0:
            return 1, 0
        gap = self.choices.spacing()
        # No answer narrower than its longest unbroken run (a name): they stack instead.
        least = max([self._least_width, *(b.least_width() for b in items)])
        best = (1 << 30, 1)
        for columns in range(1, min(MAX_COLUMNS, len(items)) + 1):
            column = (width - gap * (columns - 1)) // columns
            if column < least and columns > 1:
                break
            rows = [items[i : i + columns] for i in range(0, len(items), columns)]
            height = sum(max(b.heightForWidth(column) for b in row) for row in rows)
            height += gap * len(rows)  # the rows' gaps and the one above them
            best = min(best, (height, -columns))
        return -best[1], best[0]

    def spoken_text(self) -> str:
        """The panel's answer as it is said: its line, then the readings offered.

        Not what was heard: the customer knows what they said (and a sensitive
        field's digits are never repeated). A name written from speech is read
        back only through private audio (headphones, a handset); through the
        loudspeaker the panel asks to check it on the screen, where it stands.
        """
        c, view = self._catalog, self.view
        if c is None or view.phase != "name" or not view.heard or self.private_audio:
            parts = [self.title.text()]
            parts += [b.title.text() for b in self.readings if not b.isHidden()]
            return " ".join(sentence(plain_joins(p)) for p in parts if p)
        parts = [say_sentence(c, "assistant.name_written", {}, {"name": view.heard})]
        if view.names:  # the other spellings stay on screen, unsaid
            parts.append(say_sentence(c, "assistant.name_instead", {}, {"name": view.names[0]}))
        return " ".join(sentence(p) for p in parts if p)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The height it asks for follows its width (answers per row): ask again.
        if event.oldSize().width() != event.size().width() and self.isVisible():
            self._arrange()
        self._scroll_if_needed()

    def _scroll_if_needed(self) -> None:
        # A scroll bar only when the answers are taller than the room: a bar shown
        # for nothing narrows the answers, which then wrap and need it.
        needed = self.sizeHint().height() > max(self.height(), self.maximumHeight())
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if needed
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.scroll_area.setVerticalScrollBarPolicy(policy)

    def minimumSizeHint(self) -> QSize:
        # Its own height, not the scroll area's minimum (two scroll bars' worth,
        # taller than a panel of one line): the window gives it sizeHint().
        return QSize(0, 0)

    def sizeHint(self) -> QSize:
        # The whole content; the window caps the height (see main_window).
        body = self._body
        width = max(self._across(), 1)
        height = (
            body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        )
        # The scroll area never makes the body shorter than its minimum: ask for that much.
        height = max(height, body.minimumSizeHint().height())
        # The style sheet's top rule sits inside the panel, above the scroll area.
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * self.scroll_area.frameWidth()
        return QSize(width, height + frame)


def reading_words(catalog: Catalog, reading: Reading) -> str:
    """A reading as a button says it: "Take a queue number: Cash …"."""
    intent, slots = reading
    if "words" in slots:  # one of the screen's own buttons
        return slots["words"]
    if "service" in slots:
        return catalog.text(
            "assistant.reading.take_ticket_for", service=catalog.text(f"service.{slots['service']}")
        )
    if "product" in slots:
        name = catalog.text(f"product.{slots['product']}.name")
        return catalog.text("assistant.reading.explain_product_for", product=name)
    if "lang" in slots:
        language = catalog.text(f"assistant.language.{slots['lang']}")
        return catalog.text("assistant.reading.change_language_to", language=language)
    return catalog.text(f"assistant.reading.{intent}")
