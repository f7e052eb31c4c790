"""The attract screen: greets in every language; a touch anywhere starts."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core import ids
from kiosk.look.theme import BASE_METRICS, Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext, sentence


class WelcomeScreen(Screen):
    screen_id = ids.WELCOME
    fills_height = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = self.button("start", variant="attract", title_role="heading")
        self.area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.area.set_icon("hand")
        self.touch_lines = {loc: self.area.add_line("display", lang=loc) for loc in ids.LOCALES}
        self.staff_hint = self.area.add_line("hint")
        self.layout_.addWidget(self.area, 1)
        # Where the words do not fit one page (150 % on a 1080 px screen, every size
        # on a 1366×768 one), the hand gives way, the greeting and the three "touch"
        # lines take the heading size at the fixed bar's growth rate (58 px at 150 %,
        # 65 px at 200 %), and at 200 % the staff hint leaves it to the bar's Call
        # staff: every language in view at once, one tap, one page.
        self.pager.compactors.append(self._compact)
        self.pager.recheck_compact = True
        self._metrics: tuple[Metrics, Palette] | None = None

    def _compact(self, on: bool) -> None:
        self.area.set_icon("" if on else "hand")
        self.area.setProperty("fit", on)
        largest = self._metrics is not None and self._metrics[0].body >= 2 * BASE_METRICS.body
        self.staff_hint.setVisible(not (on and largest))
        if self._metrics is not None:
            self._size_area(*self._metrics)
        for label in self.touch_lines.values():
            label.setProperty("role", "heading" if on else "display")
        for label in [self.area.title, self.staff_hint, *self.touch_lines.values()]:
            label.style().unpolish(label)
            label.style().polish(label)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = (m, palette)
        self._size_area(m, palette)

    def _size_area(self, m: Metrics, palette: Palette) -> None:
        # The hand stays its 100 % size: bigger words need the room more than it does.
        # Fitted, the lines sit closer (half the padding): the words need the room.
        pad = m.pad // 2 if self.pager.compact else m.pad
        self.area.apply_metrics(pad, m.gap, BASE_METRICS.display * 2, palette.text)

    def after_retranslate(self, context: ScreenContext) -> None:
        catalog = context.catalog
        self.area.set_words(catalog.text("welcome.greeting", bank=context.bank_name))
        for locale, label in self.touch_lines.items():
            label.setText(context.catalogs[locale].text("welcome.touch"))
        self.staff_hint.setText(catalog.text("welcome.staff_hint"))
        self.area.setAccessibleName(" ".join(lbl.text() for lbl in self.touch_lines.values()))

    def spoken_text(self) -> str:
        if self.context is None:
            return ""
        greeting = self.context.catalog.spoken("welcome.greeting", bank=self.context.bank_name)
        lines = [self.context.catalogs[loc].spoken("welcome.touch") for loc in ids.LOCALES]
        return " ".join(sentence(t) for t in [greeting, *lines])
