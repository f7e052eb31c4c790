"""What the assistant panel shows: a phase, what was heard, the answers offered (no Qt).

The phases and the reasons why the customer cannot speak are enums whose
values are the words the panel, the tour and the insight events already use
("ask", "no_model"), so a view reads and compares like those words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.speech.intent_actions import Reading


class Phase(StrEnum):
    """What the panel is doing."""

    HIDDEN = "hidden"  # nothing to show
    LISTENING = "listening"
    ASK = "ask"  # "Did you mean …?"
    SORRY = "sorry"  # not understood: say it again (or type, or a person)
    STAFF = "staff"  # misunderstood three times: offer a person
    OFF = "off"  # speech input cannot work: ``why`` says which
    TYPED = "typed"  # said digits were typed on the field: check them, then Next
    KEYPAD_ONLY = "keypad_only"  # a sensitive field: type it on the keypad
    NAME = "name"  # a name said was written in the field: check it, then Next


class Why(StrEnum):
    """Why the customer cannot speak to the kiosk now (NONE: they can)."""

    NONE = ""
    OFF = "off"  # speech input is turned off on this kiosk
    NO_MICROPHONE = "no_microphone"
    LOADING = "loading"  # the language's model is not loaded yet
    NO_MODEL = "no_model"  # this language has no model that loads


# The answers said aloud as well as shown (listening and "off" are shown only:
# the customer is talking, or the bar's own line says why). A tap that moves
# on makes any of them stale.
SPOKEN_PHASES = frozenset(
    (Phase.ASK, Phase.SORRY, Phase.STAFF, Phase.TYPED, Phase.KEYPAD_ONLY, Phase.NAME)
)


@dataclass(frozen=True)
class AssistantView:
    """What the assistant panel shows.

    Attributes:
        phase: See :class:`Phase` (a phase's word, such as ``"ask"``, is
            taken too and made the member).
        heard: What was heard or typed so far; for ``name``, the name written.
        readings: For ``ask``: up to three (intent, slots), best first; a
            button of the screen is (``press``, {"index", "words"}).
        why: For ``off``: see :class:`Why`.
        names: For ``name``: other ways the name may have been heard, to
            write instead with one tap.
    """

    phase: Phase = Phase.HIDDEN
    heard: str = ""
    readings: tuple[Reading, ...] = ()
    why: Why = Why.NONE
    names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A misspelt phase fails here, not as a blank panel later.
        object.__setattr__(self, "phase", Phase(self.phase))
        object.__setattr__(self, "why", Why(self.why))

    @property
    def said_aloud(self) -> bool:
        """An answer the kiosk says as well as shows, like every error and question."""
        return self.phase in SPOKEN_PHASES
