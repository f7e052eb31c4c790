"""Pages end between lines of words: never a blank page, never a line cut in half."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from screen_at import show_at

from kiosk.ui.widgets.paged_area import label_lines

QUESTIONS = ("journey.fraud_check.intro", "journey.fraud_check.remote_app")


def _words(screen):
    content = screen.pager.content()
    for label in content.findChildren(QLabel):
        if label.isVisibleTo(content) and label.text() and label_lines(label):
            top = label.mapTo(content, QPoint(0, 0)).y()
            yield label, [(top + a, top + b) for a, b in label_lines(label)]


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_the_first_page_of_the_fraud_check_shows_words(qapp, patient_kiosk, locale) -> None:
    # Once page 1 of 3 was an 8 px strip of margin: nothing but the page buttons.
    screen = show_at(qapp, patient_kiosk, QUESTIONS[0], (1366, 768), locale, 200)
    pager = screen.pager
    assert pager.paged
    start, end = pager.pages[0]
    lines = [line for _, spans in _words(screen) for line in spans]
    shown = [line for line in lines if start <= line[0] and line[1] <= end]
    assert len(shown) >= 2, (pager.pages, lines)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
@pytest.mark.parametrize("screen_id", QUESTIONS)
def test_a_question_label_goes_on_between_its_lines_never_through_one(
    qapp, patient_kiosk, screen_id, locale
) -> None:
    screen = show_at(qapp, patient_kiosk, screen_id, (1366, 768), locale, 200)
    pager = screen.pager
    assert pager.paged
    role_lines = [
        spans for label, spans in _words(screen) if label.property("role") in ("display", "heading")
    ]
    assert role_lines
    for spans in role_lines:  # the title or question, in the left column
        for _, end in pager.pages[:-1]:
            assert not any(top < end < bottom for top, bottom in spans), (pager.pages, spans)
