"""A step's picture: an icon, or a drawn picture guide sized to the room left."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.journeys.model import Step, StepKind
from kiosk.look.icons import icon_pixmap
from kiosk.look.theme import MIN_GAP_PX, Metrics, Palette
from kiosk.ui.screens.guide_layout import ButtonPairing, GuideLayout, height_at
from kiosk.ui.screens.journey.ways_on import WaysOn
from kiosk.ui.widgets.geometry import ripple


class StepPicture:
    """Draws a step's picture in ``label`` on ``screen``.

    A guide's picture takes the room the words and buttons leave, so Next,
    "Show me again" and "I'm stuck" stay in view; it is redrawn when that room
    changes. On a landscape screen it may stand beside them instead (``guide``).

    Args:
        screen: The screen the picture is on.
        label: Where the picture is drawn.
        words: The step's title, warning and body, top to bottom.
        ways: The step's buttons.
        content_width: The widest the page's column may be now.
        refit: Draws the picture of the step shown again (the room for it changed).
    """

    def __init__(
        self,
        screen: QWidget,
        label: QLabel,
        words: Sequence[QLabel],
        ways: WaysOn,
        content_width: Callable[[], int],
        refit: Callable[[], None],
    ) -> None:
        self.screen, self.label, self.words, self.ways = screen, label, list(words), ways
        self.content_width = content_width
        self.refit = refit
        self.guide: GuideLayout | None = None  # set once the page's flow is built
        # Set by the screen's compactors when the page does not fit: thin edges and
        # gaps (``tight``), and no icon (it is decoration; every choice comes first).
        # A drawn guide's picture stays (it is the step), sized to the room left.
        self.tight = False
        self.without_icon = False
        self._metrics: Metrics | None = None
        self._palette: Palette | None = None

    def set_palette(self, m: Metrics, palette: Palette) -> None:
        self._metrics, self._palette = m, palette

    def show(self, step: Step, covered: bool) -> None:
        """The step's picture, unless what the step found is ``covered`` by it (a ready
        form's code, a welcome's number: the picture would push them down)."""
        self.label.setVisible(bool(step.picture) and not covered)
        from kiosk.ui.widgets.guide_pictures import is_guide

        if not is_guide(step.picture) and self.guide is not None:
            if self.guide.pairing is not None:
                self.guide.pairing.set_paired(False)
            self.guide.set_wide(False)
        if not step.picture or self._metrics is None or self._palette is None:
            return
        m, ratio = self._metrics, self.screen.devicePixelRatioF()
        side = m.label + m.pad  # the size of button icons
        if not is_guide(step.picture):
            if self.without_icon:
                self.label.hide()
                return
            self.label.setPixmap(icon_pixmap(step.picture, self._palette.text, side, ratio))
            return
        self._show_guide(step, m, self._palette)

    def _show_guide(self, step: Step, m: Metrics, palette: Palette) -> None:
        from kiosk.ui.widgets.guide_pictures import guide_pixmap, refit_on_resize

        screen, ratio, guide = self.screen, self.screen.devicePixelRatioF(), self.guide
        host = screen.parentWidget() or screen
        refit_on_resize(host, screen, self.refit)
        # The pager never shows a scrollbar; on a page made shorter, where every
        # line counts, the words are measured at the width they will have.
        bar = 0 if self.tight else m.scrollbar
        width = min(host.width() - bar, self.content_width()) - 2 * m.margin
        screen.ensurePolished()
        words = [w for w in self.words if not w.isHidden()]
        ways = self.ways
        buttons: list[QWidget] = []
        buttons += [ways.primary] if step.kind in (StepKind.INFO, StepKind.RESULT) else []
        buttons += [ways.guide_row] if step.again is not None else []
        # Landscape, with the words and buttons fitting a side column: the picture
        # beside them, as tall as the screen.
        # A short window's page has thin edges and gaps (JourneyScreen._fit_spacing).
        edge, gap = (MIN_GAP_PX // 2, MIN_GAP_PX) if self.tight else (m.margin, m.gap)
        high = host.height() - 2 * edge
        landscape = host.width() > host.height()
        if guide is not None:
            guide.set_tight(self.tight)
        left = guide.arrange(width, high, landscape, [*words, *buttons]) if guide else 0
        if left:
            self.label.setPixmap(guide_pixmap(step.picture, palette, left, high, ratio))
            ripple(self.label)  # the pager measures the new size at once, not a cached one
            return
        ways.guide_row.fit_width(width)
        if guide is not None and len(buttons) == 2:
            buttons = self._pair(guide, words, buttons, width, high, gap)
        # How tall the picture may be with each button still in view, top to bottom.
        room = high - sum(height_at(w, width) + gap for w in words)
        rooms = []
        for button in buttons:
            room -= height_at(button, width) + gap
            rooms.append(room + (edge if button is not buttons[-1] else 0))
        # Buttons out of view even without a picture do not shrink it (nor does a
        # page that scrolls anyway); with too little room for even a small
        # picture, the words carry the step alone.
        in_view = [r for r in rooms if r + gap >= 0]
        # (A short window's page has no room to spare: the words carry it there.)
        tall = min(in_view) if in_view else 0 if self.tight else m.target * 2
        self.label.setVisible(not self.label.isHidden() and tall >= m.label)
        if tall >= m.label:
            side = m.label + m.pad
            pixmap = guide_pixmap(step.picture, palette, max(width, side), tall, ratio)
            self.label.setPixmap(pixmap)
            ripple(self.label)

    def _pair(
        self,
        guide: GuideLayout,
        words: list[QLabel],
        buttons: list[QWidget],
        width: int,
        high: int,
        gap: int,
    ) -> list[QWidget]:
        """Next beside "Show me again" (``ButtonPairing``) on a page made shorter where
        the words and the three buttons stacked would not fit even without a picture.

        Returns:
            The rows of buttons, top to bottom.
        """
        ways = self.ways
        if guide.pairing is None:
            guide.pairing = ButtonPairing(guide.flow, ways.primary, ways.guide_row)
        pairing = guide.pairing
        pairing.set_spacing(ways.guide_row.spacing())
        shown = [*words, *buttons]
        need = sum(height_at(w, width) for w in shown) + gap * (len(shown) - 1)
        pairing.set_paired(self.tight and need > high)
        if not pairing.paired:
            return buttons
        rows = [pairing.box, ways.guide_row]
        for stuck_tight in (False, True):  # the second only if the first is too tall
            pairing.set_stuck_tight(stuck_tight)
            ways.guide_row.fit_width(width)
            half = (width - ways.guide_row.spacing()) // 2
            box = max(height_at(w, half) for w in (ways.primary, ways.again))
            pairing.box.setFixedHeight(box)
            shown = [*words, *rows]
            if sum(height_at(w, width) for w in shown) + gap * (len(shown) - 1) <= high:
                break
        return rows
