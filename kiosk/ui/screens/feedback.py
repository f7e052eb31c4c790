"""After help: one tap to say how it went, and an optional named thank-you."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.core import ids
from kiosk.look.theme import Metrics, Palette
from kiosk.ui.screens.base import Screen, ScreenContext, sentence
from kiosk.ui.screens.fit_steps import TIGHT_GAP, FitSteps, set_air, set_beside, set_tight
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text import text_label

FACES = (("3", "good", "face_good"), ("2", "ok", "face_ok"), ("1", "bad", "face_bad"))


class FeedbackScreen(Screen):
    """Three big faces (with words); then thanks, and a thank-you for the staff member."""

    screen_id = ids.FEEDBACK

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_name = ""
        self.rated = False
        self.thanked = False
        self.title = text_label("heading")
        self.bind(self.title, "feedback.title")
        self.faces = ResponsiveGrid(max_columns=3)
        faces: list[LabelButton] = []
        for score, key, icon in FACES:
            face = self.button("rate", score)
            face.set_icon(icon)
            self.bind(face, f"feedback.{key}")
            faces.append(face)
        self.faces.set_items(faces)
        self.face_buttons = faces
        self.thanks = text_label("body")
        self.thank_staff = self.button("thank_staff", variant="primary")
        self.thank_staff.set_icon("face_good")
        self.finish = self.button("start_again")
        self.finish.set_icon("home")
        self.bind(self.finish, "feedback.done")
        for widget in (self.title, self.faces, self.thanks, self.thank_staff, self.finish):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self._metrics: Metrics | None = None
        # Until it fits (150 % on a short window): less air, then each face
        # beside its word (and Finish's house beside it) instead of above it.
        self.fit = FitSteps(self.pager, self._lay_out)
        self.fit.add("tight", "beside")

    def stage_for_tour(self, screen_id: str) -> None:
        self.reset("Wang")

    def reset(self, staff_name: str) -> None:
        self.staff_name, self.rated, self.thanked = staff_name, False, False
        if self.context is not None:
            self.retranslate(self.context)

    def mark_rated(self) -> None:
        self.rated = True
        if self.context is not None:
            self.retranslate(self.context)

    def mark_thanked(self) -> None:
        self.thanked = True
        if self.context is not None:
            self.retranslate(self.context)

    def after_retranslate(self, context: ScreenContext) -> None:
        c = context.catalog
        self.faces.setVisible(not self.rated)
        self.title.setVisible(not self.rated)
        self.thanks.setVisible(self.rated)
        self.thanks.setText(
            c.text("feedback.thanked", name=self.staff_name)
            if self.thanked
            else c.text("feedback.thanks")
        )
        self.thank_staff.setVisible(self.rated and bool(self.staff_name) and not self.thanked)
        self.thank_staff.set_words(c.text("feedback.thank_staff", name=self.staff_name))

    def spoken_text(self) -> str:
        if not self.rated:
            return super().spoken_text()
        words = [self.thanks.text()]
        if not self.thank_staff.isHidden():
            words.append(self.thank_staff.title.text())
        words.append(self.finish.title.text())
        return " ".join(sentence(w) for w in words)

    def apply_metrics(self, m: Metrics, palette: Palette) -> None:
        super().apply_metrics(m, palette)
        self._metrics = m
        self._lay_out()

    def _lay_out(self) -> None:
        m = self._metrics
        if m is None:
            return
        tight = "tight" in self.fit
        set_air(self.layout_, m, tight)
        buttons = [*self.face_buttons, self.thank_staff, self.finish]
        set_tight(buttons, tight, m.pad)
        for button in buttons:
            layout = button.layout()
            if isinstance(layout, QBoxLayout):
                set_beside(layout, "beside" in self.fit)
        self.faces.set_spacing(TIGHT_GAP if tight else m.gap, round(m.label * 7))
