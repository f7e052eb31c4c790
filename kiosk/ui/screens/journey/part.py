"""What the journey screen's parts share: how they get their buttons."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.widgets.label_button import LabelButton

# The screen's button factory (Screen.button): a button made through it requests
# its action on the screen and takes the screen's sizes and colours.
MakeButton = Callable[..., LabelButton]
