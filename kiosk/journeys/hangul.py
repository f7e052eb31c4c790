"""Korean typing on a 2-beolsik (두벌식) keyboard: jamo keys in, syllables out. Pure.

A field keeps the *keys* typed (compatibility jamo such as ``ㄱ``, ``ㅏ``) and
renders them with :func:`compose`, so Delete takes back one key at a time
(값 → 갑 → 가 → ㄱ) the way every Korean phone keyboard does. Rules:

* a consonant then a vowel make a syllable; a further consonant becomes its
  final (받침), and two finals that form a pair become one (ㄹ+ㄱ → ㄺ);
* a vowel after a final takes the final (or the pair's second half) as the
  initial of a new syllable: 닭 + ㅏ → 달가, 갑 + ㅅ + ㅣ → 값이;
* two vowels that form a compound vowel become one (ㅗ+ㅏ → ㅘ, ㅡ+ㅣ → ㅢ);
* a jamo that cannot join a syllable stays as it is (compatibility jamo);
  any other character (space, hyphen, a Latin letter) is kept and ends the
  syllable before it.

Double consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) and ㅐ ㅒ ㅔ ㅖ are their own keys here
(there is no shift key on the kiosk).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

# The keys of the kiosk keyboard: every consonant and simple vowel has one.
CONSONANT_KEYS = INITIALS
VOWEL_KEYS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ"

COMPOUND_VOWELS = {
    ("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}  # fmt: skip
DOUBLE_FINALS = {
    ("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}  # fmt: skip
_SPLIT_VOWELS = {v: k for k, v in COMPOUND_VOWELS.items()}
_SPLIT_FINALS = {v: k for k, v in DOUBLE_FINALS.items()}

_FIRST_SYLLABLE = 0xAC00
_LAST_SYLLABLE = 0xD7A3


def is_consonant(key: str) -> bool:
    return len(key) == 1 and key in INITIALS


def is_vowel(key: str) -> bool:
    return len(key) == 1 and key in VOWEL_KEYS


@dataclass
class _Block:
    """One syllable being built: each part is the keys that made it."""

    initial: str = ""
    medial: tuple[str, ...] = ()
    final: tuple[str, ...] = ()

    def render(self) -> str:
        vowel = (
            COMPOUND_VOWELS.get(self.medial, "") if len(self.medial) == 2 else "".join(self.medial)
        )
        if not self.initial:
            return vowel
        if not vowel:
            return self.initial
        last = DOUBLE_FINALS[self.final] if len(self.final) == 2 else "".join(self.final)
        index = (INITIALS.index(self.initial) * 21 + MEDIALS.index(vowel)) * 28
        return chr(_FIRST_SYLLABLE + index + FINALS.index(last))


def compose(keys: Iterable[str]) -> str:
    """The text the customer sees for the keys they typed, in order."""
    out: list[str] = []
    block: _Block | None = None

    def start(new: _Block | None) -> None:
        nonlocal block
        if block is not None:
            out.append(block.render())
        block = new

    for key in keys:
        if is_consonant(key):
            if block is not None and block.initial and block.medial:
                if not block.final and key in FINALS:  # ㄸ ㅃ ㅉ are never finals
                    block.final = (key,)
                    continue
                if len(block.final) == 1 and (block.final[0], key) in DOUBLE_FINALS:
                    block.final = (block.final[0], key)
                    continue
            start(_Block(initial=key))
        elif is_vowel(key):
            if block is not None and block.final:
                # The last final moves on to begin the next syllable.
                moving = block.final[-1]
                block.final = block.final[:-1]
                start(_Block(initial=moving, medial=(key,)))
            elif block is not None and block.medial:
                if len(block.medial) == 1 and (block.medial[0], key) in COMPOUND_VOWELS:
                    block.medial = (block.medial[0], key)
                else:
                    start(_Block(medial=(key,)))
            elif block is not None and block.initial:
                block.medial = (key,)
            else:
                start(_Block(medial=(key,)))
        else:
            start(None)
            out.append(key)
    start(None)
    return "".join(out)


def decompose(text: str) -> list[str]:
    """Keys that type ``text`` (the inverse of :func:`compose` for whole syllables).

    Used when a field already holds a name (typed earlier, or in another
    language) so that Delete can still take back one key at a time.
    """
    keys: list[str] = []
    for ch in text:
        code = ord(ch) - _FIRST_SYLLABLE
        if 0 <= code <= _LAST_SYLLABLE - _FIRST_SYLLABLE:
            initial, rest = divmod(code, 21 * 28)
            medial, final = divmod(rest, 28)
            vowel = MEDIALS[medial]
            last = FINALS[final]
            keys.append(INITIALS[initial])
            keys += _SPLIT_VOWELS.get(vowel, (vowel,))
            if last:
                keys += _SPLIT_FINALS.get(last, (last,))
        elif ch in _SPLIT_VOWELS:
            keys += _SPLIT_VOWELS[ch]
        else:
            keys.append(ch)
    return keys


def keys_for(text: str) -> list[str] | None:
    """:func:`decompose`, but only when typing those keys gives ``text`` back."""
    keys = decompose(text)
    return keys if compose(keys) == text else None


def delete_last(keys: Sequence[str]) -> list[str]:
    """The keys after Delete: the last key typed goes, not the whole syllable."""
    return list(keys[:-1])
