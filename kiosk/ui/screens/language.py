"""Language choice (each language named in itself) and the high-contrast switch."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.fit_steps import TIGHT_GAP, FitSteps, set_air, set_tight
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label


class LanguageScreen(Screen):
    screen_id = ids.LANGUAGE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label("heading")
        subtitle = text_label("body")
        self.bind(title, "language.title")
        self.bind(subtitle, "language.subtitle")
        self.layout_.addWidget(title)
        self.layout_.addWidget(subtitle)
        self.choices = {}
        for locale in ids.LOCALES:
            button = self.button("choose_language", locale, variant="")
            button.title.setProperty("lang", locale)
            button.hint.setProperty("lang", locale)
            self.choices[locale] = button
        # Side by side where the screen is wide: the contrast switch stays in view.
        self.grid = ResponsiveGrid(max_columns=3)
        self.grid.set_items(list(self.choices.values()))
        self.layout_.addWidget(self.grid)
        self.contrast = self.button("theme")
        self.contrast.set_icon("text_size")
        self.layout_.addWidget(self.contrast)
        self.layout_.addStretch(1)
        self._metrics: Metrics | None = None
        # Until it fits (150 % on a short window): less air, the three languages
        # on one row (the contrast switch without its picture), then without
        # the line under the heading (each language is named in itself).
        self.fit = FitSteps(self.pager, self._lay_out)
        self.subtitle = subtitle
        self.fit.add("tight", "wide", "no_subtitle")

    def after_retranslate(self, context: ScreenContext) -> None:
        for locale, button in self.choices.items():
            own = context.catalogs[locale]
            current = locale == context.prefs.locale
            # The current language says so in words, not only with a thicker frame.
            button.set_words(
                own.text("language.name"), own.text("language.current") if current else ""
            )
            button.setProperty("variant", "selected" if current else "")
            button.style().unpolish(button)
            button.style().polish(button)
        on = context.prefs.theme == "high_contrast"
        catalog = context.catalog
        self.contrast.set_words(
            catalog.text("language.contrast_on" if on else "language.contrast_off"),
            catalog.text("language.contrast_hint"),
        )

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._lay_out()

    def _lay_out(self) -> None:
        self.subtitle.setVisible("no_subtitle" not in self.fit)
        m = self._metrics
        if m is None:
            return
        tight = "tight" in self.fit
        set_air(self.layout_, m, tight)
        set_tight([*self.choices.values(), self.contrast], tight, m.pad)
        # A language's name is short: narrower buttons put all three on one row,
        # and the contrast switch does without its picture (its words say it all).
        wide = "wide" in self.fit
        self.contrast.set_icon("" if wide else "text_size")
        width = round(m.label * (6 if wide else 8))
        self.grid.set_spacing(TIGHT_GAP if tight else m.gap, width)

    def spoken_text(self) -> str:
        base = super().spoken_text()
        if self.context is None:
            return base
        names = [self.context.catalogs[loc].spoken("language.name") for loc in ids.LOCALES]
        return " ".join([base, *[n + "." for n in names], self.contrast.accessibleName() + "."])
