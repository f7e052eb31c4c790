"""When a screen's words are said, in which language, and the voice's Louder/Slower steps.

Pure: no Qt. ``kiosk/app/wiring_speech.py`` connects these to the speech service.
"""

from __future__ import annotations

from kiosk.core import ids

VOLUME_STEP = 0.1  # "Louder" / "I can't hear you": one step, up to full volume
MAX_VOLUME = 1.0


def speaking_locale(screen_id: str, words: str, locale: str, voice_ready: bool) -> str | None:
    """The language to say a screen's words in on entry, or None when it stays quiet.

    The attract screen stays quiet (nobody is there yet), as does a screen with
    no words or a kiosk whose voice is off or unavailable. A locale without a
    voice of its own (the pseudo-locale) is spoken in English.
    """
    if screen_id == ids.WELCOME or not words or not voice_ready:
        return None
    return locale if locale in ids.LOCALES else "en"


def louder(volume: float) -> float:
    """One step louder, never past full volume."""
    return min(MAX_VOLUME, volume + VOLUME_STEP)


def slower(rate_step: int) -> int:
    """One step slower (the speech service bounds the steps)."""
    return rate_step - 1
