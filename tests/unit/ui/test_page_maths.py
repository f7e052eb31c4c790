"""The pure page maths: where pages end, and the lines a long label is made of."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.ui.widgets.pages import line_spans, page_breaks, plan_pages


def _shows_something(pages: list[tuple[int, int]], atoms: list[tuple[int, int]]) -> bool:
    return all(any(s <= top and bottom <= e for top, bottom in atoms) for s, e in pages)


def test_two_columns_whose_lines_never_line_up_still_give_a_first_page_with_words() -> None:
    # fraud_check.intro at 1366x768, 200 %: title and body lines on the left, Next
    # and a long tip on the right. Once every end but the 8 px margin cut a whole
    # label, and page 1 was (0, 8): nothing but the page buttons.
    left = [(8, 150), (150, 292), (316, 382), (382, 448), (448, 514)]
    right = [(8, 182), (198, 290), (290, 382), (382, 474), (474, 566)]
    pages = page_breaks(700, 491, left + right, [(8, 182)])
    assert pages[0] == (0, 382)  # the one end between lines in both columns
    assert _shows_something(pages, left + right)
    # With no such end, the page still shows words and cuts one line, not a button.
    right = [(8, 182), (198, 280), (280, 362), (362, 444), (444, 526), (526, 608)]
    pages = page_breaks(700, 491, left + right, [(8, 182)])
    assert 182 <= pages[0][1] <= 491 and _shows_something(pages, left + right)
    assert sum(t < pages[0][1] < b for t, b in left + right) == 1


def test_a_page_never_ends_above_the_first_thing_that_starts_on_it() -> None:
    # Whole labels (no lines known) in two columns: every end cuts one of them.
    atoms = [(8, 300), (20, 450), (310, 700), (460, 900)]
    pages = page_breaks(900, 480, atoms)
    assert pages[0][1] >= 300  # the first label shows whole, not an 8 px strip
    assert all(e > s for s, e in pages)


def test_a_long_label_goes_on_over_the_page_edge_between_two_of_its_lines() -> None:
    question = line_spans(8, 760, [(0, 152.4), (153, 152.4), (306, 152.4), (459, 152.4)])
    choices = [(8, 142), (178, 312)]
    pages = page_breaks(900, 491, question + choices, choices)
    end = pages[0][1]
    assert end in {top for top, _ in question} or end >= max(b for _, b in question)
    assert end > 312  # the question's first lines and both choices on page 1


def test_line_spans_follow_the_labels_vertical_centring_and_touch() -> None:
    lines = [(0, 100.5), (101, 100.5)]  # 201.5 px of words
    spans = line_spans(50, 301.5, lines)
    assert spans == [(100, 201), (201, 302)]  # 50 px of air above, centred
    assert line_spans(50, 301.5, lines, "top") == [(50, 151), (151, 252)]
    # Words that overflow the box are clipped by it: only what is drawn counts.
    assert line_spans(0, 100, [(0, 80), (80, 80)], "top") == [(0, 80), (80, 100)]
    assert line_spans(0, 100, []) == []


def test_a_question_beside_its_choices_keeps_the_choices_on_page_one() -> None:
    # remote_app at 1366x768, 200 %: seven lines of 142 px beside three choices.
    question = [(8 + 142 * i, 150 + 142 * i, 60, 667) for i in range(7)]
    choices = [(8, 142, 699, 1306), (178, 312, 699, 1306), (348, 482, 699, 1306)]
    pages = plan_pages(1010, 491, question, choices)
    first, second = pages[0], pages[1]
    assert first.bottom >= 482  # every choice whole on page 1
    # The question's 4th line (434-576) is not drawn on page 1 but starts page 2;
    # page 2 does not draw again the choice page 1 showed whole (348-482).
    assert first.hidden == ((434, first.bottom, 60, 667),)
    assert second.top == 434 and (348, 482, 699, 1306) in second.hidden
    # Every line is whole on some page, and drawn nowhere in part.
    for top, bottom, *_ in question:
        assert any(p.top <= top and bottom <= p.bottom for p in pages)


def test_one_column_needs_no_hidden_lines() -> None:
    lines = [(8 + 100 * i, 108 + 100 * i, 0, 600) for i in range(9)]
    pages = plan_pages(920, 450, lines, [])
    assert [(p.top, p.bottom) for p in pages] == page_breaks(920, 450, [b[:2] for b in lines])
    assert all(not p.hidden for p in pages)


def test_an_empty_box_at_a_page_top_never_ends_the_page_there() -> None:
    # A hidden spacer (top == bottom) at the page's top, under a group taller than a
    # page: the end was planned at the top itself, and the same page forever (a
    # voice-panel screen hung the test run).
    controls = [(451, 878, 60, 1306), (451, 585, 60, 194), (563, 697, 60, 194)]
    words = [(0, 200, 0, 100), (451, 451, 0, 10), (455, 535, 68, 149), (700, 760, 68, 149)]
    pages = plan_pages(1136, 319, words, controls)
    tops = [p.top for p in pages]
    assert tops == sorted(set(tops)) and pages[-1].bottom == 1136


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 400),
    st.lists(st.tuples(st.integers(0, 1200), st.integers(0, 400)), max_size=30),
    st.lists(st.tuples(st.integers(0, 1200), st.integers(0, 500)), max_size=10),
)
def test_every_page_moves_on(page: int, words: list, controls: list) -> None:
    height = 1400
    word_boxes = [(top, min(top + h, height), 0, 100) for top, h in words]
    control_boxes = [(top, min(top + h, height), 0, 100) for top, h in controls]
    pages = plan_pages(height, page, word_boxes, control_boxes)
    assert all(a.top < b.top for a, b in itertools.pairwise(pages))
    assert pages[-1].bottom == height and len(pages) <= height
    spans = [(top, bottom) for top, bottom, _, _ in word_boxes + control_boxes]
    ends = page_breaks(height, page, spans, [(t, b) for t, b, _, _ in control_boxes])
    assert all(top < bottom for top, bottom in ends) and ends[-1][1] == height
