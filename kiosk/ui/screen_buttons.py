""" "Say what you see": the buttons of the screen in view, pressed by their words."""

from __future__ import annotations

from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.label_button import LabelButton

# Buttons the assistant may press by voice: the screen's own, not keys or the bar.
SPOKEN_KINDS = ("button", "tile")


class ScreenButtons:
    """The buttons a customer can name, on whichever screen is in view now."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def buttons(self) -> list[LabelButton]:
        """Visible, enabled buttons and tiles of the current screen, in widget order.

        Visible on the screen, not necessarily in view: set aside behind the
        assistant's panel (docs/design/0037), its buttons still answer to their words.
        """
        screen = self.window.current_screen()
        return [
            b
            for b in screen.findChildren(LabelButton)
            if b.isVisibleTo(screen) and b.isEnabled() and b.property("kiosk_kind") in SPOKEN_KINDS
        ]

    def words(self) -> list[str]:
        """Each button's title, as the customer sees it."""
        return [b.title.text() for b in self.buttons()]

    def press(self, index: int) -> None:
        self.buttons()[index].click()

    def moves_on(self, index: int) -> bool:
        """The button only turns the page (an info step's Next)."""
        return self.buttons()[index].property("kiosk_action") == "journey_next"
