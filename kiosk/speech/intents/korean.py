"""Korean list phrases said with or without their particles, 좀, merged endings (no Qt).

A list phrase of several words ("액정이 깨", "소리 키워", "문자가 이상") is
said in many shapes: the particle dropped or added at the end of a word
(액정 깨졌어, 소리를 키워), and 좀 "a bit, please" slipped between the words
(소리 좀 키워, 문자가 좀 이상해요). Where the list wrote a space, a sentence
may drop the list's particle, add one, and add a whole word 좀. Inside a
word nothing changes: 카드를 is matched by the list word 카드 as before.
A stem the list ends with a vowel (물어보, 알려 주, 급하) is also found with
its ending merged in (물어봤어요, 알려 줘요, 급해요): see :func:`contracted`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

# Case particles and 도 "too" that end a noun before the next word.
PARTICLES = frozenset("이가을를은는도에의")
# Said between words without meaning anything: "please", "a bit", "just a little";
# longest first, so 조금만 is not read as 조금 and a stray 만.
SOFTENERS = ("조금만", "좀만", "조금", "좀")
# What may stand at a spaced sign phrase's space: a particle, then 좀 (sign_pattern).
_AFTER_GAP = f"[{''.join(sorted(PARTICLES))}]?(?:{'|'.join(map(re.escape, SOFTENERS))})?"
# A stem's last vowel merges with the ending: 물어보 → 물어봐요, 물어봤어요;
# 알려 주 → 알려 줘, 줬; 찾아오 → 찾아왔; 급하 → 급해, 급했; 안 되 → 안 돼.
CONTRACTIONS = {
    "보": ("봐", "봤"),
    "주": ("줘", "줬"),
    "오": ("와", "왔"),
    "두": ("둬", "뒀"),
    "하": ("해", "했"),
    "되": ("돼", "됐"),
}


def contracted(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """The shapes a list stem takes when its ending merges into it (may be none)."""
    if not tokens or tokens[-1] not in CONTRACTIONS:
        return []
    return [(*tokens[:-1], merged) for merged in CONTRACTIONS[tokens[-1]]]


def may_cross(tokens: Sequence[str], gaps: frozenset[int], word: Sequence[int], i: int) -> bool:
    """Whether a list word, read from sentence token ``i``, may run across its spaces.

    Where the list wrote a space, or where the part before the sentence's
    space is at least two syllables (안전 계좌 for 안전계좌). A lone syllable
    before a space is a word of its own (이 "this", 그 "that"): 이 전화 holds
    no 이전 "back", 이 자리 no 이자 "interest".
    """
    run = 1  # syllables of the phrase so far in the current sentence word
    for j in range(len(tokens) - 1):
        if word[i + j] == word[i + j + 1]:
            run += 1
            continue
        if j not in gaps and run < 2:
            return False
        run = 1
    return True


def _without_particle(tokens: Sequence[str], k: int, first: int) -> bool:
    """Whether token ``k`` is a droppable particle (its word keeps a syllable)."""
    return tokens[k] in PARTICLES and k > first


def _particle_at(toks: Sequence[str], starts: Sequence[bool], j: int) -> bool:
    """Whether sentence syllable ``j`` is a particle ending its word."""
    n = len(toks)
    return 0 < j < n and not starts[j] and toks[j] in PARTICLES and (j + 1 == n or starts[j + 1])


def match_spaced(
    tokens: Sequence[str],
    gaps: frozenset[int],
    toks: Sequence[str],
    starts: Sequence[bool],
    i: int,
) -> int | None:
    """Sentence tokens a spaced list phrase covers from ``i``, or None.

    Args:
        tokens: The phrase's syllables.
        gaps: After which of them the list wrote a space.
        toks: The sentence's syllables.
        starts: Whether each sentence syllable starts a word.
        i: Where to match.
    """
    n, j, first, run = len(toks), i, 0, 0
    for k, tok in enumerate(tokens):
        at_gap = k in gaps
        if j < n and toks[j] == tok:
            if k > 0 and starts[j] and k - 1 not in gaps and run < 2:
                return None  # a lone syllable before a space is its own word (이 전화)
            run = 1 if starts[j] else run + 1
            j += 1
        elif at_gap and _without_particle(tokens, k, first) and j < n and starts[j]:
            pass  # the list's particle left out: 번호 바뀌 for 번호가 바뀌
        elif at_gap and _without_particle(tokens, k, first) and _particle_at(toks, starts, j):
            j += 1  # another particle in its place: 번호도 바뀌 for 번호가 바뀌
        else:
            return None
        if not at_gap:
            continue
        first = k + 1
        if _particle_at(toks, starts, j):
            j += 1  # a particle the list did not write
        for softener in SOFTENERS:
            size = len(softener)
            whole = j + size <= n and starts[j] and (j + size == n or starts[j + size])
            said = "".join(toks[j : j + size]) == softener
            if whole and said and "".join(tokens[k + 1 : k + 1 + size]) != softener:
                j += size  # 좀 said where the list has none
                break
    return j - i


@functools.cache
def sign_pattern(tokens: tuple[str, ...], gaps: frozenset[int]) -> re.Pattern[str]:
    """A spaced sign phrase as a pattern over the sentence's syllables run together.

    Cached: the lists hold more phrases than ``re``'s own cache (512), so a
    rebuilt index (a test's, the benchmark's) would compile every one again.
    """
    return re.compile("".join(part for part, _ in _sign_parts(tokens, gaps)))


def sign_literals(tokens: tuple[str, ...], gaps: frozenset[int]) -> tuple[str, ...]:
    """What a sentence must hold, as written, before :func:`sign_pattern` can match it.

    Compiling every pattern was most of Korean's load time; a sentence without
    these is never searched, so a pattern is compiled the first time one has them.
    """
    return tuple(literal for _, literal in _sign_parts(tokens, gaps) if literal)


def _sign_parts(tokens: tuple[str, ...], gaps: frozenset[int]) -> list[tuple[str, str]]:
    """Each token's pattern, and the text the sentence must hold for it ("" if optional)."""
    parts: list[tuple[str, str]] = []
    first = 0
    for k, tok in enumerate(tokens):
        if k in gaps:
            if _without_particle(tokens, k, first):
                parts.append((f"(?:{re.escape(tok)})?", ""))
            else:
                parts.append((f"(?:{re.escape(tok)})", tok))
            parts.append((_AFTER_GAP, ""))
            first = k + 1
        else:
            parts.append((re.escape(tok), tok))
    return parts


# Yanbian and Hamgyong Korean (older Chinese-Korean and North Korean customers)
# shorten the formal -ㅂ니다 / -ㅂ니까 to -ㅁ다 / -ㅁ까: 왔슴다, 박영철임다, 등록해야
# 됨다, 어떻게 함까, 안전한 검까, 있슴까 (ADR 0086). The statement only after the
# syllables whose -ㅁ다 is no standard word (임, 됨, 함, 슴, 봄, 옴, 줌, 씀; 감다, 담다,
# 참다 are verbs and stay); the question -ㅁ까 after any syllable closing on ㅁ.
_FORMAL = (
    re.compile(r"([임됨함슴봄옴줌씀])(다)(?=\s|$)"),
    re.compile(r"([가-힣])(까)(?=\s|$)"),
)
_HANGUL_FIRST = 0xAC00
_FINAL_M, _FINALS = 16, 28  # a syllable's final consonant ㅁ; ㅂ is the next one


def formal_endings(text: str) -> str:
    """-ㅁ다 / -ㅁ까 read as the standard -ㅂ니다 / -ㅂ니까 (임다 → 입니다, 함까 → 합니까)."""
    for pattern in _FORMAL:
        text = pattern.sub(_formal, text)
    return text


def _formal(match: re.Match[str]) -> str:
    syllable, ending = match.group(1), match.group(2)
    if (ord(syllable) - _HANGUL_FIRST) % _FINALS != _FINAL_M:
        return match.group(0)
    return chr(ord(syllable) + 1) + "니" + ending


# A recogniser that heard every syllable on its own writes them apart: "열 시 반 에 대출 상담
# 예 약 돼 있는 박 영 수 입니다" (ADR 0137). When two words in three of a sentence, and at least
# six, are one syllable, each run of one-syllable words is one word said slowly and is joined
# (예약돼, 박영수). It must also hold a syllable no one says alone, a particle or an ending
# standing apart (에, 를, 요, 니): "그 돈 좀 빨리 다 줘 봐", "방금 그 말 또 해 봐" keep
# their spaces.
_SPLIT_MIN = 6
_NEVER_ALONE = frozenset("에을를은는의요니습")


def joined_syllables(text: str) -> str:
    """Runs of one-syllable words joined when the sentence was heard syllable by syllable."""
    words = text.split(" ")
    single = [len(w) == 1 and "가" <= w <= "힣" for w in words]
    if sum(single) < _SPLIT_MIN or 3 * sum(single) < 2 * len(words):
        return text
    if not _NEVER_ALONE.intersection(words):
        return text
    out: list[str] = []
    for k, word in enumerate(words):
        if single[k] and k and single[k - 1]:
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)
