"""Does a voice really speak the locale's language? Asked of espeak-ng's phonemes.

A voice's name and declared language are not enough (DESIGN.md "Known
traps"): espeak-ng's ``cmn`` voice declares Mandarin but is "latin as
English" and reads ``您的号码是`` through English phonemes, marked ``(en)``
in its ``--ipa`` output. So a voice is taken for a locale only when a test
sentence in that language comes out with no switch to another language.

``espeak-ng -q --ipa`` is the only way this module reaches espeak-ng (a
separate process: nothing here touches the synthesiser's engine thread).
No Qt, no pyttsx3.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.languages import languages
from kiosk.speech.speaker import SpeechError

ESPEAK_PROGRAM = "espeak-ng"
# A sentence the kiosk really says in each language, with a queue number read
# as the kiosk reads it, and the language's English name (language.toml).
TEST_SENTENCES: dict[str, str] = {
    loc: lang.voice_test_sentence for loc, lang in languages().items()
}
LANGUAGE_NAMES = {loc: lang.name for loc, lang in languages().items()}
# espeak-ng marks each change of language in its phoneme output as "(en)", "(cmn)".
_SWITCH = re.compile(r"\(([a-z]{2,3}(?:-[a-z0-9]+)*)\)", re.IGNORECASE)
TIMEOUT_S = 10.0

PhonemeReader = Callable[[str, str], str]


class PhonemesUnavailable(SpeechError):
    """espeak-ng's phonemes could not be read (program missing, voice unknown)."""


def read_phonemes(voice: str, text: str) -> str:
    """The IPA phonemes espeak-ng's ``voice`` says for ``text``.

    Args:
        voice: An espeak-ng voice id or name (``sit/cmn-latn-pinyin``, ``ko``).
        text: What to say.

    Raises:
        PhonemesUnavailable: No ``espeak-ng`` program, an unknown voice, or it hung.
    """
    program = shutil.which(ESPEAK_PROGRAM)
    if program is None:
        raise PhonemesUnavailable(
            "the espeak-ng program is not installed, so the voices cannot be checked: "
            "apt-get install espeak-ng"
        )
    try:
        done = subprocess.run(
            [program, "-q", "--ipa", "-v", voice, "--", text],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PhonemesUnavailable(f"espeak-ng did not answer within {TIMEOUT_S:g} s") from None
    except OSError as exc:
        raise PhonemesUnavailable(f"espeak-ng cannot run: {exc}") from None
    out = done.stdout.strip()
    # An unknown voice prints its error on stdout and exits 1.
    if done.returncode != 0 or out.startswith("Error:"):
        problem = (done.stderr.strip() or out or f"exit {done.returncode}").splitlines()[0]
        raise PhonemesUnavailable(f"espeak-ng voice {voice}: {problem}")
    return out


def language_switches(phonemes: str) -> list[str]:
    """The languages espeak-ng switched to while reading (``["en", "cmn"]``)."""
    return [tag.lower() for tag in _SWITCH.findall(phonemes)]


@dataclass(frozen=True)
class Verdict:
    """What a voice said for a locale's test sentence.

    Attributes:
        voice: The voice id asked.
        locale: The kiosk locale.
        phonemes: espeak-ng's IPA for the test sentence.
        switches: Languages it switched to (empty when it spoke the locale's own).
    """

    voice: str
    locale: str
    phonemes: str
    switches: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """It spoke the whole sentence in its own language, and said something."""
        return not self.switches and bool(self.phonemes.strip())

    def describe(self) -> str:
        """One line for a technician: what the voice did with the test sentence."""
        language = LANGUAGE_NAMES.get(self.locale, self.locale)
        if self.ok:
            return f"{self.voice} speaks {language} (no language switch in its phonemes)"
        if not self.phonemes.strip():
            return f"{self.voice} said nothing for a {language} sentence"
        switched = ", ".join(dict.fromkeys(self.switches))
        return f"{self.voice} reads {language} as another language (switches to {switched})"


def verdict(voice: str, locale: str, read: PhonemeReader = read_phonemes) -> Verdict:
    """Ask ``voice`` to say ``locale``'s test sentence and judge its phonemes.

    Raises:
        ValueError: No test sentence for ``locale``.
        PhonemesUnavailable: The phonemes could not be read (see :func:`read_phonemes`).
    """
    sentence = TEST_SENTENCES.get(locale)
    if sentence is None:
        raise ValueError(f"no test sentence for locale {locale!r}")
    ipa = read(voice, sentence)
    return Verdict(voice, locale, ipa, tuple(language_switches(ipa)))
