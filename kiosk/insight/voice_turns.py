"""The voice assistant's panel states → voice-turn outcomes and equipment faults.

Only the outcome of a turn is kept (heard, understood, asked "Did you mean",
missed), never the words.
"""

from __future__ import annotations

from kiosk.insight import events as ev

# Phases after listening that mean the kiosk acted on what it heard.
_UNDERSTOOD = frozenset({"hidden", "typed", "name", "keypad_only"})
_MISSED = frozenset({"sorry", "staff"})


class VoiceTurns:
    """Follows :class:`AssistantView` phases; one call per view change.

    ``view(phase, heard, why)`` returns ``(kind, detail)`` pairs to record.
    """

    def __init__(self) -> None:
        self._phase = "hidden"
        self._heard = False
        self._faults_told: set[str] = set()

    def view(self, phase: str, heard: bool, why: str = "") -> list[tuple[str, str]]:
        """The panel now shows ``phase``; ``heard``: something was heard or typed."""
        out: list[tuple[str, str]] = []
        was = self._phase
        if phase == "listening":
            self._heard = self._heard or heard if was == "listening" else heard
        elif was == "listening":
            heard_any = self._heard or heard
            outcome = None
            if phase == "ask":
                outcome = "did_you_mean"
            elif phase in _MISSED:
                outcome = "missed"
            elif phase in _UNDERSTOOD and heard_any:
                outcome = "understood"
            if outcome is not None:
                if heard_any:
                    out.append((ev.VOICE_TURN, "heard"))
                out.append((ev.VOICE_TURN, outcome))
            self._heard = False
        if phase == "off" and why in ("no_model", "no_microphone") and why not in self._faults_told:
            # Once per run: the panel redraws "off" on every screen.
            self._faults_told.add(why)
            out.append((ev.FAULT, why))
        self._phase = phase
        return out
