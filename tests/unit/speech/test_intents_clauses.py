"""Clauses in the second stage (``clauses: true`` in concepts.yaml), and answers in ties.

Chinese is told in clauses: 我没记住，再来一次 ("I didn't catch it, once more")
denies nothing after its comma; 这个不是我的卡 ("this is not my card") holds 不是
as a copula, not the answer "no"; 不用了，我想回到首页 asks for the home screen.
Engine tests build small lists in a temporary folder; without the key a
locale reads exactly as before (en and ko do not set it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.errors import ContentError
from kiosk.speech.intents import UNKNOWN
from kiosk.speech.intents.cue_index import CueIndex
from kiosk.speech.intents.cue_rules import at_edge, clause_starts
from kiosk.speech.intents.cues import CONCEPTS_FILE, load_cues

CUES = """intents:
  repeat: {strong: [再来一次]}
  home: {strong: [首页]}
  lost_card: {strong: [挂失]}
  'no': {strong: [不是, 不用了]}
"""
CONCEPTS = "ties: first\nnegators: [没, 不是]\nconcepts: {x: [x]}\n"


def index(tmp_path: Path, extra: str = "clauses: true\n") -> CueIndex:
    (tmp_path / "cues.yaml").write_text(f"locale: zh_CN\n{CUES}", "utf-8")
    (tmp_path / CONCEPTS_FILE).write_text(f"locale: zh_CN\n{CONCEPTS}{extra}", "utf-8")
    return load_cues(tmp_path / "cues.yaml", "zh_CN")


def test_a_negator_does_not_reach_past_a_comma(tmp_path: Path) -> None:
    cues = index(tmp_path)
    assert cues.read("我没再来一次").intent == UNKNOWN  # same clause: denied
    assert cues.read("我没，再来一次", raw="我没，再来一次").intent == "repeat"
    assert index(tmp_path, "").read("我没，再来一次", raw="我没，再来一次").intent == UNKNOWN


def test_a_no_word_inside_a_clause_is_no_answer(tmp_path: Path) -> None:
    cues = index(tmp_path)
    said = "这个东西不是我的东西"
    assert cues.read(said, raw=said).intent == UNKNOWN
    assert cues.read("不是，我要挂失", raw="不是，我要挂失").intent == "lost_card"
    assert cues.read("那个不是", raw="那个不是").intent == "no"  # at the clause's end
    assert index(tmp_path, "").read(said, raw=said).intent == "no"  # opt-in only


def test_an_answer_loses_a_tie_to_a_request(tmp_path: Path) -> None:
    cues = index(tmp_path, "")
    reading = cues.read("不用了我想回到首页")
    assert reading.intent == "home"
    assert [i for i, _ in reading.runners_up()] == ["no"]


def test_clause_starts_fall_back_when_tokens_disagree() -> None:
    assert clause_starts("我没记住，再来一次", 8, list) == [0, 4]
    assert clause_starts("我没记住，再来一次", 9, list) == []
    assert clause_starts("，，", 0, list) == []
    assert at_edge([0, 4], 0, 2, 8) and not at_edge([0], 2, 4, 8)


def test_clauses_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as error:
        index(tmp_path, "clauses: sometimes\n")
    assert error.value.field == "clauses"
