"""What one customer's visit holds, and how it is wiped. Pure Python.

A session starts when someone touches the welcome screen and ends when they
walk away (idle timeout) or staff end it. Nothing in it
outlives the customer: :meth:`Session.wipe` returns every field to the
configured defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.core import ids


@dataclass(frozen=True)
class Preferences:
    """The presentation choices a customer can change."""

    locale: str = "en"
    text_size: int = 100
    theme: str = "standard"
    voice_on: bool = True

    def __post_init__(self) -> None:
        if self.locale not in (*ids.LOCALES, ids.PSEUDO_LOCALE):
            raise ValueError(f"unknown locale {self.locale!r}")
        if self.text_size not in ids.TEXT_SIZES:
            raise ValueError(f"text size must be one of {ids.TEXT_SIZES}, not {self.text_size}")
        if self.theme not in ids.THEMES:
            raise ValueError(f"unknown theme {self.theme!r}")


def next_text_size(current: int) -> int:
    """100 → 150 → 200 → 100: the Text size button cycles."""
    sizes = ids.TEXT_SIZES
    return sizes[(sizes.index(current) + 1) % len(sizes)]


@dataclass
class Session:
    """One customer's visit: preferences, where they are, what they typed."""

    defaults: Preferences = field(default_factory=Preferences)
    prefs: Preferences = field(init=False)
    history: list[str] = field(default_factory=list)
    drafts: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prefs = self.defaults
        if not self.history:
            self.history = [ids.WELCOME]

    @property
    def current(self) -> str:
        return self.history[-1]

    @property
    def can_go_back(self) -> bool:
        return len(self.history) > 1

    def go(self, screen_id: str) -> str:
        """Move forward to a screen; going to the current one is a no-op."""
        if screen_id != self.current:
            self.history.append(screen_id)
        return self.current

    def back(self) -> str:
        """Return to the previous screen (stays put at the first one)."""
        if self.can_go_back:
            self.history.pop()
        return self.current

    def start_again(self) -> str:
        """Back to the task menu, keeping language and text size."""
        self.history = [ids.WELCOME, ids.LANGUAGE, ids.HOME]
        self.drafts.clear()
        return self.current

    def previous(self) -> str | None:
        return self.history[-2] if self.can_go_back else None

    def wipe(self) -> str:
        """Forget everything about this customer: back to defaults and welcome."""
        self.prefs = self.defaults
        self.history = [ids.WELCOME]
        self.drafts.clear()
        return self.current
